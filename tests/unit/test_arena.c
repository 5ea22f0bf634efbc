/* SPDX-License-Identifier: ISC */
/* test_arena.c - the bump allocator */
#include "config.h"

#include <criterion/criterion.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/arena.h"

Test(arena, holds_big_and_small_objects)
{
	struct arena a = {0};
	char *big = arena_alloc(&a, 200000);
	memset(big, 'x', 200000);
	char *t = arena_strdup(&a, "hold");
	cr_assert_str_eq(t, "hold");
	for (int i = 0; i < 10000; i++)
		cr_assert_not_null(arena_alloc(&a, 24));
	cr_assert_str_eq(t, "hold", "later allocations leave earlier ones alone");
	arena_free(&a);
	cr_assert_null(a.head);
}

Test(arena, gives_aligned_zeroed_memory)
{
	struct arena a = {0};
	for (size_t n = 1; n < 100; n += 7) {
		unsigned char *p = arena_alloc(&a, n);
		cr_assert_eq((uintptr_t)p % _Alignof(max_align_t), 0);
		for (size_t i = 0; i < n; i++)
			cr_assert_eq(p[i], 0);
		memset(p, 0xff, n);
	}
	arena_free(&a);
}

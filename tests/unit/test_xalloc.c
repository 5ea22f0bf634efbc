/* SPDX-License-Identifier: ISC */
/* test_xalloc.c - checked allocation and the fatal hook a face registers */
#include "config.h"

#include <criterion/criterion.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/xalloc.h"

/*
 * Exhaustion is simulated with an array whose size overflows size_t: the
 * same path as a failed malloc, without asking the allocator (or a
 * sanitizer's) for SIZE_MAX bytes.
 */
static void exhaust(void)
{
	void *p = xreallocarray(NULL, SIZE_MAX / 2, 4);
	free(p);
}

/* Stands for the terminal restore: leaves with a code only it uses. */
static void hook_exits(void)
{
	_exit(42);
}

/* A hook that runs out of memory itself. */
static void hook_exhausts(void)
{
	exhaust();
}

Test(xalloc, allocates_and_copies)
{
	char *s = xstrndup("abcdef", 3);
	cr_assert_str_eq(s, "abc");
	free(s);
	s = xasprintf("%s-%d", "n", 7);
	cr_assert_str_eq(s, "n-7");
	free(s);
	int *v = xcalloc(0, sizeof *v);
	cr_assert_not_null(v, "zero items still give a pointer");
	v = xreallocarray(v, 100, sizeof *v);
	v[99] = 1;
	free(v);
}

Test(xalloc, exhaustion_aborts, .signal = SIGABRT)
{
	exhaust();
}

Test(xalloc, exhaustion_runs_the_fatal_hook_first, .exit_code = 42)
{
	xalloc_set_fatal_hook(hook_exits);
	exhaust();
}

Test(xalloc, a_removed_hook_does_not_run, .signal = SIGABRT)
{
	xalloc_set_fatal_hook(hook_exits);
	xalloc_set_fatal_hook(NULL);
	exhaust();
}

Test(xalloc, a_hook_that_fails_runs_once, .signal = SIGABRT)
{
	xalloc_set_fatal_hook(hook_exhausts);
	exhaust();
}

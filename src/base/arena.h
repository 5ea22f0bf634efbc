/* SPDX-License-Identifier: ISC */
/* arena.h - a bump allocator: many small objects freed at once */
#ifndef LIMBER_ARENA_H
#define LIMBER_ARENA_H

#include <stddef.h>

struct arena {
	struct arena_block *head;
};

void *arena_alloc(struct arena *a, size_t n);
char *arena_strdup(struct arena *a, const char *s);
void arena_free(struct arena *a);

#endif

/* SPDX-License-Identifier: ISC */
/* routine_read.h - one routine file's sections into exercises and routines */
#ifndef LIMBER_ROUTINE_READ_H
#define LIMBER_ROUTINE_READ_H

#include <stddef.h>

#include "routine/routine.h"

/*
 * Parses one routine file, from buf or (buf NULL) from disk, into the
 * exercises and routines it defines, allocated in lib's arena with their file
 * set to path. Every problem goes to lib->problems; the counts stay 0 when the
 * file cannot be parsed. Steps are resolved later, by library_finish.
 */
void routine_read_file(struct library *lib, const char *path, const char *buf,
		       struct exercise **ex, size_t *nex, struct routine **rt, size_t *nrt);

#endif

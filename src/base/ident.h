/* SPDX-License-Identifier: ISC */
/* ident.h - the shape of an id (routines, exercises, figures): a-z, 0-9 and '-', short */
#ifndef LIMBER_IDENT_H
#define LIMBER_IDENT_H

#include <stdbool.h>

#define IDENT_MAX 40

/* Whether s is 1..IDENT_MAX bytes of a-z, 0-9 and '-'. */
bool ident_valid(const char *s);

#endif

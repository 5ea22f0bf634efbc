/* SPDX-License-Identifier: ISC */
/* ident.c - the shape of an id (routines, exercises, figures): a-z, 0-9 and '-', short */
#include "config.h"

#include "base/ident.h"

#include <string.h>

bool ident_valid(const char *s)
{
	size_t n = strlen(s);
	if (n < 1 || n > IDENT_MAX)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
			return false;
	}
	return true;
}

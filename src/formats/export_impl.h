/* SPDX-License-Identifier: ISC */
/* export_impl.h - what the two export writers (export_csv.c, export_json.c) share */
#ifndef LIMBER_EXPORT_IMPL_H
#define LIMBER_EXPORT_IMPL_H

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "base/diag.h"
#include "base/i18n.h"

/*
 * Whether out has taken every write so far. The first time it has not, the
 * failure goes into err and *failed is set, so it is said once.
 */
static inline bool export_out_ok(FILE *out, bool *failed, struct diags *err)
{
	if (!*failed && ferror(out)) {
		diags_add(err, NULL, 0, _("cannot write the export: %s"), strerror(errno));
		*failed = true;
	}
	return !*failed;
}

#endif

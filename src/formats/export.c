/* SPDX-License-Identifier: ISC */
/* export.c - the whole diary in the format asked for (export_csv.c, export_json.c) */
#include "config.h"

#include "formats/export.h"

#include <errno.h>
#include <string.h>

#include "formats/export_csv.h"
#include "formats/export_json.h"

enum lb_status export_write(struct diary *db, enum export_format fmt, FILE *out, struct diags *err)
{
	return export_write_range(db, fmt, out, INT64_MIN, INT64_MAX, err);
}

enum lb_status export_write_range(struct diary *db, enum export_format fmt, FILE *out, int64_t from,
                                  int64_t to, struct diags *err)
{
	if (fmt == EXPORT_CSV)
		return export_csv_write(db, out, from, to, err);
	return export_json_write(db, out, from, to, err);
}

enum lb_status export_import(struct diary *db, const char *path, int64_t now,
			     struct import_result *res, struct diags *err)
{
	memset(res, 0, sizeof *res);
	FILE *f = fopen(path, "rb");
	if (!f) {
		diags_add(err, path, 0, "cannot open: %s", strerror(errno));
		return LB_INVALID;
	}
	enum lb_status st = export_import_stream(db, f, path, now, res, err);
	fclose(f);
	return st;
}

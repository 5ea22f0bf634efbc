/* SPDX-License-Identifier: ISC */
/* export.c - the whole diary in the format asked for (export_csv.c, export_json.c) */
#include "config.h"

#include "formats/export.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "base/i18n.h"
#include "formats/export_csv.h"
#include "formats/export_json.h"
#include "formats/import_impl.h"

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

static enum lb_status import_file(struct diary *db, const char *path, int64_t now, bool merge,
				  struct import_result *res, struct diags *err)
{
	memset(res, 0, sizeof *res);
	FILE *f = fopen(path, "rb");
	if (!f) {
		diags_add(err, path, 0, _("cannot open: %s"), strerror(errno));
		return LB_INVALID;
	}
	struct stat st;
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		diags_add(err, path, 0,
		          _("is a directory; give the file written by 'limber export'"));
		fclose(f);
		return LB_INVALID;
	}
	enum lb_status r = import_run(db, f, path, now, merge, res, err);
	fclose(f);
	return r;
}

enum lb_status export_import(struct diary *db, const char *path, int64_t now,
			     struct import_result *res, struct diags *err)
{
	return import_file(db, path, now, false, res, err);
}

enum lb_status export_import_merge(struct diary *db, const char *path, int64_t now,
				   struct import_result *res, struct diags *err)
{
	return import_file(db, path, now, true, res, err);
}

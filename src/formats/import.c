/* SPDX-License-Identifier: ISC */
/* import.c - an export, CSV or JSON, back into the diary: checked whole, then stored in one transaction */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "base/timefmt.h"
#include "base/i18n.h"
#include "base/xalloc.h"
#include "formats/import_impl.h"

/* ---- the two passes ---- */

/*
 * The first byte that says the format: a UTF-8 byte-order mark (as
 * spreadsheets write) and spaces before it are passed over.
 */
static int first_byte(struct importer *im)
{
	int c = import_getc(im);
	if (c == 0xef) {
		if (import_getc(im) != 0xbb || import_getc(im) != 0xbf) {
			import_problem(im, 1, _("not valid UTF-8 at the start of the file"));
			return EOF;
		}
		c = import_getc(im);
	}
	while (c == ' ' || c == '\n' || c == '\r' || c == '\t')
		c = import_getc(im);
	return c;
}

/* Reads the whole input once: checking only, or storing. */
static void read_all(struct importer *im, bool store)
{
	im->store = store;
	im->in = (struct import_in){im->in.f, 0, 1, false};
	int c = first_byte(im);
	if (c == EOF) {
		if (!im->problems)
			import_problem(im, 1, _("the file is empty"));
		return;
	}
	/* Put the byte back for the reader: it counts from the start of its format. */
	ungetc(c, im->in.f);
	im->in.bytes--;
	if (c == '{' || c == '[') /* an array is JSON too, if not limber's: the JSON reader says so */
		import_json(im);
	else
		import_csv(im);
	if (ferror(im->in.f))
		import_problem(im, 0, _("cannot read: %s"), strerror(errno));
}

/* A pipe cannot be read twice: its bytes go to an unnamed private file first. */
static FILE *rereadable(struct importer *im, FILE *f)
{
	if (fseeko(f, 0, SEEK_SET) == 0)
		return f;
	FILE *tmp = tmpfile();
	if (!tmp) {
		import_problem(im, 0, _("cannot keep standard input aside: %s"), strerror(errno));
		return NULL;
	}
	char buf[65536];
	size_t n;
	long total = 0;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0 && total <= IMPORT_MAX_BYTES) {
		total += (long)n;
		if (fwrite(buf, 1, n, tmp) != n) {
			import_problem(im, 0, _("cannot keep standard input aside: %s"),
			               strerror(errno));
			fclose(tmp);
			return NULL;
		}
	}
	if (total > IMPORT_MAX_BYTES)
		import_problem(im, 0, _("larger than %ld MiB, the most limber imports"),
		               IMPORT_MAX_BYTES / (1024 * 1024));
	rewind(tmp);
	return tmp;
}

static enum lb_status finish(struct importer *im, enum lb_status st)
{
	if (im->problems > IMPORT_MAX_PROBLEMS)
		diags_add(im->err, im->path, 0, _("%zu more problems not shown"),
		          im->problems - IMPORT_MAX_PROBLEMS);
	if (st != LB_OK)
		memset(im->res, 0, sizeof *im->res);
	return st;
}

enum lb_status export_import_stream(struct diary *db, FILE *f, const char *path, int64_t now,
				    struct import_result *res, struct diags *err)
{
	return import_run(db, f, path, now, false, res, err);
}

enum lb_status import_run(struct diary *db, FILE *f, const char *path, int64_t now, bool merge,
			  struct import_result *res, struct diags *err)
{
	memset(res, 0, sizeof *res);
	struct importer im = {
	    .db = db, .path = path, .res = res, .err = err, .now = now, .merge = merge};
	/*
	 * Read and check everything before taking the write lock, so a slow
	 * pipe or a bad file never keeps limber log or a session waiting.
	 */
	FILE *in = rereadable(&im, f);
	if (!in)
		return finish(&im, LB_IO);
	im.in.f = in;
	if (!im.problems)
		read_all(&im, false);
	if (im.problems) {
		if (in != f)
			fclose(in);
		return finish(&im, LB_INVALID);
	}
	if (diary_import_begin(db, err) != LB_OK) {
		if (in != f)
			fclose(in);
		return finish(&im, LB_DB);
	}
	rewind(in);
	read_all(&im, true);
	if (in != f)
		fclose(in);
	if (im.problems || im.db_failed) {
		diary_import_rollback(db);
		return finish(&im, im.db_failed ? LB_DB : LB_INVALID);
	}
	return finish(&im, diary_import_commit(db, err));
}

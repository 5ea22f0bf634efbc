/* SPDX-License-Identifier: ISC */
/* import.c - an export, CSV or JSON, back into the diary: checked whole, then stored in one transaction */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "formats/import_impl.h"
#include "base/timefmt.h"
#include "base/xalloc.h"

void import_problem(struct importer *im, int line, const char *fmt, ...)
{
	if (im->problems++ >= IMPORT_MAX_PROBLEMS)
		return;
	va_list ap;
	va_start(ap, fmt);
	diags_vadd(im->err, im->path, line, fmt, ap);
	va_end(ap);
}

bool import_going(const struct importer *im)
{
	return !im->db_failed && im->problems < IMPORT_MAX_PROBLEMS && !im->in.too_big;
}

int import_getc(struct importer *im)
{
	if (im->in.too_big)
		return EOF;
	int c = getc(im->in.f);
	if (c == EOF)
		return EOF;
	if (++im->in.bytes > IMPORT_MAX_BYTES) {
		im->in.too_big = true;
		import_problem(im, im->in.line, "larger than %ld MiB, the most limber imports",
			       IMPORT_MAX_BYTES / (1024 * 1024));
		return EOF;
	}
	if (c == '\n')
		im->in.line++;
	return c;
}

bool import_getline(struct importer *im, struct strbuf *b)
{
	b->len = 0;
	if (b->s)
		b->s[0] = '\0';
	int line = im->in.line, c;
	while ((c = import_getc(im)) != EOF) {
		if (c == '\0') {
			import_problem(im, line, "a NUL byte is not text (byte %ld)", im->in.bytes);
			return false;
		}
		if (b->len >= IMPORT_MAX_LINE) {
			import_problem(im, line, "a line longer than %d KiB: not a limber export",
				       IMPORT_MAX_LINE / 1024);
			return false;
		}
		sb_addc(b, (char)c);
		if (c == '\n')
			break;
	}
	return b->len > 0;
}

const char *import_article(const struct record_desc *d)
{
	return strchr("aeiou", d->what[0]) ? "an" : "a";
}

/* Copies a uid after checking it: 32 lower-case hexadecimal digits. */
bool import_set_uid(struct importer *im, int line, char dst[DIARY_UID_LEN + 1], const char *src)
{
	bool ok = strlen(src) == DIARY_UID_LEN;
	for (const char *p = src; ok && *p; p++)
		ok = (*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f');
	if (!ok) {
		import_problem(im, line, "uid must be %d hexadecimal digits, got '%s'",
			       DIARY_UID_LEN, src);
		return false;
	}
	memcpy(dst, src, DIARY_UID_LEN + 1);
	return true;
}

bool import_cell_time(struct importer *im, int line, const char *name, const char *s, int64_t *t,
		      int *tz)
{
	int off;
	if (!timefmt_parse_iso(s, t, &off)) {
		import_problem(im, line,
			       "%s must be a time like 2026-11-25T08:10:00+00:00, got '%s'", name, s);
		return false;
	}
	if (tz)
		*tz = off;
	return true;
}

void import_record_new(const struct record_desc *d, void *rec)
{
	if (d == &record_entry)
		diary_entry_init(rec);
	else
		diary_session_init(rec);
}

struct check_ctx {
	struct importer *im;
	int line;
};

static void check_problem(void *ctx, const char *msg)
{
	struct check_ctx *c = ctx;
	import_problem(c->im, c->line, "%s", msg);
}

/* Entries and sessions more than a day ahead are a mistake (a wrong year, a wrong zone). */
#define IMPORT_FUTURE_SECONDS (24 * 3600)

void import_store(struct importer *im, int line, const struct record_desc *d, const void *rec)
{
	struct check_ctx c = {im, line};
	bool ok = record_check(d, rec, check_problem, &c);
	const struct record_field *when = &d->fields[d->time];
	if (*(const int64_t *)record_cptr(rec, when) > im->now + IMPORT_FUTURE_SECONDS) {
		import_problem(im, line, "%s is more than a day in the future", when->name);
		ok = false;
	}
	if (!ok || !im->store || im->problems || im->db_failed)
		return;
	bool added = false, entry = d == &record_entry;
	enum lb_status st = entry ? diary_import_entry(im->db, rec, &added, im->err)
				  : diary_import_session(im->db, rec, &added, im->err);
	struct import_result *r = im->res;
	if (st != LB_OK)
		im->db_failed = true;
	else if (entry)
		(*(added ? &r->entries_added : &r->entries_present))++;
	else
		(*(added ? &r->sessions_added : &r->sessions_present))++;
}

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
			import_problem(im, 1, "not valid UTF-8 at the start of the file");
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
			import_problem(im, 1, "the file is empty");
		return;
	}
	/* Put the byte back for the reader: it counts from the start of its format. */
	ungetc(c, im->in.f);
	im->in.bytes--;
	if (c == '{')
		import_json(im);
	else
		import_csv(im);
	if (ferror(im->in.f))
		import_problem(im, 0, "cannot read: %s", strerror(errno));
}

/* A pipe cannot be read twice: its bytes go to an unnamed private file first. */
static FILE *rereadable(struct importer *im, FILE *f)
{
	if (fseeko(f, 0, SEEK_SET) == 0)
		return f;
	FILE *tmp = tmpfile();
	if (!tmp) {
		import_problem(im, 0, "cannot keep standard input aside: %s", strerror(errno));
		return NULL;
	}
	char buf[65536];
	size_t n;
	long total = 0;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0 && total <= IMPORT_MAX_BYTES) {
		total += (long)n;
		if (fwrite(buf, 1, n, tmp) != n) {
			import_problem(im, 0, "cannot keep standard input aside: %s", strerror(errno));
			fclose(tmp);
			return NULL;
		}
	}
	if (total > IMPORT_MAX_BYTES)
		import_problem(im, 0, "larger than %ld MiB, the most limber imports",
			       IMPORT_MAX_BYTES / (1024 * 1024));
	rewind(tmp);
	return tmp;
}

static enum lb_status finish(struct importer *im, enum lb_status st)
{
	if (im->problems > IMPORT_MAX_PROBLEMS)
		diags_add(im->err, im->path, 0, "%zu more problems not shown",
			  im->problems - IMPORT_MAX_PROBLEMS);
	if (st != LB_OK)
		memset(im->res, 0, sizeof *im->res);
	return st;
}

enum lb_status export_import_stream(struct diary *db, FILE *f, const char *path, int64_t now,
				    struct import_result *res, struct diags *err)
{
	memset(res, 0, sizeof *res);
	struct importer im = {.db = db, .path = path, .res = res, .err = err, .now = now};
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

/* SPDX-License-Identifier: ISC */
/* import_read.c - what both import formats share: reading with limits, problems, checks, storing */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "base/i18n.h"
#include "base/timefmt.h"
#include "base/xalloc.h"
#include "formats/import_impl.h"

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
		import_problem(im, im->in.line, _("larger than %ld MiB, the most limber imports"),
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
			import_problem(im, line, _("a NUL byte is not text (byte %ld)"),
			               im->in.bytes);
			return false;
		}
		if (b->len >= IMPORT_MAX_LINE) {
			import_problem(im, line,
			               _("a line longer than %d KiB: not a limber export"),
			               IMPORT_MAX_LINE / 1024);
			return false;
		}
		sb_addc(b, (char)c);
		if (c == '\n')
			break;
	}
	return b->len > 0;
}

/* Copies a uid after checking it: 32 lower-case hexadecimal digits. */
bool import_set_uid(struct importer *im, int line, char dst[DIARY_UID_LEN + 1], const char *src)
{
	bool ok = strlen(src) == DIARY_UID_LEN;
	for (const char *p = src; ok && *p; p++)
		ok = (*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f');
	if (!ok) {
		import_problem(im, line, _("uid must be %d hexadecimal digits, got '%s'"),
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
		               _("%s must be a time like 2026-11-25T08:10:00+00:00, got '%s'"),
		               name, s);
		return false;
	}
	if (tz)
		*tz = off;
	return true;
}

bool import_cell_words(struct importer *im, int line, const struct record_field *f,
		       const char *name, const char *s, void *p)
{
	char *why = NULL;
	bool ok = f->kind == RK_MASK ? field_parse_list(f->info->vocab, name, s, p, &why)
				     : field_parse_choice(f->info->vocab, name, s, p, &why);
	if (!ok)
		import_problem(im, line, "%s", why);
	free(why);
	return ok;
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
		import_problem(im, line, _("%s is more than a day in the future"), when->name);
		ok = false;
	}
	if (!ok || !im->store || im->problems || im->db_failed)
		return;
	bool added = false, entry = d == &record_entry;
	enum lb_status st = entry ? diary_import_entry(im->db, rec, &added, im->err)
				  : diary_import_session(im->db, rec, &added, im->err);
	struct import_result *r = im->res;
	bool merged = false;
	if (st == LB_OK && !added && im->merge)
		st = entry ? diary_merge_entry(im->db, rec, &merged, im->err)
			   : diary_merge_session(im->db, rec, &merged, im->err);
	if (merged)
		(*(entry ? &r->entries_merged : &r->sessions_merged))++;
	if (st != LB_OK)
		im->db_failed = true;
	else if (entry)
		(*(added ? &r->entries_added : &r->entries_present))++;
	else
		(*(added ? &r->sessions_added : &r->sessions_present))++;
}

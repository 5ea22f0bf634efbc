/* SPDX-License-Identifier: ISC */
/* export_csv.c - the diary as CSV: one table, entries and sessions told apart by type */
#include "config.h"

#include "formats/export_csv.h"

#include <stdlib.h>
#include <string.h>

#include "base/numparse.h"
#include "base/strbuf.h"
#include "base/timefmt.h"
#include "diary/record.h"
#include "formats/export.h"
#include "formats/export_impl.h"

static int add_column(struct export_csv_layout *l, const char *name)
{
	if (l->count >= EXPORT_CSV_MAX_COLUMNS)
		abort(); /* record.h grew past the layout: raise EXPORT_CSV_MAX_COLUMNS */
	int c = l->count++;
	l->names[c] = name;
	l->entry[c] = l->session[c] = -1;
	return c;
}

void export_csv_layout(struct export_csv_layout *l)
{
	l->count = 0;
	add_column(l, "type");
	for (int i = 0; i < record_entry.count; i++)
		if (record_exported(&record_entry.fields[i]))
			l->entry[add_column(l, record_entry.fields[i].csv)] = i;
	for (int i = 0; i < record_session.count; i++) {
		const struct record_field *f = &record_session.fields[i];
		if (!record_exported(f))
			continue;
		int c = 1;
		while (c < l->count && strcmp(l->names[c], f->csv) != 0)
			c++;
		if (c == l->count)
			add_column(l, f->csv);
		l->session[c] = i;
	}
}

/* = + - @ as a spreadsheet reads them: ASCII or fullwidth (U+FF1D, U+FF0B, U+FF0D, U+FF20). */
static bool formula_sign(const char *s)
{
	if (*s == '=' || *s == '+' || *s == '-' || *s == '@')
		return true;
	return (unsigned char)s[0] == 0xef && (unsigned char)s[1] == 0xbc &&
	       ((unsigned char)s[2] == 0x9d || (unsigned char)s[2] == 0x8b ||
		(unsigned char)s[2] == 0x8d || (unsigned char)s[2] == 0xa0);
}

bool export_csv_formula_start(const char *s)
{
	if (*s == '\t' || *s == '\r' || *s == '\n' || *s == '\'')
		return true;
	/* Spreadsheets pass over leading blanks before they look for a formula. */
	while (*s == ' ')
		s++;
	return formula_sign(s);
}

char *export_csv_text(const char *s)
{
	struct strbuf b;
	sb_init(&b);
	sb_addc(&b, '"');
	if (export_csv_formula_start(s))
		sb_addc(&b, '\'');
	for (const char *p = s; *p; p++) {
		if (*p == '"')
			sb_addc(&b, '"');
		sb_addc(&b, *p);
	}
	sb_addc(&b, '"');
	return sb_steal(&b);
}

/* One cell: empty for what was not given; lists quoted when they hold a comma. */
static void write_cell(FILE *out, const struct record_field *f, const void *p, int tz)
{
	char buf[40 > REAL_TEXT_MAX ? 40 : REAL_TEXT_MAX];
	switch (f->kind) {
	case RK_UID:
		fputs(p, out);
		break;
	case RK_TIME:
		timefmt_iso(buf, sizeof buf, *(const int64_t *)p, tz);
		fputs(buf, out);
		break;
	case RK_SCALE:
		if (*(const int *)p >= 0)
			fprintf(out, "%d", *(const int *)p);
		break;
	case RK_COUNT:
		fprintf(out, "%d", *(const int *)p);
		break;
	case RK_CHOICE:
		if (*(const int *)p >= 0)
			fputs(f->info->vocab->names[*(const int *)p], out);
		break;
	case RK_MASK: {
		char *t = field_list_text(f->info->vocab, *(const unsigned *)p, ",");
		fprintf(out, strchr(t, ',') ? "\"%s\"" : "%s", t);
		free(t);
		break;
	}
	case RK_TEXT:
		if (*(char *const *)p) {
			char *t = export_csv_text(*(char *const *)p);
			fputs(t, out);
			free(t);
		}
		break;
	case RK_BOOL:
		fprintf(out, "%d", *(const bool *)p ? 1 : 0);
		break;
	case RK_REAL:
		fputs(format_real(buf, *(const double *)p), out);
		break;
	case RK_ID:
	case RK_TZ:
		break;
	}
}

static void write_row(FILE *out, const struct export_csv_layout *l, const struct record_desc *d,
                      const int *map, const void *rec)
{
	int tz = record_zone(d, rec);
	fputs(d->what, out);
	for (int c = 1; c < l->count; c++) {
		fputc(',', out);
		if (map[c] >= 0)
			write_cell(out, &d->fields[map[c]], record_cptr(rec, &d->fields[map[c]]),
			           tz);
	}
	fputs("\r\n", out);
}

struct writer {
	FILE *out;
	struct export_csv_layout layout;
	struct diags *err;
	bool failed;
};

static int write_record(void *ctx, const struct diary_entry *e, const struct diary_session *s)
{
	struct writer *w = ctx;
	if (e)
		write_row(w->out, &w->layout, &record_entry, w->layout.entry, e);
	else
		write_row(w->out, &w->layout, &record_session, w->layout.session, s);
	return export_out_ok(w->out, &w->failed, w->err) ? 0 : 1;
}

enum lb_status export_csv_write(struct diary *db, FILE *out, int64_t from, int64_t to,
                                struct diags *err)
{
	struct writer w = {.out = out, .err = err};
	export_csv_layout(&w.layout);
	for (int c = 0; c < w.layout.count; c++)
		fprintf(out, "%s%s", c ? "," : "", w.layout.names[c]);
	fputs("\r\n", out);
	enum lb_status st = db ? diary_each(db, from, to, write_record, &w, err) : LB_OK;
	return st == LB_OK && !export_out_ok(out, &w.failed, err) ? LB_IO : st;
}

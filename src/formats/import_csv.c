/* SPDX-License-Identifier: ISC */
/* import_csv.c - a CSV export read back, row by row */
#include "config.h"

#include <csv.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/numparse.h"
#include "base/i18n.h"
#include "base/xalloc.h"
#include "formats/export_csv.h"
#include "formats/import_impl.h"

/* ---- cells, as text ---- */

/* Parses a whole number cell; "" is -1 (not given). */
static bool cell_int(struct importer *im, int line, const char *name, const char *s, int *out)
{
	if (!*s) {
		*out = -1;
		return true;
	}
	long v;
	if (!parse_uint(s, 0, 1000000, &v)) {
		import_problem(im, line, _("%s must be a whole number, got '%s'"), name, s);
		return false;
	}
	*out = (int)v;
	return true;
}

/* The text of an optional CSV text cell: NULL when empty, the formula escape taken off. */
static char *cell_text(const char *s, bool quoted)
{
	if (!quoted && !*s)
		return NULL;
	if (s[0] == '\'' && export_csv_formula_start(s + 1)) /* the writer's escape, inverted */
		s++;
	return xstrdup(s);
}

/* One CSV cell into field f of rec (its column is name); false after a problem. */
static bool read_cell(struct importer *im, int line, const struct record_desc *d, int i, void *rec,
                      const char *name, const char *s, bool quoted)
{
	const struct record_field *f = &d->fields[i];
	void *p = record_ptr(rec, f);
	int *tz = (f->flags & RF_ZONE) ? record_ptr(rec, &d->fields[d->zone]) : NULL;
	switch (f->kind) {
	case RK_UID:
		return import_set_uid(im, line, p, s);
	case RK_TIME:
		return import_cell_time(im, line, name, s, p, tz);
	case RK_SCALE:
	case RK_COUNT:
		return cell_int(im, line, name, s, p);
	case RK_MASK:
	case RK_CHOICE:
		return import_cell_words(im, line, f, name, s, p);
	case RK_TEXT:
		*(char **)p = cell_text(s, quoted);
		return true;
	case RK_BOOL:
		*(bool *)p = strcmp(s, "1") == 0;
		if (strcmp(s, "0") && strcmp(s, "1")) {
			import_problem(im, line, _("%s must be 0 or 1, got '%s'"), name, s);
			return false;
		}
		return true;
	case RK_REAL: /* a '.' decimal whatever LC_NUMERIC says; the limits come later */
		if (!parse_decimal(s, 0, HUGE_VAL, p)) {
			import_problem(im, line, _("%s must be a number such as 2.5, got '%s'"),
			               name, s);
			return false;
		}
		return true;
	case RK_ID:
	case RK_TZ:
		break;
	}
	return true;
}

/* ---- CSV ---- */

struct csv_state {
	struct importer *im;
	struct export_csv_layout layout;
	char *cells[EXPORT_CSV_MAX_COLUMNS];
	bool quoted[EXPORT_CSV_MAX_COLUMNS];
	size_t ncells;
	/* The file's columns by the header: col[i] is the layout's column of the file's i-th. */
	int col[EXPORT_CSV_MAX_COLUMNS];
	size_t ncols;
	bool too_many;
	int line;     /* the line being fed */
	int row_line; /* the line the current row started on */
	bool header_done;
	bool header_bad;
};

static void csv_on_cell(void *data, size_t len, void *ctx)
{
	struct csv_state *cs = ctx;
	if (cs->ncells >= (size_t)cs->layout.count) {
		cs->too_many = true;
		return;
	}
	cs->cells[cs->ncells] = xstrndup(data ? data : "", data ? len : 0);
	cs->quoted[cs->ncells] = data != NULL;
	cs->ncells++;
}

/* A row of type d->what: its cells in column order, then the record is checked and stored. */
static void csv_row(struct csv_state *cs, const struct record_desc *d, const int *map)
{
	union {
		struct diary_entry e;
		struct diary_session s;
	} rec;
	diary_record_init(d, &rec);
	bool ok = true;
	for (size_t i = 1; i < cs->ncols; i++) {
		int c = cs->col[i];
		if (map[c] >= 0)
			ok &= read_cell(cs->im, cs->row_line, d, map[c], &rec, cs->layout.names[c],
			                cs->cells[i], cs->quoted[i]);
	}
	if (ok)
		import_store(cs->im, cs->row_line, d, &rec);
	record_free(d, &rec);
}

/* Whether field i of d (-1: none) may be missing from an older export. */
static bool later(const struct record_desc *d, int i)
{
	return i < 0 || (d->fields[i].flags & RF_LATER);
}

/*
 * The header names the file's columns: "type" first, then limber's columns in
 * any order. A column an older limber did not write is simply not given, so
 * an older export still imports; a name limber does not know is refused.
 */
static void read_header(struct csv_state *cs)
{
	bool seen[EXPORT_CSV_MAX_COLUMNS] = {false};
	cs->ncols = cs->ncells;
	bool ok = !cs->too_many && cs->ncells > 0 && strcmp(cs->cells[0], "type") == 0;
	for (size_t i = 0; ok && i < cs->ncells; i++) {
		int c = 0;
		while (c < cs->layout.count && strcmp(cs->cells[i], cs->layout.names[c]) != 0)
			c++;
		if (c == cs->layout.count || seen[c]) {
			if (c == cs->layout.count)
				import_problem(cs->im, cs->row_line,
				               _("unknown column '%s' in the header"),
				               cs->cells[i]);
			else
				import_problem(cs->im, cs->row_line,
				               _("a second column '%s' in the header"),
				               cs->cells[i]);
			cs->header_bad = true;
			return;
		}
		seen[c] = true;
		cs->col[i] = c;
	}
	for (int c = 1; ok && c < cs->layout.count; c++)
		ok = seen[c] || (later(&record_entry, cs->layout.entry[c]) &&
				 later(&record_session, cs->layout.session[c]));
	if (!ok) {
		import_problem(
		    cs->im, cs->row_line,
		    /* TRANSLATORS: type, uid, time, back, leg are columns: keep them. */
		    _("the header is not limber's (type,uid,time,back,leg,...): is this a "
		      "limber export?"));
		cs->header_bad = true;
	}
}

static void csv_on_row(int term, void *ctx)
{
	(void)term;
	struct csv_state *cs = ctx;
	struct importer *im = cs->im;
	if (!cs->header_done) {
		cs->header_done = true;
		read_header(cs);
	} else if (!cs->header_bad) {
		if (cs->too_many) {
			import_problem(im, cs->row_line,
			               ngettext("more than %zu field; the header has %zu",
			                        "more than %zu fields; the header has %zu",
			                        cs->ncells),
			               cs->ncells, cs->ncols);
		} else if (cs->ncells != cs->ncols) {
			import_problem(im, cs->row_line,
			               ngettext("%zu field; the header has %zu",
			                        "%zu fields; the header has %zu", cs->ncells),
			               cs->ncells, cs->ncols);
		} else if (strcmp(cs->cells[0], record_entry.what) == 0) {
			csv_row(cs, &record_entry, cs->layout.entry);
		} else if (strcmp(cs->cells[0], record_session.what) == 0) {
			csv_row(cs, &record_session, cs->layout.session);
		} else {
			/* TRANSLATORS: "type" is a column and the words its values: keep them. */
			import_problem(im, cs->row_line, _("type must be %s or %s, got '%s'"),
			               record_entry.what, record_session.what, cs->cells[0]);
		}
	}
	for (size_t i = 0; i < cs->ncells; i++)
		free(cs->cells[i]);
	cs->ncells = 0;
	cs->too_many = false;
	cs->row_line = cs->line + 1;
}

void import_csv(struct importer *im)
{
	struct csv_parser p;
	csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL | CSV_EMPTY_IS_NULL);
	struct csv_state cs = {.im = im, .line = 1, .row_line = 1};
	export_csv_layout(&cs.layout);
	struct strbuf line;
	sb_init(&line);
	/* Fed a line at a time, so a row knows the line it started on. */
	while (import_going(im)) {
		cs.line = im->in.line;
		if (!import_getline(im, &line))
			break;
		if (csv_parse(&p, line.s, line.len, csv_on_cell, csv_on_row, &cs) != line.len) {
			import_problem(im, cs.line, _("not valid CSV: %s"),
			               csv_strerror(csv_error(&p)));
			break;
		}
	}
	if (!im->problems && csv_fini(&p, csv_on_cell, csv_on_row, &cs) != 0)
		import_problem(im, cs.row_line, _("not valid CSV: %s (a quote is never closed?)"),
		               csv_strerror(csv_error(&p)));
	if (!cs.header_done && !im->problems)
		import_problem(im, 1, _("the file is empty"));
	for (size_t i = 0; i < cs.ncells; i++)
		free(cs.cells[i]);
	sb_free(&line);
	csv_free(&p);
}

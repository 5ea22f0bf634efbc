/* export.c - the whole diary as CSV or JSON, and back */
#include "config.h"

#include "export.h"

#include <csv.h>
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "fields.h"
#include "numparse.h"
#include "status.h"
#include "strbuf.h"
#include "timefmt.h"
#include "xalloc.h"

#define EXPORT_FORMAT_NAME "limber-diary"
#define EXPORT_FORMAT_VERSION 1
#define IMPORT_MAX_PROBLEMS 20

/* The CSV columns: entries and sessions share one table, told apart by type. */
#define CSV_COLUMN_LIST(X)                                                                         \
	X(C_TYPE, "type")                                                                          \
	X(C_UID, "uid")                                                                            \
	X(C_TIME, "time")                                                                          \
	X(C_BACK, "back")                                                                          \
	X(C_LEG, "leg")                                                                            \
	X(C_WHERE, "where")                                                                        \
	X(C_SYMPTOMS, "symptoms")                                                                  \
	X(C_SITTING, "sitting")                                                                    \
	X(C_SLEEP, "sleep")                                                                        \
	X(C_MEDS, "meds")                                                                          \
	X(C_NOTE, "note")                                                                          \
	X(C_FLAGS, "red_flags")                                                                    \
	X(C_CREATED, "created")                                                                    \
	X(C_UPDATED, "updated")                                                                    \
	X(C_ROUTINE, "routine")                                                                    \
	X(C_TITLE, "title")                                                                        \
	X(C_ENDED, "ended")                                                                        \
	X(C_DONE, "steps_done")                                                                    \
	X(C_SKIPPED, "steps_skipped")                                                              \
	X(C_TOTAL, "steps_total")                                                                  \
	X(C_BEFORE_BACK, "before_back")                                                            \
	X(C_BEFORE_LEG, "before_leg")                                                              \
	X(C_AFTER_BACK, "after_back")                                                              \
	X(C_AFTER_LEG, "after_leg")                                                                \
	X(C_COMPLETE, "complete")                                                                  \
	X(C_SPEED, "speed")

#define CSV_ENUM(e, name) e,
enum csv_column { CSV_COLUMN_LIST(CSV_ENUM) C_COUNT };
#undef CSV_ENUM
#define CSV_NAME(e, name) [e] = name,
static const char *const csv_columns[C_COUNT] = {CSV_COLUMN_LIST(CSV_NAME)};
#undef CSV_NAME

/* ---- writing ---- */

/* Whether a spreadsheet would take text starting with c as a formula (or it is our escape). */
static bool formula_start(char c)
{
	return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'';
}

char *export_csv_text(const char *s)
{
	struct strbuf b;
	sb_init(&b);
	sb_addc(&b, '"');
	if (formula_start(s[0]))
		sb_addc(&b, '\'');
	for (const char *p = s; *p; p++) {
		if (*p == '"')
			sb_addc(&b, '"');
		sb_addc(&b, *p);
	}
	sb_addc(&b, '"');
	return sb_steal(&b);
}

struct writer {
	FILE *out;
	enum export_format fmt;
	bool first;
	int kinds;
	struct diags *err;
	bool failed;
};

static void csv_text(FILE *out, const char *s)
{
	if (s) {
		char *t = export_csv_text(s);
		fputs(t, out);
		free(t);
	}
}

static void csv_int(FILE *out, int v)
{
	if (v >= 0)
		fprintf(out, "%d", v);
}

static void csv_list(FILE *out, const struct field_vocab *v, unsigned mask)
{
	char *t = field_list_text(v, mask, ",");
	if (strchr(t, ','))
		fprintf(out, "\"%s\"", t);
	else
		fputs(t, out);
	free(t);
}

static void write_csv_entry(FILE *out, const struct diary_entry *e)
{
	char at[40], created[40], updated[40];
	timefmt_iso(at, sizeof at, e->at, e->tz);
	timefmt_iso(created, sizeof created, e->created, e->tz);
	timefmt_iso(updated, sizeof updated, e->updated, e->tz);
	fprintf(out, "entry,%s,%s,", e->uid, at);
	csv_int(out, e->back);
	fputc(',', out);
	csv_int(out, e->leg);
	fputc(',', out);
	csv_list(out, &field_locations, e->where);
	fputc(',', out);
	csv_list(out, &field_symptoms, e->symptoms);
	fputc(',', out);
	csv_int(out, e->sitting);
	fputc(',', out);
	csv_int(out, e->sleep);
	fputc(',', out);
	csv_text(out, e->meds);
	fputc(',', out);
	csv_text(out, e->note);
	fputc(',', out);
	csv_list(out, &field_flags, e->flags);
	fprintf(out, ",%s,%s,,,,,,,,,,,,\r\n", created, updated);
}

static void write_csv_session(FILE *out, const struct diary_session *s)
{
	char started[40], ended[40];
	timefmt_iso(started, sizeof started, s->started, s->tz);
	timefmt_iso(ended, sizeof ended, s->ended, s->tz);
	fprintf(out, "session,%s,%s,,,,,,,,,,,,", s->uid, started);
	csv_text(out, s->routine);
	fputc(',', out);
	csv_text(out, s->title);
	fprintf(out, ",%s,%d,%d,%d,", ended, s->steps_done, s->steps_skipped, s->steps_total);
	csv_int(out, s->before_back);
	fputc(',', out);
	csv_int(out, s->before_leg);
	fputc(',', out);
	csv_int(out, s->after_back);
	fputc(',', out);
	csv_int(out, s->after_leg);
	fprintf(out, ",%d,%.17g\r\n", s->complete ? 1 : 0, s->speed);
}

static json_t *json_list(const struct field_vocab *v, unsigned mask)
{
	json_t *a = json_array();
	for (int i = 0; i < v->count; i++)
		if (mask & (1u << i))
			json_array_append_new(a, json_string(v->names[i]));
	return a;
}

static void json_opt_int(json_t *o, const char *key, int v)
{
	if (v >= 0)
		json_object_set_new(o, key, json_integer(v));
}

static void json_opt_text(json_t *o, const char *key, const char *v)
{
	if (v)
		json_object_set_new(o, key, json_string(v));
}

static void json_time(json_t *o, const char *key, int64_t t, int tz)
{
	char buf[40];
	timefmt_iso(buf, sizeof buf, t, tz);
	json_object_set_new(o, key, json_string(buf));
}

static json_t *json_entry(const struct diary_entry *e)
{
	json_t *o = json_object();
	json_object_set_new(o, "uid", json_string(e->uid));
	json_time(o, "time", e->at, e->tz);
	json_opt_int(o, "back", e->back);
	json_opt_int(o, "leg", e->leg);
	json_object_set_new(o, "where", json_list(&field_locations, e->where));
	json_object_set_new(o, "symptoms", json_list(&field_symptoms, e->symptoms));
	json_opt_int(o, "sitting", e->sitting);
	json_opt_int(o, "sleep", e->sleep);
	json_opt_text(o, "meds", e->meds);
	json_opt_text(o, "note", e->note);
	json_object_set_new(o, "red_flags", json_list(&field_flags, e->flags));
	json_time(o, "created", e->created, e->tz);
	json_time(o, "updated", e->updated, e->tz);
	return o;
}

static json_t *json_session(const struct diary_session *s)
{
	json_t *o = json_object();
	json_object_set_new(o, "uid", json_string(s->uid));
	json_object_set_new(o, "routine", json_string(s->routine ? s->routine : ""));
	json_opt_text(o, "title", s->title);
	json_time(o, "started", s->started, s->tz);
	json_time(o, "ended", s->ended, s->tz);
	json_object_set_new(o, "steps_done", json_integer(s->steps_done));
	json_object_set_new(o, "steps_skipped", json_integer(s->steps_skipped));
	json_object_set_new(o, "steps_total", json_integer(s->steps_total));
	json_opt_int(o, "before_back", s->before_back);
	json_opt_int(o, "before_leg", s->before_leg);
	json_opt_int(o, "after_back", s->after_back);
	json_opt_int(o, "after_leg", s->after_leg);
	json_object_set_new(o, "complete", json_boolean(s->complete));
	json_object_set_new(o, "speed", json_real(s->speed));
	return o;
}

static int write_record(void *ctx, const struct diary_entry *e, const struct diary_session *s)
{
	struct writer *w = ctx;
	if (w->fmt == EXPORT_CSV) {
		if (e)
			write_csv_entry(w->out, e);
		else
			write_csv_session(w->out, s);
	} else {
		json_t *o = e ? json_entry(e) : json_session(s);
		char *text = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
		json_decref(o);
		if (!text)
			abort(); /* jansson fails only when out of memory */
		fprintf(w->out, "%s\n%s", w->first ? "" : ",", text);
		free(text);
		w->first = false;
	}
	if (ferror(w->out)) {
		diags_add(w->err, NULL, 0, "cannot write the export: %s", strerror(errno));
		w->failed = true;
		return 1;
	}
	return 0;
}

enum lb_status export_write(struct diary *db, enum export_format fmt, FILE *out,
			    struct diags *err)
{
	return export_write_range(db, fmt, out, INT64_MIN, INT64_MAX, err);
}

enum lb_status export_write_range(struct diary *db, enum export_format fmt, FILE *out,
				  int64_t from, int64_t to, struct diags *err)
{
	struct writer w = {out, fmt, true, 0, err, false};
	enum lb_status st;
	if (fmt == EXPORT_CSV) {
		for (int c = 0; c < C_COUNT; c++)
			fprintf(out, "%s%s", c ? "," : "", csv_columns[c]);
		fputs("\r\n", out);
		st = db ? diary_each(db, from, to, write_record, &w, err) : LB_OK;
	} else {
		fprintf(out, "{\"format\":\"%s\",\"version\":%d,\n\"entries\":[", EXPORT_FORMAT_NAME,
			EXPORT_FORMAT_VERSION);
		st = db ? diary_each_kind(db, from, to, DIARY_ENTRIES, write_record, &w, err) : LB_OK;
		if (st == LB_OK && !w.failed) {
			fputs("\n],\n\"sessions\":[", out);
			w.first = true;
			if (db)
				st = diary_each_kind(db, from, to, DIARY_SESSIONS, write_record,
						     &w, err);
		}
		fputs("\n]}\n", out);
	}
	if (st == LB_OK && (w.failed || ferror(out))) {
		if (!w.failed)
			diags_add(err, NULL, 0, "cannot write the export: %s", strerror(errno));
		return LB_IO;
	}
	return st;
}

/* ---- reading ---- */

struct importer {
	struct diary *db;
	const char *path;
	struct import_result *res;
	struct diags *err;
	size_t problems;
	bool db_failed;
};

static void problem(struct importer *im, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void problem(struct importer *im, int line, const char *fmt, ...)
{
	if (im->problems++ >= IMPORT_MAX_PROBLEMS)
		return;
	va_list ap;
	va_start(ap, fmt);
	diags_vadd(im->err, im->path, line, fmt, ap);
	va_end(ap);
}

static bool valid_uid(const char *s)
{
	if (strlen(s) != DIARY_UID_LEN)
		return false;
	for (const char *p = s; *p; p++)
		if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f')))
			return false;
	return true;
}

/* A number field: range from field_table (pain-like ones share F_BACK's 0..10). */
static bool check_number(struct importer *im, int line, const char *name, int v, enum field_id f)
{
	const struct field_info *fi = &field_table[f];
	if (v < -1 || v > fi->max) {
		problem(im, line, "%s must be %ld..%ld, got %d", name, fi->min, fi->max, v);
		return false;
	}
	return true;
}

static bool check_text(struct importer *im, int line, const char *name, const char *s,
		       enum field_id f)
{
	char *why = NULL;
	if (s && !field_check_text(f, s, &why)) {
		/* field_check_text names the command-line option; here the column counts. */
		const char *colon = strchr(why, ':');
		problem(im, line, "%s%s", name, colon ? colon : why);
		free(why);
		return false;
	}
	return true;
}

/* Copies a uid after checking it: 32 lower-case hexadecimal digits. */
static bool set_uid(struct importer *im, int line, char dst[DIARY_UID_LEN + 1], const char *src)
{
	if (!valid_uid(src)) {
		problem(im, line, "uid must be %d hexadecimal digits, got '%s'", DIARY_UID_LEN, src);
		return false;
	}
	memcpy(dst, src, DIARY_UID_LEN + 1);
	return true;
}

static bool check_entry(struct importer *im, int line, const struct diary_entry *e)
{
	bool ok = true;
	ok &= check_number(im, line, "back", e->back, F_BACK);
	ok &= check_number(im, line, "leg", e->leg, F_LEG);
	ok &= check_number(im, line, "sitting", e->sitting, F_SITTING);
	ok &= check_number(im, line, "sleep", e->sleep, F_SLEEP);
	ok &= check_text(im, line, "meds", e->meds, F_MEDS);
	ok &= check_text(im, line, "note", e->note, F_NOTE);
	return ok;
}

static bool check_session(struct importer *im, int line, const struct diary_session *s)
{
	bool ok = true;
	if (!s->routine || !*s->routine) {
		problem(im, line, "a session needs its routine");
		ok = false;
	}
	ok &= check_number(im, line, "before_back", s->before_back, F_BACK);
	ok &= check_number(im, line, "before_leg", s->before_leg, F_LEG);
	ok &= check_number(im, line, "after_back", s->after_back, F_BACK);
	ok &= check_number(im, line, "after_leg", s->after_leg, F_LEG);
	if (s->steps_done < 0 || s->steps_skipped < 0 || s->steps_total < 0) {
		problem(im, line, "step counts must not be negative");
		ok = false;
	}
	if (s->ended < s->started) {
		problem(im, line, "a session cannot end before it starts");
		ok = false;
	}
	if (!(s->speed >= 1 && s->speed <= 100)) {
		problem(im, line, "speed must be 1..100, got %g", s->speed);
		ok = false;
	}
	return ok;
}

/* Counts one stored record as added or already present, or notes the failure. */
static void tally(struct importer *im, enum lb_status st, bool added, long *n_added,
		  long *n_present)
{
	if (st != LB_OK)
		im->db_failed = true;
	else if (added)
		(*n_added)++;
	else
		(*n_present)++;
}

static void store_entry(struct importer *im, int line, const struct diary_entry *e)
{
	if (!check_entry(im, line, e) || im->problems || im->db_failed)
		return;
	bool added = false;
	enum lb_status st = diary_import_entry(im->db, e, &added, im->err);
	tally(im, st, added, &im->res->entries_added, &im->res->entries_present);
}

static void store_session(struct importer *im, int line, const struct diary_session *s)
{
	if (!check_session(im, line, s) || im->problems || im->db_failed)
		return;
	bool added = false;
	enum lb_status st = diary_import_session(im->db, s, &added, im->err);
	tally(im, st, added, &im->res->sessions_added, &im->res->sessions_present);
}

/* Parses a whole number cell; "" is -1 (not given). */
static bool cell_int(struct importer *im, int line, const char *name, const char *s, int *out)
{
	if (!*s) {
		*out = -1;
		return true;
	}
	long v;
	if (!parse_uint(s, 0, 1000000, &v)) {
		problem(im, line, "%s must be a whole number, got '%s'", name, s);
		return false;
	}
	*out = (int)v;
	return true;
}

static bool cell_time(struct importer *im, int line, const char *name, const char *s,
		      int64_t *t, int *tz)
{
	int off;
	if (!timefmt_parse_iso(s, t, &off)) {
		problem(im, line, "%s must be a time like 2026-11-25T08:10:00+00:00, got '%s'", name,
			s);
		return false;
	}
	if (tz)
		*tz = off;
	return true;
}

static bool cell_list(struct importer *im, int line, const struct field_vocab *v,
		      const char *name, const char *s, unsigned *mask)
{
	char *why = NULL;
	if (!field_parse_list(v, name, s, mask, &why)) {
		problem(im, line, "%s", why);
		free(why);
		return false;
	}
	return true;
}

/* The text of an optional CSV text cell: NULL when empty, the formula escape taken off. */
static char *cell_text(const char *s, bool quoted)
{
	if (!quoted && !*s)
		return NULL;
	if (s[0] == '\'' && formula_start(s[1])) /* the writer's escape, exactly inverted */
		s++;
	return xstrdup(s);
}

struct csv_state {
	struct importer *im;
	char *cells[C_COUNT];
	bool quoted[C_COUNT];
	size_t ncells;
	bool too_many;
	int line;      /* the line being fed */
	int row_line;  /* the line the current row started on */
	bool header_done;
	bool header_bad;
};

static void csv_on_cell(void *data, size_t len, void *ctx)
{
	struct csv_state *cs = ctx;
	if (cs->ncells >= C_COUNT) {
		cs->too_many = true;
		return;
	}
	cs->cells[cs->ncells] = xstrndup(data ? data : "", data ? len : 0);
	cs->quoted[cs->ncells] = data != NULL;
	cs->ncells++;
}

static void csv_row_entry(struct csv_state *cs, char **c)
{
	struct importer *im = cs->im;
	int line = cs->row_line;
	struct diary_entry e;
	diary_entry_init(&e);
	bool ok = set_uid(im, line, e.uid, c[C_UID]);
	ok &= cell_time(im, line, "time", c[C_TIME], &e.at, &e.tz);
	ok &= cell_int(im, line, "back", c[C_BACK], &e.back);
	ok &= cell_int(im, line, "leg", c[C_LEG], &e.leg);
	ok &= cell_list(im, line, &field_locations, "where", c[C_WHERE], &e.where);
	ok &= cell_list(im, line, &field_symptoms, "symptoms", c[C_SYMPTOMS], &e.symptoms);
	ok &= cell_int(im, line, "sitting", c[C_SITTING], &e.sitting);
	ok &= cell_int(im, line, "sleep", c[C_SLEEP], &e.sleep);
	e.meds = cell_text(c[C_MEDS], cs->quoted[C_MEDS]);
	e.note = cell_text(c[C_NOTE], cs->quoted[C_NOTE]);
	ok &= cell_list(im, line, &field_flags, "red_flags", c[C_FLAGS], &e.flags);
	ok &= cell_time(im, line, "created", c[C_CREATED], &e.created, NULL);
	ok &= cell_time(im, line, "updated", c[C_UPDATED], &e.updated, NULL);
	if (ok)
		store_entry(im, line, &e);
	diary_entry_free(&e);
}

static void csv_row_session(struct csv_state *cs, char **c)
{
	struct importer *im = cs->im;
	int line = cs->row_line;
	struct diary_session s;
	diary_session_init(&s);
	bool ok = set_uid(im, line, s.uid, c[C_UID]);
	ok &= cell_time(im, line, "time", c[C_TIME], &s.started, &s.tz);
	s.routine = cell_text(c[C_ROUTINE], cs->quoted[C_ROUTINE]);
	s.title = cell_text(c[C_TITLE], cs->quoted[C_TITLE]);
	ok &= cell_time(im, line, "ended", c[C_ENDED], &s.ended, NULL);
	ok &= cell_int(im, line, "steps_done", c[C_DONE], &s.steps_done);
	ok &= cell_int(im, line, "steps_skipped", c[C_SKIPPED], &s.steps_skipped);
	ok &= cell_int(im, line, "steps_total", c[C_TOTAL], &s.steps_total);
	ok &= cell_int(im, line, "before_back", c[C_BEFORE_BACK], &s.before_back);
	ok &= cell_int(im, line, "before_leg", c[C_BEFORE_LEG], &s.before_leg);
	ok &= cell_int(im, line, "after_back", c[C_AFTER_BACK], &s.after_back);
	ok &= cell_int(im, line, "after_leg", c[C_AFTER_LEG], &s.after_leg);
	if (strcmp(c[C_COMPLETE], "0") && strcmp(c[C_COMPLETE], "1")) {
		problem(im, line, "complete must be 0 or 1, got '%s'", c[C_COMPLETE]);
		ok = false;
	}
	s.complete = strcmp(c[C_COMPLETE], "1") == 0;
	char *end = NULL;
	s.speed = strtod(c[C_SPEED], &end);
	if (!*c[C_SPEED] || *end) {
		problem(im, line, "speed must be a number, got '%s'", c[C_SPEED]);
		ok = false;
	}
	if (ok)
		store_session(im, line, &s);
	diary_session_free(&s);
}

static void csv_on_row(int term, void *ctx)
{
	(void)term;
	struct csv_state *cs = ctx;
	struct importer *im = cs->im;
	if (!cs->header_done) {
		cs->header_done = true;
		bool same = cs->ncells == C_COUNT && !cs->too_many;
		for (size_t i = 0; same && i < C_COUNT; i++)
			same = strcmp(cs->cells[i], csv_columns[i]) == 0;
		if (!same) {
			problem(im, cs->row_line,
				"the header is not limber's (type,uid,time,back,leg,...): is this a "
				"limber export?");
			cs->header_bad = true;
		}
	} else if (!cs->header_bad) {
		if (cs->ncells != C_COUNT || cs->too_many) {
			problem(im, cs->row_line, "%s%zu fields; a limber export has %d",
				cs->too_many ? "more than " : "", cs->ncells, C_COUNT);
		} else if (strcmp(cs->cells[C_TYPE], "entry") == 0) {
			csv_row_entry(cs, cs->cells);
		} else if (strcmp(cs->cells[C_TYPE], "session") == 0) {
			csv_row_session(cs, cs->cells);
		} else {
			problem(im, cs->row_line, "type must be entry or session, got '%s'",
				cs->cells[C_TYPE]);
		}
	}
	for (size_t i = 0; i < cs->ncells; i++)
		free(cs->cells[i]);
	cs->ncells = 0;
	cs->too_many = false;
	cs->row_line = cs->line + 1;
}

static void import_csv(struct importer *im, FILE *f)
{
	struct csv_parser p;
	csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL | CSV_EMPTY_IS_NULL);
	struct csv_state cs = {.im = im, .line = 1, .row_line = 1};
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	/* Fed a line at a time, so a row knows the line it started on. */
	while ((n = getline(&line, &cap, f)) > 0 && !im->db_failed) {
		if (csv_parse(&p, line, (size_t)n, csv_on_cell, csv_on_row, &cs) != (size_t)n) {
			problem(im, cs.line, "not valid CSV: %s", csv_strerror(csv_error(&p)));
			break;
		}
		cs.line++;
	}
	if (!im->problems && csv_fini(&p, csv_on_cell, csv_on_row, &cs) != 0)
		problem(im, cs.row_line, "not valid CSV: %s (a quote is never closed?)",
			csv_strerror(csv_error(&p)));
	if (!cs.header_done && !im->problems)
		problem(im, 1, "the file is empty");
	for (size_t i = 0; i < cs.ncells; i++)
		free(cs.cells[i]);
	free(line);
	csv_free(&p);
}

/* The line each record of "entries" and "sessions" starts on (jansson keeps no positions). */
struct json_lines {
	int *entries, *sessions;
	size_t nentries, nsessions;
};

static void find_json_lines(const char *text, struct json_lines *jl)
{
	int line = 1, depth = 0;
	bool in_string = false;
	const char *key_start = NULL;
	int which = 0; /* 1 entries, 2 sessions: the array being read at depth 1 */
	for (const char *p = text; *p; p++) {
		if (*p == '\n')
			line++;
		if (in_string) {
			if (*p == '\\' && p[1]) {
				p++;
			} else if (*p == '"') {
				in_string = false;
				if (depth == 1 && key_start) {
					size_t len = (size_t)(p - key_start);
					if (len == 7 && !strncmp(key_start, "entries", 7))
						which = 1;
					else if (len == 8 && !strncmp(key_start, "sessions", 8))
						which = 2;
					else
						which = 0;
				}
			}
			continue;
		}
		switch (*p) {
		case '"':
			in_string = true;
			key_start = p + 1;
			break;
		case '{':
		case '[':
			if (*p == '{' && depth == 2 && which) {
				int **v = which == 1 ? &jl->entries : &jl->sessions;
				size_t *n = which == 1 ? &jl->nentries : &jl->nsessions;
				*v = xreallocarray(*v, *n + 1, sizeof **v);
				(*v)[(*n)++] = line;
			}
			depth++;
			break;
		case '}':
		case ']':
			depth--;
			break;
		default:
			break;
		}
	}
}

static bool json_get_text(struct importer *im, int line, json_t *o, const char *key, char **out,
			  bool required)
{
	json_t *v = json_object_get(o, key);
	if (!v) {
		if (required)
			problem(im, line, "%s is missing", key);
		return !required;
	}
	if (!json_is_string(v)) {
		problem(im, line, "%s must be text", key);
		return false;
	}
	*out = xstrdup(json_string_value(v));
	return true;
}

static bool json_get_int(struct importer *im, int line, json_t *o, const char *key, int *out,
			 bool required)
{
	json_t *v = json_object_get(o, key);
	if (!v) {
		if (required)
			problem(im, line, "%s is missing", key);
		*out = -1;
		return !required;
	}
	if (!json_is_integer(v) || json_integer_value(v) < 0 || json_integer_value(v) > 1000000) {
		problem(im, line, "%s must be a whole number", key);
		return false;
	}
	*out = (int)json_integer_value(v);
	return true;
}

static bool json_get_time(struct importer *im, int line, json_t *o, const char *key, int64_t *t,
			  int *tz)
{
	char *s = NULL;
	if (!json_get_text(im, line, o, key, &s, true))
		return false;
	bool ok = cell_time(im, line, key, s, t, tz);
	free(s);
	return ok;
}

static bool json_get_list(struct importer *im, int line, json_t *o, const char *key,
			  const struct field_vocab *voc, unsigned *mask)
{
	json_t *v = json_object_get(o, key);
	*mask = 0;
	if (!v)
		return true;
	if (!json_is_array(v)) {
		problem(im, line, "%s must be a list", key);
		return false;
	}
	size_t i;
	json_t *w;
	json_array_foreach(v, i, w)
	{
		int bit = json_is_string(w) ? field_word(voc, json_string_value(w)) : -1;
		if (bit < 0) {
			char *all = field_list_text(voc, (1u << voc->count) - 1, ", ");
			problem(im, line, "%s: unknown %s %s; allowed: %s", key, voc->what,
				json_is_string(w) ? json_string_value(w) : "(not text)", all);
			free(all);
			return false;
		}
		*mask |= 1u << bit;
	}
	return true;
}

static bool json_known_keys(struct importer *im, int line, json_t *o, const char *const *keys)
{
	const char *k;
	json_t *v;
	json_object_foreach(o, k, v)
	{
		bool known = false;
		for (size_t i = 0; keys[i] && !known; i++)
			known = strcmp(k, keys[i]) == 0;
		if (!known) {
			problem(im, line, "unknown field '%s'", k);
			return false;
		}
	}
	return true;
}

/* What every record starts with: only known keys, and a valid uid copied into uid. */
static bool json_record(struct importer *im, int line, json_t *o, const char *const *keys,
			char uid[DIARY_UID_LEN + 1])
{
	char *text = NULL;
	bool ok = json_known_keys(im, line, o, keys);
	ok &= json_get_text(im, line, o, "uid", &text, true);
	if (text)
		ok &= set_uid(im, line, uid, text);
	free(text);
	return ok;
}

static void json_read_entry(struct importer *im, int line, json_t *o)
{
	static const char *const keys[] = {"uid",  "time",     "back", "leg",	  "where",
					   "symptoms", "sitting", "sleep", "meds", "note",
					   "red_flags", "created", "updated", NULL};
	if (!json_is_object(o)) {
		problem(im, line, "an entry must be an object");
		return;
	}
	struct diary_entry e;
	diary_entry_init(&e);
	bool ok = json_record(im, line, o, keys, e.uid);
	ok &= json_get_time(im, line, o, "time", &e.at, &e.tz);
	ok &= json_get_int(im, line, o, "back", &e.back, false);
	ok &= json_get_int(im, line, o, "leg", &e.leg, false);
	ok &= json_get_list(im, line, o, "where", &field_locations, &e.where);
	ok &= json_get_list(im, line, o, "symptoms", &field_symptoms, &e.symptoms);
	ok &= json_get_int(im, line, o, "sitting", &e.sitting, false);
	ok &= json_get_int(im, line, o, "sleep", &e.sleep, false);
	ok &= json_get_text(im, line, o, "meds", &e.meds, false);
	ok &= json_get_text(im, line, o, "note", &e.note, false);
	ok &= json_get_list(im, line, o, "red_flags", &field_flags, &e.flags);
	ok &= json_get_time(im, line, o, "created", &e.created, NULL);
	ok &= json_get_time(im, line, o, "updated", &e.updated, NULL);
	if (ok)
		store_entry(im, line, &e);
	diary_entry_free(&e);
}

static void json_read_session(struct importer *im, int line, json_t *o)
{
	static const char *const keys[] = {
		"uid",	      "routine",    "title",	 "started",   "ended",
		"steps_done", "steps_skipped", "steps_total", "before_back", "before_leg",
		"after_back", "after_leg",  "complete",	 "speed",     NULL};
	if (!json_is_object(o)) {
		problem(im, line, "a session must be an object");
		return;
	}
	struct diary_session s;
	diary_session_init(&s);
	bool ok = json_record(im, line, o, keys, s.uid);
	ok &= json_get_text(im, line, o, "routine", &s.routine, true);
	ok &= json_get_text(im, line, o, "title", &s.title, false);
	ok &= json_get_time(im, line, o, "started", &s.started, &s.tz);
	ok &= json_get_time(im, line, o, "ended", &s.ended, NULL);
	ok &= json_get_int(im, line, o, "steps_done", &s.steps_done, true);
	ok &= json_get_int(im, line, o, "steps_skipped", &s.steps_skipped, true);
	ok &= json_get_int(im, line, o, "steps_total", &s.steps_total, true);
	ok &= json_get_int(im, line, o, "before_back", &s.before_back, false);
	ok &= json_get_int(im, line, o, "before_leg", &s.before_leg, false);
	ok &= json_get_int(im, line, o, "after_back", &s.after_back, false);
	ok &= json_get_int(im, line, o, "after_leg", &s.after_leg, false);
	json_t *c = json_object_get(o, "complete"), *sp = json_object_get(o, "speed");
	if (!json_is_boolean(c)) {
		problem(im, line, "complete must be true or false");
		ok = false;
	}
	s.complete = json_is_true(c);
	if (!json_is_number(sp)) {
		problem(im, line, "speed must be a number");
		ok = false;
	} else {
		s.speed = json_number_value(sp);
	}
	if (ok)
		store_session(im, line, &s);
	diary_session_free(&s);
}

static void import_json(struct importer *im, FILE *f)
{
	struct strbuf text;
	sb_init(&text);
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		sb_addn(&text, buf, n);
	json_error_t jerr;
	json_t *root = json_loadb(text.s ? text.s : "", text.len, JSON_REJECT_DUPLICATES, &jerr);
	if (!root) {
		problem(im, jerr.line > 0 ? jerr.line : 0, "not valid JSON: %s", jerr.text);
		sb_free(&text);
		return;
	}
	struct json_lines jl = {0};
	find_json_lines(text.s, &jl);
	sb_free(&text);
	json_t *format = json_object_get(root, "format");
	json_t *version = json_object_get(root, "version");
	json_t *entries = json_object_get(root, "entries");
	json_t *sessions = json_object_get(root, "sessions");
	if (!json_is_string(format) || strcmp(json_string_value(format), EXPORT_FORMAT_NAME) != 0) {
		problem(im, 1, "not a limber export (no \"format\": \"%s\")", EXPORT_FORMAT_NAME);
	} else if (!json_is_integer(version) || json_integer_value(version) > EXPORT_FORMAT_VERSION) {
		problem(im, 1, "written by a newer limber (export version %lld)",
			json_is_integer(version) ? (long long)json_integer_value(version) : 0LL);
	} else if (!json_is_array(entries) || !json_is_array(sessions)) {
		problem(im, 1, "\"entries\" and \"sessions\" must be lists");
	} else {
		size_t i;
		json_t *o;
		json_array_foreach(entries, i, o)
		{
			json_read_entry(im, i < jl.nentries ? jl.entries[i] : 0, o);
			if (im->db_failed || im->problems >= IMPORT_MAX_PROBLEMS)
				break;
		}
		json_array_foreach(sessions, i, o)
		{
			json_read_session(im, i < jl.nsessions ? jl.sessions[i] : 0, o);
			if (im->db_failed || im->problems >= IMPORT_MAX_PROBLEMS)
				break;
		}
	}
	free(jl.entries);
	free(jl.sessions);
	json_decref(root);
}

enum lb_status export_import(struct diary *db, const char *path, struct import_result *res,
			     struct diags *err)
{
	memset(res, 0, sizeof *res);
	FILE *f = fopen(path, "rb");
	if (!f) {
		diags_add(err, path, 0, "cannot open: %s", strerror(errno));
		return LB_INVALID;
	}
	struct importer im = {db, path, res, err, 0, false};
	if (diary_import_begin(db, err) != LB_OK) {
		fclose(f);
		return LB_DB;
	}
	int c = fgetc(f);
	while (c == ' ' || c == '\n' || c == '\r' || c == '\t')
		c = fgetc(f);
	if (c != EOF)
		ungetc(c, f);
	if (c == '{')
		import_json(&im, f);
	else
		import_csv(&im, f);
	if (ferror(f))
		problem(&im, 0, "cannot read: %s", strerror(errno));
	fclose(f);
	if (im.problems > IMPORT_MAX_PROBLEMS)
		diags_add(err, path, 0, "%zu more problems not shown",
			  im.problems - IMPORT_MAX_PROBLEMS);
	if (im.problems || im.db_failed) {
		diary_import_rollback(db);
		memset(res, 0, sizeof *res);
		return im.db_failed ? LB_DB : LB_INVALID;
	}
	return diary_import_commit(db, err);
}

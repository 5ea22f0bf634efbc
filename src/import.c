/* import.c - an export, CSV or JSON, back into the diary in one transaction */
#include "config.h"

#include <csv.h>
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "export_csv.h"
#include "export_json.h"
#include "record.h"
#include "timefmt.h"
#include "numparse.h"
#include "strbuf.h"
#include "xalloc.h"

#define IMPORT_MAX_PROBLEMS 20

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

/* "an entry", "a session" */
static const char *article(const struct record_desc *d)
{
	return strchr("aeiou", d->what[0]) ? "an" : "a";
}

/* Copies a uid after checking it: 32 lower-case hexadecimal digits. */
static bool set_uid(struct importer *im, int line, char dst[DIARY_UID_LEN + 1], const char *src)
{
	bool ok = strlen(src) == DIARY_UID_LEN;
	for (const char *p = src; ok && *p; p++)
		ok = (*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f');
	if (!ok) {
		problem(im, line, "uid must be %d hexadecimal digits, got '%s'", DIARY_UID_LEN,
		        src);
		return false;
	}
	memcpy(dst, src, DIARY_UID_LEN + 1);
	return true;
}

/* ---- storing ---- */

struct check_ctx {
	struct importer *im;
	int line;
};

static void check_problem(void *ctx, const char *msg)
{
	struct check_ctx *c = ctx;
	problem(c->im, c->line, "%s", msg);
}

/* Checks a record read whole and stores it, counting it as added or already present. */
static void store(struct importer *im, int line, const struct record_desc *d, const void *rec)
{
	struct check_ctx c = {im, line};
	if (!record_check(d, rec, check_problem, &c) || im->problems || im->db_failed)
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

static void record_new(const struct record_desc *d, void *rec)
{
	if (d == &record_entry)
		diary_entry_init(rec);
	else
		diary_session_init(rec);
}

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
		problem(im, line, "%s must be a whole number, got '%s'", name, s);
		return false;
	}
	*out = (int)v;
	return true;
}

static bool cell_time(struct importer *im, int line, const char *name, const char *s, int64_t *t,
                      int *tz)
{
	int off;
	if (!timefmt_parse_iso(s, t, &off)) {
		problem(im, line, "%s must be a time like 2026-11-25T08:10:00+00:00, got '%s'",
		        name, s);
		return false;
	}
	if (tz)
		*tz = off;
	return true;
}

/* The text of an optional CSV text cell: NULL when empty, the formula escape taken off. */
static char *cell_text(const char *s, bool quoted)
{
	if (!quoted && !*s)
		return NULL;
	if (s[0] == '\'' && export_csv_formula_start(s[1])) /* the writer's escape, inverted */
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
	char *why = NULL;
	switch (f->kind) {
	case RK_UID:
		return set_uid(im, line, p, s);
	case RK_TIME:
		return cell_time(im, line, name, s, p, tz);
	case RK_SCALE:
	case RK_COUNT:
		return cell_int(im, line, name, s, p);
	case RK_MASK:
		if (!field_parse_list(f->info->vocab, name, s, p, &why)) {
			problem(im, line, "%s", why);
			free(why);
			return false;
		}
		return true;
	case RK_TEXT:
		*(char **)p = cell_text(s, quoted);
		return true;
	case RK_BOOL:
		*(bool *)p = strcmp(s, "1") == 0;
		if (strcmp(s, "0") && strcmp(s, "1")) {
			problem(im, line, "%s must be 0 or 1, got '%s'", name, s);
			return false;
		}
		return true;
	case RK_REAL: /* a '.' decimal whatever LC_NUMERIC says; the limits come later */
		if (!parse_decimal(s, 0, HUGE_VAL, p)) {
			problem(im, line, "%s must be a number such as 2.5, got '%s'", name, s);
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
	record_new(d, &rec);
	bool ok = true;
	for (int c = 1; c < cs->layout.count; c++)
		if (map[c] >= 0)
			ok &= read_cell(cs->im, cs->row_line, d, map[c], &rec, cs->layout.names[c],
			                cs->cells[c], cs->quoted[c]);
	if (ok)
		store(cs->im, cs->row_line, d, &rec);
	record_free(d, &rec);
}

static void csv_on_row(int term, void *ctx)
{
	(void)term;
	struct csv_state *cs = ctx;
	struct importer *im = cs->im;
	if (!cs->header_done) {
		cs->header_done = true;
		bool same = cs->ncells == (size_t)cs->layout.count && !cs->too_many;
		for (size_t i = 0; same && i < cs->ncells; i++)
			same = strcmp(cs->cells[i], cs->layout.names[i]) == 0;
		if (!same) {
			problem(
			    im, cs->row_line,
			    "the header is not limber's (type,uid,time,back,leg,...): is this a "
			    "limber export?");
			cs->header_bad = true;
		}
	} else if (!cs->header_bad) {
		if (cs->ncells != (size_t)cs->layout.count || cs->too_many) {
			problem(im, cs->row_line, "%s%zu fields; a limber export has %d",
			        cs->too_many ? "more than " : "", cs->ncells, cs->layout.count);
		} else if (strcmp(cs->cells[0], record_entry.what) == 0) {
			csv_row(cs, &record_entry, cs->layout.entry);
		} else if (strcmp(cs->cells[0], record_session.what) == 0) {
			csv_row(cs, &record_session, cs->layout.session);
		} else {
			problem(im, cs->row_line, "type must be %s or %s, got '%s'",
			        record_entry.what, record_session.what, cs->cells[0]);
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
	export_csv_layout(&cs.layout);
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

/* One key of a JSON record into field i of rec; false after a problem. */
static bool json_get(struct importer *im, int line, json_t *o, const struct record_desc *d, int i,
                     void *rec)
{
	const struct record_field *f = &d->fields[i];
	void *p = record_ptr(rec, f);
	int *tz = (f->flags & RF_ZONE) ? record_ptr(rec, &d->fields[d->zone]) : NULL;
	json_t *v;
	switch (f->kind) {
	case RK_TIME: {
		char *t = NULL;
		bool ok = json_get_text(im, line, o, f->name, &t, true) &&
		          cell_time(im, line, f->name, t, p, tz);
		free(t);
		return ok;
	}
	case RK_SCALE:
	case RK_COUNT:
		return json_get_int(im, line, o, f->name, p, f->kind == RK_COUNT);
	case RK_MASK:
		return json_get_list(im, line, o, f->name, f->info->vocab, p);
	case RK_TEXT:
		return json_get_text(im, line, o, f->name, p, f->flags & RF_REQUIRED);
	case RK_BOOL:
		v = json_object_get(o, f->name);
		*(bool *)p = json_is_true(v);
		if (!json_is_boolean(v)) {
			problem(im, line, "%s must be true or false", f->name);
			return false;
		}
		return true;
	case RK_REAL:
		v = json_object_get(o, f->name);
		if (!json_is_number(v)) {
			problem(im, line, "%s must be a number", f->name);
			return false;
		}
		*(double *)p = json_number_value(v);
		return true;
	case RK_ID:
	case RK_UID: /* read first, by json_read */
	case RK_TZ:
		break;
	}
	return true;
}

static bool json_known_keys(struct importer *im, int line, json_t *o, const struct record_desc *d)
{
	const char *k;
	json_t *v;
	json_object_foreach(o, k, v)
	{
		bool known = false;
		for (int i = 0; i < d->count && !known; i++)
			known = record_exported(&d->fields[i]) && strcmp(k, d->fields[i].name) == 0;
		if (!known) {
			problem(im, line, "unknown field '%s'", k);
			return false;
		}
	}
	return true;
}

/* A record of "entries" or "sessions": only known keys, a valid uid, then every field. */
static void json_read(struct importer *im, int line, json_t *o, const struct record_desc *d)
{
	if (!json_is_object(o)) {
		problem(im, line, "%s %s must be an object", article(d), d->what);
		return;
	}
	union {
		struct diary_entry e;
		struct diary_session s;
	} rec;
	record_new(d, &rec);
	char *uid = NULL;
	bool ok = json_known_keys(im, line, o, d);
	ok &= json_get_text(im, line, o, "uid", &uid, true);
	for (int i = 0; i < d->count; i++) {
		if (d->fields[i].kind == RK_UID && uid)
			ok &= set_uid(im, line, record_ptr(&rec, &d->fields[i]), uid);
		else
			ok &= json_get(im, line, o, d, i, &rec);
	}
	free(uid);
	if (ok)
		store(im, line, d, &rec);
	record_free(d, &rec);
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
	if (!json_is_string(format) || strcmp(json_string_value(format), EXPORT_JSON_FORMAT) != 0) {
		problem(im, 1, "not a limber export (no \"format\": \"%s\")", EXPORT_JSON_FORMAT);
	} else if (!json_is_integer(version) || json_integer_value(version) > EXPORT_JSON_VERSION) {
		problem(im, 1, "written by a newer limber (export version %lld)",
		        json_is_integer(version) ? (long long)json_integer_value(version) : 0LL);
	} else if (!json_is_array(entries) || !json_is_array(sessions)) {
		problem(im, 1, "\"entries\" and \"sessions\" must be lists");
	} else {
		size_t i;
		json_t *o;
		json_array_foreach(entries, i, o)
		{
			json_read(im, i < jl.nentries ? jl.entries[i] : 0, o, &record_entry);
			if (im->db_failed || im->problems >= IMPORT_MAX_PROBLEMS)
				break;
		}
		json_array_foreach(sessions, i, o)
		{
			json_read(im, i < jl.nsessions ? jl.sessions[i] : 0, o, &record_session);
			if (im->db_failed || im->problems >= IMPORT_MAX_PROBLEMS)
				break;
		}
	}
	free(jl.entries);
	free(jl.sessions);
	json_decref(root);
}

enum lb_status export_import_stream(struct diary *db, FILE *f, const char *path,
                                    struct import_result *res, struct diags *err)
{
	memset(res, 0, sizeof *res);
	struct importer im = {db, path, res, err, 0, false};
	if (diary_import_begin(db, err) != LB_OK)
		return LB_DB;
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

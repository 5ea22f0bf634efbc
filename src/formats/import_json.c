/* SPDX-License-Identifier: ISC */
/* import_json.c - a JSON export read back record by record, never whole */
#include "config.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/xalloc.h"
#include "formats/export_json.h"
#include "formats/import_impl.h"

/* The value of key in o; NULL when missing, which is a problem when required (*ok). */
static json_t *json_member(struct importer *im, int line, json_t *o, const char *key,
			   bool required, bool *ok)
{
	json_t *v = json_object_get(o, key);
	*ok = v || !required;
	if (!v && required)
		import_problem(im, line, _("%s is missing"), key);
	return v;
}

/*
 * The value of key in o when it is text (want JSON_STRING) or a list
 * (JSON_ARRAY); NULL otherwise, with *ok false when that is a problem: a
 * required key missing, or a value of another type.
 */
static json_t *json_typed(struct importer *im, int line, json_t *o, const char *key,
			  json_type want, bool required, bool *ok)
{
	json_t *v = json_member(im, line, o, key, required, ok);
	if (!v || json_typeof(v) == want)
		return v;
	if (want == JSON_ARRAY)
		import_problem(im, line, _("%s must be a list"), key);
	else
		import_problem(im, line, _("%s must be text"), key);
	*ok = false;
	return NULL;
}

static bool json_get_text(struct importer *im, int line, json_t *o, const char *key, char **out,
			  bool required)
{
	bool ok;
	json_t *v = json_typed(im, line, o, key, JSON_STRING, required, &ok);
	if (v)
		*out = xstrdup(json_string_value(v));
	return ok;
}

static bool json_get_int(struct importer *im, int line, json_t *o, const char *key, int *out,
			 bool required)
{
	bool ok;
	json_t *v = json_member(im, line, o, key, required, &ok);
	*out = -1;
	if (!v)
		return ok;
	if (!json_is_integer(v) || json_integer_value(v) < 0 || json_integer_value(v) > 1000000) {
		import_problem(im, line, _("%s must be a whole number"), key);
		return false;
	}
	*out = (int)json_integer_value(v);
	return true;
}

static bool json_get_list(struct importer *im, int line, json_t *o, const char *key,
                          const struct field_vocab *voc, unsigned *mask)
{
	bool ok;
	json_t *v = json_typed(im, line, o, key, JSON_ARRAY, false, &ok);
	*mask = 0;
	if (!v)
		return ok;
	size_t i;
	json_t *w;
	json_array_foreach(v, i, w)
	{
		int bit = json_is_string(w) ? field_word(voc, json_string_value(w)) : -1;
		if (bit < 0) {
			char *all = field_list_text(voc, (1u << voc->count) - 1, ", ");
			/* TRANSLATORS: a key of the file, what its words are ("symptom"), the word
			   given, the words allowed (the file's, keep them). */
			import_problem(
			    im, line, _("%s: unknown %s %s; allowed: %s"), key, _(voc->what),
			    json_is_string(w) ? json_string_value(w) : _("(not text)"), all);
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
		          import_cell_time(im, line, f->name, t, p, tz);
		free(t);
		return ok;
	}
	case RK_SCALE:
	case RK_COUNT:
		return json_get_int(im, line, o, f->name, p, f->kind == RK_COUNT);
	case RK_MASK:
		return json_get_list(im, line, o, f->name, f->info->vocab, p);
	case RK_CHOICE: {
		char *t = NULL;
		bool ok = json_get_text(im, line, o, f->name, &t, false);
		if (ok && t)
			ok = import_cell_words(im, line, f, f->name, t, p);
		free(t);
		return ok;
	}
	case RK_TEXT:
		return json_get_text(im, line, o, f->name, p, f->flags & RF_REQUIRED);
	case RK_BOOL:
	case RK_REAL:
		v = json_object_get(o, f->name);
		if (!v && (f->flags & RF_LATER)) /* a file from an older limber */
			return true;
		if (f->kind == RK_BOOL ? !json_is_boolean(v) : !json_is_number(v)) {
			if (f->kind == RK_BOOL)
				/* TRANSLATORS: a key of the file; true and false are JSON's: keep
				 * them. */
				import_problem(im, line, _("%s must be true or false"), f->name);
			else
				import_problem(im, line, _("%s must be a number"), f->name);
			return false;
		}
		if (f->kind == RK_BOOL)
			*(bool *)p = json_is_true(v);
		else
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
			import_problem(im, line, _("unknown field '%s'"), k);
			return false;
		}
	}
	return true;
}

/* A record of "entries" or "sessions": only known keys, a valid uid, then every field. */
static void json_read(struct importer *im, int line, json_t *o, const struct record_desc *d)
{
	if (!json_is_object(o)) {
		if (d == &record_session)
			import_problem(im, line, _("a session must be an object"));
		else
			import_problem(im, line, _("an entry must be an object"));
		return;
	}
	union {
		struct diary_entry e;
		struct diary_session s;
	} rec;
	diary_record_init(d, &rec);
	char *uid = NULL;
	bool ok = json_known_keys(im, line, o, d);
	ok &= json_get_text(im, line, o, "uid", &uid, true);
	for (int i = 0; i < d->count; i++) {
		if (d->fields[i].kind == RK_UID && uid)
			ok &= import_set_uid(im, line, record_ptr(&rec, &d->fields[i]), uid);
		else
			ok &= json_get(im, line, o, d, i, &rec);
	}
	free(uid);
	if (ok)
		import_store(im, line, d, &rec);
	record_free(d, &rec);
}

/* ---- the stream ---- */

/*
 * The top level is read by hand, a byte at a time; each record of
 * "entries" and "sessions" is cut out whole and given to jansson alone, so
 * memory holds one record, not the file, and every record knows its line.
 */
struct jscan {
	struct importer *im;
	int ahead; /* a byte read and put back, or EOF - 1 for none */
	struct strbuf text;
	bool format_ok, version_ok, seen_entries, seen_sessions;
};

#define JS_NONE (EOF - 1)

static int js_get(struct jscan *js)
{
	if (js->ahead != JS_NONE) {
		int c = js->ahead;
		js->ahead = JS_NONE;
		return c;
	}
	return import_getc(js->im);
}

/* The next byte that is not a space. */
static int js_skip(struct jscan *js)
{
	int c;
	do
		c = js_get(js);
	while (c == ' ' || c == '\n' || c == '\r' || c == '\t');
	return c;
}

static bool js_fail(struct jscan *js, const char *what)
{
	import_problem(js->im, js->im->in.line, _("not valid JSON: %s"), what);
	return false;
}

/* The rest of a string whose opening quote c was read, into js->text. */
static bool js_string(struct jscan *js, int c)
{
	sb_addc(&js->text, (char)c);
	while ((c = js_get(js)) != EOF) {
		if (c == '\0')
			return js_fail(js, _("a NUL byte"));
		if (js->text.len >= IMPORT_MAX_LINE)
			return js_fail(js, _("a record longer than 64 KiB"));
		sb_addc(&js->text, (char)c);
		if (c == '\\') {
			if ((c = js_get(js)) == EOF)
				break;
			sb_addc(&js->text, (char)c);
		} else if (c == '"') {
			return true;
		}
	}
	return js_fail(js, _("a string is never closed"));
}

/* One whole value starting with byte c, its text into js->text. */
static bool js_value(struct jscan *js, int c)
{
	js->text.len = 0;
	if (js->text.s)
		js->text.s[0] = '\0';
	int depth = 0;
	for (;; c = js_get(js)) {
		if (c == EOF)
			return js_fail(js, _("the file ends inside a value"));
		if (c == '"') {
			if (!js_string(js, c))
				return false;
		} else if (depth == 0 && (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' ||
					  c == '\r' || c == '\t')) {
			js->ahead = c; /* the end of a number, true, false or null */
			return js->text.len > 0 || js_fail(js, _("a value is missing"));
		} else {
			if (js->text.len >= IMPORT_MAX_LINE)
				return js_fail(js, _("a record longer than 64 KiB"));
			sb_addc(&js->text, (char)c);
			depth += (c == '{' || c == '[') - (c == '}' || c == ']');
		}
		if (depth == 0 && (c == '"' || c == '}' || c == ']'))
			return true;
	}
}

static json_t *js_load(struct jscan *js)
{
	json_error_t e;
	json_t *v = json_loadb(js->text.s, js->text.len, JSON_DECODE_ANY | JSON_REJECT_DUPLICATES, &e);
	if (!v)
		import_problem(js->im, js->im->in.line, _("not valid JSON: %s"), e.text);
	return v;
}

/* The records of "entries" or "sessions": a list read one record at a time. */
static bool js_records(struct jscan *js, const struct record_desc *d)
{
	struct importer *im = js->im;
	if (js_skip(js) != '[') {
		import_problem(im, im->in.line, _("\"%s\" must be a list"),
		               d == &record_entry ? "entries" : "sessions");
		return false;
	}
	int c = js_skip(js);
	if (c == ']')
		return true;
	for (;;) {
		int line = im->in.line;
		if (!js_value(js, c))
			return false;
		json_t *o = js_load(js);
		if (!o)
			return false;
		json_read(im, line, o, d);
		json_decref(o);
		if (!import_going(im))
			return false;
		c = js_skip(js);
		if (c == ']')
			return true;
		if (c != ',')
			return js_fail(js, _("',' or ']' expected after a record"));
		c = js_skip(js);
	}
}

/* "format" and "version": limber's, and not from a newer limber. */
static bool js_header(struct jscan *js, const char *key)
{
	struct importer *im = js->im;
	if (!js_value(js, js_skip(js)))
		return false;
	json_t *v = js_load(js);
	if (!v)
		return false;
	bool ok = true;
	if (strcmp(key, "format") == 0) {
		ok = js->format_ok = json_is_string(v) &&
				     strcmp(json_string_value(v), EXPORT_JSON_FORMAT) == 0;
		if (!ok)
			import_problem(im, im->in.line,
			               _("not a limber export (no \"format\": \"%s\")"),
			               EXPORT_JSON_FORMAT);
	} else if (!json_is_integer(v) || json_integer_value(v) < 1) {
		import_problem(im, im->in.line, _("version must be a whole number from 1"));
		ok = false;
	} else if (json_integer_value(v) > EXPORT_JSON_VERSION) {
		import_problem(im, im->in.line,
		               _("written by a newer limber (export version %lld)"),
		               (long long)json_integer_value(v));
		ok = false;
	} else {
		js->version_ok = true;
	}
	json_decref(v);
	return ok;
}

/* One key of the top level and its value. */
static bool js_member(struct jscan *js, const char *key)
{
	struct importer *im = js->im;
	bool entries = strcmp(key, "entries") == 0, sessions = strcmp(key, "sessions") == 0;
	if (strcmp(key, "format") == 0 || strcmp(key, "version") == 0)
		return js_header(js, key);
	if (!entries && !sessions) {
		import_problem(im, im->in.line, _("unknown key '%s' at the top level"), key);
		return false;
	}
	if (!js->format_ok || !js->version_ok) {
		import_problem(im, im->in.line,
		               _("\"format\" and \"version\" must come before the records"));
		return false;
	}
	bool *seen = entries ? &js->seen_entries : &js->seen_sessions;
	if (*seen) {
		import_problem(im, im->in.line, _("\"%s\" is given twice"), key);
		return false;
	}
	*seen = true;
	return js_records(js, entries ? &record_entry : &record_session);
}

static bool js_object(struct jscan *js)
{
	int first = js_skip(js);
	if (first == '[') {
		import_problem(
		    js->im, js->im->in.line,
		    _("looks like JSON, but a JSON array, not limber's export (one object "
		      "with \"entries\" and \"sessions\", as 'limber export --format json' "
		      "writes)"));
		return false;
	}
	if (first != '{')
		return js_fail(js, _("'{' expected"));
	int c = js_skip(js);
	while (c != '}') {
		if (c != '"' || !js_value(js, c))
			return js_fail(js, _("a key expected"));
		json_t *k = js_load(js);
		if (!k)
			return false;
		char *key = xstrdup(json_string_value(k));
		json_decref(k);
		bool ok = js_skip(js) == ':' ? js_member(js, key) : js_fail(js, _("':' expected"));
		free(key);
		if (!ok)
			return false;
		c = js_skip(js);
		if (c == ',')
			c = js_skip(js);
		else if (c != '}')
			return js_fail(js, _("',' or '}' expected"));
	}
	if (js_skip(js) != EOF)
		return js_fail(js, _("text after the end of the export"));
	return true;
}

void import_json(struct importer *im)
{
	struct jscan js = {.im = im, .ahead = JS_NONE};
	sb_init(&js.text);
	if (js_object(&js) && !(js.seen_entries && js.seen_sessions))
		import_problem(im, im->in.line, _("\"entries\" and \"sessions\" must be lists"));
	sb_free(&js.text);
}

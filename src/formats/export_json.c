/* SPDX-License-Identifier: ISC */
/* export_json.c - the diary as JSON: a list of entries and a list of sessions */
#include "config.h"

#include "formats/export_json.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "base/numparse.h"
#include "base/timefmt.h"
#include "diary/record.h"
#include "formats/export_impl.h"

static json_t *json_list(const struct field_vocab *v, unsigned mask)
{
	json_t *a = json_array();
	for (int i = 0; i < v->count; i++)
		if (mask & (1u << i))
			json_array_append_new(a, json_string(v->names[i]));
	return a;
}

/* One key's value, or NULL when the field was not given and is left out. */
static json_t *json_value(const struct record_field *f, const void *p, int tz)
{
	char buf[40];
	switch (f->kind) {
	case RK_UID:
		return json_string(p);
	case RK_TIME:
		timefmt_iso(buf, sizeof buf, *(const int64_t *)p, tz);
		return json_string(buf);
	case RK_SCALE:
		return *(const int *)p >= 0 ? json_integer(*(const int *)p) : NULL;
	case RK_COUNT:
		return json_integer(*(const int *)p);
	case RK_CHOICE:
		return *(const int *)p >= 0 ? json_string(f->info->vocab->names[*(const int *)p])
					    : NULL;
	case RK_MASK:
		return json_list(f->info->vocab, *(const unsigned *)p);
	case RK_TEXT: {
		const char *t = *(char *const *)p;
		if (!t && (f->flags & RF_REQUIRED))
			t = "";
		return t ? json_string(t) : NULL;
	}
	case RK_BOOL:
		return json_boolean(*(const bool *)p);
	case RK_REAL:
		return json_real(*(const double *)p);
	case RK_ID:
	case RK_TZ:
		break;
	}
	return NULL;
}

static json_t *json_record(const struct record_desc *d, const void *rec)
{
	json_t *o = json_object();
	int tz = record_zone(d, rec);
	for (int i = 0; i < d->count; i++) {
		const struct record_field *f = &d->fields[i];
		json_t *v = record_exported(f) ? json_value(f, record_cptr(rec, f), tz) : NULL;
		if (v)
			json_object_set_new(o, f->name, v);
	}
	return o;
}

struct writer {
	FILE *out;
	bool first;
	struct diags *err;
	bool failed;
};

/*
 * The digits the record's reals need to read back exactly, and no more
 * (2.2, not 2.2000000000000002). jansson writes reals with a '.' whatever
 * LC_NUMERIC says.
 */
static int real_precision(const struct record_desc *d, const void *rec)
{
	int p = 1;
	for (int i = 0; i < d->count; i++) {
		const struct record_field *f = &d->fields[i];
		if (f->kind == RK_REAL && real_digits(*(const double *)record_cptr(rec, f)) > p)
			p = real_digits(*(const double *)record_cptr(rec, f));
	}
	return p;
}

static int write_record(void *ctx, const struct diary_entry *e, const struct diary_session *s)
{
	struct writer *w = ctx;
	const struct record_desc *d = e ? &record_entry : &record_session;
	const void *rec = e ? (const void *)e : (const void *)s;
	json_t *o = json_record(d, rec);
	char *text = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER |
					   JSON_REAL_PRECISION(real_precision(d, rec)));
	json_decref(o);
	if (!text)
		abort(); /* jansson fails only when out of memory */
	fprintf(w->out, "%s\n%s", w->first ? "" : ",", text);
	free(text);
	w->first = false;
	return export_out_ok(w->out, &w->failed, w->err) ? 0 : 1;
}

enum lb_status export_json_write(struct diary *db, FILE *out, int64_t from, int64_t to,
                                 struct diags *err)
{
	struct writer w = {out, true, err, false};
	fprintf(out, "{\"format\":\"%s\",\"version\":%d,\n\"entries\":[", EXPORT_JSON_FORMAT,
	        EXPORT_JSON_VERSION);
	enum lb_status st =
	    db ? diary_each_kind(db, from, to, DIARY_ENTRIES, write_record, &w, err) : LB_OK;
	if (st == LB_OK && !w.failed) {
		fputs("\n],\n\"sessions\":[", out);
		w.first = true;
		if (db)
			st = diary_each_kind(db, from, to, DIARY_SESSIONS, write_record, &w, err);
	}
	fputs("\n]}\n", out);
	return st == LB_OK && !export_out_ok(out, &w.failed, err) ? LB_IO : st;
}

enum lb_status export_json_write_sessions(FILE *out, const struct diary_session *v, size_t n,
                                          struct diags *err)
{
	struct writer w = {out, true, err, false};
	fprintf(out, "{\"format\":\"%s\",\"version\":%d,\n\"entries\":[\n],\n\"sessions\":[",
	        EXPORT_JSON_FORMAT, EXPORT_JSON_VERSION);
	for (size_t i = 0; i < n && !w.failed; i++)
		write_record(&w, NULL, &v[i]);
	fputs("\n]}\n", out);
	return export_out_ok(out, &w.failed, err) ? LB_OK : LB_IO;
}

/* SPDX-License-Identifier: ISC */
/* record.c - one descriptor of the entry and session fields, and the rules over them */
#include "config.h"

#include "diary/record.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/i18n.h"
#include "base/timefmt.h"
#include "base/xalloc.h"

/* One descriptor row from a RECORD_*_LIST line, for the struct type T. */
#define FIELD_OF(T, id, name_, csv_, sql_, kind_, flags_, member, info_)                          \
	[id] = {.name = name_,                                                                     \
	        .csv = (csv_) ? (csv_) : (name_),                                                  \
	        .sql = sql_,                                                                       \
	        .kind = kind_,                                                                     \
	        .flags = flags_,                                                                   \
	        .offset = offsetof(T, member),                                                     \
	        .info = info_},
#define ENTRY_FIELD(...) FIELD_OF(struct diary_entry, __VA_ARGS__)
#define SESSION_FIELD(...) FIELD_OF(struct diary_session, __VA_ARGS__)

static const struct record_field entry_fields[RE_COUNT] = {RECORD_ENTRY_LIST(ENTRY_FIELD)};
static const struct record_field session_fields[RS_COUNT] = {RECORD_SESSION_LIST(SESSION_FIELD)};
#undef ENTRY_FIELD
#undef SESSION_FIELD
#undef FIELD_OF

const struct record_desc record_entry = {
    "entry", sizeof(struct diary_entry), entry_fields, RE_COUNT, RE_AT, RE_TZ,
};
const struct record_desc record_session = {
    "session", sizeof(struct diary_session), session_fields, RS_COUNT, RS_STARTED, RS_TZ,
};

int record_zone(const struct record_desc *d, const void *rec)
{
	return *(const int *)record_cptr(rec, &d->fields[d->zone]);
}

void record_init(const struct record_desc *d, void *rec)
{
	memset(rec, 0, d->size);
	for (int i = 0; i < d->count; i++)
		if (d->fields[i].kind == RK_SCALE || d->fields[i].kind == RK_CHOICE)
			*(int *)record_ptr(rec, &d->fields[i]) = -1;
}

void record_free(const struct record_desc *d, void *rec)
{
	for (int i = 0; i < d->count; i++)
		if (d->fields[i].kind == RK_TEXT)
			free(*(char **)record_ptr(rec, &d->fields[i]));
	record_init(d, rec);
}

/* ---- checks ---- */

struct checker {
	record_problem_fn fn;
	void *ctx;
	bool ok;
};

static void problem(struct checker *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void problem(struct checker *c, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	c->fn(c->ctx, msg);
	free(msg);
	c->ok = false;
}

/* The limits of one field on its own: a required text, a scale's range, a text's content. */
static void check_field(struct checker *c, const struct record_desc *d,
                        const struct record_field *f, const void *rec)
{
	const struct field_info *fi = f->info;
	if (f->kind == RK_TEXT) {
		const char *s = *(char *const *)record_cptr(rec, f);
		char *why = NULL;
		if ((f->flags & RF_REQUIRED) && (!s || !*s)) {
			problem(c,
			        /* TRANSLATORS: a field of export files ("routine"). */
			        d == &record_session ? _("a session needs its %s")
			                             : _("an entry needs its %s"),
			        f->name);
		} else if (s && fi &&
		           !field_check_text((enum field_id)(fi - field_table), s, &why)) {
			/* field_check_text names the command-line option; here the field counts. */
			const char *colon = strchr(why, ':');
			problem(c, "%s%s", f->name, colon ? colon : why);
			free(why);
		}
	} else if (f->kind == RK_SCALE && fi) {
		int v = *(const int *)record_cptr(rec, f);
		if (v != -1 && (v < fi->min || v > fi->max))
			/* TRANSLATORS: a field of export files ("back"), its limits, its value. */
			problem(c, _("%s must be %ld..%ld, got %d"), f->name, fi->min, fi->max, v);
	} else if (f->kind == RK_CHOICE && fi) {
		int v = *(const int *)record_cptr(rec, f);
		if (v < -1 || v >= fi->vocab->count)
			/* TRANSLATORS: a field of export files, what its words are ("answer"). */
			problem(c, _("%s: no such %s (%d)"), f->name, _(fi->vocab->what), v);
	}
}

/* A session's steps add up, and it lasts less than a day. */
static void check_session(struct checker *c, const struct record_desc *d, const void *rec)
{
	if (d != &record_session)
		return;
	const struct diary_session *s = rec;
	if (s->steps_done >= 0 && s->steps_skipped >= 0 &&
	    (long)s->steps_done + s->steps_skipped > s->steps_total)
		/* TRANSLATORS: steps_done, steps_skipped, steps_total: fields of export files. */
		problem(c,
		        _("steps_done and steps_skipped (%d + %d) cannot be more than steps_total "
		          "(%d)"),
		        s->steps_done, s->steps_skipped, s->steps_total);
	if (s->ended - s->started > RECORD_SESSION_MAX_SECONDS)
		problem(c, _("a session cannot last more than a day"));
}

/* The rules across fields: counts, the end after the start, a real's range. */
static void check_record(struct checker *c, const struct record_desc *d, const void *rec)
{
	int64_t start = *(const int64_t *)record_cptr(rec, &d->fields[d->time]);
	bool negative = false;
	for (int i = 0; i < d->count; i++)
		if (d->fields[i].kind == RK_COUNT)
			negative |= *(const int *)record_cptr(rec, &d->fields[i]) < 0;
	if (negative)
		problem(c, _("step counts must not be negative"));
	check_session(c, d, rec);
	if (d == &record_entry) {
		const struct diary_entry *e = rec;
		if (e->flags && e->flags_now == ANSWER_NO)
			/* TRANSLATORS: red_flags_now, "no", red_flags: export file words. */
			problem(c, _("red_flags_now cannot be \"no\" when red_flags lists some"));
	}
	for (int i = 0; i < d->count; i++)
		if ((d->fields[i].flags & RF_END) &&
		    *(const int64_t *)record_cptr(rec, &d->fields[i]) < start)
			problem(c, d == &record_session
			               ? _("a session cannot end before it starts")
			               : _("an entry cannot end before it starts"));
	for (int i = 0; i < d->count; i++) {
		const struct record_field *f = &d->fields[i];
		if (f->kind != RK_REAL || !f->info)
			continue;
		double v = *(const double *)record_cptr(rec, f);
		if (!(v >= f->info->min && v <= f->info->max))
			problem(c, _("%s must be %ld..%ld, got %g"), f->name, f->info->min,
			        f->info->max, v);
	}
}

bool record_check(const struct record_desc *d, const void *rec, record_problem_fn fn, void *ctx)
{
	struct checker c = {fn, ctx, true};
	for (int i = 0; i < d->count; i++)
		check_field(&c, d, &d->fields[i], rec);
	check_record(&c, d, rec);
	return c.ok;
}

/* ---- rules ---- */

size_t record_field_size(const struct record_field *f)
{
	switch (f->kind) {
	case RK_ID:
	case RK_TIME:
		return sizeof(int64_t);
	case RK_UID:
		return DIARY_UID_LEN + 1;
	case RK_MASK:
		return sizeof(unsigned);
	case RK_TEXT:
		return sizeof(char *);
	case RK_BOOL:
		return sizeof(bool);
	case RK_REAL:
		return sizeof(double);
	default:
		return sizeof(int);
	}
}

void record_entry_merge(struct diary_entry *dst, const struct diary_entry *src, unsigned given)
{
	for (int i = 0; i < RE_COUNT; i++) {
		const struct record_field *f = &entry_fields[i];
		if (!(given & RECORD_BIT(i)))
			continue;
		switch (f->kind) {
		case RK_TEXT: {
			char **to = record_ptr(dst, f);
			const char *from = *(char *const *)record_cptr(src, f);
			free(*to);
			*to = from ? xstrdup(from) : NULL;
			break;
		}
		default:
			memcpy(record_ptr(dst, f), record_cptr(src, f), record_field_size(f));
			break;
		}
	}
	if ((given & RECORD_BIT(RE_AT)) && !(given & RECORD_BIT(RE_TZ)))
		dst->tz = timefmt_offset((time_t)dst->at);
}

bool record_entry_empty(const struct diary_entry *e)
{
	for (int i = 0; i < RE_COUNT; i++) {
		const struct record_field *f = &entry_fields[i];
		const void *p = record_cptr(e, f);
		switch (f->kind) {
		case RK_SCALE:
		case RK_CHOICE:
			if (*(const int *)p >= 0)
				return false;
			break;
		case RK_MASK:
			if (*(const unsigned *)p)
				return false;
			break;
		case RK_TEXT:
			if (*(char *const *)p && **(char *const *)p)
				return false;
			break;
		default:
			break;
		}
	}
	return true;
}

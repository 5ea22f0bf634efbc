/* SPDX-License-Identifier: ISC */
/* test_record.c - the record descriptor through the store, CSV and JSON; its rules */
#include "config.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/strbuf.h"
#include "base/xalloc.h"
#include "diary/record.h"
#include "fixture.h"
#include "formats/export.h"
#include "formats/export_csv.h"

static char *tmp;
static struct diags warn, err;

static void setup(void)
{
	tmp = fixture_tmpdir("record");
}

static void teardown(void)
{
	fixture_rmdir(tmp);
	diags_free(&warn);
	diags_free(&err);
}

TestSuite(record, .init = setup, .fini = teardown);

static struct diary *open_dir(const char *name)
{
	struct diary *db;
	char *dir = xasprintf("%s/%s", tmp, name);
	cr_assert_eq(diary_open(&db, dir, DIARY_CREATE, &warn, &err), LB_OK);
	free(dir);
	return db;
}

/* An entry with every field set, none to its "not given" value. */
static void full_entry(struct diary_entry *e)
{
	diary_entry_init(e);
	memcpy(e->uid, "0123456789abcdef0123456789abcdef", DIARY_UID_LEN + 1);
	e->at = 1795594200;
	e->tz = 330;
	e->back = 10;
	e->leg = 1;
	e->where = (1u << LOC_COUNT) - 1;
	e->symptoms = 1u << SYM_STIFFNESS;
	e->sitting = 1440;
	e->sleep = 7;
	e->meds = xstrdup("=ibuprofen, \"200mg\"");
	e->note = xstrdup("two\nlines\tand ✓");
	e->flags = 1u << FLAG_BOWEL | 1u << FLAG_BOTH_LEGS;
	e->flags_now = ANSWER_YES;
	e->gp_flags = 1u << GP_NIGHT | 1u << GP_CANCER;
}

static void assert_full_entry(const struct diary_entry *e)
{
	cr_assert_str_eq(e->uid, "0123456789abcdef0123456789abcdef");
	cr_assert_eq(e->at, 1795594200);
	cr_assert_eq(e->tz, 330);
	cr_assert_eq(e->back, 10);
	cr_assert_eq(e->leg, 1);
	cr_assert_eq(e->where, 0x1ffu);
	cr_assert_eq(e->symptoms, 0x20u);
	cr_assert_eq(e->sitting, 1440);
	cr_assert_eq(e->sleep, 7);
	cr_assert_str_eq(e->meds, "=ibuprofen, \"200mg\"");
	cr_assert_str_eq(e->note, "two\nlines\tand ✓");
	cr_assert_eq(e->flags, 0x9u);
	cr_assert_eq(e->flags_now, ANSWER_YES);
	cr_assert_eq(e->gp_flags, 1u << GP_NIGHT | 1u << GP_CANCER);
}

static void full_session(struct diary_session *s)
{
	diary_session_init(s);
	memcpy(s->uid, "fedcba9876543210fedcba9876543210", DIARY_UID_LEN + 1);
	s->routine = xstrdup("nerve-glide");
	s->title = xstrdup("Nerve, \"glide\"");
	s->started = 1795594200;
	s->ended = 1795594200 + 754;
	s->tz = -300;
	s->steps_done = 7;
	s->steps_skipped = 2;
	s->steps_total = 9;
	s->before_back = 6;
	s->before_leg = 7;
	s->after_back = 3;
	s->after_leg = 0;
	s->legs = LEGS_CENTRALISED;
	s->complete = true;
	s->speed = 2.5;
}

static void assert_full_session(const struct diary_session *s)
{
	cr_assert_str_eq(s->uid, "fedcba9876543210fedcba9876543210");
	cr_assert_str_eq(s->routine, "nerve-glide");
	cr_assert_str_eq(s->title, "Nerve, \"glide\"");
	cr_assert_eq(s->started, 1795594200);
	cr_assert_eq(s->ended, 1795594200 + 754);
	cr_assert_eq(s->tz, -300);
	cr_assert_eq(s->steps_done, 7);
	cr_assert_eq(s->steps_skipped, 2);
	cr_assert_eq(s->steps_total, 9);
	cr_assert_eq(s->before_back, 6);
	cr_assert_eq(s->before_leg, 7);
	cr_assert_eq(s->after_back, 3);
	cr_assert_eq(s->after_leg, 0);
	cr_assert_eq(s->legs, LEGS_CENTRALISED);
	cr_assert(s->complete);
	cr_assert_eq(s->speed, 2.5);
}

static struct diary *full_diary(const char *name)
{
	struct diary *db = open_dir(name);
	struct diary_entry e;
	full_entry(&e);
	cr_assert_eq(diary_add_entry(db, &e, 1795600000, &err), LB_OK);
	diary_entry_free(&e);
	struct diary_session s;
	full_session(&s);
	cr_assert_eq(diary_add_session(db, &s, &err), LB_OK);
	diary_session_free(&s);
	return db;
}

static void assert_full_diary(struct diary *db)
{
	struct diary_entry e;
	cr_assert_eq(diary_get_entry(db, 1, &e, &err), LB_OK);
	assert_full_entry(&e);
	cr_assert_eq(e.created, 1795600000);
	cr_assert_eq(e.updated, 1795600000);
	diary_entry_free(&e);
	struct diary_session s;
	cr_assert_eq(diary_get_session(db, 1, &s, &err), LB_OK);
	assert_full_session(&s);
	diary_session_free(&s);
}

Test(record, every_field_survives_the_store)
{
	struct diary *db = full_diary("a");
	assert_full_diary(db);
	diary_close(db);
}

Test(record, an_update_keeps_uid_and_created)
{
	struct diary *db = full_diary("a");
	struct diary_entry e;
	cr_assert_eq(diary_get_entry(db, 1, &e, &err), LB_OK);
	memcpy(e.uid, "ffffffffffffffffffffffffffffffff", DIARY_UID_LEN + 1);
	e.created = 5;
	e.back = 2;
	cr_assert_eq(diary_update_entry(db, &e, 1795700000, &err), LB_OK);
	diary_entry_free(&e);
	cr_assert_eq(diary_get_entry(db, 1, &e, &err), LB_OK);
	cr_assert_str_eq(e.uid, "0123456789abcdef0123456789abcdef");
	cr_assert_eq(e.created, 1795600000);
	cr_assert_eq(e.updated, 1795700000);
	cr_assert_eq(e.back, 2);
	diary_entry_free(&e);
	diary_close(db);
}

static void round_trip(enum export_format fmt, const char *file)
{
	struct diary *db = full_diary("a");
	char *path = xasprintf("%s/%s", tmp, file);
	FILE *f = fopen(path, "w");
	cr_assert_not_null(f);
	cr_assert_eq(export_write(db, fmt, f, &err), LB_OK);
	fclose(f);
	diary_close(db);
	db = open_dir("b");
	struct import_result res;
	cr_assert_eq(export_import(db, path, 1900000000, &res, &err), LB_OK);
	cr_assert_eq(res.entries_added, 1);
	cr_assert_eq(res.sessions_added, 1);
	assert_full_diary(db);
	diary_close(db);
	free(path);
}

Test(record, every_field_survives_csv)
{
	round_trip(EXPORT_CSV, "x.csv");
}

Test(record, every_field_survives_json)
{
	round_trip(EXPORT_JSON, "x.json");
}

Test(record, the_csv_columns_are_limbers)
{
	struct export_csv_layout l;
	export_csv_layout(&l);
	struct strbuf b;
	sb_init(&b);
	for (int c = 0; c < l.count; c++)
		sb_addf(&b, "%s%s", c ? "," : "", l.names[c]);
	cr_assert_str_eq(b.s, "type,uid,time,back,leg,where,symptoms,sitting,sleep,meds,note,"
			      "red_flags,activity_1,function_1,activity_2,function_2,activity_3,"
			      "function_3,red_flags_now,gp_flags,created,updated,routine,title,"
			      "ended,steps_done,steps_skipped,steps_total,before_back,before_leg,"
			      "after_back,after_leg,leg_symptoms,complete,speed,away");
	sb_free(&b);
}

/* ---- checks ---- */

static void collect(void *ctx, const char *msg)
{
	sb_addf(ctx, "%s|", msg);
}

static char *problems(const struct record_desc *d, const void *rec, bool *ok)
{
	struct strbuf b;
	sb_init(&b);
	*ok = record_check(d, rec, collect, &b);
	return b.s ? sb_steal(&b) : xstrdup("");
}

Test(record, a_full_record_passes_the_checks)
{
	struct diary_entry e;
	struct diary_session s;
	bool ok;
	full_entry(&e);
	full_session(&s);
	char *p = problems(&record_entry, &e, &ok);
	cr_assert(ok, "%s", p);
	free(p);
	p = problems(&record_session, &s, &ok);
	cr_assert(ok, "%s", p);
	free(p);
	diary_entry_free(&e);
	diary_session_free(&s);
}

Test(record, entry_limits_are_refused_with_todays_messages)
{
	struct diary_entry e;
	full_entry(&e);
	e.back = 11;
	e.sitting = 1441;
	e.sleep = -1; /* not given is fine */
	free(e.meds);
	e.meds = xstrdup("x\001");
	bool ok;
	char *p = problems(&record_entry, &e, &ok);
	cr_assert_not(ok);
	cr_assert_str_eq(p, "back must be 0..10, got 11|sitting must be 0..1440, got 1441|"
			    "meds: control characters are not allowed (byte 2)|");
	free(p);
	diary_entry_free(&e);
}

Test(record, session_limits_are_refused_with_todays_messages)
{
	struct diary_session s;
	full_session(&s);
	free(s.routine);
	s.routine = NULL;
	s.after_leg = 12;
	s.steps_skipped = -1;
	s.ended = s.started - 1;
	s.speed = 0.5;
	bool ok;
	char *p = problems(&record_session, &s, &ok);
	cr_assert_not(ok);
	cr_assert_str_eq(p, "a session needs its routine|after_leg must be 0..10, got 12|"
			    "step counts must not be negative|a session cannot end before it "
			    "starts|speed must be 1..100, got 0.5|");
	free(p);
	diary_session_free(&s);
}

/* ---- rules ---- */

Test(record, merge_replaces_only_what_is_given)
{
	setenv("TZ", "Europe/London", 1);
	tzset();
	struct diary_entry cur, given;
	full_entry(&cur);
	diary_entry_init(&given);
	given.back = 3;
	given.sitting = 20; /* not in the set: left alone */
	given.note = xstrdup("better");
	given.at = 1784541600; /* 2026-07-20 10:00 UTC: summer time, +60 */
	record_entry_merge(&cur, &given,
			   RECORD_BIT(RE_BACK) | RECORD_BIT(RE_NOTE) | RECORD_BIT(RE_MEDS) |
				   RECORD_BIT(RE_WHERE) | RECORD_BIT(RE_AT));
	cr_assert_eq(cur.back, 3);
	cr_assert_eq(cur.sitting, 1440);
	cr_assert_eq(cur.leg, 1);
	cr_assert_str_eq(cur.note, "better");
	cr_assert_neq(cur.note, given.note, "the text is copied, not shared");
	cr_assert_null(cur.meds, "a given empty text clears");
	cr_assert_eq(cur.where, 0u);
	cr_assert_eq(cur.at, 1784541600);
	cr_assert_eq(cur.tz, 60, "a new time takes the local offset");
	cr_assert_str_eq(cur.uid, "0123456789abcdef0123456789abcdef");
	diary_entry_free(&given);
	diary_entry_free(&cur);
}

Test(record, merge_without_a_time_keeps_the_zone)
{
	struct diary_entry cur, given;
	full_entry(&cur);
	diary_entry_init(&given);
	given.leg = -1;
	record_entry_merge(&cur, &given, RECORD_BIT(RE_LEG));
	cr_assert_eq(cur.leg, -1, "a given 'not given' clears a number");
	cr_assert_eq(cur.tz, 330);
	cr_assert_eq(cur.at, 1795594200);
	diary_entry_free(&given);
	diary_entry_free(&cur);
}

Test(record, an_entry_is_empty_until_it_says_something)
{
	struct diary_entry e;
	diary_entry_init(&e);
	e.at = 1795594200;
	e.tz = 60;
	cr_assert(record_entry_empty(&e), "a time alone says nothing");
	e.note = xstrdup("");
	cr_assert(record_entry_empty(&e), "an empty note says nothing");
	e.back = 0;
	cr_assert_not(record_entry_empty(&e), "back pain 0 is an answer");
	e.back = -1;
	e.flags = 1u << FLAG_SADDLE;
	cr_assert_not(record_entry_empty(&e));
	e.flags = 0;
	e.sleep = 4;
	cr_assert_not(record_entry_empty(&e));
	e.sleep = -1;
	free(e.note);
	e.note = xstrdup("x");
	cr_assert_not(record_entry_empty(&e));
	diary_entry_free(&e);
}

Test(record, imported_titles_and_routines_cannot_drive_the_terminal)
{
	struct diary_session s;
	full_session(&s);
	free(s.title);
	free(s.routine);
	s.title = xstrdup("Nice\x1b]0;pwned\x07 title");
	s.routine = xstrdup("Bad Id");
	bool ok;
	char *p = problems(&record_session, &s, &ok);
	cr_assert_not(ok);
	cr_assert_str_eq(p, "routine: must be a routine id (1..40 of a-z, 0-9 and '-')|"
			    "title: control characters are not allowed (byte 5)|");
	free(p);
	free(s.title);
	free(s.routine);
	s.routine = xstrdup("nerve-glide");
	s.title = xstrdup("right-to-left \xe2\x80\xae override");
	p = problems(&record_session, &s, &ok);
	cr_assert_str_eq(p, "title: the bidirectional control U+202E is not allowed (byte 15)|");
	free(p);
	free(s.title);
	/* 61 columns: one past a routine file's limit. Wide characters count two. */
	s.title = xstrdup("1234567890123456789012345678901234567890123456789012345678901");
	p = problems(&record_session, &s, &ok);
	cr_assert_str_eq(p, "title: at most 60 columns, got 61|");
	free(p);
	free(s.title);
	s.title = xstrdup("膝を胸に膝を胸に膝を胸に膝を胸に膝を胸に膝を胸に膝を胸に膝");
	p = problems(&record_session, &s, &ok);
	cr_assert(ok, "29 wide characters are 58 columns: %s", p);
	free(p);
	diary_session_free(&s);
}

Test(record, sessions_add_up_and_last_less_than_a_day)
{
	struct diary_session s;
	full_session(&s);
	s.steps_done = 8; /* 8 + 2 skipped of 9 */
	s.ended = s.started + 86401;
	bool ok;
	char *p = problems(&record_session, &s, &ok);
	cr_assert_not(ok);
	cr_assert_str_eq(p, "steps_done and steps_skipped (8 + 2) cannot be more than steps_total "
			    "(9)|a session cannot last more than a day|");
	free(p);
	diary_session_free(&s);
}

Test(record, notes_refuse_c1_and_direction_controls)
{
	struct diary_entry e;
	full_entry(&e);
	free(e.note);
	e.note = xstrdup("fine\nline two\twith a tab");
	bool ok;
	char *p = problems(&record_entry, &e, &ok);
	cr_assert(ok, "%s", p);
	free(p);
	free(e.note);
	e.note = xstrdup("csi \xc2\x9b" "2J");
	p = problems(&record_entry, &e, &ok);
	cr_assert_str_eq(p, "note: control characters are not allowed (byte 5)|");
	free(p);
	free(e.note);
	e.note = xstrdup("\xe2\x81\xa7isolate");
	p = problems(&record_entry, &e, &ok);
	cr_assert_str_eq(p, "note: the bidirectional control U+2067 is not allowed (byte 1)|");
	free(p);
	diary_entry_free(&e);
}

/* Each field's size ends before the next field of its struct begins (and the last, before the end). */
static void fields_fit(const struct record_desc *d)
{
	for (int i = 0; i < d->count; i++) {
		const struct record_field *f = &d->fields[i];
		size_t end = f->offset + record_field_size(f), next = d->size;
		for (int j = 0; j < d->count; j++)
			if (d->fields[j].offset > f->offset && d->fields[j].offset < next)
				next = d->fields[j].offset;
		cr_expect_leq(end, next, "%s: %zu bytes at %zu run into %zu", f->name, record_field_size(f),
			      f->offset, next);
	}
}

Test(record, each_field_s_size_fits_its_struct)
{
	fields_fit(&record_entry);
	fields_fit(&record_session);
}

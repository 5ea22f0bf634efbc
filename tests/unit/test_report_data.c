/* SPDX-License-Identifier: ISC */
/* test_report_data.c - what the report gathers: period, places, medication, red flags, notes */
#include "config.h"

#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/status.h"
#include "base/xalloc.h"
#include "fixture.h"
#include "insight/report_data.h"

static char *tmp;
static struct diary *db;
static struct diags warn, err;
static struct report_data d;

static void setup(void)
{
	fixture_tz("Europe/London");
	tmp = fixture_tmpdir("report-data");
	db = fixture_diary(tmp, &warn, &err);
}

static void teardown(void)
{
	report_data_free(&d);
	diary_close(db);
	fixture_rmdir(tmp);
	diags_free(&warn);
	diags_free(&err);
}

TestSuite(report_data, .init = setup, .fini = teardown);

static time_t at(int y, int mo, int day, int h, int mi)
{
	return fixture_local(y, mo, day, h, mi);
}

/* An entry with the fields the report reads beyond the ratings. */
static void entry(time_t when, int leg, unsigned where, unsigned symptoms, unsigned flags,
		  int sitting, int sleep, const char *meds, const char *note)
{
	struct diary_entry e;
	diary_entry_init(&e);
	e.at = when;
	e.back = 2;
	e.leg = leg;
	e.where = where;
	e.symptoms = symptoms;
	e.flags = flags;
	e.sitting = sitting;
	e.sleep = sleep;
	e.meds = meds ? xstrdup(meds) : NULL;
	e.note = note ? xstrdup(note) : NULL;
	cr_assert_eq(diary_add_entry(db, &e, 1, &err), LB_OK);
	diary_entry_free(&e);
}

static void session(time_t when)
{
	struct diary_session s;
	diary_session_init(&s);
	s.routine = xstrdup("quick-five");
	s.title = xstrdup("Quick five");
	s.started = when;
	s.ended = when + 300;
	s.before_leg = 5;
	s.after_leg = 3;
	s.speed = 1;
	s.complete = true;
	cr_assert_eq(diary_add_session(db, &s, &err), LB_OK);
	diary_session_free(&s);
}

#define BIT(k) (1u << (k))

/* A week of entries from Monday 16 Nov 2026 (now: Wednesday 25 Nov, weeks from Monday). */
static void week(void)
{
	entry(at(2026, 11, 16, 8, 0), 6, BIT(LOC_LOWER_BACK) | BIT(LOC_THIGH_LEFT),
	      BIT(SYM_TINGLING), 0, 30, 4, "ibuprofen 200 mg, Paracetamol 500 mg", "stiff morning");
	entry(at(2026, 11, 17, 8, 0), 7, BIT(LOC_THIGH_LEFT) | BIT(LOC_CALF_LEFT),
	      BIT(SYM_TINGLING) | BIT(SYM_NUMBNESS), BIT(FLAG_SADDLE) | BIT(FLAG_BLADDER), 20, -1,
	      "paracetamol 500 mg; amitriptyline 10 mg", NULL);
	entry(at(2026, 11, 18, 8, 0), 5, 0, 0, 0, -1, 6, " ibuprofen 200 mg ,,", "τα πόδια 痛い");
	entry(at(2026, 11, 24, 8, 0), 4, BIT(LOC_FOOT_RIGHT), 0, BIT(FLAG_BOTH_LEGS), 60, 8, NULL,
	      NULL);
	session(at(2026, 11, 17, 18, 0));
}

static enum lb_status gather_weeks(int weeks, bool notes)
{
	struct report_period p = {.weeks = weeks};
	return report_data_gather(&d, db, &p, WEEK_MONDAY, notes, at(2026, 11, 25, 12, 0), &err);
}

Test(report_data, the_last_weeks_are_the_trends_window)
{
	week();
	cr_assert_eq(gather_weeks(2, false), LB_OK);
	cr_assert_eq(d.t.from, at(2026, 11, 16, 0, 0));
	cr_assert_eq(d.t.nweeks, 2);
	cr_assert_eq(d.t.entries, 4);
	cr_assert_eq(d.t.sessions, 1);
	cr_assert_eq(d.made, at(2026, 11, 25, 12, 0));
	cr_assert_not(report_data_empty(&d));
	cr_assert_eq(report_data_days(&d), 4);
}

Test(report_data, places_and_symptoms_are_counted_by_entry)
{
	week();
	cr_assert_eq(gather_weeks(2, false), LB_OK);
	cr_assert_eq(d.where[LOC_THIGH_LEFT], 2);
	cr_assert_eq(d.where[LOC_LOWER_BACK], 1);
	cr_assert_eq(d.where[LOC_CALF_LEFT], 1);
	cr_assert_eq(d.where[LOC_FOOT_RIGHT], 1);
	cr_assert_eq(d.where[LOC_THIGH_RIGHT], 0);
	cr_assert_eq(d.with_where, 3);
	int sym[SYM_COUNT];
	report_data_symptoms(&d, sym);
	cr_assert_eq(sym[SYM_TINGLING], 2);
	cr_assert_eq(sym[SYM_NUMBNESS], 1);
	cr_assert_eq(sym[SYM_BURNING], 0);
	cr_assert_eq(d.with_symptoms, 2);
}

Test(report_data, medication_items_with_first_and_last_dates)
{
	week();
	cr_assert_eq(gather_weeks(2, false), LB_OK);
	cr_assert_eq(d.nmeds, 3, "items split at commas and semicolons; blanks dropped");
	cr_assert_str_eq(d.med[0].name, "ibuprofen 200 mg");
	cr_assert_eq(d.med[0].first, at(2026, 11, 16, 8, 0));
	cr_assert_eq(d.med[0].last, at(2026, 11, 18, 8, 0));
	cr_assert_eq(d.med[0].entries, 2);
	cr_assert_str_eq(d.med[1].name, "Paracetamol 500 mg", "as first written");
	cr_assert_eq(d.med[1].entries, 2, "case aside, the same medication");
	cr_assert_eq(d.med[1].last, at(2026, 11, 17, 8, 0));
	cr_assert_str_eq(d.med[2].name, "amitriptyline 10 mg");
	cr_assert_eq(d.med[2].first, d.med[2].last);
}

Test(report_data, every_red_flag_with_its_time)
{
	week();
	cr_assert_eq(gather_weeks(2, false), LB_OK);
	cr_assert_eq(d.nflags, 2);
	cr_assert_eq(d.flag[0].at, at(2026, 11, 17, 8, 0));
	cr_assert_eq(d.flag[0].flags, BIT(FLAG_SADDLE) | BIT(FLAG_BLADDER));
	cr_assert_eq(d.flag[1].flags, BIT(FLAG_BOTH_LEGS));
}

Test(report_data, notes_only_when_asked)
{
	week();
	cr_assert_eq(gather_weeks(2, false), LB_OK);
	cr_assert_eq(d.nnotes, 0, "no free text without --notes");
	report_data_free(&d);
	cr_assert_eq(gather_weeks(2, true), LB_OK);
	cr_assert_eq(d.nnotes, 2);
	cr_assert_eq(d.note[0].at, at(2026, 11, 16, 8, 0));
	cr_assert_str_eq(d.note[1].text, "τα πόδια 痛い");
}

Test(report_data, sitting_and_sleep_by_week_and_period)
{
	week();
	cr_assert_eq(gather_weeks(2, false), LB_OK);
	int n;
	cr_assert_float_eq(report_data_week_other(&d, 0, TO_SITTING, &n), 25.0, 1e-9);
	cr_assert_eq(n, 2);
	cr_assert_float_eq(report_data_week_other(&d, 0, TO_SLEEP, &n), 5.0, 1e-9);
	cr_assert_float_eq(report_data_week_other(&d, 1, TO_SITTING, &n), 60.0, 1e-9);
	cr_assert_float_eq(report_data_other(&d, 0, d.t.ndays, TO_SLEEP, &n), 6.0, 1e-9);
	cr_assert_eq(n, 3);
}

Test(report_data, since_until_are_whole_days)
{
	week();
	struct report_period p = {.from = at(2026, 11, 17, 0, 0), .to = at(2026, 11, 18, 0, 0)};
	cr_assert_eq(report_data_gather(&d, db, &p, WEEK_MONDAY, true, at(2026, 11, 25, 12, 0),
					&err),
		     LB_OK);
	cr_assert_eq(d.t.ndays, 1);
	cr_assert_eq(d.t.entries, 1);
	cr_assert_eq(d.t.sessions, 1);
	cr_assert_eq(d.nflags, 1);
	cr_assert_eq(d.nnotes, 0, "the note of the 17th is empty");
	cr_assert_eq(d.nmeds, 2);
}

Test(report_data, an_empty_period_and_no_diary)
{
	cr_assert_eq(gather_weeks(8, true), LB_OK);
	cr_assert(report_data_empty(&d));
	cr_assert_eq(report_data_days(&d), 0);
	int n = -1;
	cr_assert(isnan(report_data_other(&d, 0, d.t.ndays, TO_SITTING, &n)));
	cr_assert_eq(n, 0);
	report_data_free(&d);
	struct report_period p = {.weeks = 8};
	cr_assert_eq(report_data_gather(&d, NULL, &p, WEEK_MONDAY, false, at(2026, 11, 25, 12, 0),
					&err),
		     LB_OK);
	cr_assert(report_data_empty(&d));
	cr_assert_eq(d.t.nweeks, 8);
}

/* SPDX-License-Identifier: ISC */
/* report_data.h - what the clinician's report shows for a period, gathered from the diary */
#ifndef LIMBER_REPORT_DATA_H
#define LIMBER_REPORT_DATA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "base/settings.h"
#include "diary/diary.h"
#include "diary/fields.h"
#include "insight/function.h"
#include "insight/trends.h"

/* The period: the last weeks (moved back by back weeks), or whole days from..to. */
struct report_period {
	int weeks, back; /* weeks > 0: whole weeks ending the one holding now, as trends */
	time_t from, to; /* else the local days from the one holding from up to to (excluded) */
};

/* One medication as noted (an item of the text, split at commas), and when it appears. */
struct report_med {
	char *name; /* as first written */
	int64_t first, last;
	int entries;
};

/* An entry that ticked a red flag. */
struct report_flag {
	int64_t at;
	unsigned flags; /* over field_flags */
};

struct report_note {
	int64_t at;
	char *text;
};

/*
 * Places in the first and the last two weeks (0: first, 1: last), side by
 * side: from the first day with an entry, and up to today.
 */
enum { REPORT_FIRST, REPORT_LAST };
struct report_places {
	bool apart;                /* long enough (4 weeks from the first entry) for two windows */
	size_t from[2], to[2];     /* each window's days: from <= day < to */
	int entries[2];            /* entries in each window */
	int noted[2];              /* of them, those noting any place */
	int where[2][LOC_COUNT];   /* entries noting each place */
	int below_knee[2];         /* entries noting a calf or a foot */
};

/* An activity of the function score, as the patient named it last: its first and latest rating. */
struct report_activity {
	const char *name;           /* points into fn */
	int first, latest;          /* 0 (unable) to 10 (as before); -1 when never rated */
	int64_t first_at, latest_at;
	int ratings;                /* how many times it was rated */
};

struct report_data {
	struct trends t; /* the period's days, weeks, routines and verdicts */
	int64_t made;    /* when the report was made */
	int where[LOC_COUNT];          /* entries noting each place (symptoms: report_data_symptoms) */
	int with_where, with_symptoms; /* entries noting any place, any symptom */
	struct report_places places;
	struct report_med *med;
	size_t nmeds;
	struct report_flag *flag;
	size_t nflags;
	struct report_note *note; /* only when asked for */
	size_t nnotes;
	/* What the patient can do (Patient-Specific Functional Scale), up to the period's end: */
	struct function_history fn;     /* every check-in up to then, from before the period too */
	struct stats_verdict fn_verdict; /* its verdict, as limber trends gives it */
	struct report_activity act[FIELD_ACTIVITIES];
	int nact;                       /* the activities named last */
	int fn_rated;                   /* rated check-ins in the period */
};

/*
 * Gathers the period's trends (trends_compute or trends_compute_days) and,
 * from the full entries, places, medication, red flags and (when notes) the
 * notes, all in time order; and the function score's check-ins up to the
 * end of the period (or now), with their verdict.
 */
enum lb_status report_data_gather(struct report_data *d, struct diary *db,
				  const struct report_period *p, enum settings_week week_start,
				  bool notes, time_t now, struct diags *err);
void report_data_free(struct report_data *d);

/* Nothing to show: no entries and no sessions in the period. */
bool report_data_empty(const struct report_data *d);
/* Days with at least one entry or session. */
int report_data_days(const struct report_data *d);
/*
 * The mean sitting tolerance or sleep over days first..last-1 (each day's
 * own mean first), NAN when none was noted; *n: the days that had it.
 */
double report_data_other(const struct report_data *d, size_t first, size_t last,
			 enum trends_other o, int *n);
/* The same for week w of the period. */
double report_data_week_other(const struct report_data *d, size_t w, enum trends_other o, int *n);
/* The mean function score of week w of the period, NAN without a rating. */
double report_data_week_function(const struct report_data *d, size_t w);
/* The symptoms noted over the period (the weeks' counts added up). */
void report_data_symptoms(const struct report_data *d, int out[SYM_COUNT]);

#endif

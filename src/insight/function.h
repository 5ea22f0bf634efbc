/* SPDX-License-Identifier: ISC */
/*
 * function.h - what the person can do: the Patient-Specific Functional Scale
 * (Stratford 1995), up to three activities each rated 0 (unable) to 10 (as before)
 */
#ifndef LIMBER_FUNCTION_H
#define LIMBER_FUNCTION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diary/diary.h"
#include "diary/fields.h"
#include "insight/stats.h"

/* A meaningful change of the average score (safety.md: about 2 points). */
#define FUNCTION_MIC 2.0
/* How often it is asked: a week after the last rating it is due again. */
#define FUNCTION_DUE_DAYS 7

/* One check-in: the activities as named then, and their ratings (-1: not rated). */
struct function_check {
	int64_t at;
	char *activity[FIELD_ACTIVITIES];
	int rating[FIELD_ACTIVITIES];
	double score; /* the mean of the rated activities; NAN when none was rated */
};

struct function_history {
	struct function_check *v; /* oldest first */
	size_t n;
	const char *activity[FIELD_ACTIVITIES]; /* the activities named last (into v), or NULL */
	int nactivities;
};

/* The mean of an entry's rated activities, or NAN when it rates none. */
double function_score(const struct diary_entry *e);

/* Every entry up to now that names or rates activities. db may be NULL. */
enum lb_status function_read(struct function_history *h, struct diary *db, int64_t now,
			     struct diags *err);
void function_free(struct function_history *h);

/* The newest check-in with a score, or NULL. */
const struct function_check *function_last(const struct function_history *h);
/* Whether a rating is due at now: activities named and none rated in FUNCTION_DUE_DAYS days. */
bool function_due(const struct function_history *h, int64_t now);

/* The mean score of the rated check-ins with from <= at < to (a week's), NAN when none; *n counts them. */
double function_mean_between(const struct function_history *h, int64_t from, int64_t to, int *n);

/* Weekly ratings in each of the two windows the verdict compares, at most. */
#define FUNCTION_WINDOW 4

/*
 * The change of the score from the first weekly ratings to the last, as
 * stats.h's verdict: the first k rated check-ins against the last k (k from
 * 2 to FUNCTION_WINDOW, half of them at most, so the two never share one);
 * better when the 95% interval (Welch's) lies above zero, meaningful from
 * FUNCTION_MIC points. Unknown before 4 rated check-ins; days_needed then
 * says how many more weekly ratings are needed.
 */
void function_verdict(const struct function_history *h, int64_t now, struct stats_verdict *v);

/* Days after the newest rating that its verdict still speaks for now. */
#define FUNCTION_CURRENT_DAYS 14

/*
 * Whether what the person can do has got meaningfully better, as of now:
 * the verdict better (its interval above zero) by FUNCTION_MIC points or
 * more, and the newest rating no older than FUNCTION_CURRENT_DAYS. Progress
 * even when pain has not moved (issue 22). v gets the verdict (may be NULL).
 */
bool function_gained(const struct function_history *h, int64_t now, struct stats_verdict *v);

/* "better — up 3.0 points (95% interval 1.2 to 4.8), a meaningful change" and the like. */
char *function_verdict_short(const struct stats_verdict *v, bool utf8);
/* The same, in English whatever the language when english (for a file: insight/words.h). */
char *function_verdict_text(const struct stats_verdict *v, bool utf8, bool english);

#endif

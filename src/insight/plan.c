/* SPDX-License-Identifier: ISC */
/* plan.c - the routine planned for today, and the routine used last: what the coach falls back to */
#include "config.h"

#include "insight/plan.h"

#include <stdlib.h>

#include "base/xalloc.h"

void plan_note_last(struct plan_last *l, const struct diary_session *s)
{
	if (s->speed == 1 && s->started >= l->start) {
		l->start = s->started;
		free(l->routine);
		l->routine = xstrdup(s->routine);
	}
}

/* Sessions are few (a handful a day): walking a year of them is cheap. */
enum lb_status plan_each_recent_session(struct diary *db, time_t now, diary_visit_fn fn,
					void *ctx, struct diags *err)
{
	time_t from = now - (time_t)(PLAN_RECENT_DAYS + 2) * 86400;
	return diary_each_kind(db, from, (int64_t)now + 86400, DIARY_SESSIONS, fn, ctx, err);
}

static int visit_last(void *ctx, const struct diary_entry *e, const struct diary_session *s)
{
	(void)e;
	plan_note_last(ctx, s);
	return 0;
}

enum lb_status plan_last_routine(struct diary *db, time_t now, char **id, struct diags *err)
{
	struct plan_last l = {INT64_MIN, NULL};
	enum lb_status rc = db ? plan_each_recent_session(db, now, visit_last, &l, err) : LB_OK;
	*id = l.routine;
	return rc;
}

const char *plan_suggest(const struct settings *st, time_t now, const char *last_used,
			 bool *from_plan)
{
	struct tm tm;
	localtime_r(&now, &tm);
	const char *plan = st->plan[tm.tm_wday];
	*from_plan = plan != NULL;
	return plan ? plan : last_used;
}

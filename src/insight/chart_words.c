/* SPDX-License-Identifier: ISC */
/* chart_words.c - the trends chart's words: dates, table columns, sentences, for chart.c to draw */
#include "config.h"

#include "insight/chart_words.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/utf8.h"
#include "base/xalloc.h"

/* Whether the window crosses into another year: then dates carry it. */
static bool spans_years(const struct trends *t)
{
	time_t a = (time_t)t->from, b = (time_t)(t->to - 1);
	struct tm ta, tb;
	localtime_r(&a, &ta);
	localtime_r(&b, &tb);
	return ta.tm_year != tb.tm_year;
}

void chart_words_day(char *buf, size_t n, const struct trends *t, int64_t at)
{
	time_t tt = (time_t)at;
	struct tm tm;
	localtime_r(&tt, &tm);
	strftime(buf, n, spans_years(t) ? "%e %b %Y" : "%e %b", &tm);
	if (buf[0] == ' ')
		memmove(buf, buf + 1, strlen(buf));
}

int chart_words_week_width(const struct trends *t)
{
	int most = 11;
	for (size_t i = 0; i < t->nweeks; i++) {
		char lab[64];
		chart_words_day(lab, sizeof lab, t, t->week[i].start);
		int w = utf8_width(lab);
		most = w > most ? w : most;
	}
	return most + 1;
}

void chart_words_fit(struct chart_column *col, int n)
{
	for (int i = 0; i < n; i++) {
		col[i].head = _(col[i].head);
		int w = utf8_width(col[i].head);
		if (w > col[i].width)
			col[i].width = w;
	}
}

char *chart_words_line(const struct chart_column *col, int n, const char *const *cell)
{
	struct strbuf b;
	sb_init(&b);
	bool touching = false; /* the last heading filled its column to the end */
	for (int i = 0; i < n; i++) {
		const char *s = cell ? cell[i] : col[i].head;
		int w = utf8_width(s), pad = col[i].width - (w > 0 ? w : 0);
		pad = pad > 0 ? pad : 0;
		/* Headings never run into each other, even where the columns' cells do. */
		int gap = col[i].gap + (touching && !col[i].gap && !(col[i].right && pad));
		sb_addf(&b, "%*s%*s%s%*s", gap, "", col[i].right ? pad : 0, "", s,
			!col[i].right && i + 1 < n ? pad : 0, "");
		touching = !cell && (col[i].right || !pad);
	}
	return sb_steal(&b);
}

char *chart_words_heading(const struct trends *t, bool utf8)
{
	char from[64], to[64];
	chart_words_day(from, sizeof from, t, t->from);
	chart_words_day(to, sizeof to, t, t->to - 12 * 3600);
	const char *dot = utf8 ? "·" : "-", *dash = utf8 ? "–" : "-";
	unsigned long n = (unsigned long)t->weeks;
	/* Moved back in time, the heading names the weeks shown, not "last". */
	if (t->past)
		/* TRANSLATORS: the heading of `limber trends` looking back in time: a dot, the
		   weeks shown, and the first and last day with a dash between. */
		return xasprintf(ngettext("Trends %s %d week (%s %s %s)",
					  "Trends %s %d weeks (%s %s %s)", n),
				 dot, t->weeks, from, dash, to);
	/* TRANSLATORS: the heading of `limber trends`: a dot, the weeks shown up to today, and
	   the first and last day with a dash between. */
	return xasprintf(ngettext("Trends %s last %d week (%s %s %s)",
				  "Trends %s last %d weeks (%s %s %s)", n),
			 dot, t->weeks, from, dash, to);
}

void chart_words_effect(char *buf, size_t n, const struct trends_routine *r,
			enum trends_measure m, bool utf8)
{
	struct stats_paired p;
	trends_routine_effect(r, m, &p);
	if (!r->delta_n[m]) {
		snprintf(buf, n, "-");
		return;
	}
	if (p.effect == EFFECT_TOO_FEW) {
		/* TRANSLATORS: a routine's effect in a table cell of 17 columns: too few rated
		   sessions to judge it, and how many there are. */
		snprintf(buf, n, _("too few (%d)"), p.n);
		return;
	}
	/* TRANSLATORS: a routine's effect on pain, after its mean change: "−2.0 helps". */
	const char *word = p.effect == EFFECT_HELPS   ? C_("routine effect", "helps")
			   : p.effect == EFFECT_WORSE ? C_("routine effect", "worse")
						      : C_("routine effect", "unclear");
	const char *minus = utf8 ? "−" : "-";
	i18n_snprintf(buf, n, "%s%.1f %s",
	              p.mean < -0.05  ? minus
	              : p.mean > 0.05 ? "+"
	                              : "",
	              fabs(p.mean), word);
}

char *chart_words_helps(const struct trends_routine *r, bool utf8)
{
	struct stats_paired p;
	trends_routine_effect(r, TM_LEG, &p);
	if (p.effect != EFFECT_HELPS && p.effect != EFFECT_WORSE)
		return NULL;
	/* TRANSLATORS: in "helps — leg pain 2.0 lower after a session ...". */
	char *words = stats_effect_sentence(&p, _("leg pain"), utf8);
	/* TRANSLATORS: a routine's title, then what it does ("helps — leg pain ..."). */
	char *line = xasprintf(_("%s: %s."), r->title, words);
	free(words);
	return line;
}

char *chart_words_legs(const struct trends_routine *r)
{
	int said = r->legs[LEGS_CENTRALISED] + r->legs[LEGS_SAME] + r->legs[LEGS_SPREAD];
	if (!said)
		return NULL;
	/* TRANSLATORS: %s is a routine's title; then how often leg symptoms moved toward the
	   back after it, how often they spread, and how many sessions answered where. */
	return xasprintf(ngettext("%s: leg symptoms moved toward the back %d time, spread down "
				  "the leg %d (of %d answered).",
				  "%s: leg symptoms moved toward the back %d times, spread down "
				  "the leg %d (of %d answered).",
				  (unsigned long)r->legs[LEGS_CENTRALISED]),
			 r->title, r->legs[LEGS_CENTRALISED], r->legs[LEGS_SPREAD], said);
}

char *chart_words_red_flag(const struct counsel *co)
{
	char *flags = counsel_red_flag_text(co);
	/* TRANSLATORS: urgent (shared/content/safety.md): %s lists the red flags ticked and
	   since when. "none of these now" is the diary form's answer to the red-flag
	   question: use the same words as there. */
	char *line = xasprintf(_("! Red flag: %s. Contact emergency services now. This stays "
				 "until a check-in answers \"none of these now\"."),
			       flags);
	free(flags);
	return line;
}

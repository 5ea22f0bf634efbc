/* SPDX-License-Identifier: ISC */
/* entrytext.c - a diary entry or session in words: one wording for the CLI and the diary list */
#include "config.h"

#include "diary/entrytext.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/textsafe.h"
#include "base/timefmt.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "diary/fields.h"
#include "routine/routine_text.h"

/* "left calf, right foot" (the labels, translated) into b. */
static void add_labels(struct strbuf *b, const struct field_vocab *v, unsigned mask)
{
	bool first = true;
	for (int i = 0; i < v->count; i++) {
		if (!(mask & (1u << i)))
			continue;
		sb_addf(b, "%s%s", first ? "" : ", ", _(v->labels[i]));
		first = false;
	}
}

/* Adds part (taken, NULL for none) and sep. */
static void add_part(struct strbuf *b, char *part, const char *sep)
{
	if (!part)
		return;
	sb_adds(b, part);
	sb_adds(b, sep);
	free(part);
}

/* The labels of mask, translated and joined ("left calf, right foot"); NULL for none. */
static char *labels_text(const struct field_vocab *v, unsigned mask)
{
	struct strbuf b;
	sb_init(&b);
	add_labels(&b, v, mask);
	if (b.len)
		return sb_steal(&b);
	sb_free(&b);
	return NULL;
}

char *entrytext_details(const struct diary_entry *e, bool utf8, const char *sep, size_t *flag_len)
{
	struct strbuf b;
	sb_init(&b);
	char *flags = labels_text(&field_flags, e->flags);
	if (flags) {
		/* TRANSLATORS: an entry's red flags, first in its line (the flags' labels). */
		sb_addf(&b, _("RED FLAG: %s"), flags);
		sb_adds(&b, sep);
		free(flags);
	}
	size_t flags_end = b.len;
	if (e->flags_now == ANSWER_NO)
		sb_addf(&b, "%s%s", _("no red flags now"), sep);
	char *gp = labels_text(&field_gp_flags, e->gp_flags);
	if (gp) {
		/* TRANSLATORS: in an entry's line: signs to see a GP (a family doctor) soon. */
		sb_addf(&b, _("see a GP soon: %s"), gp);
		sb_adds(&b, sep);
		free(gp);
	}
	add_part(&b, labels_text(&field_locations, e->where), sep);
	add_part(&b, labels_text(&field_symptoms, e->symptoms), sep);
	if (e->sitting >= 0) {
		/* TRANSLATORS: in an entry's line: how long one could sit, in minutes. */
		sb_addf(&b, _("sitting %d min"), e->sitting);
		sb_adds(&b, sep);
	}
	if (e->sleep >= 0) {
		/* TRANSLATORS: in an entry's line: sleep quality out of 10. */
		sb_addf(&b, _("sleep %d/10"), e->sleep);
		sb_adds(&b, sep);
	}
	/* The function score's activities: "film 4/10", or the names alone when not rated. */
	for (int i = 0; i < 3; i++) {
		if (!e->activity[i] && e->function[i] < 0)
			continue;
		char *safe = textsafe(e->activity[i] ? e->activity[i] : _("activity"), 0);
		if (e->function[i] >= 0)
			/* TRANSLATORS: an activity the person named, how well they do it of 10. */
			sb_addf(&b, _("%s %d/10"), safe, e->function[i]);
		else
			/* TRANSLATORS: an activity named for the function score but not rated. */
			sb_addf(&b, _("%s (named)"), safe);
		sb_adds(&b, sep);
		free(safe);
	}
	/* What the person wrote is shown, never obeyed: see textsafe.h. */
	if (e->meds) {
		char *safe = textsafe(e->meds, TEXTSAFE_LINES);
		/* TRANSLATORS: in an entry's line: the medication the person wrote. */
		sb_addf(&b, _("meds: %s"), safe);
		sb_adds(&b, sep);
		free(safe);
	}
	if (e->note) {
		char *safe = textsafe(e->note, TEXTSAFE_LINES);
		if (utf8)
			/* TRANSLATORS: the person's note in your language's quotation marks. */
			sb_addf(&b, _("“%s”"), safe);
		else
			sb_addf(&b, "\"%s\"", safe);
		sb_adds(&b, sep);
		free(safe);
	}
	/* Every part ends with sep: drop the last one. */
	size_t n = strlen(sep);
	if (b.len >= n && strcmp(b.s + b.len - n, sep) == 0)
		b.s[b.len -= n] = '\0';
	if (flag_len)
		*flag_len = flags_end < b.len ? flags_end : b.len;
	return sb_steal(&b);
}

char *entrytext_line(const struct diary_entry *e, bool utf8, const char *sep)
{
	struct strbuf b;
	sb_init(&b);
	char when[64];
	/* TRANSLATORS: strftime: an entry's time in the diary ("Thu 20 Nov 2025 08:00"). */
	timefmt_local(when, sizeof when, _("%a %d %b %Y %H:%M"), (time_t)e->at);
	sb_adds(&b, when);
	if (e->back >= 0) {
		sb_adds(&b, sep);
		/* TRANSLATORS: in an entry's line: back pain, 0 to 10. */
		sb_addf(&b, _("back %d"), e->back);
	}
	if (e->leg >= 0) {
		sb_adds(&b, sep);
		/* TRANSLATORS: in an entry's line: leg pain, 0 to 10. */
		sb_addf(&b, _("leg %d"), e->leg);
	}
	char *details = entrytext_details(e, utf8, sep, NULL);
	if (*details)
		sb_addf(&b, "%s%s", sep, details);
	free(details);
	return sb_steal(&b);
}

void entrytext_change(char *buf, size_t n, int before, int after, const char *arrow)
{
	char b[12] = "?", a[12] = "?";
	if (before >= 0)
		snprintf(b, sizeof b, "%d", before);
	if (after >= 0)
		snprintf(a, sizeof a, "%d", after);
	if (before < 0 && after < 0)
		buf[0] = '\0';
	else
		snprintf(buf, n, "%s%s%s", b, arrow, a);
}

const char *entrytext_session_title(const struct diary_session *s)
{
	return routine_text_title(s->routine, s->title ? s->title : s->routine);
}

char *entrytext_session(const struct diary_session *s, unsigned parts, const char *arrow)
{
	struct strbuf b;
	sb_init(&b);
	long mins = (long)(s->ended - s->started + 30) / 60;
	char *title = textsafe(entrytext_session_title(s), 0);
	if (s->complete)
		/* TRANSLATORS: a session in the diary: its routine's title and its minutes. */
		sb_addf(&b, _("%s, %ld min, complete"), title, mins);
	else
		/* TRANSLATORS: a session stopped before its end: its routine's title, minutes. */
		sb_addf(&b, _("%s, %ld min, partial"), title, mins);
	free(title);
	if (parts & ET_STEPS) {
		sb_adds(&b, ", ");
		/* TRANSLATORS: the steps of a session done, of all its steps. */
		sb_addf(&b, ngettext("%d of %d step", "%d of %d steps", s->steps_total),
		        s->steps_done, s->steps_total);
	}
	if ((parts & ET_SPEED) && s->speed != 1) {
		sb_adds(&b, " ");
		/* TRANSLATORS: a session played faster than real time: how many times. */
		sb_addf(&b, _("(preview at %gx)"), s->speed);
	}
	if (parts & ET_PAIN) {
		char back[32], leg[32];
		entrytext_change(back, sizeof back, s->before_back, s->after_back, arrow);
		entrytext_change(leg, sizeof leg, s->before_leg, s->after_leg, arrow);
		if (*back) {
			sb_adds(&b, "; ");
			/* TRANSLATORS: back pain before and after a session: "4→3". */
			sb_addf(&b, _("back %s"), back);
		}
		if (*leg) {
			sb_adds(&b, *back ? ", " : "; ");
			/* TRANSLATORS: leg pain before and after a session: "4→3". */
			sb_addf(&b, _("leg %s"), leg);
		}
		if (s->legs >= 0 && s->legs < LEGS_COUNT) {
			sb_adds(&b, "; ");
			/* TRANSLATORS: where leg symptoms went ("moved toward the back"). */
			sb_addf(&b, _("leg symptoms %s"), _(field_legs.labels[s->legs]));
		}
	}
	return sb_steal(&b);
}

/* Case-insensitive (ASCII) substring; an empty needle is in everything. */
static bool has_text(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	if (!hay)
		return n == 0;
	for (; *hay; hay++)
		if (strncasecmp(hay, needle, n) == 0)
			return true;
	return n == 0;
}

/* Whether text is in a word of mask: its label as shown, its English label or its name. */
static bool labels_have(const struct field_vocab *v, unsigned mask, const char *text)
{
	for (int i = 0; i < v->count; i++)
		if ((mask & (1u << i)) &&
		    (has_text(_(v->labels[i]), text) || has_text(v->labels[i], text) ||
		     has_text(v->names[i], text)))
			return true;
	return false;
}

bool entrytext_entry_has(const struct diary_entry *e, const char *text)
{
	return has_text(e->note, text) || has_text(e->meds, text) ||
	       labels_have(&field_locations, e->where, text) ||
	       labels_have(&field_symptoms, e->symptoms, text) ||
	       labels_have(&field_flags, e->flags, text);
}

bool entrytext_session_has(const struct diary_session *s, const char *text)
{
	return has_text(s->title, text) || has_text(entrytext_session_title(s), text) ||
	       has_text(s->routine, text);
}

/* text wrapped into b at width, each line after indent spaces; its line breaks kept. */
static void add_wrapped(struct strbuf *b, const char *text, int indent, int width, bool first_indented)
{
	char *safe = textsafe(text, TEXTSAFE_LINES);
	int room = width - indent < 10 ? 10 : width - indent;
	bool first = true;
	for (char *line = safe, *nl; line; line = nl) {
		nl = strchr(line, '\n');
		if (nl)
			*nl++ = '\0';
		for (char *t = line; *t == '\t'; t++)
			*t = ' ';
		const char *p = line, *next;
		do {
			size_t n = *p ? utf8_wrap(p, room, &next) : 0;
			if (!*p)
				next = p;
			sb_addf(b, "%*s%.*s\n", n == 0 || (first && !first_indented) ? 0 : indent, "",
				(int)n, p);
			first = false;
			if (next == p)
				break;
			p = next;
		} while (*p);
	}
	free(safe);
}

/* An entry or a session in lines: each value after its label, the labels in one column. */
struct sheet {
	struct strbuf b;
	int label_w; /* the labels' column: the widest label and two spaces */
	int width;
};

/* A sheet whose label column fits the widest of labels (translated), within half the width. */
static void sheet_init(struct sheet *s, const char *const *labels, size_t n, int width)
{
	int w = 0;
	for (size_t i = 0; i < n; i++) {
		int lw = utf8_width(labels[i]);
		w = lw > w ? lw : w;
	}
	s->label_w = w + 2 < width / 2 || w + 2 <= 12 ? w + 2 : width / 2;
	s->width = width;
	sb_init(&s->b);
}

/* label, then value wrapped in the value column (below a label too wide for its column). */
static void field_line(struct sheet *s, const char *label, const char *value)
{
	int pad = s->label_w - utf8_width(label);
	if (pad < 1) {
		sb_addf(&s->b, "%s\n", label);
		add_wrapped(&s->b, value, s->label_w, s->width, true);
		return;
	}
	sb_addf(&s->b, "%s%*s", label, pad, "");
	add_wrapped(&s->b, value, s->label_w, s->width, false);
}

/* A 0..10 rating as "4/10", or "not given". */
static void rating_line(struct sheet *s, const char *label, int v)
{
	char buf[64];
	if (v >= 0)
		/* TRANSLATORS: a rating of 0 to 10 on an entry's page. */
		snprintf(buf, sizeof buf, _("%d/10"), v);
	else
		snprintf(buf, sizeof buf, "%s", _("not given"));
	field_line(s, label, buf);
}

static void labels_line(struct sheet *s, const char *label, const struct field_vocab *v,
                        unsigned mask)
{
	char *l = labels_text(v, mask);
	/* TRANSLATORS: on an entry's page: nothing noted for a field. */
	field_line(s, label, l ? l : _("none"));
	free(l);
}

char *entrytext_full(const struct diary_entry *e, bool utf8, int width)
{
	(void)utf8;
	/* TRANSLATORS: the labels of an entry's page, in a column before the values. */
	const char *when_l = _("When"), *back_l = _("Back pain"), *leg_l = _("Leg pain");
	/* TRANSLATORS: labels of an entry's page: where it hurts, what it feels like. */
	const char *where_l = _("Where"), *feels_l = _("Feels like");
	/* TRANSLATORS: labels of an entry's page: how long one can sit; sleep quality. */
	const char *sitting_l = _("Sitting"), *sleep_l = _("Sleep");
	/* TRANSLATORS: labels of an entry's page. */
	const char *meds_l = _("Medication"), *flags_l = _("Red flags");
	struct sheet s;
	sheet_init(&s,
	           (const char *const[]){when_l, back_l, leg_l, where_l, feels_l, sitting_l,
	                                 sleep_l, meds_l, flags_l},
	           9, width);
	char when[64], buf[64];
	/* TRANSLATORS: strftime: an entry's time in the diary ("Thu 20 Nov 2025 08:00"). */
	timefmt_local(when, sizeof when, _("%a %d %b %Y %H:%M"), (time_t)e->at);
	field_line(&s, when_l, when);
	rating_line(&s, back_l, e->back);
	rating_line(&s, leg_l, e->leg);
	labels_line(&s, where_l, &field_locations, e->where);
	labels_line(&s, feels_l, &field_symptoms, e->symptoms);
	if (e->sitting >= 0)
		/* TRANSLATORS: on an entry's page: how long one could sit, in minutes. */
		snprintf(buf, sizeof buf, _("%d min at most"), e->sitting);
	else
		snprintf(buf, sizeof buf, "%s", _("not given"));
	field_line(&s, sitting_l, buf);
	rating_line(&s, sleep_l, e->sleep);
	field_line(&s, meds_l, e->meds ? e->meds : _("none"));
	labels_line(&s, flags_l, &field_flags, e->flags);
	/* TRANSLATORS: the heading of the person's note on an entry's page. */
	sb_addf(&s.b, "\n%s\n", _("Note"));
	/* TRANSLATORS: on an entry's page: no note was written. */
	add_wrapped(&s.b, e->note && *e->note ? e->note : _("(none)"), 2, width, true);
	return sb_steal(&s.b);
}

/* "3 of 5 steps (1 skipped), partial" into buf. */
static void steps_text(char *buf, size_t n, const struct diary_session *s)
{
	if (s->complete)
		/* TRANSLATORS: a session's steps done, of all, skipped; played to the end. */
		snprintf(buf, n,
		         ngettext("%d of %d step (%d skipped), complete",
		                  "%d of %d steps (%d skipped), complete", s->steps_total),
		         s->steps_done, s->steps_total, s->steps_skipped);
	else
		/* TRANSLATORS: a session's steps done, of all, skipped; stopped early. */
		snprintf(buf, n,
		         ngettext("%d of %d step (%d skipped), partial",
		                  "%d of %d steps (%d skipped), partial", s->steps_total),
		         s->steps_done, s->steps_total, s->steps_skipped);
}

char *entrytext_session_full(const struct diary_session *s, bool utf8, int width)
{
	/* TRANSLATORS: the labels of a session's page, in a column before the values. */
	const char *when_l = _("When"), *routine_l = _("Routine"), *id_l = _("Routine id");
	/* TRANSLATORS: labels of a session's page: how long it took, its steps. */
	const char *took_l = _("Took"), *steps_l = _("Steps");
	/* TRANSLATORS: labels of a session's page: pain before and after; how fast it played. */
	const char *back_l = _("Back pain"), *leg_l = _("Leg pain"), *speed_l = _("Speed");
	struct sheet sh;
	sheet_init(
	    &sh,
	    (const char *const[]){when_l, routine_l, id_l, took_l, steps_l, back_l, leg_l, speed_l},
	    8, width);
	char when[64], buf[160];
	timefmt_local(when, sizeof when, _("%a %d %b %Y %H:%M"), (time_t)s->started);
	field_line(&sh, when_l, when);
	field_line(&sh, routine_l, entrytext_session_title(s));
	field_line(&sh, id_l, s->routine);
	snprintf(buf, sizeof buf, _("%ld min"), (long)(s->ended - s->started + 30) / 60);
	field_line(&sh, took_l, buf);
	steps_text(buf, sizeof buf, s);
	field_line(&sh, steps_l, buf);
	const char *arrow = utf8 ? " → " : " -> ";
	entrytext_change(buf, sizeof buf, s->before_back, s->after_back, arrow);
	/* TRANSLATORS: on a session's page: the pain was not rated before or after. */
	field_line(&sh, back_l, *buf ? buf : _("not rated"));
	entrytext_change(buf, sizeof buf, s->before_leg, s->after_leg, arrow);
	field_line(&sh, leg_l, *buf ? buf : _("not rated"));
	if (s->speed != 1) {
		/* TRANSLATORS: on a session's page: it was played this many times faster. */
		snprintf(buf, sizeof buf, _("a preview at %gx"), s->speed);
		field_line(&sh, speed_l, buf);
	}
	return sb_steal(&sh.b);
}

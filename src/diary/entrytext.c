/* SPDX-License-Identifier: ISC */
/* entrytext.c - a diary entry or session in words: one wording for the CLI and the diary list */
#include "config.h"

#include "diary/entrytext.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "base/strbuf.h"
#include "base/textsafe.h"
#include "base/timefmt.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "diary/fields.h"

/* "left calf, right foot" and sep, or nothing when mask is empty. */
static void add_labels(struct strbuf *b, const struct field_vocab *v, unsigned mask,
                       const char *sep)
{
	bool first = true;
	for (int i = 0; i < v->count; i++) {
		if (!(mask & (1u << i)))
			continue;
		sb_addf(b, "%s%s", first ? "" : ", ", v->labels[i]);
		first = false;
	}
	if (!first)
		sb_adds(b, sep);
}

char *entrytext_details(const struct diary_entry *e, bool utf8, const char *sep, size_t *flag_len)
{
	struct strbuf b;
	sb_init(&b);
	if (e->flags) {
		sb_adds(&b, "RED FLAG: ");
		add_labels(&b, &field_flags, e->flags, sep);
	}
	size_t flags_end = b.len;
	if (e->flags_now == ANSWER_NO)
		sb_addf(&b, "no red flags now%s", sep);
	if (e->gp_flags) {
		sb_adds(&b, "see a GP soon: ");
		add_labels(&b, &field_gp_flags, e->gp_flags, sep);
	}
	add_labels(&b, &field_locations, e->where, sep);
	add_labels(&b, &field_symptoms, e->symptoms, sep);
	if (e->sitting >= 0)
		sb_addf(&b, "sitting %d min%s", e->sitting, sep);
	if (e->sleep >= 0)
		sb_addf(&b, "sleep %d/10%s", e->sleep, sep);
	/* The function score's activities: "film 4/10", or the names alone when not rated. */
	for (int i = 0; i < 3; i++) {
		if (!e->activity[i] && e->function[i] < 0)
			continue;
		char *safe = textsafe(e->activity[i] ? e->activity[i] : "activity", 0);
		if (e->function[i] >= 0)
			sb_addf(&b, "%s %d/10%s", safe, e->function[i], sep);
		else
			sb_addf(&b, "%s (named)%s", safe, sep);
		free(safe);
	}
	/* What the person wrote is shown, never obeyed: see textsafe.h. */
	if (e->meds) {
		char *safe = textsafe(e->meds, TEXTSAFE_LINES);
		sb_addf(&b, "meds: %s%s", safe, sep);
		free(safe);
	}
	if (e->note) {
		char *safe = textsafe(e->note, TEXTSAFE_LINES);
		sb_addf(&b, "%s%s%s%s", utf8 ? "“" : "\"", safe, utf8 ? "”" : "\"", sep);
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
	timefmt_local(when, sizeof when, "%a %d %b %Y %H:%M", (time_t)e->at);
	sb_adds(&b, when);
	if (e->back >= 0)
		sb_addf(&b, "%sback %d", sep, e->back);
	if (e->leg >= 0)
		sb_addf(&b, "%sleg %d", sep, e->leg);
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

char *entrytext_session(const struct diary_session *s, unsigned parts, const char *arrow)
{
	struct strbuf b;
	sb_init(&b);
	long secs = (long)(s->ended - s->started);
	char *title = textsafe(s->title ? s->title : s->routine, 0);
	sb_addf(&b, "%s, %ld min, %s", title, (secs + 30) / 60,
	        s->complete ? "complete" : "partial");
	free(title);
	if (parts & ET_STEPS)
		sb_addf(&b, ", %d of %d steps", s->steps_done, s->steps_total);
	if ((parts & ET_SPEED) && s->speed != 1)
		sb_addf(&b, " (preview at %gx)", s->speed);
	if (parts & ET_PAIN) {
		char back[32], leg[32];
		entrytext_change(back, sizeof back, s->before_back, s->after_back, arrow);
		entrytext_change(leg, sizeof leg, s->before_leg, s->after_leg, arrow);
		if (*back)
			sb_addf(&b, "; back %s", back);
		if (*leg)
			sb_addf(&b, "%sleg %s", *back ? ", " : "; ", leg);
		if (s->legs >= 0 && s->legs < LEGS_COUNT)
			sb_addf(&b, "; leg symptoms %s", field_legs.labels[s->legs]);
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

static bool labels_have(const struct field_vocab *v, unsigned mask, const char *text)
{
	for (int i = 0; i < v->count; i++)
		if ((mask & (1u << i)) && (has_text(v->labels[i], text) || has_text(v->names[i], text)))
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
	return has_text(s->title, text) || has_text(s->routine, text);
}

#define LABEL_W 12 /* "Medication  " */

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

static void field_line(struct strbuf *b, const char *label, const char *value, int width)
{
	sb_addf(b, "%-*s", LABEL_W, label);
	add_wrapped(b, value, LABEL_W, width, false);
}

static void rating_line(struct strbuf *b, const char *label, int v, const char *unit, int width)
{
	char buf[32] = "not given";
	if (v >= 0)
		snprintf(buf, sizeof buf, "%d%s", v, unit);
	field_line(b, label, buf, width);
}

static void labels_line(struct strbuf *b, const char *label, const struct field_vocab *v,
			unsigned mask, int width)
{
	struct strbuf l;
	sb_init(&l);
	add_labels(&l, v, mask, "");
	field_line(b, label, l.len ? l.s : "none", width);
	sb_free(&l);
}

char *entrytext_full(const struct diary_entry *e, bool utf8, int width)
{
	(void)utf8;
	struct strbuf b;
	sb_init(&b);
	char when[64];
	timefmt_local(when, sizeof when, "%a %d %b %Y %H:%M", (time_t)e->at);
	field_line(&b, "When", when, width);
	rating_line(&b, "Back pain", e->back, "/10", width);
	rating_line(&b, "Leg pain", e->leg, "/10", width);
	labels_line(&b, "Where", &field_locations, e->where, width);
	labels_line(&b, "Feels like", &field_symptoms, e->symptoms, width);
	rating_line(&b, "Sitting", e->sitting, " min at most", width);
	rating_line(&b, "Sleep", e->sleep, "/10", width);
	field_line(&b, "Medication", e->meds ? e->meds : "none", width);
	labels_line(&b, "Red flags", &field_flags, e->flags, width);
	sb_adds(&b, "\nNote\n");
	add_wrapped(&b, e->note && *e->note ? e->note : "(none)", 2, width, true);
	return sb_steal(&b);
}

char *entrytext_session_full(const struct diary_session *s, bool utf8, int width)
{
	struct strbuf b;
	sb_init(&b);
	char when[64], buf[160];
	timefmt_local(when, sizeof when, "%a %d %b %Y %H:%M", (time_t)s->started);
	field_line(&b, "When", when, width);
	field_line(&b, "Routine", s->title ? s->title : s->routine, width);
	field_line(&b, "Routine id", s->routine, width);
	snprintf(buf, sizeof buf, "%ld min", (long)(s->ended - s->started + 30) / 60);
	field_line(&b, "Took", buf, width);
	snprintf(buf, sizeof buf, "%d of %d steps (%d skipped), %s", s->steps_done,
		 s->steps_total, s->steps_skipped, s->complete ? "complete" : "partial");
	field_line(&b, "Steps", buf, width);
	const char *arrow = utf8 ? " → " : " -> ";
	entrytext_change(buf, sizeof buf, s->before_back, s->after_back, arrow);
	field_line(&b, "Back pain", *buf ? buf : "not rated", width);
	entrytext_change(buf, sizeof buf, s->before_leg, s->after_leg, arrow);
	field_line(&b, "Leg pain", *buf ? buf : "not rated", width);
	if (s->speed != 1) {
		snprintf(buf, sizeof buf, "a preview at %gx", s->speed);
		field_line(&b, "Speed", buf, width);
	}
	return sb_steal(&b);
}

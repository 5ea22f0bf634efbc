/* SPDX-License-Identifier: ISC */
/* entrytext.c - a diary entry or session in words: one wording for the CLI and the diary list */
#include "config.h"

#include "diary/entrytext.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/strbuf.h"
#include "base/textsafe.h"
#include "base/timefmt.h"
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
	add_labels(&b, &field_locations, e->where, sep);
	add_labels(&b, &field_symptoms, e->symptoms, sep);
	if (e->sitting >= 0)
		sb_addf(&b, "sitting %d min%s", e->sitting, sep);
	if (e->sleep >= 0)
		sb_addf(&b, "sleep %d/10%s", e->sleep, sep);
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
	}
	return sb_steal(&b);
}

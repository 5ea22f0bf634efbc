/* SPDX-License-Identifier: ISC */
/* routine_text.c - a shipped routine's text in the user's language, through the catalogs */
#include "config.h"

#include "routine/routine_text.h"

#include <stdlib.h>

#include "base/i18n.h"
#include "base/textsafe.h"
#include "base/utf8.h"
#include "base/xalloc.h"

/* text's translation under "id|field", when it keeps the rules routine_read.c checks. */
static const char *tr(const char *id, const char *field, const char *text, int max_cols)
{
	if (!text || !*text)
		return text;
	char *ctx = xasprintf("%s|%s", id, field);
	const char *t = i18n_cgettext(ctx, text);
	free(ctx);
	if (t == text)
		return text;
	char *why = textsafe_why(t, 0);
	int w = why ? -1 : utf8_width(t);
	free(why);
	return w > 0 && w <= max_cols ? t : text;
}

void routine_text_exercise(struct exercise *e)
{
	e->title = tr(e->id, "title", e->title, ROUTINE_TITLE_COLS);
	e->summary = tr(e->id, "summary", e->summary, ROUTINE_TEXT_COLS);
	e->position = tr(e->id, "position", e->position, ROUTINE_TEXT_COLS);
	e->caution = tr(e->id, "caution", e->caution, ROUTINE_TEXT_COLS);
	for (size_t i = 0; i < e->ncues; i++)
		e->cues[i] = tr(e->id, "cue", e->cues[i], ROUTINE_TEXT_COLS);
}

void routine_text_routine(struct routine *r)
{
	r->title = routine_text_title(r->id, r->title);
	r->summary = tr(r->id, "summary", r->summary, ROUTINE_TEXT_COLS);
}

const char *routine_text_title(const char *id, const char *title)
{
	return tr(id, "title", title, ROUTINE_TITLE_COLS);
}

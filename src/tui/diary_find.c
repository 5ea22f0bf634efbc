/* SPDX-License-Identifier: ISC */
/* diary_find.c - the diary screen's search and its full view of one entry or session */
#include "config.h"

#include "tui/diary_find.h"

#include <stdio.h>
#include <stdlib.h>

#include "base/diag.h"
#include "base/i18n.h"
#include "base/status.h"
#include "base/xalloc.h"
#include "diary/entrytext.h"
#include "tui/keys.h"
#include "tui/pager.h"

bool diary_find_has(struct diary *db, bool session, int64_t id, const char *text)
{
	struct diags err = {0};
	bool has = false;
	if (session) {
		struct diary_session s;
		if (diary_get_session(db, id, &s, &err) == LB_OK) {
			has = entrytext_session_has(&s, text);
			diary_session_free(&s);
		}
	} else {
		struct diary_entry e;
		if (diary_get_entry(db, id, &e, &err) == LB_OK) {
			has = entrytext_entry_has(&e, text);
			diary_entry_free(&e);
		}
	}
	diags_free(&err);
	return has;
}

size_t diary_find_next(struct diary *db, const struct diary_item *items, size_t n, size_t from,
		       int dir, const char *pattern, char *msg, size_t msg_n)
{
	for (size_t i = from; i < n; i += (size_t)dir) {
		if (diary_find_has(db, items[i].session, items[i].id, pattern)) {
			size_t k = 0, total = 0;
			for (size_t j = 0; j < n; j++)
				if (diary_find_has(db, items[j].session, items[j].id, pattern)) {
					total++;
					if (j <= i)
						k++;
				}
			/* TRANSLATORS: a search in the diary: what was searched for, this match, of
			 * how many; the keys n and N stay. */
			snprintf(msg, msg_n, _("/%.60s: %zu of %zu (n next, N before)"), pattern, k,
				 total);
			return i;
		}
		if (dir < 0 && i == 0)
			break;
	}
	if (dir > 0)
		/* TRANSLATORS: a search in the diary found nothing further back in time. */
		snprintf(msg, msg_n, _("/%.60s: no older match"), pattern);
	else
		/* TRANSLATORS: a search in the diary found nothing nearer today. */
		snprintf(msg, msg_n, _("/%.60s: no newer match"), pattern);
	return n;
}

int diary_find_show(struct tui *t, struct diary *db, bool session, int64_t id)
{
	struct diags err = {0};
	int width = t->cols - 3 > 100 ? 100 : t->cols - 3;
	char *text = NULL, *title;
	if (session) {
		struct diary_session s;
		if (diary_get_session(db, id, &s, &err) == LB_OK) {
			text = entrytext_session_full(&s, t->utf8, width);
			diary_session_free(&s);
		}
		/* TRANSLATORS: the title of a session shown whole; keep the s before its id. */
		title = xasprintf(_("Session s%lld"), (long long)id);
	} else {
		struct diary_entry e;
		if (diary_get_entry(db, id, &e, &err) == LB_OK) {
			text = entrytext_full(&e, t->utf8, width);
			diary_entry_free(&e);
		}
		title = xasprintf(_("Entry %lld"), (long long)id);
	}
	if (!text)
		text = err.n ? xasprintf(_("It is no longer in the diary: %s\n"), err.v[0].msg)
			     : xasprintf("%s\n", _("It is no longer in the diary."));
	diags_free(&err);
	const char *footer = session ? _("q back · / search") : _("e edit · q back · / search");
	int rc = pager_show_keys(t, title, text, footer, session ? KC_PAGER : KC_ENTRYVIEW);
	free(text);
	free(title);
	return rc;
}

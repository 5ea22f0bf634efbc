/* SPDX-License-Identifier: ISC */
/* diary_find.c - the diary screen's search and its full view of one entry or session */
#include "config.h"

#include "tui/diary_find.h"

#include <stdlib.h>

#include "base/diag.h"
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
		title = xasprintf("Session s%lld", (long long)id);
	} else {
		struct diary_entry e;
		if (diary_get_entry(db, id, &e, &err) == LB_OK) {
			text = entrytext_full(&e, t->utf8, width);
			diary_entry_free(&e);
		}
		title = xasprintf("Entry %lld", (long long)id);
	}
	if (!text)
		text = xasprintf("It is no longer in the diary%s%s\n", err.n ? ": " : ".",
				 err.n ? err.v[0].msg : "");
	diags_free(&err);
	const char *footer = session ? (t->utf8 ? "q back · / search" : "q back - / search")
				     : (t->utf8 ? "e edit · q back · / search"
						: "e edit - q back - / search");
	int rc = pager_show_keys(t, title, text, footer, session ? KC_PAGER : KC_ENTRYVIEW);
	free(text);
	free(title);
	return rc;
}

/* SPDX-License-Identifier: ISC */
/* diary.h - the symptom diary: a private SQLite store (the only SQL in limber) */
/*
 * diary/: the store: the SQLite diary, its schema, the record descriptor and the fields;
 * uses base/ and routine/; the only room that speaks SQL.
 */
#ifndef LIMBER_DIARY_H
#define LIMBER_DIARY_H

#include <stdbool.h>
#include <stdint.h>

#include "base/diag.h"
#include "base/status.h"

#define DIARY_FILE "diary.db"
#define DIARY_SCHEMA_VERSION 8
#define DIARY_UID_LEN 32

/* One diary entry. Numbers are -1 and texts NULL when not given. */
struct diary_entry {
	int64_t id;
	char uid[DIARY_UID_LEN + 1];
	int64_t at; /* seconds since the epoch (UTC) */
	int tz;     /* minutes east of UTC on the wall clock where it was logged */
	int back, leg, sitting, sleep;
	unsigned where, symptoms, flags; /* bit masks over the vocabularies in fields.h */
	int flags_now;     /* the red-flag question answered: ANSWER_NO, ANSWER_YES; -1 not asked */
	unsigned gp_flags; /* "see a GP soon" (field_gp_flags) */
	char *meds, *note;
	/* The function score: up to FIELD_ACTIVITIES activities by name, each rated 0..10. */
	char *activity[3];
	int function[3];
	int64_t created, updated;
};

/* One guided session, written by the player. Ratings are -1 when skipped. */
struct diary_session {
	int64_t id;
	char uid[DIARY_UID_LEN + 1];
	char *routine;       /* routine id */
	char *title;         /* its title when played */
	int64_t started, ended;
	int tz;
	int steps_done, steps_skipped, steps_total;
	int before_back, before_leg, after_back, after_leg;
	int legs; /* leg symptoms after it (enum field_legs), -1 when not said */
	bool complete;
	double speed; /* 1 = real time; anything else is a preview */
	bool away;    /* done away from the screen and logged afterwards, not played in limber */
};

struct diary;

enum diary_open_flags {
	DIARY_CREATE = 1, /* create the directory and the file when missing */
	DIARY_READ = 2,   /* only reads: on a read-only or full file system, open read-only */
	DIARY_SALVAGE = 4, /* export: a damaged diary is read (what can be), with a warning */
};

/*
 * Opens DIR/diary.db: WAL, a busy timeout so a second writer waits, the
 * schema migrated forward in one transaction. Directory 0700 and file 0600
 * whatever the umask; looser modes are tightened with a warning in warn.
 * LB_NOT_FOUND when it does not exist and !DIARY_CREATE; LB_NEWER for a
 * diary of a newer limber; LB_BUSY when another writer held it past the
 * busy timeout; LB_DB for a file that is not a limber diary or
 * is damaged (it is left untouched: PRAGMA quick_check runs when the file
 * changed since the last good check, or once a day); LB_IO when the
 * directory or file cannot be made.
 */
enum lb_status diary_open(struct diary **out, const char *dir, int flags, struct diags *warn,
			  struct diags *err);
void diary_close(struct diary *db);
/*
 * How long a write waits for another writer before it fails with LB_BUSY
 * (10 s unless set); tests make it short.
 */
void diary_set_busy_timeout(struct diary *db, int ms);
int diary_busy_timeout(const struct diary *db);
const char *diary_path(const struct diary *db);

void diary_entry_init(struct diary_entry *e);
void diary_entry_free(struct diary_entry *e);
void diary_session_init(struct diary_session *s);
void diary_session_free(struct diary_session *s);
struct record_desc;
/* diary_entry_init or diary_session_init, as d says. */
void diary_record_init(const struct record_desc *d, void *rec);

/* Adds an entry in its own transaction; fills id, uid (when empty), created, updated. */
enum lb_status diary_add_entry(struct diary *db, struct diary_entry *e, int64_t now,
			       struct diags *err);
/* Replaces the entry with e->id; LB_NOT_FOUND when there is none. */
enum lb_status diary_update_entry(struct diary *db, struct diary_entry *e, int64_t now,
				  struct diags *err);
enum lb_status diary_get_entry(struct diary *db, int64_t id, struct diary_entry *out,
			       struct diags *err);
enum lb_status diary_delete_entry(struct diary *db, int64_t id, struct diags *err);
enum lb_status diary_add_session(struct diary *db, struct diary_session *s, struct diags *err);
/* Replaces the session with s->id (its ratings given after it was added); LB_NOT_FOUND when none. */
enum lb_status diary_update_session(struct diary *db, const struct diary_session *s,
				    struct diags *err);
enum lb_status diary_get_session(struct diary *db, int64_t id, struct diary_session *out,
				 struct diags *err);
enum lb_status diary_delete_session(struct diary *db, int64_t id, struct diags *err);

/*
 * Calls fn for every entry and session with from <= time < to, in time
 * order (entries before sessions at the same second). Exactly one of e, s
 * is non-NULL. fn returns non-zero to stop.
 */
typedef int (*diary_visit_fn)(void *ctx, const struct diary_entry *e,
			      const struct diary_session *s);
enum lb_status diary_each(struct diary *db, int64_t from, int64_t to, diary_visit_fn fn,
			  void *ctx, struct diags *err);
/*
 * Only entries, or only sessions: kinds is DIARY_ENTRIES, DIARY_SESSIONS or
 * both; with DIARY_NUMBERS, entries carry only time, pain and symptoms
 * (read from an index alone, for aggregation).
 */
enum diary_kinds { DIARY_ENTRIES = 1, DIARY_SESSIONS = 2, DIARY_NUMBERS = 4 };
enum lb_status diary_each_kind(struct diary *db, int64_t from, int64_t to, int kinds,
			       diary_visit_fn fn, void *ctx, struct diags *err);

/*
 * A damaged diary opened with DIARY_SALVAGE is read a day at a time, and a
 * day that cannot be read is passed over: how many were, so far.
 */
int64_t diary_unread_days(const struct diary *db);

/* The most recent entry at or before until (by time); LB_NOT_FOUND when there is none. */
enum lb_status diary_last_entry(struct diary *db, int64_t until, struct diary_entry *out,
				struct diags *err);

/*
 * Whether an entry answered the red-flag question ("Do you have any of
 * these now?"): it ticked one, or said none. An entry that left it
 * unanswered says nothing about red flags.
 */
static inline bool diary_flags_answered(const struct diary_entry *e)
{
	return e->flags != 0 || e->flags_now >= 0;
}

/*
 * The most recent entry at or before until that answered the red-flag
 * question (diary_flags_answered), from an index of those alone;
 * LB_NOT_FOUND when there is none.
 */
enum lb_status diary_last_answer(struct diary *db, int64_t until, struct diary_entry *out,
				 struct diags *err);

/* Counts of what is stored. */
enum lb_status diary_count(struct diary *db, int64_t *entries, int64_t *sessions,
			   struct diags *err);

/*
 * Import: everything between begin and commit is one transaction. Records
 * whose uid is already stored are left alone (*added = false), so importing
 * the same export twice adds nothing.
 */
enum lb_status diary_import_begin(struct diary *db, struct diags *err);
enum lb_status diary_import_entry(struct diary *db, const struct diary_entry *e, bool *added,
				  struct diags *err);
enum lb_status diary_import_session(struct diary *db, const struct diary_session *s,
				    bool *added, struct diags *err);
/*
 * Inside an import, completes the stored record of the same uid from e or s:
 * what the diary lacks (a rating, a text) is taken; an entry whose updated
 * is later replaces the stored one. *changed says whether anything did.
 */
enum lb_status diary_merge_entry(struct diary *db, const struct diary_entry *e, bool *changed,
				 struct diags *err);
enum lb_status diary_merge_session(struct diary *db, const struct diary_session *s,
				   bool *changed, struct diags *err);
enum lb_status diary_import_commit(struct diary *db, struct diags *err);
void diary_import_rollback(struct diary *db);

/* The most recent medication texts, newest first (form completion). */
enum lb_status diary_recent_meds(struct diary *db, char ***out, size_t *n, size_t max,
				 struct diags *err);

/* A fresh random uid. */
void diary_new_uid(char out[DIARY_UID_LEN + 1]);

#endif

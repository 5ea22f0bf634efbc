/* SPDX-License-Identifier: ISC */
/* diary_impl.h - what the diary's own files share (diary*.c only; the rest use diary.h) */
#ifndef LIMBER_DIARY_IMPL_H
#define LIMBER_DIARY_IMPL_H

#include <sqlite3.h>

#include "diary/diary.h"
#include "diary/record.h"

/* Prepared statements, made once per connection. */
enum stmt {
	ST_INSERT_ENTRY,
	ST_UPDATE_ENTRY,
	ST_GET_ENTRY,
	ST_DELETE_ENTRY,
	ST_INSERT_SESSION,
	ST_UPDATE_SESSION,
	ST_GET_SESSION,
	ST_DELETE_SESSION,
	ST_ENTRIES_BETWEEN,
	ST_NUMBERS_BETWEEN,
	ST_SESSIONS_BETWEEN,
	ST_LAST_ENTRY,
	ST_LAST_ANSWER, /* the newest entry that answered the red-flag question */
	ST_COUNT,
};

struct diary {
	sqlite3 *db;
	char *path;
	sqlite3_stmt *st[ST_COUNT];
};

/* Reports an SQLite failure in words a person can act on (diary.c). */
enum lb_status diary_fail(struct diary *db, struct diags *err, int rc, const char *doing);
/* Runs SQL without results (diary.c). */
int diary_exec(struct diary *db, const char *sql);
/* The first column of the first row of sql; *rc is SQLITE_OK or the failure (diary.c). */
int64_t diary_query_int(struct diary *db, const char *sql, int *rc);

/* The text of a statement, made from the record descriptor; caller frees (diary_row.c). */
char *diary_stmt_sql(enum stmt which);
/* Binds every field of rec to parameters ?1.. in the descriptor's order (diary_row.c). */
void diary_bind(sqlite3_stmt *s, const struct record_desc *d, const void *rec);
/* Reads the current row, columns in the descriptor's order, into rec (diary_row.c). */
void diary_read(sqlite3_stmt *s, const struct record_desc *d, void *rec);

#endif

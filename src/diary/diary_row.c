/* SPDX-License-Identifier: ISC */
/* diary_row.c - a record to and from a row: statements and bindings from the descriptor */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/xalloc.h"
#include "diary/diary_impl.h"

_Static_assert(RE_ID == 0 && RS_ID == 0, "the row id is every record's first column");
_Static_assert(RE_UID == 1 && RS_UID == 1, "the uid is every record's second column");

/* The column list: every field's column, or for numbers only NULL where the index has none. */
static void add_columns(struct strbuf *b, const struct record_desc *d, bool numbers)
{
	for (int i = 0; i < d->count; i++) {
		const struct record_field *f = &d->fields[i];
		bool take = !numbers || (f->flags & RF_NUMBERS);
		sb_addf(b, "%s%s", i ? ", " : "", take ? f->sql : "NULL");
	}
}

static void add_insert(struct strbuf *b, const struct record_desc *d)
{
	sb_addf(b, "INSERT OR IGNORE INTO %s (", d->what);
	add_columns(b, d, false);
	sb_adds(b, ") VALUES (");
	for (int i = 0; i < d->count; i++)
		sb_addf(b, "%s?%d", i ? ", " : "", i + 1);
	sb_adds(b, ")");
}

/* Every field but the id and those fixed when the record was added. */
static void add_update(struct strbuf *b, const struct record_desc *d)
{
	sb_addf(b, "UPDATE %s SET ", d->what);
	bool first = true;
	for (int i = 0; i < d->count; i++) {
		const struct record_field *f = &d->fields[i];
		if (f->kind == RK_ID || (f->flags & RF_FIXED))
			continue;
		sb_addf(b, "%s%s = ?%d", first ? "" : ", ", f->sql, i + 1);
		first = false;
	}
	sb_addf(b, " WHERE %s = ?1", d->fields[0].sql);
}

static void add_select(struct strbuf *b, const struct record_desc *d, bool numbers)
{
	sb_adds(b, "SELECT ");
	add_columns(b, d, numbers);
	sb_addf(b, " FROM %s", d->what);
}

static bool of_sessions(enum stmt which)
{
	return which == ST_INSERT_SESSION || which == ST_UPDATE_SESSION || which == ST_GET_SESSION ||
	       which == ST_DELETE_SESSION || which == ST_SESSIONS_BETWEEN;
}

char *diary_stmt_sql(enum stmt which)
{
	const struct record_desc *d = of_sessions(which) ? &record_session : &record_entry;
	const char *t = d->fields[d->time].sql, *id = d->fields[0].sql;
	/*
	 * Rows of the same time in an order every synced machine shares (the
	 * local ids differ): when added, then the uid.
	 */
	const char *tie = d == &record_entry ? "created, uid" : "uid";
	const char *tie_desc = d == &record_entry ? "created DESC, uid DESC" : "uid DESC";
	struct strbuf b;
	sb_init(&b);
	switch (which) {
	case ST_INSERT_ENTRY:
	case ST_INSERT_SESSION:
		add_insert(&b, d);
		break;
	case ST_UPDATE_ENTRY:
	case ST_UPDATE_SESSION:
		add_update(&b, d);
		break;
	case ST_GET_ENTRY:
	case ST_GET_SESSION:
		add_select(&b, d, false);
		sb_addf(&b, " WHERE %s = ?1", id);
		break;
	case ST_DELETE_ENTRY:
	case ST_DELETE_SESSION:
		sb_addf(&b, "DELETE FROM %s WHERE %s = ?1", d->what, id);
		break;
	case ST_ENTRIES_BETWEEN:
	case ST_SESSIONS_BETWEEN:
		add_select(&b, d, false);
		sb_addf(&b, " WHERE %s >= ?1 AND %s < ?2 ORDER BY %s, %s", t, t, t, tie);
		break;
	case ST_NUMBERS_BETWEEN:
		/* What aggregation reads, from the index alone (the id is its rowid). */
		add_select(&b, d, true);
		sb_addf(&b, " INDEXED BY entry_numbers WHERE %s >= ?1 AND %s < ?2 ORDER BY %s", t,
		        t, t);
		break;
	case ST_LAST_ENTRY:
		add_select(&b, d, false);
		sb_addf(&b, " WHERE %s <= ?1 ORDER BY %s DESC, %s LIMIT 1", t, t, tie_desc);
		break;
	case ST_LAST_ANSWER:
		/* The partial index entry_answered holds exactly these rows (schema 4). */
		add_select(&b, d, false);
		sb_addf(&b, " WHERE (flags <> 0 OR flags_now IS NOT NULL) AND %s <= ?1"
			    " ORDER BY %s DESC, %s DESC LIMIT 1",
			t, t, id);
		break;
	case ST_COUNT:
		break;
	}
	return sb_steal(&b);
}

char *diary_uid_select_sql(const struct record_desc *d)
{
	struct strbuf b;
	sb_init(&b);
	add_select(&b, d, false);
	sb_addf(&b, " WHERE %s = ?1", d->fields[1].sql);
	return sb_steal(&b);
}

static void bind_field(sqlite3_stmt *s, int col, const struct record_field *f, const void *p)
{
	switch (f->kind) {
	case RK_ID:
		if (*(const int64_t *)p > 0)
			sqlite3_bind_int64(s, col, *(const int64_t *)p);
		else
			sqlite3_bind_null(s, col);
		break;
	case RK_UID:
		sqlite3_bind_text(s, col, p, -1, SQLITE_TRANSIENT);
		break;
	case RK_TIME:
		sqlite3_bind_int64(s, col, *(const int64_t *)p);
		break;
	case RK_SCALE:
	case RK_CHOICE:
		if (*(const int *)p < 0)
			sqlite3_bind_null(s, col);
		else
			sqlite3_bind_int(s, col, *(const int *)p);
		break;
	case RK_TZ:
	case RK_COUNT:
		sqlite3_bind_int(s, col, *(const int *)p);
		break;
	case RK_MASK:
		sqlite3_bind_int64(s, col, *(const unsigned *)p);
		break;
	case RK_TEXT: {
		const char *t = *(char *const *)p;
		if (!t && (f->flags & RF_REQUIRED))
			t = ""; /* the column is NOT NULL */
		if (t)
			sqlite3_bind_text(s, col, t, -1, SQLITE_TRANSIENT);
		else
			sqlite3_bind_null(s, col);
		break;
	}
	case RK_BOOL:
		sqlite3_bind_int(s, col, *(const bool *)p ? 1 : 0);
		break;
	case RK_REAL:
		sqlite3_bind_double(s, col, *(const double *)p);
		break;
	}
}

void diary_bind(sqlite3_stmt *s, const struct record_desc *d, const void *rec)
{
	for (int i = 0; i < d->count; i++)
		bind_field(s, i + 1, &d->fields[i], record_cptr(rec, &d->fields[i]));
}

/* A uid column into its fixed buffer (a hot path: no printf). */
static void copy_uid(char dst[DIARY_UID_LEN + 1], const unsigned char *src)
{
	size_t n = src ? strnlen((const char *)src, DIARY_UID_LEN) : 0;
	memcpy(dst, src ? (const char *)src : "", n);
	dst[n] = '\0';
}

static void read_field(sqlite3_stmt *s, int col, const struct record_field *f, void *p)
{
	switch (f->kind) {
	case RK_ID:
	case RK_TIME:
		*(int64_t *)p = sqlite3_column_int64(s, col);
		break;
	case RK_UID:
		copy_uid(p, sqlite3_column_text(s, col));
		break;
	case RK_SCALE:
	case RK_CHOICE:
		*(int *)p =
		    sqlite3_column_type(s, col) == SQLITE_NULL ? -1 : sqlite3_column_int(s, col);
		break;
	case RK_TZ:
	case RK_COUNT:
		*(int *)p = sqlite3_column_int(s, col);
		break;
	case RK_MASK:
		*(unsigned *)p = (unsigned)sqlite3_column_int64(s, col);
		break;
	case RK_TEXT: {
		const unsigned char *t = sqlite3_column_text(s, col);
		*(char **)p = t ? xstrdup((const char *)t) : NULL;
		break;
	}
	case RK_BOOL:
		*(bool *)p = sqlite3_column_int(s, col) != 0;
		break;
	case RK_REAL:
		*(double *)p = sqlite3_column_double(s, col);
		break;
	}
}

void diary_read(sqlite3_stmt *s, const struct record_desc *d, void *rec)
{
	for (int i = 0; i < d->count; i++)
		read_field(s, i, &d->fields[i], record_ptr(rec, &d->fields[i]));
}

/* SPDX-License-Identifier: ISC */
/* record.h - one descriptor of the entry and session fields, and the rules over them */
#ifndef LIMBER_RECORD_H
#define LIMBER_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "diary/diary.h"
#include "diary/fields.h"

/* How a field is held in its struct, stored, written and read. */
enum record_kind {
	RK_ID,    /* int64_t: the local row id; stored, never exported */
	RK_UID,   /* char[DIARY_UID_LEN + 1]: what travels between diaries */
	RK_TIME,  /* int64_t seconds since the epoch, written in the record's zone */
	RK_TZ,    /* int minutes east of UTC: travels inside the zone time's text */
	RK_SCALE, /* int within its field_info's range, -1 when not given */
	RK_COUNT, /* int, never negative, always given */
	RK_MASK,  /* unsigned bit mask over its field_info's vocabulary */
	RK_CHOICE, /* int: one word of its field_info's vocabulary, -1 when not given */
	RK_TEXT,  /* char *, NULL when not given */
	RK_BOOL,  /* bool */
	RK_REAL,  /* double within its field_info's range */
};

enum record_flag {
	RF_REQUIRED = 1, /* a text the record cannot be without */
	RF_FIXED = 2,    /* set when the record is added, never by an update */
	RF_ZONE = 4,     /* the record's time: its text carries the zone, rows sort by it */
	RF_END = 8,      /* a time that must not come before the record's time */
	RF_NUMBERS = 16, /* in the index that aggregation reads (DIARY_NUMBERS) */
	RF_LATER = 32,   /* added after the first export format: older files lack it (not given) */
};

/* Activity n (1..FIELD_ACTIVITIES) of the function score and its rating: two fields. */
#define RECORD_ACTIVITY(X, n)                                                                      \
	X(RE_ACTIVITY##n, "activity_" #n, NULL, "activity" #n, RK_TEXT, RF_LATER, activity[n - 1], \
	  &field_table[F_ACTIVITY])                                                                \
	X(RE_FUNCTION##n, "function_" #n, NULL, "function" #n, RK_SCALE, RF_LATER,                 \
	  function[n - 1], &field_table[F_FUNCTION])

/*
 * The fields of an entry, in the order of the SQL columns, the CSV columns and
 * the JSON keys. X(id, name, csv, sql, kind, flags, member, info): name is the
 * JSON key and CSV column, csv a different CSV column or NULL, sql the column
 * in the diary, info the limits, option and label in fields.h or NULL.
 * One list gives the index enum below and the table in record.c, so the two
 * cannot drift; adding a field means a member in diary.h, a row here and a
 * migration in diary_migrations.c.
 */
#define RECORD_ENTRY_LIST(X)                                                                       \
	X(RE_ID, "id", NULL, "id", RK_ID, RF_NUMBERS, id, NULL)                                    \
	X(RE_UID, "uid", NULL, "uid", RK_UID, RF_FIXED, uid, NULL)                                 \
	X(RE_AT, "time", NULL, "at", RK_TIME, RF_ZONE | RF_NUMBERS, at, NULL)                      \
	X(RE_TZ, "tz", NULL, "tz", RK_TZ, 0, tz, NULL)                                             \
	X(RE_BACK, "back", NULL, "back", RK_SCALE, RF_NUMBERS, back, &field_table[F_BACK])         \
	X(RE_LEG, "leg", NULL, "leg", RK_SCALE, RF_NUMBERS, leg, &field_table[F_LEG])              \
	X(RE_WHERE, "where", NULL, "locations", RK_MASK, 0, where, &field_table[F_WHERE])          \
	X(RE_SYMPTOMS, "symptoms", NULL, "symptoms", RK_MASK, RF_NUMBERS, symptoms,                \
	  &field_table[F_SYMPTOMS])                                                                \
	X(RE_SITTING, "sitting", NULL, "sitting", RK_SCALE, RF_NUMBERS, sitting,                \
	  &field_table[F_SITTING])                                                                 \
	X(RE_SLEEP, "sleep", NULL, "sleep", RK_SCALE, RF_NUMBERS, sleep, &field_table[F_SLEEP])    \
	X(RE_MEDS, "meds", NULL, "meds", RK_TEXT, 0, meds, &field_table[F_MEDS])                   \
	X(RE_NOTE, "note", NULL, "note", RK_TEXT, 0, note, &field_table[F_NOTE])                   \
	X(RE_FLAGS, "red_flags", NULL, "flags", RK_MASK, 0, flags, &field_table[F_FLAGS])          \
	RECORD_ACTIVITY(X, 1)                                                                      \
	RECORD_ACTIVITY(X, 2)                                                                      \
	RECORD_ACTIVITY(X, 3)                                                                      \
	X(RE_FLAGS_NOW, "red_flags_now", NULL, "flags_now", RK_CHOICE, RF_LATER, flags_now,        \
	  &field_table[F_FLAGS_NOW])                                                               \
	X(RE_GP_FLAGS, "gp_flags", NULL, "gp_flags", RK_MASK, RF_LATER, gp_flags,                  \
	  &field_table[F_GP_FLAGS])                                                                \
	X(RE_CREATED, "created", NULL, "created", RK_TIME, RF_FIXED, created, NULL)                \
	X(RE_UPDATED, "updated", NULL, "updated", RK_TIME, 0, updated, NULL)

/* The fields of a session, the same way. Its time shares the entries' CSV column. */
#define RECORD_SESSION_LIST(X)                                                                     \
	X(RS_ID, "id", NULL, "id", RK_ID, 0, id, NULL)                                             \
	X(RS_UID, "uid", NULL, "uid", RK_UID, RF_FIXED, uid, NULL)                                 \
	X(RS_ROUTINE, "routine", NULL, "routine", RK_TEXT, RF_REQUIRED, routine,                \
	  &field_table[F_ROUTINE])                                                                 \
	X(RS_TITLE, "title", NULL, "title", RK_TEXT, 0, title, &field_table[F_TITLE])              \
	X(RS_STARTED, "started", "time", "started", RK_TIME, RF_ZONE, started, NULL)               \
	X(RS_ENDED, "ended", NULL, "ended", RK_TIME, RF_END, ended, NULL)                          \
	X(RS_TZ, "tz", NULL, "tz", RK_TZ, 0, tz, NULL)                                             \
	X(RS_STEPS_DONE, "steps_done", NULL, "steps_done", RK_COUNT, 0, steps_done, NULL)          \
	X(RS_STEPS_SKIPPED, "steps_skipped", NULL, "steps_skipped", RK_COUNT, 0, steps_skipped,    \
	  NULL)                                                                                    \
	X(RS_STEPS_TOTAL, "steps_total", NULL, "steps_total", RK_COUNT, 0, steps_total, NULL)      \
	X(RS_BEFORE_BACK, "before_back", NULL, "before_back", RK_SCALE, 0, before_back,            \
	  &field_table[F_BACK])                                                                    \
	X(RS_BEFORE_LEG, "before_leg", NULL, "before_leg", RK_SCALE, 0, before_leg,                \
	  &field_table[F_LEG])                                                                     \
	X(RS_AFTER_BACK, "after_back", NULL, "after_back", RK_SCALE, 0, after_back,                \
	  &field_table[F_BACK])                                                                    \
	X(RS_AFTER_LEG, "after_leg", NULL, "after_leg", RK_SCALE, 0, after_leg,                    \
	  &field_table[F_LEG])                                                                     \
	X(RS_LEGS, "leg_symptoms", NULL, "legs", RK_CHOICE, RF_LATER, legs, &field_table[F_LEGS])  \
	X(RS_COMPLETE, "complete", NULL, "complete", RK_BOOL, 0, complete, NULL)                   \
	X(RS_SPEED, "speed", NULL, "speed", RK_REAL, 0, speed, &field_table[F_SPEED])              \
	X(RS_AWAY, "away", NULL, "away", RK_BOOL, RF_LATER, away, NULL)

#define RECORD_ENUM(id, name, csv, sql, kind, flags, member, info) id,
enum record_entry_field { RECORD_ENTRY_LIST(RECORD_ENUM) RE_COUNT };
enum record_session_field { RECORD_SESSION_LIST(RECORD_ENUM) RS_COUNT };
#undef RECORD_ENUM

struct record_field {
	const char *name; /* JSON key, CSV column */
	const char *csv;  /* the CSV column: name unless shared with another record's */
	const char *sql;  /* the diary's column */
	enum record_kind kind;
	unsigned flags;                /* enum record_flag */
	size_t offset;                 /* into struct diary_entry or struct diary_session */
	const struct field_info *info; /* limits, option, label, vocabulary; NULL when none */
};

struct record_desc {
	const char *what; /* "entry", "session": the CSV type and the SQL table */
	size_t size;      /* of the struct */
	const struct record_field *fields;
	int count;
	int time; /* the RF_ZONE field */
	int zone; /* the RK_TZ field */
};

extern const struct record_desc record_entry, record_session;

/* Where field f lives in rec. */
static inline void *record_ptr(void *rec, const struct record_field *f)
{
	return (char *)rec + f->offset;
}

static inline const void *record_cptr(const void *rec, const struct record_field *f)
{
	return (const char *)rec + f->offset;
}

/* Whether a field is written to and read from CSV and JSON (ids and zones are not). */
static inline bool record_exported(const struct record_field *f)
{
	return f->kind != RK_ID && f->kind != RK_TZ;
}

/* How many bytes field f takes in its struct. */
size_t record_field_size(const struct record_field *f);

/* The record's zone, minutes east of UTC: every time of it is written in that zone. */
int record_zone(const struct record_desc *d, const void *rec);

/* Sets every field to "not given": zero, -1 for a scale. */
void record_init(const struct record_desc *d, void *rec);
/* Frees the record's texts, then record_init. */
void record_free(const struct record_desc *d, void *rec);

/*
 * Checks a record read from a file against the limits: fn gets each problem
 * as a message naming the field ("back must be 0..10, got 12"); false when
 * there was any.
 */
typedef void (*record_problem_fn)(void *ctx, const char *msg);
bool record_check(const struct record_desc *d, const void *rec, record_problem_fn fn, void *ctx);

/* The longest a session may last. */
#define RECORD_SESSION_MAX_SECONDS 86400

/* A set of entry fields: bit 1u << RE_* for each. */
#define RECORD_BIT(id) (1u << (id))

/*
 * Copies the fields named in given from src into dst, as `limber edit`
 * replaces them: texts are copied (NULL clears); a new time without RE_TZ
 * takes the local zone's offset at that time.
 */
void record_entry_merge(struct diary_entry *dst, const struct diary_entry *src, unsigned given);

/* Whether an entry says nothing about how it feels: no measure, no list, no text but "". */
bool record_entry_empty(const struct diary_entry *e);

#endif

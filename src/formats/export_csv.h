/* SPDX-License-Identifier: ISC */
/* export_csv.h - the CSV form of the diary: one table for entries and sessions */
#ifndef LIMBER_EXPORT_CSV_H
#define LIMBER_EXPORT_CSV_H

#include <stdbool.h>
#include <stdio.h>

#include "diary/diary.h"

#define EXPORT_CSV_MAX_COLUMNS 64

/*
 * The columns, made from record.h: "type", every exported entry field, then
 * every session field whose column the entries do not already have. For each
 * column, the entry and the session field written there, or -1.
 */
struct export_csv_layout {
	int count;
	const char *names[EXPORT_CSV_MAX_COLUMNS];
	int entry[EXPORT_CSV_MAX_COLUMNS], session[EXPORT_CSV_MAX_COLUMNS];
};

void export_csv_layout(struct export_csv_layout *l);

/* Whether a spreadsheet would take text s as a formula: = + - @, ASCII or fullwidth, after
 * any spaces, or a leading tab, CR or LF; or s begins with our escape, an apostrophe. */
bool export_csv_formula_start(const char *s);

/* Writes the header and the records with from <= time < to; db may be NULL. */
enum lb_status export_csv_write(struct diary *db, FILE *out, int64_t from, int64_t to,
                                struct diags *err);

#endif

/* SPDX-License-Identifier: ISC */
/* export_json.h - the JSON form of the diary */
#ifndef LIMBER_EXPORT_JSON_H
#define LIMBER_EXPORT_JSON_H

#include <stdio.h>

#include "diary/diary.h"

#define EXPORT_JSON_FORMAT  "limber-diary"
#define EXPORT_JSON_VERSION 1

/* Writes the records with from <= time < to, entries then sessions; db may be NULL. */
enum lb_status export_json_write(struct diary *db, FILE *out, int64_t from, int64_t to,
                                 struct diags *err);

/* Writes a document of the same form holding only the given sessions (no diary needed). */
enum lb_status export_json_write_sessions(FILE *out, const struct diary_session *v, size_t n,
                                          struct diags *err);

#endif

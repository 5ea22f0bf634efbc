/* SPDX-License-Identifier: ISC */
/* import_impl.h - what the import driver (import.c) and its two formats share; import_read.c
 * holds the shared reading, so the formats call down to it and never back into import.c */
#ifndef LIMBER_IMPORT_IMPL_H
#define LIMBER_IMPORT_IMPL_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "base/strbuf.h"
#include "diary/record.h"
#include "formats/export.h"

/* The most an import reads, and the longest line (CSV) or record (JSON) it takes. */
#define IMPORT_MAX_BYTES (256L * 1024 * 1024)
#define IMPORT_MAX_LINE (64 * 1024)
#define IMPORT_MAX_PROBLEMS 20

/* The input, read with limits: nothing unbounded reaches memory. */
struct import_in {
	FILE *f;
	long bytes;    /* read so far */
	int line;      /* the line being read, from 1 */
	bool too_big;  /* IMPORT_MAX_BYTES was passed */
};

struct importer {
	struct diary *db;
	const char *path;
	struct import_result *res;
	struct diags *err;
	int64_t now;
	bool store;     /* false: the first pass, which only reads and checks */
	bool merge;     /* a record already present is completed from the file */
	size_t problems;
	bool db_failed;
	struct import_in in;
};

void import_problem(struct importer *im, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Whether to go on reading: no database failure and not too many problems. */
bool import_going(const struct importer *im);

/* A byte of the input, or EOF (also at IMPORT_MAX_BYTES, with a problem). */
int import_getc(struct importer *im);
/* The next line into b, its '\n' kept; false at the end or after a problem (too long, NUL). */
bool import_getline(struct importer *im, struct strbuf *b);

bool import_set_uid(struct importer *im, int line, char dst[DIARY_UID_LEN + 1], const char *src);
bool import_cell_time(struct importer *im, int line, const char *name, const char *s, int64_t *t,
		      int *tz);
/* The words of s into field f at p: a list for RK_MASK, one word for RK_CHOICE; name is the column. */
bool import_cell_words(struct importer *im, int line, const struct record_field *f,
		       const char *name, const char *s, void *p);
/* Checks a record read whole and, on the second pass, stores it. */
void import_store(struct importer *im, int line, const struct record_desc *d, const void *rec);

/* The import itself (import.c): export_import_stream with the choice of merging. */
enum lb_status import_run(struct diary *db, FILE *f, const char *path, int64_t now, bool merge,
			  struct import_result *res, struct diags *err);

/* The two formats, read from im->in. */
void import_csv(struct importer *im);
void import_json(struct importer *im);

#endif

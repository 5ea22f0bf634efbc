/* SPDX-License-Identifier: ISC */
/* cfgfile.h - reading a libconfuse file safely, with exact line numbers */
#ifndef LIMBER_CFGFILE_H
#define LIMBER_CFGFILE_H

#include <confuse.h>

#include "base/cfgfile_text.h"
#include "base/diag.h"
#include "base/status.h"

/* A key written inside a section, and the line it is on. */
struct cfgfile_key {
	const char *name; /* the option's own name, from the option table */
	int line;
};

/* A section as written in the file: `kind "id" { ... }` or `kind { ... }`. */
struct cfgfile_section {
	char *kind;
	char *id; /* the title as written, unquoted; NULL when untitled */
	int line; /* the line of its header */
	int parent; /* index of the enclosing section; 0 is the file itself */
	struct cfgfile_key *keys;
	size_t nkeys, keys_cap;
};

/*
 * A parsed file. The text handed to libconfuse has comments blanked out
 * (libconfuse 3.3 miscounts lines after comments and rejects comments inside
 * lists) and every section title replaced by its index in sec[], so sections
 * with the same title never merge and each maps back to its header line.
 * sec[0] stands for the file's top level.
 */
struct cfgfile {
	char *path;
	cfg_t *cfg;
	struct cfgfile_section *sec;
	size_t nsec, sec_cap;
};

/*
 * Reads PATH and parses it against opts. LB_OK: cf->cfg holds the tree.
 * LB_IO: the file could not be read (d says why). LB_INVALID: problems in d.
 * Non-fatal problems (a key given twice) are added to d even on LB_OK, so
 * callers judge a file by the problems reported for it.
 */
enum lb_status cfgfile_load(struct cfgfile *cf, const char *path, cfg_opt_t *opts,
			    struct diags *d);
/* Same, from a string (tests); path names it in messages. */
enum lb_status cfgfile_load_buf(struct cfgfile *cf, const char *path, const char *buf, size_t n,
				cfg_opt_t *opts, struct diags *d);

/* The written section behind a parsed one (root: sec[0]). */
const struct cfgfile_section *cfgfile_section(const struct cfgfile *cf, cfg_t *sec);
/* The first section of that kind written inside parent (as `progress { }`), or NULL. */
const struct cfgfile_section *cfgfile_child(const struct cfgfile *cf,
					    const struct cfgfile_section *parent, const char *kind);
/* Line of KEY in a written section, or the section's own line when absent. */
int cfgfile_key_line(const struct cfgfile_section *s, const char *key);
/* Whether KEY was written in the section. */
int cfgfile_has_key(const struct cfgfile_section *s, const char *key);

void cfgfile_free(struct cfgfile *cf);

#endif

/* SPDX-License-Identifier: ISC */
/* paths.h - where limber's files live (XDG base directories) */
#ifndef LIMBER_PATHS_H
#define LIMBER_PATHS_H

#include "base/diag.h"
#include "base/status.h"

/* $XDG_CONFIG_HOME/limber (default ~/.config/limber); caller frees. NULL without HOME. */
char *paths_config_dir(void);
/* $XDG_DATA_HOME/limber (default ~/.local/share/limber); caller frees. NULL without HOME. */
char *paths_data_dir(void);
/*
 * The file a build writes next to its binary (never installed): one line, the
 * absolute source directory, so that a binary run from its build tree uses
 * the tree's routines without any build path compiled in.
 */
#define PATHS_TREE_MARKER "limber-srcdir"
/* SRCDIR/routines when EXE_DIR holds the marker above naming SRCDIR, else NULL. Caller frees. */
char *paths_tree_routines(const char *exe_dir);
/*
 * The shipped routines: the tree's routines/ when this binary runs from its
 * build tree (the marker above beside /proc/self/exe), else
 * $(pkgdatadir)/routines. Caller frees.
 */
char *paths_shipped_routines(void);
/*
 * Creates DIR and its missing parents; DIR itself gets mode 0700 whatever the
 * umask (an existing DIR with looser modes is tightened; *tightened says so).
 */
enum lb_status paths_make_private_dir(const char *dir, int *tightened, struct diags *d);
/*
 * Gives PATH the permission bits MODE if it has others; *was gets the bits it
 * had. TYPE (S_IFDIR, S_IFREG) is the file type it must have, 0 for any.
 * Returns 0; -1 when PATH is missing or of another type; or chmod's errno.
 */
int paths_set_mode(const char *path, unsigned type, unsigned mode, unsigned *was);

#endif

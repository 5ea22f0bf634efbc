/* paths.h - where limber's files live (XDG base directories) */
#ifndef LIMBER_PATHS_H
#define LIMBER_PATHS_H

#include "diag.h"
#include "status.h"

/* $XDG_CONFIG_HOME/limber (default ~/.config/limber); caller frees. NULL without HOME. */
char *paths_config_dir(void);
/* $XDG_DATA_HOME/limber (default ~/.local/share/limber); caller frees. NULL without HOME. */
char *paths_data_dir(void);
/*
 * The shipped routines: the source tree's routines/ when this binary runs
 * from its build tree, else $(pkgdatadir)/routines. Caller frees.
 */
char *paths_shipped_routines(void);
/*
 * Creates DIR and its missing parents; DIR itself gets mode 0700 whatever the
 * umask (an existing DIR with looser modes is tightened; *tightened says so).
 */
enum lb_status paths_make_private_dir(const char *dir, int *tightened, struct diags *d);

#endif

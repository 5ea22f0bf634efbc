/* SPDX-License-Identifier: ISC */
/*
 * timers.h - the reminder face: systemd user units on disk
 * ($XDG_CONFIG_HOME/systemd/user) and systemctl --user
 */
#ifndef LIMBER_TIMERS_H
#define LIMBER_TIMERS_H

#include <stddef.h>

#include "base/diag.h"
#include "base/status.h"

/* The files' prefix: limber-remind-HHMM.timer and limber-remind.service. */
#define TIMERS_PREFIX  "limber-remind"
#define TIMERS_SERVICE TIMERS_PREFIX ".service"

/* $XDG_CONFIG_HOME/systemd/user (default ~/.config/systemd/user); NULL without HOME. */
char *timers_dir(void);
/* The names of limber's timers in dir (TIMERS_PREFIX-*.timer), sorted; NULL and 0 for none. */
char **timers_find(const char *dir, size_t *n);
void timers_free_names(char **names, size_t n);
/* The text of dir/name, or NULL when it cannot be read. */
char *timers_read(const char *dir, const char *name);
/* Writes dir/name whole or not at all, making dir when missing. */
enum lb_status timers_write(const char *dir, const char *name, const char *text, struct diags *err);
/* Removes dir/name; one that is already gone is fine. */
enum lb_status timers_remove(const char *dir, const char *name, struct diags *err);
/*
 * Runs `systemctl --user ARGS...` (args ends with NULL). Returns its exit
 * status, or -1 when it could not be run; *said (a new string) is the first
 * line it printed, or why it could not run. Its output is not shown.
 */
int timers_systemctl(const char *const *args, char **said);

#endif

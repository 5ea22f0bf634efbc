/* SPDX-License-Identifier: ISC */
/* status.h - status codes: one list, its messages and exit statuses */
/*
 * base/: the ground. Small tools any room may use (errors, memory, text, time, paths, files);
 * it knows nothing of routines, the diary or the screen, and includes only base/.
 */
#ifndef LIMBER_STATUS_H
#define LIMBER_STATUS_H

#include "base/i18n.h"

/*
 * Status codes: one list, expanded into the enum, the message table and the
 * exit status each maps to (0 ok, 1 runtime failure, 2 invalid input).
 * The messages are marked N_ and translated by lb_status_str().
 */
#define LB_STATUS_LIST(X)                                                                          \
	X(LB_OK, 0, N_("success"))                                                                 \
	X(LB_INVALID, 2, N_("invalid input"))                                                      \
	X(LB_USAGE, 2, N_("usage error"))                                                          \
	X(LB_NOT_FOUND, 2, N_("not found"))                                                        \
	X(LB_IO, 1, N_("input/output error"))                                                      \
	X(LB_DB, 1, N_("database error"))                                                          \
	X(LB_BUSY, 1, N_("the diary stayed busy"))                                                 \
	X(LB_NEWER, 1, N_("written by a newer limber"))

enum lb_status {
#define LB_STATUS_ENUM(name, exit, msg) name,
	LB_STATUS_LIST(LB_STATUS_ENUM)
#undef LB_STATUS_ENUM
};

/* The human text of a status code. */
const char *lb_status_str(enum lb_status st);
/* The process exit status a status code maps to. */
int lb_status_exit(enum lb_status st);

#endif

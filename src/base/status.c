/* SPDX-License-Identifier: ISC */
/* status.c - the message and exit status of each status code */
#include "config.h"

#include "base/status.h"

static const struct {
	int exit;
	const char *msg;
} status_table[] = {
#define LB_STATUS_ROW(name, ex, text) [name] = {ex, text},
	LB_STATUS_LIST(LB_STATUS_ROW)
#undef LB_STATUS_ROW
};

const char *lb_status_str(enum lb_status st)
{
	return _(status_table[st].msg);
}

int lb_status_exit(enum lb_status st)
{
	return status_table[st].exit;
}

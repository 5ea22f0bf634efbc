/* SPDX-License-Identifier: ISC */
/* test_status.c - status codes map to messages and exit statuses */
#include "config.h"

#include <criterion/criterion.h>

#include "base/status.h"

Test(status, status_table_maps_exit_codes)
{
	cr_assert_eq(lb_status_exit(LB_OK), 0);
	cr_assert_eq(lb_status_exit(LB_INVALID), 2);
	cr_assert_eq(lb_status_exit(LB_USAGE), 2);
	cr_assert_eq(lb_status_exit(LB_IO), 1);
	cr_assert_eq(lb_status_exit(LB_DB), 1);
	cr_assert_str_eq(lb_status_str(LB_IO), "input/output error");
}

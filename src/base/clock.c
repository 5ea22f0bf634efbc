/* SPDX-License-Identifier: ISC */
/* clock.c - time sources: the monotonic clock sessions run on, and the wall clock */
#include "config.h"

#include "base/clock.h"

#include <time.h>

int64_t clock_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int64_t clock_wall(void)
{
	return (int64_t)time(NULL);
}

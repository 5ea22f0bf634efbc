/* SPDX-License-Identifier: ISC */
/* clock.h - time sources: the monotonic clock sessions run on, and the wall clock */
#ifndef LIMBER_CLOCK_H
#define LIMBER_CLOCK_H

#include <stdint.h>

/* Milliseconds on CLOCK_MONOTONIC: never jumps with the wall clock. */
int64_t clock_now_ms(void);
/* Seconds since the epoch (UTC). */
int64_t clock_wall(void);

#endif

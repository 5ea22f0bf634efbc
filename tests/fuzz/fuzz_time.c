/* SPDX-License-Identifier: ISC */
/* fuzz_time.c - libFuzzer target: any bytes as a date or time (--at, --since, import) */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/timefmt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	time_t t;
	char *err = NULL;
	timefmt_parse_datetime("--at", s, 1795600000, &t, &err);
	free(err);
	err = NULL;
	timefmt_parse_date("--since", s, &t, &err);
	free(err);
	int64_t at;
	int off;
	timefmt_parse_iso(s, &at, &off);
	free(s);
	return 0;
}

/* SPDX-License-Identifier: ISC */
/* fuzz_routine.c - libFuzzer target: any bytes as a routine file */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "routine/routine.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	struct library lib;
	library_init(&lib);
	library_add_buf(&lib, "fuzz.conf", text);
	library_finish(&lib);
	library_free(&lib);
	free(text);
	return 0;
}

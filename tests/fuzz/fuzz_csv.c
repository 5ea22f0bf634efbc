/* SPDX-License-Identifier: ISC */
/* fuzz_csv.c - libFuzzer target: any bytes as a CSV file for limber import */
#include "config.h"

#include "fuzz_import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_import(data, size, 't'); /* CSV begins with its header, "type,..." */
}

/* SPDX-License-Identifier: ISC */
/* fuzz_import.h - the import targets' shared driver: bytes as a file given to limber import */
#ifndef LIMBER_FUZZ_IMPORT_H
#define LIMBER_FUZZ_IMPORT_H

#include <stddef.h>
#include <stdint.h>

/* Imports data as a file whose first byte is first (prepended when it differs). */
int fuzz_import(const uint8_t *data, size_t size, char first);

#endif

/* SPDX-License-Identifier: ISC */
/* cfgfile_text.h - a configuration file's raw text: read within limits, checked to be text */
#ifndef LIMBER_CFGFILE_TEXT_H
#define LIMBER_CFGFILE_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"
#include "base/status.h"

/* Limits on the raw text, checked before libconfuse sees it. */
#define CFGFILE_MAX_BYTES (1024 * 1024)
#define CFGFILE_MAX_LINE 4096
#define CFGFILE_MAX_PROBLEMS 20

/*
 * Reads PATH whole into *buf (NUL-terminated, *n bytes; caller frees).
 * LB_IO: it cannot be opened or read, or is not a regular file.
 * LB_INVALID: it is larger than CFGFILE_MAX_BYTES. d says why.
 */
enum lb_status cfgfile_text_read(const char *path, char **buf, size_t *n, struct diags *d);

/*
 * Whether buf[0..n) is text the scanner may read: within CFGFILE_MAX_BYTES,
 * valid UTF-8, no control bytes, no line over CFGFILE_MAX_LINE. Reports up to
 * CFGFILE_MAX_PROBLEMS problems to d.
 */
bool cfgfile_text_check(const char *path, const char *buf, size_t n, struct diags *d);

#endif

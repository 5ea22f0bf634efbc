/* SPDX-License-Identifier: ISC */
/* cfgfile_text.c - a configuration file's raw text: read within limits, checked to be text */
#include "config.h"

#include "base/cfgfile_text.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/utf8.h"
#include "base/xalloc.h"

/* The first problem in one line of text (not its length), or false. */
static bool check_line(const char *path, int line, const unsigned char *s, size_t len,
		       struct diags *d)
{
	for (size_t j = 0; j < len; j++) {
		unsigned char c = s[j];
		if ((unsigned)(c - 0x20) < 0x5f) /* printable ASCII: nearly every byte */
			continue;
		if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7f) {
			diags_add(d, path, line, _("not text: control byte 0x%02x at column %zu"),
			          c, j + 1);
			return true;
		}
		if (c >= 0x80) {
			size_t want = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2, bad;
			if (j + want > len || !utf8_valid((const char *)s + j, want, &bad)) {
				diags_add(d, path, line,
				          _("invalid UTF-8 (byte 0x%02x at column %zu)"), c, j + 1);
				return true;
			}
			j += want - 1;
		}
	}
	return false;
}

/* Rejects what is not text: bad UTF-8, control bytes, enormous lines. */
static bool check_lines(const char *path, const char *buf, size_t n, struct diags *d)
{
	size_t problems = 0;
	int line = 1;
	const char *p = buf, *end = buf + n;
	while (problems < CFGFILE_MAX_PROBLEMS) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = (size_t)((nl ? nl : end) - p);
		if (len > CFGFILE_MAX_LINE) {
			diags_add(d, path, line, _("line is %zu bytes long; the limit is %d"), len,
			          CFGFILE_MAX_LINE);
			problems++;
		} else if (check_line(path, line, (const unsigned char *)p, len, d)) {
			problems++;
		}
		if (!nl)
			break;
		p = nl + 1;
		line++;
	}
	if (problems >= CFGFILE_MAX_PROBLEMS)
		diags_add(d, path, 0, _("too many problems; stopped looking"));
	return problems == 0;
}

bool cfgfile_text_check(const char *path, const char *buf, size_t n, struct diags *d)
{
	if (n > CFGFILE_MAX_BYTES) {
		diags_add(d, path, 0, _("file is %zu bytes; the limit is %d"), n,
		          CFGFILE_MAX_BYTES);
		return false;
	}
	return check_lines(path, buf, n, d);
}

/* Reads an open file whole; one that grows while read, or a device, stops past the limit. */
static enum lb_status read_all(int fd, const char *path, size_t size, char **out, size_t *len,
			       struct diags *d)
{
	size_t cap = size + 1, n = 0;
	char *buf = xmalloc(cap);
	for (;;) {
		if (n == cap - 1) {
			if (cap > CFGFILE_MAX_BYTES + 1)
				break;
			cap *= 2;
			buf = xrealloc(buf, cap);
		}
		ssize_t r = read(fd, buf + n, cap - 1 - n);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			diags_add(d, path, 0, _("cannot read: %s"), strerror(errno));
			free(buf);
			return LB_IO;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return LB_OK;
}

enum lb_status cfgfile_text_read(const char *path, char **buf, size_t *n, struct diags *d)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		diags_add(d, path, 0, _("cannot open: %s"), strerror(errno));
		return LB_IO;
	}
	struct stat st;
	enum lb_status rc;
	/* A device or a pipe is read to its end (--config /dev/null: no settings). */
	if (fstat(fd, &st) < 0 ||
	    !(S_ISREG(st.st_mode) || S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))) {
		diags_add(d, path, 0, _("not a regular file"));
		rc = LB_IO;
	} else if (!S_ISREG(st.st_mode)) {
		rc = read_all(fd, path, 0, buf, n, d);
	} else if (st.st_size > CFGFILE_MAX_BYTES) {
		diags_add(d, path, 0, _("file is %lld bytes; the limit is %d"),
		          (long long)st.st_size, CFGFILE_MAX_BYTES);
		rc = LB_INVALID;
	} else {
		rc = read_all(fd, path, (size_t)st.st_size, buf, n, d);
	}
	close(fd);
	return rc;
}

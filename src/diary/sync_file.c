/* SPDX-License-Identifier: ISC */
/*
 * sync_file.c - the files in the synced folder: changesets under a header,
 * written whole; the machine id; what each machine has applied.
 *
 * A changeset file is one line of text, then the changeset's bytes:
 *   limber-changeset 1 schema 7 machine <id> seq 7 time 1790000000 length 812 crc32 0a1b2c3d
 * (limber-snapshot for a snapshot). A sync engine may show a file half
 * copied; the length and the CRC-32 tell, and the file waits for a later sync.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "diary/sync_impl.h"
#include "base/i18n.h"
#include "base/outfile.h"
#include "base/strbuf.h"
#include "base/xalloc.h"

#define HEADER_MAX 256
#define FILE_MAX   (256L << 20) /* no changeset of a diary comes near this */

bool sync_id_valid(const char *s)
{
	size_t n = 0;
	for (; s[n]; n++)
		if (!((s[n] >= '0' && s[n] <= '9') || (s[n] >= 'a' && s[n] <= 'f')))
			return false;
	return n == SYNC_ID_LEN;
}

enum lb_status sync_machine_id(const char *data_dir, char out[SYNC_ID_LEN + 1], struct diags *err)
{
	char *path = xasprintf("%s/%s", data_dir, SYNC_MACHINE_FILE);
	enum lb_status st = LB_OK;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0 && errno == ENOENT) {
		/* Made once: O_EXCL, so two limbers starting together agree on one. */
		char id[SYNC_ID_LEN + 2];
		diary_new_uid(id);
		strcpy(id + SYNC_ID_LEN, "\n");
		char *tmp = xasprintf("%s.%ld", path, (long)getpid());
		int w = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		bool ok = w >= 0 && fchmod(w, 0600) == 0 &&
		          write(w, id, SYNC_ID_LEN + 1) == SYNC_ID_LEN + 1 && fsync(w) == 0;
		if (w >= 0)
			close(w);
		if (ok && link(tmp, path) < 0 && errno != EEXIST)
			ok = false;
		unlink(tmp);
		free(tmp);
		if (!ok) {
			diags_add(err, path, 0, _("cannot make this machine's id: %s"),
			          strerror(errno));
			free(path);
			return LB_IO;
		}
		fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	}
	if (fd < 0) {
		diags_add(err, path, 0, _("cannot read this machine's id: %s"), strerror(errno));
		free(path);
		return LB_IO;
	}
	char buf[SYNC_ID_LEN + 2] = {0};
	ssize_t got = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (got >= SYNC_ID_LEN && (got == SYNC_ID_LEN || buf[SYNC_ID_LEN] == '\n')) {
		buf[SYNC_ID_LEN] = '\0';
		if (sync_id_valid(buf))
			memcpy(out, buf, SYNC_ID_LEN + 1);
		else
			st = LB_INVALID;
	} else {
		st = LB_INVALID;
	}
	if (st != LB_OK)
		diags_add(
		    err, path, 0,
		    _("is not a machine id (32 hex digits); remove it and limber makes a new one"));
	free(path);
	return st;
}

char *sync_file_name(const char *dir, const char *machine, int64_t seq)
{
	if (seq == 0)
		return xasprintf("%s/%s/snapshot.changeset", dir, machine);
	return xasprintf("%s/%s/%08" PRId64 ".changeset", dir, machine, seq);
}

static int format_header(char *buf, const struct sync_header *h)
{
	return snprintf(buf, HEADER_MAX,
	                "limber-%s %d schema %d machine %s seq %" PRId64 " time %" PRId64
	                " length %" PRId64 " crc32 %08" PRIx32 "\n",
	                h->snapshot ? "snapshot" : "changeset", h->format, h->schema, h->machine,
	                h->seq, h->time, h->length, h->crc);
}

enum lb_status sync_file_write(const char *path, const struct sync_header *h, const void *data,
                               struct diags *err)
{
	struct sync_header hh = *h;
	hh.crc = (uint32_t)crc32(crc32(0L, Z_NULL, 0), data, (uInt)h->length);
	char head[HEADER_MAX];
	format_header(head, &hh);
	struct outfile out;
	enum lb_status st = outfile_open(&out, path, err);
	if (st != LB_OK)
		return st;
	bool ok = fputs(head, out.f) != EOF &&
	          fwrite(data, 1, (size_t)h->length, out.f) == (size_t)h->length;
	if (!ok)
		diags_add(err, path, 0, _("cannot write: %s"), strerror(errno));
	st = outfile_close(&out, ok, err);
	return ok ? st : LB_IO;
}

/* Parses the header line; false when it is not one. */
static bool parse_header(const char *line, struct sync_header *h)
{
	char kind[16], machine[SYNC_ID_LEN + 2];
	long long seq, time, length;
	unsigned crc;
	int end = 0;
	memset(h, 0, sizeof *h);
	if (sscanf(
	        line,
	        "limber-%15s %d schema %d machine %33s seq %lld time %lld length %lld crc32 %8x%n",
	        kind, &h->format, &h->schema, machine, &seq, &time, &length, &crc, &end) != 8 ||
	    line[end] != '\n')
		return false;
	if (strcmp(kind, "changeset") != 0 && strcmp(kind, "snapshot") != 0)
		return false;
	if (!sync_id_valid(machine) || seq < 0 || length < 0 || length > FILE_MAX)
		return false;
	h->snapshot = strcmp(kind, "snapshot") == 0;
	memcpy(h->machine, machine, SYNC_ID_LEN + 1);
	h->seq = seq;
	h->time = time;
	h->length = length;
	h->crc = crc;
	return true;
}

/* The whole of path (at most FILE_MAX + HEADER_MAX bytes); NULL with errno set. */
static char *slurp(const char *path, size_t *n)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0)
		return NULL;
	struct stat st;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || st.st_size > FILE_MAX + HEADER_MAX) {
		close(fd);
		errno = EINVAL;
		return NULL;
	}
	char *buf = xmalloc((size_t)st.st_size + 1);
	size_t got = 0;
	while (got < (size_t)st.st_size) {
		ssize_t r = read(fd, buf + got, (size_t)st.st_size - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	close(fd);
	buf[got] = '\0';
	*n = got;
	return buf;
}

/* Checks what the header says against the name, this limber and the bytes. */
static enum sync_read check_file(const struct sync_header *h, const char *machine, int64_t seq,
                                 const char *body, size_t n, char **why)
{
	if (strcmp(h->machine, machine) != 0 || (seq && (h->snapshot || h->seq != seq)) ||
	    (!seq && !h->snapshot)) {
		*why = xasprintf(_("its header names another file (machine %.8s, number %lld)"),
		                 h->machine, (long long)h->seq);
		return SR_BAD;
	}
	if (h->format > SYNC_FORMAT || h->schema > DIARY_SCHEMA_VERSION) {
		*why = xasprintf(_("written by a newer limber (diary version %d, format %d; this "
		                   "limber knows up to %d and %d): update limber here; nothing was "
		                   "applied and nothing is lost"),
		                 h->schema, h->format, DIARY_SCHEMA_VERSION, SYNC_FORMAT);
		return SR_NEWER;
	}
	if (h->schema < SYNC_FIRST_SCHEMA) {
		*why = xasprintf(_("is from diary version %d, older than any limber that syncs"),
		                 h->schema);
		return SR_BAD;
	}
	if ((int64_t)n < h->length) {
		*why = xasprintf(_("incomplete (%zu of %lld bytes): still being copied?"), n,
		                 (long long)h->length);
		return SR_PARTIAL;
	}
	uint32_t crc = (uint32_t)crc32(crc32(0L, Z_NULL, 0), (const Bytef *)body, (uInt)h->length);
	if ((int64_t)n > h->length || crc != h->crc) {
		*why = xstrdup(_("its checksum does not match: still being copied?"));
		return SR_PARTIAL;
	}
	return SR_OK;
}

enum sync_read sync_file_read(const char *path, const char *machine, int64_t seq,
                              struct sync_header *h, void **data, char **why)
{
	*data = NULL;
	*why = NULL;
	size_t n;
	char *buf = slurp(path, &n);
	if (!buf) {
		if (errno == ENOENT)
			return SR_MISSING;
		*why = xasprintf(_("cannot read: %s"), strerror(errno));
		return SR_PARTIAL;
	}
	char *nl = memchr(buf, '\n', n < HEADER_MAX ? n : HEADER_MAX);
	enum sync_read r;
	if (!nl) {
		/* A header cut short is a file still arriving; anything else is not ours. */
		bool ours = n < HEADER_MAX && strncmp(buf, "limber-", n < 7 ? n : 7) == 0;
		*why = xstrdup(ours ? _("incomplete (its header is cut short): still being copied?")
		                    : _("is not a limber changeset"));
		r = ours ? SR_PARTIAL : SR_BAD;
	} else if (!parse_header(buf, h)) {
		*why = xstrdup(_("is not a limber changeset (its header cannot be read)"));
		r = SR_BAD;
	} else {
		size_t head = (size_t)(nl - buf) + 1;
		r = check_file(h, machine, seq, nl + 1, n - head, why);
		if (r == SR_OK) {
			*data = xmalloc(h->length ? (size_t)h->length : 1);
			memcpy(*data, nl + 1, (size_t)h->length);
		}
	}
	free(buf);
	return r;
}

/* The number of a "<digits>.changeset" name, or 0. */
static int64_t numbered(const char *name)
{
	char *end;
	errno = 0;
	long long v = strtoll(name, &end, 10);
	if (end == name || errno || v <= 0 || strcmp(end, ".changeset") != 0 || name[0] == '+' ||
	    name[0] == '-')
		return 0;
	return v;
}

int64_t sync_file_newest(const char *dir, const char *machine, int64_t *oldest)
{
	char *path = xasprintf("%s/%s", dir, machine);
	DIR *d = opendir(path);
	free(path);
	int64_t hi = 0, lo = 0;
	struct dirent *de;
	while (d && (de = readdir(d))) {
		int64_t v = numbered(de->d_name);
		if (v > hi)
			hi = v;
		if (v && (!lo || v < lo))
			lo = v;
	}
	if (d)
		closedir(d);
	if (oldest)
		*oldest = lo;
	return hi;
}

long sync_file_remove_upto(const char *dir, const char *machine, int64_t seq)
{
	char *path = xasprintf("%s/%s", dir, machine);
	DIR *d = opendir(path);
	long removed = 0;
	struct dirent *de;
	while (d && (de = readdir(d))) {
		int64_t v = numbered(de->d_name);
		if (v && v <= seq) {
			char *f = xasprintf("%s/%s", path, de->d_name);
			if (unlink(f) == 0)
				removed++;
			free(f);
		}
	}
	if (d)
		closedir(d);
	free(path);
	return removed;
}

static int by_id(const void *a, const void *b)
{
	return strcmp(a, b);
}

enum lb_status sync_file_machines(const char *dir, char (**ids)[SYNC_ID_LEN + 1], size_t *n,
                                  struct diags *err)
{
	*ids = NULL;
	*n = 0;
	DIR *d = opendir(dir);
	if (!d) {
		diags_add(err, dir, 0, _("cannot read the sync folder: %s"), strerror(errno));
		return errno == ENOENT ? LB_NOT_FOUND : LB_IO;
	}
	struct dirent *de;
	while ((de = readdir(d))) {
		if (!sync_id_valid(de->d_name))
			continue;
		*ids = xreallocarray(*ids, *n + 1, sizeof **ids);
		memcpy((*ids)[(*n)++], de->d_name, SYNC_ID_LEN + 1);
	}
	closedir(d);
	if (*n)
		qsort(*ids, *n, sizeof **ids, by_id);
	return LB_OK;
}

enum lb_status sync_applied_write(const char *dir, const char *me, const struct sync_mark *v,
                                  size_t n, struct diags *err)
{
	struct strbuf b;
	sb_init(&b);
	sb_addf(&b, "limber-applied %d\n", SYNC_FORMAT);
	for (size_t i = 0; i < n; i++)
		sb_addf(&b, "%s %" PRId64 "\n", v[i].id, v[i].seq);
	char *path = xasprintf("%s/%s/applied", dir, me);
	/* Unchanged, it is left alone: a sync engine has nothing to carry. */
	size_t len;
	char *old = slurp(path, &len);
	enum lb_status st = LB_OK;
	if (!old || len != b.len || memcmp(old, b.s, len) != 0) {
		struct outfile out;
		st = outfile_open(&out, path, err);
		if (st == LB_OK)
			st = outfile_close(&out, fputs(b.s, out.f) != EOF, err);
	}
	free(old);
	free(path);
	sb_free(&b);
	return st;
}

int64_t sync_applied_read(const char *dir, const char *machine, const char *of)
{
	char *path = xasprintf("%s/%s/applied", dir, machine);
	FILE *f = fopen(path, "re");
	free(path);
	if (!f)
		return -1;
	char line[128], id[SYNC_ID_LEN + 2];
	long long seq;
	int64_t found = -1;
	while (fgets(line, sizeof line, f))
		if (sscanf(line, "%33s %lld", id, &seq) == 2 && strcmp(id, of) == 0)
			found = seq;
	fclose(f);
	return found;
}

void sync_test_point(const char *point)
{
	const char *at = getenv("LIMBER_SYNC_KILL");
	if (at && strcmp(at, point) == 0)
		raise(SIGKILL);
}

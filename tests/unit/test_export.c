/* SPDX-License-Identifier: ISC */
/* test_export.c - CSV and JSON out and back in, byte for byte */
#include "config.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/status.h"
#include "base/xalloc.h"
#include "fixture.h"
#include "formats/export.h"

static char *tmp;
static struct diags warn, err;

static void setup(void)
{
	tmp = fixture_tmpdir("export");
}

static void teardown(void)
{
	fixture_rmdir(tmp);
	diags_free(&warn);
	diags_free(&err);
}

TestSuite(export, .init = setup, .fini = teardown);

static struct diary *open_dir(const char *name)
{
	char *dir = xasprintf("%s/%s", tmp, name);
	struct diary *db = fixture_diary(dir, &warn, &err);
	free(dir);
	return db;
}

/* Texts that break naive CSV and spreadsheets. */
static const char *const hard[] = {
	"=SUM(A1:A9)", "+44 call", "-2 points", "@home", "'quoted'", "'=already",
	"a \"quote\", a comma", "two\nlines", "\ttab first", "ünïcödé ✓", "", NULL,
};

static void fill(struct diary *db)
{
	for (int i = 0; hard[i]; i++) {
		struct diary_entry e;
		diary_entry_init(&e);
		e.at = 1795594200 + i * 3600;
		e.tz = i % 2 ? 60 : -300;
		e.back = i % 11;
		e.leg = (i * 3) % 11;
		e.where = (unsigned)(i * 37) & 0x1ff;
		e.symptoms = (unsigned)(i * 5) & 0x3f;
		e.sitting = i * 30;
		e.sleep = i % 11;
		e.flags = i == 3 ? 0x5 : 0;
		e.meds = xstrdup(hard[i]);
		e.note = xstrdup(hard[(i + 3) % 11]);
		cr_assert_eq(diary_add_entry(db, &e, 1795600000 + i, &err), LB_OK);
		diary_entry_free(&e);
	}
	struct diary_session s;
	diary_session_init(&s);
	s.routine = xstrdup("sciatica-morning");
	s.title = xstrdup("=Morning, \"relief\"");
	s.started = 1795594200 + 1800;
	s.ended = s.started + 700;
	s.tz = 60;
	s.steps_done = 5;
	s.steps_skipped = 1;
	s.steps_total = 6;
	s.before_leg = 6;
	s.after_leg = 4;
	s.speed = 1;
	cr_assert_eq(diary_add_session(db, &s, &err), LB_OK);
	diary_session_free(&s);
	diary_session_init(&s);
	s.routine = xstrdup("quick-five");
	s.started = 1795594200 + 7300;
	s.ended = s.started + 30;
	s.steps_done = 4;
	s.steps_total = 4;
	s.complete = true;
	s.speed = 10;
	cr_assert_eq(diary_add_session(db, &s, &err), LB_OK);
	diary_session_free(&s);
}

static char *export_text(struct diary *db, enum export_format fmt)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);
	cr_assert_eq(export_write(db, fmt, f, &err), LB_OK);
	fclose(f);
	return buf;
}

static char *write_tmp(const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", tmp, name);
	fixture_write_file(path, text, strlen(text));
	return path;
}

static void round_trip(enum export_format fmt)
{
	struct diary *a = open_dir("a");
	fill(a);
	char *first = export_text(a, fmt);
	char *path = write_tmp("export", first);
	struct diary *b = open_dir("b");
	struct import_result r;
	cr_assert_eq(export_import(b, path, 1900000000, &r, &err), LB_OK);
	cr_assert_eq(r.entries_added, 11);
	cr_assert_eq(r.sessions_added, 2);
	char *second = export_text(b, fmt);
	cr_assert_str_eq(second, first, "export, import, export gives the same bytes");
	/* Importing again adds nothing. */
	cr_assert_eq(export_import(b, path, 1900000000, &r, &err), LB_OK);
	cr_assert_eq(r.entries_added + r.sessions_added, 0);
	cr_assert_eq(r.entries_present, 11);
	cr_assert_eq(r.sessions_present, 2);
	int64_t ne, ns;
	diary_count(b, &ne, &ns, &err);
	cr_assert_eq(ne, 11);
	cr_assert_eq(ns, 2);
	free(first);
	free(second);
	free(path);
	diary_close(a);
	diary_close(b);
}

Test(export, csv_round_trip_is_exact)
{
	round_trip(EXPORT_CSV);
}

Test(export, json_round_trip_is_exact)
{
	round_trip(EXPORT_JSON);
}

Test(export, csv_and_json_carry_the_same_diary)
{
	struct diary *a = open_dir("a");
	fill(a);
	char *csv = export_text(a, EXPORT_CSV);
	char *json = export_text(a, EXPORT_JSON);
	char *jpath = write_tmp("e.json", json);
	struct diary *b = open_dir("b");
	struct import_result r;
	cr_assert_eq(export_import(b, jpath, 1900000000, &r, &err), LB_OK);
	char *csv2 = export_text(b, EXPORT_CSV);
	cr_assert_str_eq(csv2, csv);
	free(csv);
	free(json);
	free(csv2);
	free(jpath);
	diary_close(a);
	diary_close(b);
}

Test(export, formulas_are_defused_in_csv)
{
	char *t = export_csv_text("=SUM(A1)");
	cr_assert_str_eq(t, "\"'=SUM(A1)\"");
	free(t);
	t = export_csv_text("'plain");
	cr_assert_str_eq(t, "\"''plain\"", "an apostrophe start is escaped so it survives");
	free(t);
	t = export_csv_text("say \"hi\"");
	cr_assert_str_eq(t, "\"say \"\"hi\"\"\"");
	free(t);
	t = export_csv_text("plain");
	cr_assert_str_eq(t, "\"plain\"");
	free(t);
	struct diary *a = open_dir("a");
	fill(a);
	char *csv = export_text(a, EXPORT_CSV);
	cr_assert_not(strstr(csv, ",\"=SUM"), "no cell starts with a formula");
	cr_assert_not(strstr(csv, ",\"+44"));
	cr_assert_not(strstr(csv, ",\"@home"));
	cr_assert(strstr(csv, "\r\n"), "RFC 4180 line ends");
	free(csv);
	diary_close(a);
}

/* Imports text and expects it refused with a problem on LINE containing WHAT. */
static void refused(const char *text, int line, const char *what)
{
	struct diary *db = open_dir("bad");
	char *path = write_tmp("bad-import", text);
	struct import_result r;
	size_t before = err.n;
	enum lb_status st = export_import(db, path, 1900000000, &r, &err);
	cr_assert_eq(st, LB_INVALID);
	bool found = false;
	for (size_t i = before; i < err.n; i++)
		if (err.v[i].line == line && strstr(err.v[i].msg, what))
			found = true;
	for (size_t i = before; !found && i < err.n; i++)
		cr_log_info("%d: %s", err.v[i].line, err.v[i].msg);
	cr_assert(found, "expected line %d: %s", line, what);
	int64_t ne, ns;
	diary_count(db, &ne, &ns, &err);
	cr_assert_eq(ne + ns, 0, "nothing of a bad file is imported");
	free(path);
	diary_close(db);
}

#define HEADER                                                                                     \
	"type,uid,time,back,leg,where,symptoms,sitting,sleep,meds,note,red_flags,created,updated," \
	"routine,title,ended,steps_done,steps_skipped,steps_total,before_back,before_leg,"         \
	"after_back,after_leg,complete,speed\r\n"
#define GOOD_ROW                                                                                   \
	"entry,0123456789abcdef0123456789abcdef,2026-11-25T08:10:00+00:00,3,5,,,,,,,,"           \
	"2026-11-25T08:10:00+00:00,2026-11-25T08:10:00+00:00,,,,,,,,,,,,\r\n"

Test(export, malformed_csv_names_the_line)
{
	refused(HEADER GOOD_ROW
		"entry,1123456789abcdef0123456789abcdef,2026-11-25T08:10:00+00:00,12,5,,,,,,,,"
		"2026-11-25T08:10:00+00:00,2026-11-25T08:10:00+00:00,,,,,,,,,,,,\r\n",
		3, "back must be 0..10, got 12");
	refused(HEADER GOOD_ROW GOOD_ROW
		"entry,2123456789abcdef0123456789abcdef,2026-02-30T08:10:00+00:00,1,1,,,,,,,,"
		"2026-11-25T08:10:00+00:00,2026-11-25T08:10:00+00:00,,,,,,,,,,,,\r\n",
		4, "time must be a time like");
	refused(HEADER "entry,short,2026-11-25T08:10:00+00:00,1,1,,,,,,,,"
		       "2026-11-25T08:10:00+00:00,2026-11-25T08:10:00+00:00,,,,,,,,,,,,\r\n",
		2, "uid must be 32 hexadecimal digits");
	refused(HEADER "entry,0123456789abcdef0123456789abcdef,2026-11-25T08:10:00+00:00,1,1,"
		       "knee,,,,,,,2026-11-25T08:10:00+00:00,2026-11-25T08:10:00+00:00,,,,,,,,,,,,\r\n",
		2, "unknown location 'knee'");
	refused(HEADER "entry,oops\r\n", 2, "2 fields; the header has 26");
	refused("name,age\r\nbob,3\r\n", 1, "the header is not limber's");
	refused(HEADER GOOD_ROW "entry,\"never closed\r\n", 3, "not valid CSV");
	refused("", 1, "the file is empty");
}

Test(export, a_note_spanning_lines_keeps_the_right_line_numbers)
{
	refused(HEADER
		"entry,0123456789abcdef0123456789abcdef,2026-11-25T08:10:00+00:00,3,5,,,,,,"
		"\"one\ntwo\nthree\",,2026-11-25T08:10:00+00:00,2026-11-25T08:10:00+00:00,,,,,,,,,,,,"
		"\r\n"
		"session,1123456789abcdef0123456789abcdef,2026-11-25T08:10:00+00:00,,,,,,,,,,,,"
		"\"quick-five\",,2026-11-25T08:00:00+00:00,1,0,1,,,,,1,1\r\n",
		5, "cannot end before it starts");
}

Test(export, malformed_json_names_the_line)
{
	refused("{\"format\":\"limber-diary\",\"version\":1,\n\"entries\":[\n{\"uid\":1}\n", 4,
		"not valid JSON");
	refused("{\"format\":\"limber-diary\",\"version\":1,\n\"entries\":[\n"
		"{\"uid\":\"0123456789abcdef0123456789abcdef\",\"time\":\"2026-11-25T08:10:00+00:00\","
		"\"created\":\"2026-11-25T08:10:00+00:00\",\"updated\":\"2026-11-25T08:10:00+00:00\"},\n"
		"{\"uid\":\"1123456789abcdef0123456789abcdef\",\"time\":\"2026-11-25T08:10:00+00:00\","
		"\"leg\":11,\"created\":\"2026-11-25T08:10:00+00:00\","
		"\"updated\":\"2026-11-25T08:10:00+00:00\"}\n],\n\"sessions\":[]}\n",
		4, "leg must be 0..10, got 11");
	refused("{\"format\":\"something-else\"}", 1, "not a limber export");
	refused("{\"format\":\"limber-diary\",\"version\":7,\"entries\":[],\"sessions\":[]}", 1,
		"newer limber");
	refused("{\"format\":\"limber-diary\",\"version\":1,\n\"entries\":[\n"
		"{\"uid\":\"0123456789abcdef0123456789abcdef\",\"time\":\"2026-11-25T08:10:00+00:00\","
		"\"mood\":\"fine\",\"created\":\"2026-11-25T08:10:00+00:00\","
		"\"updated\":\"2026-11-25T08:10:00+00:00\"}],\"sessions\":[]}",
		3, "unknown field 'mood'");
}

/* A JSON entry whose key KEY holds VALUE (JSON), on line 3. */
#define JSON_ENTRY_WITH(key_value)                                                                 \
	"{\"format\":\"limber-diary\",\"version\":1,\n\"entries\":[\n"                              \
	"{\"uid\":\"0123456789abcdef0123456789abcdef\",\"time\":\"2026-11-25T08:10:00+00:00\","      \
	key_value "\"created\":\"2026-11-25T08:10:00+00:00\","                                       \
	"\"updated\":\"2026-11-25T08:10:00+00:00\"}],\"sessions\":[]}"

Test(export, a_json_value_of_the_wrong_type_is_named)
{
	refused(JSON_ENTRY_WITH("\"where\":\"lower-back\","), 3, "where must be a list");
	refused(JSON_ENTRY_WITH("\"note\":5,"), 3, "note must be text");
	refused(JSON_ENTRY_WITH("\"red_flags_now\":1,"), 3, "red_flags_now must be text");
	refused(JSON_ENTRY_WITH("\"back\":\"3\","), 3, "back must be a whole number");
}

/* A session logged away from the screen stays one through CSV and JSON; older files have played ones. */
Test(export, away_sessions_travel_and_older_files_still_import)
{
	struct diary *db = open_dir("away");
	const char *older =
		HEADER "session,2123456789abcdef0123456789abcdef,2026-11-25T18:00:00+00:00,,,,,,,,,,,,"
		       "quick-five,Quick,2026-11-25T18:05:00+00:00,4,0,4,,,,,1,1\r\n";
	char *path = write_tmp("older", older);
	struct import_result r;
	cr_assert_eq(export_import(db, path, 1900000000, &r, &err), LB_OK, "an older CSV imports");
	free(path);
	struct diary_session s;
	cr_assert_eq(diary_get_session(db, 1, &s, &err), LB_OK);
	cr_assert_not(s.away, "sessions from before the mark were played");
	s.id = 0;
	s.uid[0] = '\0';
	s.started += 86400, s.ended += 86400;
	s.away = true;
	cr_assert_eq(diary_add_session(db, &s, &err), LB_OK);
	diary_session_free(&s);
	char *csv = export_text(db, EXPORT_CSV), *json = export_text(db, EXPORT_JSON);
	cr_assert(strstr(csv, ",complete,speed,away\r\n"), "the header ends with away");
	cr_assert(strstr(csv, ",1,1,1\r\n") && strstr(csv, ",1,1,0\r\n"), "%s", csv);
	cr_assert(strstr(json, "\"away\":true") && strstr(json, "\"away\":false"), "%s", json);
	free(json);
	diary_close(db);
	struct diary *b = open_dir("away-b");
	path = write_tmp("away-csv", csv);
	cr_assert_eq(export_import(b, path, 1900000000, &r, &err), LB_OK);
	char *again = export_text(b, EXPORT_CSV);
	cr_assert_str_eq(again, csv, "the mark survives a round trip");
	free(again);
	free(path);
	free(csv);
	diary_close(b);
}

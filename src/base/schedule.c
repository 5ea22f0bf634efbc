/* SPDX-License-Identifier: ISC */
/* schedule.c - times of day and weekdays, as options, systemd units and crontab lines */
#include "config.h"

#include "base/schedule.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/xalloc.h"

static const char *const day_names[7] = {"monday", "tuesday",  "wednesday", "thursday",
                                         "friday", "saturday", "sunday"};
static const char *const unit_days[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

bool schedule_parse_time(const char *opt, const char *s, struct schedule_time *t, char **why)
{
	size_t hd = strspn(s, "0123456789");
	bool shape = (hd == 1 || hd == 2) && s[hd] == ':' && isdigit((unsigned char)s[hd + 1]) &&
	             isdigit((unsigned char)s[hd + 2]) && s[hd + 3] == '\0';
	int h = shape ? atoi(s) : -1, m = shape ? atoi(s + hd + 1) : -1;
	if (h < 0 || h > 23 || m < 0 || m > 59) {
		/* TRANSLATORS: %s are an option ("--at") and what was given. */
		*why =
		    xasprintf(_("%s: must be a time HH:MM from 00:00 to 23:59, got '%s'"), opt, s);
		return false;
	}
	t->hour = h;
	t->min = m;
	return true;
}

/* The day a word names: "mon", "monday", "Mon" (any case); -1 for none. */
static int day_of(const char *w, size_t n)
{
	for (int d = 0; d < 7; d++)
		if ((n == 3 || n == strlen(day_names[d])) && strncasecmp(w, day_names[d], n) == 0)
			return d;
	return -1;
}

/*
 * Adds the days of one item of a list ("mon", "mon-fri", "Mon..Fri") to
 * *mask; NULL, or the word that names no day (a new string).
 */
static char *add_item(const char *w, size_t n, unsigned *mask)
{
	const char *dash = memchr(w, '-', n), *dots = NULL;
	for (size_t i = 0; !dash && i + 1 < n; i++)
		if (w[i] == '.' && w[i + 1] == '.')
			dots = w + i;
	const char *sep = dash ? dash : dots;
	size_t an = sep ? (size_t)(sep - w) : n, rest = sep ? an + (dash ? 1 : 2) : n;
	int a = day_of(w, an), b = sep ? day_of(w + rest, n - rest) : a;
	if (a < 0 || b < 0)
		return a < 0 ? xstrndup(w, an) : xstrndup(w + rest, n - rest);
	for (int d = a;; d = (d + 1) % 7) {
		*mask |= 1u << d;
		if (d == b)
			break;
	}
	return NULL;
}

bool schedule_parse_days(const char *opt, const char *s, unsigned *mask, char **why)
{
	static const struct {
		const char *word;
		unsigned mask;
	} words[] = {{"daily", SCHEDULE_EVERY_DAY},
	             {"weekdays", SCHEDULE_WEEKDAYS},
	             {"weekends", SCHEDULE_EVERY_DAY & ~SCHEDULE_WEEKDAYS}};
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (strcasecmp(s, words[i].word) == 0) {
			*mask = words[i].mask;
			return true;
		}
	unsigned m = 0;
	for (const char *p = s;; p++) {
		size_t n = strcspn(p, ",");
		char *bad = add_item(p, n, &m);
		if (bad) {
			if (*s)
				/* TRANSLATORS: the day words are what --days takes: keep them. */
				*why = xasprintf(
				    _("%s: unknown day '%s' in '%s' (days are mon, tue, wed, "
				      "thu, fri, sat, sun; mon-fri is a range; also daily, "
				      "weekdays, weekends)"),
				    opt, bad, s);
			else
				*why = xasprintf(_("%s: no days given"), opt);
			free(bad);
			return false;
		}
		p += n;
		if (!*p)
			break;
	}
	*mask = m;
	return true;
}

/*
 * Writes mask's days as runs: three or more days in a row as FIRST RANGE
 * LAST, fewer one by one, with commas between.
 */
static void add_runs(struct strbuf *b, unsigned mask, const char *const *names, const char *range)
{
	bool first = true;
	for (int d = 0; d < 7; d++) {
		if (!(mask & 1u << d))
			continue;
		int e = d;
		while (e + 1 < 7 && mask & 1u << (e + 1))
			e++;
		if (e - d >= 2) {
			sb_addf(b, "%s%s%s%s", first ? "" : ",", names[d], range, names[e]);
			d = e;
		} else {
			sb_addf(b, "%s%s", first ? "" : ",", names[d]);
		}
		first = false;
	}
}

char *schedule_days_text(unsigned mask)
{
	mask &= SCHEDULE_EVERY_DAY;
	if (mask == SCHEDULE_EVERY_DAY)
		/* TRANSLATORS: when a reminder comes (other days: "mon-fri"). */
		return xstrdup(_("every day"));
	static const char *const short_names[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
	struct strbuf b;
	sb_init(&b);
	add_runs(&b, mask, short_names, "-");
	return sb_steal(&b);
}

char *schedule_timer_name(const char *prefix, struct schedule_time t)
{
	return xasprintf("%s-%02d%02d.timer", prefix, t.hour, t.min);
}

char *schedule_oncalendar(struct schedule_time t, unsigned mask)
{
	struct strbuf b;
	sb_init(&b);
	mask &= SCHEDULE_EVERY_DAY;
	if (mask != SCHEDULE_EVERY_DAY) {
		add_runs(&b, mask, unit_days, "..");
		sb_addc(&b, ' ');
	}
	sb_addf(&b, "*-*-* %02d:%02d:00", t.hour, t.min);
	return sb_steal(&b);
}

/* Text for a unit file's value: systemd's specifiers (%) stay literal. */
static void add_unit_text(struct strbuf *b, const char *s)
{
	for (; *s; s++) {
		if (*s == '%')
			sb_addc(b, '%');
		sb_addc(b, iscntrl((unsigned char)*s) ? ' ' : *s);
	}
}

char *schedule_timer_unit(struct schedule_time t, unsigned mask, const char *service,
                          const char *description)
{
	char *cal = schedule_oncalendar(t, mask);
	struct strbuf b;
	sb_init(&b);
	sb_adds(&b, "# Written by limber remind; 'limber remind --off' removes it.\n"
	            "[Unit]\nDescription=");
	add_unit_text(&b, description);
	sb_addf(&b,
	        "\n\n[Timer]\nOnCalendar=%s\n"
	        "# A time missed while the machine was off or asleep comes at the next start.\n"
	        "Persistent=true\nAccuracySec=1min\nUnit=",
	        cal);
	add_unit_text(&b, service);
	sb_adds(&b, "\n\n[Install]\nWantedBy=timers.target\n");
	free(cal);
	return sb_steal(&b);
}

/* One word of ExecStart=, quoted when it must be; false for a control character. */
static bool add_exec_word(struct strbuf *b, const char *w)
{
	bool quote = !*w || strpbrk(w, " \t\"'\\;") != NULL;
	if (quote)
		sb_addc(b, '"');
	for (const char *p = w; *p; p++) {
		if (iscntrl((unsigned char)*p))
			return false;
		if (*p == '%' || *p == '$')
			sb_addc(b, *p); /* %% and $$: the character itself */
		else if (quote && (*p == '"' || *p == '\\'))
			sb_addc(b, '\\');
		sb_addc(b, *p);
	}
	if (quote)
		sb_addc(b, '"');
	return true;
}

char *schedule_service_unit(const char *description, const char *const *argv)
{
	struct strbuf b;
	sb_init(&b);
	sb_adds(&b, "# Written by limber remind; 'limber remind --off' removes it.\n"
	            "[Unit]\nDescription=");
	add_unit_text(&b, description);
	sb_adds(&b, "\n\n[Service]\nType=oneshot\nExecStart=");
	for (size_t i = 0; argv[i]; i++) {
		if (i)
			sb_addc(&b, ' ');
		if (!add_exec_word(&b, argv[i])) {
			sb_free(&b);
			return NULL;
		}
	}
	sb_addc(&b, '\n');
	return sb_steal(&b);
}

bool schedule_read_timer(const char *text, struct schedule_time *t, unsigned *mask)
{
	const char *p = text;
	while (p && strncmp(p, "OnCalendar=", 11) != 0) {
		p = strchr(p, '\n');
		p = p ? p + 1 : NULL;
	}
	if (!p)
		return false;
	char *line = xstrndup(p + 11, strcspn(p + 11, "\n"));
	char *time = strrchr(line, ' '), *why = NULL;
	char *date = time ? strstr(line, "*-*-* ") : NULL;
	bool ok = date && date + 5 == time && strlen(time + 1) == 8 && strcmp(time + 6, ":00") == 0;
	if (ok) {
		time[6] = '\0';
		ok = schedule_parse_time("OnCalendar", time + 1, t, &why);
	}
	*mask = SCHEDULE_EVERY_DAY;
	if (ok && date != line) {
		date[-1] = '\0';
		ok = date - 1 > line && schedule_parse_days("OnCalendar", line, mask, &why);
	}
	free(why);
	free(line);
	return ok;
}

char *schedule_crontab_line(struct schedule_time t, unsigned mask, const char *command)
{
	static const char *const cron_days[7] = {"1", "2", "3", "4", "5", "6", "7"};
	struct strbuf b;
	sb_init(&b);
	sb_addf(&b, "%d %d * * ", t.min, t.hour);
	mask &= SCHEDULE_EVERY_DAY;
	if (mask == SCHEDULE_EVERY_DAY)
		sb_addc(&b, '*');
	else
		add_runs(&b, mask, cron_days, "-");
	sb_addf(&b, " %s", command);
	return sb_steal(&b);
}

char *schedule_shell_quote(const char *word)
{
	if (*word && strspn(word, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	                          "0123456789/._+-:=,@") == strlen(word))
		return xstrdup(word);
	struct strbuf b;
	sb_init(&b);
	sb_addc(&b, '\'');
	for (const char *p = word; *p; p++) {
		if (iscntrl((unsigned char)*p)) {
			sb_free(&b);
			return NULL;
		}
		if (*p == '\'')
			sb_adds(&b, "'\\''");
		else if (*p == '%')
			sb_adds(&b, "\\%"); /* cron reads a bare % as a newline */
		else
			sb_addc(&b, *p);
	}
	sb_addc(&b, '\'');
	return sb_steal(&b);
}

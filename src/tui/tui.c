/* SPDX-License-Identifier: ISC */
/* tui.c - the terminal: set-up and restore, signals, the event loop, drawing helpers */
#include "config.h"

#include "tui/tui.h"

#include <curses.h>
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/i18n.h"
#include "base/numparse.h"
#include "base/strbuf.h"
#include "base/textsafe.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "tui/keys.h"
#include "tui/termbg.h"

/* The TUI's own state: whether curses is up, the signal self-pipe, standard error's own fd. */
static bool curses_up;
static int saved_stderr = -1;
static int sig_pipe[2] = {-1, -1};
static volatile sig_atomic_t sig_seen;

static void on_signal(int sig)
{
	int saved = errno;
	if (sig != SIGTSTP)
		sig_seen = sig; /* Ctrl-Z only suspends: the loop does it when it reads the pipe */
	if (sig_pipe[1] >= 0) {
		unsigned char b = (unsigned char)sig;
		ssize_t r = write(sig_pipe[1], &b, 1);
		(void)r;
	}
	errno = saved;
}

/* Bracketed paste (xterm's mode 2004): the terminal marks a paste's start and end. */
#define PASTE_ON       "\033[?2004h"
#define PASTE_OFF      "\033[?2004l"
#define PASTE_BEGIN    0x7101 /* the keys curses returns for the marks (define_key) */
#define PASTE_END      0x7102
#define PASTE_MAX      (64 * 1024) /* more is dropped */
#define PASTE_QUIET_MS 1000        /* a paste whose end mark never comes ends after this */

static void paste_mode(bool on)
{
	fputs(on ? PASTE_ON : PASTE_OFF, stdout);
	fflush(stdout);
}

/* A log past this size starts again, so it never grows without end. */
#define TUI_LOG_MAX (256 * 1024)
/* The most lines or columns LINES and COLUMNS may say (ncurses refuses far more). */
#define TUI_MAX_SIZE 9999

bool tui_stderr_to(const char *path)
{
	if (saved_stderr >= 0)
		return true;
	fflush(stderr);
	int fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0600);
	struct stat st;
	if (fd >= 0 && fstat(fd, &st) == 0 && st.st_size > TUI_LOG_MAX && ftruncate(fd, 0) != 0) {
		close(fd);
		fd = -1;
	}
	if (fd < 0)
		fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	fchmod(fd, 0600);
	saved_stderr = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
	if (saved_stderr < 0 || dup2(fd, STDERR_FILENO) < 0) {
		if (saved_stderr >= 0)
			close(saved_stderr);
		saved_stderr = -1;
		close(fd);
		return false;
	}
	close(fd);
	return true;
}

void tui_stderr_back(void)
{
	if (saved_stderr < 0)
		return;
	fflush(stderr);
	dup2(saved_stderr, STDERR_FILENO);
	close(saved_stderr);
	saved_stderr = -1;
}

void tui_done(void)
{
	/* Standard error first: whatever is printed after this must be seen. */
	tui_stderr_back();
	signal(SIGTSTP, SIG_DFL); /* no loop is left to suspend us: the default again */
	if (!curses_up)
		return;
	curses_up = false;
	curs_set(1);
	endwin();
	paste_mode(false);
	/* What was typed or pasted and not read yet must not reach the shell. */
	tcflush(STDIN_FILENO, TCIFLUSH);
}

/* The colour pairs of the theme (base/theme.c chose them for their contrast). */
static void init_colours(struct tui *t, bool light)
{
	start_color();
	use_default_colors();
	bool rich = COLORS >= 256;
	for (int c = TC_TITLE; c < TC_COUNT; c++)
		init_pair((short)c, (short)theme_colour(light, rich, (enum theme_role)c), -1);
	t->colour = true;
	t->light = light;
}

/*
 * Colours unless colour = never or (with auto) NO_COLOR; *light for the
 * light theme. theme = auto asks the terminal, before curses takes it (it
 * would read the answer as keys).
 */
static bool wants_colour(const struct settings *st, bool *light)
{
	const char *no_colour = getenv("NO_COLOR");
	bool want = st ? st->colour != COLOUR_NEVER : true;
	if (st && st->colour == COLOUR_AUTO && no_colour && *no_colour)
		want = false;
	*light = st && st->theme == THEME_LIGHT;
	if (want && (!st || st->theme == THEME_AUTO))
		*light = termbg_light(STDIN_FILENO, STDOUT_FILENO, 200);
	return want;
}

/*
 * LINES and COLUMNS, when set, override the terminal's own size for
 * ncurses; a value it cannot use made newterm fail and limber blame TERM.
 */
static bool size_env_ok(const char *name)
{
	const char *v = getenv(name);
	long n;
	if (!v || !*v || parse_uint(v, 1, TUI_MAX_SIZE, &n))
		return true;
	char *safe = textsafe(v, 0);
	/* TRANSLATORS: the first %s is LINES or COLUMNS (environment variables), then its value. */
	fprintf(stderr,
		_("limber: %s is '%s'; it must be 1..%d (unset it to use the terminal's own size)\n"),
		name, safe, TUI_MAX_SIZE);
	free(safe);
	return false;
}

bool tui_init(struct tui *t, const struct settings *st)
{
	memset(t, 0, sizeof *t);
	const char *cs = nl_langinfo(CODESET);
	t->utf8 = cs && strcmp(cs, "UTF-8") == 0;
	t->sound = st ? st->sound : SOUND_BELL;
	t->figures = st ? st->figures : true;
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, _("limber: the screens need a terminal (for scripts: limber log, "
				  "limber diary, limber trends)\n"));
		return false;
	}
	if (pipe(sig_pipe) == 0) {
		fcntl(sig_pipe[0], F_SETFD, FD_CLOEXEC);
		fcntl(sig_pipe[1], F_SETFD, FD_CLOEXEC);
		fcntl(sig_pipe[0], F_SETFL, O_NONBLOCK);
		fcntl(sig_pipe[1], F_SETFL, O_NONBLOCK);
	}
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	/* Before newterm, so ncurses leaves Ctrl-Z to us (it takes SIGTSTP only when at default). */
	sigaction(SIGTSTP, &sa, NULL);
	/* A terminal that is not there: newterm fails politely where initscr would exit. */
	const char *term = getenv("TERM");
	if (!term || !*term || strcmp(term, "dumb") == 0) {
		fputs(term && *term ? _("limber: the screens need a terminal type: TERM is dumb\n")
				    : _("limber: the screens need a terminal type: TERM is not set\n"),
		      stderr);
		return false;
	}
	if (!size_env_ok("LINES") || !size_env_ok("COLUMNS"))
		return false;
	bool light = false, want = wants_colour(st, &light);
	SCREEN *scr = newterm(term, stdout, stdin);
	if (!scr) {
		fprintf(stderr, _("limber: cannot use the terminal type '%s'\n"), term ? term : "");
		return false;
	}
	set_term(scr);
	curses_up = true;
	atexit(tui_done);
	xalloc_set_fatal_hook(tui_done);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	nodelay(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	if (want && has_colors())
		init_colours(t, light);
	getmaxyx(stdscr, t->rows, t->cols);
	define_key("\033[200~", PASTE_BEGIN);
	define_key("\033[201~", PASTE_END);
	paste_mode(true);
	return true;
}

void tui_finish(struct tui_screen *s, int result)
{
	s->done = true;
	s->result = result;
}

void tui_finish_answer(struct tui_screen *s, enum key_action act, bool ready)
{
	if (act == KA_ENTER && ready)
		tui_finish(s, 1);
	else if (act == KA_QUIT)
		tui_finish(s, 0);
}

void tui_bell(struct tui *t)
{
	if (t->sound == SOUND_BELL)
		beep();
	else if (t->sound == SOUND_FLASH)
		flash();
}

/*
 * Ctrl-Z: the screen hears it first as KEY_SUSPEND (the player pauses),
 * the terminal is given back as it was, and the process stops. After fg
 * the screen is painted afresh.
 */
static void suspend(struct tui *t, struct tui_screen *s)
{
	s->ops->key(t, s, KEY_SUSPEND);
	endwin();
	paste_mode(false);
	raise(SIGSTOP);
	/* Continued (SIGCONT): back to the program's terminal modes, everything repainted. */
	refresh();
	paste_mode(true);
	clearok(curscr, TRUE);
	s->dirty = true;
}

/* Reads the self-pipe: Ctrl-Z is acted on here; other signals end the loop (sig_seen). */
static void read_signals(struct tui *t, struct tui_screen *s)
{
	unsigned char b;
	while (read(sig_pipe[0], &b, 1) == 1)
		if (b == SIGTSTP && !sig_seen && curses_up)
			suspend(t, s);
}

static void redraw(struct tui *t, struct tui_screen *s)
{
	getmaxyx(stdscr, t->rows, t->cols);
	t->too_small = false;
	erase();
	s->ops->draw(t, s);
	refresh();
	s->dirty = false;
}

/*
 * After the start mark: reads the paste up to its end mark (or a quiet
 * second) and hands it to the screen as one key. Line ends become '\n'.
 */
static void read_paste(struct tui *t, struct tui_screen *s)
{
	struct strbuf b;
	sb_init(&b);
	bool after_cr = false;
	for (;;) {
		int ch = getch();
		if (ch == ERR) {
			struct pollfd fd = {STDIN_FILENO, POLLIN, 0};
			if (poll(&fd, 1, PASTE_QUIET_MS) <= 0 || sig_seen)
				break;
			continue;
		}
		if (ch == PASTE_END)
			break;
		bool lf_after_cr = ch == '\n' && after_cr;
		after_cr = ch == '\r';
		if (ch == '\r' || ch == KEY_ENTER)
			ch = '\n';
		if (!lf_after_cr && ch > 0 && ch <= 0xff && b.len < PASTE_MAX)
			sb_addc(&b, (char)ch);
	}
	t->paste = sb_steal(&b);
	if (!t->too_small) /* a paste into a screen not seen is dropped, as keys are */
		s->ops->key(t, s, KEYS_PASTE);
	free(t->paste);
	t->paste = NULL;
}

int tui_run(struct tui *t, struct tui_screen *s)
{
	s->done = false;
	s->dirty = true;
	if (s->ops->enter)
		s->ops->enter(t, s);
	while (!s->done && !sig_seen) {
		int64_t wait = -1;
		if (s->ops->tick) {
			wait = s->ops->tick(t, s, clock_now_ms());
			if (s->done)
				break;
		}
		if (s->dirty)
			redraw(t, s);
		struct pollfd fds[2] = {
			{STDIN_FILENO, POLLIN, 0},
			{sig_pipe[0], POLLIN, 0},
		};
		int timeout = wait < 0 ? -1 : wait > 60000 ? 60000 : (int)wait;
		int n = poll(fds, sig_pipe[0] >= 0 ? 2 : 1, timeout);
		if (n < 0 && errno != EINTR)
			break;
		if (n > 0 && (fds[1].revents & POLLIN))
			read_signals(t, s);
		if (sig_seen)
			break;
		/* Keys, and KEY_RESIZE after a SIGWINCH interrupted the poll. */
		int ch;
		while (!s->done && (ch = getch()) != ERR) {
			if (ch == KEY_RESIZE) {
				/* Drawn at once: whether the keys after it act depends on the new size. */
				redraw(t, s);
				continue;
			}
			if (ch == PASTE_END)
				continue;
			if (ch == PASTE_BEGIN) {
				read_paste(t, s);
				s->dirty = true;
				continue;
			}
			if (keys_action(KC_ALL, ch).act == KA_REDRAW) {
				clearok(curscr, TRUE); /* the next refresh paints every cell */
				s->dirty = true;
				continue;
			}
			/* Under "window too small" only q acts: nothing happens on a screen not seen. */
			if (t->too_small && ch != 'q')
				continue;
			s->ops->key(t, s, ch);
			s->dirty = true;
		}
		if (n > 0 && (fds[0].revents & (POLLHUP | POLLERR))) {
			/* The terminal went away: that is a hangup, whether SIGHUP came yet or not. */
			sig_seen = SIGHUP;
			break;
		}
	}
	if (sig_seen) {
		t->signal = sig_seen;
		unsigned char b;
		while (read(sig_pipe[0], &b, 1) == 1)
			;
	}
	if (s->ops->leave)
		s->ops->leave(t, s);
	return t->signal ? -1 : s->result;
}

int tui_attr(struct tui *t, enum tui_colour c)
{
	if (!t->colour || c == TC_NONE)
		return A_NORMAL;
	/* Secondary text is a grey of the theme, never A_DIM: its contrast could not be known. */
	return COLOR_PAIR(c);
}

const char *tui_sym(struct tui *t, const char *utf8, const char *ascii)
{
	return t->utf8 ? utf8 : ascii;
}

void tui_text(struct tui *t, int y, int x, int attr, const char *text)
{
	if (y < 0 || y >= t->rows || x >= t->cols)
		return;
	/*
	 * Every string a screen draws passes here: what came from a file or a
	 * person is shown, never obeyed (textsafe.h). A line break or tab in a
	 * note is a space on one screen line.
	 */
	char *s = textsafe(text, TEXTSAFE_LINES);
	for (char *p = s; *p; p++)
		if (*p == '\n' || *p == '\t')
			*p = ' ';
	int room = t->cols - x;
	size_t n = utf8_fit(s, room);
	attron(attr);
	mvaddnstr(y, x, s, (int)n);
	attroff(attr);
	free(s);
}

void tui_textf(struct tui *t, int y, int x, int attr, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = xvasprintf(fmt, ap);
	va_end(ap);
	tui_text(t, y, x, attr, s);
	free(s);
}

void tui_text_right(struct tui *t, int y, int x_end, int attr, const char *s)
{
	int w = utf8_width(s);
	if (w < 0)
		w = (int)strlen(s);
	int x = x_end - w;
	tui_text(t, y, x < 0 ? 0 : x, attr, s);
}

void tui_hline(struct tui *t, int y)
{
	if (y < 0 || y >= t->rows)
		return;
	attron(tui_attr(t, TC_DIM));
	if (t->utf8)
		mvhline(y, 0, ACS_HLINE, t->cols);
	else
		mvhline(y, 0, '-', t->cols);
	attroff(tui_attr(t, TC_DIM));
}

void tui_title(struct tui *t, const char *title)
{
	tui_textf(t, 0, 1, A_BOLD | tui_attr(t, TC_TITLE), "limber %s", tui_sym(t, "·", "-"));
	tui_text(t, 0, 10, A_BOLD, title);
	tui_hline(t, 1);
}

bool tui_move(size_t *pos, enum key_action action, size_t page, size_t last)
{
	switch (action) {
	case KA_UP:
		if (*pos > 0)
			(*pos)--;
		return true;
	case KA_DOWN:
		if (*pos < last)
			(*pos)++;
		return true;
	case KA_PAGE_UP:
		*pos = *pos > page ? *pos - page : 0;
		return true;
	case KA_PAGE_DOWN:
		*pos = *pos + page < last ? *pos + page : last;
		return true;
	case KA_HOME:
		*pos = 0;
		return true;
	case KA_END:
		*pos = last;
		return true;
	default:
		return false;
	}
}

void tui_bar(struct tui *t, int y, int x, int width, double fraction, int attr)
{
	if (width < 3 || y >= t->rows)
		return;
	if (fraction < 0)
		fraction = 0;
	if (fraction > 1)
		fraction = 1;
	int inner = width - 2;
	int fill = (int)(fraction * inner + 0.5);
	struct strbuf b;
	sb_init(&b);
	sb_adds(&b, tui_sym(t, "▕", "["));
	for (int i = 0; i < inner; i++)
		sb_adds(&b, i < fill ? tui_sym(t, "█", "#") : tui_sym(t, "░", "."));
	sb_adds(&b, tui_sym(t, "▏", "]"));
	tui_text(t, y, x, attr, b.s);
	sb_free(&b);
}

int tui_wrap(struct tui *t, int y, int x, int width, int max_lines, int attr, const char *s)
{
	const char *p = s, *next;
	int lines = 0;
	while (*p && lines < max_lines) {
		size_t n = utf8_wrap(p, width, &next);
		/* The last line, when more follows: cut at a word, with "…". */
		char *line = lines == max_lines - 1 && *next ? tui_fit_words(t, p, width)
							     : xstrndup(p, n);
		tui_text(t, y + lines, x, attr, line);
		free(line);
		lines++;
		p = next;
	}
	return lines;
}

int tui_wrap_prefixed(struct tui *t, int y, int x, int width, int max_lines, int attr,
		      const char *prefix, const char *s)
{
	int pw = utf8_width(prefix);
	tui_text(t, y, x, attr, prefix);
	return tui_wrap(t, y, x + pw, width - pw, max_lines, attr, s);
}

char *tui_fit_words(struct tui *t, const char *s, int width)
{
	if (utf8_fit(s, width) == strlen(s))
		return xstrdup(s);
	const char *next;
	size_t n = width > 1 ? utf8_wrap(s, width - 1, &next) : 0;
	/* No separator left hanging before the "…": "Enter save …", not "Enter save · …". */
	for (;;) {
		while (n && (s[n - 1] == ' ' || s[n - 1] == ',' || s[n - 1] == '-'))
			n--;
		if (n < 2 || strncmp(s + n - 2, "·", 2) != 0)
			break;
		n -= 2;
	}
	return xasprintf("%.*s%s", (int)n, s, tui_sym(t, "…", "~"));
}

char *tui_key_variant(struct tui *t, const char *variants, int width)
{
	char *line = NULL;
	for (const char *v = variants, *nl; v && *v; v = nl ? nl + 1 : v + strlen(v)) {
		nl = strchr(v, '\n');
		free(line);
		line = xstrndup(v, nl ? (size_t)(nl - v) : strlen(v));
		for (char *p; !t->utf8 && (p = strstr(line, "·"));)
			memmove(p, p + 1, strlen(p + 1) + 1), *p = '-';
		if (utf8_width(line) <= width)
			break;
	}
	char *fit = tui_fit_words(t, line ? line : "", width);
	free(line);
	return fit;
}

void tui_key_line(struct tui *t, int attr, const char *variants)
{
	char *line = tui_key_variant(t, variants, t->cols - 2);
	tui_text(t, t->rows - 1, 1, attr, line);
	free(line);
}

bool tui_too_small(struct tui *t, int min_cols, int min_rows)
{
	if (t->cols >= min_cols && t->rows >= min_rows)
		return false;
	t->too_small = true;
	char msg[160];
	/* TRANSLATORS: on a screen too small to draw; the numbers are columns x rows. */
	snprintf(msg, sizeof msg, _("window too small (need %dx%d)"), min_cols, min_rows);
	int w = utf8_width(msg);
	int x = (t->cols - w) / 2;
	if (x < 0)
		x = 0;
	/* Too narrow for one line: wrap it rather than cut it. */
	int y = t->rows / 2 - (w > t->cols ? 1 : 0);
	y += tui_wrap(t, y, x, t->cols, 3, A_BOLD, msg);
	/* TRANSLATORS: under "window too small": the key q leaves the screen. */
	tui_text(t, y, x, tui_attr(t, TC_DIM), _("q leaves"));
	return true;
}

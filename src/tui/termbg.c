/* SPDX-License-Identifier: ISC */
/* termbg.c - is the terminal's background light or dark? (theme = auto) */
#include "config.h"

#include "tui/termbg.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "base/theme.h"

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The answer to DA1 ("ESC [ ? 1 ; 2 c") is in buf: the terminal has said all it will. */
static bool has_da1(const char *buf, size_t n)
{
	for (size_t i = 0; i + 2 < n; i++) {
		if (buf[i] != '\033' || buf[i + 1] != '[' || buf[i + 2] != '?')
			continue;
		size_t k = i + 3;
		while (k < n && ((buf[k] >= '0' && buf[k] <= '9') || buf[k] == ';'))
			k++;
		if (k < n && buf[k] == 'c')
			return true;
	}
	return false;
}

static bool ask(int in, int out, int timeout_ms, bool *light)
{
	struct termios old, raw;
	if (!isatty(in) || !isatty(out) || tcgetattr(in, &old) < 0)
		return false;
	raw = old;
	raw.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
	raw.c_cc[VMIN] = 0;
	raw.c_cc[VTIME] = 0;
	if (tcsetattr(in, TCSANOW, &raw) < 0)
		return false;
	static const char q[] = "\033]11;?\033\\\033[c";
	bool got = false, done = false;
	if (write(out, q, sizeof q - 1) == (ssize_t)(sizeof q - 1)) {
		char buf[256];
		size_t n = 0;
		long long end = now_ms() + timeout_ms;
		while (!done && n < sizeof buf) {
			long long left = end - now_ms();
			struct pollfd p = {in, POLLIN, 0};
			if (left <= 0 || poll(&p, 1, (int)left) <= 0)
				break;
			ssize_t r = read(in, buf + n, sizeof buf - n);
			if (r < 0 && errno == EINTR)
				continue;
			if (r <= 0)
				break;
			n += (size_t)r;
			done = has_da1(buf, n);
		}
		got = theme_from_osc11(buf, n, light);
	}
	/* An answer still on its way must not arrive as keys. */
	if (!done)
		tcflush(in, TCIFLUSH);
	tcsetattr(in, TCSANOW, &old);
	return got;
}

bool termbg_light(int in, int out, int timeout_ms)
{
	bool light = false;
	if (ask(in, out, timeout_ms, &light))
		return light;
	if (theme_from_colorfgbg(getenv("COLORFGBG"), &light))
		return light;
	return false;
}

/* SPDX-License-Identifier: ISC */
/* figure.c - bench: one exercise figure made into terminal cells, as the player does at 132x43 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>
#include <time.h>

#include "tui/figure.h"

static double now_ms(clockid_t id)
{
	struct timespec ts;
	clock_gettime(id, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/*
 * Usage: figure-bench ROWS COLS ROUNDS FILE.svg...
 * Each round makes every file's cells afresh (read, crop, draw, chafa):
 * what the player does when a step or the window size changes.
 */
int main(int argc, char **argv)
{
	if (argc < 5) {
		fprintf(stderr, "usage: figure-bench ROWS COLS ROUNDS FILE.svg...\n");
		return 2;
	}
	int rows = atoi(argv[1]), cols = atoi(argv[2]), rounds = atoi(argv[3]);
	int nfiles = argc - 4;
	double *t = calloc((size_t)rounds * (size_t)nfiles, sizeof *t);
	double *cpu = calloc((size_t)rounds * (size_t)nfiles, sizeof *cpu);
	FILE *null = fopen("/dev/null", "w");
	if (!t || !cpu || !null || rounds < 1)
		return 1;
	size_t n = 0, small = 0;
	for (int r = 0; r < rounds; r++)
		for (int i = 0; i < nfiles; i++) {
			double t0 = now_ms(CLOCK_MONOTONIC), c0 = now_ms(CLOCK_PROCESS_CPUTIME_ID);
			if (!tui_figure_print(null, argv[4 + i], rows, cols, true, true)) {
				/* Too small for this box (lying, in a narrow column): nothing to time. */
				struct tui_figure *f = tui_figure_new();
				bool drawn = tui_figure_aspect(f, argv[4 + i]) > 0;
				tui_figure_free(f);
				if (!drawn) {
					fprintf(stderr, "%s: does not draw\n", argv[4 + i]);
					return 1;
				}
				small += r == 0;
				continue;
			}
			cpu[n] = now_ms(CLOCK_PROCESS_CPUTIME_ID) - c0;
			t[n++] = now_ms(CLOCK_MONOTONIC) - t0;
		}
	if (n == 0)
		return 1;
	qsort(t, n, sizeof *t, cmp);
	qsort(cpu, n, sizeof *cpu, cmp);
	printf("%zu figures at %dx%d cells: wall median %.1f ms, 95th %.1f ms, max %.1f ms; "
	       "CPU (all threads) median %.1f ms, 95th %.1f ms\n",
	       n, cols, rows, t[n / 2], t[n * 95 / 100], t[n - 1], cpu[n / 2], cpu[n * 95 / 100]);
	if (small)
		printf("  (%zu of the %d figures too small for this box)\n", small, nfiles);
	free(cpu);
	fclose(null);
	free(t);
	return 0;
}

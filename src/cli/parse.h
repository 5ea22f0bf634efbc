/* SPDX-License-Identifier: ISC */
/* parse.h - every command's options read from its declared table, and its help printed from it */
#ifndef LIMBER_CLI_PARSE_H
#define LIMBER_CLI_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct app;

/* What an option does with its argument. */
enum parse_kind {
	PARSE_KIND_FLAG,   /* no argument: sets a bool to true */
	PARSE_KIND_STRING, /* stores the argument (a const char *, pointing into argv) */
	PARSE_KIND_INT,    /* a whole number in min..max, stored as a long */
	PARSE_KIND_CHOICE, /* one of words, stored as its index (an int) */
	PARSE_KIND_CALL,   /* call(): anything else */
};

struct parse_opt;

/* The bit of parse_result.given for the option at index i of a command's table. */
#define PARSE_GIVEN(i) (1ul << (i))

/* What a call returns to stop at once with exit status 0 (limber --version). */
#define PARSE_STOP (-2)

/*
 * Reads an option for PARSE_KIND_CALL: dest is the command's options struct
 * (struct app for the global options), arg the argument or NULL. Returns 0 to
 * go on, PARSE_STOP, or the exit status to stop with (having printed why).
 */
typedef int (*parse_call_fn)(struct app *a, void *dest, const struct parse_opt *o,
			     const char *arg);

/* One option of a command: what it is called, what it takes and what it sets. */
struct parse_opt {
	const char *name;         /* the long name without "--"; NULL ends a table */
	char letter;              /* the short option, or 0 */
	const char *arg;          /* the argument's name in the help; NULL when it takes none */
	const char *help;         /* the help text; '\n' starts another line of it */
	enum parse_kind kind;
	size_t off;               /* where it is stored in the options struct */
	long min, max;            /* PARSE_KIND_INT */
	const char *const *words; /* PARSE_KIND_CHOICE, ending with NULL */
	parse_call_fn call;       /* PARSE_KIND_CALL */
	const void *data;         /* for call */
	int tag;                  /* for call */
};

/*
 * The table entries, modelled on git's OPT_* macros. T is the command's
 * options struct and F its member; the member's type is checked at compile time.
 */
#define PARSE_MEMBER(T, F, type) (offsetof(T, F) + 0 * sizeof(_Generic(((T *)0)->F, type: 1)))
#define PARSE_FLAG(n, l, T, F, h)                                                                  \
	{.name = n, .letter = l, .help = h, .kind = PARSE_KIND_FLAG, .off = PARSE_MEMBER(T, F, bool)}
#define PARSE_STRING(n, l, a, T, F, h)                                                             \
	{.name = n,                                                                                \
	 .letter = l,                                                                              \
	 .arg = a,                                                                                 \
	 .help = h,                                                                                \
	 .kind = PARSE_KIND_STRING,                                                                \
	 .off = PARSE_MEMBER(T, F, const char *)}
#define PARSE_INT(n, a, lo, hi, T, F, h)                                                           \
	{.name = n,                                                                                \
	 .arg = a,                                                                                 \
	 .help = h,                                                                                \
	 .kind = PARSE_KIND_INT,                                                                   \
	 .off = PARSE_MEMBER(T, F, long),                                                          \
	 .min = lo,                                                                                \
	 .max = hi}
#define PARSE_CHOICE(n, a, w, T, F, h)                                                             \
	{.name = n,                                                                                \
	 .arg = a,                                                                                 \
	 .help = h,                                                                                \
	 .kind = PARSE_KIND_CHOICE,                                                                \
	 .off = PARSE_MEMBER(T, F, int),                                                           \
	 .words = w}
#define PARSE_CALL(n, l, a, fn, h)                                                                 \
	{.name = n, .letter = l, .arg = a, .help = h, .kind = PARSE_KIND_CALL, .call = fn}
#define PARSE_END {.name = NULL}

/* A command as its parser and its help see it. */
struct parse_spec {
	const char *name;             /* limber NAME; NULL for limber's own options */
	const char *args;             /* the synopsis after the name */
	const char *about;            /* the paragraph of NAME --help, ending with '\n' */
	const struct parse_opt *opts; /* its own options, or NULL */
	int max_operands;             /* -1: any number */
	const char *missing;  /* the error when no operand is given; NULL when none is needed */
	const char *too_many; /* the error for operands past max_operands; NULL: "unexpected argument" */
	bool in_order;        /* stop at the first operand (limber's own options before a command) */
	void (*usage)(FILE *out); /* prints the help instead of parse_usage() */
};

/* What parse_command() found besides what the options set. */
struct parse_result {
	char **v; /* the operands, in argv's order */
	int n;
	unsigned long given; /* bit i: the command's option i was given */
};

/*
 * Reads argv (argv[0] is the command's name) along spec's table and the
 * global options (--config, --data, --routines, -h/--help) into opts and a.
 * Prints the help for -h/--help and returns 0; reports an unknown option, a
 * missing value and the wrong number of operands and returns 2; returns -1
 * to go on with the operands and the options given in *ops.
 */
int parse_command(struct app *a, const struct parse_spec *spec, int argc, char **argv, void *opts,
		  struct parse_result *ops);
/* Prints "Usage: limber NAME ARGS", the paragraph, the options and the global options. */
void parse_usage(const struct parse_spec *spec, FILE *out);
/* Prints the options of a table, one per line with their help. */
void parse_print_options(const struct parse_opt *opts, FILE *out);
/* Prints the block of options every command accepts. */
void parse_print_global_options(FILE *out);

#endif

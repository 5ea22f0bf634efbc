/* SPDX-License-Identifier: ISC */
/* fields.c - the diary's fields, their limits and vocabularies */
#include "config.h"

#include "diary/fields.h"

#include <stdlib.h>
#include <string.h>

#include "base/numparse.h"
#include "base/strbuf.h"
#include "base/strdist.h"
#include "base/textsafe.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "routine/routine.h"

/* A vocabulary from its list in fields.h: the names and labels in the order of its enum. */
#define FIELD_NAME(e, name, label) [e] = name,
#define FIELD_LABEL(e, name, label) [e] = label,
#define FIELD_VOCAB(what, LIST, count)                                                             \
	{what, (const char *const[]){LIST(FIELD_NAME)}, (const char *const[]){LIST(FIELD_LABEL)},  \
	 count}

const struct field_vocab field_locations = FIELD_VOCAB("location", FIELD_LOCATION_LIST, LOC_COUNT);
const struct field_vocab field_symptoms = FIELD_VOCAB("symptom", FIELD_SYMPTOM_LIST, SYM_COUNT);
const struct field_vocab field_flags = FIELD_VOCAB("red flag", FIELD_FLAG_LIST, FLAG_COUNT);
const struct field_vocab field_gp_flags =
	FIELD_VOCAB("see-a-GP flag", FIELD_GP_FLAG_LIST, GP_FLAG_COUNT);
const struct field_vocab field_legs =
	FIELD_VOCAB("leg symptom direction", FIELD_LEGS_LIST, LEGS_COUNT);
const struct field_vocab field_answers = FIELD_VOCAB("answer", FIELD_ANSWER_LIST, ANSWER_COUNT);
#undef FIELD_VOCAB
#undef FIELD_NAME
#undef FIELD_LABEL

const struct field_info field_table[F_COUNT] = {
	[F_BACK] = {"--back", "back pain", 0, 10, NULL, NULL},
	[F_LEG] = {"--leg", "leg pain", 0, 10, NULL, NULL},
	[F_SITTING] = {"--sitting", "sitting tolerance", 0, 1440, "minutes", NULL},
	[F_SLEEP] = {"--sleep", "sleep quality", 0, 10, NULL, NULL},
	[F_MEDS] = {"--meds", "medication", 0, FIELD_TEXT_MAX, NULL, NULL},
	[F_NOTE] = {"--note", "note", 0, FIELD_TEXT_MAX, NULL, NULL},
	[F_WHERE] = {"--where", "where it hurts", 0, 0, NULL, &field_locations},
	[F_SYMPTOMS] = {"--symptoms", "what it feels like", 0, 0, NULL, &field_symptoms},
	[F_FLAGS] = {"--flag", "red flags", 0, 0, NULL, &field_flags},
	[F_FLAGS_NOW] = {"--flag", "red flags now", 0, 0, NULL, &field_answers},
	[F_GP_FLAGS] = {"--flag", "see a GP soon", 0, 0, NULL, &field_gp_flags},
	[F_LEGS] = {"--centralised", "leg symptoms after", 0, 0, NULL, &field_legs},
	[F_SPEED] = {"--speed", "speed", 1, 100, NULL, NULL},
	[F_ROUTINE] = {"routine", "routine", 1, ROUTINE_ID_MAX, NULL, NULL},
	[F_TITLE] = {"title", "routine title", 0, ROUTINE_TITLE_COLS, "columns", NULL},
	[F_ACTIVITY] = {"--set", "activity", 0, FIELD_ACTIVITY_COLS, "columns", NULL},
	[F_FUNCTION] = {"--rate", "activity rating", 0, 10, NULL, NULL},
};

bool field_scale_ends(enum field_id f, const char **low, const char **high)
{
	static const struct {
		enum field_id f;
		const char *low, *high;
	} ends[] = {
		{F_BACK, "none", "worst imaginable"},
		{F_LEG, "none", "worst imaginable"},
		{F_SLEEP, "very poor", "very good"},
		{F_FUNCTION, "unable", "as before the problem"},
	};
	for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++)
		if (ends[i].f == f) {
			*low = ends[i].low;
			*high = ends[i].high;
			return true;
		}
	return false;
}

bool field_parse_number(enum field_id f, const char *s, int *out, char **err)
{
	const struct field_info *fi = &field_table[f];
	long v;
	/* Accept "05" here: people type it, and it cannot be mistaken for octal. */
	const char *p = s;
	while (p[0] == '0' && p[1] >= '0' && p[1] <= '9')
		p++;
	if (parse_uint(p, fi->min, fi->max, &v)) {
		*out = (int)v;
		return true;
	}
	*err = xasprintf("%s: must be %ld..%ld%s%s, got %s", fi->option, fi->min, fi->max,
			 fi->unit ? " " : "", fi->unit ? fi->unit : "", s);
	return false;
}

bool field_check_text(enum field_id f, const char *s, char **err)
{
	const struct field_info *fi = &field_table[f];
	size_t n = strlen(s);
	if (f == F_ROUTINE) {
		if (ident_valid(s))
			return true;
		*err = xasprintf("%s: must be a routine id (1..%d of a-z, 0-9 and '-')", fi->option,
				 ROUTINE_ID_MAX);
		return false;
	}
	bool one_line = f == F_TITLE || f == F_ACTIVITY;
	char *why = textsafe_why(s, one_line ? 0 : TEXTSAFE_LINES);
	if (why) {
		*err = xasprintf("%s: %s", fi->option, why);
		free(why);
		return false;
	}
	long size = 0;
	if (one_line) {
		size = utf8_width(s);
	} else {
		for (size_t i = 0; i < n; i++)
			size += ((unsigned char)s[i] & 0xc0) != 0x80;
	}
	if (size > fi->max) {
		*err = xasprintf("%s: at most %ld %s, got %ld", fi->option, fi->max,
				 fi->unit ? fi->unit : "characters", size);
		return false;
	}
	return true;
}

int field_word(const struct field_vocab *v, const char *word)
{
	for (int i = 0; i < v->count; i++)
		if (strcmp(word, v->names[i]) == 0)
			return i;
	return -1;
}

char *field_list_text(const struct field_vocab *v, unsigned mask, const char *sep)
{
	struct strbuf b;
	sb_init(&b);
	for (int i = 0; i < v->count; i++)
		if (mask & (1u << i))
			sb_addf(&b, "%s%s", b.len ? sep : "", v->names[i]);
	return sb_steal(&b);
}

bool field_parse_list(const struct field_vocab *v, const char *option, const char *s,
		      unsigned *mask, char **err)
{
	unsigned m = 0;
	char *copy = xstrdup(s), *save = NULL;
	for (char *w = strtok_r(copy, ", ", &save); w; w = strtok_r(NULL, ", ", &save)) {
		int i = field_word(v, w);
		if (i >= 0) {
			m |= 1u << i;
			continue;
		}
		const char *hint = str_suggest(w, v->names, (size_t)v->count);
		char *all = field_list_text(v, (1u << v->count) - 1, ", ");
		if (hint)
			*err = xasprintf("%s: unknown %s '%s' (did you mean '%s'?); allowed: %s",
					 option, v->what, w, hint, all);
		else
			*err = xasprintf("%s: unknown %s '%s'; allowed: %s", option, v->what, w, all);
		free(all);
		free(copy);
		return false;
	}
	free(copy);
	*mask = m;
	return true;
}

bool field_parse_choice(const struct field_vocab *v, const char *option, const char *s, int *out,
			char **err)
{
	if (!*s) {
		*out = -1;
		return true;
	}
	int i = field_word(v, s);
	if (i >= 0) {
		*out = i;
		return true;
	}
	char *all = field_list_text(v, (1u << v->count) - 1, ", ");
	*err = xasprintf("%s: unknown %s '%s'; allowed: %s", option, v->what, s, all);
	free(all);
	return false;
}

/* SPDX-License-Identifier: ISC */
/* fields.c - the diary's fields, their limits and vocabularies */
#include "config.h"

#include "diary/fields.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
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

/* TRANSLATORS: what a word of a list is, in "--where: unknown location 'knee'". */
const struct field_vocab field_locations =
	FIELD_VOCAB(N_("location"), FIELD_LOCATION_LIST, LOC_COUNT);
/* TRANSLATORS: what a word of a list is, in "--symptoms: unknown symptom 'itchy'". */
const struct field_vocab field_symptoms =
	FIELD_VOCAB(N_("symptom"), FIELD_SYMPTOM_LIST, SYM_COUNT);
/* TRANSLATORS: what a word of a list is, in "--flag: unknown red flag 'x'". */
const struct field_vocab field_flags = FIELD_VOCAB(N_("red flag"), FIELD_FLAG_LIST, FLAG_COUNT);
/* TRANSLATORS: what a word of a list is: a reason to see a GP (a family doctor) soon. */
const struct field_vocab field_gp_flags =
	FIELD_VOCAB(N_("see-a-GP flag"), FIELD_GP_FLAG_LIST, GP_FLAG_COUNT);
/* TRANSLATORS: what a word of a list is: where leg symptoms went in a session. */
const struct field_vocab field_legs =
	FIELD_VOCAB(N_("leg symptom direction"), FIELD_LEGS_LIST, LEGS_COUNT);
/* TRANSLATORS: what a word of a list is: the answer to the red-flag question. */
const struct field_vocab field_answers =
	FIELD_VOCAB(N_("answer"), FIELD_ANSWER_LIST, ANSWER_COUNT);
#undef FIELD_VOCAB
#undef FIELD_NAME
#undef FIELD_LABEL

const struct field_info field_table[F_COUNT] = {
	/* TRANSLATORS: a diary field's label, on the entry form and in messages. */
	[F_BACK] = {"--back", N_("back pain"), 0, 10, NULL, NULL},
	[F_LEG] = {"--leg", N_("leg pain"), 0, 10, NULL, NULL},
	/* TRANSLATORS: a diary field: how long one can sit before the pain makes one stand. */
	[F_SITTING] = {"--sitting", N_("sitting tolerance"), 0, 1440, N_("minutes"), NULL},
	[F_SLEEP] = {"--sleep", N_("sleep quality"), 0, 10, NULL, NULL},
	[F_MEDS] = {"--meds", N_("medication"), 0, FIELD_TEXT_MAX, NULL, NULL},
	/* TRANSLATORS: a diary field's label: what the person wrote in their own words. */
	[F_NOTE] = {"--note", N_("note"), 0, FIELD_TEXT_MAX, NULL, NULL},
	[F_WHERE] = {"--where", N_("where it hurts"), 0, 0, NULL, &field_locations},
	[F_SYMPTOMS] = {"--symptoms", N_("what it feels like"), 0, 0, NULL, &field_symptoms},
	[F_FLAGS] = {"--flag", N_("red flags"), 0, 0, NULL, &field_flags},
	[F_FLAGS_NOW] = {"--flag", N_("red flags now"), 0, 0, NULL, &field_answers},
	/* TRANSLATORS: a diary field's label: signs to see a GP (a family doctor) soon. */
	[F_GP_FLAGS] = {"--flag", N_("see a GP soon"), 0, 0, NULL, &field_gp_flags},
	[F_LEGS] = {"--centralised", N_("leg symptoms after"), 0, 0, NULL, &field_legs},
	/* TRANSLATORS: a session's field: how much faster than real time it was played. */
	[F_SPEED] = {"--speed", N_("speed"), 1, 100, NULL, NULL},
	[F_ROUTINE] = {"routine", N_("routine"), 1, ROUTINE_ID_MAX, NULL, NULL},
	/* TRANSLATORS: the unit is of a text's width on screen. */
	[F_TITLE] = {"title", N_("routine title"), 0, ROUTINE_TITLE_COLS, N_("columns"), NULL},
	/* TRANSLATORS: a diary field: something the person finds hard to do (function score). */
	[F_ACTIVITY] = {"--set", N_("activity"), 0, FIELD_ACTIVITY_COLS, N_("columns"), NULL},
	/* TRANSLATORS: a diary field: how well one can do an activity, 0 to 10. */
	[F_FUNCTION] = {"--rate", N_("activity rating"), 0, 10, NULL, NULL},
};

bool field_scale_ends(enum field_id f, const char **low, const char **high)
{
	/* Each end with the context it is translated in: "none" of pain is not "none" of a list. */
	static const struct {
		enum field_id f;
		const char *low, *high;
	} ends[] = {
		/* TRANSLATORS: the low end of the 0..10 pain scale: no pain. */
		{F_BACK, NC_("scale end", "none"), NC_("scale end", "worst imaginable")},
		{F_LEG, NC_("scale end", "none"), NC_("scale end", "worst imaginable")},
		/* TRANSLATORS: the low end of the 0..10 sleep scale. */
		{F_SLEEP, NC_("scale end", "very poor"),
		 /* TRANSLATORS: the high end of the 0..10 sleep scale. */
		 NC_("scale end", "very good")},
		/* TRANSLATORS: the low end of the 0..10 activity scale. */
		{F_FUNCTION, NC_("scale end", "unable"),
		 /* TRANSLATORS: the high end of the 0..10 activity scale. */
		 NC_("scale end", "as before the problem")},
	};
	for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++)
		if (ends[i].f == f) {
			*low = i18n_cgettext("scale end", ends[i].low);
			*high = i18n_cgettext("scale end", ends[i].high);
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
	if (fi->unit)
		/* TRANSLATORS: an option, its limits, their unit ("minutes"), what was given. */
		*err = xasprintf(_("%s: must be %ld..%ld %s, got %s"), fi->option, fi->min, fi->max,
				 _(fi->unit), s);
	else
		*err = xasprintf(_("%s: must be %ld..%ld, got %s"), fi->option, fi->min, fi->max,
				 s);
	return false;
}

bool field_check_text(enum field_id f, const char *s, char **err)
{
	const struct field_info *fi = &field_table[f];
	size_t n = strlen(s);
	if (f == F_ROUTINE) {
		if (ident_valid(s))
			return true;
		*err = xasprintf(_("%s: must be a routine id (1..%d of a-z, 0-9 and '-')"),
				 fi->option, ROUTINE_ID_MAX);
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
		if (one_line)
			/* TRANSLATORS: an option, the screen columns allowed, the columns given. */
			*err = xasprintf(ngettext("%s: at most %ld column, got %ld",
						  "%s: at most %ld columns, got %ld", fi->max),
					 fi->option, fi->max, size);
		else
			*err = xasprintf(ngettext("%s: at most %ld character, got %ld",
						  "%s: at most %ld characters, got %ld", fi->max),
					 fi->option, fi->max, size);
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
			/* TRANSLATORS: an option, what its words are ("symptom"), the word given,
			   the word meant, the words allowed (as typed: keep them). */
			*err = xasprintf(_("%s: unknown %s '%s' (did you mean '%s'?); allowed: %s"),
					 option, _(v->what), w, hint, all);
		else
			/* TRANSLATORS: an option, what its words are ("symptom"), the word given,
			   the words allowed (as typed: keep them). */
			*err = xasprintf(_("%s: unknown %s '%s'; allowed: %s"), option, _(v->what),
					 w, all);
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
	*err = xasprintf(_("%s: unknown %s '%s'; allowed: %s"), option, _(v->what), s, all);
	free(all);
	return false;
}

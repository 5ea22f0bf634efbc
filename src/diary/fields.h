/* SPDX-License-Identifier: ISC */
/* fields.h - the diary's fields, their limits and vocabularies: one table each */
#ifndef LIMBER_FIELDS_H
#define LIMBER_FIELDS_H

#include <stdbool.h>

#include "base/i18n.h"

/* Where it hurts. Order is the body map's, top to bottom, left before right. */
#define FIELD_LOCATION_LIST(X)                                                                     \
	/* TRANSLATORS: where it hurts: the form's body map, the diary. */                         \
	X(LOC_LOWER_BACK, "lower-back", N_("lower back"))                                          \
	X(LOC_BUTTOCK_LEFT, "buttock-left", N_("left buttock"))                                    \
	X(LOC_BUTTOCK_RIGHT, "buttock-right", N_("right buttock"))                                 \
	X(LOC_THIGH_LEFT, "thigh-left", N_("left thigh"))                                          \
	X(LOC_THIGH_RIGHT, "thigh-right", N_("right thigh"))                                       \
	X(LOC_CALF_LEFT, "calf-left", N_("left calf"))                                             \
	X(LOC_CALF_RIGHT, "calf-right", N_("right calf"))                                          \
	X(LOC_FOOT_LEFT, "foot-left", N_("left foot"))                                             \
	X(LOC_FOOT_RIGHT, "foot-right", N_("right foot"))

/* What it feels like. */
#define FIELD_SYMPTOM_LIST(X)                                                                      \
	/* TRANSLATORS: what the pain feels like: the form, the diary. */                          \
	X(SYM_BURNING, "burning", N_("burning"))                                                   \
	X(SYM_TINGLING, "tingling", N_("tingling"))                                                \
	X(SYM_NUMBNESS, "numbness", N_("numbness"))                                                \
	X(SYM_WEAKNESS, "weakness", N_("weakness"))                                                \
	X(SYM_SHOOTING, "shooting", N_("shooting pain"))                                           \
	X(SYM_STIFFNESS, "stiffness", N_("stiffness"))

/*
 * Red flags: signs of cauda equina syndrome (shared/content/safety.md, the
 * NHS list): asked about now, they need emergency care. The bits are stored:
 * add new ones at the end.
 */
#define FIELD_FLAG_LIST(X)                                                                         \
	/* TRANSLATORS: a red flag (safety.md): keep its medical meaning exactly. */               \
	X(FLAG_BOTH_LEGS, "both-legs", N_("sciatica in both legs"))                                \
	/* TRANSLATORS: a red flag (safety.md): keep its medical meaning exactly. */               \
	X(FLAG_SADDLE, "saddle-numbness", N_("numbness around the genitals or bottom"))            \
	/* TRANSLATORS: a red flag (safety.md): keep its medical meaning exactly. */               \
	X(FLAG_BLADDER, "bladder", N_("new trouble starting or controlling peeing"))               \
	/* TRANSLATORS: a red flag (safety.md): keep its medical meaning exactly. */               \
	X(FLAG_BOWEL, "bowel", N_("new trouble noticing or controlling pooing"))                   \
	/* TRANSLATORS: a red flag (safety.md): keep its medical meaning exactly. */               \
	X(FLAG_WEAKNESS, "worsening-weakness",                                                     \
	  N_("weakness or numbness in the legs, getting worse"))                                   \
	/* TRANSLATORS: a red flag (safety.md): keep its medical meaning exactly. */               \
	X(FLAG_SEXUAL, "sexual", N_("new loss of sexual function or of feeling during sex"))

/*
 * "See a GP soon" (shared/content/safety.md, NHS "Back pain"): not an
 * emergency and never in the way of a session. Stored bits: add at the end.
 */
#define FIELD_GP_FLAG_LIST(X)                                                                      \
	/* TRANSLATORS: see a GP soon if (safety.md): keep its meaning exactly. */                 \
	X(GP_FEVER, "fever", N_("a high temperature, or feeling hot, shivery or unwell"))          \
	/* TRANSLATORS: see a GP soon if (safety.md): keep its meaning exactly. */                 \
	X(GP_WEIGHT, "weight-loss", N_("weight loss you cannot explain"))                          \
	/* TRANSLATORS: see a GP soon if (safety.md): keep its meaning exactly. */                 \
	X(GP_NIGHT, "night-pain", N_("pain worse at night, or not eased by rest"))                 \
	/* TRANSLATORS: see a GP soon if (safety.md): keep its meaning exactly. */                 \
	X(GP_INJURY, "injury", N_("the pain started after a fall or an injury"))                   \
	/* TRANSLATORS: see a GP soon if (safety.md): keep its meaning exactly. */                 \
	X(GP_CANCER, "cancer-history", N_("you have had cancer"))                                  \
	/* TRANSLATORS: see a GP soon if (safety.md): keep its meaning exactly. */                 \
	X(GP_SHAPE, "back-shape", N_("a swelling or a change in the shape of the back"))

/* Where leg symptoms went during a session: centralised is a good sign (safety.md). */
#define FIELD_LEGS_LIST(X)                                                                         \
	/* TRANSLATORS: where leg symptoms went in a session. */                                   \
	X(LEGS_CENTRALISED, "centralised", N_("moved toward the back"))                            \
	/* TRANSLATORS: where leg symptoms went in a session: nowhere. */                          \
	X(LEGS_SAME, "same", N_("same"))                                                           \
	/* TRANSLATORS: where leg symptoms went in a session. */                                   \
	X(LEGS_SPREAD, "spread", N_("spread further down the leg"))

/* The answer to "Do you have any of these now?" (red flags), when it was asked. */
#define FIELD_ANSWER_LIST(X)                                                                       \
	/* TRANSLATORS: the answer to "Do you have any of these now?" (red flags). */              \
	X(ANSWER_NO, "no", N_("none of these now"))                                                \
	/* TRANSLATORS: the answer to "Do you have any of these now?" (red flags). */              \
	X(ANSWER_YES, "yes", N_("some of these now"))

#define FIELD_ENUM(e, name, label) e,
enum field_location { FIELD_LOCATION_LIST(FIELD_ENUM) LOC_COUNT };
enum field_symptom { FIELD_SYMPTOM_LIST(FIELD_ENUM) SYM_COUNT };
enum field_flag { FIELD_FLAG_LIST(FIELD_ENUM) FLAG_COUNT };
enum field_gp_flag { FIELD_GP_FLAG_LIST(FIELD_ENUM) GP_FLAG_COUNT };
enum field_legs { FIELD_LEGS_LIST(FIELD_ENUM) LEGS_COUNT };
enum field_answer { FIELD_ANSWER_LIST(FIELD_ENUM) ANSWER_COUNT };
#undef FIELD_ENUM

/*
 * A fixed set of words stored as a bit mask. The names are stored, exported
 * and typed, never translated; what and the labels are marked N_ and shown
 * with _().
 */
struct field_vocab {
	const char *what; /* "location", "symptom", "red flag" */
	const char *const *names;
	const char *const *labels;
	int count;
};

extern const struct field_vocab field_locations, field_symptoms, field_flags;
extern const struct field_vocab field_gp_flags, field_legs, field_answers;

/*
 * What a person gives for a field, and its limits: one row per fact, read by
 * the command line, the form, the docs and (through record.h) the store,
 * export and import. F_BACK's and F_LEG's limits are also every pain rating
 * of a session.
 */
enum field_id {
	F_BACK,
	F_LEG,
	F_SITTING,
	F_SLEEP,
	F_MEDS,
	F_NOTE,
	F_WHERE,
	F_SYMPTOMS,
	F_FLAGS,
	F_FLAGS_NOW, /* the red-flag question answered: no, yes; not given when not asked */
	F_GP_FLAGS,
	F_LEGS,      /* a session's leg symptoms after it: centralised, same, spread */
	F_SPEED,
	F_ROUTINE, /* a session's routine id: the id rules of routine files */
	F_TITLE,   /* a session's routine title: the title rules of routine files */
	F_ACTIVITY, /* an activity the person finds hard (function score): one line */
	F_FUNCTION, /* how well they can do it, 0 unable .. 10 as before the problem */
	F_COUNT,
};

struct field_info {
	const char *option; /* --back */
	const char *label;  /* "back pain"; N_, shown with _() */
	long min, max;      /* a number's range, or a text's maximum characters */
	const char *unit;   /* "minutes", or NULL; N_, shown with _() */
	const struct field_vocab *vocab; /* the words of a list, or NULL */
};

extern const struct field_info field_table[F_COUNT];

/* Activities of the function score (Patient-Specific Functional Scale). */
#define FIELD_ACTIVITIES 3
#define FIELD_ACTIVITY_COLS 40

/* Characters a note or medication may hold. */
#define FIELD_TEXT_MAX 2000

/*
 * What the ends of a 0..10 scale mean, for the form and the docs: back and
 * leg pain "none" to "worst imaginable", sleep "very poor" to "very good",
 * translated. False for a field that is not such a scale.
 */
bool field_scale_ends(enum field_id f, const char **low, const char **high);
/*
 * Parses a number for field f: "--back: must be 0..10, got 12" on failure
 * (the message is allocated into *err).
 */
bool field_parse_number(enum field_id f, const char *s, int *out, char **err);
/*
 * Checks text: valid UTF-8, at most the field's characters, and nothing that
 * could drive a terminal (control characters but newline and tab, C1, bidi
 * controls). F_ROUTINE: an id (a-z, 0-9, '-'); F_TITLE: one line, at most
 * ROUTINE_TITLE_COLS columns.
 */
bool field_check_text(enum field_id f, const char *s, char **err);
/*
 * Parses a comma-separated list of vocabulary words into a mask; the error
 * names the unknown word, a close match and the allowed words.
 */
bool field_parse_list(const struct field_vocab *v, const char *option, const char *s,
		      unsigned *mask, char **err);
/* One word of v into *out; "" is -1 (not given). The error lists the allowed words. */
bool field_parse_choice(const struct field_vocab *v, const char *option, const char *s, int *out,
			char **err);
/* The words of a mask joined with sep; caller frees. Empty string for 0. */
char *field_list_text(const struct field_vocab *v, unsigned mask, const char *sep);
/* Word lookup; -1 when unknown. */
int field_word(const struct field_vocab *v, const char *word);

#endif

/* SPDX-License-Identifier: ISC */
/* safety.c - the safety wording limber shows, in one place (from shared/content/safety.md) */
#include "config.h"

#include "insight/safety.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

static const char *const urgent[] = {
	"URGENT: these can be signs of cauda equina syndrome, a pressed nerve",
	"bundle at the base of the spine that needs treatment straight away.",
	"Contact emergency services now.",
	NULL,
};

static const char *const urgent_gb[] = {
	"URGENT: these can be signs of cauda equina syndrome, a pressed nerve",
	"bundle at the base of the spine that needs treatment straight away.",
	"Contact emergency services now: go to A&E or call 999.",
	NULL,
};

static const char *const notice[] = {
	"limber is self-care support, not treatment.",
	"",
	"Mild stretch or discomfort is fine; sharp pain is not. Stop an exercise",
	"that makes symptoms worse or sends pain further down the leg.",
	"",
	"Contact emergency services now if you have numbness around the genitals",
	"or bottom, new trouble controlling your bladder or bowel, new loss of",
	"sexual function, sciatica in both legs, or weakness or numbness in both",
	"legs that is severe or getting worse.",
	"",
	"See a doctor if the pain is not better after a few weeks, is getting",
	"worse or stops you doing normal things, if the exercises cause severe",
	"pain, or if you feel generally unwell with it.",
	NULL,
};

const char *const *safety_urgent_lines(bool en_gb)
{
	return en_gb ? urgent_gb : urgent;
}

const char *const *safety_notice_lines(void)
{
	return notice;
}

const char *safety_flag_question(void)
{
	return "Do you have any of these now?";
}

const char *safety_gp_question(void)
{
	return "Not urgent, but any of these? (optional: see a GP soon)";
}

const char *safety_gp_line(bool en_gb)
{
	return en_gb ? "Not an emergency, but see a GP soon (or call NHS 111)."
		     : "Not an emergency, but see a doctor soon.";
}

const char *safety_flags_noted(void)
{
	return "You noted:";
}

const char *safety_exercise_reminder(void)
{
	return "Stop if pain sharpens or spreads down the leg.";
}

bool safety_locale_en_gb(void)
{
	const char *loc = setlocale(LC_MESSAGES, NULL);
	if (!loc || strcmp(loc, "C") == 0 || strcmp(loc, "C.UTF-8") == 0) {
		const char *env = getenv("LC_ALL");
		if (!env || !*env)
			env = getenv("LC_MESSAGES");
		if (!env || !*env)
			env = getenv("LANG");
		loc = env;
	}
	return loc && strncmp(loc, "en_GB", 5) == 0;
}

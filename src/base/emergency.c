/* SPDX-License-Identifier: ISC */
/* emergency.c - the emergency telephone number of the country a locale names */
#include "config.h"

#include "base/emergency.h"

#include <stddef.h>
#include <string.h>

/* ISO 3166-1 codes of the 27 member states of the European Union, where 112 answers. */
static const char eu112[] = " AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL "
			    "PT RO SE SI SK ";

const char *emergency_number(const char *locale)
{
	/* language[_territory][.codeset][@modifier]: the territory is two capital letters. */
	const char *u = locale ? strchr(locale, '_') : NULL;
	if (!u || u == locale || strcspn(locale, ".@") < (size_t)(u - locale))
		return NULL; /* no language, no territory, or a '_' only after the codeset */
	for (int i = 1; i <= 2; i++)
		if (u[i] < 'A' || u[i] > 'Z') /* stops at the end of the string too */
			return NULL;
	if (u[3] != '\0' && u[3] != '.' && u[3] != '@')
		return NULL;
	char cc[5] = {' ', u[1], u[2], ' ', '\0'};
	if (strstr(eu112, cc))
		return "112";
	if (strcmp(cc, " GB ") == 0)
		return "999";
	if (strcmp(cc, " US ") == 0 || strcmp(cc, " CA ") == 0)
		return "911";
	return NULL;
}

/* SPDX-License-Identifier: ISC */
/* emergency.h - the emergency telephone number of the country a locale names */
#ifndef LIMBER_EMERGENCY_H
#define LIMBER_EMERGENCY_H

/*
 * The number to call in an emergency in the country of a locale name
 * ("de_DE.UTF-8", "en_GB", "fr_CA@euro"): "112" in the member states of the
 * European Union, "999" in the United Kingdom, "911" in the United States
 * and Canada; NULL for any other country, a locale without one ("C",
 * "C.UTF-8", "POSIX", "de") and NULL, where the text says "emergency
 * services" instead. Pass the locale of the messages:
 * setlocale(LC_MESSAGES, NULL).
 */
const char *emergency_number(const char *locale);

#endif

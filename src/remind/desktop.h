/* SPDX-License-Identifier: ISC */
/*
 * desktop.h - the reminder face: a desktop notification through libnotify
 * (org.freedesktop.Notifications on the session bus)
 */
/*
 * remind/: a face: reminders, as systemd user timers on disk and a desktop notification;
 * uses the ground and the core only.
 */
#ifndef LIMBER_DESKTOP_H
#define LIMBER_DESKTOP_H

#include <stdbool.h>

/*
 * Shows one notification from "limber": summary and body as plain text,
 * critical when urgent. Returns false with *why (a new string) when no
 * notification service took it: no session bus, or nobody owns the name.
 * The notification has no actions: it never starts anything.
 */
bool desktop_notify(const char *summary, const char *body, bool urgent, char **why);

#endif

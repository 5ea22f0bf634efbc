/* SPDX-License-Identifier: ISC */
/* desktop.c - a desktop notification through libnotify */
#include "config.h"

#include "remind/desktop.h"

#include <libnotify/notify.h>
#include <string.h>

#include "base/i18n.h"
#include "base/xalloc.h"

/* Whether the server reads markup in bodies (then text must be escaped). */
static bool body_markup(void)
{
	GList *caps = notify_get_server_caps();
	bool markup = g_list_find_custom(caps, "body-markup", (GCompareFunc)strcmp) != NULL;
	g_list_free_full(caps, g_free);
	return markup;
}

/* Shows the notification once libnotify has started. */
static bool show(const char *summary, const char *body, bool urgent, char **why)
{
	char *text = body_markup() ? g_markup_escape_text(body, -1) : g_strdup(body);
	NotifyNotification *n = notify_notification_new(summary, text, NULL);
	notify_notification_set_urgency(n,
	                                urgent ? NOTIFY_URGENCY_CRITICAL : NOTIFY_URGENCY_NORMAL);
	notify_notification_set_category(n, "reminder");
	GError *e = NULL;
	bool ok = notify_notification_show(n, &e);
	if (!ok && e && e->message) {
		free(*why);
		*why = xstrdup(e->message);
	}
	g_clear_error(&e);
	g_object_unref(n);
	g_free(text);
	return ok;
}

/* libnotify's warnings (no bus, no server) become the reason, not lines on stderr. */
static void keep_warning(const gchar *domain, GLogLevelFlags level, const gchar *msg, gpointer why)
{
	(void)domain, (void)level;
	char **w = why;
	if (!*w)
		*w = xstrdup(msg);
}

bool desktop_notify(const char *summary, const char *body, bool urgent, char **why)
{
	*why = NULL;
	guint h = g_log_set_handler("libnotify", G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE,
	                            keep_warning, why);
	bool ok = notify_init("limber") && show(summary, body, urgent, why);
	notify_uninit();
	g_log_remove_handler("libnotify", h);
	if (!ok && !*why)
		*why = xstrdup(_("no notification service"));
	return ok;
}

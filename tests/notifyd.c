/* SPDX-License-Identifier: ISC */
/*
 * notifyd.c - a stand-in notification server for the remind tests: owns
 * org.freedesktop.Notifications on the session bus and writes each Notify
 * call as one line "Notify<TAB>app<TAB>summary<TAB>body<TAB>urgency" to LOG.
 *
 * Usage: notifyd LOG READY SECONDS
 * Touches READY once it owns the name; exits on SIGTERM or after SECONDS.
 */
#include "config.h"

#include <gio/gio.h>
#include <glib-unix.h>
#include <stdio.h>
#include <stdlib.h>

static const char introspection[] =
    "<node><interface name='org.freedesktop.Notifications'>"
    "<method name='Notify'><arg type='s' direction='in'/><arg type='u' direction='in'/>"
    "<arg type='s' direction='in'/><arg type='s' direction='in'/>"
    "<arg type='s' direction='in'/><arg type='as' direction='in'/>"
    "<arg type='a{sv}' direction='in'/><arg type='i' direction='in'/>"
    "<arg type='u' direction='out'/></method>"
    "<method name='CloseNotification'><arg type='u' direction='in'/></method>"
    "<method name='GetCapabilities'><arg type='as' direction='out'/></method>"
    "<method name='GetServerInformation'><arg type='s' direction='out'/>"
    "<arg type='s' direction='out'/><arg type='s' direction='out'/>"
    "<arg type='s' direction='out'/></method>"
    "</interface></node>";

static const char *log_path, *ready_path;
static GMainLoop *loop;
static guint32 next_id = 1;

/* Writes one Notify call to the log. */
static void log_notify(GVariant *params)
{
	const gchar *app, *icon, *summary, *body;
	guint32 replaces;
	gint32 timeout;
	GVariant *actions, *hints;
	g_variant_get(params, "(&su&s&s&s@as@a{sv}i)", &app, &replaces, &icon, &summary, &body,
	              &actions, &hints, &timeout);
	guchar urgency = 1;
	g_variant_lookup(hints, "urgency", "y", &urgency);
	FILE *f = fopen(log_path, "a");
	if (f) {
		fprintf(f, "Notify\t%s\t%s\t%s\t%u\n", app, summary, body, urgency);
		fclose(f);
	}
	g_variant_unref(actions);
	g_variant_unref(hints);
}

static void call(GDBusConnection *c, const gchar *sender, const gchar *path, const gchar *iface,
                 const gchar *method, GVariant *params, GDBusMethodInvocation *inv, gpointer data)
{
	(void)c, (void)sender, (void)path, (void)iface, (void)data;
	if (g_strcmp0(method, "Notify") == 0) {
		log_notify(params);
		g_dbus_method_invocation_return_value(inv, g_variant_new("(u)", next_id++));
	} else if (g_strcmp0(method, "GetCapabilities") == 0) {
		const gchar *caps[] = {"body", "body-markup", NULL};
		g_dbus_method_invocation_return_value(inv, g_variant_new("(^as)", caps));
	} else if (g_strcmp0(method, "GetServerInformation") == 0) {
		g_dbus_method_invocation_return_value(
		    inv, g_variant_new("(ssss)", "notifyd", "limber tests", "1", "1.2"));
	} else {
		g_dbus_method_invocation_return_value(inv, NULL);
	}
}

static const GDBusInterfaceVTable vtable = {.method_call = call};

static void acquired(GDBusConnection *c, const gchar *name, gpointer data)
{
	(void)c, (void)name, (void)data;
	FILE *f = fopen(ready_path, "w");
	if (f)
		fclose(f);
}

static void bus(GDBusConnection *c, const gchar *name, gpointer data)
{
	(void)name;
	GDBusNodeInfo *info = data;
	g_dbus_connection_register_object(c, "/org/freedesktop/Notifications", info->interfaces[0],
	                                  &vtable, NULL, NULL, NULL);
}

static void lost(GDBusConnection *c, const gchar *name, gpointer data)
{
	(void)c, (void)data;
	fprintf(stderr, "notifyd: could not own %s\n", name);
	g_main_loop_quit(loop);
}

static gboolean stop(gpointer data)
{
	(void)data;
	g_main_loop_quit(loop);
	return G_SOURCE_REMOVE;
}

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: notifyd LOG READY SECONDS\n");
		return 2;
	}
	log_path = argv[1];
	ready_path = argv[2];
	GDBusNodeInfo *info = g_dbus_node_info_new_for_xml(introspection, NULL);
	loop = g_main_loop_new(NULL, FALSE);
	guint owner = g_bus_own_name(G_BUS_TYPE_SESSION, "org.freedesktop.Notifications",
	                             G_BUS_NAME_OWNER_FLAGS_NONE, bus, acquired, lost, info, NULL);
	g_unix_signal_add(SIGTERM, stop, NULL);
	g_timeout_add_seconds((guint)atoi(argv[3]), stop, NULL);
	g_main_loop_run(loop);
	g_bus_unown_name(owner);
	g_main_loop_unref(loop);
	g_dbus_node_info_unref(info);
	return 0;
}

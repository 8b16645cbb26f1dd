/* outlay-application.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "outlay-application.h"
#include "outlay-cli.h"
#include "outlay-window.h"

struct _OutlayApplication
{
  AdwApplication  parent_instance;
  OutlayDataset  *dataset;
};

G_DEFINE_FINAL_TYPE (OutlayApplication, outlay_application, ADW_TYPE_APPLICATION)

/* The command line is handled here, before the application registers on
 * the session bus or GTK starts (GtkApplication initialises GTK in
 * startup, which comes later): --validate, --export and --summary work on
 * a machine with no display and no D-Bus. GApplication's own option
 * parsing would do the first but exits 1 on a usage error, where Outlay
 * promises 2 (1 means bad data), so outlay-cli.c parses the options.
 *
 * With no command, the dataset is loaded here too, so a bad --dataset is
 * said on stderr with exit status 1 before any window opens. */
static gboolean
outlay_application_local_command_line (GApplication   *application,
                                       char         ***arguments,
                                       int            *exit_status)
{
  OutlayApplication *self = OUTLAY_APPLICATION (application);
  g_autofree char *dataset_path = NULL;
  g_auto(GStrv) rest = NULL;
  int status;

  status = outlay_cli_run (*arguments, &dataset_path);
  if (status != OUTLAY_CLI_GUI)
    {
      *exit_status = status;
      return TRUE;
    }

  self->dataset = outlay_cli_load_dataset (dataset_path);
  if (self->dataset == NULL)
    {
      *exit_status = OUTLAY_CLI_FAILED;
      return TRUE;
    }

  rest = g_new0 (char *, 2);
  rest[0] = g_strdup ((*arguments)[0]);

  return G_APPLICATION_CLASS (outlay_application_parent_class)->local_command_line (application, &rest, exit_status);
}

static void
outlay_application_activate (GApplication *application)
{
  OutlayApplication *self = OUTLAY_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    window = GTK_WINDOW (outlay_window_new (GTK_APPLICATION (application), self->dataset));

  gtk_window_present (window);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *application = user_data;
  const char *developers[] = { _("The Outlay authors"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (application),
                        "application-name", _("Outlay"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Outlay authors"),
                        "developers", developers,
                        /* Translators: what Outlay is, in the About window */
                        "comments", _("Explore the money figures and events reported in the news, "
                                      "each number traced to the sentence it came from."),
                        "copyright", "© 2026 The Outlay authors",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: put your name here, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
};

static void
outlay_application_startup (GApplication *application)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.export-chart", { "<Control>e", NULL } },
    { "win.export-csv", { "<Control><Shift>e", NULL } },
    { "win.show-details", { "F9", NULL } },
    { "win.show-shortcuts", { "<Control>question", NULL } },
  };

  G_APPLICATION_CLASS (outlay_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application),
                                           accels[i].action, accels[i].accels);
}

static void
outlay_application_dispose (GObject *object)
{
  OutlayApplication *self = (OutlayApplication *)object;

  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (outlay_application_parent_class)->dispose (object);
}

static void
outlay_application_class_init (OutlayApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = outlay_application_dispose;
  application_class->local_command_line = outlay_application_local_command_line;
  application_class->startup = outlay_application_startup;
  application_class->activate = outlay_application_activate;
}

static void
outlay_application_init (OutlayApplication *self)
{
}

OutlayApplication *
outlay_application_new (void)
{
  return g_object_new (OUTLAY_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/io/github/outlay/Outlay",
                       NULL);
}

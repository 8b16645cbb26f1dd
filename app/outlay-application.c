/* outlay-application.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "outlay-application.h"
#include "outlay-window.h"

struct _OutlayApplication
{
  AdwApplication  parent_instance;
  OutlayDataset  *dataset;
};

G_DEFINE_FINAL_TYPE (OutlayApplication, outlay_application, ADW_TYPE_APPLICATION)

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
  application_class->startup = outlay_application_startup;
  application_class->activate = outlay_application_activate;
}

static void
outlay_application_init (OutlayApplication *self)
{
}

/**
 * outlay_application_new:
 * @dataset: the dataset to open, loaded by the caller (main.c loads it
 *   before GTK starts, so a bad file is said on stderr before any window)
 *
 * Returns: (transfer full): a new application; run it with no arguments
 *   but the program's name (the command line is outlay-cli.c's)
 */
OutlayApplication *
outlay_application_new (OutlayDataset *dataset)
{
  OutlayApplication *self;

  g_return_val_if_fail (OUTLAY_IS_DATASET (dataset), NULL);

  self = g_object_new (OUTLAY_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/io/github/outlay/Outlay",
                       NULL);
  self->dataset = g_object_ref (dataset);

  return self;
}

/* outlay-application.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "outlay-application.h"
#include "outlay-cli.h"

/* Until the window lands (the desktop app issue), the application is a
 * plain GApplication: every run is a command-line run. */
struct _OutlayApplication
{
  GApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (OutlayApplication, outlay_application, G_TYPE_APPLICATION)

/* The command line is handled here, before the application registers on
 * the session bus or any GUI toolkit starts: --validate and --export must
 * work on a machine with no display and no D-Bus. GApplication's own
 * option parsing would do the first but exits 1 on a usage error, where
 * Outlay promises 2 (1 means bad data), so the options are parsed by
 * outlay-cli.c. */
static gboolean
outlay_application_local_command_line (GApplication   *application,
                                       char         ***arguments,
                                       int            *exit_status)
{
  *exit_status = outlay_cli_run (*arguments);
  return TRUE;
}

static void
outlay_application_class_init (OutlayApplicationClass *klass)
{
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  application_class->local_command_line = outlay_application_local_command_line;
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
                       NULL);
}

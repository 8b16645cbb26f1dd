/* outlay-gui.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gmodule.h>

#include "outlay-application.h"
#include "outlay-gui.h"

const char * const outlay_gui_version = PACKAGE_VERSION;

/**
 * outlay_gui_main:
 * @program: the program's name, argv[0]
 * @dataset: the dataset to open
 *
 * Runs the application until its last window closes. main.c has run the
 * command line already; GApplication gets the program's name alone.
 *
 * Returns: the exit status
 */
int
outlay_gui_main (const char    *program,
                 OutlayDataset *dataset)
{
  g_autoptr(OutlayApplication) app = outlay_application_new (dataset);
  char *argv[] = { (char *)program, NULL };

  return g_application_run (G_APPLICATION (app), 1, argv);
}

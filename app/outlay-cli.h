/* outlay-cli.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * OutlayCliStatus:
 * @OUTLAY_CLI_OK: done
 * @OUTLAY_CLI_FAILED: bad data, or a file could not be written
 * @OUTLAY_CLI_USAGE: the command line itself is wrong
 * @OUTLAY_CLI_GUI: no command: open the window
 *
 * The exit status of a command-line run.
 */
typedef enum
{
  OUTLAY_CLI_GUI = -1,
  OUTLAY_CLI_OK = 0,
  OUTLAY_CLI_FAILED = 1,
  OUTLAY_CLI_USAGE = 2,
} OutlayCliStatus;

int   outlay_cli_run                  (char * const *arguments,
                                       char        **gui_dataset);
char *outlay_cli_bundled_dataset_path (void);
const char *outlay_cli_data_language  (void);

#include "outlay-dataset.h"

OutlayDataset *outlay_cli_load_dataset (const char *path);

G_END_DECLS

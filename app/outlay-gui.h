/* outlay-gui.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gmodule.h>

#include "outlay-dataset.h"

G_BEGIN_DECLS

/* The window lives in a module of its own, liboutlay-gui.so, which main.c
 * loads only when there is no command to run: `outlay --export` and the
 * other commands never load GTK and libadwaita (some 30 libraries more to
 * map and relocate, about a fifth of an export's time). These are the
 * symbols main.c looks up in it: the version it was built as, which must
 * be the program's, and its main. */

#define OUTLAY_GUI_MODULE  "liboutlay-gui.so"
#define OUTLAY_GUI_MAIN    "outlay_gui_main"
#define OUTLAY_GUI_VERSION "outlay_gui_version"

typedef int (*OutlayGuiMain) (const char    *program,
                              OutlayDataset *dataset);

G_MODULE_EXPORT
extern const char * const outlay_gui_version;

G_MODULE_EXPORT
int outlay_gui_main (const char    *program,
                     OutlayDataset *dataset);

G_END_DECLS

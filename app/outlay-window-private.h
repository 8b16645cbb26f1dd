/* outlay-window-private.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "outlay-window.h"

G_BEGIN_DECLS

struct _OutlayWindow
{
  AdwApplicationWindow  parent_instance;
  GSettings            *settings;
  GtkBox               *main_box;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack         *stack;
  AdwFlap              *flap;
  AdwToastOverlay      *toasts;
  GtkSpinButton        *rate_button;
  GtkBox               *filters_box;
  GtkPopover           *options_popover;
  GtkMenuButton        *menu_button;
  GMenuModel           *primary_menu;
  gboolean              filters_built;
  char                **hidden_entities;
  guint                 hidden_kinds;
  gboolean              syncing_filters;
  OutlayFactPanel      *panel;
  GCancellable         *loading;
  OutlayDataset        *dataset;
  OutlayFact           *selected;
};

/* outlay-window.c */
double _outlay_window_get_user_rate        (OutlayWindow *self);

/* outlay-window-files.c */
void   _outlay_window_init_files           (OutlayWindow *self);
void   _outlay_window_update_file_actions  (OutlayWindow *self);

G_END_DECLS

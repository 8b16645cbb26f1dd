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
  GtkBox               *currency_box;
  GtkCheckButton       *as_stated_button;
  GtkCheckButton       *usd_stated_button;
  GtkCheckButton       *usd_mine_button;
  GtkSpinButton        *rate_button;
  GtkLabel             *rate_unit_label;
  GtkBox               *filters_box;
  GtkPopover           *options_popover;
  GtkMenuButton        *menu_button;
  GMenuModel           *primary_menu;
  gboolean              filters_built;
  char                **hidden_entities;
  guint                 hidden_kinds;
  gboolean              syncing_filters;
  OutlayFactPanel      *panel;
  GtkWidget            *last_focus;
  GtkWidget            *focus_fell_on;
  guint                 refocus_source;
  GCancellable         *loading;
  char                 *loading_name;          /* for the toast */
  AdwToast             *loading_toast;
  guint                 loading_toast_source;
  OutlayDataset        *dataset;
  OutlayFact           *selected;
};

typedef void (*OutlayWindowChartFunc) (OutlayWindow *self,
                                       OutlayChart  *chart);

/* outlay-window.c */
GtkWidget *_outlay_window_peek_view           (OutlayWindow          *self,
                                               const char            *name);
void       _outlay_window_foreach_built_chart (OutlayWindow          *self,
                                               OutlayWindowChartFunc  func);

/* outlay-window-options.c */
void   _outlay_window_init_filter_actions     (OutlayWindow *self);
void   _outlay_window_init_options            (OutlayWindow *self);
void   _outlay_window_apply_options_to_chart  (OutlayWindow *self,
                                               OutlayChart  *chart);
void   _outlay_window_apply_options_to_table  (OutlayWindow    *self,
                                               OutlayFactTable *table);
void   _outlay_window_rebuild_filter_buttons  (OutlayWindow *self);
void   _outlay_window_update_currency_options (OutlayWindow *self);
double _outlay_window_get_user_rate           (OutlayWindow *self);

/* outlay-window-errors.c */
char  *_outlay_window_describe_open_error  (const char   *path,
                                            const GError *error);

/* outlay-window-files.c */
void   _outlay_window_init_files           (OutlayWindow *self);
void   _outlay_window_update_file_actions  (OutlayWindow *self);
AdwMessageDialog *_outlay_window_ask_chart_size (OutlayWindow       *self,
                                                 const char         *name,
                                                 GFile              *chosen,
                                                 gboolean            type_picked,
                                                 OutlayExportFormat  type,
                                                 double              scale,
                                                 gboolean            light);
void   _outlay_window_end_loading          (OutlayWindow *self);

G_END_DECLS

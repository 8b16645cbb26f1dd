/* outlay-window.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "outlay-chart-export.h"
#include "outlay-chart-view.h"
#include "outlay-dataset.h"
#include "outlay-fact-panel.h"
#include "outlay-fact-table.h"

G_BEGIN_DECLS

#define OUTLAY_TYPE_WINDOW (outlay_window_get_type())

G_DECLARE_FINAL_TYPE (OutlayWindow, outlay_window, OUTLAY, WINDOW, AdwApplicationWindow)

OutlayWindow    *outlay_window_new            (GtkApplication      *application,
                                               OutlayDataset       *dataset);
OutlayDataset   *outlay_window_get_dataset    (OutlayWindow        *self);
void             outlay_window_set_dataset    (OutlayWindow        *self,
                                               OutlayDataset       *dataset);
void             outlay_window_open_file      (OutlayWindow        *self,
                                               GFile               *file);
gboolean         outlay_window_is_loading     (OutlayWindow        *self);
gboolean         outlay_window_export_chart   (OutlayWindow        *self,
                                               const char          *name,
                                               GFile               *file,
                                               OutlayExportFormat   format,
                                               double               width,
                                               double               height,
                                               double               scale,
                                               gboolean             light,
                                               GError             **error);
void             outlay_window_save_chart     (OutlayWindow        *self,
                                               const char          *name,
                                               GFile               *chosen,
                                               gboolean             type_picked,
                                               OutlayExportFormat   type,
                                               double               width,
                                               double               height,
                                               double               scale,
                                               gboolean             light);
gboolean         outlay_window_export_csv     (OutlayWindow        *self,
                                               GFile               *file,
                                               GError             **error);
void             outlay_window_set_entity_hidden (OutlayWindow      *self,
                                                  const char        *entity_id,
                                                  gboolean           hidden);
void             outlay_window_set_kind_hidden   (OutlayWindow      *self,
                                                  OutlayFactKind     kind,
                                                  gboolean           hidden);
OutlayFact      *outlay_window_get_selected   (OutlayWindow        *self);
void             outlay_window_set_selected   (OutlayWindow        *self,
                                               OutlayFact          *fact);
OutlayChartView *outlay_window_get_chart_view (OutlayWindow        *self,
                                               const char          *name);
OutlayFactPanel *outlay_window_get_panel      (OutlayWindow        *self);
OutlayFactTable *outlay_window_get_table      (OutlayWindow        *self);

G_END_DECLS

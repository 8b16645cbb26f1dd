/* outlay-chart-view.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "outlay-chart.h"

G_BEGIN_DECLS

#define OUTLAY_TYPE_CHART_VIEW (outlay_chart_view_get_type())

G_DECLARE_FINAL_TYPE (OutlayChartView, outlay_chart_view, OUTLAY, CHART_VIEW, GtkWidget)

GtkWidget   *outlay_chart_view_new          (OutlayChart     *chart);
OutlayChart *outlay_chart_view_get_chart    (OutlayChartView *self);
OutlayFact  *outlay_chart_view_get_selected (OutlayChartView *self);
void         outlay_chart_view_set_selected (OutlayChartView *self,
                                             OutlayFact      *fact);

G_END_DECLS

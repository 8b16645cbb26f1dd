/* outlay-bar-chart.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "outlay-chart.h"
#include "outlay-fact.h"

G_BEGIN_DECLS

#define OUTLAY_TYPE_BAR_CHART (outlay_bar_chart_get_type())

G_DECLARE_FINAL_TYPE (OutlayBarChart, outlay_bar_chart, OUTLAY, BAR_CHART, OutlayChart)

/**
 * OutlayBarInfo:
 * @fact: (transfer none): the fact the bar shows
 * @part: (transfer none) (nullable): a fact that is part of it, drawn inside
 * @figure: the figure drawn, converted as the chart's options say
 * @part_figure: @part's figure
 * @place: where the bar, its part and its slot are
 * @has_figure: %FALSE when the figure could not be computed (no rate)
 * @is_total: the bar is a total that a source states for other bars
 *
 * One bar as laid out: what tests and the widget read.
 */
typedef struct
{
  OutlayFact     *fact;
  OutlayFact     *part;
  OutlayFigure    figure;
  OutlayFigure    part_figure;
  OutlayBarPlace  place;
  gboolean        has_figure;
  gboolean        is_total;
} OutlayBarInfo;

OutlayChart         *outlay_bar_chart_new       (OutlayFactKind   kind);
OutlayFactKind       outlay_bar_chart_get_kind  (OutlayBarChart  *self);
const OutlayBarInfo *outlay_bar_chart_get_bars  (OutlayBarChart  *self,
                                                 guint           *n_bars);
const OutlayValueAxis *outlay_bar_chart_get_axis (OutlayBarChart *self);
const OutlayRect    *outlay_bar_chart_get_plot  (OutlayBarChart  *self);

G_END_DECLS

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
 * @label_rect: where the figure's label is; zero wide when the bar is too
 *   narrow to label (the chart then counts it under the plot)
 * @part_label_rect: where the part's label is, inside the part; zero wide
 *   when the part is too small for it
 * @category_rect: where the bar's name and period are; zero wide when
 *   the bars are too narrow to name
 * @has_figure: always %TRUE for a bar drawn: a figure that cannot be
 *   computed is listed as not drawn instead
 * @is_total: the bar is a total that a source states for other bars
 * @order: the entity's position in the dataset, for sorting
 * @index: the fact's position in the dataset, for sorting
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
  OutlayRect      label_rect;
  OutlayRect      part_label_rect;
  OutlayRect      category_rect;
  gboolean        has_figure;
  gboolean        is_total;
  guint           order;
  guint           index;
} OutlayBarInfo;

/**
 * OutlayBarOmission:
 * @OUTLAY_BAR_OMITTED_NO_RATE: no source states a rate to the chart's
 *   currency, and the user gave none
 * @OUTLAY_BAR_OMITTED_OTHER_UNIT: in a currency other than the axis's
 * @OUTLAY_BAR_OMITTED_SECOND_PART: a second part of a figure whose bar
 *   already shows one
 *
 * Why a figure the chart takes is not drawn.
 */
typedef enum
{
  OUTLAY_BAR_OMITTED_NO_RATE,
  OUTLAY_BAR_OMITTED_OTHER_UNIT,
  OUTLAY_BAR_OMITTED_SECOND_PART,
} OutlayBarOmission;

/**
 * OutlayBarOmitted:
 * @fact: (transfer none): a figure the chart takes but does not draw
 * @reason: why
 */
typedef struct
{
  OutlayFact        *fact;
  OutlayBarOmission  reason;
} OutlayBarOmitted;

OutlayChart         *outlay_bar_chart_new       (OutlayFactKind   kind);
OutlayFactKind       outlay_bar_chart_get_kind  (OutlayBarChart  *self);
const OutlayBarInfo *outlay_bar_chart_get_bars  (OutlayBarChart  *self,
                                                 guint           *n_bars);
const OutlayValueAxis *outlay_bar_chart_get_axis (OutlayBarChart *self);
const OutlayRect    *outlay_bar_chart_get_plot  (OutlayBarChart  *self);
const OutlayAmount  *outlay_bar_chart_get_axis_unit (OutlayBarChart *self);
const OutlayBarOmitted *outlay_bar_chart_get_omitted (OutlayBarChart *self,
                                                 guint           *n_omitted);
guint                outlay_bar_chart_get_n_unlabelled (OutlayBarChart *self);

G_END_DECLS

/* outlay-timeline-chart.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "outlay-chart.h"

G_BEGIN_DECLS

#define OUTLAY_TYPE_TIMELINE_CHART (outlay_timeline_chart_get_type())

G_DECLARE_FINAL_TYPE (OutlayTimelineChart, outlay_timeline_chart, OUTLAY, TIMELINE_CHART, OutlayChart)

/**
 * OutlayTimelineItemKind:
 * @OUTLAY_TIMELINE_POINT: a fact dated to the day
 * @OUTLAY_TIMELINE_SPAN: a fact dated to a month, a part of a year, a
 *   year, or a period
 * @OUTLAY_TIMELINE_CLUSTER: facts too close together at this zoom to draw
 *   apart, merged into one mark that says how many
 */
typedef enum
{
  OUTLAY_TIMELINE_POINT,
  OUTLAY_TIMELINE_SPAN,
  OUTLAY_TIMELINE_CLUSTER,
} OutlayTimelineItemKind;

/**
 * OutlayTimelineItem:
 * @fact: (transfer none): the fact, or a cluster's first
 * @rect: the mark
 * @label_rect: where its label goes; zero width when the label is hidden
 * @label: (nullable): the label, as drawn
 * @lane: the lane, in reading order from the top
 * @count: 1, or how many facts a cluster holds
 * @kind: point, span or cluster
 * @label_shortened: the label was cut to fit
 *
 * One mark of the timeline as laid out.
 */
typedef struct
{
  OutlayFact             *fact;
  OutlayRect              rect;
  OutlayRect              label_rect;
  char                   *label;
  guint                   lane;
  guint                   count;
  OutlayTimelineItemKind  kind;
  gboolean                label_shortened;
} OutlayTimelineItem;

OutlayChart              *outlay_timeline_chart_new               (void);
void                      outlay_timeline_chart_set_visible_range (OutlayTimelineChart *self,
                                                                   double               first_day,
                                                                   double               last_day);
void                      outlay_timeline_chart_get_visible_range (OutlayTimelineChart *self,
                                                                   double              *first_day,
                                                                   double              *last_day);
gboolean                  outlay_timeline_chart_get_data_range    (OutlayTimelineChart *self,
                                                                   double              *first_day,
                                                                   double              *last_day);
void                      outlay_timeline_chart_zoom              (OutlayTimelineChart *self,
                                                                   double               x,
                                                                   double               factor);
void                      outlay_timeline_chart_pan               (OutlayTimelineChart *self,
                                                                   double               dx);
double                    outlay_timeline_chart_day_to_x          (OutlayTimelineChart *self,
                                                                   double               day);
const OutlayTimelineItem *outlay_timeline_chart_get_items         (OutlayTimelineChart *self,
                                                                   guint               *n_items);
guint                     outlay_timeline_chart_get_n_lanes       (OutlayTimelineChart *self);
const OutlayRect         *outlay_timeline_chart_get_plot          (OutlayTimelineChart *self);

G_END_DECLS

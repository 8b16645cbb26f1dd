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

/**
 * OutlayTimelineTick:
 * @day: the tick's day (Julian, as GDate counts)
 * @x: where its grid line is
 * @label: its date, as the axis prints it
 * @label_rect: where the label is drawn
 *
 * One tick of the time axis as laid out. Ticks are spaced so that no two
 * labels touch: the step (days, months or years) is the smallest whose
 * spacing holds the widest label the unit can print, in the chart's
 * language.
 */
typedef struct
{
  double      day;
  double      x;
  char       *label;
  OutlayRect  label_rect;
} OutlayTimelineTick;

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
const OutlayTimelineTick *outlay_timeline_chart_get_ticks         (OutlayTimelineChart *self,
                                                                   guint               *n_ticks);
const OutlayRect         *outlay_timeline_chart_get_plot          (OutlayTimelineChart *self);
guint                     outlay_timeline_chart_get_n_hidden_labels (OutlayTimelineChart *self);

G_END_DECLS

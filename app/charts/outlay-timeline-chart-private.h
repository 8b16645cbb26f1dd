/* outlay-timeline-chart-private.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "outlay-timeline-chart.h"

G_BEGIN_DECLS

/* The timeline, in three files: outlay-timeline-chart.c (the index, the
 * view and the layout of marks), outlay-timeline-labels.c (placing the
 * labels) and outlay-timeline-draw.c (drawing). */

#define LANE_LABEL_MAX 170.0
#define AXIS_HEIGHT 26.0
#define LABEL_SIZE 12.0
#define NAME_SIZE 12.0
#define MIN_LABEL_PX 44.0
#define MIN_SPAN_DAYS 14.0
#define MAX_SPAN_DAYS (365.25 * 200)

typedef struct
{
  OutlayFact *fact;
  guint32     first;
  guint32     last;
} Entry;

/* A run of a lane's entries whose first days fall in one bucket of days:
 * [start, end) in the sorted entries, from first to last */
typedef struct
{
  guint32 first;
  guint32 last;
  guint   start;
  guint   end;
} Bucket;

/* Bucket sizes, in days, for the levels of detail; a view reads the
 * coarsest whose buckets are at most BUCKET_MAX_PX wide */
static const guint bucket_days[] = { 8, 32, 128 };
#define BUCKET_MAX_PX 6.0

typedef struct
{
  OutlayEntity *entity;
  GArray       *entries;  /* Entry, sorted by first */
  GArray       *levels[G_N_ELEMENTS (bucket_days)];  /* Bucket */
  guint32       max_length;
} Lane;

struct _OutlayTimelineChart
{
  OutlayChart    parent_instance;

  /* The index, for one dataset and filter state */
  GPtrArray     *lanes;
  gpointer       indexed_dataset;
  guint          indexed_serial;
  guint32        data_first;
  guint32        data_last;

  /* The view; 0 and 0 for the whole data */
  double         view_first;
  double         view_last;

  /* The layout */
  GArray        *items;  /* OutlayTimelineItem */
  GPtrArray     *shown_lanes;
  OutlayRect     plot;
  double         lane_height;
  guint          n_hidden_labels;
  double         used_first;
  double         used_last;
  GArray        *ticks;  /* OutlayTimelineTick */
  /* The widest axis label of each unit (days, months, years), measured
   * once per language rather than at every zoom */
  double         widest_tick[3];
  char          *widest_tick_language;
};


static inline double
outlay_timeline_chart_x_of (OutlayTimelineChart *self,
                            double               day)
{
  double t = (day - self->used_first) / (self->used_last - self->used_first);

  if (outlay_chart_is_rtl (OUTLAY_CHART (self)))
    return self->plot.x + self->plot.width * (1 - t);

  return self->plot.x + self->plot.width * t;
}

void outlay_timeline_chart_place_labels (OutlayTimelineChart *self);
void outlay_timeline_chart_place_ticks  (OutlayTimelineChart *self);
void outlay_timeline_chart_draw_plot    (OutlayChart         *chart,
                                         cairo_t             *cr);

G_END_DECLS

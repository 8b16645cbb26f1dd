/* outlay-timeline-chart.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "outlay-entity.h"
#include "outlay-fact.h"
#include "outlay-timeline-chart.h"

/* Every dated fact on a time axis, one lane per entity. A day is a point;
 * a month, a part of a year, a year or a period is a span as long as the
 * time it covers; a date the source does not print (inferred) is drawn
 * hollow and dashed. Money facts carry their figure.
 *
 * It must stay fast with 100,000 facts. The facts are indexed once per
 * dataset or filter change: per lane, sorted by first day, with the
 * longest span known, so the visible ones are found by binary search.
 * A layout then touches only what is visible, stacks overlapping marks on
 * three tracks and merges what does not fit into counted clusters, and
 * places labels on a per-row pixel occupancy map: what it draws grows with
 * the width of the chart, not with the number of facts. */

#define LANE_LABEL_MAX 170.0
#define AXIS_HEIGHT 26.0
#define LABEL_SIZE 11.0
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

typedef struct
{
  OutlayEntity *entity;
  GArray       *entries;  /* Entry, sorted by first */
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
  double         used_first;
  double         used_last;
};

G_DEFINE_FINAL_TYPE (OutlayTimelineChart, outlay_timeline_chart, OUTLAY_TYPE_CHART)

static void
lane_free (gpointer data)
{
  Lane *lane = data;

  g_clear_pointer (&lane->entries, g_array_unref);
  g_free (lane);
}

static void
item_clear (gpointer data)
{
  OutlayTimelineItem *item = data;

  g_clear_pointer (&item->label, g_free);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *ea = a, *eb = b;

  if (ea->first != eb->first)
    return ea->first < eb->first ? -1 : 1;
  return ea->last < eb->last ? -1 : ea->last > eb->last;
}

static void
ensure_index (OutlayTimelineChart *self)
{
  OutlayChart *chart = OUTLAY_CHART (self);
  OutlayDataset *dataset = outlay_chart_get_dataset (chart);
  GListModel *facts;
  g_autoptr(GHashTable) lane_of = NULL;
  guint n;

  if (self->indexed_dataset == (gpointer)dataset &&
      self->indexed_serial == outlay_chart_get_filter_serial (chart))
    return;

  g_ptr_array_set_size (self->lanes, 0);
  self->indexed_dataset = dataset;
  self->indexed_serial = outlay_chart_get_filter_serial (chart);
  self->data_first = G_MAXUINT32;
  self->data_last = 0;

  if (dataset == NULL)
    return;

  facts = outlay_dataset_get_facts (dataset);
  n = g_list_model_get_n_items (facts);
  lane_of = g_hash_table_new (NULL, NULL);

  /* Lanes in the order entities first appear among the facts */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (facts, i);
      OutlayEntity *entity = outlay_fact_get_entity (fact);
      const OutlayPeriod *period = outlay_fact_get_period (fact);
      Lane *lane;
      Entry entry;

      if (outlay_chart_is_entity_hidden (chart, outlay_entity_get_id (entity)))
        continue;

      lane = g_hash_table_lookup (lane_of, entity);
      if (lane == NULL)
        {
          lane = g_new0 (Lane, 1);
          lane->entity = entity;
          lane->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
          g_hash_table_insert (lane_of, entity, lane);
          g_ptr_array_add (self->lanes, lane);
        }

      entry.fact = fact;
      entry.first = outlay_partial_date_first_day (&period->start);
      entry.last = outlay_partial_date_last_day (&period->end);
      g_array_append_val (lane->entries, entry);

      lane->max_length = MAX (lane->max_length, entry.last - entry.first);
      self->data_first = MIN (self->data_first, entry.first);
      self->data_last = MAX (self->data_last, entry.last);
    }

  for (guint i = 0; i < self->lanes->len; i++)
    {
      Lane *lane = g_ptr_array_index (self->lanes, i);
      g_array_sort (lane->entries, compare_entries);
    }
}

static void
used_range (OutlayTimelineChart *self,
            double              *first,
            double              *last)
{
  if (self->view_last > self->view_first)
    {
      *first = self->view_first;
      *last = self->view_last;
    }
  else if (self->data_last >= self->data_first && self->lanes->len > 0)
    {
      double pad = MAX ((self->data_last - self->data_first + 1) * 0.03, 15);

      *first = self->data_first - pad;
      *last = self->data_last + 1 + pad;
    }
  else
    {
      *first = 0;
      *last = 1;
    }
}

static double
x_of (OutlayTimelineChart *self,
      double               day)
{
  double t = (day - self->used_first) / (self->used_last - self->used_first);

  if (outlay_chart_is_rtl (OUTLAY_CHART (self)))
    return self->plot.x + self->plot.width * (1 - t);

  return self->plot.x + self->plot.width * t;
}

/**
 * outlay_timeline_chart_day_to_x:
 * @self: a timeline
 * @day: a Julian day number (as #GDate counts), fractions allowed
 *
 * Returns: the x of the start of @day: time runs left to right, or right
 *   to left under RTL
 */
double
outlay_timeline_chart_day_to_x (OutlayTimelineChart *self,
                                double               day)
{
  g_return_val_if_fail (OUTLAY_IS_TIMELINE_CHART (self), 0);

  outlay_chart_get_n_marks (OUTLAY_CHART (self));
  return x_of (self, day);
}

/* The first entry that may reach into [first, …): entries are sorted by
 * their first day, and none is longer than max_length. */
static guint
first_visible (const Lane *lane,
               double      first)
{
  double from = first - lane->max_length - 1;
  guint low = 0, high = lane->entries->len;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (g_array_index (lane->entries, Entry, mid).first < from)
        low = mid + 1;
      else
        high = mid;
    }

  return low;
}

static char *
item_label (OutlayTimelineChart *self,
            OutlayTimelineItem  *item)
{
  OutlayChart *chart = OUTLAY_CHART (self);
  const char *language = outlay_chart_get_language (chart);
  const OutlayAmount *amount;

  if (item->kind == OUTLAY_TIMELINE_CLUSTER)
    /* Translators: a mark standing for several facts too close to draw apart */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u fact", "%u facts", item->count),
                            item->count);

  amount = outlay_fact_get_amount (item->fact);
  if (amount != NULL)
    {
      OutlayFigure figure;

      if (outlay_figure_compute (item->fact, outlay_chart_get_figure_options (chart), &figure, NULL))
        return outlay_amount_format (&figure.amount, language);

      return outlay_amount_format (amount, language);
    }

  return g_strdup (outlay_fact_get_label (item->fact, language));
}

/* Rough width, to decide where a label may go before measuring it: only
 * the labels drawn are laid out by Pango. */
static double
estimate_width (const char *text)
{
  return g_utf8_strlen (text, -1) * LABEL_SIZE * 0.58 + 4;
}

/* One byte per pixel of a label row: is [x0, x1) free? */
static gboolean
row_is_free (const guint8 *row,
             int           width,
             double        x0,
             double        x1)
{
  int a = CLAMP ((int)floor (x0), 0, width);
  int b = CLAMP ((int)ceil (x1), 0, width);

  return a < b && memchr (row + a, 1, (gsize)(b - a)) == NULL;
}

static void
row_take (guint8 *row,
          int     width,
          double  x0,
          double  x1)
{
  int a = CLAMP ((int)floor (x0), 0, width);
  int b = CLAMP ((int)ceil (x1), 0, width);

  if (a < b)
    memset (row + a, 1, (gsize)(b - a));
}

/* How far the free run starting at @x0 goes, up to @limit. */
static double
row_free_run (const guint8 *row,
              int           width,
              double        x0,
              double        limit)
{
  int a = CLAMP ((int)ceil (x0), 0, width);
  int b = CLAMP ((int)floor (limit), 0, width);
  const guint8 *taken;

  if (a >= b)
    return 0;

  taken = memchr (row + a, 1, (gsize)(b - a));
  return (taken != NULL ? taken - row : b) - x0;
}

static int
compare_priority (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const OutlayTimelineItem *items = user_data;
  const OutlayTimelineItem *ia = &items[*(const guint *)a];
  const OutlayTimelineItem *ib = &items[*(const guint *)b];
  gboolean money_a = ia->kind != OUTLAY_TIMELINE_CLUSTER && outlay_fact_get_amount (ia->fact) != NULL;
  gboolean money_b = ib->kind != OUTLAY_TIMELINE_CLUSTER && outlay_fact_get_amount (ib->fact) != NULL;

  /* Figures first, then single events, then clusters; then reading order */
  if (money_a != money_b)
    return money_a ? -1 : 1;
  if ((ia->kind == OUTLAY_TIMELINE_CLUSTER) != (ib->kind == OUTLAY_TIMELINE_CLUSTER))
    return ia->kind == OUTLAY_TIMELINE_CLUSTER ? 1 : -1;
  return *(const guint *)a < *(const guint *)b ? -1 : 1;
}

/* Label rows: where a lane is tall enough, one above its marks and one
 * below; else one, on the marks' line, which the marks themselves take
 * first so no label covers a mark. A label takes the first row where it
 * fits whole after its mark (in reading direction), else before it; else
 * it is shortened to the free run after the mark, if that is wide enough
 * to say something; else it is hidden. Figures are placed first, then events, then clusters. */
static void
place_labels (OutlayTimelineChart *self)
{
  gboolean rtl = outlay_chart_is_rtl (OUTLAY_CHART (self));
  int width = (int)ceil (self->plot.x + self->plot.width) + 1;
  guint n_lanes = self->shown_lanes->len;
  OutlayTimelineItem *items = (OutlayTimelineItem *)(gpointer)self->items->data;
  double label_height = LABEL_SIZE + 5;
  /* Rows clear of the marks' three tracks, which reach 12 px from the
   * lane's middle */
  guint n_rows = self->lane_height >= 2 * (label_height + 13) ? 2 : 1;
  g_autofree guint *order = g_new (guint, self->items->len);
  g_autofree guint8 *rows = g_malloc0 ((gsize)width * n_rows * MAX (n_lanes, 1));

  for (guint i = 0; i < self->items->len; i++)
    order[i] = i;
  g_qsort_with_data (order, (int)self->items->len, sizeof (guint), compare_priority, items);

  if (n_rows == 1)
    for (guint i = 0; i < self->items->len; i++)
      row_take (rows + (gsize)width * items[i].lane, width,
                items[i].rect.x - 2, items[i].rect.x + items[i].rect.width + 2);

  for (guint k = 0; k < self->items->len; k++)
    {
      OutlayTimelineItem *item = &items[order[k]];
      double mid_y = self->plot.y + item->lane * self->lane_height + self->lane_height / 2;
      double start = rtl ? item->rect.x - 3 : item->rect.x + item->rect.width + 3;
      double limit = rtl ? self->plot.x : self->plot.x + self->plot.width;
      double wanted;
      gboolean placed = FALSE;

      item->label = item_label (self, item);
      wanted = estimate_width (item->label);

      for (guint pass = 0; pass < 3 && !placed; pass++)
        for (guint r = 0; r < n_rows && !placed; r++)
          {
            guint8 *row = rows + (gsize)width * (item->lane * n_rows + r);
            double y = n_rows == 1 ? mid_y - label_height / 2 :
                       r == 0 ? mid_y - 13 - label_height : mid_y + 13;
            double x0, run;

            if (pass < 2)
              {
                /* Whole: after the mark, else before it */
                gboolean after = pass == 0;
                double edge = after ? start : (rtl ? item->rect.x + item->rect.width + 3 : item->rect.x - 3);

                x0 = (rtl == after) ? edge - wanted : edge;
                if (x0 < self->plot.x || x0 + wanted > self->plot.x + self->plot.width ||
                    !row_is_free (row, width, x0, x0 + wanted))
                  continue;
                item->label_rect = (OutlayRect) { x0, y, wanted, label_height };
                row_take (row, width, x0 - 4, x0 + wanted + 4);
                placed = TRUE;
                continue;
              }

            /* Shortened to the free run after the mark */
            if (rtl)
              {
                double x = start;

                while (x > limit && row_is_free (row, width, x - 1, x))
                  x -= 1;
                run = start - x - 4;
                x0 = start - run;
              }
            else
              {
                run = row_free_run (row, width, start, limit) - 4;
                x0 = start;
              }

            if (run >= MIN_LABEL_PX)
              {
                item->label_rect = (OutlayRect) { x0, y, run, label_height };
                row_take (row, width, x0 - 4, x0 + run + 4);
                item->label_shortened = TRUE;
                placed = TRUE;
              }
          }

      if (!placed)
        item->label_rect = (OutlayRect) { start, mid_y, 0, 0 };
    }
}

static char *
describe_item (OutlayTimelineChart      *self,
               const OutlayTimelineItem *item)
{
  const char *language = outlay_chart_get_language (OUTLAY_CHART (self));
  const OutlayPeriod *period = outlay_fact_get_period (item->fact);
  g_autofree char *when = outlay_period_format (period, language);
  const char *what = outlay_fact_get_label (item->fact, language);
  const char *entity = outlay_entity_get_name (outlay_fact_get_entity (item->fact), language);

  if (item->kind == OUTLAY_TIMELINE_CLUSTER)
    /* Translators: "12 facts of Alibaba from 6 Feb 2026"; %u facts, %s an entity, %s a date */
    return g_strdup_printf (_("%u facts of %s from %s"), item->count, entity, when);

  if (period->inferred)
    /* Translators: an entity, a date resolved from context, a fact */
    return g_strdup_printf (_("%s, %s (date inferred): %s"), entity, when, what);

  return g_strdup_printf ("%s, %s: %s", entity, when, what);
}

static void
outlay_timeline_chart_layout (OutlayChart      *chart,
                              const OutlayRect *area)
{
  OutlayTimelineChart *self = OUTLAY_TIMELINE_CHART (chart);
  const char *language = outlay_chart_get_language (chart);
  gboolean rtl = outlay_chart_is_rtl (chart);
  double names_width = 0;

  ensure_index (self);
  g_array_set_size (self->items, 0);
  g_ptr_array_set_size (self->shown_lanes, 0);
  used_range (self, &self->used_first, &self->used_last);

  for (guint i = 0; i < self->lanes->len; i++)
    {
      Lane *lane = g_ptr_array_index (self->lanes, i);
      g_autoptr(PangoLayout) name = outlay_chart_create_text (chart, outlay_entity_get_name (lane->entity, language),
                                                              NAME_SIZE, TRUE);
      int width;

      pango_layout_get_pixel_size (name, &width, NULL);
      names_width = MAX (names_width, MIN (width, LANE_LABEL_MAX));
      g_ptr_array_add (self->shown_lanes, lane);
    }

  names_width += 12;
  self->plot = (OutlayRect) {
    rtl ? area->x : area->x + names_width,
    area->y,
    area->width - names_width,
    area->height - AXIS_HEIGHT,
  };

  if (self->shown_lanes->len == 0)
    return;

  self->lane_height = self->plot.height / self->shown_lanes->len;

  for (guint l = 0; l < self->shown_lanes->len; l++)
    {
      Lane *lane = g_ptr_array_index (self->shown_lanes, l);
      double mid_y = self->plot.y + l * self->lane_height + self->lane_height / 2;
      double track_end[3] = { -G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
      guint track_item[3] = { 0, 0, 0 };

      for (guint i = first_visible (lane, self->used_first); i < lane->entries->len; i++)
        {
          const Entry *entry = &g_array_index (lane->entries, Entry, i);
          double x0, x1, left, right;
          OutlayTimelineItemKind kind;

          if (entry->first > self->used_last)
            break;
          if (entry->last + 1 < self->used_first)
            continue;

          x0 = x_of (self, entry->first);
          x1 = x_of (self, entry->last + 1.0);
          left = MIN (x0, x1);
          right = MAX (x0, x1);
          kind = entry->first == entry->last ? OUTLAY_TIMELINE_POINT : OUTLAY_TIMELINE_SPAN;

          if (kind == OUTLAY_TIMELINE_POINT)
            {
              double x = (left + right) / 2;
              left = x - 5;
              right = x + 5;
            }
          else
            {
              /* Clip spans to the plot, keep them visible */
              left = MAX (left, self->plot.x);
              right = MIN (right, self->plot.x + self->plot.width);
              /* At least 4 px, grown towards the end edge */
              if (right - left < 4)
                {
                  if (rtl)
                    left = right - 4;
                  else
                    right = left + 4;
                }
            }

          /* Marks that overlap in time stack on up to three tracks ("end"
           * is in reading direction, so mirrored under RTL). Level of
           * detail: a mark that finds no free track joins the mark placed
           * last, which becomes a cluster counting its facts.
           * So a lane never holds more marks than its tracks have room
           * for, however many facts it has. */
          {
            static const double track_offset[] = { 0, -7, 7 };
            double from = rtl ? -right : left, to = rtl ? -left : right;
            OutlayTimelineItem item = { 0 };
            guint track = 0, furthest = 0;

            /* Touching is not overlapping: 2025 ends where 2026 starts */
            while (track < G_N_ELEMENTS (track_end) && track_end[track] > from + 0.5)
              track++;

            if (track == G_N_ELEMENTS (track_end))
              {
                OutlayTimelineItem *cluster;
                double cluster_left, cluster_right;

                /* The neighbour in time: the mark placed last, not a long
                 * span that happens to reach here */
                for (guint t = 1; t < G_N_ELEMENTS (track_end); t++)
                  if (track_item[t] > track_item[furthest])
                    furthest = t;

                cluster = &g_array_index (self->items, OutlayTimelineItem, track_item[furthest]);
                cluster_left = MIN (cluster->rect.x, left);
                cluster_right = MAX (cluster->rect.x + cluster->rect.width, right);
                cluster->kind = OUTLAY_TIMELINE_CLUSTER;
                cluster->count++;
                cluster->rect.x = cluster_left;
                cluster->rect.width = cluster_right - cluster_left;
                track_end[furthest] = MAX (track_end[furthest], to);
                continue;
              }

            track_end[track] = to;
            track_item[track] = self->items->len;

            item.fact = entry->fact;
            item.rect = (OutlayRect) { left, mid_y - 5 + track_offset[track], right - left, 10 };
            item.lane = l;
            item.count = 1;
            item.kind = kind;
            g_array_append_val (self->items, item);
          }
        }
    }

  place_labels (self);

  for (guint i = 0; i < self->items->len; i++)
    {
      OutlayTimelineItem *item = &g_array_index (self->items, OutlayTimelineItem, i);
      OutlayRect hit = item->rect;

      if (hit.width < 8)
        {
          hit.x -= (8 - hit.width) / 2;
          hit.width = 8;
        }
      outlay_chart_add_mark (chart, item->fact, &hit);
    }
}

typedef enum { TICK_YEARS, TICK_MONTHS, TICK_DAYS } TickUnit;

static void
draw_time_axis (OutlayTimelineChart *self,
                cairo_t             *cr)
{
  OutlayChart *chart = OUTLAY_CHART (self);
  const char *language = outlay_chart_get_language (chart);
  double days = self->used_last - self->used_first;
  double px_per_day = self->plot.width / days;
  double axis_y = self->plot.y + self->plot.height;
  GDate date, end;
  TickUnit unit;
  guint step;

  if (px_per_day * 365.25 < 70)
    unit = TICK_YEARS, step = (guint)ceil (70 / (px_per_day * 365.25));
  else if (px_per_day * 30.4 < 60)
    unit = TICK_MONTHS, step = px_per_day * 30.4 * 3 >= 60 ? 3 : 6;
  else if (px_per_day * 30.4 < 600)
    unit = TICK_MONTHS, step = 1;
  else
    unit = TICK_DAYS, step = px_per_day * 7 >= 60 ? 7 : 14;

  if (unit == TICK_YEARS)
    step = step <= 1 ? 1 : step <= 2 ? 2 : step <= 5 ? 5 : step <= 10 ? 10 : 50;

  g_date_clear (&date, 1);
  g_date_clear (&end, 1);
  g_date_set_julian (&date, (guint32)MAX (floor (self->used_first), 1));
  g_date_set_julian (&end, (guint32)MAX (ceil (self->used_last), 2));

  /* Start on a round date */
  g_date_set_day (&date, 1);
  if (unit == TICK_YEARS)
    {
      g_date_set_month (&date, G_DATE_JANUARY);
      g_date_set_year (&date, g_date_get_year (&date) - g_date_get_year (&date) % step);
    }

  outlay_chart_set_source_rgba (chart, cr, "axis");
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, self->plot.x, axis_y + 0.5);
  cairo_line_to (cr, self->plot.x + self->plot.width, axis_y + 0.5);
  cairo_stroke (cr);

  for (guint guard = 0; g_date_compare (&date, &end) <= 0 && guard < 400; guard++)
    {
      double x = x_of (self, g_date_get_julian (&date));
      OutlayPartialDate partial = {
        .year = g_date_get_year (&date),
        .month = unit == TICK_YEARS ? 0 : g_date_get_month (&date),
        .day = unit == TICK_DAYS ? g_date_get_day (&date) : 0,
        .precision = unit == TICK_YEARS ? OUTLAY_DATE_PRECISION_YEAR :
                     unit == TICK_MONTHS ? OUTLAY_DATE_PRECISION_MONTH : OUTLAY_DATE_PRECISION_DAY,
      };

      if (x >= self->plot.x - 0.5 && x <= self->plot.x + self->plot.width + 0.5)
        {
          g_autofree char *text = outlay_partial_date_format (&partial, language);
          g_autoptr(PangoLayout) layout = outlay_chart_create_text (chart, text, LABEL_SIZE, FALSE);
          int width;

          outlay_chart_set_source_rgba (chart, cr, "grid");
          cairo_move_to (cr, round (x) + 0.5, self->plot.y);
          cairo_line_to (cr, round (x) + 0.5, axis_y + 4);
          cairo_stroke (cr);

          pango_layout_get_pixel_size (layout, &width, NULL);
          outlay_chart_set_source_rgba (chart, cr, "secondary");
          cairo_move_to (cr, x - width / 2.0, axis_y + 6);
          pango_cairo_show_layout (cr, layout);
        }

      if (unit == TICK_YEARS)
        g_date_add_years (&date, step);
      else if (unit == TICK_MONTHS)
        g_date_add_months (&date, step);
      else
        g_date_add_days (&date, step);
    }
}

/* Outlines are filled boxes, not strokes: with thousands of marks a
 * frame, cairo's stroker (dashed above all) took most of a frame's time,
 * where rectilinear fills take a fast path. A dashed edge is a row of
 * short boxes. */
/* @r with its edges on device pixels, so its fill needs no antialiasing */
static OutlayRect
snap (cairo_t          *cr,
      const OutlayRect *r)
{
  double x0 = r->x, y0 = r->y, x1 = r->x + r->width, y1 = r->y + r->height;

  cairo_user_to_device (cr, &x0, &y0);
  cairo_user_to_device (cr, &x1, &y1);
  x0 = round (x0), y0 = round (y0), x1 = round (x1), y1 = round (y1);
  cairo_device_to_user (cr, &x0, &y0);
  cairo_device_to_user (cr, &x1, &y1);

  return (OutlayRect) { x0, y0, MAX (x1 - x0, 1), MAX (y1 - y0, 1) };
}

static void
add_box (cairo_t *cr,
         double   x,
         double   y,
         double   width,
         double   height)
{
  OutlayRect box = snap (cr, &(OutlayRect) { x, y, width, height });

  cairo_rectangle (cr, box.x, box.y, box.width, box.height);
}

static void
add_edges (cairo_t          *cr,
           const OutlayRect *r,
           double            width,
           gboolean          dashed)
{
  if (!dashed || r->width < 8)
    {
      add_box (cr, r->x, r->y, r->width, width);
      add_box (cr, r->x, r->y + r->height - width, r->width, width);
    }
  else
    {
      for (double x = r->x; x < r->x + r->width; x += 5)
        {
          double w = MIN (3, r->x + r->width - x);

          add_box (cr, x, r->y, w, width);
          add_box (cr, x, r->y + r->height - width, w, width);
        }
    }

  add_box (cr, r->x, r->y, width, r->height);
  add_box (cr, r->x + r->width - width, r->y, width, r->height);
}

static void
draw_item (OutlayTimelineChart      *self,
           cairo_t                  *cr,
           const OutlayTimelineItem *item)
{
  OutlayChart *chart = OUTLAY_CHART (self);
  OutlayEntity *entity = outlay_fact_get_entity (item->fact);
  const OutlayRect *r = &item->rect;
  gboolean inferred = outlay_fact_get_period (item->fact)->inferred;
  gboolean ahead = outlay_fact_get_status (item->fact) != OUTLAY_FACT_ACTUAL;
  gboolean selected = g_strcmp0 (outlay_chart_get_selected (chart), outlay_fact_get_id (item->fact)) == 0;
  gboolean money = outlay_fact_get_amount (item->fact) != NULL;
  gboolean high_contrast = outlay_chart_get_theme (chart) == OUTLAY_CHART_THEME_HIGH_CONTRAST;
  double line = money ? 2 : 1.25;

  /* Inferred dates hollow (dashed where there is room); plans and
   * expected events lighter; clusters grey */
  if (item->kind == OUTLAY_TIMELINE_POINT)
    {
      double cx = r->x + r->width / 2, cy = r->y + r->height / 2;
      double radius = money ? 6 : 5;

      if (!inferred)
        {
          outlay_chart_set_entity_color (chart, cr, entity, ahead ? 0.45 : 0.9);
          cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
          cairo_fill (cr);
        }

      /* The rim, as a ring filled even-odd */
      if (high_contrast)
        outlay_chart_set_source_rgba (chart, cr, "foreground");
      else
        outlay_chart_set_entity_color (chart, cr, entity, 1);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, radius - line, 0, 2 * G_PI);
      cairo_fill (cr);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
    }
  else
    {
      OutlayRect box = *r;

      if (item->kind == OUTLAY_TIMELINE_CLUSTER)
        {
          box.y -= 2;
          box.height += 4;
          outlay_chart_set_role_tint (chart, cr, "secondary", 0.6);
        }
      else
        {
          box.y += 1;
          box.height -= 2;
          outlay_chart_set_entity_tint (chart, cr, entity, inferred ? 0.15 : ahead ? 0.45 : 0.9);
        }

      box = snap (cr, &box);
      cairo_rectangle (cr, box.x, box.y, box.width, box.height);
      cairo_fill (cr);

      if (high_contrast)
        outlay_chart_set_source_rgba (chart, cr, "foreground");
      else
        outlay_chart_set_entity_color (chart, cr, entity, 1);
      add_edges (cr, &box, line, inferred);
      cairo_fill (cr);
    }

  if (selected)
    {
      outlay_chart_set_source_rgba (chart, cr, "selection");
      add_edges (cr, &(OutlayRect) { r->x - 4, r->y - 4, r->width + 8, r->height + 8 }, 2.5, FALSE);
      cairo_fill (cr);
    }

  if (item->label_rect.width > 0 && item->label != NULL)
    {
      g_autoptr(PangoLayout) layout = outlay_chart_create_text (chart, item->label, LABEL_SIZE, money);

      pango_layout_set_width (layout, (int)(item->label_rect.width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      outlay_chart_align_text (chart, layout, PANGO_ALIGN_LEFT);
      outlay_chart_set_source_rgba (chart, cr, money ? "foreground" : "secondary");
      cairo_move_to (cr, item->label_rect.x, item->label_rect.y);
      pango_cairo_show_layout (cr, layout);
    }
}

static void
outlay_timeline_chart_draw_plot (OutlayChart *chart,
                                 cairo_t     *cr)
{
  OutlayTimelineChart *self = OUTLAY_TIMELINE_CHART (chart);
  const char *language = outlay_chart_get_language (chart);
  gboolean rtl = outlay_chart_is_rtl (chart);

  if (self->shown_lanes->len == 0)
    return;

  for (guint l = 0; l < self->shown_lanes->len; l++)
    {
      Lane *lane = g_ptr_array_index (self->shown_lanes, l);
      double y = self->plot.y + l * self->lane_height;
      g_autoptr(PangoLayout) name = outlay_chart_create_text (chart, outlay_entity_get_name (lane->entity, language),
                                                              NAME_SIZE, TRUE);
      int width, height;

      if (l % 2 == 1)
        {
          outlay_chart_set_role_tint (chart, cr, "grid", 0.5);
          add_box (cr, self->plot.x, y, self->plot.width, self->lane_height);
          cairo_fill (cr);
        }

      pango_layout_set_width (name, (int)(LANE_LABEL_MAX * PANGO_SCALE));
      pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (name, &width, &height);
      outlay_chart_set_entity_color (chart, cr, lane->entity, 1);
      cairo_move_to (cr, rtl ? self->plot.x + self->plot.width + 8 : self->plot.x - 8 - width,
                     y + (self->lane_height - height) / 2);
      pango_cairo_show_layout (cr, name);
    }

  draw_time_axis (self, cr);

  cairo_save (cr);
  cairo_rectangle (cr, self->plot.x - 8, self->plot.y, self->plot.width + 16, self->plot.height);
  cairo_clip (cr);
  for (guint i = 0; i < self->items->len; i++)
    draw_item (self, cr, &g_array_index (self->items, OutlayTimelineItem, i));
  cairo_restore (cr);
}

static char *
outlay_timeline_chart_dup_title (OutlayChart *chart)
{
  return g_strdup (_("Timeline"));
}

static char *
outlay_timeline_chart_dup_units (OutlayChart *chart)
{
  return g_strdup (_("A day is a point; a month, a year or a period is a span. Figures as their sources state them"));
}

static void
outlay_timeline_chart_add_legend (OutlayChart *chart)
{
  outlay_chart_add_legend (chart, OUTLAY_LEGEND_SOLID, _("Dated event or figure"));
  outlay_chart_add_legend (chart, OUTLAY_LEGEND_DERIVED, _("Date inferred (dashed)"));
}

static char *
outlay_timeline_chart_dup_mark_description (OutlayChart *chart,
                                            guint        index)
{
  OutlayTimelineChart *self = OUTLAY_TIMELINE_CHART (chart);

  return describe_item (self, &g_array_index (self->items, OutlayTimelineItem, index));
}

static void
outlay_timeline_chart_finalize (GObject *object)
{
  OutlayTimelineChart *self = (OutlayTimelineChart *)object;

  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->shown_lanes, g_ptr_array_unref);
  g_clear_pointer (&self->lanes, g_ptr_array_unref);

  G_OBJECT_CLASS (outlay_timeline_chart_parent_class)->finalize (object);
}

static void
outlay_timeline_chart_class_init (OutlayTimelineChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OutlayChartClass *chart_class = OUTLAY_CHART_CLASS (klass);

  object_class->finalize = outlay_timeline_chart_finalize;

  chart_class->layout = outlay_timeline_chart_layout;
  chart_class->draw_plot = outlay_timeline_chart_draw_plot;
  chart_class->dup_title = outlay_timeline_chart_dup_title;
  chart_class->add_legend = outlay_timeline_chart_add_legend;
  chart_class->dup_units = outlay_timeline_chart_dup_units;
  chart_class->dup_mark_description = outlay_timeline_chart_dup_mark_description;
}

static void
outlay_timeline_chart_init (OutlayTimelineChart *self)
{
  self->lanes = g_ptr_array_new_with_free_func (lane_free);
  self->shown_lanes = g_ptr_array_new ();
  self->items = g_array_new (FALSE, TRUE, sizeof (OutlayTimelineItem));
  g_array_set_clear_func (self->items, item_clear);
}

OutlayChart *
outlay_timeline_chart_new (void)
{
  return g_object_new (OUTLAY_TYPE_TIMELINE_CHART, NULL);
}

/**
 * outlay_timeline_chart_set_visible_range:
 * @self: a timeline
 * @first_day: the Julian day at the start edge
 * @last_day: the Julian day at the end edge, or equal to @first_day to
 *   show all the data
 */
void
outlay_timeline_chart_set_visible_range (OutlayTimelineChart *self,
                                         double               first_day,
                                         double               last_day)
{
  g_return_if_fail (OUTLAY_IS_TIMELINE_CHART (self));

  if (last_day > first_day)
    {
      double span = CLAMP (last_day - first_day, MIN_SPAN_DAYS, MAX_SPAN_DAYS);
      double middle = (first_day + last_day) / 2;

      first_day = MAX (middle - span / 2, 1);
      last_day = first_day + span;
    }
  else
    {
      first_day = last_day = 0;
    }

  if (self->view_first != first_day || self->view_last != last_day)
    {
      self->view_first = first_day;
      self->view_last = last_day;
      outlay_chart_invalidate (OUTLAY_CHART (self));
    }
}

void
outlay_timeline_chart_get_visible_range (OutlayTimelineChart *self,
                                         double              *first_day,
                                         double              *last_day)
{
  g_return_if_fail (OUTLAY_IS_TIMELINE_CHART (self));

  outlay_chart_get_n_marks (OUTLAY_CHART (self));
  *first_day = self->used_first;
  *last_day = self->used_last;
}

/**
 * outlay_timeline_chart_get_data_range:
 * @self: a timeline
 * @first_day: (out): the first day any fact covers
 * @last_day: (out): the last
 *
 * Returns: %FALSE when there are no facts to show
 */
gboolean
outlay_timeline_chart_get_data_range (OutlayTimelineChart *self,
                                      double              *first_day,
                                      double              *last_day)
{
  g_return_val_if_fail (OUTLAY_IS_TIMELINE_CHART (self), FALSE);

  ensure_index (self);
  *first_day = self->data_first;
  *last_day = self->data_last;
  return self->lanes->len > 0;
}

/**
 * outlay_timeline_chart_zoom:
 * @self: a timeline
 * @x: the point that stays put, in chart units
 * @factor: more than 1 to zoom in, less to zoom out
 */
void
outlay_timeline_chart_zoom (OutlayTimelineChart *self,
                            double               x,
                            double               factor)
{
  double first, last, anchor, t;

  g_return_if_fail (OUTLAY_IS_TIMELINE_CHART (self));
  g_return_if_fail (factor > 0);

  outlay_timeline_chart_get_visible_range (self, &first, &last);
  t = (x - self->plot.x) / self->plot.width;
  if (outlay_chart_is_rtl (OUTLAY_CHART (self)))
    t = 1 - t;
  t = CLAMP (t, 0, 1);
  anchor = first + t * (last - first);

  outlay_timeline_chart_set_visible_range (self, anchor - t * (last - first) / factor,
                                           anchor + (1 - t) * (last - first) / factor);
}

/**
 * outlay_timeline_chart_pan:
 * @self: a timeline
 * @dx: how far the content moves, in chart units, rightwards
 *
 * Drags the time axis by @dx: under RTL, where time runs leftwards,
 * moving content right shows later dates.
 */
void
outlay_timeline_chart_pan (OutlayTimelineChart *self,
                           double               dx)
{
  double first, last, days;

  g_return_if_fail (OUTLAY_IS_TIMELINE_CHART (self));

  outlay_timeline_chart_get_visible_range (self, &first, &last);
  days = dx / self->plot.width * (last - first);
  if (outlay_chart_is_rtl (OUTLAY_CHART (self)))
    days = -days;

  outlay_timeline_chart_set_visible_range (self, first - days, last - days);
}

/**
 * outlay_timeline_chart_get_items:
 * @self: a timeline
 * @n_items: (out): how many
 *
 * Returns: (array length=n_items): the marks as laid out, lane by lane
 */
const OutlayTimelineItem *
outlay_timeline_chart_get_items (OutlayTimelineChart *self,
                                 guint               *n_items)
{
  g_return_val_if_fail (OUTLAY_IS_TIMELINE_CHART (self), NULL);

  outlay_chart_get_n_marks (OUTLAY_CHART (self));
  *n_items = self->items->len;
  return (const OutlayTimelineItem *)(gpointer)self->items->data;
}

guint
outlay_timeline_chart_get_n_lanes (OutlayTimelineChart *self)
{
  outlay_chart_get_n_marks (OUTLAY_CHART (self));
  return self->shown_lanes->len;
}

const OutlayRect *
outlay_timeline_chart_get_plot (OutlayTimelineChart *self)
{
  outlay_chart_get_n_marks (OUTLAY_CHART (self));
  return &self->plot;
}

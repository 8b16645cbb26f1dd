/* outlay-timeline-labels.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "outlay-fact.h"
#include "outlay-timeline-chart-private.h"

/* Where the timeline's labels go, so that no two overlap and none covers
 * a mark: see outlay_timeline_chart_place_labels(). */

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

/* Which of a lane's three tracks a mark is on, from the top: 0 for the
 * upper (7 px above the middle), 1 the middle, 2 the lower */
static guint
track_from_top (OutlayTimelineChart      *self,
                const OutlayTimelineItem *item)
{
  double mid_y = self->plot.y + item->lane * self->lane_height + self->lane_height / 2;
  double offset = item->rect.y + item->rect.height / 2 - mid_y;

  return offset < -3.5 ? 0 : offset > 3.5 ? 2 : 1;
}

/* A lane's occupancy, one byte per pixel of width in each row: the label
 * rows (one or two), then the marks' three tracks from the top */
typedef struct
{
  guint8 *bytes;
  int     width;
  guint   n_rows;
} Occupancy;

static guint8 *
occupancy_row (Occupancy *o,
               guint      lane,
               guint      row)
{
  return o->bytes + (gsize)o->width * (lane * (o->n_rows + 3) + row);
}

static guint8 *
occupancy_track (Occupancy *o,
                 guint      lane,
                 guint      track)
{
  return occupancy_row (o, lane, o->n_rows + track);
}

/* Whether a label may take [x0, x1) in @row: the row is free there, and so
 * is every track in @tracks (a bit per track from the top), the tracks
 * whose marks would stand nearer the label than its own mark, with a
 * margin on each side: a mark must stand further from the label than
 * its own, 3 px away, does */
static gboolean
label_fits (OutlayTimelineChart *self,
            Occupancy           *o,
            guint                lane,
            guint                row,
            guint                tracks,
            double               x0,
            double               x1,
            double               margin_left,
            double               margin_right)
{
  if (x0 < self->plot.x || x1 > self->plot.x + self->plot.width)
    return FALSE;
  if (!row_is_free (occupancy_row (o, lane, row), o->width, x0, x1))
    return FALSE;
  for (guint t = 0; t < 3; t++)
    if ((tracks & (1u << t)) != 0 &&
        !row_is_free (occupancy_track (o, lane, t), o->width, x0 - margin_left, x1 + margin_right))
      return FALSE;

  return TRUE;
}

/* The longest free run from @x0 towards @limit (either way) that a label
 * may take, as label_fits() judges */
static double
label_run (OutlayTimelineChart *self,
           Occupancy           *o,
           guint                lane,
           guint                row,
           guint                tracks,
           double               x0,
           double               limit)
{
  double step = limit > x0 ? 1 : -1;
  double x = x0;

  /* The own mark is behind, the next one ahead: margins of 1 and 4 */
  while ((step > 0 ? x + step <= limit : x + step >= limit) &&
         label_fits (self, o, lane, row, tracks, MIN (x, x + step), MAX (x, x + step),
                     step > 0 ? 1 : 4, step > 0 ? 4 : 1))
    x += step;

  return fabs (x - x0);
}

/* Labels: where a lane is tall enough, a row above its marks and one
 * below; else one, on the marks' line, which the marks themselves take
 * first so no label covers a mark.
 *
 * A label must sit by its own mark, never nearer another: it goes over its
 * mark, from the mark's start, in the row on the mark's side (the upper
 * row for the upper and middle tracks, the lower for the lower), where no
 * mark of a track between stands under it; else beside its mark (after
 * it in reading direction, else before), where no mark at all stands
 * under it; else shortened to the room after its mark, if that is wide
 * enough to say something; else it is hidden, and the chart counts it.
 * Figures are placed first, then events, then clusters. */
void
outlay_timeline_chart_place_labels (OutlayTimelineChart *self)
{
  gboolean rtl = outlay_chart_is_rtl (OUTLAY_CHART (self));
  guint n_lanes = self->shown_lanes->len;
  OutlayTimelineItem *items = (OutlayTimelineItem *)(gpointer)self->items->data;
  double label_height = LABEL_SIZE + 5;
  Occupancy o = {
    .width = (int)ceil (self->plot.x + self->plot.width) + 1,
    /* Rows clear of the marks' three tracks, which reach 12 px from the
     * lane's middle */
    .n_rows = self->lane_height >= 2 * (label_height + 13) ? 2 : 1,
  };
  g_autofree guint *order = g_new (guint, self->items->len);

  o.bytes = g_malloc0 ((gsize)o.width * (o.n_rows + 3) * MAX (n_lanes, 1));
  self->n_hidden_labels = 0;

  /* A lane shorter than a label and its marks' tracks has no room for
   * labels that would not reach into the lanes beside it */
  if (self->lane_height < label_height + 9)
    {
      for (guint i = 0; i < self->items->len; i++)
        {
          items[i].label = item_label (self, &items[i]);
          items[i].label_rect = (OutlayRect) { items[i].rect.x, items[i].rect.y, 0, 0 };
        }
      self->n_hidden_labels = self->items->len;
      g_free (o.bytes);
      return;
    }

  for (guint i = 0; i < self->items->len; i++)
    order[i] = i;
  g_qsort_with_data (order, (int)self->items->len, sizeof (guint), compare_priority, items);

  /* On one row, the marks' line: every track is under every label */
  for (guint i = 0; i < self->items->len; i++)
    {
      const OutlayRect *r = &items[i].rect;

      row_take (occupancy_track (&o, items[i].lane, track_from_top (self, &items[i])), o.width,
                r->x, r->x + r->width);
    }

  for (guint k = 0; k < self->items->len; k++)
    {
      OutlayTimelineItem *item = &items[order[k]];
      const OutlayRect *r = &item->rect;
      double mid_y = self->plot.y + item->lane * self->lane_height + self->lane_height / 2;
      guint track = track_from_top (self, item);
      /* Start and end of the mark in reading direction */
      double mark_start = rtl ? r->x + r->width : r->x;
      double mark_end = rtl ? r->x : r->x + r->width;
      double sign = rtl ? -1 : 1;
      double wanted;
      gboolean placed = FALSE;

      item->label = item_label (self, item);
      wanted = estimate_width (item->label);

      for (guint attempt = 0; attempt < 2 * 4 && !placed; attempt++)
        {
          /* Its own side's row first */
          guint row = o.n_rows == 1 ? 0 : (track == 2) == (attempt / 4 == 0) ? 1 : 0;
          guint how = attempt % 4;
          /* Tracks nearer the row than the mark's: above it for the upper
           * row, below it for the lower */
          guint between = o.n_rows == 1 ? 0 :
                          row == 0 ? (1u << track) - 1 : 7u & ~((1u << (track + 1)) - 1);
          double y = o.n_rows == 1 ? mid_y - label_height / 2 :
                     row == 0 ? mid_y - 13 - label_height : mid_y + 13;
          double x0, run, gap, far;

          if (o.n_rows == 1 && attempt >= 4)
            break;

          /* How far the label would stand from its own mark, above or
           * below it; any other mark must stand further than its own */
          gap = o.n_rows == 1 ? 0 : row == 0 ? r->y - (y + label_height) : y - (r->y + r->height);
          gap = MAX (gap, 0);
          far = ceil (sqrt (9 + gap * gap)) + 2;

          switch (how)
            {
            case 0:
              /* Over the mark, from its start: not on the marks' line */
              if (o.n_rows == 1)
                continue;
              x0 = rtl ? mark_start - wanted : mark_start;
              /* A mark of a nearer track must stand further from the
               * label's ends than its own mark stands below it: 10 px */
              if (!label_fits (self, &o, item->lane, row, between, x0, x0 + wanted, gap + 2, gap + 2))
                continue;
              break;
            case 1:
            case 2:
              /* Beside it, after then before, over no mark at all */
              if (how == 1)
                x0 = rtl ? mark_end - 3 - wanted : mark_end + 3;
              else
                x0 = rtl ? mark_start + 3 : mark_start - 3 - wanted;
              /* Its own mark 3 px away on one side; any other 4 px or more */
              if (!label_fits (self, &o, item->lane, row, 1u << track, x0, x0 + wanted,
                               (x0 > r->x) ? 1 : far, (x0 > r->x) ? far : 1) ||
                  !label_fits (self, &o, item->lane, row, 7u & ~(1u << track), x0, x0 + wanted, far, far))
                continue;
              /* Above or below the marks' line, a mark on a track nearer the
               * row and reaching the label's corner would stand as near it
               * as its own: none from the label to past its own mark's edge */
              if (o.n_rows == 2 &&
                  !label_fits (self, &o, item->lane, row, between,
                               MIN (x0, how == 1 ? mark_end : mark_start),
                               MAX (x0 + wanted, how == 1 ? mark_end : mark_start), far, far))
                continue;
              break;
            case 3:
            default:
              /* Shortened to the room after the mark; never a figure's,
               * which cut would say another number */
              if (outlay_fact_get_amount (item->fact) != NULL && item->kind != OUTLAY_TIMELINE_CLUSTER)
                continue;
              x0 = mark_end + sign * 3;
              run = MIN (label_run (self, &o, item->lane, row, 7, x0,
                                    rtl ? self->plot.x : self->plot.x + self->plot.width) - 4, wanted);
              if (run < MIN_LABEL_PX)
                continue;
              if (o.n_rows == 2 &&
                  !label_fits (self, &o, item->lane, row, between, MIN (mark_end, rtl ? x0 - run : x0),
                               MAX (mark_end, rtl ? x0 : x0 + run), far, far))
                continue;
              item->label_rect = (OutlayRect) { rtl ? x0 - run : x0, y, run, label_height };
              row_take (occupancy_row (&o, item->lane, row), o.width,
                        item->label_rect.x - 4, item->label_rect.x + run + 4);
              item->label_shortened = TRUE;
              placed = TRUE;
              continue;
            }

          item->label_rect = (OutlayRect) { x0, y, wanted, label_height };
          row_take (occupancy_row (&o, item->lane, row), o.width, x0 - 4, x0 + wanted + 4);
          placed = TRUE;
        }

      if (!placed)
        {
          item->label_rect = (OutlayRect) { mark_end, mid_y, 0, 0 };
          self->n_hidden_labels++;
        }
    }

  g_free (o.bytes);
}

/* The time axis's ticks and their labels */

typedef enum { TICK_DAYS, TICK_MONTHS, TICK_YEARS } TickUnit;

/* The steps the axis can take, finest first */
static const struct {
  TickUnit unit;
  guint    step;
  double   days;  /* about */
} tick_steps[] = {
  { TICK_DAYS, 1, 1 }, { TICK_DAYS, 7, 7 }, { TICK_DAYS, 14, 14 },
  { TICK_MONTHS, 1, 30.44 }, { TICK_MONTHS, 3, 91.31 }, { TICK_MONTHS, 6, 182.62 },
  { TICK_YEARS, 1, 365.25 }, { TICK_YEARS, 2, 730.5 }, { TICK_YEARS, 5, 1826.25 },
  { TICK_YEARS, 10, 3652.5 }, { TICK_YEARS, 20, 7305 }, { TICK_YEARS, 50, 18262.5 },
  { TICK_YEARS, 100, 36525 }, { TICK_YEARS, 200, 73050 }, { TICK_YEARS, 500, 182625 },
  { TICK_YEARS, 1000, 365250 }, { TICK_YEARS, 2000, 730500 },
};

#define TICK_LABEL_GAP 12.0

static char *
format_tick (TickUnit    unit,
             GDate      *date,
             const char *language)
{
  OutlayPartialDate partial = {
    .year = g_date_get_year (date),
    .month = unit == TICK_YEARS ? 0 : g_date_get_month (date),
    .day = unit == TICK_DAYS ? g_date_get_day (date) : 0,
    .precision = unit == TICK_YEARS ? OUTLAY_DATE_PRECISION_YEAR :
                 unit == TICK_MONTHS ? OUTLAY_DATE_PRECISION_MONTH : OUTLAY_DATE_PRECISION_DAY,
  };

  return outlay_partial_date_format (&partial, language);
}

static double
label_width (OutlayTimelineChart *self,
             const char          *text)
{
  PangoLayout *layout = outlay_chart_get_text (OUTLAY_CHART (self), text, LABEL_SIZE, FALSE, 0,
                                               OUTLAY_TEXT_NO_WIDTH, PANGO_ALIGN_LEFT);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* The widest label a unit prints, in the chart's language: every month's
 * name (a day label also has the widest day number), in a four-digit year */
static double
widest_label (OutlayTimelineChart *self,
              TickUnit             unit)
{
  const char *language = outlay_chart_get_language (OUTLAY_CHART (self));
  double widest = 0;
  GDate date;

  g_date_clear (&date, 1);
  for (guint month = 1; month <= (unit == TICK_YEARS ? 1 : 12); month++)
    {
      g_autofree char *text = NULL;

      g_date_set_dmy (&date, 28, month, 2028);
      text = format_tick (unit, &date, language);
      widest = MAX (widest, label_width (self, text));
    }

  return widest;
}

/* Lays out the time axis: the finest step whose spacing holds its widest
 * label, ticks from a round date (a multiple of the step), and the labels
 * centred under them, kept inside the chart */
void
outlay_timeline_chart_place_ticks (OutlayTimelineChart *self)
{
  OutlayChart *chart = OUTLAY_CHART (self);
  const char *language = outlay_chart_get_language (chart);
  double px_per_day = self->plot.width / (self->used_last - self->used_first);
  double axis_y = self->plot.y + self->plot.height;
  double *widths = self->widest_tick;
  TickUnit unit = TICK_YEARS;
  guint step = tick_steps[G_N_ELEMENTS (tick_steps) - 1].step;
  GDate date, end;

  if (g_strcmp0 (self->widest_tick_language, language) != 0)
    {
      g_free (self->widest_tick_language);
      self->widest_tick_language = g_strdup (language);
      widths[TICK_DAYS] = widths[TICK_MONTHS] = widths[TICK_YEARS] = -1;
    }

  for (guint i = 0; i < G_N_ELEMENTS (tick_steps); i++)
    {
      TickUnit candidate = tick_steps[i].unit;

      if (widths[candidate] < 0)
        widths[candidate] = widest_label (self, candidate);
      if (px_per_day * tick_steps[i].days >= widths[candidate] + TICK_LABEL_GAP)
        {
          unit = candidate;
          step = tick_steps[i].step;
          break;
        }
    }

  g_date_clear (&date, 1);
  g_date_clear (&end, 1);
  g_date_set_julian (&date, (guint32)MAX (floor (self->used_first), 1));
  g_date_set_julian (&end, (guint32)MAX (ceil (self->used_last), 2));

  /* Start on a round date: the 1st (days), a month that is a multiple of
   * the step (months), a year that is (years) */
  g_date_set_day (&date, 1);
  if (unit == TICK_MONTHS)
    g_date_set_month (&date, (GDateMonth)(((g_date_get_month (&date) - 1) / step) * step + 1));
  else if (unit == TICK_YEARS)
    {
      g_date_set_month (&date, G_DATE_JANUARY);
      g_date_set_year (&date, (GDateYear)MAX (1, g_date_get_year (&date) - g_date_get_year (&date) % step));
    }

  for (guint guard = 0; g_date_compare (&date, &end) <= 0 && guard < 1000; guard++)
    {
      double day = g_date_get_julian (&date);
      double x = outlay_timeline_chart_x_of (self, day);

      if (x >= self->plot.x - 0.5 && x <= self->plot.x + self->plot.width + 0.5)
        {
          g_autofree char *label = format_tick (unit, &date, language);
          double width = label_width (self, label);
          double left = x - width / 2.0;

          /* A tick at the very end whose label would leave the chart is
           * left out: moving the label inward could bring it onto its
           * neighbour's, and the spacing is what keeps labels apart */
          if (left >= 0 && left + width <= outlay_chart_get_width (chart))
            {
              OutlayTimelineTick tick = {
                day, x, g_steal_pointer (&label), { left, axis_y + 6, width, LABEL_SIZE * 1.4 },
              };

              g_array_append_val (self->ticks, tick);
            }
        }

      if (unit == TICK_YEARS)
        g_date_add_years (&date, step);
      else if (unit == TICK_MONTHS)
        g_date_add_months (&date, step);
      else if (step == 7 || step == 14)
        {
          /* Weeks restart at each month's 1st, 8th, 15th (and 22nd) */
          guint next = g_date_get_day (&date) + step;

          if (next > 22 || next > g_date_get_days_in_month (g_date_get_month (&date), g_date_get_year (&date)))
            {
              g_date_set_day (&date, 1);
              g_date_add_months (&date, 1);
            }
          else
            g_date_set_day (&date, (GDateDay)next);
        }
      else
        g_date_add_days (&date, step);
    }
}

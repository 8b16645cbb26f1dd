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
void
outlay_timeline_chart_place_labels (OutlayTimelineChart *self)
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


/* outlay-timeline-draw.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "outlay-entity.h"
#include "outlay-fact.h"
#include "outlay-timeline-chart-private.h"

/* Drawing the timeline as laid out: lanes, the time axis, marks and their
 * labels. Everything is filled, opaque and on whole device pixels where it
 * can be (see add_edges()): a frame draws hundreds of marks. */

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
  { TICK_YEARS, 100, 36525 }, { TICK_YEARS, 200, 73050 },
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

  /* RTL draws later dates further left: keep the array in date order */
}

static void
draw_time_axis (OutlayTimelineChart *self,
                cairo_t             *cr)
{
  OutlayChart *chart = OUTLAY_CHART (self);
  double axis_y = self->plot.y + self->plot.height;

  outlay_chart_set_source_rgba (chart, cr, "axis");
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, self->plot.x, axis_y + 0.5);
  cairo_line_to (cr, self->plot.x + self->plot.width, axis_y + 0.5);
  cairo_stroke (cr);

  for (guint i = 0; i < self->ticks->len; i++)
    {
      const OutlayTimelineTick *tick = &g_array_index (self->ticks, OutlayTimelineTick, i);
      PangoLayout *layout = outlay_chart_get_text (chart, tick->label, LABEL_SIZE, FALSE, 0,
                                                   OUTLAY_TEXT_NO_WIDTH, PANGO_ALIGN_LEFT);

      outlay_chart_set_source_rgba (chart, cr, "grid");
      cairo_move_to (cr, round (tick->x) + 0.5, self->plot.y);
      cairo_line_to (cr, round (tick->x) + 0.5, axis_y + 4);
      cairo_stroke (cr);

      outlay_chart_set_source_rgba (chart, cr, "secondary");
      cairo_move_to (cr, tick->label_rect.x, tick->label_rect.y);
      pango_cairo_show_layout (cr, layout);
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
      PangoLayout *layout = outlay_chart_get_text (chart, item->label, LABEL_SIZE, money,
                                                   item->label_rect.width, OUTLAY_TEXT_ELLIPSIZE,
                                                   PANGO_ALIGN_LEFT);

      outlay_chart_set_source_rgba (chart, cr, money ? "foreground" : "secondary");
      cairo_move_to (cr, item->label_rect.x, item->label_rect.y);
      pango_cairo_show_layout (cr, layout);
    }
}

void
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
      const char *text = outlay_entity_get_name (lane->entity, language);
      PangoLayout *name = outlay_chart_get_text (chart, text, NAME_SIZE, TRUE, 0,
                                                 OUTLAY_TEXT_NO_WIDTH, PANGO_ALIGN_LEFT);
      int width, height;

      if (l % 2 == 1)
        {
          outlay_chart_set_role_tint (chart, cr, "grid", 0.5);
          add_box (cr, self->plot.x, y, self->plot.width, self->lane_height);
          cairo_fill (cr);
        }

      /* Too long a name is cut, still against the plot's edge */
      pango_layout_get_pixel_size (name, &width, &height);
      if (width > LANE_LABEL_MAX)
        {
          name = outlay_chart_get_text (chart, text, NAME_SIZE, TRUE, LANE_LABEL_MAX,
                                        OUTLAY_TEXT_ELLIPSIZE, PANGO_ALIGN_RIGHT);
          width = (int)LANE_LABEL_MAX;
        }

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


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
      cairo_new_path (cr);
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
  /* A cluster stands for many facts: the date of the one that represents
   * it being inferred says nothing of the others */
  gboolean inferred = item->kind != OUTLAY_TIMELINE_CLUSTER && outlay_fact_get_period (item->fact)->inferred;
  gboolean ahead = outlay_fact_get_status (item->fact) != OUTLAY_FACT_ACTUAL;
  gboolean selected = g_strcmp0 (outlay_chart_get_selected (chart), outlay_fact_get_id (item->fact)) == 0;
  gboolean money = outlay_fact_get_amount (item->fact) != NULL;
  gboolean high_contrast = outlay_chart_get_theme (chart) == OUTLAY_CHART_THEME_HIGH_CONTRAST;
  double line = money ? 2 : 1.25;

  /* Each mark's path starts afresh. Text leaves a current point behind
   * (pango_cairo_show_layout() draws from it and keeps it), and
   * cairo_arc() joins the point it starts from to any current point with
   * a line: a point's disc or ring, filled, then carried a zero-width
   * sliver from the last label to it, which cairo's rasteriser
   * drops but PDF viewers draw as a hairline across the chart (issue 12
   * item 7). */
  cairo_new_path (cr);

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
      cairo_new_path (cr);
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

      outlay_chart_set_entity_text_color (chart, cr, lane->entity);
      cairo_move_to (cr, rtl ? self->plot.x + self->plot.width + 8 : self->plot.x - 8 - width,
                     y + (self->lane_height - height) / 2);
      pango_cairo_show_layout (cr, name);
      cairo_new_path (cr);
    }

  draw_time_axis (self, cr);

  cairo_save (cr);
  cairo_rectangle (cr, self->plot.x - 8, self->plot.y, self->plot.width + 16, self->plot.height);
  cairo_clip (cr);
  for (guint i = 0; i < self->items->len; i++)
    draw_item (self, cr, &g_array_index (self->items, OutlayTimelineItem, i));
  cairo_restore (cr);
}


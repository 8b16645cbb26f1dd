/* outlay-bar-draw.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "outlay-bar-chart-private.h"

/* Drawing the bar chart as laid out: the value axis, the bars (hatched
 * when planned, open-topped when a floor, dashed when derived, a part
 * inside its whole), their labels and their categories. */

typedef struct
{
  double x;
  double y;
} HatchPoint;

/* Cuts the convex polygon @in (@n points) to the side of the line
 * coordinate @axis (0 for x, 1 for y) = @value where @axis is at least
 * @value, or at most with @below; the result, at most @n + 1 points, goes
 * to @out. Sutherland and Hodgman's algorithm, for one edge. */
static guint
cut_polygon (const HatchPoint *in,
             guint             n,
             HatchPoint       *out,
             guint             axis,
             double            value,
             gboolean          below)
{
  guint m = 0;

  for (guint i = 0; i < n; i++)
    {
      HatchPoint a = in[i];
      HatchPoint b = in[(i + 1) % n];
      double av = axis == 0 ? a.x : a.y;
      double bv = axis == 0 ? b.x : b.y;
      gboolean a_in = below ? av <= value : av >= value;
      gboolean b_in = below ? bv <= value : bv >= value;

      if (a_in)
        out[m++] = a;
      if (a_in != b_in)
        {
          double t = (value - av) / (bv - av);

          out[m++] = (HatchPoint) { a.x + t * (b.x - a.x), a.y + t * (b.y - a.y) };
        }
    }

  return m;
}

/* Diagonal lines 1.5 wide, 7 apart, across @r: the lines from (x + d,
 * bottom) up and right to (x + d + height, top), as if stroked and
 * clipped to @r. Stroking all of them with a clip made cairo rasterise
 * every line across the whole bar, more work than the rest of the chart;
 * so each line's outline, a 45° strip, is cut to @r here and all are
 * filled at once. The shapes are the same, and so are the pixels but for
 * rounding (1 in 255 at most), at 40 % less cost. */
static void
hatch (cairo_t          *cr,
       const OutlayRect *r)
{
  /* Half the line width, along x and along y, across a 45° line */
  const double half = 1.5 / 2 / G_SQRT2;

  for (double d = -r->height; d < r->width; d += 7)
    {
      double x0 = r->x + d, y0 = r->y + r->height;
      double x1 = x0 + r->height, y1 = r->y;
      /* 4 corners, and one more for each of 4 cuts */
      HatchPoint strip[8] = {
        { x0 - half, y0 - half }, { x1 - half, y1 - half },
        { x1 + half, y1 + half }, { x0 + half, y0 + half },
      };
      HatchPoint cut[8];
      guint n = 4;

      n = cut_polygon (strip, n, cut, 0, r->x, FALSE);
      n = cut_polygon (cut, n, strip, 0, r->x + r->width, TRUE);
      n = cut_polygon (strip, n, cut, 1, r->y, FALSE);
      n = cut_polygon (cut, n, strip, 1, r->y + r->height, TRUE);
      if (n < 3)
        continue;

      cairo_move_to (cr, strip[0].x, strip[0].y);
      for (guint i = 1; i < n; i++)
        cairo_line_to (cr, strip[i].x, strip[i].y);
      cairo_close_path (cr);
    }

  cairo_fill (cr);
}

static void
draw_axis (OutlayBarChart *self,
           cairo_t        *cr)
{
  OutlayChart *chart = OUTLAY_CHART (self);
  gboolean rtl = outlay_chart_is_rtl (chart);
  gboolean high_contrast = outlay_chart_get_theme (chart) == OUTLAY_CHART_THEME_HIGH_CONTRAST;

  for (guint i = 0; i < self->axis.n_ticks; i++)
    {
      double value = outlay_value_axis_tick (&self->axis, i);
      double y = round (outlay_bar_layout_value_y (&self->plot, &self->axis, value)) + 0.5;
      g_autofree char *tick = outlay_bar_chart_format_tick (self, value);
      PangoLayout *layout = outlay_chart_get_text (chart, tick, SMALL_SIZE, FALSE, 0,
                                                   OUTLAY_TEXT_NO_WIDTH, PANGO_ALIGN_LEFT);
      int width, height;

      outlay_chart_set_source_rgba (chart, cr, i == 0 ? "axis" : "grid");
      cairo_set_line_width (cr, i == 0 || high_contrast ? 1.5 : 1);
      cairo_move_to (cr, self->plot.x, y);
      cairo_line_to (cr, self->plot.x + self->plot.width, y);
      cairo_stroke (cr);

      pango_layout_get_pixel_size (layout, &width, &height);
      outlay_chart_set_source_rgba (chart, cr, "secondary");
      cairo_move_to (cr,
                     rtl ? self->plot.x + self->plot.width + AXIS_GAP : self->plot.x - AXIS_GAP - width,
                     y - height / 2.0);
      pango_cairo_show_layout (cr, layout);
      cairo_new_path (cr);
    }
}

static void
draw_label (OutlayChart      *chart,
            cairo_t          *cr,
            const char       *text,
            const OutlayRect *rect,
            OutlayTextWrap    wrap,
            double            wrap_width)
{
  PangoLayout *layout;

  if (rect->width <= 0)
    return;

  layout = outlay_chart_get_text (chart, text, LABEL_SIZE, wrap != OUTLAY_TEXT_WRAP_SHORT,
                                  wrap == OUTLAY_TEXT_NO_WIDTH ? 0 : wrap_width, wrap, PANGO_ALIGN_CENTER);
  cairo_move_to (cr, rect->x, rect->y);
  pango_cairo_show_layout (cr, layout);
  /* Text keeps its current point: no path may start from it (issue 12
   * item 7, outlay-timeline-draw.c) */
  cairo_new_path (cr);
}

/* A floor's open end: its sides dashed upwards and an arrow, the figure
 * is at least this, maybe more */
static void
draw_floor_reach (cairo_t          *cr,
                  const OutlayRect *r,
                  double            reach)
{
  double cx = r->x + r->width / 2;
  double top = r->y - reach;

  cairo_set_dash (cr, (double[]) { 3, 3 }, 2, 0);
  cairo_move_to (cr, r->x, r->y);
  cairo_line_to (cr, r->x, top + reach * 0.4);
  cairo_move_to (cr, r->x + r->width, r->y);
  cairo_line_to (cr, r->x + r->width, top + reach * 0.4);
  cairo_move_to (cr, cx, r->y);
  cairo_line_to (cr, cx, top);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_move_to (cr, cx - 5, top + 6);
  cairo_line_to (cr, cx, top);
  cairo_line_to (cr, cx + 5, top + 6);
  cairo_stroke (cr);
}

static void
draw_bar (OutlayBarChart      *self,
          cairo_t             *cr,
          const OutlayBarInfo *bar)
{
  OutlayChart *chart = OUTLAY_CHART (self);
  OutlayEntity *entity = outlay_fact_get_entity (bar->fact);
  const OutlayRect *r = &bar->place.bar;
  const OutlayAmount *amount = &bar->figure.amount;
  gboolean planned = outlay_fact_get_status (bar->fact) != OUTLAY_FACT_ACTUAL;
  gboolean floor_ = outlay_amount_is_floor (amount);
  gboolean ceiling = amount->qualifier == OUTLAY_QUALIFIER_UP_TO;
  gboolean derived = outlay_figure_is_derived (&bar->figure);
  gboolean selected = g_strcmp0 (outlay_chart_get_selected (chart), outlay_fact_get_id (bar->fact)) == 0;
  gboolean high_contrast = outlay_chart_get_theme (chart) == OUTLAY_CHART_THEME_HIGH_CONTRAST;

  cairo_save (cr);
  cairo_new_path (cr);

  /* Totals a source states for other bars are grey, not one entity's */
  if (bar->is_total)
    outlay_chart_set_role_color (chart, cr, "secondary", planned ? 0.28 : 1.0);
  else
    outlay_chart_set_entity_color (chart, cr, entity, planned ? 0.28 : 1.0);
  cairo_rectangle (cr, r->x, r->y, r->width, r->height);
  cairo_fill (cr);

  if (bar->is_total)
    outlay_chart_set_source_rgba (chart, cr, "secondary");
  else
    outlay_chart_set_entity_color (chart, cr, entity, 1.0);
  if (planned)
    hatch (cr, r);

  if (bar->part != NULL)
    {
      OutlayRect p = outlay_bar_chart_part_rect (bar);
      gboolean part_selected = g_strcmp0 (outlay_chart_get_selected (chart),
                                          outlay_fact_get_id (bar->part)) == 0;

      cairo_rectangle (cr, p.x, p.y, p.width, p.height);
      cairo_fill (cr);

      /* The part's value inside it, white on the entity's colour; what
       * the part is, the tooltip and the details say. */
      if (bar->part_label_rect.width > 0)
        {
          g_autofree char *part_value = outlay_bar_chart_format_figure (self, &bar->part_figure);

          cairo_set_source_rgb (cr, 1, 1, 1);
          draw_label (chart, cr, part_value, &bar->part_label_rect, OUTLAY_TEXT_NO_WIDTH, 0);
        }

      if (part_selected)
        {
          outlay_chart_set_source_rgba (chart, cr, "selection");
          cairo_set_line_width (cr, 3);
          cairo_rectangle (cr, p.x - 1.5, p.y - 1.5, p.width + 3, p.height + 3);
          cairo_stroke (cr);
        }
    }

  /* The outline: open at the top for a floor, dashed for a value no
   * source states as it is drawn. */
  cairo_set_line_width (cr, high_contrast ? 2 : 1.5);
  if (bar->is_total)
    outlay_chart_set_source_rgba (chart, cr, "secondary");
  else
    outlay_chart_set_entity_color (chart, cr, entity, 1.0);
  if (high_contrast)
    outlay_chart_set_source_rgba (chart, cr, "foreground");
  if (derived)
    cairo_set_dash (cr, (double[]) { 5, 3 }, 2, 0);
  cairo_move_to (cr, r->x, r->y);
  cairo_line_to (cr, r->x, r->y + r->height);
  cairo_line_to (cr, r->x + r->width, r->y + r->height);
  cairo_line_to (cr, r->x + r->width, r->y);
  if (!floor_)
    cairo_close_path (cr);
  cairo_stroke (cr);

  if (floor_)
    draw_floor_reach (cr, r, outlay_bar_chart_floor_reach (self));

  if (ceiling)
    {
      /* A cap: the figure is at most this */
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_set_line_width (cr, 3);
      cairo_move_to (cr, r->x - 3, r->y + 1.5);
      cairo_line_to (cr, r->x + r->width + 3, r->y + 1.5);
      cairo_stroke (cr);
    }

  if (outlay_amount_is_range (amount))
    {
      /* A range: a line from its lower end, the bar's top, to its upper */
      double cx = r->x + r->width / 2;
      double top = outlay_bar_layout_value_y (&self->plot, &self->axis, MIN (amount->max, self->axis.max));

      cairo_set_dash (cr, NULL, 0, 0);
      cairo_set_line_width (cr, 1.5);
      cairo_move_to (cr, cx, r->y);
      cairo_line_to (cr, cx, top);
      cairo_move_to (cr, cx - r->width / 4, top);
      cairo_line_to (cr, cx + r->width / 4, top);
      cairo_stroke (cr);
    }

  if (selected)
    {
      cairo_set_dash (cr, NULL, 0, 0);
      outlay_chart_set_source_rgba (chart, cr, "selection");
      cairo_set_line_width (cr, 3);
      cairo_rectangle (cr, r->x - 3, r->y - 3, r->width + 6, r->height + 6);
      cairo_stroke (cr);
    }

  cairo_restore (cr);

  outlay_chart_set_source_rgba (chart, cr, "foreground");
  if (bar->label_rect.width > 0)
    {
      g_autofree char *label = outlay_bar_chart_format_figure (self, &bar->figure);

      draw_label (chart, cr, label, &(OutlayRect) { bar->place.slot.x + 2, bar->label_rect.y,
                                                    bar->place.slot.width - 4, bar->label_rect.height },
                  OUTLAY_TEXT_WRAP_WORDS, bar->place.slot.width - 4);
    }
  if (bar->category_rect.width > 0)
    {
      g_autofree char *category = outlay_bar_chart_category_text (self, bar);

      draw_label (chart, cr, category, &bar->category_rect, OUTLAY_TEXT_WRAP_SHORT, bar->category_rect.width);
    }
}

void
outlay_bar_chart_draw_plot (OutlayChart *chart,
                            cairo_t     *cr)
{
  OutlayBarChart *self = OUTLAY_BAR_CHART (chart);

  if (self->bars->len == 0)
    {
      PangoLayout *layout = outlay_chart_get_text (chart, _("No figures of this kind match the filters"),
                                                   LABEL_SIZE, FALSE, self->plot.width, OUTLAY_TEXT_WRAP,
                                                   PANGO_ALIGN_CENTER);

      outlay_chart_set_source_rgba (chart, cr, "secondary");
      cairo_move_to (cr, self->plot.x, self->plot.y + self->plot.height / 2);
      pango_cairo_show_layout (cr, layout);
      cairo_new_path (cr);
      return;
    }

  draw_axis (self, cr);

  for (guint i = 0; i < self->bars->len; i++)
    draw_bar (self, cr, &g_array_index (self->bars, OutlayBarInfo, i));
}

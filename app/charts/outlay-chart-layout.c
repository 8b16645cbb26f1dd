/* outlay-chart-layout.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "outlay-chart-private.h"

/* Where every chart's frame goes around its plot: the title, the units
 * line, the legend's rows, the lines under the plot; and the plot between
 * them, laid out by the chart kind, as often as the frame needs to settle.
 * Part of the chart base class (outlay-chart-private.h). */

static double
text_height (OutlayChart *self,
             double       size,
             gboolean     bold)
{
  /* In the weight it is drawn in: each size and weight is a font of its
   * own for fontconfig to match and sort, and a weight asked for only to
   * be measured costs a match and a sort for nothing */
  PangoLayout *layout = outlay_chart_get_text (self, "Ag", size, bold, 0, OUTLAY_TEXT_NO_WIDTH,
                                               PANGO_ALIGN_LEFT);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

/* The height of @text wrapped across the chart, or 0 for none */
static double
wrapped_height (OutlayChart *self,
                const char  *text,
                double       size)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);
  PangoLayout *layout;
  int height;

  if (text == NULL)
    return 0;

  layout = outlay_chart_get_text (self, text, size, FALSE,
                                  priv->width - 2 * OUTLAY_CHART_MARGIN, OUTLAY_TEXT_WRAP, PANGO_ALIGN_LEFT);
  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

/* A line under the plot, and the 2 px between it and the next */
static double
bottom_line_height (OutlayChart *self,
                    const char  *text)
{
  return text != NULL ? wrapped_height (self, text, OUTLAY_CHART_SMALL_SIZE) + 2 : 0;
}

void
outlay_chart_ensure_layout (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);
  OutlayChartClass *klass = OUTLAY_CHART_GET_CLASS (self);
  double line_height = text_height (self, OUTLAY_CHART_SMALL_SIZE, FALSE) + 2;
  /* Room kept under the plot: the sources' line, and the notes that
   * appear; wrapped lines take more, and the layout runs again */
  double bottom = MAX (line_height, priv->last_bottom);
  /* The line under the title, which wraps too: a rate and "(derived)"
   * are part of what the axis means, never cut */
  double units_height = MAX (text_height (self, OUTLAY_CHART_TEXT_SIZE, FALSE), priv->last_units_height);
  OutlayRect plot;
  double y = OUTLAY_CHART_MARGIN;
  guint legend_rows = 1;

  if (priv->layout_valid)
    return;

  if (priv->dataset != NULL && klass->prepare != NULL)
    klass->prepare (self);

  /* The legend's entries come from the layout (a chart says "planned"
   * only when it draws a plan), and its rows decide where the plot starts;
   * the lines under the plot (what it leaves out, its sources) come from
   * the layout too, and wrap, so their height decides where it ends. Lay
   * out with a guess (the last layout's), and again while the guess was
   * not what was needed: rarely more than twice. */
  for (guint pass = 0; pass < 6; pass++)
    {
      double row_height = text_height (self, OUTLAY_CHART_TEXT_SIZE, FALSE) + 6;
      const char *filter_note = outlay_chart_peek_filter_note (self);
      double needed_bottom, needed_units;
      guint needed_rows;

      y = OUTLAY_CHART_MARGIN;
      g_array_set_size (priv->marks, 0);
      g_array_set_size (priv->legend, 0);
      g_clear_pointer (&priv->source_line, g_free);
      g_clear_pointer (&priv->plot_note, g_free);
      g_clear_pointer (&priv->units, g_free);

      priv->title_y = y;
      y += text_height (self, OUTLAY_CHART_TITLE_SIZE, TRUE) + 4;
      priv->units_y = y;
      y += units_height + 8;
      priv->legend_y = y;
      y += legend_rows * row_height - 6 + 16;

      plot = (OutlayRect) {
        OUTLAY_CHART_MARGIN, y, priv->width - 2 * OUTLAY_CHART_MARGIN,
        MAX (priv->height - OUTLAY_CHART_MARGIN - bottom - 12 - y, 10),
      };
      /* Never past the chart's foot, even when its frame leaves no room */
      plot.y = MIN (plot.y, priv->height - plot.height);

      if (priv->dataset != NULL)
        {
          klass->layout (self, &plot);
          klass->add_legend (self);
          priv->source_line = outlay_chart_compute_source_line (self);
          if (klass->dup_plot_note != NULL)
            priv->plot_note = klass->dup_plot_note (self);
        }

      priv->units = outlay_chart_compute_units (self);
      needed_units = wrapped_height (self, priv->units, OUTLAY_CHART_TEXT_SIZE);
      /* On a chart too small for the line wrapped and a plot of some
       * height, one line cut short: the plot must stay in the chart */
      /* Once cut in a pass, cut in the next: the room it gives back must
       * not bring the wrapped line back, and the passes settle */
      priv->units_cut = (pass > 0 && priv->units_cut) ||
                        priv->height - OUTLAY_CHART_MARGIN - bottom - 12 -
                        (y - units_height + needed_units) < MIN_PLOT_HEIGHT;
      if (priv->units_cut)
        needed_units = text_height (self, OUTLAY_CHART_TEXT_SIZE, FALSE);

      /* From the bottom up: sources, what the plot leaves out, what the
       * filters leave out */
      priv->source_y = priv->height - OUTLAY_CHART_MARGIN - bottom_line_height (self, priv->source_line);
      priv->plot_note_y = priv->source_y - bottom_line_height (self, priv->plot_note);
      priv->note_y = priv->plot_note_y - bottom_line_height (self, filter_note);
      needed_bottom = priv->height - OUTLAY_CHART_MARGIN - priv->note_y;

      needed_rows = priv->dataset != NULL ? outlay_chart_place_legend (self, priv->legend_y, row_height) : 1;
      /* Settled when the guesses were what the layout needed: the same
       * chart then lays out alike whatever it showed before */
      if (needed_rows == legend_rows && fabs (needed_bottom - bottom) <= 0.5 &&
          fabs (needed_units - units_height) <= 0.5)
        break;
      legend_rows = needed_rows;
      bottom = MAX (needed_bottom, line_height);
      units_height = needed_units;
    }

  /* The next layout starts from this one's room: a resize rarely changes
   * it, and a right guess saves a pass */
  priv->last_bottom = bottom;
  priv->last_units_height = units_height;
  priv->layout_valid = TRUE;
}

/* outlay-chart-private.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "outlay-chart.h"

G_BEGIN_DECLS

/* The chart base class, in four files: outlay-chart.c (inputs, layout
 * cache, marks, drawing), outlay-chart-layout.c (where the frame and the
 * plot go), outlay-chart-frame.c (title, units line, legend, source line)
 * and outlay-chart-colors.c (the themes' palette). */

/* Four fonts in all (20 bold, 13, 12, 12 bold): fontconfig sorts every
 * installed font for each size and weight a process first asks for, some
 * milliseconds each, which was most of a command-line SVG export. */
#define OUTLAY_CHART_MARGIN 24.0
#define OUTLAY_CHART_TITLE_SIZE 20.0
#define OUTLAY_CHART_TEXT_SIZE 13.0
#define OUTLAY_CHART_SMALL_SIZE 12.0
/* Under this, a plot gives its room back: the units line is cut to one */
#define MIN_PLOT_HEIGHT 40.0

typedef struct
{
  OutlayLegendSwatch  swatch;
  char               *label;
  OutlayRect          rect;   /* swatch and label, as laid out */
  double              text_x;
} LegendEntry;

#define OUTLAY_LEGEND_SWATCH 12.0

typedef struct
{
  OutlayDataset       *dataset;
  OutlayChartText     *text;
  char                *language;
  char                *currency;
  char               **hidden_entities;
  char                *selected;
  GArray              *marks;   /* OutlayChartMark */
  GArray              *legend;  /* LegendEntry */
  OutlayFigureOptions  figure_options;
  double               width;
  double               height;
  PangoDirection       direction;
  OutlayChartTheme     theme;
  guint                filter_serial;
  guint                hidden_kinds;  /* bit 1 << OutlayFactKind */
  gboolean             layout_valid;
  double               title_y;
  double               units_y;
  double               legend_y;
  double               source_y;
  double               note_y;
  double               plot_note_y;
  double               last_bottom;
  double               last_units_height;
  /* The lines under the plot, as laid out: they wrap, never cut, so their
   * heights are part of the layout */
  char                *source_line;
  char                *plot_note;
  char                *units;
  gboolean             units_cut;
  /* What the filters leave out of this chart, said above the sources;
   * computed once per change of filters, dataset, language or direction */
  char                *filter_note;
  gboolean             filter_note_valid;
  guint                filter_note_serial;
} OutlayChartPrivate;

OutlayChartPrivate *outlay_chart_get_private       (OutlayChart *self);
void                outlay_chart_ensure_layout     (OutlayChart *self);
void                outlay_chart_draw_frame        (OutlayChart *self,
                                                    cairo_t     *cr);
void                outlay_chart_legend_entry_clear (gpointer    data);
const char         *outlay_chart_peek_filter_note  (OutlayChart *self);
char               *outlay_chart_compute_source_line (OutlayChart *self);
char               *outlay_chart_compute_units     (OutlayChart *self);
guint               outlay_chart_place_legend      (OutlayChart *self,
                                                    double       y,
                                                    double       row_height);
const double       *outlay_chart_palette_rgba      (OutlayChart *self,
                                                    const char  *role);
void                outlay_chart_get_entity_text_rgb (OutlayChart  *self,
                                                      OutlayEntity *entity,
                                                      double        rgb[3]);

G_END_DECLS

/* outlay-chart.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>
#include <pango/pango.h>

#include "outlay-bar-layout.h"
#include "outlay-chart-text.h"
#include "outlay-dataset.h"
#include "outlay-fact.h"
#include "outlay-figure.h"

G_BEGIN_DECLS

/**
 * OutlayChartTheme:
 * @OUTLAY_CHART_THEME_LIGHT: dark text on white
 * @OUTLAY_CHART_THEME_DARK: light text on a dark background
 * @OUTLAY_CHART_THEME_HIGH_CONTRAST: black on white, heavier lines, every
 *   mark outlined
 */
typedef enum
{
  OUTLAY_CHART_THEME_LIGHT,
  OUTLAY_CHART_THEME_DARK,
  OUTLAY_CHART_THEME_HIGH_CONTRAST,
} OutlayChartTheme;

/**
 * OutlayChartMark:
 * @fact: (transfer none): the fact the mark shows
 * @rect: where a pointer hits it
 *
 * One thing a user can point at, select and read about; what it says,
 * outlay_chart_dup_mark_description() tells.
 */
typedef struct
{
  OutlayFact *fact;
  OutlayRect  rect;
} OutlayChartMark;

#define OUTLAY_TYPE_CHART (outlay_chart_get_type())

G_DECLARE_DERIVABLE_TYPE (OutlayChart, outlay_chart, OUTLAY, CHART, GObject)

/**
 * OutlayChartClass:
 * @layout: lays out the plot inside @plot and adds its marks; text is
 *   measured with outlay_chart_create_text()
 * @draw_plot: draws the plot laid out by @layout
 * @dup_title: the chart's title
 * @add_legend: adds the legend's entries with outlay_chart_add_legend()
 * @dup_units: the line under the title; by default, what the values are
 *   and at which rate they were converted
 * @dup_mark_description: what mark @index says, for a tooltip or a
 *   screen reader; asked for only when needed, not at every layout
 *
 * A chart kind. The base class owns the inputs, the frame every chart
 * shares (title, units line, legend, source line), the marks and the
 * layout cache: @layout runs once after any input changes, not per draw.
 */
struct _OutlayChartClass
{
  GObjectClass parent_class;

  void   (*layout)     (OutlayChart      *self,
                        const OutlayRect *plot);
  void   (*draw_plot)  (OutlayChart      *self,
                        cairo_t          *cr);
  char  *(*dup_title)  (OutlayChart      *self);
  void   (*add_legend) (OutlayChart      *self);
  char  *(*dup_units)  (OutlayChart      *self);
  char  *(*dup_mark_description) (OutlayChart *self,
                                  guint        index);
  /* Whether the chart draws @fact when no filter hides it; %NULL: all */
  gboolean (*takes_fact) (OutlayChart *self,
                          OutlayFact  *fact);
  /* Reads the model once per layout, before @layout (which may run more
   * than once while the frame settles); %NULL: nothing to read */
  void     (*prepare)    (OutlayChart *self);
  /* What the plot leaves out and why, said under it; %NULL: nothing */
  char    *(*dup_plot_note) (OutlayChart *self);

  gpointer padding[3];
};

/**
 * OutlayLegendSwatch:
 * @OUTLAY_LEGEND_SOLID: a filled square: an actual figure
 * @OUTLAY_LEGEND_HATCHED: a hatched square: a planned figure
 * @OUTLAY_LEGEND_FLOOR: a bar with an open top: a floor
 * @OUTLAY_LEGEND_DERIVED: a dashed outline: a derived value
 * @OUTLAY_LEGEND_PART: a darker inner bar: a part of a figure
 * @OUTLAY_LEGEND_CEILING: a bar with a heavy cap: an "up to" figure
 * @OUTLAY_LEGEND_RANGE: a bar with a line to a cap above it: a range
 */
typedef enum
{
  OUTLAY_LEGEND_SOLID,
  OUTLAY_LEGEND_HATCHED,
  OUTLAY_LEGEND_FLOOR,
  OUTLAY_LEGEND_DERIVED,
  OUTLAY_LEGEND_PART,
  OUTLAY_LEGEND_CEILING,
  OUTLAY_LEGEND_RANGE,
} OutlayLegendSwatch;

OutlayDataset         *outlay_chart_get_dataset      (OutlayChart          *self);
void                   outlay_chart_set_dataset      (OutlayChart          *self,
                                                      OutlayDataset        *dataset);
void                   outlay_chart_set_size         (OutlayChart          *self,
                                                      double                width,
                                                      double                height);
double                 outlay_chart_get_width        (OutlayChart          *self);
double                 outlay_chart_get_height       (OutlayChart          *self);
PangoDirection         outlay_chart_get_direction    (OutlayChart          *self);
void                   outlay_chart_set_direction    (OutlayChart          *self,
                                                      PangoDirection        direction);
const char            *outlay_chart_get_language     (OutlayChart          *self);
void                   outlay_chart_set_language     (OutlayChart          *self,
                                                      const char           *language);
OutlayChartTheme       outlay_chart_get_theme        (OutlayChart          *self);
void                   outlay_chart_set_theme        (OutlayChart          *self,
                                                      OutlayChartTheme      theme);
const OutlayFigureOptions *outlay_chart_get_figure_options (OutlayChart    *self);
void                   outlay_chart_set_currency     (OutlayChart          *self,
                                                      const char           *currency,
                                                      OutlayRateMode        rate_mode,
                                                      double                user_rate);
void                   outlay_chart_set_per_year     (OutlayChart          *self,
                                                      gboolean              per_year);
void                   outlay_chart_set_hidden_entities (OutlayChart       *self,
                                                      const char * const   *entity_ids);
guint                  outlay_chart_get_filter_serial (OutlayChart         *self);
void                   outlay_chart_set_kind_hidden  (OutlayChart          *self,
                                                      OutlayFactKind        kind,
                                                      gboolean              hidden);
gboolean               outlay_chart_is_fact_hidden   (OutlayChart          *self,
                                                      OutlayFact           *fact);
gboolean               outlay_chart_is_entity_hidden (OutlayChart          *self,
                                                      const char           *entity_id);
const char            *outlay_chart_get_selected     (OutlayChart          *self);
void                   outlay_chart_set_selected     (OutlayChart          *self,
                                                      const char           *fact_id);

void                   outlay_chart_draw             (OutlayChart          *self,
                                                      cairo_t              *cr);
guint                  outlay_chart_get_n_marks      (OutlayChart          *self);
const OutlayChartMark *outlay_chart_get_mark         (OutlayChart          *self,
                                                      guint                 index);
char                  *outlay_chart_dup_mark_description (OutlayChart      *self,
                                                      guint                 index);
int                    outlay_chart_hit_test         (OutlayChart          *self,
                                                      double                x,
                                                      double                y);
int                    outlay_chart_get_adjacent_mark (OutlayChart         *self,
                                                      int                   index,
                                                      int                   delta);
char                  *outlay_chart_dup_title        (OutlayChart          *self);
char                  *outlay_chart_dup_units        (OutlayChart          *self);
char                  *outlay_chart_dup_source_line  (OutlayChart          *self);
char                  *outlay_chart_dup_filter_note  (OutlayChart          *self);
char                  *outlay_chart_dup_plot_note    (OutlayChart          *self);
OutlayRect            *outlay_chart_get_legend_rects (OutlayChart          *self,
                                                      guint                *n_rects);

/* For chart kinds */
void                   outlay_chart_invalidate       (OutlayChart          *self);
void                   outlay_chart_add_mark         (OutlayChart          *self,
                                                      OutlayFact           *fact,
                                                      const OutlayRect     *rect);
void                   outlay_chart_add_legend       (OutlayChart          *self,
                                                      OutlayLegendSwatch    swatch,
                                                      const char           *label);
PangoLayout           *outlay_chart_create_text      (OutlayChart          *self,
                                                      const char           *text,
                                                      double                size,
                                                      gboolean              bold);
void                   outlay_chart_set_source_rgba  (OutlayChart          *self,
                                                      cairo_t              *cr,
                                                      const char           *role);
void                   outlay_chart_set_role_color   (OutlayChart          *self,
                                                      cairo_t              *cr,
                                                      const char           *role,
                                                      double                alpha);
void                   outlay_chart_set_role_tint    (OutlayChart          *self,
                                                      cairo_t              *cr,
                                                      const char           *role,
                                                      double                strength);
void                   outlay_chart_set_entity_tint  (OutlayChart          *self,
                                                      cairo_t              *cr,
                                                      OutlayEntity         *entity,
                                                      double                strength);
void                   outlay_chart_set_entity_color (OutlayChart          *self,
                                                      cairo_t              *cr,
                                                      OutlayEntity         *entity,
                                                      double                alpha);
void                   outlay_chart_set_entity_text_color (OutlayChart     *self,
                                                      cairo_t              *cr,
                                                      OutlayEntity         *entity);
PangoLayout           *outlay_chart_get_text         (OutlayChart          *self,
                                                      const char           *text,
                                                      double                size,
                                                      gboolean              bold,
                                                      double                width,
                                                      OutlayTextWrap        wrap,
                                                      PangoAlignment        alignment);
void                   outlay_chart_align_text       (OutlayChart          *self,
                                                      PangoLayout          *layout,
                                                      PangoAlignment        alignment);
gboolean               outlay_chart_is_rtl           (OutlayChart          *self);

G_END_DECLS

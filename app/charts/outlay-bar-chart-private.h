/* outlay-bar-chart-private.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "outlay-bar-chart.h"
#include "outlay-chart-private.h"

G_BEGIN_DECLS

#define LABEL_SIZE 12.0
#define SMALL_SIZE 12.0
#define AXIS_GAP 8.0
/* How far a floor's dashed reach goes above its bar */
#define FLOOR_REACH 26.0
/* A part is this share of its whole's width */
#define PART_WIDTH 0.64
/* The narrowest slot that gets a label above its bar, and a name below */
#define MIN_LABEL_SLOT 24.0
#define MIN_CATEGORY_SLOT 36.0

/* What the bars were collected for; compared whole, so zeroed first */
typedef struct
{
  gpointer        dataset;
  guint           filter_serial;
  guint           n_facts;
  char            currency[4];
  OutlayRateMode  rate_mode;
  double          user_rate;
  gboolean        per_year;
} CollectedFor;

struct _OutlayBarChart
{
  OutlayChart      parent_instance;
  GArray          *bars;     /* OutlayBarInfo */
  GArray          *omitted;  /* OutlayBarOmitted */
  GArray          *sort_keys;  /* kept between layouts, for its room */
  CollectedFor     collected_for;
  gboolean         collected_valid;
  OutlayAmount     axis_unit;
  guint            n_unlabelled;
  GArray          *mark_bars;  /* guint per mark: bar index × 2, + 1 for its part */
  gboolean         show_categories;
  gboolean         category_conversions;
  double           label_area_top;
  OutlayValueAxis  axis;
  OutlayRect       plot;
  double           label_top;
  OutlayFactKind   kind;
};

gboolean outlay_bar_chart_takes      (OutlayBarChart      *self,
                                      OutlayFact          *fact);
void  outlay_bar_chart_collect       (OutlayBarChart      *self);
gsize outlay_bar_chart_sort_key_size (void);
char *outlay_bar_chart_dup_omitted_note (OutlayBarChart   *self,
                                         guint             most);
char *outlay_bar_chart_format_figure (OutlayBarChart      *self,
                                      const OutlayFigure  *figure);
char *outlay_bar_chart_format_tick   (OutlayBarChart      *self,
                                      double               value);
char *outlay_bar_chart_category_text (OutlayBarChart      *self,
                                      const OutlayBarInfo *bar);
double outlay_bar_chart_floor_reach (OutlayBarChart      *self);
double outlay_bar_chart_label_base  (OutlayBarChart      *self,
                                      const OutlayBarInfo *bar);
OutlayRect outlay_bar_chart_part_rect (const OutlayBarInfo *bar);
void  outlay_bar_chart_draw_plot     (OutlayChart         *chart,
                                      cairo_t             *cr);

G_END_DECLS

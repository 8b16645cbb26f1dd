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

struct _OutlayBarChart
{
  OutlayChart      parent_instance;
  GArray          *bars;  /* OutlayBarInfo */
  OutlayValueAxis  axis;
  OutlayRect       plot;
  double           label_top;
  OutlayFactKind   kind;
};

char *outlay_bar_chart_format_figure (OutlayBarChart      *self,
                                      const OutlayFigure  *figure);
char *outlay_bar_chart_format_tick   (OutlayBarChart      *self,
                                      double               value);
char *outlay_bar_chart_category_text (OutlayBarChart      *self,
                                      const OutlayBarInfo *bar);
void  outlay_bar_chart_draw_plot     (OutlayChart         *chart,
                                      cairo_t             *cr);

G_END_DECLS

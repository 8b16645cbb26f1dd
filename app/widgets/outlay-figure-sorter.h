/* outlay-figure-sorter.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "outlay-fact.h"
#include "outlay-figure.h"

G_BEGIN_DECLS

#define OUTLAY_TYPE_FIGURE_SORTER (outlay_figure_sorter_get_type())

G_DECLARE_FINAL_TYPE (OutlayFigureSorter, outlay_figure_sorter, OUTLAY, FIGURE_SORTER, GtkSorter)

OutlayFigureSorter *outlay_figure_sorter_new         (void);
void                outlay_figure_sorter_set_options (OutlayFigureSorter        *self,
                                                      const OutlayFigureOptions *options);
const OutlayFigureOptions *
                    outlay_figure_sorter_get_options (OutlayFigureSorter        *self);
gboolean            outlay_figure_sorter_compute     (OutlayFigureSorter        *self,
                                                      OutlayFact                *fact,
                                                      OutlayFigure              *figure);

G_END_DECLS

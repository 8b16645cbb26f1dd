/* outlay-fact-table.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "outlay-dataset.h"
#include "outlay-fact.h"
#include "outlay-figure.h"

G_BEGIN_DECLS

#define OUTLAY_TYPE_FACT_TABLE (outlay_fact_table_get_type())

G_DECLARE_FINAL_TYPE (OutlayFactTable, outlay_fact_table, OUTLAY, FACT_TABLE, GtkWidget)

GtkWidget      *outlay_fact_table_new          (OutlayDataset   *dataset,
                                                const char      *language);
void            outlay_fact_table_set_dataset  (OutlayFactTable *self,
                                                OutlayDataset   *dataset);
void            outlay_fact_table_set_filters  (OutlayFactTable    *self,
                                                const char * const *hidden_entities,
                                                guint               hidden_kinds);
OutlayFact     *outlay_fact_table_get_selected (OutlayFactTable *self);
void            outlay_fact_table_set_selected (OutlayFactTable *self,
                                                OutlayFact      *fact);
void            outlay_fact_table_set_figure_options (OutlayFactTable           *self,
                                                      const OutlayFigureOptions *options);
GtkSorter      *outlay_fact_table_get_figure_sorter  (OutlayFactTable *self);
void            outlay_fact_table_sort_by      (OutlayFactTable *self,
                                                const char      *column_id,
                                                gboolean         descending);
const char     *outlay_fact_table_get_sort_column (OutlayFactTable *self);
GtkColumnView  *outlay_fact_table_get_view     (OutlayFactTable *self);
GListModel     *outlay_fact_table_get_rows     (OutlayFactTable *self);
void            outlay_fact_table_list_all_rows (OutlayFactTable *self);

G_END_DECLS

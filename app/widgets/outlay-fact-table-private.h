/* outlay-fact-table-private.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "outlay-fact-table.h"
#include "outlay-figure-sorter.h"

G_BEGIN_DECLS

typedef enum
{
  COLUMN_LABEL,
  COLUMN_ENTITY,
  COLUMN_KIND,
  COLUMN_FIGURE,
  COLUMN_QUALIFIER,
  COLUMN_CURRENCY,
  COLUMN_PERIOD,
  COLUMN_SOURCES,
  N_COLUMNS
} Column;

struct _OutlayFactTable
{
  GtkWidget           parent_instance;
  GtkColumnView      *view;
  GtkSingleSelection *selection;
  GtkSortListModel   *sorted;
  /* The first rows of @sorted, grown a screenful a frame up to the rows
   * the list makes widgets for (show_more_rows_cb()) */
  GtkSliceListModel  *shown;
  guint               grow_tick;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  OutlayFigureSorter *figure_sorter;
  GtkSorter          *figure_column_sorter;
  /* The cells bound now, each with its ColumnData: redrawn when the
   * currency changes */
  GHashTable         *bound_cells;
  char              **hidden_entities;
  guint               hidden_kinds;
  OutlayDataset      *dataset;
  char               *language;
  OutlayFact         *selected;
  /* The sort as the Sort menu shows it; a Column or -1 */
  int                 sort_column;
  gboolean            sort_descending;
  /* The table is sorting: the sorter's "changed" is not a header click */
  gboolean            sorting;
  /* Asking the column view which column it sorts by (on_sorted_cb()) */
  gboolean            probing;
  int                 probed_column;
  /* Under RTL, whether to keep the first columns in view */
  gboolean            scrolled_to_start;
  guint               scroll_source;
};

/* outlay-fact-table-columns.c */
void        _outlay_fact_table_add_columns      (OutlayFactTable *self);
void        _outlay_fact_table_update_money_cells (OutlayFactTable *self);
const char *_outlay_fact_table_column_id        (Column           column);

G_END_DECLS

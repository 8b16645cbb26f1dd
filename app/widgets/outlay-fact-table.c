/* outlay-fact-table.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "outlay-fact-table-private.h"

/* Every fact in a table, the charts' equivalent for reading and for
 * assistive technology: one row a fact, columns to sort by (their cells
 * and their order are in outlay-fact-table-columns.c). The selection is
 * the window's: the row of the selected fact is selected. Money is shown
 * in the currency the charts show, converted as they convert it, and
 * sorted by that value (outlay-figure-sorter.c). */

G_DEFINE_FINAL_TYPE (OutlayFactTable, outlay_fact_table, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  PROP_SORT_COLUMN,
  PROP_SORT_DESCENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The charts' rule: outlay_fact_is_filtered_out() */
static gboolean
filter_fact_cb (gpointer item,
                gpointer user_data)
{
  OutlayFactTable *self = user_data;

  return !outlay_fact_is_filtered_out (item, (const char * const *)self->hidden_entities, self->hidden_kinds);
}

static void
notify_sort (OutlayFactTable *self,
             int              column,
             gboolean         descending)
{
  if (self->sort_column != column)
    {
      self->sort_column = column;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_COLUMN]);
    }
  if (self->sort_descending != descending)
    {
      self->sort_descending = descending;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_DESCENDING]);
    }
}

/* A click on a column header sorts the rows, and the Sort menu must say
 * how. GTK 4.8 has no getter for the column view's sort column (4.10's
 * GtkColumnViewSorter has), so the table asks its sorter: the column view
 * compares by its primary column first, which compare_column_cb() notes;
 * the sign of the two sorters' answers on two rows that differ tells the
 * direction. */
static void
on_sorted_cb (GtkSorter       *sorter,
              GtkSorterChange  change,
              OutlayFactTable *self)
{
  GListModel *facts = self->dataset != NULL ? outlay_dataset_get_facts (self->dataset) : NULL;
  g_autoptr(GObject) first = NULL;
  g_autoptr(GObject) second = NULL;
  gboolean descending = self->sort_descending;
  GtkSorter *column_sorter;
  g_autoptr(GtkColumnViewColumn) column = NULL;

  /* Two rows to ask about: gtk_sorter_compare() answers "equal" for a row
   * and itself without asking. With fewer, the order is moot. */
  if (self->sorting || facts == NULL || g_list_model_get_n_items (facts) < 2)
    return;

  first = g_list_model_get_item (facts, 0);
  second = g_list_model_get_item (facts, 1);
  self->probing = TRUE;
  self->probed_column = -1;
  gtk_sorter_compare (sorter, first, second);
  self->probing = FALSE;

  if (self->probed_column < 0)
    {
      notify_sort (self, -1, FALSE);
      return;
    }

  column = g_list_model_get_item (gtk_column_view_get_columns (self->view), (guint)self->probed_column);
  column_sorter = gtk_column_view_column_get_sorter (column);
  for (guint i = 1; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (facts, i);
      GtkOrdering by_column = gtk_sorter_compare (column_sorter, first, other);

      if (by_column != GTK_ORDERING_EQUAL)
        {
          descending = gtk_sorter_compare (sorter, first, other) != by_column;
          break;
        }
    }

  notify_sort (self, self->probed_column, descending);
}

/* GTK 4.8's column view puts its first column on the right under RTL,
 * but scrolls from the left: a table wider than its window would open
 * on its last columns, its labels out of sight. The table is kept on its
 * first columns until the user scrolls away from them. The value is set
 * after the allocation that changed the adjustment: set during it, the
 * column view would not be allocated again to show it. */
static gboolean
scroll_to_start_cb (gpointer data)
{
  OutlayFactTable *self = data;
  GtkAdjustment *adjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->view));

  self->scroll_source = 0;
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));

  return G_SOURCE_REMOVE;
}

static void
on_hadjustment_changed_cb (GtkAdjustment   *adjustment,
                           OutlayFactTable *self)
{
  double start = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

  if (gtk_widget_get_direction (GTK_WIDGET (self->view)) == GTK_TEXT_DIR_RTL &&
      self->scrolled_to_start && gtk_adjustment_get_value (adjustment) != start &&
      self->scroll_source == 0)
    self->scroll_source = g_idle_add (scroll_to_start_cb, self);
}

static void
on_hadjustment_value_cb (GtkAdjustment   *adjustment,
                         OutlayFactTable *self)
{
  double start = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

  /* Not while the table waits to scroll there: GTK's own clamping is
   * not the user scrolling */
  if (gtk_widget_get_direction (GTK_WIDGET (self->view)) == GTK_TEXT_DIR_RTL && self->scroll_source == 0)
    self->scrolled_to_start = gtk_adjustment_get_value (adjustment) >= start - 0.5;
}

static void
on_selected_item_cb (OutlayFactTable *self)
{
  outlay_fact_table_set_selected (self, gtk_single_selection_get_selected_item (self->selection));
}

static void
outlay_fact_table_dispose (GObject *object)
{
  OutlayFactTable *self = (OutlayFactTable *)object;

  GtkWidget *child;

  if (self->selection != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->selection, self);
      g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->view), self);
      gtk_column_view_set_model (self->view, NULL);
      g_clear_object (&self->selection);
    }

  g_clear_handle_id (&self->scroll_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), OUTLAY_TYPE_FACT_TABLE);
  /* The template's box is not a bound child: unparent it too */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->figure_sorter);
  g_clear_pointer (&self->bound_cells, g_hash_table_unref);
  g_clear_object (&self->dataset);
  g_clear_object (&self->selected);
  g_clear_pointer (&self->hidden_entities, g_strfreev);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (outlay_fact_table_parent_class)->dispose (object);
}

static void
outlay_fact_table_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OutlayFactTable *self = OUTLAY_FACT_TABLE (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;
    case PROP_SORT_COLUMN:
      g_value_set_string (value, outlay_fact_table_get_sort_column (self));
      break;
    case PROP_SORT_DESCENDING:
      g_value_set_boolean (value, self->sort_descending);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outlay_fact_table_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OutlayFactTable *self = OUTLAY_FACT_TABLE (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      outlay_fact_table_set_selected (self, g_value_get_object (value));
      break;
    case PROP_SORT_COLUMN:
      outlay_fact_table_sort_by (self, g_value_get_string (value), self->sort_descending);
      break;
    case PROP_SORT_DESCENDING:
      outlay_fact_table_sort_by (self, outlay_fact_table_get_sort_column (self), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outlay_fact_table_class_init (OutlayFactTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = outlay_fact_table_dispose;
  object_class->get_property = outlay_fact_table_get_property;
  object_class->set_property = outlay_fact_table_set_property;

  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, OUTLAY_TYPE_FACT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The id of the column the rows are sorted by ("figure"), or "" */
  properties[PROP_SORT_COLUMN] =
    g_param_spec_string ("sort-column", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT_DESCENDING] =
    g_param_spec_boolean ("sort-descending", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The column headers of GTK 4.8 take no keyboard focus: the Sort menu
   * is the keyboard's way to sort, and says how the rows are sorted */
  gtk_widget_class_install_property_action (widget_class, "table.sort-column", "sort-column");
  gtk_widget_class_install_property_action (widget_class, "table.sort-descending", "sort-descending");

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/outlay/Outlay/outlay-fact-table.ui");
  gtk_widget_class_bind_template_child (widget_class, OutlayFactTable, view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
outlay_fact_table_init (OutlayFactTable *self)
{
  GtkAdjustment *hadjustment;

  self->sort_column = -1;
  self->bound_cells = g_hash_table_new (NULL, NULL);
  self->figure_sorter = outlay_figure_sorter_new ();
  self->scrolled_to_start = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->view));
  g_signal_connect_object (hadjustment, "changed", G_CALLBACK (on_hadjustment_changed_cb), self, 0);
  g_signal_connect_object (hadjustment, "value-changed", G_CALLBACK (on_hadjustment_value_cb), self, 0);
}

/* The figure column sorts again when its currency changes */
static void
on_figure_sorter_changed_cb (OutlayFactTable *self,
                             GtkSorterChange  change)
{
  self->sorting = TRUE;
  gtk_sorter_changed (self->figure_column_sorter, change);
  self->sorting = FALSE;
}

/* GTK 4.8's list makes widgets for up to 200 rows around the one in
 * view, whatever the window's height: for the table, 1,400 labels to
 * build, style and measure in one frame, a quarter of a second frozen
 * when the table is first shown (issue 11). The rows come in a
 * screenful a frame instead, until the list has all the widgets it
 * makes; from then on every row is listed at once, as the list only
 * makes widgets for the rows in view. */
#define ROWS_PER_FRAME 40
#define ROWS_WITH_WIDGETS 200

static void
show_all_rows (OutlayFactTable *self)
{
  if (self->grow_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->grow_tick);
  self->grow_tick = 0;
  gtk_slice_list_model_set_size (self->shown, G_MAXUINT);
}

static gboolean
show_more_rows_cb (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   gpointer       data)
{
  OutlayFactTable *self = OUTLAY_FACT_TABLE (widget);
  guint size = gtk_slice_list_model_get_size (self->shown);

  if (size >= ROWS_WITH_WIDGETS || size >= g_list_model_get_n_items (G_LIST_MODEL (self->sorted)))
    {
      self->grow_tick = 0;
      gtk_slice_list_model_set_size (self->shown, G_MAXUINT);
      return G_SOURCE_REMOVE;
    }

  gtk_slice_list_model_set_size (self->shown, size + ROWS_PER_FRAME);
  return G_SOURCE_CONTINUE;
}

/**
 * outlay_fact_table_new:
 * @dataset: the dataset
 * @language: the data language, "en" or "ar"
 *
 * Returns: (transfer full): a table of every fact of @dataset
 */
GtkWidget *
outlay_fact_table_new (OutlayDataset *dataset,
                       const char    *language)
{
  OutlayFactTable *self = g_object_new (OUTLAY_TYPE_FACT_TABLE, NULL);
  GListModel *facts = outlay_dataset_get_facts (dataset);

  self->dataset = g_object_ref (dataset);
  self->language = g_strdup (language);

  _outlay_fact_table_add_columns (self);
  g_signal_connect_object (self->figure_sorter, "changed", G_CALLBACK (on_figure_sorter_changed_cb),
                           self, G_CONNECT_SWAPPED);

  /* Filtered as the charts are, then sorted by whichever column header
   * was clicked */
  self->filter = gtk_custom_filter_new (filter_fact_cb, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (facts), GTK_FILTER (self->filter));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->filtered),
                                          g_object_ref (gtk_column_view_get_sorter (self->view)));
  g_signal_connect (gtk_column_view_get_sorter (self->view), "changed", G_CALLBACK (on_sorted_cb), self);
  self->shown = gtk_slice_list_model_new (G_LIST_MODEL (self->sorted), 0, ROWS_PER_FRAME);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->shown));
  self->grow_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), show_more_rows_cb, NULL, NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (on_selected_item_cb), self);

  return GTK_WIDGET (self);
}

OutlayFact *
outlay_fact_table_get_selected (OutlayFactTable *self)
{
  g_return_val_if_fail (OUTLAY_IS_FACT_TABLE (self), NULL);

  return self->selected;
}

/**
 * outlay_fact_table_set_selected:
 * @self: a table
 * @fact: (nullable): the fact whose row to select
 */
void
outlay_fact_table_set_selected (OutlayFactTable *self,
                                OutlayFact      *fact)
{
  GListModel *rows;
  guint position = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (OUTLAY_IS_FACT_TABLE (self));

  if (!g_set_object (&self->selected, fact) || self->selection == NULL)
    return;

  /* Every row, not only those the list shows so far */
  rows = G_LIST_MODEL (self->sorted);
  for (guint i = 0; fact != NULL && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(OutlayFact) row = g_list_model_get_item (rows, i);

      if (row == fact)
        {
          position = i;
          break;
        }
    }

  if (position != GTK_INVALID_LIST_POSITION && position >= gtk_slice_list_model_get_size (self->shown))
    show_all_rows (self);
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * outlay_fact_table_set_dataset:
 * @self: a table
 * @dataset: the dataset to list instead
 *
 * Lists the facts of @dataset, keeping the sort order. The selection is
 * cleared: the facts it named belong to the old dataset.
 */
void
outlay_fact_table_set_dataset (OutlayFactTable *self,
                               OutlayDataset   *dataset)
{
  g_return_if_fail (OUTLAY_IS_FACT_TABLE (self));
  g_return_if_fail (OUTLAY_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  outlay_fact_table_set_selected (self, NULL);
  gtk_filter_list_model_set_model (self->filtered, outlay_dataset_get_facts (dataset));
}

/**
 * outlay_fact_table_set_filters:
 * @self: a table
 * @hidden_entities: (nullable): ids of the entities whose facts to leave out
 * @hidden_kinds: the kinds to leave out, as bits `1 << OutlayFactKind`
 *
 * Lists only the facts the charts show under the same filters. A selected
 * fact that is filtered out stays the window's selection but has no row.
 */
void
outlay_fact_table_set_filters (OutlayFactTable    *self,
                               const char * const *hidden_entities,
                               guint               hidden_kinds)
{
  OutlayFact *selected;

  g_return_if_fail (OUTLAY_IS_FACT_TABLE (self));

  g_strfreev (self->hidden_entities);
  self->hidden_entities = g_strdupv ((char **)hidden_entities);
  self->hidden_kinds = hidden_kinds;
  /* A row filtered away is not the user unselecting it */
  g_signal_handlers_block_by_func (self->selection, on_selected_item_cb, self);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  g_signal_handlers_unblock_by_func (self->selection, on_selected_item_cb, self);

  /* The selected row may have moved, gone or come back */
  selected = self->selected != NULL ? g_object_ref (self->selected) : NULL;
  g_clear_object (&self->selected);
  outlay_fact_table_set_selected (self, selected);
  g_clear_object (&selected);
}

/**
 * outlay_fact_table_set_figure_options:
 * @self: a table
 * @options: the charts' options
 *
 * Shows money in the currency @options ask for, converted as the charts
 * convert it (per-year is left to the charts: a row is a fact over its
 * whole period), and sorts the Figure column by that value.
 */
void
outlay_fact_table_set_figure_options (OutlayFactTable           *self,
                                      const OutlayFigureOptions *options)
{
  g_return_if_fail (OUTLAY_IS_FACT_TABLE (self));
  g_return_if_fail (options != NULL);

  outlay_figure_sorter_set_options (self->figure_sorter, options);
  _outlay_fact_table_update_money_cells (self);
}

/**
 * outlay_fact_table_get_figure_sorter:
 * @self: a table
 *
 * Returns: (transfer none): the sorter of the Figure column
 */
GtkSorter *
outlay_fact_table_get_figure_sorter (OutlayFactTable *self)
{
  g_return_val_if_fail (OUTLAY_IS_FACT_TABLE (self), NULL);

  return GTK_SORTER (self->figure_sorter);
}

/**
 * outlay_fact_table_sort_by:
 * @self: a table
 * @column_id: (nullable): the id of a column ("label", "entity", "kind",
 *   "figure", "qualifier", "currency", "period", "sources"), or %NULL or
 *   "" for the dataset's order
 * @descending: whether to sort the other way
 */
void
outlay_fact_table_sort_by (OutlayFactTable *self,
                           const char      *column_id,
                           gboolean         descending)
{
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  int column = -1;

  g_return_if_fail (OUTLAY_IS_FACT_TABLE (self));

  for (guint i = 0; column_id != NULL && i < N_COLUMNS; i++)
    if (g_str_equal (column_id, _outlay_fact_table_column_id (i)))
      column = (int)i;
  g_return_if_fail (column >= 0 || column_id == NULL || *column_id == '\0');

  if (column >= 0)
    view_column = g_list_model_get_item (gtk_column_view_get_columns (self->view), (guint)column);

  self->sorting = TRUE;
  gtk_column_view_sort_by_column (self->view, view_column, descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
  self->sorting = FALSE;

  notify_sort (self, column, column >= 0 && descending);
}

/**
 * outlay_fact_table_get_sort_column:
 * @self: a table
 *
 * Returns: the id of the column the rows are sorted by, or "" for none
 */
const char *
outlay_fact_table_get_sort_column (OutlayFactTable *self)
{
  g_return_val_if_fail (OUTLAY_IS_FACT_TABLE (self), NULL);

  return self->sort_column >= 0 ? _outlay_fact_table_column_id (self->sort_column) : "";
}

/**
 * outlay_fact_table_get_view:
 * @self: a table
 *
 * Returns: (transfer none): the column view
 */
GtkColumnView *
outlay_fact_table_get_view (OutlayFactTable *self)
{
  return self->view;
}

/**
 * outlay_fact_table_get_rows:
 * @self: a table
 *
 * The rows listed: a new table lists its first rows at once and the
 * rest over the next frames while it is shown;
 * outlay_fact_table_list_all_rows() lists them all.
 *
 * Returns: (transfer none): the rows as sorted, a list model of
 *   #OutlayFact (the table's selection model)
 */
GListModel *
outlay_fact_table_get_rows (OutlayFactTable *self)
{
  return G_LIST_MODEL (self->selection);
}

/**
 * outlay_fact_table_list_all_rows:
 * @self: a table
 *
 * Lists every row now, for those who need them all (an export).
 */
void
outlay_fact_table_list_all_rows (OutlayFactTable *self)
{
  g_return_if_fail (OUTLAY_IS_FACT_TABLE (self));

  show_all_rows (self);
}

/* test-fact-table.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "outlay-cli.h"
#include "outlay-fact-table.h"
#include "outlay-figure-sorter.h"

/* The table of facts alone, on the bundled dataset: the order of the
 * Figure column (money by one converted value, units apart), its label
 * column, its widths in a narrow window, and the Sort menu that sorts
 * without a mouse. */

static OutlayDataset *
load_bundled (void)
{
  OutlayDataset *dataset = outlay_cli_load_dataset (NULL);

  g_assert_nonnull (dataset);
  return dataset;
}

/* The ids of @model's facts, in order, as one string: "a b c" */
static char *
dup_order (GListModel *model)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (model, i);

      if (ids->len > 0)
        g_string_append_c (ids, ' ');
      g_string_append (ids, outlay_fact_get_id (fact));
    }

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* The first ids of dup_order(), up to the first event */
static char *
dup_figure_order (GListModel *model)
{
  g_autofree char *all = dup_order (model);
  g_auto(GStrv) ids = g_strsplit (all, " ", -1);
  g_autoptr(GStrvBuilder) figures = g_strv_builder_new ();
  g_auto(GStrv) result = NULL;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (model, i);

      if (outlay_fact_get_amount (fact) == NULL)
        break;
      g_strv_builder_add (figures, ids[i]);
    }

  result = g_strv_builder_end (figures);
  return g_strjoinv (" ", result);
}

static void
assert_events_last (GListModel *model)
{
  gboolean event_seen = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (model, i);

      if (outlay_fact_get_amount (fact) == NULL)
        event_seen = TRUE;
      else
        g_assert_false (event_seen);
    }
}

/* The Figure column's sorter, over the dataset's facts: money by the
 * value the charts would show, units apart, events last */
static void
test_figure_sorter (void)
{
  g_autoptr(OutlayDataset) dataset = load_bundled ();
  OutlayFigureSorter *sorter = outlay_figure_sorter_new ();
  g_autoptr(GtkSortListModel) sorted = NULL;
  g_autofree char *order = NULL;

  sorted = gtk_sort_list_model_new (g_object_ref (outlay_dataset_get_facts (dataset)), GTK_SORTER (sorter));

  /* As the sources state it: nothing is converted, so each currency is a
   * group of its own (yuan, then dollars), then percentages, counts and
   * basis points, each by value */
  order = dup_figure_order (G_LIST_MODEL (sorted));
  g_assert_cmpstr (order, ==,
                   "yuanbao-campaign-prize-2026 baidu-campaign-2026 yuanbao-campaign-2026 "
                   "qwen-campaign-2026 campaigns-total-2026 bytedance-capex-2026-ai-processors "
                   "bytedance-capex-2025 bytedance-capex-2025-reuters bytedance-capex-2026 "
                   "alibaba-revenue-2024-oct-dec alibaba-capex-2025-2027 "
                   "zai-ipo-2026 minimax-ipo-2026 "
                   "chinese-open-models-share-2024-late chinese-open-models-share-2025 "
                   "alibaba-share-price-2025 closed-models-share-2025 "
                   "qwen-model-count-2026 qwen-downloads-2026 "
                   "china-gdp-ai-forecast-2030");
  assert_events_last (G_LIST_MODEL (sorted));
  g_clear_pointer (&order, g_free);

  /* Dollars at the rates the sources state: every converted figure by
   * its dollars ($431 M of Qwen's 3 bn yuan before MiniMax's $620 M),
   * then the yuan no source converts, apart and by value */
  outlay_figure_sorter_set_options (sorter, &(OutlayFigureOptions) { .currency = "USD" });
  order = dup_figure_order (G_LIST_MODEL (sorted));
  g_assert_cmpstr (order, ==,
                   "qwen-campaign-2026 zai-ipo-2026 minimax-ipo-2026 bytedance-capex-2025-reuters "
                   "bytedance-capex-2026 alibaba-revenue-2024-oct-dec alibaba-capex-2025-2027 "
                   "yuanbao-campaign-prize-2026 baidu-campaign-2026 yuanbao-campaign-2026 "
                   "campaigns-total-2026 bytedance-capex-2026-ai-processors bytedance-capex-2025 "
                   "chinese-open-models-share-2024-late chinese-open-models-share-2025 "
                   "alibaba-share-price-2025 closed-models-share-2025 "
                   "qwen-model-count-2026 qwen-downloads-2026 "
                   "china-gdp-ai-forecast-2030");
  assert_events_last (G_LIST_MODEL (sorted));
  g_clear_pointer (&order, g_free);

  /* Dollars at 7.2 yuan each: one value for every amount of money, so
   * 1 bn yuan ($139 M) ranks below $620 M, and 4.5 bn yuan ($625 M)
   * above it */
  outlay_figure_sorter_set_options (sorter, &(OutlayFigureOptions) {
                                      .currency = "USD", .rate_mode = OUTLAY_RATE_MODE_USER, .user_rate = 7.2 });
  order = dup_figure_order (G_LIST_MODEL (sorted));
  g_assert_cmpstr (order, ==,
                   "yuanbao-campaign-prize-2026 baidu-campaign-2026 yuanbao-campaign-2026 "
                   "qwen-campaign-2026 zai-ipo-2026 minimax-ipo-2026 campaigns-total-2026 "
                   "bytedance-capex-2026-ai-processors bytedance-capex-2025 bytedance-capex-2025-reuters "
                   "bytedance-capex-2026 alibaba-revenue-2024-oct-dec alibaba-capex-2025-2027 "
                   "chinese-open-models-share-2024-late chinese-open-models-share-2025 "
                   "alibaba-share-price-2025 closed-models-share-2025 "
                   "qwen-model-count-2026 qwen-downloads-2026 "
                   "china-gdp-ai-forecast-2030");
  assert_events_last (G_LIST_MODEL (sorted));
}

/* Runs the main loop until @widget is mapped and laid out, then until
 * nothing is left to do (a frame lays out what the last one changed), or
 * fails after five seconds */
static void
wait_for_layout (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) == 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }

  for (guint i = 0; i < 100 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  (*(guint *)data)++;
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop for @n frames of @widget: what a change asked to
 * lay out is laid out */
static void
wait_for_frames (GtkWidget *widget,
                 guint      n)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  guint frames = 0;
  guint id = gtk_widget_add_tick_callback (widget, count_frame_cb, &frames, NULL);

  gtk_widget_queue_resize (widget);
  while (frames < n)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  gtk_widget_remove_tick_callback (widget, id);
}

static GtkWidget *
show_table (OutlayDataset *dataset,
            const char    *language,
            int            width)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *table = outlay_fact_table_new (dataset, language);

  gtk_window_set_child (GTK_WINDOW (window), table);
  gtk_window_set_default_size (GTK_WINDOW (window), width, 600);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_layout (table);

  return table;
}

/* The label widgets of the cells of @column, one per row shown: a row of the column view holds one cell per column, in the
 * columns' order */
static void
collect_cells (GtkWidget  *widget,
               guint       column,
               GPtrArray  *cells)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_str_equal (G_OBJECT_TYPE_NAME (child), "GtkColumnViewRowWidget") ||
          g_str_equal (G_OBJECT_TYPE_NAME (child), "GtkListItemWidget"))
        {
          GtkWidget *cell = gtk_widget_get_first_child (child);

          for (guint i = 0; cell != NULL && i < column; i++)
            cell = gtk_widget_get_next_sibling (cell);
          /* Rows scrolled out of view are kept, unmapped and unsized */
          if (cell != NULL && GTK_IS_LABEL (gtk_widget_get_first_child (cell)) && gtk_widget_get_mapped (cell))
            g_ptr_array_add (cells, gtk_widget_get_first_child (cell));
        }
      else
        collect_cells (child, column, cells);
    }
}

static int
compare_heights (gconstpointer a,
                 gconstpointer b)
{
  GtkWidget *wa = *(GtkWidget **)a, *wb = *(GtkWidget **)b;
  graphene_point_t pa, pb;

  g_assert_true (gtk_widget_compute_point (wa, GTK_WIDGET (gtk_widget_get_root (wa)), &GRAPHENE_POINT_INIT (0, 0), &pa));
  g_assert_true (gtk_widget_compute_point (wb, GTK_WIDGET (gtk_widget_get_root (wb)), &GRAPHENE_POINT_INIT (0, 0), &pb));

  return (pa.y > pb.y) - (pa.y < pb.y);
}

static GPtrArray *
get_cells (OutlayFactTable *table,
           const char      *title)
{
  GListModel *columns = gtk_column_view_get_columns (outlay_fact_table_get_view (table));
  GPtrArray *cells = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_str_equal (gtk_column_view_column_get_title (column), title))
        collect_cells (GTK_WIDGET (outlay_fact_table_get_view (table)), i, cells);
    }

  /* The list view reuses its row widgets: their order is not the rows' */
  g_ptr_array_sort (cells, compare_heights);

  g_assert_cmpuint (cells->len, >, 0);
  return cells;
}

static int
natural_width (GtkWidget *widget)
{
  int natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural;
}

/* A column of each fact's caption, in the data language */
static void
test_label_column (void)
{
  g_autoptr(OutlayDataset) dataset = load_bundled ();
  const char *languages[] = { "en", "ar" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      OutlayFactTable *table = OUTLAY_FACT_TABLE (show_table (dataset, languages[l], 1300));
      GListModel *columns = gtk_column_view_get_columns (outlay_fact_table_get_view (table));
      g_autoptr(GtkColumnViewColumn) first = g_list_model_get_item (columns, 0);
      g_autoptr(GPtrArray) labels = get_cells (table, "Label");
      GListModel *rows = outlay_fact_table_get_rows (table);

      g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 8);
      g_assert_cmpstr (gtk_column_view_column_get_title (first), ==, "Label");
      g_assert_true (gtk_column_view_column_get_expand (first));
      for (guint i = 0; i < labels->len; i++)
        {
          g_autoptr(OutlayFact) fact = g_list_model_get_item (rows, i);

          g_assert_cmpstr (gtk_label_get_text (labels->pdata[i]), ==, outlay_fact_get_label (fact, languages[l]));
        }

      gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (table))));
    }
}

/* At 600 px, in English and in Arabic (right to left), the figures and
 * their qualifiers are whole and in view; the captions give up their
 * room and are cut with an ellipsis */
static void
test_narrow (gconstpointer data)
{
  const char *language = data;
  g_autoptr(OutlayDataset) dataset = load_bundled ();
  OutlayFactTable *table;
  const char *whole[] = { "Figure", "Qualifier" };
  g_autoptr(GPtrArray) labels = NULL;
  guint cut = 0;

  gtk_widget_set_default_direction (g_str_equal (language, "ar") ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
  table = OUTLAY_FACT_TABLE (show_table (dataset, language, 600));
  labels = get_cells (table, "Label");

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (table)), ==, 600);
  for (guint c = 0; c < G_N_ELEMENTS (whole); c++)
    {
      g_autoptr(GPtrArray) cells = get_cells (table, whole[c]);

      for (guint i = 0; i < cells->len; i++)
        {
          GtkWidget *cell = cells->pdata[i];
          graphene_rect_t bounds;

          if (gtk_widget_get_width (cell) < natural_width (cell))
            g_error ("the %s “%s” is cut: %d px of %d", whole[c], gtk_label_get_text (GTK_LABEL (cell)),
                     gtk_widget_get_width (cell), natural_width (cell));
          /* …and in view, not scrolled away to the side */
          g_assert_true (gtk_widget_compute_bounds (cell, GTK_WIDGET (table), &bounds));
          if (bounds.origin.x < 0 || bounds.origin.x + bounds.size.width > 600)
            g_error ("the %s “%s” is out of view: %g to %g px", whole[c], gtk_label_get_text (GTK_LABEL (cell)),
                     bounds.origin.x, bounds.origin.x + bounds.size.width);
        }
    }

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_get_width (labels->pdata[i]) < natural_width (labels->pdata[i]))
      cut++;
  g_assert_cmpuint (cut, >, 0);

  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (table))));
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

/* A table too wide for its window opens on its first columns, on the
 * right under RTL; the rest is a scroll away */
static void
test_too_narrow (gconstpointer data)
{
  const char *language = data;
  gboolean rtl = g_str_equal (language, "ar");
  g_autoptr(OutlayDataset) dataset = load_bundled ();
  OutlayFactTable *table;
  g_autoptr(GPtrArray) labels = NULL;
  GtkAdjustment *hadjustment;

  gtk_widget_set_default_direction (rtl ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
  table = OUTLAY_FACT_TABLE (show_table (dataset, language, 360));
  wait_for_frames (GTK_WIDGET (table), 3);
  hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (outlay_fact_table_get_view (table)));
  g_assert_cmpfloat (gtk_adjustment_get_upper (hadjustment), >, gtk_adjustment_get_page_size (hadjustment));

  labels = get_cells (table, "Label");
  for (guint i = 0; i < labels->len; i++)
    {
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (labels->pdata[i], GTK_WIDGET (table), &bounds));
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, 360);
    }

  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (table))));
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

static GtkMenuButton *
find_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget))
    return GTK_MENU_BUTTON (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *button = find_menu_button (child);

      if (button != NULL)
        return button;
    }

  return NULL;
}

/* With no mouse: the Sort button is in the focus chain, and its menu's
 * actions sort; a click on a column header shows in the menu's state */
static void
test_sort_menu (void)
{
  g_autoptr(OutlayDataset) dataset = load_bundled ();
  OutlayFactTable *table = OUTLAY_FACT_TABLE (show_table (dataset, "en", 1300));
  GListModel *rows = outlay_fact_table_get_rows (table);
  GtkColumnView *view = outlay_fact_table_get_view (table);
  GtkMenuButton *button = find_menu_button (GTK_WIDGET (table));
  g_autoptr(GtkSortListModel) expected = NULL;
  g_autoptr(GtkColumnViewColumn) period = NULL;
  g_autofree char *dataset_order = dup_order (rows);
  g_autofree char *ascending = NULL;
  g_autofree char *by_figure = NULL;
  g_autofree char *descending = NULL;
  g_autofree char *again = NULL;
  gboolean reverse;

  /* Reached by Tab: the button inside the menu button takes focus */
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_focusable (gtk_widget_get_first_child (GTK_WIDGET (button))));
  g_assert_nonnull (gtk_menu_button_get_menu_model (button));
  g_assert_cmpstr (outlay_fact_table_get_sort_column (table), ==, "");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), "table.sort-column", "s", "figure"));
  g_assert_cmpstr (outlay_fact_table_get_sort_column (table), ==, "figure");
  expected = gtk_sort_list_model_new (g_object_ref (outlay_dataset_get_facts (dataset)),
                                      g_object_ref (outlay_fact_table_get_figure_sorter (table)));
  ascending = dup_order (G_LIST_MODEL (expected));
  by_figure = dup_order (rows);
  g_assert_cmpstr (by_figure, ==, ascending);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), "table.sort-descending", NULL));
  g_object_get (table, "sort-descending", &reverse, NULL);
  g_assert_true (reverse);
  descending = dup_order (rows);
  g_assert_cmpstr (descending, !=, ascending);
  {
    g_autoptr(OutlayFact) first = g_list_model_get_item (rows, 0);

    /* Reversed: the events come first, the largest figure after them */
    g_assert_null (outlay_fact_get_amount (first));
  }

  /* Sorted as a header click does, behind the table's back: the menu's
   * state follows */
  period = g_list_model_get_item (gtk_column_view_get_columns (view), 6);
  g_assert_cmpstr (gtk_column_view_column_get_title (period), ==, "Period");
  gtk_column_view_sort_by_column (view, period, GTK_SORT_DESCENDING);
  g_assert_cmpstr (outlay_fact_table_get_sort_column (table), ==, "period");
  g_object_get (table, "sort-descending", &reverse, NULL);
  g_assert_true (reverse);
  gtk_column_view_sort_by_column (view, period, GTK_SORT_ASCENDING);
  g_object_get (table, "sort-descending", &reverse, NULL);
  g_assert_false (reverse);

  /* Back to the dataset's order */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), "table.sort-column", "s", ""));
  g_assert_cmpstr (outlay_fact_table_get_sort_column (table), ==, "");
  again = dup_order (rows);
  g_assert_cmpstr (again, ==, dataset_order);

  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (table))));
}

static GtkLabel *
find_cell (GPtrArray  *cells,
           const char *text)
{
  for (guint i = 0; i < cells->len; i++)
    if (g_str_equal (gtk_label_get_text (cells->pdata[i]), text))
      return cells->pdata[i];

  return NULL;
}

/* In dollars, the table shows and sorts what the charts show, and says
 * how a figure was converted */
static void
test_currency (void)
{
  g_autoptr(OutlayDataset) dataset = load_bundled ();
  OutlayFactTable *table = OUTLAY_FACT_TABLE (show_table (dataset, "en", 1300));
  g_autoptr(GPtrArray) figures = NULL;
  g_autoptr(OutlayFact) first = NULL;
  GtkLabel *cell;

  outlay_fact_table_sort_by (table, "figure", FALSE);
  outlay_fact_table_set_figure_options (table, &(OutlayFigureOptions) { .currency = "USD" });
  /* The list keeps the row it showed on top in view as the rows move:
   * back to the first row (the column view's list is its last child) */
  g_assert_true (gtk_widget_activate_action (gtk_widget_get_last_child (GTK_WIDGET (outlay_fact_table_get_view (table))),
                                             "list.scroll-to-item", "u", 0));
  wait_for_frames (GTK_WIDGET (table), 2);

  /* Qwen's 3 bn yuan, at the first rate a source states, leads */
  first = g_list_model_get_item (outlay_fact_table_get_rows (table), 0);
  g_assert_cmpstr (outlay_fact_get_id (first), ==, "qwen-campaign-2026");
  figures = get_cells (table, "Figure");
  g_assert_nonnull (find_cell (figures, "$431 M"));
  cell = find_cell (figures, "$23 bn");
  g_assert_nonnull (cell);
  gtk_test_accessible_assert_property (cell, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "$23 bn, at the rate stated by Arabic news site (urgent item) (6.957 CNY per USD); "
                                       "stated as 160 bn yuan");
  /* No source converts the 85 bn: it stays in yuan */
  g_assert_nonnull (find_cell (figures, "85 bn yuan"));

  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (table))));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outlay/fact-table/figure-sorter", test_figure_sorter);
  g_test_add_func ("/outlay/fact-table/label-column", test_label_column);
  g_test_add_data_func ("/outlay/fact-table/narrow/en", "en", test_narrow);
  g_test_add_data_func ("/outlay/fact-table/narrow/ar", "ar", test_narrow);
  g_test_add_data_func ("/outlay/fact-table/too-narrow/en", "en", test_too_narrow);
  g_test_add_data_func ("/outlay/fact-table/too-narrow/ar", "ar", test_too_narrow);
  g_test_add_func ("/outlay/fact-table/sort-menu", test_sort_menu);
  g_test_add_func ("/outlay/fact-table/currency", test_currency);

  return g_test_run ();
}

/* test-window.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "outlay-application.h"
#include "outlay-figure-sorter.h"
#include "outlay-window-fixture.h"

/* The window on the bundled dataset: its views, a click that selects a
 * bar and shows its citation, the selection shared by every view, the
 * table, opening and exporting files, a narrow window, the header bar
 * and the app icon. Its options are in test-window-options.c, its keys
 * and focus in test-window-keyboard.c. */
static void
test_views (Fixture       *fixture,
            gconstpointer  data)
{
  static const char * const names[] = { "capex", "campaign", "timeline" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      OutlayChartView *view = outlay_window_get_chart_view (fixture->window, names[i]);

      g_assert_nonnull (view);
      g_assert_true (outlay_chart_get_dataset (outlay_chart_view_get_chart (view)) == fixture->dataset);
      g_assert_cmpuint (outlay_chart_get_n_marks (outlay_chart_view_get_chart (view)), >, 0);
      g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (view)));
      g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (view)), ==, GTK_ACCESSIBLE_ROLE_IMG);
    }

  /* The chart drawn at the view's size */
  g_assert_cmpfloat (outlay_chart_get_width (outlay_chart_view_get_chart (outlay_window_get_chart_view (fixture->window, "capex"))),
                     ==, gtk_widget_get_width (GTK_WIDGET (outlay_window_get_chart_view (fixture->window, "capex"))));
}

static void
test_click_shows_citation (Fixture       *fixture,
                           gconstpointer  data)
{
  OutlayChartView *capex = outlay_window_get_chart_view (fixture->window, "capex");
  OutlayChartView *timeline = outlay_window_get_chart_view (fixture->window, "timeline");
  g_autofree char *empty = outlay_fact_panel_dup_text (outlay_window_get_panel (fixture->window));
  g_autofree char *text = NULL;

  g_assert_cmpstr (empty, ==, "");

  /* Alibaba's three-year plan is the fourth bar, the fifth mark: the
   * third bar's part is a mark of its own */
  click_mark (capex, 4);
  g_assert_cmpstr (outlay_fact_get_id (outlay_window_get_selected (fixture->window)), ==, "alibaba-capex-2025-2027");

  text = outlay_fact_panel_dup_text (outlay_window_get_panel (fixture->window));
  g_assert_nonnull (strstr (text, "Alibaba cloud and AI infrastructure plan, 2025–2027"));
  g_assert_nonnull (strstr (text, "at least 380 bn yuan"));
  g_assert_nonnull (strstr (text, "$52.44 bn, as Arabic business news site converts it"));
  g_assert_nonnull (strstr (text, "تخطط لاستثمار ما لا يقل عن 380 مليار يوان"));
  g_assert_nonnull (strstr (text, "plans to invest no less than 380 billion yuan"));
  g_assert_nonnull (strstr (text, "Arabic business news site, 24 Feb 2025 (date inferred)"));

  /* One selection: the other views have it too */
  g_assert_true (outlay_chart_view_get_selected (timeline) == outlay_window_get_selected (fixture->window));
  g_assert_cmpstr (outlay_chart_get_selected (outlay_chart_view_get_chart (timeline)), ==, "alibaba-capex-2025-2027");
}

/* The chart shown is remembered */
static void
test_settings (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *view = NULL;
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (outlay_window_get_chart_view (fixture->window, "timeline")), ADW_TYPE_VIEW_STACK));

  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "capex");
  adw_view_stack_set_visible_child_name (stack, "timeline");
  view = g_settings_get_string (settings, "view");
  g_assert_cmpstr (view, ==, "timeline");

  g_settings_set_string (settings, "view", "campaign");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "campaign");
  g_settings_reset (settings, "view");
}

/* The table lists every fact, shares the selection, and sorts */
static void
test_table (Fixture       *fixture,
            gconstpointer  data)
{
  OutlayFactTable *table = outlay_window_get_table (fixture->window);
  GListModel *rows = outlay_fact_table_get_rows (table);
  GtkColumnView *view = outlay_fact_table_get_view (table);
  /* (transfer none): the column view's own list */
  GListModel *columns = gtk_column_view_get_columns (view);
  g_autoptr(GtkColumnViewColumn) figure = NULL;
  g_autoptr(OutlayFact) first = NULL;
  GtkSorter *figure_sorter = outlay_fact_table_get_figure_sorter (table);

  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 36);
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 8);

  /* A bar selected in a chart is the table's selected row */
  click_mark (outlay_window_get_chart_view (fixture->window, "capex"), 4);
  g_assert_cmpstr (outlay_fact_get_id (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (rows))), ==,
                   "alibaba-capex-2025-2027");

  /* Sorted by figure, in dollars as the charts are: the figure sorter's
   * order (tests/test-fact-table.c); the selected row moves with its
   * fact */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "currency", g_variant_new_string ("usd-stated"));
  g_assert_cmpstr (outlay_figure_sorter_get_options (OUTLAY_FIGURE_SORTER (figure_sorter))->currency, ==, "USD");
  figure = g_list_model_get_item (columns, 3);
  g_assert_cmpstr (gtk_column_view_column_get_title (figure), ==, "Figure");
  gtk_column_view_sort_by_column (view, figure, GTK_SORT_ASCENDING);
  for (guint i = 1; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(OutlayFact) previous = g_list_model_get_item (rows, i - 1);
      g_autoptr(OutlayFact) fact = g_list_model_get_item (rows, i);

      g_assert_cmpint (gtk_sorter_compare (figure_sorter, previous, fact), !=, GTK_ORDERING_LARGER);
    }
  g_assert_cmpstr (outlay_fact_get_id (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (rows))), ==,
                   "alibaba-capex-2025-2027");
  {
    g_autoptr(OutlayFact) cheapest = g_list_model_get_item (rows, 0);

    g_assert_cmpstr (outlay_fact_get_id (cheapest), ==, "qwen-campaign-2026");
  }
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "currency", g_variant_new_string ("as-stated"));
  g_assert_null (outlay_figure_sorter_get_options (OUTLAY_FIGURE_SORTER (figure_sorter))->currency);

  /* A row selected in the table is the window's selection, shown in the
   * charts and the panel */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (rows), 0);
  first = g_list_model_get_item (rows, 0);
  g_assert_true (outlay_window_get_selected (fixture->window) == first);
  g_assert_true (outlay_chart_view_get_selected (outlay_window_get_chart_view (fixture->window, "timeline")) == first);
  g_assert_true (outlay_fact_panel_get_fact (outlay_window_get_panel (fixture->window)) == first);
}

static AdwMessageDialog *
find_message_dialog (OutlayWindow *window)
{
  /* (transfer none): GTK's own list */
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) &&
          gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

static gboolean
has_message_dialog (gpointer window)
{
  return find_message_dialog (window) != NULL;
}

static gboolean
has_dataset_changed (gpointer data)
{
  Fixture *fixture = data;

  return outlay_window_get_dataset (fixture->window) != fixture->dataset;
}

/* A file that is not a valid dataset is said in a dialog: what is wrong
 * in words first, then the loader's message, its place and its parts
 * isolated so that they keep their order in a right-to-left sentence;
 * the window keeps what it showed */
static const struct
{
  const char *file;
  const char *sentence;
  const char *place;
  const char *what;
} bad_files[] = {
  { "duplicate-fact.json",
    "“\u2068duplicate-fact.json\u2069” is an Outlay dataset with a mistake in it, so none of it was opened.",
    ":20:5", "\u2068fact “acme-capex-2025”\u2069: \u2068the id is used twice\u2069" },
  /* json-glib's English words kept whole, apart from the loader's */
  { "truncated-in-string.json", "“\u2068truncated-in-string.json\u2069” is not a valid JSON file.",
    ":17:30", "\u2068not valid JSON\u2069: \u2068scanner: unterminated string constant\u2069" },
  { "empty.json", "“\u2068empty.json\u2069” is empty.", "", "\u2068the file is empty\u2069" },
};

static void
test_open_bad_file (Fixture       *fixture,
                    gconstpointer  data)
{
  OutlayFact *selected;

  click_mark (outlay_window_get_chart_view (fixture->window, "capex"), 0);
  selected = outlay_window_get_selected (fixture->window);
  g_assert_nonnull (selected);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "data", "bad", bad_files[i].file, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *body = g_strdup_printf ("%s\n\n\u2066%s%s\u2069\n%s", bad_files[i].sentence, path,
                                               bad_files[i].place, bad_files[i].what);
      AdwMessageDialog *dialog;

      outlay_window_open_file (fixture->window, file);
      wait_until (has_message_dialog, fixture->window);

      dialog = find_message_dialog (fixture->window);
      g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open the Dataset");
      g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, body);
      g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
      gtk_window_destroy (GTK_WINDOW (dialog));
    }

  g_assert_true (outlay_window_get_dataset (fixture->window) == fixture->dataset);
  g_assert_true (outlay_window_get_selected (fixture->window) == selected);
  g_assert_cmpuint (g_list_model_get_n_items (outlay_fact_table_get_rows (outlay_window_get_table (fixture->window))), ==, 36);
  g_assert_true (outlay_chart_get_dataset (outlay_chart_view_get_chart (outlay_window_get_chart_view (fixture->window, "capex"))) == fixture->dataset);
}

/* A valid dataset replaces the shown one in every view */
static void
test_open_file (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_build_filename (g_getenv ("G_TEST_SRCDIR"), "data", "ok",
                                                      "minimal.json", NULL);
  OutlayDataset *opened;

  click_mark (outlay_window_get_chart_view (fixture->window, "capex"), 0);
  outlay_window_open_file (fixture->window, file);
  wait_until (has_dataset_changed, fixture);

  opened = outlay_window_get_dataset (fixture->window);
  g_assert_null (find_message_dialog (fixture->window));
  g_assert_null (outlay_window_get_selected (fixture->window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Example");
  g_assert_cmpuint (g_list_model_get_n_items (outlay_fact_table_get_rows (outlay_window_get_table (fixture->window))), ==,
                    g_list_model_get_n_items (outlay_dataset_get_facts (opened)));
  for (guint i = 0; i < 3; i++)
    {
      const char *name = (const char *[]) { "capex", "campaign", "timeline" }[i];
      OutlayChart *chart = outlay_chart_view_get_chart (outlay_window_get_chart_view (fixture->window, name));

      g_assert_true (outlay_chart_get_dataset (chart) == opened);
    }
  /* The minimal dataset has one capex figure: one bar */
  g_assert_cmpuint (outlay_chart_get_n_marks (outlay_chart_view_get_chart (outlay_window_get_chart_view (fixture->window, "capex"))), ==, 1);
}

static guint32
read_be32 (const guint8 *p)
{
  return (guint32)p[0] << 24 | (guint32)p[1] << 16 | (guint32)p[2] << 8 | p[3];
}

/* The chart shown, written as PNG at 2×, SVG, and the table as CSV */
/* Whether @needle is in @data, which may hold NULs (a PDF's streams) */
static gboolean
contains_bytes (const char *data,
                gsize       length,
                const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;

  return FALSE;
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("outlay-test-XXXXXX", NULL);
  g_autoptr(GFile) png = g_file_new_build_filename (dir, "capex.png", NULL);
  g_autoptr(GFile) svg = g_file_new_build_filename (dir, "capex.svg", NULL);
  g_autoptr(GFile) csv = g_file_new_build_filename (dir, "facts.csv", NULL);
  g_autoptr(GFile) unwritable = g_file_new_build_filename (dir, "missing", "capex.png", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GtkWidget *view = GTK_WIDGET (outlay_window_get_chart_view (fixture->window, "capex"));
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (view, ADW_TYPE_VIEW_STACK));
  GAction *export_chart = g_action_map_lookup_action (G_ACTION_MAP (fixture->window), "export-chart");
  gsize length;

  g_assert_true (outlay_window_export_chart (fixture->window, "capex", png, OUTLAY_EXPORT_PNG, 0, 0, 2, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (png, NULL, &contents, &length, NULL, NULL));
  g_assert_cmpuint (length, >, 33);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (contents + 12, 4, "IHDR", 4);
  g_assert_cmpuint (read_be32 ((guint8 *)contents + 16), ==, 2 * gtk_widget_get_width (view));
  g_assert_cmpuint (read_be32 ((guint8 *)contents + 20), ==, 2 * gtk_widget_get_height (view));
  g_clear_pointer (&contents, g_free);

  /* At a size of its own, laid out anew for the file (issue 12, item 5):
   * the view keeps its size */
  g_assert_true (outlay_window_export_chart (fixture->window, "capex", png, OUTLAY_EXPORT_PNG,
                                             1600, 900, 1, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (png, NULL, &contents, &length, NULL, NULL));
  g_assert_cmpuint (read_be32 ((guint8 *)contents + 16), ==, 1600);
  g_assert_cmpuint (read_be32 ((guint8 *)contents + 20), ==, 900);
  g_clear_pointer (&contents, g_free);
  g_assert_cmpfloat (outlay_chart_get_width (outlay_chart_view_get_chart (OUTLAY_CHART_VIEW (view))), ==,
                     gtk_widget_get_width (view));
  {
    g_autoptr(GFile) pdf = g_file_new_build_filename (dir, "capex.pdf", NULL);

    double width, height;

    /* An A4 page across, in points */
    g_assert_true (outlay_export_size_get (OUTLAY_EXPORT_SIZE_A4, OUTLAY_EXPORT_PDF, &width, &height));
    g_assert_true (outlay_window_export_chart (fixture->window, "capex", pdf, OUTLAY_EXPORT_PDF,
                                               width, height, 1, FALSE, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_load_contents (pdf, NULL, &contents, &length, NULL, NULL));
    g_assert_true (contains_bytes (contents, length, "/MediaBox [ 0 0 841.89 595.28 ]"));
    g_clear_pointer (&contents, g_free);
    g_file_delete (pdf, NULL, NULL);
  }

  g_assert_true (outlay_window_export_chart (fixture->window, "capex", svg, OUTLAY_EXPORT_SVG, 0, 0, 1, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (svg, NULL, &contents, NULL, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<?xml"));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_nonnull (strstr (contents, "</svg>"));
  g_clear_pointer (&contents, g_free);

  /* The table's rows in its order: a header and one line per fact */
  g_assert_true (outlay_window_export_csv (fixture->window, csv, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (csv, NULL, &contents, NULL, NULL, NULL));
  lines = g_strsplit (contents, "\n", 3);
  g_assert_true (g_str_has_prefix (lines[0], "id,kind,status,entity,"));
  {
    g_autoptr(OutlayFact) first = g_list_model_get_item (outlay_fact_table_get_rows (outlay_window_get_table (fixture->window)), 0);
    g_autofree char *prefix = g_strconcat (outlay_fact_get_id (first), ",", NULL);

    g_assert_true (g_str_has_prefix (lines[1], prefix));
  }
  g_clear_pointer (&contents, g_free);

  /* A folder that does not exist: an error, and no file */
  g_assert_false (outlay_window_export_chart (fixture->window, "capex", unwritable, OUTLAY_EXPORT_PNG, 0, 0, 1, FALSE, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_query_exists (unwritable, NULL));
  g_clear_error (&error);

  /* Exporting a chart is offered only on a chart */
  g_assert_true (g_action_get_enabled (export_chart));
  adw_view_stack_set_visible_child_name (stack, "table");
  g_assert_false (g_action_get_enabled (export_chart));
  adw_view_stack_set_visible_child_name (stack, "capex");
  g_assert_true (g_action_get_enabled (export_chart));

  g_file_delete (png, NULL, NULL);
  g_file_delete (svg, NULL, NULL);
  g_file_delete (csv, NULL, NULL);
  g_rmdir (dir);
}

static AdwViewSwitcherBar *
find_switcher_bar (Fixture *fixture)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (fixture->window));
  GtkWidget *box = adw_toast_overlay_get_child (ADW_TOAST_OVERLAY (content));

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_VIEW_SWITCHER_BAR (child))
      return ADW_VIEW_SWITCHER_BAR (child);

  return NULL;
}

/* A narrow window has its view switcher in a bar at the bottom, revealed
 * when the header bar has no room for it and hidden again when it has */
static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  AdwViewSwitcherBar *bar = find_switcher_bar (fixture);

  g_assert_true (bar == NULL || !adw_view_switcher_bar_get_reveal (bar));

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 700);
  wait_for_frames (10);
  bar = find_switcher_bar (fixture);
  g_assert_nonnull (bar);
  g_assert_true (adw_view_switcher_bar_get_reveal (bar));
  /* The header's title is then the dataset's, as the window's is, not
   * the app's Latin name */
  {
    GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (fixture->window));
    AdwHeaderBar *header = ADW_HEADER_BAR (gtk_widget_get_first_child (adw_toast_overlay_get_child (ADW_TOAST_OVERLAY (content))));
    AdwViewSwitcherTitle *title = ADW_VIEW_SWITCHER_TITLE (adw_header_bar_get_title_widget (header));

    g_assert_true (adw_view_switcher_title_get_title_visible (title));
    g_assert_cmpstr (adw_view_switcher_title_get_title (title), ==, outlay_dataset_get_title (fixture->dataset, "en"));
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, outlay_dataset_get_title (fixture->dataset, "en"));
  }
  g_assert_true (adw_view_switcher_bar_get_stack (bar) ==
                 ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (outlay_window_get_chart_view (fixture->window, "capex")),
                                                          ADW_TYPE_VIEW_STACK)));

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1300, 800);
  wait_for_frames (10);
  g_assert_true (find_switcher_bar (fixture) == bar);
  g_assert_false (adw_view_switcher_bar_get_reveal (bar));
}

static GtkMenuButton *
find_primary_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return GTK_MENU_BUTTON (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *button = find_primary_menu_button (child);

      if (button != NULL)
        return button;
    }

  return NULL;
}

/* The main menu opens (the popup function a click or F10 goes through),
 * with its items; the button's inner toggle is what GTK makes insensitive
 * when a menu button has neither a popover nor a way to make one */
static void
test_primary_menu (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkMenuButton *button = find_primary_menu_button (GTK_WIDGET (fixture->window));
  GMenuModel *menu;
  GtkPopover *popover;

  g_assert_nonnull (button);
  g_assert_true (GTK_IS_TOGGLE_BUTTON (gtk_widget_get_first_child (GTK_WIDGET (button))));
  g_assert_true (gtk_widget_is_sensitive (gtk_widget_get_first_child (GTK_WIDGET (button))));

  gtk_menu_button_popup (button);
  wait_for_frames (2);
  menu = gtk_menu_button_get_menu_model (button);
  popover = gtk_menu_button_get_popover (button);
  g_assert_nonnull (menu);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 3);
  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));

  gtk_menu_button_popdown (button);
  wait_for_frames (2);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));

  /* Again, with the same menu */
  gtk_menu_button_popup (button);
  wait_for_frames (2);
  g_assert_true (gtk_menu_button_get_menu_model (button) == menu);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  gtk_menu_button_popdown (button);
}

static void
check_labelled (GtkWidget *widget,
                guint     *n_checked)
{
  /* The window controls and the view switcher label their own buttons;
   * a menu button's inner button is the menu button's */
  if (GTK_IS_WINDOW_CONTROLS (widget) || ADW_IS_VIEW_SWITCHER_TITLE (widget) || GTK_IS_POPOVER (widget))
    return;

  if (GTK_IS_MENU_BUTTON (widget) || GTK_IS_BUTTON (widget))
    {
      const char *text = GTK_IS_MENU_BUTTON (widget) ? gtk_menu_button_get_label (GTK_MENU_BUTTON (widget))
                                                     : gtk_button_get_label (GTK_BUTTON (widget));

      if (text == NULL && !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
        g_error ("a %s in the header bar has no label for screen readers", G_OBJECT_TYPE_NAME (widget));
      (*n_checked)++;
      if (GTK_IS_MENU_BUTTON (widget))
        return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    check_labelled (child, n_checked);
}

/* Every button of the header bar says what it is to a screen reader */
static void
test_header_bar_labels (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *header_bar = NULL;
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (fixture->window));
  guint n_checked = 0;

  /* The toast overlay's box holds the header bar first */
  header_bar = gtk_widget_get_first_child (adw_toast_overlay_get_child (ADW_TOAST_OVERLAY (content)));
  g_assert_true (ADW_IS_HEADER_BAR (header_bar));

  check_labelled (header_bar, &n_checked);
  g_assert_cmpuint (n_checked, ==, 4);
}

/* The app icon: found in the GResource (so the About window shows it when
 * Outlay runs uninstalled), and both installed drawings readable by
 * gdk-pixbuf's loader, the one GTK uses for icons. A comment before the
 * <svg> element once hid it from the loader's sniffing. */
static void
test_app_icon (Fixture       *fixture,
               gconstpointer  data)
{
  static const char *installed[] = {
    "scalable/apps/" APP_ID ".svg",
    "symbolic/apps/" APP_ID "-symbolic.svg",
  };
  g_autoptr(OutlayApplication) application = outlay_application_new (fixture->dataset);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (fixture->window)));
  g_auto(GStrv) resource_path = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GError) error = NULL;

  /* Registering runs the application's startup, which sets them up */
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  /* No default icon name: on X11, GTK would render the SVG at every
   * size for _NET_WM_ICON before the first frame (about 90 ms here); the
   * desktop picks the icon from the desktop file by application id */
  g_assert_null (gtk_window_get_default_icon_name ());
  g_assert_true (gtk_icon_theme_has_icon (theme, APP_ID));

  /* The theme looks in the GResource's icons/ (an installed copy on
   * XDG_DATA_DIRS would win the lookup, so the path is what is checked) */
  resource_path = gtk_icon_theme_get_resource_path (theme);
  g_assert_true (g_strv_contains ((const char * const *)resource_path, "/io/github/outlay/Outlay/icons/"));
  pixbuf = gdk_pixbuf_new_from_resource_at_scale ("/io/github/outlay/Outlay/icons/scalable/apps/" APP_ID ".svg",
                                                  128, 128, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, 128);
  g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, 128);

  for (guint i = 0; i < G_N_ELEMENTS (installed); i++)
    {
      g_autofree char *svg = g_test_build_filename (G_TEST_DIST, "..", "data", "icons", "hicolor",
                                                    installed[i], NULL);
      g_autoptr(GdkPixbuf) drawn = gdk_pixbuf_new_from_file_at_size (svg, 64, 64, &error);

      g_assert_no_error (error);
      g_assert_cmpint (gdk_pixbuf_get_width (drawn), ==, 64);
    }
}

/* The luminance, 0–255, of the top left pixel of a PNG */
static guint
corner_luminance (GFile *png)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_file (png, &error);
  g_autofree guint8 *pixel = NULL;
  gsize stride;

  g_assert_no_error (error);
  stride = 4 * (gsize)gdk_texture_get_width (texture);
  pixel = g_malloc (stride * (gsize)gdk_texture_get_height (texture));
  gdk_texture_download (texture, pixel, stride);
  /* Cairo's ARGB32 in memory on little endian: B, G, R, A */
  return (pixel[2] * 299 + pixel[1] * 587 + pixel[0] * 114) / 1000;
}

/* In dark style the export is light for print unless asked as shown, and
 * the view keeps its dark look */
static void
test_export_colours (Fixture       *fixture,
                     gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *dir = g_dir_make_tmp ("outlay-test-XXXXXX", NULL);
  g_autoptr(GFile) shown = g_file_new_build_filename (dir, "shown.png", NULL);
  g_autoptr(GFile) light = g_file_new_build_filename (dir, "light.png", NULL);
  g_autoptr(GError) error = NULL;
  OutlayChart *chart = outlay_chart_view_get_chart (outlay_window_get_chart_view (fixture->window, "capex"));

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_widget_queue_draw (GTK_WIDGET (outlay_window_get_chart_view (fixture->window, "capex")));
  wait_for_frames (10);
  g_assert_cmpint (outlay_chart_get_theme (chart), ==, OUTLAY_CHART_THEME_DARK);

  g_assert_true (outlay_window_export_chart (fixture->window, "capex", shown, OUTLAY_EXPORT_PNG, 0, 0, 1, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (outlay_window_export_chart (fixture->window, "capex", light, OUTLAY_EXPORT_PNG, 0, 0, 1, TRUE, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (corner_luminance (shown), <, 100);
  g_assert_cmpuint (corner_luminance (light), >, 200);
  g_assert_cmpint (outlay_chart_get_theme (chart), ==, OUTLAY_CHART_THEME_DARK);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  g_file_delete (shown, NULL, NULL);
  g_file_delete (light, NULL, NULL);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  OUTLAY_WINDOW_TEST_ADD ("views", test_views);
  OUTLAY_WINDOW_TEST_ADD ("click-shows-citation", test_click_shows_citation);
  OUTLAY_WINDOW_TEST_ADD ("settings", test_settings);
  OUTLAY_WINDOW_TEST_ADD ("table", test_table);
  OUTLAY_WINDOW_TEST_ADD ("open-bad-file", test_open_bad_file);
  OUTLAY_WINDOW_TEST_ADD ("open-file", test_open_file);
  OUTLAY_WINDOW_TEST_ADD ("export", test_export);
  OUTLAY_WINDOW_TEST_ADD ("export-colours", test_export_colours);
  OUTLAY_WINDOW_TEST_ADD ("header-bar-labels", test_header_bar_labels);
  OUTLAY_WINDOW_TEST_ADD ("app-icon", test_app_icon);
  OUTLAY_WINDOW_TEST_ADD ("narrow", test_narrow);
  OUTLAY_WINDOW_TEST_ADD ("primary-menu", test_primary_menu);

  return g_test_run ();
}

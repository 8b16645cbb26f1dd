/* test-window.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "outlay-application.h"
#include "outlay-cli.h"
#include "outlay-entity.h"
#include "outlay-figure-sorter.h"
#include "outlay-timeline-chart.h"
#include "outlay-window.h"

/* The window on the bundled dataset, under Xvfb with the cairo renderer
 * (tests/run-with-display.sh): its views, a click that selects a bar and
 * shows its citation, the selection shared by every view, the arrow keys,
 * and right to left. */

typedef struct
{
  OutlayDataset *dataset;
  OutlayWindow  *window;
} Fixture;

static void
wait_for_frames (guint n)
{
  /* Enough main loop for the window to map, lay out and draw */
  for (guint i = 0; i < n; i++)
    {
      g_usleep (20 * 1000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dataset = outlay_cli_load_dataset (NULL);
  g_assert_nonnull (fixture->dataset);
  fixture->window = outlay_window_new (NULL, fixture->dataset);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1300, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_for_frames (10);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  /* The view shown is remembered: the next test starts on the first */
  g_settings_reset (settings, "view");
  wait_for_frames (2);
  g_clear_object (&fixture->dataset);
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }

  g_assert_not_reached ();
}

static void
click_mark (OutlayChartView *view,
            guint            index)
{
  OutlayChart *chart = outlay_chart_view_get_chart (view);
  const OutlayRect *r = &outlay_chart_get_mark (chart, index)->rect;
  GtkEventController *click = find_controller (GTK_WIDGET (view), GTK_TYPE_GESTURE_CLICK);

  g_signal_emit_by_name (click, "pressed", 1, r->x + r->width / 2, r->y + r->height / 2);
}

static void
press_key_with (OutlayChartView *view,
                guint            keyval,
                GdkModifierType  state)
{
  GtkEventController *keys = find_controller (GTK_WIDGET (view), GTK_TYPE_EVENT_CONTROLLER_KEY);
  gboolean handled = FALSE;

  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, state, &handled);
  g_assert_true (handled);
}

static void
press_key (OutlayChartView *view,
           guint            keyval)
{
  press_key_with (view, keyval, 0);
}

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

  /* Alibaba's three-year plan is the fourth bar */
  click_mark (capex, 3);
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

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  OutlayChartView *capex = outlay_window_get_chart_view (fixture->window, "capex");

  /* From no selection, the first mark; then along, clamped at the end */
  press_key (capex, GDK_KEY_Right);
  g_assert_cmpstr (outlay_fact_get_id (outlay_window_get_selected (fixture->window)), ==, "bytedance-capex-2025");
  press_key (capex, GDK_KEY_Right);
  press_key (capex, GDK_KEY_Right);
  g_assert_cmpstr (outlay_fact_get_id (outlay_window_get_selected (fixture->window)), ==, "bytedance-capex-2026");
  press_key (capex, GDK_KEY_Left);
  g_assert_cmpstr (outlay_fact_get_id (outlay_window_get_selected (fixture->window)), ==, "bytedance-capex-2025-reuters");

  /* The focused mark's words are the view's accessible description */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (capex), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "ByteDance, 2025 plan: > 150 bn yuan");
}

static void
test_rtl (Fixture       *fixture,
          gconstpointer  data)
{
  OutlayChartView *capex = outlay_window_get_chart_view (fixture->window, "capex");
  OutlayChart *chart = outlay_chart_view_get_chart (capex);
  const OutlayChartMark *first, *last;

  gtk_widget_set_direction (GTK_WIDGET (capex), GTK_TEXT_DIR_RTL);
  wait_for_frames (5);

  /* The chart follows the widget: first bar rightmost */
  g_assert_cmpint (outlay_chart_get_direction (chart), ==, PANGO_DIRECTION_RTL);
  first = outlay_chart_get_mark (chart, 0);
  last = outlay_chart_get_mark (chart, outlay_chart_get_n_marks (chart) - 1);
  g_assert_cmpfloat (first->rect.x, >, last->rect.x);

  /* …and the arrows follow the eye: Left goes to the next mark */
  press_key (capex, GDK_KEY_Left);
  g_assert_cmpstr (outlay_fact_get_id (outlay_window_get_selected (fixture->window)), ==, "bytedance-capex-2025");
  press_key (capex, GDK_KEY_Left);
  g_assert_cmpstr (outlay_fact_get_id (outlay_window_get_selected (fixture->window)), ==, "bytedance-capex-2025-reuters");
}

/* The timeline view zooms and pans: keys, scrolling and dragging */
static void
test_timeline_navigation (Fixture       *fixture,
                          gconstpointer  data)
{
  OutlayChartView *view = outlay_window_get_chart_view (fixture->window, "timeline");
  OutlayTimelineChart *chart = OUTLAY_TIMELINE_CHART (outlay_chart_view_get_chart (view));
  GtkEventController *scroll = find_controller (GTK_WIDGET (view), GTK_TYPE_EVENT_CONTROLLER_SCROLL);
  GtkEventController *drag = find_controller (GTK_WIDGET (view), GTK_TYPE_GESTURE_DRAG);
  double first, last, first2, last2;
  gboolean handled = FALSE;

  outlay_timeline_chart_get_visible_range (chart, &first, &last);

  press_key (view, GDK_KEY_plus);
  outlay_timeline_chart_get_visible_range (chart, &first2, &last2);
  g_assert_cmpfloat_with_epsilon (last2 - first2, (last - first) / 1.25, 1e-6);

  press_key (view, GDK_KEY_0);
  outlay_timeline_chart_get_visible_range (chart, &first2, &last2);
  g_assert_cmpfloat_with_epsilon (first2, first, 1e-9);
  g_assert_cmpfloat_with_epsilon (last2, last, 1e-9);

  /* Shift+Left drags the content right: earlier dates come into view */
  press_key_with (view, GDK_KEY_Left, GDK_SHIFT_MASK);
  outlay_timeline_chart_get_visible_range (chart, &first2, &last2);
  g_assert_cmpfloat (first2, <, first);

  /* Scrolling down pans the other way */
  g_signal_emit_by_name (scroll, "scroll", 0.0, 2.0, &handled);
  g_assert_true (handled);
  outlay_timeline_chart_get_visible_range (chart, &first, &last);
  g_assert_cmpfloat (first, >, first2);

  /* A drag of 100 px to the right shows earlier dates by as much */
  g_signal_emit_by_name (drag, "drag-begin", 10.0, 10.0);
  g_signal_emit_by_name (drag, "drag-update", 100.0, 0.0);
  outlay_timeline_chart_get_visible_range (chart, &first2, &last2);
  g_assert_cmpfloat (first2, <, first);

  /* …and a bar chart has no view to move: "+" is not its key */
  handled = TRUE;
  g_signal_emit_by_name (find_controller (GTK_WIDGET (outlay_window_get_chart_view (fixture->window, "capex")),
                                          GTK_TYPE_EVENT_CONTROLLER_KEY),
                         "key-pressed", GDK_KEY_plus, 0, 0, &handled);
  g_assert_false (handled);
}

static double
mark_centre (OutlayChart *chart,
             OutlayFact  *fact)
{
  for (guint i = 0; i < outlay_chart_get_n_marks (chart); i++)
    {
      const OutlayChartMark *mark = outlay_chart_get_mark (chart, i);

      if (mark->fact == fact)
        return mark->rect.x + mark->rect.width / 2;
    }

  /* Not drawn: out of view */
  return NAN;
}

/* The zoom keys zoom about the selected mark, which stays where it is,
 * not about the middle of the view */
static void
test_zoom_keeps_selection (Fixture       *fixture,
                           gconstpointer  data)
{
  OutlayChartView *view = outlay_window_get_chart_view (fixture->window, "timeline");
  OutlayChart *chart = outlay_chart_view_get_chart (view);
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (view), ADW_TYPE_VIEW_STACK));
  OutlayFact *selected;
  double middle, before, after;
  guint index = 0;

  adw_view_stack_set_visible_child_name (stack, "timeline");
  wait_for_frames (5);
  middle = gtk_widget_get_width (GTK_WIDGET (view)) / 2.0;
  g_assert_cmpfloat (middle, >, 100);

  /* The mark farthest from the middle */
  for (guint i = 0; i < outlay_chart_get_n_marks (chart); i++)
    {
      const OutlayRect *r = &outlay_chart_get_mark (chart, i)->rect;
      const OutlayRect *best = &outlay_chart_get_mark (chart, index)->rect;

      if (fabs (r->x + r->width / 2 - middle) > fabs (best->x + best->width / 2 - middle))
        index = i;
    }
  click_mark (view, index);
  selected = outlay_window_get_selected (fixture->window);
  g_assert_nonnull (selected);
  before = mark_centre (chart, selected);
  g_assert_cmpfloat (fabs (before - middle), >, middle / 3);

  press_key (view, GDK_KEY_plus);
  after = mark_centre (chart, selected);
  g_assert_cmpfloat_with_epsilon (after, before, 0.5);

  press_key (view, GDK_KEY_minus);
  after = mark_centre (chart, selected);
  g_assert_cmpfloat_with_epsilon (after, before, 0.5);
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
  click_mark (outlay_window_get_chart_view (fixture->window, "capex"), 3);
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

/* Runs the main loop until @done says so, or fails after five seconds */
static void
wait_until (gboolean (*done) (gpointer), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
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

  g_assert_true (outlay_window_export_chart (fixture->window, "capex", png, OUTLAY_EXPORT_PNG, 2, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (png, NULL, &contents, &length, NULL, NULL));
  g_assert_cmpuint (length, >, 33);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (contents + 12, 4, "IHDR", 4);
  g_assert_cmpuint (read_be32 ((guint8 *)contents + 16), ==, 2 * gtk_widget_get_width (view));
  g_assert_cmpuint (read_be32 ((guint8 *)contents + 20), ==, 2 * gtk_widget_get_height (view));
  g_clear_pointer (&contents, g_free);

  g_assert_true (outlay_window_export_chart (fixture->window, "capex", svg, OUTLAY_EXPORT_SVG, 1, FALSE, &error));
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
  g_assert_false (outlay_window_export_chart (fixture->window, "capex", unwritable, OUTLAY_EXPORT_PNG, 1, FALSE, &error));
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

/* The options reach every chart, built or not, and are remembered */
/* The options reach every chart, built or not, and are remembered */
static void
test_options (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  OutlayChart *capex = outlay_chart_view_get_chart (outlay_window_get_chart_view (fixture->window, "capex"));
  const OutlayFigureOptions *options = outlay_chart_get_figure_options (capex);
  g_autofree char *as_stated = NULL;
  g_autofree char *in_dollars = NULL;
  g_autofree char *again = NULL;
  g_autofree char *currency = NULL;

  g_assert_null (options->currency);
  g_assert_false (options->per_year);
  as_stated = outlay_chart_dup_mark_description (capex, 0);

  /* Dollars at my rate: every figure converted alike */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "currency", g_variant_new_string ("usd-mine"));
  g_settings_set_double (settings, "rate", 8.0);
  options = outlay_chart_get_figure_options (capex);
  g_assert_cmpstr (options->currency, ==, "USD");
  g_assert_cmpint (options->rate_mode, ==, OUTLAY_RATE_MODE_USER);
  g_assert_cmpfloat (options->user_rate, ==, 8.0);
  currency = g_settings_get_string (settings, "currency");
  g_assert_cmpstr (currency, ==, "usd-mine");
  in_dollars = outlay_chart_dup_mark_description (capex, 0);
  g_assert_cmpstr (in_dollars, !=, as_stated);
  g_assert_nonnull (strstr (in_dollars, "$"));

  /* A view built after the change has it too */
  options = outlay_chart_get_figure_options (outlay_chart_view_get_chart (outlay_window_get_chart_view (fixture->window, "campaign")));
  g_assert_cmpstr (options->currency, ==, "USD");
  g_assert_cmpfloat (options->user_rate, ==, 8.0);

  /* Per year, from the action and from the settings */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "per-year", NULL);
  g_assert_true (outlay_chart_get_figure_options (capex)->per_year);
  g_assert_true (g_settings_get_boolean (settings, "per-year"));
  g_settings_set_boolean (settings, "per-year", FALSE);
  g_assert_false (outlay_chart_get_figure_options (capex)->per_year);

  /* Back to the sources' own currency */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "currency", g_variant_new_string ("as-stated"));
  g_assert_null (outlay_chart_get_figure_options (capex)->currency);
  again = outlay_chart_dup_mark_description (capex, 0);
  g_assert_cmpstr (again, ==, as_stated);

  g_settings_reset (settings, "currency");
  g_settings_reset (settings, "rate");
  g_settings_reset (settings, "per-year");
}

static GtkCheckButton *
find_currency_button (GtkWidget  *widget,
                      const char *choice)
{
  if (GTK_IS_CHECK_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.currency") == 0 &&
      g_str_equal (g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget)), NULL), choice))
    return GTK_CHECK_BUTTON (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkCheckButton *button = find_currency_button (child, choice);

      if (button != NULL)
        return button;
    }

  return NULL;
}

static GtkLabel *
find_label_after (GtkWidget *widget)
{
  GtkWidget *next = gtk_widget_get_next_sibling (widget);

  while (next != NULL && !GTK_IS_LABEL (next))
    next = gtk_widget_get_next_sibling (next);

  return GTK_LABEL (next);
}

static OutlayDataset *
load_window_dataset (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "window", name, NULL);
  g_autoptr(GError) error = NULL;
  OutlayDataset *dataset = outlay_dataset_new_from_file (path, &error);

  g_assert_no_error (error);
  return dataset;
}

/* What the currency choices say and offer, dataset by dataset */
typedef struct
{
  const char *file;
  gboolean    shown;
  const char *as_stated;
  gboolean    stated_rates;
  const char *per_dollar;   /* NULL: no rate of the user's */
} CurrencyCase;

static const CurrencyCase currency_cases[] = {
  /* Yuan and dollars (the IPOs): no one currency to name */
  { NULL, TRUE, "_As the sources state it", TRUE, "yuan per dollar" },
  { "euros.json", TRUE, "In _euros, as the sources state it", TRUE, "euros per dollar" },
  /* No source converts: no stated rates to use */
  { "../ok/minimal.json", TRUE, "In _yuan, as the sources state it", FALSE, "yuan per dollar" },
  /* One rate cannot convert two currencies */
  { "two-currencies.json", TRUE, "_As the sources state it", FALSE, NULL },
  /* Nothing to convert: no choice */
  { "dollars.json", FALSE },
  { "no-money.json", FALSE },
};

/* The currency choices follow the dataset's money */
static void
test_currency_options (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *popover = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "currency", g_variant_new_string ("usd-mine"));

  for (guint i = 0; i < G_N_ELEMENTS (currency_cases); i++)
    {
      const CurrencyCase *c = &currency_cases[i];
      g_autoptr(OutlayDataset) dataset = c->file != NULL ? load_window_dataset (c->file) : g_object_ref (fixture->dataset);
      GtkCheckButton *as_stated, *stated, *mine;
      g_autoptr(GVariant) state = NULL;

      outlay_window_set_dataset (fixture->window, dataset);
      as_stated = find_currency_button (GTK_WIDGET (fixture->window), "as-stated");
      g_assert_nonnull (as_stated);
      popover = gtk_widget_get_ancestor (GTK_WIDGET (as_stated), GTK_TYPE_POPOVER);
      stated = find_currency_button (popover, "usd-stated");
      mine = find_currency_button (popover, "usd-mine");

      g_test_message ("dataset %s", c->file != NULL ? c->file : "bundled");
      g_assert_cmpint (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (as_stated))), ==, c->shown);
      if (!c->shown)
        continue;

      g_assert_cmpstr (gtk_check_button_get_label (as_stated), ==, c->as_stated);
      g_assert_cmpint (gtk_widget_get_visible (GTK_WIDGET (stated)), ==, c->stated_rates);
      g_assert_cmpint (gtk_widget_get_sensitive (GTK_WIDGET (mine)), ==, c->per_dollar != NULL);
      if (c->per_dollar != NULL)
        g_assert_cmpstr (gtk_label_get_text (find_label_after (gtk_widget_get_next_sibling (GTK_WIDGET (mine)))), ==,
                         c->per_dollar);
      else
        g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (mine)), ==,
                         "One rate cannot convert figures in several currencies");

      /* A choice the dataset does not allow falls back to the sources'
       * own currencies, and the charts follow */
      state = g_action_group_get_action_state (G_ACTION_GROUP (fixture->window), "currency");
      if (c->per_dollar == NULL)
        {
          g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "as-stated");
          g_assert_null (outlay_chart_get_figure_options (
                           outlay_chart_view_get_chart (outlay_window_get_chart_view (fixture->window, "capex")))->currency);
        }
      else
        g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "usd-mine");
    }

  g_settings_reset (settings, "currency");
}

static guint
count_facts (GListModel *rows,
             gboolean  (*match) (OutlayFact *fact))
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (rows, i);

      n += match (fact);
    }

  return n;
}

static gboolean
is_bytedance (OutlayFact *fact)
{
  return g_str_equal (outlay_entity_get_id (outlay_fact_get_entity (fact)), "bytedance");
}

static gboolean
is_event (OutlayFact *fact)
{
  return outlay_fact_get_kind (fact) == OUTLAY_FACT_EVENT;
}

static gboolean
is_bytedance_event (OutlayFact *fact)
{
  return is_bytedance (fact) && is_event (fact);
}

/* Entities and kinds left out of the charts and the table alike, and
 * remembered */
static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  OutlayChart *capex = outlay_chart_view_get_chart (outlay_window_get_chart_view (fixture->window, "capex"));
  OutlayChart *timeline = outlay_chart_view_get_chart (outlay_window_get_chart_view (fixture->window, "timeline"));
  GListModel *rows = outlay_fact_table_get_rows (outlay_window_get_table (fixture->window));
  guint capex_marks = outlay_chart_get_n_marks (capex);
  guint n_rows = g_list_model_get_n_items (rows);
  guint bytedance_rows = count_facts (rows, is_bytedance);
  guint event_rows = count_facts (rows, is_event);
  guint bytedance_event_rows = count_facts (rows, is_bytedance_event);
  g_auto(GStrv) stored = NULL;
  OutlayFact *selected;

  g_assert_cmpuint (bytedance_rows, >, 0);
  g_assert_cmpuint (event_rows, >, 0);

  /* ByteDance out: fewer capex bars, none of its rows, and remembered */
  click_mark (outlay_window_get_chart_view (fixture->window, "capex"), 0);
  selected = outlay_window_get_selected (fixture->window);
  outlay_window_set_entity_hidden (fixture->window, "bytedance", TRUE);
  g_assert_cmpuint (outlay_chart_get_n_marks (capex), <, capex_marks);
  for (guint i = 0; i < outlay_chart_get_n_marks (capex); i++)
    g_assert_false (is_bytedance (outlay_chart_get_mark (capex, i)->fact));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_rows - bytedance_rows);
  g_assert_cmpuint (count_facts (rows, is_bytedance), ==, 0);
  stored = g_settings_get_strv (settings, "hidden-entities");
  g_assert_cmpstrv (stored, ((const char *[]) { "bytedance", NULL }));
  /* Filtering is not unselecting */
  g_assert_true (outlay_window_get_selected (fixture->window) == selected);

  /* Events out, from the settings: the timeline and the table follow */
  g_settings_set_strv (settings, "hidden-kinds", (const char *[]) { "event", NULL });
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==,
                    n_rows - bytedance_rows - (event_rows - bytedance_event_rows));
  g_assert_cmpuint (count_facts (rows, is_event), ==, 0);
  for (guint i = 0; i < outlay_chart_get_n_marks (timeline); i++)
    {
      OutlayFact *fact = outlay_chart_get_mark (timeline, i)->fact;

      g_assert_true (fact == NULL || !is_event (fact));
    }

  /* Everything back */
  outlay_window_set_entity_hidden (fixture->window, "bytedance", FALSE);
  outlay_window_set_kind_hidden (fixture->window, OUTLAY_FACT_EVENT, FALSE);
  g_assert_cmpuint (outlay_chart_get_n_marks (capex), ==, capex_marks);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_rows);
  g_clear_pointer (&stored, g_strfreev);
  stored = g_settings_get_strv (settings, "hidden-kinds");
  g_assert_cmpuint (g_strv_length (stored), ==, 0);

  /* "Show All" is there only when something is hidden, and brings every
   * kind and entity back at once; the chart's "Not shown" line goes too */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "show-all"));
  g_assert_null (outlay_chart_dup_filter_note (capex));
  outlay_window_set_entity_hidden (fixture->window, "bytedance", TRUE);
  outlay_window_set_entity_hidden (fixture->window, "alibaba", TRUE);
  outlay_window_set_kind_hidden (fixture->window, OUTLAY_FACT_EVENT, TRUE);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "show-all"));
  {
    g_autofree char *note = outlay_chart_dup_filter_note (capex);

    g_assert_cmpstr (note, ==, "Not shown: ByteDance, Alibaba");
    /* and the view's accessible label says it, once drawn */
    wait_for_frames (2);
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (outlay_window_get_chart_view (fixture->window, "capex")),
                                         GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         "Capital spending. Not shown: ByteDance, Alibaba");
  }
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-all", NULL);
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "show-all"));
  g_assert_null (outlay_chart_dup_filter_note (capex));
  g_assert_cmpuint (outlay_chart_get_n_marks (capex), ==, capex_marks);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_rows);
  g_clear_pointer (&stored, g_strfreev);
  stored = g_settings_get_strv (settings, "hidden-entities");
  g_assert_cmpuint (g_strv_length (stored), ==, 0);

  g_settings_reset (settings, "hidden-entities");
  g_settings_reset (settings, "hidden-kinds");
}

static void
collect_accelerators (GtkWidget *widget,
                      GPtrArray *found)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      char *accelerator = NULL;

      g_object_get (widget, "accelerator", &accelerator, NULL);
      if (accelerator != NULL)
        g_ptr_array_add (found, accelerator);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_accelerators (child, found);
}

/* The window's shortcut for @accelerator ("<Alt>1"), from the
 * controller that carries its class's shortcuts */
static GtkShortcut *
find_window_shortcut (OutlayWindow *window,
                      const char   *accelerator)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (trigger, accelerator))
            return shortcut;
        }
    }

  return NULL;
}

static gboolean
on_close_request_cb (GtkWindow *window,
                     gboolean  *asked)
{
  *asked = TRUE;
  return TRUE;
}

/* Alt+1 to Alt+4 show the views in the switcher's order, the focus with
 * them; Ctrl+W closes the window */
static void
test_view_keys (Fixture       *fixture,
                gconstpointer  data)
{
  static const char * const views[] = { "capex", "campaign", "timeline", "table" };
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (outlay_window_get_chart_view (fixture->window, "capex")),
                                                                 ADW_TYPE_VIEW_STACK));
  GtkShortcut *close;
  gboolean asked = FALSE;

  gtk_widget_grab_focus (GTK_WIDGET (outlay_window_get_chart_view (fixture->window, "capex")));
  for (guint i = G_N_ELEMENTS (views); i-- > 0;)
    {
      g_autofree char *accelerator = g_strdup_printf ("<Alt>%u", i + 1);
      GtkShortcut *shortcut = find_window_shortcut (fixture->window, accelerator);

      g_assert_nonnull (shortcut);
      g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, GTK_WIDGET (fixture->window),
                                                   gtk_shortcut_get_arguments (shortcut)));
      wait_for_frames (3);
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, views[i]);
      g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                             adw_view_stack_get_visible_child (stack)));
    }

  close = find_window_shortcut (fixture->window, "<Control>w");
  g_assert_nonnull (close);
  g_signal_connect (fixture->window, "close-request", G_CALLBACK (on_close_request_cb), &asked);
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (close), 0, GTK_WIDGET (fixture->window), NULL));
  g_assert_true (asked);
  g_signal_handlers_disconnect_by_func (fixture->window, on_close_request_cb, &asked);
}

/* The shortcuts window opens from its action, over the window */
static void
test_shortcuts (Fixture       *fixture,
                gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *shortcuts = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-shortcuts", NULL);
  wait_for_frames (2);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (toplevel))
        shortcuts = toplevel;
    }

  g_assert_nonnull (shortcuts);
  /* It lists the window's own keys */
  {
    static const char * const listed[] = { "<alt>1", "<alt>2", "<alt>3", "<alt>4", "<ctrl>w" };
    g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

    collect_accelerators (GTK_WIDGET (shortcuts), found);
    for (guint i = 0; i < G_N_ELEMENTS (listed); i++)
      if (!g_ptr_array_find_with_equal_func (found, listed[i], g_str_equal, NULL))
        g_error ("the shortcuts window does not list %s", listed[i]);
  }
  /* As the window's help overlay, it shows the application's accelerators */
  g_assert_true (GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (fixture->window))) == shortcuts);
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (fixture->window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
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

  g_assert_true (outlay_window_export_chart (fixture->window, "capex", shown, OUTLAY_EXPORT_PNG, 1, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (outlay_window_export_chart (fixture->window, "capex", light, OUTLAY_EXPORT_PNG, 1, TRUE, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (corner_luminance (shown), <, 100);
  g_assert_cmpuint (corner_luminance (light), >, 200);
  g_assert_cmpint (outlay_chart_get_theme (chart), ==, OUTLAY_CHART_THEME_DARK);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  g_file_delete (shown, NULL, NULL);
  g_file_delete (light, NULL, NULL);
  g_rmdir (dir);
}

static GtkLabel *
find_selected_label (GtkWidget *widget)
{
  int start, end;

  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      gtk_label_get_selection_bounds (GTK_LABEL (widget), &start, &end))
    return GTK_LABEL (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *label = find_selected_label (child);

      if (label != NULL)
        return label;
    }

  return NULL;
}

/* Switching views leaves no text of the details panel selected: its
 * labels are selectable, and a selectable label that takes the focus
 * selects all its text */
static void
test_switch_views_selects_nothing (Fixture       *fixture,
                                   gconstpointer  data)
{
  OutlayChartView *capex = outlay_window_get_chart_view (fixture->window, "capex");
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (capex), ADW_TYPE_VIEW_STACK));
  static const char * const views[] = { "campaign", "timeline", "table", "capex" };

  click_mark (capex, 3);
  wait_for_frames (2);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (capex)));

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkLabel *selected;

      adw_view_stack_set_visible_child_name (stack, views[i]);
      wait_for_frames (3);
      selected = find_selected_label (GTK_WIDGET (outlay_window_get_panel (fixture->window)));
      if (selected != NULL)
        g_error ("after switching to %s, “%s” is selected", views[i], gtk_label_get_text (selected));
      /* The focus went with the view */
      g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                             adw_view_stack_get_visible_child (stack)));
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/outlay/window/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("views", test_views);
  ADD ("click-shows-citation", test_click_shows_citation);
  ADD ("keyboard", test_keyboard);
  ADD ("rtl", test_rtl);
  ADD ("timeline-navigation", test_timeline_navigation);
  ADD ("zoom-keeps-selection", test_zoom_keeps_selection);
  ADD ("settings", test_settings);
  ADD ("table", test_table);
  ADD ("open-bad-file", test_open_bad_file);
  ADD ("open-file", test_open_file);
  ADD ("export", test_export);
  ADD ("export-colours", test_export_colours);
  ADD ("options", test_options);
  ADD ("currency-options", test_currency_options);
  ADD ("filters", test_filters);
  ADD ("shortcuts", test_shortcuts);
  ADD ("view-keys", test_view_keys);
  ADD ("header-bar-labels", test_header_bar_labels);
  ADD ("app-icon", test_app_icon);
  ADD ("narrow", test_narrow);
  ADD ("primary-menu", test_primary_menu);
  ADD ("switch-views-selects-nothing", test_switch_views_selects_nothing);

#undef ADD

  return g_test_run ();
}

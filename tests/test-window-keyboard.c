/* test-window-keyboard.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "outlay-timeline-chart.h"
#include "outlay-window-fixture.h"

/* The window from the keyboard: the arrows through the marks, right to
 * left too, the timeline's zoom and pan, the keys that switch views and
 * close the window, the shortcuts window, and where the focus goes when
 * views switch. */
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

  OUTLAY_WINDOW_TEST_ADD ("keyboard", test_keyboard);
  OUTLAY_WINDOW_TEST_ADD ("rtl", test_rtl);
  OUTLAY_WINDOW_TEST_ADD ("timeline-navigation", test_timeline_navigation);
  OUTLAY_WINDOW_TEST_ADD ("zoom-keeps-selection", test_zoom_keeps_selection);
  OUTLAY_WINDOW_TEST_ADD ("shortcuts", test_shortcuts);
  OUTLAY_WINDOW_TEST_ADD ("view-keys", test_view_keys);
  OUTLAY_WINDOW_TEST_ADD ("switch-views-selects-nothing", test_switch_views_selects_nothing);

  return g_test_run ();
}

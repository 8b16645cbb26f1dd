/* outlay-window-fixture.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "outlay-cli.h"
#include "outlay-window.h"

/* What the window's tests share (test-window*.c): a window on the
 * bundled dataset, under Xvfb with the cairo renderer
 * (tests/run-with-display.sh), and ways to click, press keys and wait. */

typedef struct
{
  OutlayDataset *dataset;
  OutlayWindow  *window;
} Fixture;

static inline void
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

static inline void
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

static inline void
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

static inline GtkEventController *
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

static inline void
click_mark (OutlayChartView *view,
            guint            index)
{
  OutlayChart *chart = outlay_chart_view_get_chart (view);
  const OutlayRect *r = &outlay_chart_get_mark (chart, index)->rect;
  GtkEventController *click = find_controller (GTK_WIDGET (view), GTK_TYPE_GESTURE_CLICK);

  g_signal_emit_by_name (click, "pressed", 1, r->x + r->width / 2, r->y + r->height / 2);
}

static inline void
press_key_with (OutlayChartView *view,
                guint            keyval,
                GdkModifierType  state)
{
  GtkEventController *keys = find_controller (GTK_WIDGET (view), GTK_TYPE_EVENT_CONTROLLER_KEY);
  gboolean handled = FALSE;

  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, state, &handled);
  g_assert_true (handled);
}

static inline void
press_key (OutlayChartView *view,
           guint            keyval)
{
  press_key_with (view, keyval, 0);
}

/* Runs the main loop until @done says so, or fails after five seconds */
static inline void
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

#define OUTLAY_WINDOW_TEST_ADD(path, func) \
  g_test_add ("/outlay/window/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

/* outlay-bench-first-frame.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One start of a program, ending after its first frame, for
 * bench-start.sh to time with hyperfine:
 *
 *   outlay-bench-first-frame outlay   Outlay as main.c starts it (the
 *                                     application, the bundled dataset,
 *                                     the window), quitting once a frame
 *                                     has drawn the chart view shown
 *   outlay-bench-first-frame empty    an empty GtkWindow, quitting after
 *                                     its first frame: the reference
 *   outlay-bench-first-frame adwaita  an empty AdwApplicationWindow of an
 *                                     AdwApplication: what libadwaita's
 *                                     start costs before Outlay's own
 *
 * Both quit from the frame clock's "after-paint", that is once the frame
 * has been snapshotted and rendered. */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "outlay-application.h"
#include "outlay-cli.h"
#include "outlay-window.h"

static gboolean done;

static void
destroy_window_cb (gpointer window)
{
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   GtkWidget     *drawn)
{
  /* The chart counts once it has a size: a frame before layout does not */
  if (done || !gtk_widget_get_mapped (drawn) || gtk_widget_get_width (drawn) <= 0)
    return;

  /* Not from inside the frame clock's signal: from the main loop */
  done = TRUE;
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, drawn);
  g_idle_add_once (destroy_window_cb, gtk_widget_get_root (drawn));
}

static void
watch_first_frame (GtkWidget *window,
                   GtkWidget *drawn)
{
  GdkFrameClock *clock = gdk_surface_get_frame_clock (gtk_native_get_surface (GTK_NATIVE (window)));

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), drawn);
}

static void
on_window_added_cb (GtkApplication *application,
                    GtkWindow      *window)
{
  OutlayWindow *self = OUTLAY_WINDOW (window);
  AdwViewStack *stack;

  /* The view shown, whichever the settings chose: the child of its page */
  stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (outlay_window_get_chart_view (self, "capex")),
                                                   ADW_TYPE_VIEW_STACK));
  g_signal_connect_object (window, "realize", G_CALLBACK (watch_first_frame),
                           adw_bin_get_child (ADW_BIN (adw_view_stack_get_visible_child (stack))),
                           G_CONNECT_AFTER);
}

static int
run_outlay (void)
{
  g_autoptr(OutlayApplication) app = NULL;
  g_autoptr(OutlayDataset) dataset = NULL;
  char *argv[] = { (char *)"outlay", NULL };

  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* As main.c does: the dataset first, then the application */
  dataset = outlay_cli_load_dataset (NULL);
  if (dataset == NULL)
    return 1;
  app = outlay_application_new (dataset);
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added_cb), NULL);

  return g_application_run (G_APPLICATION (app), 1, argv);
}

static void
on_destroy_cb (GtkWidget *window,
               gboolean  *running)
{
  *running = FALSE;
}

static void
on_adwaita_activate_cb (GApplication *application)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 820);
  g_signal_connect (window, "realize", G_CALLBACK (watch_first_frame), window);
  gtk_window_present (GTK_WINDOW (window));
}

static int
run_adwaita (void)
{
  g_autoptr(AdwApplication) app = NULL;
  char *argv[] = { (char *)"adwaita", NULL };

  app = adw_application_new ("io.github.outlay.BenchEmpty", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_adwaita_activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), 1, argv);
}

static int
run_empty (void)
{
  gboolean running = TRUE;
  GtkWidget *window;

  gtk_init ();
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 820);
  g_signal_connect (window, "destroy", G_CALLBACK (on_destroy_cb), &running);
  g_signal_connect (window, "realize", G_CALLBACK (watch_first_frame), window);
  gtk_window_present (GTK_WINDOW (window));

  while (running)
    g_main_context_iteration (NULL, TRUE);

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");

  if (argc == 2 && g_str_equal (argv[1], "outlay"))
    status = run_outlay ();
  else if (argc == 2 && g_str_equal (argv[1], "adwaita"))
    status = run_adwaita ();
  else if (argc == 2 && g_str_equal (argv[1], "empty"))
    status = run_empty ();
  else
    {
      g_printerr ("usage: outlay-bench-first-frame outlay|adwaita|empty\n");
      return 2;
    }

  if (status == 0 && !done)
    {
      g_printerr ("outlay-bench-first-frame: the program ended before its first frame\n");
      return 1;
    }

  return status;
}

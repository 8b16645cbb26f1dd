/* outlay-bench-open-stall.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How long the window stops answering while a big dataset opens (issue
 * 11, item 5). The real window, on the bundled dataset and its Capex
 * view, opens a generated file of N facts as its Open action does
 * (outlay_window_open_file()); once the dataset is shown and the Capex
 * view has drawn a frame, the run switches to the table (until every row
 * is listed) and then to the timeline (its first frame), and probes one
 * more second for work left in idle slices. All along, two probes say
 * how long the main loop was away:
 *
 *  - a timeout every 10 ms on the main loop: the longest interval between
 *    two of its calls is the longest time the window could not have
 *    answered an event (or a _NET_WM_PING);
 *  - a tick callback on the window: the longest interval between two
 *    frame clock ticks is the longest time nothing could be redrawn.
 *
 * The reference, in the same run: an empty window probed the same way
 * for as long as the open took (at most REFERENCE_MAX_S), which is what
 * this display and this machine give with nothing to do.
 *
 *   outlay-bench-open-stall [N…]        (default 10000 100000)
 *
 * under a display (meson test --benchmark open-stall runs it under Xvfb).
 * The files are cached in the build tree, as the load benchmark's.
 *
 * Target: no gap over 100 ms.
 */

#include "config.h"

#include <errno.h>
#include <locale.h>

#include <adwaita.h>

#include "outlay-cli.h"
#include "outlay-synthetic.h"
#include "outlay-window.h"

#ifndef OUTLAY_BENCH_CACHE_DIR
#define OUTLAY_BENCH_CACHE_DIR NULL
#endif

#define PROBE_MS 10
#define SETTLE_US (1 * G_USEC_PER_SEC)
#define REFERENCE_MAX_S 15.0
#define TARGET_MS 100.0
#define WAIT_MAX_US (900 * G_USEC_PER_SEC)

typedef struct
{
  gint64 last_call;
  gint64 longest_call_gap;
  guint  n_calls_over;        /* gaps over TARGET_MS */
  gint64 last_tick;
  gint64 longest_tick_gap;
} Probe;

typedef struct
{
  guint  n_facts;
  double file_mb;
  double loaded_s;            /* Open to the dataset swapped in */
  double shown_s;             /* to the Capex view's first frame */
  double table_s;             /* to every row listed and drawn */
  double timeline_s;          /* to the timeline's first frame */
  double total_s;             /* with the settling second */
  Probe  probe;
  Probe  reference;
} Row;

/* The probe running, or NULL; and what the run waits for, to say where
 * each long gap fell */
static Probe *probing;
static const char *stage = "";
static guint n_paints;

static gboolean
probe_call_cb (gpointer data)
{
  gint64 now = g_get_monotonic_time ();

  if (probing != NULL)
    {
      if (probing->last_call != 0)
        {
          gint64 gap = now - probing->last_call;

          probing->longest_call_gap = MAX (probing->longest_call_gap, gap);
          probing->n_calls_over += gap > TARGET_MS * 1000;
          if (gap > TARGET_MS * 1000 / 2)
            g_printerr ("  %.1f ms without the main loop, waiting for %s\n", gap / 1000.0, stage);
        }
      probing->last_call = now;
    }

  return G_SOURCE_CONTINUE;
}

static gboolean
probe_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       data)
{
  gint64 now = g_get_monotonic_time ();

  if (probing != NULL)
    {
      if (probing->last_tick != 0)
        probing->longest_tick_gap = MAX (probing->longest_tick_gap, now - probing->last_tick);
      probing->last_tick = now;
    }

  return G_SOURCE_CONTINUE;
}

static void
start_probe (Probe *probe)
{
  gint64 now = g_get_monotonic_time ();

  *probe = (Probe) { .last_call = now, .last_tick = now };
  probing = probe;
}

static gint64 frame_start;

static void
on_before_paint_cb (GdkFrameClock *clock,
                    gpointer       data)
{
  frame_start = g_get_monotonic_time ();
}

/* A long frame is said too: layout and drawing, apart from the rest */
static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       data)
{
  gint64 frame = g_get_monotonic_time () - frame_start;

  n_paints++;
  if (probing != NULL && frame > TARGET_MS * 1000 / 2)
    g_printerr ("  %.1f ms in one frame (layout and drawing), waiting for %s\n", frame / 1000.0, stage);
}

/* Watches @window's frames: the probe's ticks and the paint count */
static void
watch_window (GtkWidget *window)
{
  GdkFrameClock *clock = gdk_surface_get_frame_clock (gtk_native_get_surface (GTK_NATIVE (window)));

  gtk_widget_add_tick_callback (window, probe_tick_cb, NULL, NULL);
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint_cb), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), NULL);
}

static void
fail_on_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        g_error ("%s: %s", adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (toplevel)),
                 adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (toplevel)));
    }
}

typedef gboolean (*Condition) (gpointer data);

/* Runs the main loop until @done says so; the probe's timeout wakes it */
static void
run_until (Condition   done,
           gpointer    data,
           const char *what)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_MAX_US;

  stage = what;
  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("waited in vain for %s", what);
      fail_on_dialog ();
      g_main_context_iteration (NULL, TRUE);
    }
}

static gboolean
is_past (gpointer data)
{
  return g_get_monotonic_time () >= *(gint64 *)data;
}

static void
run_for (gint64 usec)
{
  gint64 until = g_get_monotonic_time () + usec;

  run_until (is_past, &until, "time to pass");
}

typedef struct
{
  GtkWidget *widget;
  guint      paints;    /* n_paints when the wait began */
} Drawn;

/* A frame was painted since the wait began, with the widget mapped */
static gboolean
is_drawn (gpointer data)
{
  Drawn *drawn = data;

  return n_paints > drawn->paints && gtk_widget_get_mapped (drawn->widget) &&
         gtk_widget_get_width (drawn->widget) > 0;
}

static void
wait_for_frame (GtkWidget  *widget,
                const char *what)
{
  Drawn drawn = { widget, n_paints };

  run_until (is_drawn, &drawn, what);
}

typedef struct
{
  OutlayWindow  *window;
  OutlayDataset *before;
} Swap;

static gboolean
is_swapped (gpointer data)
{
  Swap *swap = data;

  return outlay_window_get_dataset (swap->window) != swap->before;
}

typedef struct
{
  OutlayFactTable *table;
  guint            n_facts;
  guint            paints;
} Listed;

static gboolean
is_listed (gpointer data)
{
  Listed *listed = data;

  return g_list_model_get_n_items (outlay_fact_table_get_rows (listed->table)) == listed->n_facts &&
         n_paints > listed->paints && gtk_widget_get_mapped (GTK_WIDGET (listed->table));
}

static void
show_view (OutlayWindow *window,
           const char   *name)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", name);
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;
}

/* The window on the bundled dataset, on its Capex view, drawn */
static OutlayWindow *
new_window (void)
{
  g_autoptr(OutlayDataset) bundled = outlay_cli_load_dataset (NULL);
  OutlayWindow *window;

  if (bundled == NULL)
    g_error ("the bundled dataset did not load: set OUTLAY_DATADIR");
  window = outlay_window_new (NULL, bundled);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 820);
  show_view (window, "capex");
  gtk_window_present (GTK_WINDOW (window));
  watch_window (GTK_WIDGET (window));
  wait_for_frame (GTK_WIDGET (outlay_window_get_chart_view (window, "capex")), "the first window");

  return window;
}

static void
measure_open (Row        *row,
              const char *path)
{
  OutlayWindow *window = new_window ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Swap swap = { window, outlay_window_get_dataset (window) };
  Listed listed = { NULL, row->n_facts, 0 };
  gint64 start;

  /* Past the window's own first frames */
  run_for (G_USEC_PER_SEC / 4);

  start = g_get_monotonic_time ();
  start_probe (&row->probe);
  outlay_window_open_file (window, file);
  run_until (is_swapped, &swap, "the dataset to load");
  row->loaded_s = seconds_since (start);
  wait_for_frame (GTK_WIDGET (outlay_window_get_chart_view (window, "capex")), "the Capex view");
  row->shown_s = seconds_since (start);

  show_view (window, "table");
  listed.table = outlay_window_get_table (window);
  listed.paints = n_paints;
  run_until (is_listed, &listed, "the table");
  row->table_s = seconds_since (start);

  show_view (window, "timeline");
  wait_for_frame (GTK_WIDGET (outlay_window_get_chart_view (window, "timeline")), "the timeline");
  row->timeline_s = seconds_since (start);

  run_for (SETTLE_US);
  probing = NULL;
  row->total_s = seconds_since (start);

  gtk_window_destroy (GTK_WINDOW (window));
  run_for (G_USEC_PER_SEC / 10);
}

/* The same probes on an empty window, as long as the open took */
static void
measure_reference (Row *row)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 820);
  gtk_window_present (GTK_WINDOW (window));
  watch_window (window);
  wait_for_frame (window, "the empty window");
  run_for (G_USEC_PER_SEC / 4);

  start_probe (&row->reference);
  run_for ((gint64)(MIN (row->total_s, REFERENCE_MAX_S) * G_USEC_PER_SEC));
  probing = NULL;

  gtk_window_destroy (GTK_WINDOW (window));
  run_for (G_USEC_PER_SEC / 10);
}

static char *
ensure_dataset (const char *cache_dir,
                guint       n_facts)
{
  g_autofree char *name = g_strdup_printf ("outlay-synthetic-v%d-%u-facts-seed-1.json",
                                           OUTLAY_SYNTHETIC_VERSION, n_facts);
  g_autofree char *path = g_build_filename (cache_dir, name, NULL);
  g_autoptr(GError) error = NULL;

  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&path);

  g_printerr ("Generating %s…\n", path);
  if (g_mkdir_with_parents (cache_dir, 0755) != 0 ||
      !outlay_synthetic_write (n_facts, 1, path, &error))
    g_error ("%s: %s", path, error != NULL ? error->message : g_strerror (errno));

  return g_steal_pointer (&path);
}

static void
print_rows (const Row *rows,
            guint      n_rows)
{
  g_print ("## Longest stall while opening a dataset in the window (%s, GSK_RENDERER=%s)\n\n",
           OUTLAY_BENCH_BUILDTYPE, g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "(default)");
  g_print ("Seconds from Open; gaps in ms, probed every %d ms on the main loop and at each frame clock tick.\n\n",
           PROBE_MS);
  g_print ("| facts | file MB | loaded s | Capex drawn s | table listed s | timeline drawn s "
           "| longest main loop gap | gaps > 100 ms | longest frame gap "
           "| empty window: main loop gap | empty window: frame gap | target |\n");
  g_print ("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
  for (guint i = 0; i < n_rows; i++)
    {
      const Row *r = &rows[i];

      g_print ("| %u | %.1f | %.2f | %.2f | %.2f | %.2f | %.1f | %u | %.1f | %.1f | %.1f | %s |\n",
               r->n_facts, r->file_mb, r->loaded_s, r->shown_s, r->table_s, r->timeline_s,
               r->probe.longest_call_gap / 1000.0, r->probe.n_calls_over, r->probe.longest_tick_gap / 1000.0,
               r->reference.longest_call_gap / 1000.0, r->reference.longest_tick_gap / 1000.0,
               r->probe.longest_call_gap <= TARGET_MS * 1000 ? "met" : "**missed**");
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *cache_dir = OUTLAY_BENCH_CACHE_DIR;
  g_autofree char *default_cache = NULL;
  g_autofree Row *rows = NULL;
  guint n_rows = argc > 1 ? (guint)argc - 1 : 2;

  setlocale (LC_ALL, "");
  gtk_init ();
  adw_init ();

  if (cache_dir == NULL)
    cache_dir = default_cache = g_build_filename (g_get_user_cache_dir (), "outlay-bench", NULL);

  rows = g_new0 (Row, n_rows);
  for (guint i = 0; i < n_rows; i++)
    {
      rows[i].n_facts = argc > 1 ? (guint)g_ascii_strtoull (argv[i + 1], NULL, 10) : (i == 0 ? 10000 : 100000);
      if (rows[i].n_facts == 0)
        g_error ("usage: outlay-bench-open-stall [N…]");
    }

  g_timeout_add (PROBE_MS, probe_call_cb, NULL);

  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *path = ensure_dataset (cache_dir, rows[i].n_facts);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                     G_FILE_QUERY_INFO_NONE, NULL, NULL);

      rows[i].file_mb = info != NULL ? g_file_info_get_size (info) / 1e6 : 0;
      g_printerr ("Opening %u facts…\n", rows[i].n_facts);
      measure_open (&rows[i], path);
      measure_reference (&rows[i]);
    }

  print_rows (rows, n_rows);

  return 0;
}

/* outlay-bench-timeline.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include <cairo.h>

#include "outlay-synthetic.h"
#include "outlay-timeline-chart.h"

/* Frame times of the timeline with many facts: the layout after a change
 * of view, and a whole frame (layout and drawing into an image surface
 * the size of a window, as GTK's cairo renderer would), at three zoom
 * levels and while panning. The bundled dataset's frame, timed the same
 * way in the same run, is the reference. Target: a frame under 8 ms. */

typedef struct
{
  double layout_ms;
  double frame_ms;
  guint  n_items;
} Timing;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *)a, db = *(const double *)b;

  return da < db ? -1 : da > db;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

/* Times @runs frames at the view [first, last], each after the view
 * changed by a pixel's worth so the layout is really redone. */
static Timing
time_view (OutlayChart *chart,
           cairo_t     *cr,
           double       first,
           double       last,
           guint        runs)
{
  OutlayTimelineChart *timeline = OUTLAY_TIMELINE_CHART (chart);
  g_autofree double *layouts = g_new (double, runs);
  g_autofree double *frames = g_new (double, runs);
  double nudge = (last - first) / 1400;
  Timing timing;

  for (guint i = 0; i < runs; i++)
    {
      gint64 start, laid_out, drawn;

      outlay_timeline_chart_set_visible_range (timeline, first + (i % 2) * nudge, last + (i % 2) * nudge);

      start = g_get_monotonic_time ();
      outlay_timeline_chart_get_items (timeline, &timing.n_items);
      laid_out = g_get_monotonic_time ();
      outlay_chart_draw (chart, cr);
      cairo_surface_flush (cairo_get_target (cr));
      drawn = g_get_monotonic_time ();

      layouts[i] = (laid_out - start) / 1000.0;
      frames[i] = (drawn - start) / 1000.0;
    }

  timing.layout_ms = median (layouts, runs);
  timing.frame_ms = median (frames, runs);
  return timing;
}

/* Times @runs frames while dragging by 12 px a frame. */
static Timing
time_pan (OutlayChart *chart,
          cairo_t     *cr,
          guint        runs)
{
  OutlayTimelineChart *timeline = OUTLAY_TIMELINE_CHART (chart);
  g_autofree double *frames = g_new (double, runs);
  Timing timing = { 0 };

  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();

      outlay_timeline_chart_pan (timeline, i < runs / 2 ? 12 : -12);
      outlay_timeline_chart_get_items (timeline, &timing.n_items);
      outlay_chart_draw (chart, cr);
      cairo_surface_flush (cairo_get_target (cr));
      frames[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  timing.frame_ms = median (frames, runs);
  timing.layout_ms = -1;
  return timing;
}

static void
print_row (const char   *what,
           const Timing *timing)
{
  if (timing->layout_ms >= 0)
    g_print ("| %s | %u | %.2f | %.2f | %s |\n", what, timing->n_items, timing->layout_ms,
             timing->frame_ms, timing->frame_ms < 8 ? "met" : "**missed**");
  else
    g_print ("| %s | %u | – | %.2f | %s |\n", what, timing->n_items, timing->frame_ms,
             timing->frame_ms < 8 ? "met" : "**missed**");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(OutlayDataset) big = NULL;
  g_autoptr(OutlayDataset) bundled = NULL;
  g_autoptr(OutlayChart) chart = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *bundled_path = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_facts = argc > 1 ? (guint)g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  guint runs = 21;
  double first, last, middle;
  gint64 start;
  Timing timing;

  setlocale (LC_ALL, "");

  g_printerr ("Generating and loading %u facts…\n", n_facts);
  bytes = g_string_free_to_bytes (outlay_synthetic_generate (n_facts, 1));
  big = outlay_dataset_new_from_bytes (bytes, "synthetic", &error);
  if (big == NULL)
    g_error ("%s", error->message);

  bundled_path = g_build_filename (g_getenv ("OUTLAY_DATADIR") ? g_getenv ("OUTLAY_DATADIR") : PKGDATADIR,
                                   BUNDLED_DATASET, NULL);
  bundled = outlay_dataset_new_from_file (bundled_path, &error);
  if (bundled == NULL)
    g_error ("%s", error->message);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1400, 900);
  cr = cairo_create (surface);
  chart = outlay_timeline_chart_new ();
  outlay_chart_set_size (chart, 1400, 900);

  g_print ("## Timeline frames, %u facts, 1400 × 900, cairo image surface\n\n", n_facts);
  g_print ("| view | marks drawn | layout ms | frame ms (layout + draw) | frame < 8 ms |\n");
  g_print ("|---|---:|---:|---:|---|\n");

  /* The reference: the bundled dataset, whole */
  outlay_chart_set_dataset (chart, bundled);
  outlay_timeline_chart_get_data_range (OUTLAY_TIMELINE_CHART (chart), &first, &last);
  timing = time_view (chart, cr, first - 60, last + 60, runs);
  print_row ("reference: bundled dataset (36 facts), whole", &timing);

  outlay_chart_set_dataset (chart, big);
  start = g_get_monotonic_time ();
  outlay_timeline_chart_get_data_range (OUTLAY_TIMELINE_CHART (chart), &first, &last);
  g_print ("| index of %u facts, built once per dataset or filter change | – | %.1f | – | – |\n",
           n_facts, (g_get_monotonic_time () - start) / 1000.0);
  middle = (first + last) / 2;

  timing = time_view (chart, cr, first - 60, last + 60, runs);
  print_row ("whole range", &timing);
  timing = time_view (chart, cr, middle - 182, middle + 183, runs);
  print_row ("one year", &timing);
  timing = time_view (chart, cr, middle - 15, middle + 15, runs);
  print_row ("one month", &timing);
  timing = time_pan (chart, cr, runs);
  print_row ("panning a month, 12 px a frame", &timing);
  outlay_timeline_chart_set_visible_range (OUTLAY_TIMELINE_CHART (chart), first - 60, last + 60);
  timing = time_pan (chart, cr, runs);
  print_row ("panning the whole range, 12 px a frame", &timing);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return EXIT_SUCCESS;
}

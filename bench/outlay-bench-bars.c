/* outlay-bench-bars.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "outlay-bar-chart.h"

/* The capital spending chart laid out with many capex facts (issue 11:
 * it was quadratic, 123 s for 40,000 facts). Target: 100,000 capex facts
 * laid out in under 100 ms. The bundled dataset's chart is the reference,
 * timed in the same rounds, interleaved, since this machine drifts. */

/* @n capex facts over 50 entities, one in ten a part of the one before,
 * one in three with a stated dollar conversion */
static OutlayDataset *
make_capex (guint n)
{
  g_autoptr(GString) json = g_string_new ("{\"format\":\"outlay-dataset\",\"version\":1,"
                                          "\"title\":{\"en\":\"t\",\"ar\":\"t\"},\"entities\":[");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  OutlayDataset *dataset;

  for (guint i = 0; i < 50; i++)
    g_string_append_printf (json, "%s{\"id\":\"e%u\",\"kind\":\"company\",\"color\":\"#336699\","
                            "\"name\":{\"en\":\"Company %u\",\"ar\":\"شركة %u\"}}", i ? "," : "", i, i, i);
  g_string_append (json, "],\"sources\":[{\"id\":\"s\",\"publisher\":{\"en\":\"p\",\"ar\":\"p\"},"
                         "\"published\":\"2025\",\"language\":\"en\",\"title\":\"t\"}],\"facts\":[");
  for (guint i = 0; i < n; i++)
    {
      double value = 1e9 * (1 + (i * 7919) % 500);
      gboolean part = i % 10 == 9;

      g_string_append_printf (json, "%s{\"id\":\"f%u\",\"kind\":\"capex\",\"entity\":\"e%u\","
                              "\"amount\":{\"value\":%.0f,\"currency\":\"CNY\",\"qualifier\":\"%s\"},",
                              i ? "," : "", i, (part ? i - 1 : i) % 50, part ? value / 1000 : value,
                              i % 4 == 0 ? "at-least" : "exact");
      if (i % 3 == 0)
        g_string_append_printf (json, "\"conversions\":[{\"value\":%.0f,\"currency\":\"USD\","
                                "\"qualifier\":\"about\",\"source\":\"s\"}],", (part ? value / 1000 : value) / 7.1);
      if (part)
        g_string_append_printf (json, "\"part_of\":\"f%u\",", i - 1);
      g_string_append_printf (json, "\"period\":{\"start\":\"%u\"},\"label\":{\"en\":\"capex %u\",\"ar\":\"إنفاق\"},"
                              "\"citations\":[{\"source\":\"s\",\"quote\":\"q\",\"language\":\"en\","
                              "\"translation\":\"q\"}]}", 1990 + i % 40, i);
    }
  g_string_append (json, "]}");

  bytes = g_string_free_to_bytes (g_steal_pointer (&json));
  dataset = outlay_dataset_new_from_bytes (bytes, "capex.json", &error);
  if (dataset == NULL)
    g_error ("%s", error->message);
  return dataset;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *)a, db = *(const double *)b;

  return da < db ? -1 : da > db;
}

/* One layout: from scratch (the filters set again: the chart collects its
 * bars, sorts them, places them and their labels), or after a resize
 * (the bars kept, placed again) */
static double
time_layout (OutlayChart *chart,
             guint        round,
             gboolean     from_scratch)
{
  gint64 start;
  guint n;

  if (from_scratch)
    outlay_chart_set_hidden_entities (chart, NULL);
  outlay_chart_set_size (chart, 1400 + round % 2, 900);
  start = g_get_monotonic_time ();
  outlay_chart_get_n_marks (chart);
  outlay_bar_chart_get_bars (OUTLAY_BAR_CHART (chart), &n);
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  static const guint sizes[] = { 1000, 10000, 100000 };
  const guint rounds = 11;
  g_autoptr(OutlayDataset) bundled = NULL;
  g_autoptr(OutlayChart) reference = outlay_bar_chart_new (OUTLAY_FACT_CAPEX);
  g_autoptr(GError) error = NULL;
  g_autofree char *bundled_path = NULL;

  setlocale (LC_ALL, "");

  bundled_path = g_build_filename (g_getenv ("OUTLAY_DATADIR") ? g_getenv ("OUTLAY_DATADIR") : PKGDATADIR,
                                   BUNDLED_DATASET, NULL);
  bundled = outlay_dataset_new_from_file (bundled_path, &error);
  if (bundled == NULL)
    g_error ("%s", error->message);
  outlay_chart_set_dataset (reference, bundled);

  g_print ("## Capital spending chart, layout from scratch, 1400 × 900 (median of %u, interleaved)\n\n", rounds);
  g_print ("| capex facts | layout | ms | reference: bundled (4 bars) ms | ratio | under 100 ms |\n");
  g_print ("|---:|---|---:|---:|---:|---|\n");

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(OutlayDataset) dataset = make_capex (sizes[s]);
      g_autoptr(OutlayChart) chart = outlay_bar_chart_new (OUTLAY_FACT_CAPEX);
      double measured[11], references[11], ms, ref_ms;

      outlay_chart_set_dataset (chart, dataset);
      /* In dollars at the stated rates: every figure converted or listed */
      outlay_chart_set_currency (chart, "USD", OUTLAY_RATE_MODE_STATED, 0);
      for (guint pass = 0; pass < 2; pass++)
        {
          gboolean from_scratch = pass == 0;

          for (guint r = 0; r < rounds; r++)
            {
              measured[r] = time_layout (chart, r, from_scratch);
              references[r] = time_layout (reference, r, from_scratch);
            }
          qsort (measured, rounds, sizeof (double), compare_doubles);
          qsort (references, rounds, sizeof (double), compare_doubles);
          ms = measured[rounds / 2];
          ref_ms = references[rounds / 2];

          g_print ("| %u | %s | %.2f | %.3f | %.0f× | %s |\n", sizes[s],
                   from_scratch ? "from scratch" : "after a resize", ms, ref_ms, ms / ref_ms,
                   ms < 100 ? "met" : "**missed**");
        }
    }

  return EXIT_SUCCESS;
}

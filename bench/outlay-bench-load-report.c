/* outlay-bench-load-report.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "outlay-bench-load-private.h"

/* The loader benchmark's tables and targets, as Markdown */

const char * const shape_names[] = { "synthetic", "dense" };

static const char *
verdict (gboolean ok)
{
  return ok ? "met" : "**missed**";
}

static double
mb (gint64 bytes)
{
  return (double)bytes / (1024.0 * 1024.0);
}

static PerByte
per_byte (const Row    *r,
          const Sample *baseline)
{
  double file = (double)r->file_size;

  return (PerByte) {
    .peak_load = (double)(r->load_rss_kb - baseline->maxrss_kb) * 1024.0 / file,
    .peak_parse = (double)(r->parse_rss_kb - baseline->maxrss_kb) * 1024.0 / file,
    .kept_rss = (double)(r->load_rss_after_kb - baseline->rss_after_kb) * 1024.0 / file,
    .kept_heap = (double)r->load_heap / file,
  };
}

static void
print_time_tables (GArray       *rows,
                   const Sample *baseline)
{
  g_print ("| dataset | N | file MB | load ms | bare parse ms | load/parse | peak RSS load MB "
           "| peak RSS parse MB | RSS/fact KB |\n");
  g_print ("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
  for (guint i = 0; i < rows->len; i++)
    {
      const Row *r = &g_array_index (rows, Row, i);

      g_print ("| %s | %u | %.1f | %.1f | %.1f | %.2f | %.1f | %.1f | %.2f |\n",
               shape_names[r->shape], r->n_facts, mb (r->file_size), r->load_ms, r->parse_ms,
               r->load_ms / r->parse_ms,
               (double)r->load_rss_kb / 1024.0, (double)r->parse_rss_kb / 1024.0,
               (double)(r->load_rss_kb - baseline->maxrss_kb) / r->n_facts);
    }

  g_print ("\nPeak RSS includes the process's own %.1f MB (a child that does nothing); "
           "RSS/fact is (peak RSS load - that) / N.\n\n", (double)baseline->maxrss_kb / 1024.0);

  g_print ("| dataset | N | load ms min-max | parse ms min-max | heap kept after load MB "
           "| RSS kept after load MB | JSON tree heap MB | kept heap KB/fact "
           "| tree KB/fact |\n");
  g_print ("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
  for (guint i = 0; i < rows->len; i++)
    {
      const Row *r = &g_array_index (rows, Row, i);

      g_print ("| %s | %u | %.1f-%.1f | %.1f-%.1f | %.1f | %.1f | %.1f | %.2f | %.2f |\n",
               shape_names[r->shape], r->n_facts, r->load_ms_min, r->load_ms_max,
               r->parse_ms_min, r->parse_ms_max,
               mb (r->load_heap), (double)r->load_rss_after_kb / 1024.0, mb (r->parse_heap),
               (double)r->load_heap / 1024.0 / r->n_facts,
               (double)r->parse_heap / 1024.0 / r->n_facts);
    }

  g_print ("\nHeap figures are malloc's bytes in use (mallinfo2) after the call, less "
           "before it: after a load, the dataset and whatever the freed tree left "
           "allocated (GLib < 2.76's GSlice keeps freed nodes); after a bare parse, the "
           "tree. RSS kept is measured after malloc_trim().\n\n");
}

/* Memory per byte of the file: what the targets are about */
static void
print_memory_table (GArray       *rows,
                    const Sample *baseline)
{
  g_print ("| dataset | N | file MB | peak, load | kept RSS, load | kept heap, load "
           "| peak, bare parse (the tree) |\n");
  g_print ("|---|---:|---:|---:|---:|---:|---:|\n");
  for (guint i = 0; i < rows->len; i++)
    {
      const Row *r = &g_array_index (rows, Row, i);
      PerByte m = per_byte (r, baseline);

      g_print ("| %s | %u | %.1f | %.2f | %.2f | %.2f | %.2f |\n",
               shape_names[r->shape], r->n_facts, mb (r->file_size),
               m.peak_load, m.kept_rss, m.kept_heap, m.peak_parse);
    }

  g_print ("\nBytes of memory per byte of the file, above a child that does nothing: "
           "peak RSS (wait4's ru_maxrss), RSS kept after the load (after malloc_trim()), "
           "and malloc's heap kept (mallinfo2). The load's peak includes the file read "
           "into memory (1 per byte); json-glib's bare parse keeps the tree of the whole "
           "file, the floor of a load that builds it first.\n");
}

static gboolean
print_targets (GArray       *rows,
               const Sample *baseline)
{
  gboolean all_met = TRUE;
  const Row *largest = NULL;
  const Row *small = NULL, *large = NULL;

  g_print ("\n### Targets\n\n");

  for (guint i = 0; i < rows->len; i++)
    {
      const Row *r = &g_array_index (rows, Row, i);

      if (r->shape != SHAPE_SYNTHETIC)
        continue;
      largest = r;
      small = large;
      large = r;
    }

  if (largest != NULL && largest->n_facts >= 100000)
    {
      gboolean met = largest->load_ms < TARGET_LOAD_MS_100K;

      g_print ("- %u facts load well under a second: %.0f ms - %s\n",
               largest->n_facts, largest->load_ms, verdict (met));
      all_met &= met;
    }
  else
    {
      g_print ("- 100,000 facts load well under a second: not measured in this run\n");
    }

  for (guint i = 0; i < rows->len; i++)
    {
      const Row *r = &g_array_index (rows, Row, i);
      double ratio = r->load_ms / r->parse_ms;
      gboolean met = ratio <= TARGET_RATIO;

      g_print ("- loader <= %.0fx the bare parse, %s, %u facts: %.2fx - %s\n",
               TARGET_RATIO, shape_names[r->shape], r->n_facts, ratio, verdict (met));
      all_met &= met;
    }

  for (guint i = 0; i < rows->len; i++)
    {
      const Row *r = &g_array_index (rows, Row, i);
      PerByte m = per_byte (r, baseline);
      gboolean met = m.peak_load <= TARGET_PEAK_PER_BYTE && m.kept_rss <= TARGET_KEPT_PER_BYTE;

      g_print ("- memory, %s, %u facts: peak %.2f (<= %.0f) and kept %.2f (<= %.0f) bytes "
               "per byte of the file - %s\n",
               shape_names[r->shape], r->n_facts, m.peak_load, TARGET_PEAK_PER_BYTE,
               m.kept_rss, TARGET_KEPT_PER_BYTE, verdict (met));
      all_met &= met;
    }

  if (small != NULL)
    {
      double growth = (double)(large->load_rss_kb - baseline->maxrss_kb) /
                      (double)MAX (small->load_rss_kb - baseline->maxrss_kb, 1);
      double expected = (double)large->n_facts / small->n_facts;
      double heap_growth = (double)large->load_heap / (double)MAX (small->load_heap, 1);
      gboolean met = growth <= expected * TARGET_LINEAR_SLACK &&
                     growth >= expected / TARGET_LINEAR_SLACK;

      g_print ("- memory linear in N: from %u to %u facts (x%.0f), peak RSS above the "
               "baseline grows x%.2f and the heap the dataset keeps x%.2f - %s\n",
               small->n_facts, large->n_facts, expected, growth, heap_growth, verdict (met));
      all_met &= met;
    }

  return all_met;
}

/**
 * print_report:
 * @rows: (element-type Row): the measured rows
 * @baseline: a child that does nothing
 *
 * Returns: whether every target is met
 */
gboolean
print_report (GArray       *rows,
              const Sample *baseline)
{
  print_time_tables (rows, baseline);
  print_memory_table (rows, baseline);
  return print_targets (rows, baseline);
}

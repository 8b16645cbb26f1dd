/* outlay-bench-load-private.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Shared by the loader benchmark's two files: outlay-bench-load.c
 * measures, outlay-bench-load-report.c prints the tables and targets. */

/* The targets the numbers are printed against */
#define TARGET_LOAD_MS_100K 1000.0
#define TARGET_RATIO 2.0
#define TARGET_LINEAR_SLACK 1.25
#define TARGET_PEAK_PER_BYTE 8.0   /* peak memory of a load, per byte of the file */
#define TARGET_KEPT_PER_BYTE 3.0   /* what the dataset keeps, per byte of the file */

/* The realistic synthetic dataset, or the dense one: the worst case for
 * memory (bench/outlay-synthetic-dense.c) */
typedef enum
{
  SHAPE_SYNTHETIC,
  SHAPE_DENSE,
} Shape;

extern const char * const shape_names[];

typedef struct
{
  gint64 usec;
  gint64 heap_kept;
  gint64 rss_after_kb;
  gint64 maxrss_kb;
} Sample;

typedef struct
{
  Shape   shape;
  guint   n_facts;
  gint64  file_size;
  double  load_ms;
  double  load_ms_min;
  double  load_ms_max;
  double  parse_ms;
  double  parse_ms_min;
  double  parse_ms_max;
  gint64  load_rss_kb;
  gint64  parse_rss_kb;
  gint64  load_heap;
  gint64  parse_heap;
  gint64  load_rss_after_kb;
} Row;

/* Peak and kept memory of a row, per byte of its file */
typedef struct
{
  double peak_load;
  double peak_parse;
  double kept_rss;
  double kept_heap;
} PerByte;

gboolean print_report (GArray       *rows,
                       const Sample *baseline);

G_END_DECLS

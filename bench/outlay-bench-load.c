/* outlay-bench-load.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "outlay-bench-load-private.h"
#include "outlay-dataset.h"
#include "outlay-synthetic.h"

/* How long outlay_dataset_new_from_file() takes and how much memory it
 * needs, beside json-glib's bare parse of the same file, for synthetic
 * datasets of 1,000 to 100,000 facts.
 *
 * Every measurement runs in a child process of its own, so that each one
 * starts from the same heap and its peak resident size is its own: the
 * parent forks, the child times the one call with the monotonic clock and
 * writes the result into a pipe, and the parent reads the child's peak
 * resident size from wait4(). The parent stays small for that reason (a
 * forked child's resident size starts at its parent's): even the datasets
 * are generated in a child. */

#ifndef OUTLAY_BENCH_CACHE_DIR
#define OUTLAY_BENCH_CACHE_DIR NULL
#endif
#ifndef OUTLAY_BENCH_BUILDTYPE
#define OUTLAY_BENCH_BUILDTYPE "unknown"
#endif

typedef enum
{
  MEASURE_BASELINE,
  MEASURE_LOAD,
  MEASURE_PARSE,
} Measure;

/* What a child writes into the pipe */
typedef struct
{
  gint64   usec;
  gint64   heap_kept;     /* heap bytes still allocated after the call */
  gint64   rss_after_kb;  /* resident size after the call, free memory trimmed */
  gboolean ok;
  char     message[512];
} Report;

static gint64
heap_in_use (void)
{
#if defined(__GLIBC__) && __GLIBC_PREREQ (2, 33)
  struct mallinfo2 info = mallinfo2 ();

  return (gint64)(info.uordblks + info.hblkhd);
#else
  return -1;
#endif
}

/* What the process holds once malloc has handed back what it can: after a
 * load, the dataset (and whatever the freed JSON tree leaves behind) */
static gint64
resident_after_trim_kb (void)
{
  g_autofree char *statm = NULL;
  guint64 pages = 0;

#ifdef __GLIBC__
  malloc_trim (0);
#endif

  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL) ||
      sscanf (statm, "%*u %" G_GUINT64_FORMAT, &pages) != 1)
    return -1;

  return (gint64)(pages * (guint64)sysconf (_SC_PAGESIZE) / 1024);
}

static gboolean
write_all (int         fd,
           const void *data,
           gsize       size)
{
  const char *p = data;

  while (size > 0)
    {
      gssize written = write (fd, p, size);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        return FALSE;
      p += written;
      size -= (gsize)written;
    }

  return TRUE;
}

static gboolean
read_all (int   fd,
          void *data,
          gsize size)
{
  char *p = data;

  while (size > 0)
    {
      gssize got = read (fd, p, size);

      if (got < 0 && errno == EINTR)
        continue;
      if (got <= 0)
        return FALSE;
      p += got;
      size -= (gsize)got;
    }

  return TRUE;
}

/* Runs in the child. Only the call is timed; nothing is freed, as the
 * child exits at once (freeing is the app's business at quit, not at
 * load). */
G_GNUC_NORETURN static void
child_measure (Measure     measure,
               const char *path,
               int         fd)
{
  Report report = { 0 };
  GError *error = NULL;
  gint64 heap_before = heap_in_use ();
  gint64 start = 0, end = 0;

  switch (measure)
    {
    case MEASURE_LOAD:
      {
        OutlayDataset *dataset;

        start = g_get_monotonic_time ();
        dataset = outlay_dataset_new_from_file (path, &error);
        end = g_get_monotonic_time ();
        report.ok = dataset != NULL;
      }
      break;

    case MEASURE_PARSE:
      {
        JsonParser *parser = json_parser_new ();

        start = g_get_monotonic_time ();
        report.ok = json_parser_load_from_file (parser, path, &error);
        end = g_get_monotonic_time ();
      }
      break;

    case MEASURE_BASELINE:
    default:
      report.ok = TRUE;
      break;
    }

  report.usec = end - start;
  report.heap_kept = heap_before >= 0 ? heap_in_use () - heap_before : -1;
  report.rss_after_kb = resident_after_trim_kb ();
  if (error != NULL)
    g_strlcpy (report.message, error->message, sizeof report.message);

  _exit (write_all (fd, &report, sizeof report) ? 0 : 1);
}

G_GNUC_NORETURN static void
child_generate (Shape       shape,
                guint       n_facts,
                guint32     seed,
                const char *path,
                int         fd)
{
  Report report = { 0 };
  GError *error = NULL;
  gint64 start = g_get_monotonic_time ();

  if (shape == SHAPE_DENSE)
    report.ok = outlay_synthetic_write_dense (n_facts, path, &error);
  else
    report.ok = outlay_synthetic_write (n_facts, seed, path, &error);
  report.usec = g_get_monotonic_time () - start;
  if (error != NULL)
    g_strlcpy (report.message, error->message, sizeof report.message);

  _exit (write_all (fd, &report, sizeof report) ? 0 : 1);
}

/* Forks; the child runs @measure (or generates the file, for a @n_facts
 * other than 0) and reports through a pipe. */
static gboolean
run_child (Measure      measure,
           const char  *path,
           Shape        shape,
           guint        n_facts,
           guint32      seed,
           Sample      *sample,
           GError     **error)
{
  struct rusage usage = { 0 };
  Report report = { 0 };
  gboolean got_report;
  int fds[2];
  int status;
  pid_t pid;

  if (pipe (fds) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "pipe: %s", g_strerror (saved_errno));
      return FALSE;
    }

  fflush (stdout);
  fflush (stderr);

  pid = fork ();
  if (pid < 0)
    {
      int saved_errno = errno;

      close (fds[0]);
      close (fds[1]);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "fork: %s", g_strerror (saved_errno));
      return FALSE;
    }

  if (pid == 0)
    {
      close (fds[0]);
      if (n_facts > 0)
        child_generate (shape, n_facts, seed, path, fds[1]);
      child_measure (measure, path, fds[1]);
    }

  close (fds[1]);
  got_report = read_all (fds[0], &report, sizeof report);
  close (fds[0]);

  while (wait4 (pid, &status, 0, &usage) < 0)
    {
      if (errno != EINTR)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       "wait4: %s", g_strerror (saved_errno));
          return FALSE;
        }
    }

  if (!got_report || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "the child process failed (%s %d)",
                   WIFSIGNALED (status) ? "signal" : "status",
                   WIFSIGNALED (status) ? WTERMSIG (status) : WEXITSTATUS (status));
      return FALSE;
    }

  if (!report.ok)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", report.message);
      return FALSE;
    }

  sample->usec = report.usec;
  sample->heap_kept = report.heap_kept;
  sample->rss_after_kb = report.rss_after_kb;
  sample->maxrss_kb = usage.ru_maxrss;  /* kilobytes on Linux */

  return TRUE;
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *)a, y = *(const gint64 *)b;

  return (x > y) - (x < y);
}

static double
median_ms (gint64 *usec,
           guint   n)
{
  qsort (usec, n, sizeof *usec, compare_int64);

  if (n % 2 == 1)
    return (double)usec[n / 2] / 1000.0;
  return (double)(usec[n / 2 - 1] + usec[n / 2]) / 2000.0;
}

/* Generates the dataset of @n_facts facts unless the cache holds it. */
static char *
ensure_dataset (const char  *cache_dir,
                Shape        shape,
                guint        n_facts,
                guint32      seed,
                GError     **error)
{
  g_autofree char *name = shape == SHAPE_DENSE
    ? g_strdup_printf ("outlay-dense-v%d-%u-facts.json", OUTLAY_SYNTHETIC_DENSE_VERSION, n_facts)
    : g_strdup_printf ("outlay-synthetic-v%d-%u-facts-seed-%u.json",
                       OUTLAY_SYNTHETIC_VERSION, n_facts, seed);
  g_autofree char *path = g_build_filename (cache_dir, name, NULL);
  Sample sample;

  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&path);

  if (g_mkdir_with_parents (cache_dir, 0755) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", cache_dir, g_strerror (saved_errno));
      return NULL;
    }

  g_printerr ("Generating %s...\n", path);
  if (!run_child (MEASURE_BASELINE, path, shape, n_facts, seed, &sample, error))
    return NULL;
  g_printerr ("  %u facts in %.1f s\n", n_facts, (double)sample.usec / 1e6);

  return g_steal_pointer (&path);
}

static gboolean
measure_row (const char  *path,
             Shape        shape,
             guint        n_facts,
             guint        repeat,
             Row         *row,
             GError     **error)
{
  g_autofree gint64 *load_usec = g_new0 (gint64, repeat);
  g_autofree gint64 *parse_usec = g_new0 (gint64, repeat);
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", path, g_strerror (saved_errno));
      return FALSE;
    }

  row->shape = shape;
  row->n_facts = n_facts;
  row->file_size = (gint64)st.st_size;

  /* Alternated, so that a slow spell of the machine hits both alike */
  for (guint i = 0; i < repeat; i++)
    {
      Sample load, parse;

      if (!run_child (MEASURE_LOAD, path, shape, 0, 0, &load, error) ||
          !run_child (MEASURE_PARSE, path, shape, 0, 0, &parse, error))
        {
          g_prefix_error (error, "%s: ", path);
          return FALSE;
        }

      load_usec[i] = load.usec;
      parse_usec[i] = parse.usec;
      row->load_rss_kb = MAX (row->load_rss_kb, load.maxrss_kb);
      row->parse_rss_kb = MAX (row->parse_rss_kb, parse.maxrss_kb);
      row->load_heap = MAX (row->load_heap, load.heap_kept);
      row->parse_heap = MAX (row->parse_heap, parse.heap_kept);
      row->load_rss_after_kb = MAX (row->load_rss_after_kb, load.rss_after_kb);
    }

  row->load_ms = median_ms (load_usec, repeat);
  row->load_ms_min = (double)load_usec[0] / 1000.0;
  row->load_ms_max = (double)load_usec[repeat - 1] / 1000.0;
  row->parse_ms = median_ms (parse_usec, repeat);
  row->parse_ms_min = (double)parse_usec[0] / 1000.0;
  row->parse_ms_max = (double)parse_usec[repeat - 1] / 1000.0;

  return TRUE;
}

static char *
cpu_model (void)
{
  g_autofree char *cpuinfo = NULL;

  if (g_file_get_contents ("/proc/cpuinfo", &cpuinfo, NULL, NULL))
    {
      g_auto(GStrv) lines = g_strsplit (cpuinfo, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        {
          if (g_str_has_prefix (lines[i], "model name"))
            {
              const char *colon = strchr (lines[i], ':');

              if (colon != NULL)
                return g_strstrip (g_strdup (colon + 1));
            }
        }
    }

  return g_strdup ("unknown CPU");
}

/* The profiling mode: one call, in this process, for perf or callgrind */
static int
run_once (const char *what,
          const char *path)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  gboolean ok;

  if (g_strcmp0 (what, "load") == 0)
    {
      g_autoptr(OutlayDataset) dataset = outlay_dataset_new_from_file (path, &error);

      ok = dataset != NULL;
    }
  else if (g_strcmp0 (what, "parse") == 0)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();

      ok = json_parser_load_from_file (parser, path, &error);
    }
  else
    {
      g_printerr ("--once takes load or parse, not \"%s\"\n", what);
      return EXIT_FAILURE;
    }

  if (!ok)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  g_print ("%s %s: %.1f ms (freeing included)\n", what, path,
           (double)(g_get_monotonic_time () - start) / 1000.0);
  return EXIT_SUCCESS;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *cache_dir = NULL;
  g_autofree char *once = NULL;
  g_autofree char *cpu = cpu_model ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d %H:%M");
  gint64 seed = 1;
  int repeat = 5;
  gint64 dense = 100000;
  gboolean strict = FALSE;
  gboolean all_met;
  Sample baseline;
  const GOptionEntry entries[] = {
    { "repeat", 'r', 0, G_OPTION_ARG_INT, &repeat, "Runs of each measurement (default 5)", "R" },
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed, "Seed of the datasets (default 1)", "S" },
    { "cache-dir", 'd', 0, G_OPTION_ARG_FILENAME, &cache_dir,
      "Where the generated datasets are kept (default: in the build tree)", "DIR" },
    { "dense", 0, 0, G_OPTION_ARG_INT64, &dense,
      "Facts of the dense dataset, the worst case for memory (default 100000; 0: none)", "N" },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict, "Fail when a target is missed", NULL },
    { "once", 0, 0, G_OPTION_ARG_STRING, &once,
      "Run load or parse once on FILE in this process, for a profiler", "load|parse" },
    { NULL }
  };

  context = g_option_context_new ("[N...] - time the dataset loader against json-glib's parse");
  g_option_context_set_description (context,
    "N (synthetic facts) defaults to 1000 10000 100000. With --once, the argument is a "
    "dataset file.");
  g_option_context_add_main_entries (context, entries, NULL);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  if (once != NULL)
    {
      if (argc != 2)
        {
          g_printerr ("Usage: %s --once=load|parse FILE\n", g_get_prgname ());
          return EXIT_FAILURE;
        }
      return run_once (once, argv[1]);
    }

  if (repeat < 1 || seed < 0 || seed > G_MAXUINT32 || dense < 0 || dense > G_MAXUINT)
    {
      g_printerr ("--repeat must be at least 1, --seed from 0 to %u and --dense from 0 to %u\n",
                  G_MAXUINT32, G_MAXUINT);
      return EXIT_FAILURE;
    }

  for (int i = 1; i < argc; i++)
    {
      guint64 n;

      if (!g_ascii_string_to_unsigned (argv[i], 10, 1, G_MAXUINT, &n, &error))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
      g_array_append_val (sizes, n);
    }
  if (sizes->len == 0)
    {
      static const guint defaults[] = { 1000, 10000, 100000 };

      g_array_append_vals (sizes, defaults, G_N_ELEMENTS (defaults));
    }

  if (cache_dir == NULL)
    cache_dir = OUTLAY_BENCH_CACHE_DIR != NULL
                ? g_strdup (OUTLAY_BENCH_CACHE_DIR)
                : g_build_filename (g_get_user_cache_dir (), "outlay-bench", NULL);

  for (guint i = 0; i < sizes->len; i++)
    {
      Row row = { .shape = SHAPE_SYNTHETIC, .n_facts = g_array_index (sizes, guint, i) };

      g_array_append_val (rows, row);
    }
  if (dense > 0)
    {
      Row row = { .shape = SHAPE_DENSE, .n_facts = (guint)dense };

      g_array_append_val (rows, row);
    }

  /* Generating first keeps the measurements of one size close in time */
  for (guint i = 0; i < rows->len; i++)
    {
      const Row *r = &g_array_index (rows, Row, i);
      g_autofree char *path = ensure_dataset (cache_dir, r->shape, r->n_facts, (guint32)seed, &error);

      if (path == NULL)
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
    }

  if (!run_child (MEASURE_BASELINE, NULL, SHAPE_SYNTHETIC, 0, 0, &baseline, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  for (guint i = 0; i < rows->len; i++)
    {
      Row *r = &g_array_index (rows, Row, i);
      Shape shape = r->shape;
      guint n = r->n_facts;
      g_autofree char *path = ensure_dataset (cache_dir, shape, n, (guint32)seed, &error);

      g_printerr ("Measuring %u %s facts, %d runs...\n", n, shape_names[shape], repeat);
      if (path == NULL || !measure_row (path, shape, n, (guint)repeat, r, &error))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
    }

  g_print ("## Outlay loader benchmark\n\n");
  g_print ("%s; %s, %u cores; GLib %u.%u.%u, json-glib %s; build type %s; "
           "median of %d runs, each in a fresh process; seed %" G_GINT64_FORMAT ".\n\n",
           date, cpu, g_get_num_processors (),
           glib_major_version, glib_minor_version, glib_micro_version,
           JSON_VERSION_S, OUTLAY_BENCH_BUILDTYPE, repeat, seed);

  all_met = print_report (rows, &baseline);

  return strict && !all_met ? EXIT_FAILURE : EXIT_SUCCESS;
}

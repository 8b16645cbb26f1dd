/* test-cli.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "outlay-csv.h"
#include "outlay-dataset.h"

/* The outlay binary run as a user runs it, with no display and no session
 * bus: exit status, stdout, stderr and the files it leaves. */

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

#define RUN_TIMEOUT_S 60

/* A resource limit on the data segment of the next runs, if not 0 */
static rlim_t child_data_limit;

static void
limit_data_cb (gpointer user_data)
{
  struct rlimit limit = { child_data_limit, child_data_limit };

  setrlimit (RLIMIT_DATA, &limit);
}

static void
on_communicated_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

static void
run_outlay_argv (Run                  *run,
                 const char * const   *env_overrides,
                 GSpawnChildSetupFunc  child_setup,
                 const char * const   *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GMainContext) context = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GSource) timeout = NULL;
  gboolean timed_out = FALSE;

  g_ptr_array_add (argv, (char *)g_getenv ("OUTLAY_BIN"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *)args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* One child setup at a time: a limit on data, or the caller's */
  if (child_data_limit > 0 && child_setup == NULL)
    g_subprocess_launcher_set_child_setup (launcher, limit_data_cb, NULL, NULL);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "DBUS_SESSION_BUS_ADDRESS");
  for (guint i = 0; env_overrides != NULL && env_overrides[i] != NULL; i += 2)
    g_subprocess_launcher_setenv (launcher, env_overrides[i], env_overrides[i + 1], TRUE);
  if (child_setup != NULL)
    g_subprocess_launcher_set_child_setup (launcher, child_setup, NULL, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv->pdata, &error);
  g_assert_no_error (error);

  /* A run that hangs (a named pipe opened to read, say) fails the test
   * after a while, rather than stopping the suite until meson kills it */
  context = g_main_context_new ();
  g_main_context_push_thread_default (context);
  g_subprocess_communicate_utf8_async (process, NULL, NULL, on_communicated_cb, &result);
  timeout = g_timeout_source_new_seconds (RUN_TIMEOUT_S);
  g_source_set_callback (timeout, on_timeout_cb, &timed_out, NULL);
  g_source_attach (timeout, context);
  while (result == NULL && !timed_out)
    g_main_context_iteration (context, TRUE);
  g_source_destroy (timeout);

  if (timed_out)
    {
      g_subprocess_force_exit (process);
      g_subprocess_wait (process, NULL, NULL);
      g_main_context_pop_thread_default (context);
      g_error ("outlay did not finish in %d s", RUN_TIMEOUT_S);
    }

  g_subprocess_communicate_utf8_finish (process, result, &run->out, &run->err, &error);
  g_main_context_pop_thread_default (context);
  g_assert_no_error (error);
  if (g_subprocess_get_if_signaled (process))
    g_error ("outlay was killed by signal %d; stderr: %s", g_subprocess_get_term_sig (process), run->err);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
}

static void
run_outlay_env (Run                *run,
                const char * const *env_overrides,
                const char         *first_arg,
                ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  va_start (ap, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *)arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  run_outlay_argv (run, env_overrides, NULL, (const char * const *)args->pdata);
}

#define run_outlay(run, ...) run_outlay_env (run, NULL, __VA_ARGS__)

static char *
bundled_path (void)
{
  return g_build_filename (g_getenv ("OUTLAY_DATADIR"), BUNDLED_DATASET, NULL);
}

static void
test_validate (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *path = bundled_path ();
  g_autofree char *expected = g_strdup_printf ("%s: valid: 19 entities, 5 sources, 36 facts "
                                               "(20 figures, 16 events)\n", path);

  run_outlay (&run, "--validate", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_validate_bad (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("outlay-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *expected = NULL;

  g_assert_true (g_file_set_contents (path, "{\n  \"format\": \"outlay-dataset\",\n  \"version\": 1,,\n}", -1, NULL));
  run_outlay (&run, "--validate", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  expected = g_strdup_printf ("outlay: %s:3:15: not valid JSON: unexpected character `,', "
                              "expected string constant\n", path);
  g_assert_cmpstr (run.err, ==, expected);
  run_clear (&run);

  run_outlay (&run, "--validate", missing, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("outlay: %s: cannot open the file: No such file or directory\n", missing);
  g_assert_cmpstr (run.err, ==, expected);
  run_clear (&run);

  run_outlay (&run, "--validate", dir, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("outlay: %s: is a folder, not a dataset file\n", dir);
  g_assert_cmpstr (run.err, ==, expected);

  g_unlink (path);
  g_rmdir (dir);
}

/* 100,000 nested arrays or objects overflowed json-glib's stack */
static void
test_validate_deep (void)
{
  static const char * const opens[] = { "[", "{\"a\":" };
  g_autofree char *dir = g_dir_make_tmp ("outlay-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "deep.json", NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (opens); i++)
    {
      g_auto(Run) run = { 0 };
      g_autoptr(GString) json = g_string_new (NULL);
      g_autofree char *expected = NULL;

      for (guint n = 0; n < 100000; n++)
        g_string_append (json, opens[i]);
      g_assert_true (g_file_set_contents (path, json->str, (gssize)json->len, NULL));

      run_outlay (&run, "--validate", path, NULL);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      expected = g_strdup_printf ("outlay: %s:1:%u: arrays and objects are nested more than 64 "
                                  "levels deep\n", path, i == 0 ? 65 : 321);
      g_assert_cmpstr (run.err, ==, expected);
    }

  g_unlink (path);
  g_rmdir (dir);
}

/* A named pipe would be opened to read, which waits for a writer for
 * ever: with --validate, and as the window's dataset (the window would
 * never open) */
static void
test_validate_fifo (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("outlay-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "fifo.json", NULL);
  g_autofree char *expected = g_strdup_printf ("outlay: %s: is a named pipe, not a dataset file\n", path);

  g_assert_no_errno (mkfifo (path, 0600));

  run_outlay (&run, "--validate", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, expected);
  run_clear (&run);

  run_outlay (&run, path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, expected);

  g_unlink (path);
  g_rmdir (dir);
}

/* A folder whose name is not UTF-8: every line shows it as the file
 * chooser would, never its raw bytes */
static void
test_validate_name_not_utf8 (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "data", "ok", "minimal.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *dir = g_dir_make_tmp ("outlay-cli-\xff-XXXXXX", NULL);
  g_autofree char *good = g_build_filename (dir, "good.json", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *good_display = g_filename_display_name (good);
  g_autofree char *bad_display = g_filename_display_name (bad);
  g_autofree char *expected = NULL;

  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (good, contents, -1, NULL));
  g_assert_true (g_file_set_contents (bad, "{\n  \"format\": 1\n}\n", -1, NULL));

  run_outlay (&run, "--validate", good, NULL);
  g_assert_cmpint (run.status, ==, 0);
  expected = g_strdup_printf ("%s: valid: 1 entity, 1 source, 1 fact (1 figure, 0 events)\n", good_display);
  g_assert_cmpstr (run.out, ==, expected);
  run_clear (&run);

  run_outlay (&run, "--validate", bad, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("outlay: %s:1:1: not an Outlay dataset: field “format” is not a string\n",
                              bad_display);
  g_assert_cmpstr (run.err, ==, expected);

  g_unlink (good);
  g_unlink (bad);
  g_rmdir (dir);
}

/* A file too large for the memory there is (here a resource limit, as
 * "ulimit -d" sets) is refused before it is read, not loaded at the cost
 * of swapping or of malloc failing halfway. The sanitizers' shadow memory
 * does not fit such a limit. */
static void
test_validate_too_large (void)
{
#if defined(__SANITIZE_ADDRESS__)
  g_test_skip ("AddressSanitizer's shadow memory does not fit a data limit");
#else
  g_auto(Run) run = { 0 };
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "data", "ok", "minimal.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *dir = g_dir_make_tmp ("outlay-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.json", NULL);
  g_autofree char *prefix = NULL;
  g_autofree char *file_text = NULL;
  g_autofree char *needed_text = NULL;
  g_autoptr(GString) json = NULL;

  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));
  json = g_string_new (contents);
  while (json->len < 20 * 1000 * 1000)
    g_string_append_c (json, '\n');
  g_assert_true (g_file_set_contents (path, json->str, (gssize)json->len, NULL));

  child_data_limit = 64 * 1024 * 1024;
  run_outlay (&run, "--validate", path, NULL);
  child_data_limit = 0;

  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  /* The sizes as GLib writes them ("20.0 MB", with a no-break space);
   * what is available depends on what the program itself takes */
  file_text = g_format_size (json->len);
  needed_text = g_format_size (json->len * 4);
  prefix = g_strdup_printf ("outlay: %s: too large to load on this computer: a file of %s needs "
                            "about %s of memory, and ", path, file_text, needed_text);
  g_assert_true (g_str_has_prefix (run.err, prefix));
  g_assert_true (g_str_has_suffix (run.err, "MB is available\n"));

  g_unlink (path);
  g_rmdir (dir);
#endif
}

static void
test_usage_errors (void)
{
  static const struct {
    const char *args[4];
    const char *message;
  } cases[] = {
    { { "--bogus" }, "outlay: Unknown option --bogus\n" },
    { { "--validate" }, "outlay: Missing argument for --validate\n" },
    { { "a.json", "stray" }, "outlay: unexpected argument “stray”\n" },
    { { "--dataset", "a.json", "b.json" },
      "outlay: give the dataset once: as --dataset, --validate or a file name\n" },
    { { "--validate", "a.json", "--export", "b.csv" },
      "outlay: --validate takes its own file; it cannot be used with --export or --dataset\n" },
    { { "--export", "facts.txt" },
      "outlay: cannot tell what to export from the name “facts.txt”: it must end in "
      ".csv, .png, .svg or .pdf\n" },
    { { "--export", "chart.png" }, "outlay: --export of a chart needs --chart capex, campaign or timeline\n" },
    { { "--export", "chart.png", "--chart", "pie" }, "outlay: unknown chart “pie”: choose capex, campaign or timeline\n" },

    { { "--export", "facts.csv", "--rate", "-7" },
      "outlay: --rate must be a positive number of yuan per dollar, from 0.000001 to 1000000\n" },
    /* A rate that would make every figure infinite (issue 11, item 11) */
    { { "--export", "facts.csv", "--rate", "1e-300" },
      "outlay: --rate must be a positive number of yuan per dollar, from 0.000001 to 1000000\n" },
    { { "--export", "facts.csv", "--rate", "inf" },
      "outlay: --rate must be a positive number of yuan per dollar, from 0.000001 to 1000000\n" },
    { { "--rate", "seven" }, "outlay: Cannot parse double value “seven” for --rate\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *expected = g_strconcat (cases[i].message,
                                               "Run “outlay --help” to see the options.\n", NULL);

      run_outlay (&run, cases[i].args[0], cases[i].args[1], cases[i].args[2], cases[i].args[3], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, ==, expected);
    }
}

static void
test_chart_usage_errors (void)
{
  static const struct {
    const char *option, *value, *message;
  } cases[] = {
    { "--scale", "4", "outlay: --scale must be 1, 2 or 3\n" },
    { "--width", "10", "outlay: --width must be 320 to 8000 pixels and --height 240 to 8000\n" },
    { "--theme", "sepia", "outlay: --theme must be light, dark or high-contrast\n" },
    { "--direction", "up", "outlay: --direction must be ltr or rtl\n" },
    { "--currency", "yuan", "outlay: --currency must be an ISO 4217 code such as CNY or USD, not “yuan”\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *expected = g_strconcat (cases[i].message,
                                               "Run “outlay --help” to see the options.\n", NULL);

      run_outlay (&run, "--export", "never-written.png", "--chart", "capex",
                  cases[i].option, cases[i].value, NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.err, ==, expected);
      g_assert_false (g_file_test ("never-written.png", G_FILE_TEST_EXISTS));
    }
}

/* --hide and --hide-kind: a filter that hides something the chart draws
 * changes the file (the bars and the "Not shown" line), one that hides
 * nothing it draws (events, on the capex chart) leaves it byte for byte;
 * an id or kind that does not exist is a usage error that names it. */
static void
test_export_filters (void)
{
  g_autofree char *dir = g_dir_make_tmp ("outlay-cli-XXXXXX", NULL);
  const char *names[] = { "plain.png", "events-hidden.png", "bytedance-hidden.png", "listed.png" };
  char *paths[G_N_ELEMENTS (names)] = { NULL };
  char *bytes[G_N_ELEMENTS (names)] = { NULL };
  gsize lengths[G_N_ELEMENTS (names)];
  static const struct {
    const char *option, *value, *message;
  } errors[] = {
    { "--hide", "bytedance,nope", "outlay: --hide: the dataset has no entity “nope”; its entities are bytedance, " },
    { "--hide-kind", "events", "outlay: --hide-kind: there is no kind “events”; the kinds are capex, " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    paths[i] = g_build_filename (dir, names[i], NULL);

  {
    g_auto(Run) plain = { 0 }, events = { 0 }, bytedance = { 0 }, listed = { 0 };

    run_outlay (&plain, "--export", paths[0], "--chart", "capex", NULL);
    run_outlay (&events, "--export", paths[1], "--chart", "capex", "--hide-kind", "event", NULL);
    run_outlay (&bytedance, "--export", paths[2], "--chart", "capex", "--hide", "bytedance", NULL);
    run_outlay (&listed, "--export", paths[3], "--chart", "capex", "--hide", " tencent , bytedance,",
                "--hide-kind", "event", "--hide-kind", "prize", NULL);
    g_assert_cmpint (plain.status, ==, 0);
    g_assert_cmpint (events.status, ==, 0);
    g_assert_cmpint (bytedance.status, ==, 0);
    g_assert_cmpint (listed.status, ==, 0);
  }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_true (g_file_get_contents (paths[i], &bytes[i], &lengths[i], NULL));

  g_assert_true (lengths[0] == lengths[1] && memcmp (bytes[0], bytes[1], lengths[0]) == 0);
  g_assert_false (lengths[0] == lengths[2] && memcmp (bytes[0], bytes[2], lengths[0]) == 0);
  /* Tencent has no capex and prizes are not drawn here: as ByteDance alone */
  g_assert_true (lengths[2] == lengths[3] && memcmp (bytes[2], bytes[3], lengths[2]) == 0);

  for (guint i = 0; i < G_N_ELEMENTS (errors); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *never = g_build_filename (dir, "never.png", NULL);

      run_outlay (&run, "--export", never, "--chart", "capex", errors[i].option, errors[i].value, NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_true (g_str_has_prefix (run.err, errors[i].message));
      g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));
    }

  /* The CSV leaves out the same facts; filters anywhere else are an error */
  {
    g_auto(Run) all = { 0 }, filtered = { 0 }, summary = { 0 };
    g_autofree char *all_csv = g_build_filename (dir, "all.csv", NULL);
    g_autofree char *filtered_csv = g_build_filename (dir, "filtered.csv", NULL);
    g_autofree char *all_text = NULL;
    g_autofree char *filtered_text = NULL;
    g_auto(GStrv) all_lines = NULL;
    g_auto(GStrv) filtered_lines = NULL;
    guint n_events = 0;

    run_outlay (&all, "--export", all_csv, NULL);
    run_outlay (&filtered, "--export", filtered_csv, "--hide", "bytedance", "--hide-kind", "event", NULL);
    g_assert_cmpint (all.status, ==, 0);
    g_assert_cmpint (filtered.status, ==, 0);
    g_assert_true (g_file_get_contents (all_csv, &all_text, NULL, NULL));
    g_assert_true (g_file_get_contents (filtered_csv, &filtered_text, NULL, NULL));
    all_lines = g_strsplit (all_text, "\r\n", -1);
    filtered_lines = g_strsplit (filtered_text, "\r\n", -1);
    for (guint i = 1; all_lines[i] != NULL; i++)
      n_events += strstr (all_lines[i], ",event,") != NULL;
    g_assert_cmpuint (n_events, >, 0);
    g_assert_cmpuint (g_strv_length (filtered_lines), <, g_strv_length (all_lines) - n_events);
    g_assert_cmpstr (filtered_lines[0], ==, all_lines[0]);
    for (guint i = 1; filtered_lines[i] != NULL; i++)
      {
        g_assert_null (strstr (filtered_lines[i], ",event,"));
        g_assert_null (strstr (filtered_lines[i], ",bytedance,"));
      }
    g_assert_cmpint (g_remove (all_csv), ==, 0);
    g_assert_cmpint (g_remove (filtered_csv), ==, 0);

    run_outlay (&summary, "--summary", "--hide", "bytedance", NULL);
    g_assert_cmpint (summary.status, ==, 2);
    g_assert_cmpstr (summary.err, ==, "outlay: --hide and --hide-kind go with --export\n"
                                      "Run “outlay --help” to see the options.\n");
  }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_cmpint (g_remove (paths[i]), ==, 0);
      g_free (paths[i]);
      g_free (bytes[i]);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A chart with no display at all: the PNG at twice the default size. */
static void
test_export_chart (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("outlay-cli-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "campaign.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "capex.pdf", NULL);
  g_autofree char *bytes = NULL;
  g_autofree char *expected = g_strdup_printf ("Chart written to %s\n", png);
  gsize length;

  run_outlay (&run, "--export", png, "--chart", "campaign", "--scale", "2",
              "--currency", "USD", "--direction", "rtl", "--theme", "high-contrast", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpstr (run.err, ==, "");

  g_assert_true (g_file_get_contents (png, &bytes, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpmem (bytes, 8, "\x89PNG\r\n\x1a\n", 8);
  /* IHDR: 2400 × 1500 */
  g_assert_cmpmem (bytes + 16, 8, "\x00\x00\x09\x60\x00\x00\x05\xdc", 8);
  run_clear (&run);

  run_outlay (&run, "--export", pdf, "--chart", "capex", "--per-year", "--rate", "7.2",
              "--currency", "USD", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_clear_pointer (&bytes, g_free);
  g_assert_true (g_file_get_contents (pdf, &bytes, &length, NULL));
  g_assert_true (g_str_has_prefix (bytes, "%PDF-"));

  g_unlink (png);
  g_unlink (pdf);
  g_rmdir (dir);
}

static void
test_export_csv (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("outlay-cli-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "facts.csv", NULL);
  g_autofree char *path = bundled_path ();
  g_autoptr(OutlayDataset) dataset = outlay_dataset_new_from_file (path, NULL);
  g_autoptr(GBytes) expected = outlay_csv_from_facts (outlay_dataset_get_facts (dataset), 0);
  g_autofree char *expected_out = g_strdup_printf ("36 facts written to %s\n", out);
  g_autofree char *written = NULL;
  gsize length;

  run_outlay (&run, "--export", out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected_out);
  g_assert_cmpstr (run.err, ==, "");

  g_assert_true (g_file_get_contents (out, &written, &length, NULL));
  g_assert_cmpmem (written, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));

  g_unlink (out);
  g_rmdir (dir);
}

static void
test_export_other_dataset (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("outlay-cli-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "FACTS.CSV", NULL);
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", "csv.json", NULL);
  g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "data", "csv-expected.csv", NULL);
  g_autofree char *written = NULL, *expected = NULL;
  gsize written_length, expected_length;

  run_outlay (&run, "--export", out, "--dataset", fixture, NULL);
  g_assert_cmpint (run.status, ==, 0);

  g_assert_true (g_file_get_contents (out, &written, &written_length, NULL));
  g_assert_true (g_file_get_contents (expected_path, &expected, &expected_length, NULL));
  g_assert_cmpmem (written, written_length, expected, expected_length);

  g_unlink (out);
  g_rmdir (dir);
}

/* A dataset whose ids and labels start like spreadsheet formulas: the
 * CSV has them as text (README.md, "The CSV") */
static void
test_export_csv_formulas (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("outlay-cli-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "x.csv", NULL);
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", "csv-hostile.json", NULL);
  g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "data", "csv-hostile-expected.csv", NULL);
  g_autofree char *written = NULL, *expected = NULL;
  gsize written_length, expected_length;

  run_outlay (&run, "--export", out, "--dataset", fixture, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  g_assert_true (g_file_get_contents (out, &written, &written_length, NULL));
  g_assert_true (g_file_get_contents (expected_path, &expected, &expected_length, NULL));
  g_assert_cmpmem (written, written_length, expected, expected_length);

  g_unlink (out);
  g_rmdir (dir);
}

/* A failed export leaves no new file and never changes an existing one. */
static void
test_export_failures (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("outlay-cli-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "facts.csv", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "missing", "facts.csv", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  g_assert_true (g_file_set_contents (out, "precious", -1, NULL));
  g_assert_true (g_file_set_contents (bad, "[]", -1, NULL));

  run_outlay (&run, "--export", out, "--dataset", bad, NULL);
  g_assert_cmpint (run.status, ==, 1);
  expected = g_strdup_printf ("outlay: %s: not an Outlay dataset: the top level is not an object\n", bad);
  g_assert_cmpstr (run.err, ==, expected);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "precious");
  run_clear (&run);

  run_outlay (&run, "--export", nowhere, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("outlay: Cannot write in the folder of “%s”: No such file or directory\n", nowhere);
  g_assert_cmpstr (run.err, ==, expected);
  run_clear (&run);

  run_outlay (&run, "--export", dir, NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);

  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 2);

  g_unlink (out);
  g_unlink (bad);
  g_rmdir (dir);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* The names in @dir, sorted and joined by spaces: a leftover temporary
 * file shows up here */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **)names->pdata);
}

/* chmod 444: the file is kept, and said to be read-only. CI runs as root,
 * whom the mode bits do not stop: Outlay checks them itself. */
static void
test_export_read_only (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("outlay-cli-XXXXXX", NULL);
  g_autofree char *csv = g_build_filename (dir, "k.csv", NULL);
  g_autofree char *png = g_build_filename (dir, "k.png", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *names = NULL;

  g_assert_true (g_file_set_contents (csv, "precious", -1, NULL));
  g_assert_true (g_file_set_contents (png, "picture", -1, NULL));
  g_assert_cmpint (g_chmod (csv, 0444), ==, 0);
  g_assert_cmpint (g_chmod (png, 0444), ==, 0);

  run_outlay (&run, "--export", csv, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  expected = g_strdup_printf ("outlay: Cannot write “%s”: the file is read-only\n", csv);
  g_assert_cmpstr (run.err, ==, expected);
  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "precious");
  run_clear (&run);

  run_outlay (&run, "--export", png, "--chart", "capex", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("outlay: Cannot write “%s”: the file is read-only\n", png);
  g_assert_cmpstr (run.err, ==, expected);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (png, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "picture");

  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "k.csv k.png");

  g_unlink (csv);
  g_unlink (png);
  g_rmdir (dir);
}

/* ulimit -f 8, in the child between fork and exec */
static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { 8 * 1024, 8 * 1024 };

  setrlimit (RLIMIT_FSIZE, &limit);
}

/* Over the file size limit, an export is an error that says so, not a
 * process killed by SIGXFSZ with its temporary file left behind. Both
 * the CSV (9 KB) and the PNG (36 KB) of the bundled dataset pass 8 KB. */
static void
test_export_file_size_limit (void)
{
  g_autofree char *dir = g_dir_make_tmp ("outlay-cli-XXXXXX", NULL);
  static const char * const names[] = { "x.csv", "x.png", "x.svg", "x.pdf" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *expected = g_strdup_printf ("outlay: Cannot write “%s”: File too large\n", path);
      g_autofree char *listing = NULL;
      const char *csv_args[] = { "--export", path, NULL };
      const char *chart_args[] = { "--export", path, "--chart", "capex", NULL };

      run_outlay_argv (&run, NULL, limit_file_size, i == 0 ? csv_args : chart_args);
      g_assert_cmpstr (run.err, ==, expected);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      listing = list_dir (dir);
      g_assert_cmpstr (listing, ==, "");
    }

  g_rmdir (dir);
}

/* A name of 255 bytes, the most the file system takes, is written: the
 * temporary file beside it once was 8 bytes longer, and failed */
static void
test_export_longest_name (void)
{
  g_autofree char *dir = g_dir_make_tmp ("outlay-cli-XXXXXX", NULL);
  g_autoptr(GString) name = g_string_new (NULL);

  for (guint i = 0; i < 2; i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *path = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *listing = NULL;
      const char *extension = i == 0 ? ".csv" : ".svg";

      g_string_truncate (name, 0);
      while (name->len < 255 - strlen (extension))
        g_string_append_c (name, 'n');
      g_string_append (name, extension);
      path = g_build_filename (dir, name->str, NULL);

      if (i == 0)
        run_outlay (&run, "--export", path, NULL);
      else
        run_outlay (&run, "--export", path, "--chart", "timeline", NULL);
      g_assert_cmpstr (run.err, ==, "");
      g_assert_cmpint (run.status, ==, 0);
      expected = i == 0 ? g_strdup_printf ("36 facts written to %s\n", path)
                        : g_strdup_printf ("Chart written to %s\n", path);
      g_assert_cmpstr (run.out, ==, expected);
      listing = list_dir (dir);
      g_assert_cmpstr (listing, ==, name->str);
      g_unlink (path);
    }

  g_rmdir (dir);
}

static void
test_summary (void)
{
  g_auto(Run) run = { 0 };
  static const char * const missing_env[] = { "OUTLAY_DATADIR", "/nonexistent", NULL };

  run_outlay (&run, "--summary", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "China's AI spending race, 2025–2026\n"
                                            "19 entities, 5 sources, 36 facts (20 figures, 16 events)\n"));
  g_assert_nonnull (strstr (run.out, "  2025–2027             at least 380 bn yuan"));
  run_clear (&run);

  run_outlay_env (&run, missing_env, "--summary", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==,
                   "outlay: /nonexistent/china-ai-spending.json: cannot open the file: No such file or directory\n"
                   "outlay: the bundled dataset is missing; install Outlay, run it through "
                   "“meson devenv”, or set OUTLAY_DATADIR\n");
}

/* Tab and newline may be in a dataset's texts; on a terminal they would
 * break the table's lines, and a label could forge a line of figures */
static void
test_summary_controls (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "data", "ok", "minimal.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *dir = g_dir_make_tmp ("outlay-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "controls.json", NULL);
  g_autoptr(GString) json = NULL;

  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));
  json = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (json, "\"en\": \"Example\"", "\"en\": \"Ex\\tample\"", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (json, "\"en\": \"Acme capex, 2025\"",
                                      "\"en\": \"Acme capex\\n  2025                  "
                                      "about 9 bn yuan               (corrected)\"", 1), ==, 1);
  g_assert_true (g_file_set_contents (path, json->str, -1, NULL));

  run_outlay (&run, "--summary", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==,
                   "Ex\\tample\n"
                   "1 entity, 1 source, 1 fact (1 figure, 0 events)\n"
                   "\n"
                   "  2025                  about 1 bn yuan               Acme capex\\n  2025"
                   "                  about 9 bn yuan               (corrected)\n");

  g_unlink (path);
  g_rmdir (dir);
}

/* With no command the window would open; a dataset that cannot be read
 * is said on stderr first, with no display needed. */
static void
test_window_bad_dataset (void)
{
  g_auto(Run) run = { 0 };

  run_outlay (&run, "--dataset", "/nonexistent.json", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "outlay: /nonexistent.json: cannot open the file: No such file or directory\n");
  run_clear (&run);

  /* The same, given as a plain file name */
  run_outlay (&run, "/nonexistent.json", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "outlay: /nonexistent.json: cannot open the file: No such file or directory\n");
}

/* A file name works as --dataset does, for the other commands too */
static void
test_dataset_argument (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "ok", "minimal.json", NULL);

  run_outlay (&run, "--summary", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "Example\n"));
}

static void
test_version (void)
{
  g_auto(Run) run = { 0 };

  run_outlay (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Outlay " PACKAGE_VERSION "\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outlay/cli/validate", test_validate);
  g_test_add_func ("/outlay/cli/validate-bad", test_validate_bad);
  g_test_add_func ("/outlay/cli/validate-deep", test_validate_deep);
  g_test_add_func ("/outlay/cli/validate-fifo", test_validate_fifo);
  g_test_add_func ("/outlay/cli/validate-name-not-utf8", test_validate_name_not_utf8);
  g_test_add_func ("/outlay/cli/validate-too-large", test_validate_too_large);
  g_test_add_func ("/outlay/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/outlay/cli/chart-usage-errors", test_chart_usage_errors);
  g_test_add_func ("/outlay/cli/export-chart", test_export_chart);
  g_test_add_func ("/outlay/cli/export-csv", test_export_csv);
  g_test_add_func ("/outlay/cli/export-filters", test_export_filters);
  g_test_add_func ("/outlay/cli/export-other-dataset", test_export_other_dataset);
  g_test_add_func ("/outlay/cli/export-csv-formulas", test_export_csv_formulas);
  g_test_add_func ("/outlay/cli/export-failures", test_export_failures);
  g_test_add_func ("/outlay/cli/export-read-only", test_export_read_only);
  g_test_add_func ("/outlay/cli/export-file-size-limit", test_export_file_size_limit);
  g_test_add_func ("/outlay/cli/export-longest-name", test_export_longest_name);
  g_test_add_func ("/outlay/cli/summary", test_summary);
  g_test_add_func ("/outlay/cli/summary-controls", test_summary_controls);
  g_test_add_func ("/outlay/cli/window-bad-dataset", test_window_bad_dataset);
  g_test_add_func ("/outlay/cli/version", test_version);
  g_test_add_func ("/outlay/cli/dataset-argument", test_dataset_argument);

  return g_test_run ();
}

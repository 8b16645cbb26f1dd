/* test-chart-export.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "outlay-bar-chart.h"
#include "outlay-chart-export.h"
#include "outlay-test-data.h"

/* Exported files checked by what reads them: the PNG's own header, and
 * xmllint, rsvg-convert and pdftoppm, which build-aux/deps.sh installs. */

typedef struct
{
  OutlayDataset *dataset;
  OutlayChart   *chart;
  char          *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dataset = outlay_test_load_bundled ();
  fixture->chart = outlay_bar_chart_new (OUTLAY_FACT_CAMPAIGN_BUDGET);
  outlay_chart_set_dataset (fixture->chart, fixture->dataset);
  outlay_chart_set_size (fixture->chart, 800, 500);
  fixture->dir = g_dir_make_tmp ("outlay-export-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->dir);

  g_free (fixture->dir);
  g_assert_finalize_object (fixture->chart);
  g_assert_finalize_object (fixture->dataset);
}

static char *
read_file (const char *path,
           gsize      *length)
{
  char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

static guint32
read_be32 (const char *p)
{
  return ((guint32)(guchar)p[0] << 24) | ((guint32)(guchar)p[1] << 16) |
         ((guint32)(guchar)p[2] << 8) | (guint32)(guchar)p[3];
}

static void
assert_png (const char *path,
            guint       width,
            guint       height)
{
  gsize length;
  g_autofree char *png = read_file (path, &length);

  g_assert_cmpuint (length, >, 33);
  g_assert_cmpmem (png, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (png + 12, 4, "IHDR", 4);
  g_assert_cmpuint (read_be32 (png + 16), ==, width);
  g_assert_cmpuint (read_be32 (png + 20), ==, height);
}

static void
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  g_autofree char *program = g_find_program_in_path (argv[0]);
  int status;

  if (program == NULL)
    g_error ("%s is needed to check exports; build-aux/deps.sh installs it", argv[0]);

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                NULL, NULL, NULL, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
}

static void
test_png_scales (Fixture       *fixture,
                 gconstpointer  data)
{
  for (guint scale = 1; scale <= 3; scale++)
    {
      g_autofree char *name = g_strdup_printf ("chart@%u.png", scale);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autoptr(GError) error = NULL;

      g_assert_true (outlay_chart_export (fixture->chart, path, OUTLAY_EXPORT_PNG, scale, &error));
      g_assert_no_error (error);
      assert_png (path, 800 * scale, 500 * scale);
    }
}

/* The PNG encoder loses nothing: decoded, the file holds exactly the
 * pixels the chart draws onto an image surface. */
static void
test_png_pixels (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "pixels.png", NULL);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *decoded, *drawn;
  cairo_t *cr;
  int stride;

  outlay_chart_set_theme (fixture->chart, OUTLAY_CHART_THEME_DARK);
  g_assert_true (outlay_chart_export (fixture->chart, path, OUTLAY_EXPORT_PNG, 2, &error));
  g_assert_no_error (error);

  decoded = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (decoded), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (decoded), ==, 1600);
  g_assert_cmpint (cairo_image_surface_get_height (decoded), ==, 1000);

  drawn = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1600, 1000);
  cr = cairo_create (drawn);
  cairo_scale (cr, 2, 2);
  outlay_chart_draw (fixture->chart, cr);
  cairo_destroy (cr);
  cairo_surface_flush (drawn);

  /* Opaque, so written as RGB and read back as opaque ARGB32 */
  stride = cairo_image_surface_get_stride (drawn);
  g_assert_cmpint (cairo_image_surface_get_stride (decoded), ==, stride);
  for (int y = 0; y < 1000; y++)
    g_assert_cmpmem (cairo_image_surface_get_data (decoded) + (gsize)y * stride, 1600 * 4,
                     cairo_image_surface_get_data (drawn) + (gsize)y * stride, 1600 * 4);

  cairo_surface_destroy (decoded);
  cairo_surface_destroy (drawn);
}

static void
test_svg (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "chart.svg", NULL);
  g_autofree char *rendered = g_build_filename (fixture->dir, "svg.png", NULL);
  g_autofree char *svg = NULL;
  g_autoptr(GError) error = NULL;

  outlay_chart_set_direction (fixture->chart, PANGO_DIRECTION_RTL);
  outlay_chart_set_language (fixture->chart, "ar");
  g_assert_true (outlay_chart_export (fixture->chart, path, OUTLAY_EXPORT_SVG, 1, &error));
  g_assert_no_error (error);

  svg = read_file (path, NULL);
  g_assert_true (g_str_has_prefix (svg, "<?xml"));
  g_assert_nonnull (strstr (svg, "<svg"));
  g_assert_nonnull (strstr (svg, "width=\"800"));

  run_tool ((const char *[]) { "xmllint", "--noout", path, NULL });
  run_tool ((const char *[]) { "rsvg-convert", "-o", rendered, path, NULL });
  assert_png (rendered, 800, 500);
}

static void
test_pdf (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "chart.pdf", NULL);
  g_autofree char *prefix = g_build_filename (fixture->dir, "page", NULL);
  g_autofree char *page = g_build_filename (fixture->dir, "page-1.png", NULL);
  g_autofree char *pdf = NULL;
  g_autoptr(GError) error = NULL;

  outlay_chart_set_theme (fixture->chart, OUTLAY_CHART_THEME_DARK);
  g_assert_true (outlay_chart_export (fixture->chart, path, OUTLAY_EXPORT_PDF, 1, &error));
  g_assert_no_error (error);

  pdf = read_file (path, NULL);
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));

  /* 600 × 375 pt at 96 dpi is 800 × 500 px */
  run_tool ((const char *[]) { "pdftoppm", "-png", "-r", "96", "-singlefile", path, prefix, NULL });
  g_clear_pointer (&page, g_free);
  page = g_strconcat (prefix, ".png", NULL);
  assert_png (page, 800, 500);
}

static void
test_format_from_path (void)
{
  OutlayExportFormat format;

  g_assert_true (outlay_export_format_from_path ("a.png", &format));
  g_assert_cmpuint (format, ==, OUTLAY_EXPORT_PNG);
  g_assert_true (outlay_export_format_from_path ("/x/A.SVG", &format));
  g_assert_cmpuint (format, ==, OUTLAY_EXPORT_SVG);
  g_assert_true (outlay_export_format_from_path ("b.pdf", &format));
  g_assert_cmpuint (format, ==, OUTLAY_EXPORT_PDF);
  g_assert_false (outlay_export_format_from_path ("b.jpeg", &format));
  g_assert_false (outlay_export_format_from_path ("png", &format));
}

static void
test_unwritable_folder (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "missing", "chart.svg", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (outlay_chart_export (fixture->chart, path, OUTLAY_EXPORT_SVG, 1, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* The disk fills up half way through a PNG: the old file stays whole and
 * no temporary file is left (the file size limit stands in for a full
 * disk, as in test-atomic-file). */
static void
test_full_disk_keeps_old_file (Fixture       *fixture,
                               gconstpointer  data)
{
  const char *dir = g_getenv ("OUTLAY_TEST_DIR");

  if (g_test_subprocess ())
    {
      g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
      struct rlimit limit = { 16384, 16384 };
      g_autoptr(GError) error = NULL;
      g_autoptr(GDir) listing = NULL;
      g_autofree char *contents = NULL;
      guint n_files = 0;

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      g_assert_false (outlay_chart_export (fixture->chart, path, OUTLAY_EXPORT_PNG, 3, &error));
      g_assert_nonnull (error);

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "old chart");
      listing = g_dir_open (dir, 0, NULL);
      while (g_dir_read_name (listing) != NULL)
        n_files++;
      g_assert_cmpuint (n_files, ==, 1);
      return;
    }
  else
    {
      g_autofree char *path = g_build_filename (fixture->dir, "chart.png", NULL);
      g_autofree char *contents = NULL;

      g_assert_true (g_file_set_contents (path, "old chart", -1, NULL));
      g_setenv ("OUTLAY_TEST_DIR", fixture->dir, TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "old chart");
    }
}

/* The PNG's chunks after the signature, as "TYPE:DATA" byte strings */
static GPtrArray *
read_png_chunks (const char *path)
{
  gsize length;
  g_autofree char *png = read_file (path, &length);
  GPtrArray *chunks = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);
  gsize at = 8;

  g_assert_cmpmem (png, 8, "\x89PNG\r\n\x1a\n", 8);
  while (at + 12 <= length)
    {
      guint32 size = read_be32 (png + at);

      g_assert_cmpuint (at + 12 + size, <=, length);
      g_ptr_array_add (chunks, g_bytes_new (png + at + 4, 4 + size));
      at += 12 + size;
    }
  g_assert_cmpuint (at, ==, length);

  return chunks;
}

/* The title is UTF-8, so it goes in an iTXt chunk, with the chart's
 * language: tEXt is Latin-1, and an Arabic title there reads as garbage */
static void
test_png_title (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "title.png", NULL);
  g_autofree char *po_dir = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) chunks = NULL;
  g_autofree char *title = NULL;
  g_autofree char *expected = NULL;
  gsize expected_length;
  guint n_titles = 0;
  gboolean has_software = FALSE;

  /* In Arabic, from the translation the build made: "ميزانيات الحملات" */
  bindtextdomain (GETTEXT_PACKAGE, po_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", "ar", TRUE);
  /* The tests run in C.UTF-8, where gettext heeds LANGUAGE; in plain C it
   * would not */
  setlocale (LC_MESSAGES, "C.UTF-8");
  outlay_chart_set_direction (fixture->chart, PANGO_DIRECTION_RTL);
  outlay_chart_set_language (fixture->chart, "ar");
  title = outlay_chart_dup_title (fixture->chart);
  g_assert_cmpstr (title, ==, "ميزانيات الحملات");
  g_assert_true (outlay_chart_export (fixture->chart, path, OUTLAY_EXPORT_PNG, 1, &error));
  g_assert_no_error (error);
  g_setenv ("LANGUAGE", "", TRUE);
  setlocale (LC_MESSAGES, "C");
  /* Binding again drops what gettext cached */
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);

  /* keyword NUL, not compressed, method 0, language NUL, no translated
   * keyword NUL, then the text */
  expected_length = 4 + strlen ("Title") + 3 + strlen ("ar") + 2 + strlen (title);
  expected = g_malloc (expected_length);
  memcpy (expected, "iTXtTitle\0\0\0ar\0\0", 4 + 5 + 3 + 2 + 2);
  memcpy (expected + 16, title, strlen (title));

  chunks = read_png_chunks (path);
  for (guint i = 0; i < chunks->len; i++)
    {
      gsize size;
      const char *chunk = g_bytes_get_data (g_ptr_array_index (chunks, i), &size);

      if (size >= 10 && memcmp (chunk + 4, "Title\0", 6) == 0)
        {
          g_assert_cmpmem (chunk, size, expected, expected_length);
          n_titles++;
        }
      if (size >= 13 && memcmp (chunk, "tEXtSoftware\0", 13) == 0)
        has_software = TRUE;
    }
  g_assert_cmpuint (n_titles, ==, 1);
  g_assert_true (has_software);
}

/* The picture @chart exports as @format, as PNG bytes: cairo numbers the
 * ids in an SVG across a process, so two SVGs of one picture differ in
 * their text; rendered by librsvg they do not */
static char *
export_picture (Fixture            *fixture,
                OutlayExportFormat  format,
                gsize              *length)
{
  g_autofree char *path = g_build_filename (fixture->dir, format == OUTLAY_EXPORT_SVG ? "chart.svg" : "chart.png", NULL);
  g_autofree char *rendered = g_build_filename (fixture->dir, "rendered.png", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (outlay_chart_export (fixture->chart, path, format, 1, &error));
  g_assert_no_error (error);
  if (format == OUTLAY_EXPORT_PNG)
    return read_file (path, length);

  run_tool ((const char *[]) { "rsvg-convert", "-o", rendered, path, NULL });
  return read_file (rendered, length);
}

/* A file is a clean figure: whatever is selected on screen is not in it,
 * and stays selected on screen */
static void
test_no_selection (Fixture       *fixture,
                   gconstpointer  data)
{
  static const OutlayExportFormat formats[] = { OUTLAY_EXPORT_PNG, OUTLAY_EXPORT_SVG };
  const char *id;

  g_assert_cmpuint (outlay_chart_get_n_marks (fixture->chart), >, 0);
  id = outlay_fact_get_id (outlay_chart_get_mark (fixture->chart, 0)->fact);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *selected = NULL, *clean = NULL;
      gsize selected_length, clean_length;

      outlay_chart_set_selected (fixture->chart, id);
      selected = export_picture (fixture, formats[i], &selected_length);
      g_assert_cmpstr (outlay_chart_get_selected (fixture->chart), ==, id);

      outlay_chart_set_selected (fixture->chart, NULL);
      clean = export_picture (fixture, formats[i], &clean_length);
      g_assert_cmpmem (selected, selected_length, clean, clean_length);
    }
}

/* The export dialog: the type the user picks wins, and the name's
 * extension follows it; a type left as the dialog opened with it gives
 * way to an extension the user typed */
static void
test_choose_name (void)
{
  static const struct {
    const char         *name;
    gboolean            picked;
    OutlayExportFormat  type;
    const char         *expected;
    OutlayExportFormat  format;
  } cases[] = {
    { "outlay-capex.png", TRUE, OUTLAY_EXPORT_SVG, "outlay-capex.svg", OUTLAY_EXPORT_SVG },
    { "outlay-capex.png", TRUE, OUTLAY_EXPORT_PDF, "outlay-capex.pdf", OUTLAY_EXPORT_PDF },
    { "outlay-capex.png", TRUE, OUTLAY_EXPORT_PNG, "outlay-capex.png", OUTLAY_EXPORT_PNG },
    { "chart", TRUE, OUTLAY_EXPORT_PDF, "chart.pdf", OUTLAY_EXPORT_PDF },
    { "Chart.SVG", TRUE, OUTLAY_EXPORT_SVG, "Chart.SVG", OUTLAY_EXPORT_SVG },
    { "Chart.SVG", TRUE, OUTLAY_EXPORT_PNG, "Chart.png", OUTLAY_EXPORT_PNG },
    { "report.v2", TRUE, OUTLAY_EXPORT_SVG, "report.v2.svg", OUTLAY_EXPORT_SVG },
    { "chart.pdf", FALSE, OUTLAY_EXPORT_PNG, "chart.pdf", OUTLAY_EXPORT_PDF },
    { "chart", FALSE, OUTLAY_EXPORT_PNG, "chart.png", OUTLAY_EXPORT_PNG },
    { "chart.jpeg", FALSE, OUTLAY_EXPORT_PNG, "chart.jpeg.png", OUTLAY_EXPORT_PNG },
    { "رسم.png", TRUE, OUTLAY_EXPORT_PDF, "رسم.pdf", OUTLAY_EXPORT_PDF },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      OutlayExportFormat format = 99;
      g_autofree char *name = outlay_export_choose_name (cases[i].name, cases[i].picked, cases[i].type, &format);

      g_test_message ("%s, %s %u", cases[i].name, cases[i].picked ? "picked" : "left", cases[i].type);
      g_assert_cmpstr (name, ==, cases[i].expected);
      g_assert_cmpuint (format, ==, cases[i].format);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/outlay/chart-export/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("png-scales", test_png_scales);
  ADD ("png-pixels", test_png_pixels);
  ADD ("svg", test_svg);
  ADD ("pdf", test_pdf);
  ADD ("png-title", test_png_title);
  ADD ("no-selection", test_no_selection);
  ADD ("unwritable-folder", test_unwritable_folder);
  ADD ("full-disk-keeps-old-file", test_full_disk_keeps_old_file);

#undef ADD

  g_test_add_func ("/outlay/chart-export/format-from-path", test_format_from_path);
  g_test_add_func ("/outlay/chart-export/choose-name", test_choose_name);

  return g_test_run ();
}

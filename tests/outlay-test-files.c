/* outlay-test-files.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "outlay-test-files.h"

/* Exported charts checked by the programs that read them (xmllint,
 * rsvg-convert and pdftoppm, which build-aux/deps.sh installs), and the
 * picture of one format compared with another's.
 *
 * Two pictures are compared pixel by pixel, both ways (what one draws and
 * the other does not shows only in the one's pixels), by two measures:
 *
 * - unmatched: the fraction of pixels that no pixel of the other picture
 *   within 1 px matches within CHANNEL_TOLERANCE in every channel. The
 *   three renderers rasterise glyphs and snap strokes differently, so
 *   honest files leave up to 1 % of a small chart unmatched, more than a
 *   thin line across a large one leaves: this measure only catches gross
 *   faults (a blank page, a wrong scale).
 * - stray: the pixels that nothing within 1 px matches even within
 *   FAINT_TOLERANCE, where the other picture is plain (one colour within
 *   FAINT_TOLERANCE for FLAT_RADIUS px around). Renderer differences sit
 *   at edges both pictures have; a mark or a line one picture draws and
 *   the other does not stands on plain ground. Honest files leave none.
 *   Issue 12 item 7's stray line is 29/255 from the white under it in
 *   poppler's rendering, hence FAINT_TOLERANCE well under that. */

#define CHANNEL_TOLERANCE 48
#define FAINT_TOLERANCE 16
#define FLAT_RADIUS 2

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32)p[0] << 24) | ((guint32)p[1] << 16) | ((guint32)p[2] << 8) | (guint32)p[3];
}

GBytes *
outlay_test_read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

void
outlay_test_assert_png_file (const char *path,
                             int         width,
                             int         height)
{
  g_autoptr(GBytes) bytes = outlay_test_read_bytes (path);
  gsize length;
  const guint8 *png = g_bytes_get_data (bytes, &length);

  g_assert_cmpuint (length, >, 33);
  g_assert_cmpmem (png, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (png + 12, 4, "IHDR", 4);
  g_assert_cmpuint (read_be32 (png + 16), ==, (guint32)width);
  g_assert_cmpuint (read_be32 (png + 20), ==, (guint32)height);
}

/* A PDF's header and trailer; pdftoppm reads the rest */
void
outlay_test_assert_pdf_file (const char *path)
{
  g_autoptr(GBytes) bytes = outlay_test_read_bytes (path);
  gsize length;
  const char *pdf = g_bytes_get_data (bytes, &length);

  g_assert_cmpuint (length, >, 16);
  g_assert_cmpmem (pdf, 5, "%PDF-", 5);
  g_assert_nonnull (g_strstr_len (pdf + length - 16, 16, "%%EOF"));
}

/* Runs a checker or a renderer; it must exit with 0 */
void
outlay_test_run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  g_autofree char *program = g_find_program_in_path (argv[0]);
  int status;

  if (program == NULL)
    g_error ("%s is needed to check exported files; build-aux/deps.sh installs it", argv[0]);

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                NULL, NULL, NULL, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    {
      g_autofree char *command = g_strjoinv (" ", (char **)argv);

      g_error ("%s: %s\n%s", command, error->message, err);
    }
}

void
outlay_test_render_svg (const char *svg,
                        const char *png,
                        int         width,
                        int         height)
{
  g_autofree char *w = g_strdup_printf ("%d", width);
  g_autofree char *h = g_strdup_printf ("%d", height);

  outlay_test_run_tool ((const char *[]) { "rsvg-convert", "-w", w, "-h", h, "-o", png, svg, NULL });
  outlay_test_assert_png_file (png, width, height);
}

/* An exported page is the chart's size in points, 3/4 of a pixel: 96 dpi
 * gives the PNG's size, and -scale-to-x/-y make it exact whatever the
 * rounding. With -singlefile, pdftoppm writes PREFIX.png. */
void
outlay_test_render_pdf (const char *pdf,
                        const char *png,
                        int         width,
                        int         height)
{
  g_autofree char *w = g_strdup_printf ("%d", width);
  g_autofree char *h = g_strdup_printf ("%d", height);
  g_autofree char *prefix = NULL;

  g_assert_true (g_str_has_suffix (png, ".png"));
  prefix = g_strndup (png, strlen (png) - strlen (".png"));
  outlay_test_run_tool ((const char *[]) { "pdftoppm", "-png", "-r", "96", "-scale-to-x", w, "-scale-to-y", h,
                                           "-singlefile", pdf, prefix, NULL });
  outlay_test_assert_png_file (png, width, height);
}

/* A PNG file as opaque RGB24, flattened on white (rsvg-convert writes
 * RGBA, the export and pdftoppm RGB) */
cairo_surface_t *
outlay_test_load_picture (const char *path)
{
  cairo_surface_t *file = cairo_image_surface_create_from_png (path);
  cairo_surface_t *picture;
  cairo_t *cr;

  g_assert_cmpint (cairo_surface_status (file), ==, CAIRO_STATUS_SUCCESS);
  picture = cairo_image_surface_create (CAIRO_FORMAT_RGB24, cairo_image_surface_get_width (file),
                                        cairo_image_surface_get_height (file));
  cr = cairo_create (picture);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_surface (cr, file, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_flush (picture);
  cairo_surface_destroy (file);

  return picture;
}

static inline guint32
pixel_at (cairo_surface_t *picture,
          int              x,
          int              y)
{
  const guint8 *row = cairo_image_surface_get_data (picture) + (gsize)y * cairo_image_surface_get_stride (picture);

  return ((const guint32 *)(gconstpointer)row)[x] & 0xffffff;
}

static inline gboolean
pixels_close (guint32 a,
              guint32 b,
              int     tolerance)
{
  for (guint shift = 0; shift < 24; shift += 8)
    {
      int ca = (a >> shift) & 0xff, cb = (b >> shift) & 0xff;

      if (ABS (ca - cb) > tolerance)
        return FALSE;
    }

  return TRUE;
}

/* Whether some pixel of @picture within @radius px of (@x, @y) is within
 * @tolerance of @p */
static gboolean
has_close (cairo_surface_t *picture,
           int              x,
           int              y,
           guint32          p,
           int              radius,
           int              tolerance)
{
  int width = cairo_image_surface_get_width (picture);
  int height = cairo_image_surface_get_height (picture);

  for (int ny = MAX (y - radius, 0); ny <= MIN (y + radius, height - 1); ny++)
    for (int nx = MAX (x - radius, 0); nx <= MIN (x + radius, width - 1); nx++)
      if (pixels_close (p, pixel_at (picture, nx, ny), tolerance))
        return TRUE;

  return FALSE;
}

/* Whether @picture is one colour, within FAINT_TOLERANCE, for
 * FLAT_RADIUS px around (@x, @y) */
static gboolean
is_flat (cairo_surface_t *picture,
         int              x,
         int              y)
{
  int width = cairo_image_surface_get_width (picture);
  int height = cairo_image_surface_get_height (picture);
  guint32 p = pixel_at (picture, x, y);

  for (int ny = MAX (y - FLAT_RADIUS, 0); ny <= MIN (y + FLAT_RADIUS, height - 1); ny++)
    for (int nx = MAX (x - FLAT_RADIUS, 0); nx <= MIN (x + FLAT_RADIUS, width - 1); nx++)
      if (!pixels_close (p, pixel_at (picture, nx, ny), FAINT_TOLERANCE))
        return FALSE;

  return TRUE;
}

typedef struct
{
  guint unmatched;
  guint stray;
} Count;

/* The pixels of @a that nothing of @b within 1 px matches, and those of
 * them that stand on plain ground in @b */
static Count
count_one_way (cairo_surface_t *a,
               cairo_surface_t *b)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  Count count = { 0, 0 };

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 p = pixel_at (a, x, y);

        if (pixels_close (p, pixel_at (b, x, y), FAINT_TOLERANCE))
          continue;

        if (!has_close (b, x, y, p, 1, CHANNEL_TOLERANCE))
          count.unmatched++;
        if (!has_close (b, x, y, p, 1, FAINT_TOLERANCE) && is_flat (b, x, y))
          count.stray++;
      }

  return count;
}

/* How @a and @b differ: the worse of the two ways */
OutlayPictureDifference
outlay_test_compare_pictures (cairo_surface_t *a,
                              cairo_surface_t *b)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  Count ab, ba;

  g_assert_cmpint (cairo_image_surface_get_width (b), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, height);

  ab = count_one_way (a, b);
  ba = count_one_way (b, a);
  return (OutlayPictureDifference) {
    .unmatched = (double)MAX (ab.unmatched, ba.unmatched) / ((double)width * height),
    .stray = MAX (ab.stray, ba.stray),
  };
}

/* Whether two renderings show the same picture, within antialiasing */
gboolean
outlay_test_same_picture (const OutlayPictureDifference *difference)
{
  return difference->unmatched <= OUTLAY_TEST_MAX_UNMATCHED && difference->stray <= OUTLAY_TEST_MAX_STRAY;
}

/* Whether two pictures have the very same pixels */
gboolean
outlay_test_pictures_equal (cairo_surface_t *a,
                            cairo_surface_t *b)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);

  if (cairo_image_surface_get_width (b) != width || cairo_image_surface_get_height (b) != height)
    return FALSE;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (pixel_at (a, x, y) != pixel_at (b, x, y))
        return FALSE;

  return TRUE;
}

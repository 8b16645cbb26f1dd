/* outlay-chart-export.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <math.h>
#include <string.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <png.h>

#include "outlay-atomic-file.h"
#include "outlay-chart-export.h"

/* A chart to PNG, SVG or PDF, drawn by the very outlay_chart_draw() the
 * window uses. Each format is written as a stream straight into an atomic
 * file: nothing appears under the target's name unless every byte was
 * written and the surface finished without error.
 *
 * PNG is encoded here with libpng rather than by cairo's own writer,
 * which lets libpng try all five row filters on every row: for a chart,
 * mostly flat colour, that search is most of an export's time and buys
 * nothing. No filter at zlib's default level encodes 2.6 times faster and
 * gives a file a tenth smaller (bench/README.md has the numbers). */

typedef struct
{
  OutlayAtomicFile *file;
  GError           *error;
} Stream;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Stream *stream = closure;

  if (stream->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (!outlay_atomic_file_write (stream->file, data, length, &stream->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

static void
png_error_cb (png_structp     png,
              png_const_charp message)
{
  Stream *stream = png_get_error_ptr (png);

  if (stream->error == NULL)
    g_set_error (&stream->error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot encode the PNG: %s"), message);

  png_longjmp (png, 1);
}

static void
png_warning_cb (png_structp     png,
                png_const_charp message)
{
  g_debug ("libpng: %s", message);
}

static void
png_write_cb (png_structp png,
              png_bytep   data,
              png_size_t  length)
{
  Stream *stream = png_get_io_ptr (png);

  if (stream->error == NULL)
    outlay_atomic_file_write (stream->file, data, length, &stream->error);
}

static void
png_flush_cb (png_structp png)
{
}

static gboolean
is_opaque (const guint8 *data,
           int           width,
           int           height,
           int           stride)
{
  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *)(gconstpointer)(data + (gsize)y * stride);

      for (int x = 0; x < width; x++)
        if ((row[x] >> 24) != 0xff)
          return FALSE;
    }

  return TRUE;
}

/* cairo's ARGB32 is native-endian and premultiplied; PNG wants RGB, or
 * RGBA not premultiplied. */
static void
convert_row (const guint32 *pixels,
             int            width,
             gboolean       opaque,
             guint8        *out)
{
  for (int x = 0; x < width; x++)
    {
      guint32 p = pixels[x];
      guint a = p >> 24, r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;

      if (opaque)
        {
          *out++ = r, *out++ = g, *out++ = b;
          continue;
        }

      if (a != 0 && a != 0xff)
        {
          r = (r * 255 + a / 2) / a;
          g = (g * 255 + a / 2) / a;
          b = (b * 255 + a / 2) / a;
        }
      *out++ = r, *out++ = g, *out++ = b, *out++ = a;
    }
}

static void
write_png (cairo_surface_t *surface,
           Stream          *stream,
           const char      *title,
           const char      *language)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);
  gboolean opaque = is_opaque (data, width, height, stride);
  /* Allocated before setjmp, so nothing needs to survive a longjmp but
   * what was there before it */
  guint8 *row = g_malloc ((gsize)width * 4);
  png_structp png = png_create_write_struct (PNG_LIBPNG_VER_STRING, stream, png_error_cb, png_warning_cb);
  png_infop info = png != NULL ? png_create_info_struct (png) : NULL;
  /* The title is UTF-8 (Arabic, or "–" in English), which tEXt cannot
   * hold: it is Latin-1. iTXt is UTF-8 and says the language. */
  png_text text[2] = {
    { .compression = PNG_ITXT_COMPRESSION_NONE, .key = (char *)"Title", .text = (char *)title,
      .lang = (char *)language },
    { .compression = PNG_TEXT_COMPRESSION_NONE, .key = (char *)"Software", .text = (char *)PACKAGE_NAME " " PACKAGE_VERSION },
  };

  if (png == NULL || info == NULL)
    {
      g_set_error_literal (&stream->error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot encode the PNG: out of memory"));
      goto out;
    }

  if (setjmp (png_jmpbuf (png)))
    goto out;

  png_set_write_fn (png, stream, png_write_cb, png_flush_cb);
  png_set_IHDR (png, info, (png_uint_32)width, (png_uint_32)height, 8,
                opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA,
                PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
  png_set_compression_level (png, 6);
  png_set_text (png, info, text, G_N_ELEMENTS (text));
  png_write_info (png, info);

  for (int y = 0; y < height && stream->error == NULL; y++)
    {
      convert_row ((const guint32 *)(gconstpointer)(data + (gsize)y * stride), width, opaque, row);
      png_write_row (png, row);
    }

  if (stream->error == NULL)
    png_write_end (png, info);

out:
  png_destroy_write_struct (&png, &info);
  g_free (row);
}

/**
 * outlay_export_format_from_path:
 * @path: a file name
 * @format: (out): the format its extension names
 *
 * Returns: %TRUE if @path ends in .png, .svg or .pdf, in any case
 */
gboolean
outlay_export_format_from_path (const char         *path,
                                OutlayExportFormat *format)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = OUTLAY_EXPORT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = OUTLAY_EXPORT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = OUTLAY_EXPORT_PDF;
  else
    return FALSE;

  return TRUE;
}

static const char *
format_extension (OutlayExportFormat format)
{
  switch (format)
    {
    case OUTLAY_EXPORT_SVG:
      return ".svg";
    case OUTLAY_EXPORT_PDF:
      return ".pdf";
    case OUTLAY_EXPORT_PNG:
    default:
      return ".png";
    }
}

/**
 * outlay_export_choose_name:
 * @name: the file name the user gave, in the file system's encoding
 * @type_picked: whether the user picked @type, rather than leaving the
 *   one the dialog opened with
 * @type: the type of file chosen in the dialog
 * @format: (out): the format to write
 *
 * Decides what an export dialog's answer means. A type the user picked
 * wins, and the name's extension follows it: "chart.png" saved as an SVG
 * drawing is "chart.svg", as the user sees it in the type list, not a
 * PNG or an SVG named .png. A type left as it was gives way to an
 * extension typed in the name ("chart.pdf" is a PDF), since typing it is
 * how the user chose. A name with no known extension gets the type's.
 *
 * Returns: (transfer full): the name to write, which may differ from
 *   @name: the caller must then ask before replacing a file of that name
 */
char *
outlay_export_choose_name (const char          *name,
                           gboolean             type_picked,
                           OutlayExportFormat   type,
                           OutlayExportFormat  *format)
{
  OutlayExportFormat named;
  gboolean has_extension;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (format != NULL, NULL);

  has_extension = outlay_export_format_from_path (name, &named);

  if (has_extension && (!type_picked || named == type))
    {
      *format = named;
      return g_strdup (name);
    }

  *format = type;
  if (has_extension)
    {
      /* The three extensions are all four bytes */
      return g_strdup_printf ("%.*s%s", (int)(strlen (name) - 4), name, format_extension (type));
    }

  return g_strconcat (name, format_extension (type), NULL);
}

static gboolean
check_surface (cairo_surface_t  *surface,
               Stream           *stream,
               const char       *path,
               GError          **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (stream->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&stream->error));
      return FALSE;
    }

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot draw “%s”: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

/* A file is a clean figure: the selection is the window's state, not
 * the chart's, so it is not drawn, whatever the chart shows on screen;
 * nor are focus or hover, which only the view draws. Selection changes no
 * layout, so taking it away for the draw costs nothing. */
static void
draw (OutlayChart     *chart,
      cairo_surface_t *surface,
      double           scale)
{
  g_autofree char *selected = g_strdup (outlay_chart_get_selected (chart));
  cairo_t *cr = cairo_create (surface);

  if (selected != NULL)
    outlay_chart_set_selected (chart, NULL);
  cairo_scale (cr, scale, scale);
  outlay_chart_draw (chart, cr);
  cairo_destroy (cr);
  if (selected != NULL)
    outlay_chart_set_selected (chart, selected);
}

/* In chart units, pixels at 96 an inch, which a PDF draws at 72 points
 * an inch: an A4 page is 297 × 210 mm, 841.89 × 595.28 pt, so
 * 1122.52 × 793.71 units, rounded to whole pixels for a PNG */
static const struct {
  const char *id;
  double      width;
  double      height;
} export_sizes[] = {
  [OUTLAY_EXPORT_SIZE_SHOWN] = { "shown", 0, 0 },
  [OUTLAY_EXPORT_SIZE_1200_800] = { "1200x800", 1200, 800 },
  [OUTLAY_EXPORT_SIZE_1600_900] = { "1600x900", 1600, 900 },
  [OUTLAY_EXPORT_SIZE_A4] = { "a4", 841.89 / 0.75, 595.28 / 0.75 },
  [OUTLAY_EXPORT_SIZE_LETTER] = { "letter", 792 / 0.75, 612 / 0.75 },
};

/**
 * outlay_export_size_from_string:
 * @id: "shown", "1200x800", "1600x900", "a4" or "letter"
 * @size: (out): the size it names
 *
 * Returns: %FALSE if @id names no size
 */
gboolean
outlay_export_size_from_string (const char       *id,
                                OutlayExportSize *size)
{
  for (guint i = 0; i < G_N_ELEMENTS (export_sizes); i++)
    if (g_strcmp0 (id, export_sizes[i].id) == 0)
      {
        *size = (OutlayExportSize)i;
        return TRUE;
      }

  return FALSE;
}

/**
 * outlay_export_size_get:
 * @size: a preset
 * @format: the file's format: a PDF takes a page's size exactly, an
 *   image whole pixels
 * @width: (out): the chart's width for the file
 * @height: (out): its height
 *
 * Returns: %FALSE for %OUTLAY_EXPORT_SIZE_SHOWN, which leaves the chart's
 *   own size
 */
gboolean
outlay_export_size_get (OutlayExportSize    size,
                        OutlayExportFormat  format,
                        double             *width,
                        double             *height)
{
  g_return_val_if_fail (size < G_N_ELEMENTS (export_sizes), FALSE);

  if (size == OUTLAY_EXPORT_SIZE_SHOWN)
    return FALSE;

  *width = export_sizes[size].width;
  *height = export_sizes[size].height;
  if (format != OUTLAY_EXPORT_PDF)
    {
      *width = round (*width);
      *height = round (*height);
    }
  return TRUE;
}

/**
 * outlay_chart_export:
 * @chart: a chart, sized as it should be exported
 * @path: the file to write
 * @format: the format
 * @scale: for PNG, pixels per chart unit: 1, 2 or 3; ignored otherwise
 * @error: return location for a #G_FILE_ERROR or #G_IO_ERROR
 *
 * Writes @chart to @path, atomically: on failure @path is as it was. The
 * file shows no selection, even if @chart has one (it keeps it).
 *
 * Returns: %TRUE on success
 */
gboolean
outlay_chart_export (OutlayChart         *chart,
                     const char          *path,
                     OutlayExportFormat   format,
                     double               scale,
                     GError             **error)
{
  g_autoptr(OutlayAtomicFile) file = NULL;
  g_autofree char *title = NULL;
  cairo_surface_t *surface = NULL;
  Stream stream = { 0 };
  double width, height;
  gboolean ok;

  g_return_val_if_fail (OUTLAY_IS_CHART (chart), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (scale >= 1 && scale <= 3, FALSE);

  file = outlay_atomic_file_new (path, error);
  if (file == NULL)
    return FALSE;

  stream.file = file;
  width = outlay_chart_get_width (chart);
  height = outlay_chart_get_height (chart);

  switch (format)
    {
    case OUTLAY_EXPORT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                            (int)ceil (width * scale), (int)ceil (height * scale));
      draw (chart, surface, scale);
      cairo_surface_flush (surface);
      title = outlay_chart_dup_title (chart);
      if (cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS)
        write_png (surface, &stream, title, outlay_chart_get_language (chart));
      break;

    case OUTLAY_EXPORT_SVG:
      surface = cairo_svg_surface_create_for_stream (write_cb, &stream, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      draw (chart, surface, 1);
      cairo_surface_finish (surface);
      break;

    case OUTLAY_EXPORT_PDF:
      /* Points are 1/72 in; a chart unit is a CSS pixel, 1/96 in. */
      surface = cairo_pdf_surface_create_for_stream (write_cb, &stream, width * 0.75, height * 0.75);
      title = outlay_chart_dup_title (chart);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME " " PACKAGE_VERSION);
      draw (chart, surface, 0.75);
      cairo_surface_finish (surface);
      break;

    default:
      g_return_val_if_reached (FALSE);
    }

  ok = check_surface (surface, &stream, path, error);
  cairo_surface_destroy (surface);

  return ok && outlay_atomic_file_commit (file, error);
}

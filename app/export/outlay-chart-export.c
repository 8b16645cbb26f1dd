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
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "outlay-atomic-file.h"
#include "outlay-chart-export.h"

/* A chart to PNG, SVG or PDF, drawn by the very outlay_chart_draw() the
 * window uses. cairo writes each format as a stream straight into an
 * atomic file: nothing appears under the target's name unless every byte
 * was written and the surface finished without error. */

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

static void
draw (OutlayChart     *chart,
      cairo_surface_t *surface,
      double           scale)
{
  cairo_t *cr = cairo_create (surface);

  cairo_scale (cr, scale, scale);
  outlay_chart_draw (chart, cr);
  cairo_destroy (cr);
}

/**
 * outlay_chart_export:
 * @chart: a chart, sized as it should be exported
 * @path: the file to write
 * @format: the format
 * @scale: for PNG, pixels per chart unit: 1, 2 or 3; ignored otherwise
 * @error: return location for a #G_FILE_ERROR or #G_IO_ERROR
 *
 * Writes @chart to @path, atomically: on failure @path is as it was.
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
      if (cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS)
        cairo_surface_write_to_png_stream (surface, write_cb, &stream);
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

/* outlay-chart-export.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "outlay-chart.h"

G_BEGIN_DECLS

/**
 * OutlayExportFormat:
 * @OUTLAY_EXPORT_PNG: a PNG image, at a scale of 1, 2 or 3
 * @OUTLAY_EXPORT_SVG: an SVG drawing
 * @OUTLAY_EXPORT_PDF: a one-page PDF
 */
typedef enum
{
  OUTLAY_EXPORT_PNG,
  OUTLAY_EXPORT_SVG,
  OUTLAY_EXPORT_PDF,
} OutlayExportFormat;

/**
 * OutlayExportSize:
 * @OUTLAY_EXPORT_SIZE_SHOWN: the size the chart has on screen
 * @OUTLAY_EXPORT_SIZE_1200_800: 1200 × 800, a figure for an article
 * @OUTLAY_EXPORT_SIZE_1600_900: 1600 × 900, a 16:9 slide
 * @OUTLAY_EXPORT_SIZE_A4: an A4 page across (the page in a PDF; 1123 × 794
 *   px, 96 an inch, in an image)
 * @OUTLAY_EXPORT_SIZE_LETTER: a US Letter page across (1056 × 816 px)
 */
typedef enum
{
  OUTLAY_EXPORT_SIZE_SHOWN,
  OUTLAY_EXPORT_SIZE_1200_800,
  OUTLAY_EXPORT_SIZE_1600_900,
  OUTLAY_EXPORT_SIZE_A4,
  OUTLAY_EXPORT_SIZE_LETTER,
} OutlayExportSize;

gboolean outlay_export_size_from_string (const char          *id,
                                         OutlayExportSize    *size);
gboolean outlay_export_size_get         (OutlayExportSize     size,
                                         OutlayExportFormat   format,
                                         double              *width,
                                         double              *height);
gboolean outlay_export_format_from_path (const char          *path,
                                         OutlayExportFormat  *format);
char    *outlay_export_choose_name      (const char          *name,
                                         gboolean             type_picked,
                                         OutlayExportFormat   type,
                                         OutlayExportFormat  *format);
gboolean outlay_chart_export            (OutlayChart         *chart,
                                         const char          *path,
                                         OutlayExportFormat   format,
                                         double               scale,
                                         GError             **error);

G_END_DECLS

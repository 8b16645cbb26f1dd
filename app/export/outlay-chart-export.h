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

/* outlay-test-files.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Exported files checked by what reads them, and their pictures compared
 * (outlay-test-files.c says how). */

/* Honest files, measured over every case of test-chart-files
 * (OUTLAY_AUDIT_FULL=1, 234 charts): at most 0.0103 unmatched (SVG
 * 0.0088, PDF 0.0103, both in 400×300 high-contrast bar charts) and not
 * one stray pixel. Issue 12 item 7's hairline left 23 to 825 stray
 * pixels in the timeline PDFs; a 1 px line over a PNG leaves 502 and
 * more (a faint one 238 and more), a stray path through the renderers 77
 * and more. */
#define OUTLAY_TEST_MAX_UNMATCHED 0.025
#define OUTLAY_TEST_MAX_STRAY 8

/**
 * OutlayPictureDifference:
 * @unmatched: the fraction of pixels nothing near matches
 * @stray: how many pixels differ where the other picture is plain
 */
typedef struct
{
  double unmatched;
  guint  stray;
} OutlayPictureDifference;

GBytes                  *outlay_test_read_bytes       (const char       *path);
void                     outlay_test_assert_png_file  (const char       *path,
                                                       int               width,
                                                       int               height);
void                     outlay_test_assert_pdf_file  (const char       *path);
void                     outlay_test_run_tool         (const char * const *argv);
void                     outlay_test_render_svg       (const char       *svg,
                                                       const char       *png,
                                                       int               width,
                                                       int               height);
void                     outlay_test_render_pdf       (const char       *pdf,
                                                       const char       *png,
                                                       int               width,
                                                       int               height);
cairo_surface_t         *outlay_test_load_picture     (const char       *path);
OutlayPictureDifference  outlay_test_compare_pictures (cairo_surface_t  *a,
                                                       cairo_surface_t  *b);
gboolean                 outlay_test_same_picture     (const OutlayPictureDifference *difference);
gboolean                 outlay_test_pictures_equal   (cairo_surface_t  *a,
                                                       cairo_surface_t  *b);

G_END_DECLS

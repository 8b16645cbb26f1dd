/* outlay-chart-text.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

/**
 * OutlayTextWrap:
 * @OUTLAY_TEXT_NO_WIDTH: one line per paragraph, as wide as it is
 * @OUTLAY_TEXT_WRAP: wrapped at the width, between words where it can
 * @OUTLAY_TEXT_ELLIPSIZE: one line, cut at the width with an ellipsis
 *   (line breaks in the text shown, not followed)
 * @OUTLAY_TEXT_WRAP_SHORT: wrapped at the width, two lines at most per
 *   paragraph, the rest cut with an ellipsis: names and periods under a
 *   bar, which must not grow into the plot whatever a dataset holds (the
 *   caller checks pango_layout_is_ellipsized() and says what it hides)
 * @OUTLAY_TEXT_WRAP_WORDS: wrapped between words only, never inside one:
 *   a figure's label, which cut inside "$696.53" would read as two
 *   other numbers; a word wider than the width overflows it, and the
 *   caller measures it and hides the label
 */
typedef enum
{
  OUTLAY_TEXT_NO_WIDTH,
  OUTLAY_TEXT_WRAP,
  OUTLAY_TEXT_ELLIPSIZE,
  OUTLAY_TEXT_WRAP_SHORT,
  OUTLAY_TEXT_WRAP_WORDS,
} OutlayTextWrap;

typedef struct _OutlayChartText OutlayChartText;

OutlayChartText *outlay_chart_text_new           (void);
void             outlay_chart_text_free          (OutlayChartText *self);
void             outlay_chart_text_set_direction (OutlayChartText *self,
                                                  PangoDirection   direction);
void             outlay_chart_text_set_language  (OutlayChartText *self,
                                                  const char      *language);
PangoLayout     *outlay_chart_text_create        (OutlayChartText *self,
                                                  const char      *text,
                                                  double           size,
                                                  gboolean         bold);
void             outlay_chart_text_align         (OutlayChartText *self,
                                                  PangoLayout     *layout,
                                                  PangoAlignment   alignment);
PangoLayout     *outlay_chart_text_get           (OutlayChartText *self,
                                                  const char      *text,
                                                  double           size,
                                                  gboolean         bold,
                                                  double           width,
                                                  OutlayTextWrap   wrap,
                                                  PangoAlignment   alignment);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OutlayChartText, outlay_chart_text_free)

G_END_DECLS

/* outlay-figure.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "outlay-amount.h"
#include "outlay-types.h"

G_BEGIN_DECLS

#define OUTLAY_FIGURE_ERROR (outlay_figure_error_quark())

/**
 * OutlayFigureError:
 * @OUTLAY_FIGURE_ERROR_NO_AMOUNT: the fact is an event, with no figure
 * @OUTLAY_FIGURE_ERROR_NOT_MONEY: a currency was asked of a figure that is
 *   not money (a percentage, a count)
 * @OUTLAY_FIGURE_ERROR_NO_RATE: no source states a conversion and no rate
 *   was given
 * @OUTLAY_FIGURE_ERROR_INVALID_RATE: the rate given is not a positive
 *   finite number
 */
typedef enum
{
  OUTLAY_FIGURE_ERROR_NO_AMOUNT,
  OUTLAY_FIGURE_ERROR_NOT_MONEY,
  OUTLAY_FIGURE_ERROR_NO_RATE,
  OUTLAY_FIGURE_ERROR_INVALID_RATE,
} OutlayFigureError;

/**
 * OutlayRateBasis:
 * @OUTLAY_RATE_NONE: no conversion: the figure is in the currency asked for
 * @OUTLAY_RATE_STATED: converted as a source stated it
 * @OUTLAY_RATE_USER: converted at the rate the user chose
 */
typedef enum
{
  OUTLAY_RATE_NONE,
  OUTLAY_RATE_STATED,
  OUTLAY_RATE_USER,
} OutlayRateBasis;

/**
 * OutlayRateMode:
 * @OUTLAY_RATE_MODE_STATED: use the conversion a source stated; where none
 *   did, fall back to the user rate if there is one
 * @OUTLAY_RATE_MODE_USER: always use the user rate, so every figure is
 *   converted alike
 */
typedef enum
{
  OUTLAY_RATE_MODE_STATED,
  OUTLAY_RATE_MODE_USER,
} OutlayRateMode;

/**
 * OutlayFigureOptions:
 * @currency: ISO 4217 code to show money in, or %NULL for the currency
 *   each fact states
 * @rate_mode: which rate converts money
 * @user_rate: units of a fact's currency per unit of @currency (yuan per
 *   dollar), or 0 for none
 * @source_id: (nullable): prefer the conversion this source stated
 * @per_year: show a total over several years as its yearly average
 *
 * How to show a fact's figure.
 */
typedef struct
{
  const char     *currency;
  OutlayRateMode  rate_mode;
  double          user_rate;
  const char     *source_id;
  gboolean        per_year;
} OutlayFigureOptions;

/**
 * OutlayFigure:
 * @amount: the figure to show
 * @stated: the figure as the fact states it
 * @basis: how @amount was converted
 * @rate: units of the stated currency per unit of @amount's, or 1
 * @rate_source: (nullable) (transfer none): for %OUTLAY_RATE_STATED, the
 *   source that stated the conversion
 * @years: the length of the period in years
 * @per_year: %TRUE if @amount is a yearly average derived from a total
 *
 * A figure ready to show, with everything needed to say where it comes
 * from. Derived values (a conversion at the user rate, a yearly average)
 * say so.
 */
typedef struct
{
  OutlayAmount     amount;
  OutlayAmount     stated;
  OutlayRateBasis  basis;
  double           rate;
  OutlaySource    *rate_source;
  double           years;
  gboolean         per_year;
} OutlayFigure;

/* The rates a chart accepts, the user's or one a conversion implies */
#define OUTLAY_RATE_MIN 1e-6
#define OUTLAY_RATE_MAX 1e6

GQuark    outlay_figure_error_quark    (void);
gboolean  outlay_rate_is_valid         (double                     rate);

gboolean  outlay_figure_compute        (OutlayFact                *fact,
                                        const OutlayFigureOptions *options,
                                        OutlayFigure              *figure,
                                        GError                   **error);
gboolean  outlay_figure_is_derived     (const OutlayFigure        *figure);
char     *outlay_figure_describe       (const OutlayFigure        *figure,
                                        const char                *language);

G_END_DECLS

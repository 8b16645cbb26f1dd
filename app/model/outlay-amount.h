/* outlay-amount.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The largest figure a dataset may state: 10^15 base units, beyond any
 * company budget, and small enough that every integer up to it is exact
 * in a double. */
#define OUTLAY_AMOUNT_MAX 1e15

/**
 * OutlayQualifier:
 * @OUTLAY_QUALIFIER_EXACT: the figure as stated
 * @OUTLAY_QUALIFIER_ABOUT: "about", "nearly", "approaching"
 * @OUTLAY_QUALIFIER_AT_LEAST: "at least": a floor
 * @OUTLAY_QUALIFIER_MORE_THAN: "more than": a floor
 * @OUTLAY_QUALIFIER_UP_TO: "up to": a ceiling
 *
 * How precisely a source states a figure.
 */
typedef enum
{
  OUTLAY_QUALIFIER_EXACT,
  OUTLAY_QUALIFIER_ABOUT,
  OUTLAY_QUALIFIER_AT_LEAST,
  OUTLAY_QUALIFIER_MORE_THAN,
  OUTLAY_QUALIFIER_UP_TO,
} OutlayQualifier;

/**
 * OutlayUnit:
 * @OUTLAY_UNIT_CURRENCY: money, in the currency the amount names
 * @OUTLAY_UNIT_PERCENT: a percentage; 1.2 is 1.2 %
 * @OUTLAY_UNIT_COUNT: a count of things
 * @OUTLAY_UNIT_BASIS_POINTS: hundredths of a percent
 */
typedef enum
{
  OUTLAY_UNIT_CURRENCY,
  OUTLAY_UNIT_PERCENT,
  OUTLAY_UNIT_COUNT,
  OUTLAY_UNIT_BASIS_POINTS,
} OutlayUnit;

/**
 * OutlayAmount:
 * @value: the figure in base units (yuan, not billions of yuan)
 * @max: the upper end of a range, or @value when there is no range
 * @unit: what @value counts
 * @currency: ISO 4217 code when @unit is %OUTLAY_UNIT_CURRENCY, else ""
 * @qualifier: how precisely the source states it
 *
 * A figure as a source states it. A plain value type, copied by
 * assignment.
 */
typedef struct
{
  double          value;
  double          max;
  OutlayUnit      unit;
  char            currency[4];
  OutlayQualifier qualifier;
} OutlayAmount;

const char *outlay_qualifier_to_string   (OutlayQualifier     qualifier);
gboolean    outlay_qualifier_from_string (const char         *text,
                                          OutlayQualifier    *qualifier);
const char *outlay_qualifier_get_label   (OutlayQualifier     qualifier);
const char *outlay_unit_to_string        (OutlayUnit          unit);
const char *outlay_unit_get_label        (OutlayUnit          unit);
gboolean    outlay_unit_from_string      (const char         *text,
                                          OutlayUnit         *unit);
gboolean    outlay_currency_code_is_valid (const char        *code);

gboolean    outlay_amount_is_money       (const OutlayAmount *amount);
gboolean    outlay_amount_is_floor       (const OutlayAmount *amount);
gboolean    outlay_amount_is_range       (const OutlayAmount *amount);
char       *outlay_amount_format         (const OutlayAmount *amount,
                                          const char         *language);
char       *outlay_amount_format_value   (double              value,
                                          const OutlayAmount *amount,
                                          const char         *language);
char       *outlay_amount_format_span    (const OutlayAmount *amount,
                                          const char         *language);
char       *outlay_amount_format_tick    (double              value,
                                          double              step,
                                          const OutlayAmount *amount,
                                          const char         *language);

G_END_DECLS

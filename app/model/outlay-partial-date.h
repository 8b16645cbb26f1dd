/* outlay-partial-date.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * OutlayDatePrecision:
 * @OUTLAY_DATE_PRECISION_YEAR: "2025"
 * @OUTLAY_DATE_PRECISION_PART_OF_YEAR: "2024-late": early, mid or late in a year
 * @OUTLAY_DATE_PRECISION_MONTH: "2025-02"
 * @OUTLAY_DATE_PRECISION_DAY: "2026-02-06"
 *
 * How much of a date the source gives.
 */
typedef enum
{
  OUTLAY_DATE_PRECISION_YEAR,
  OUTLAY_DATE_PRECISION_PART_OF_YEAR,
  OUTLAY_DATE_PRECISION_MONTH,
  OUTLAY_DATE_PRECISION_DAY,
} OutlayDatePrecision;

/**
 * OutlayYearPart:
 * @OUTLAY_YEAR_PART_EARLY: January to April
 * @OUTLAY_YEAR_PART_MID: May to August
 * @OUTLAY_YEAR_PART_LATE: September to December
 */
typedef enum
{
  OUTLAY_YEAR_PART_EARLY = 1,
  OUTLAY_YEAR_PART_MID,
  OUTLAY_YEAR_PART_LATE,
} OutlayYearPart;

/**
 * OutlayPartialDate:
 *
 * A date given only as precisely as its source gives it. It stands for
 * the whole span it names: "2025-02" is every day of February 2025.
 * A plain value type, copied by assignment.
 */
typedef struct
{
  guint16 year;      /* 1 to 9999 */
  guint8  month;     /* 1 to 12, or 0 below month precision */
  guint8  day;       /* 1 to 31, or 0 below day precision */
  guint8  precision; /* OutlayDatePrecision */
  guint8  part;      /* OutlayYearPart, for PART_OF_YEAR only */
} OutlayPartialDate;

/**
 * OutlayPeriod:
 * @start: the first date
 * @end: the last date, equal to @start for a single date
 * @inferred: %TRUE when the source does not print the date and it was
 *   resolved from context
 */
typedef struct
{
  OutlayPartialDate start;
  OutlayPartialDate end;
  gboolean          inferred;
} OutlayPeriod;

gboolean  outlay_partial_date_parse      (const char              *text,
                                          OutlayPartialDate       *date);
char     *outlay_partial_date_to_string  (const OutlayPartialDate *date);
guint32   outlay_partial_date_first_day  (const OutlayPartialDate *date);
guint32   outlay_partial_date_last_day   (const OutlayPartialDate *date);
int       outlay_partial_date_compare    (const OutlayPartialDate *a,
                                          const OutlayPartialDate *b);
char     *outlay_partial_date_format     (const OutlayPartialDate *date,
                                          const char              *language);

gboolean  outlay_period_is_valid         (const OutlayPeriod      *period);
double    outlay_period_get_years        (const OutlayPeriod      *period);
char     *outlay_period_format           (const OutlayPeriod      *period,
                                          const char              *language);

G_END_DECLS

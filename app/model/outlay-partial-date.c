/* outlay-partial-date.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "outlay-partial-date.h"

/* Month names live here rather than in the C library's locale data: the
 * data language of a dataset is an input (DESIGN.md), so drawing code and
 * tests can format Arabic dates whatever the process locale is, and the
 * result does not depend on which locales a machine has generated.
 * These are the names the source articles use. */
static const char * const month_names_en[12] = {
  "Jan", "Feb", "Mar", "Apr", "May", "Jun",
  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};
static const char * const month_names_ar[12] = {
  "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
  "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
};
static const char * const year_parts[] = { NULL, "early", "mid", "late" };
static const char * const year_parts_ar[] = { NULL, "أوائل", "منتصف", "أواخر" };

static gboolean
is_arabic (const char *language)
{
  return language != NULL && g_str_has_prefix (language, "ar");
}

static gboolean
parse_digits (const char *text,
              gsize       n,
              guint      *out)
{
  guint value = 0;

  for (gsize i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (guint)(text[i] - '0');
    }

  *out = value;
  return TRUE;
}

/**
 * outlay_partial_date_parse:
 * @text: "YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-early|mid|late"
 * @date: (out caller-allocates): where to store the date
 *
 * Returns: %TRUE if @text is a valid partial date; @date is untouched
 *   otherwise.
 */
gboolean
outlay_partial_date_parse (const char        *text,
                           OutlayPartialDate *date)
{
  OutlayPartialDate parsed = { 0 };
  gsize len;
  guint year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  len = strlen (text);
  if (len < 4 || !parse_digits (text, 4, &year) || year == 0)
    return FALSE;

  parsed.year = (guint16)year;
  parsed.precision = OUTLAY_DATE_PRECISION_YEAR;

  if (len == 4)
    goto done;

  if (text[4] != '-')
    return FALSE;

  for (guint part = OUTLAY_YEAR_PART_EARLY; part <= OUTLAY_YEAR_PART_LATE; part++)
    {
      if (strcmp (text + 5, year_parts[part]) == 0)
        {
          parsed.precision = OUTLAY_DATE_PRECISION_PART_OF_YEAR;
          parsed.part = (guint8)part;
          goto done;
        }
    }

  if (len < 7 || !parse_digits (text + 5, 2, &month) || month < 1 || month > 12)
    return FALSE;

  parsed.month = (guint8)month;
  parsed.precision = OUTLAY_DATE_PRECISION_MONTH;

  if (len == 7)
    goto done;

  if (len != 10 || text[7] != '-' || !parse_digits (text + 8, 2, &day) ||
      !g_date_valid_dmy ((GDateDay)day, (GDateMonth)month, (GDateYear)year))
    return FALSE;

  parsed.day = (guint8)day;
  parsed.precision = OUTLAY_DATE_PRECISION_DAY;

done:
  *date = parsed;
  return TRUE;
}

/**
 * outlay_partial_date_to_string:
 * @date: a partial date
 *
 * Returns: (transfer full): @date in the dataset syntax, e.g. "2024-late"
 */
char *
outlay_partial_date_to_string (const OutlayPartialDate *date)
{
  switch ((OutlayDatePrecision)date->precision)
    {
    case OUTLAY_DATE_PRECISION_YEAR:
      return g_strdup_printf ("%04u", date->year);
    case OUTLAY_DATE_PRECISION_PART_OF_YEAR:
      return g_strdup_printf ("%04u-%s", date->year, year_parts[date->part]);
    case OUTLAY_DATE_PRECISION_MONTH:
      return g_strdup_printf ("%04u-%02u", date->year, date->month);
    case OUTLAY_DATE_PRECISION_DAY:
      return g_strdup_printf ("%04u-%02u-%02u", date->year, date->month, date->day);
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
get_month_span (const OutlayPartialDate *date,
                guint                   *first,
                guint                   *last)
{
  switch ((OutlayDatePrecision)date->precision)
    {
    case OUTLAY_DATE_PRECISION_PART_OF_YEAR:
      *first = 1 + 4 * (date->part - 1);
      *last = *first + 3;
      break;
    case OUTLAY_DATE_PRECISION_MONTH:
    case OUTLAY_DATE_PRECISION_DAY:
      *first = *last = date->month;
      break;
    case OUTLAY_DATE_PRECISION_YEAR:
    default:
      *first = 1;
      *last = 12;
      break;
    }
}

/* The day as GDate counts it (1 January of year 1 is day 1, Gregorian
 * throughout), by arithmetic: a chart sorting 100,000 figures by date asks
 * for this 400,000 times, and a GDate validates and converts each time */
static guint32
julian (guint year,
        guint month,
        guint day)
{
  static const guint days_before_month[] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
  guint32 before = year - 1;
  gboolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

  return before * 365 + before / 4 - before / 100 + before / 400 +
         days_before_month[month - 1] + (leap && month > 2) + day;
}

/**
 * outlay_partial_date_first_day:
 * @date: a partial date
 *
 * Returns: the Julian day number (as #GDate counts) of the first day
 *   @date stands for
 */
guint32
outlay_partial_date_first_day (const OutlayPartialDate *date)
{
  guint first, last;

  if (date->precision == OUTLAY_DATE_PRECISION_DAY)
    return julian (date->year, date->month, date->day);

  get_month_span (date, &first, &last);
  return julian (date->year, first, 1);
}

/**
 * outlay_partial_date_last_day:
 * @date: a partial date
 *
 * Returns: the Julian day number of the last day @date stands for
 */
guint32
outlay_partial_date_last_day (const OutlayPartialDate *date)
{
  guint first, last;

  if (date->precision == OUTLAY_DATE_PRECISION_DAY)
    return julian (date->year, date->month, date->day);

  get_month_span (date, &first, &last);
  return julian (date->year, last,
                 g_date_get_days_in_month ((GDateMonth)last, (GDateYear)date->year));
}

/**
 * outlay_partial_date_compare:
 * @a: a partial date
 * @b: another
 *
 * Orders by the first day each date stands for, then by the last, so a
 * year comes before its first month and a month before its first day.
 *
 * Returns: negative, zero or positive, as strcmp()
 */
int
outlay_partial_date_compare (const OutlayPartialDate *a,
                             const OutlayPartialDate *b)
{
  guint32 a_first = outlay_partial_date_first_day (a);
  guint32 b_first = outlay_partial_date_first_day (b);
  guint32 a_last, b_last;

  if (a_first != b_first)
    return a_first < b_first ? -1 : 1;

  a_last = outlay_partial_date_last_day (a);
  b_last = outlay_partial_date_last_day (b);
  if (a_last != b_last)
    return a_last > b_last ? -1 : 1;

  return 0;
}

/**
 * outlay_partial_date_format:
 * @date: a partial date
 * @language: the data language, "en" or "ar"
 *
 * Formats @date for display as precisely as it is known: "2025",
 * "late 2024", "Feb 2025", "6 Feb 2026"; in Arabic "6 فبراير 2026".
 * Digits stay Western Arabic, as the source articles print them.
 *
 * Returns: (transfer full): the formatted date
 */
char *
outlay_partial_date_format (const OutlayPartialDate *date,
                            const char              *language)
{
  gboolean ar = is_arabic (language);
  const char * const *months = ar ? month_names_ar : month_names_en;

  switch ((OutlayDatePrecision)date->precision)
    {
    case OUTLAY_DATE_PRECISION_YEAR:
      return g_strdup_printf ("%u", date->year);
    case OUTLAY_DATE_PRECISION_PART_OF_YEAR:
      return g_strdup_printf ("%s %u",
                              ar ? year_parts_ar[date->part] : year_parts[date->part],
                              date->year);
    case OUTLAY_DATE_PRECISION_MONTH:
      return g_strdup_printf ("%s %u", months[date->month - 1], date->year);
    case OUTLAY_DATE_PRECISION_DAY:
      return g_strdup_printf ("%u %s %u", date->day, months[date->month - 1], date->year);
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * outlay_period_is_valid:
 * @period: a period
 *
 * Returns: %FALSE if @period ends before it starts
 */
gboolean
outlay_period_is_valid (const OutlayPeriod *period)
{
  return outlay_partial_date_last_day (&period->end) >=
         outlay_partial_date_first_day (&period->start);
}

/**
 * outlay_period_get_years:
 * @period: a period
 *
 * Counts whole months from the first month of @period to its last, in
 * years: "2025" to "2027" is 3, "2024-10" to "2024-12" is 0.25.
 *
 * Returns: the length of @period in years
 */
double
outlay_period_get_years (const OutlayPeriod *period)
{
  guint start_first, start_last, end_first, end_last;
  int months;

  get_month_span (&period->start, &start_first, &start_last);
  get_month_span (&period->end, &end_first, &end_last);

  months = (period->end.year * 12 + (int)end_last) -
           (period->start.year * 12 + (int)start_first) + 1;

  return MAX (months, 1) / 12.0;
}

/**
 * outlay_period_format:
 * @period: a period
 * @language: the data language, "en" or "ar"
 *
 * Formats @period as compactly as reads well: a single date when it has
 * one, "2025–2027", "Oct–Dec 2024", "15–23 Feb 2026", "1 Jan – 24 Feb
 * 2025", or both dates in full.
 *
 * Returns: (transfer full): the formatted period
 */
char *
outlay_period_format (const OutlayPeriod *period,
                      const char         *language)
{
  const OutlayPartialDate *start = &period->start;
  const OutlayPartialDate *end = &period->end;
  const char * const *months = is_arabic (language) ? month_names_ar : month_names_en;
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;

  if (outlay_partial_date_compare (start, end) == 0)
    return outlay_partial_date_format (start, language);

  if (start->precision == end->precision && start->year == end->year)
    {
      switch ((OutlayDatePrecision)start->precision)
        {
        case OUTLAY_DATE_PRECISION_MONTH:
          return g_strdup_printf ("%s–%s %u", months[start->month - 1],
                                  months[end->month - 1], end->year);
        case OUTLAY_DATE_PRECISION_DAY:
          if (start->month == end->month)
            return g_strdup_printf ("%u–%u %s %u", start->day, end->day,
                                    months[end->month - 1], end->year);
          return g_strdup_printf ("%u %s – %u %s %u",
                                  start->day, months[start->month - 1],
                                  end->day, months[end->month - 1], end->year);
        case OUTLAY_DATE_PRECISION_YEAR:
        case OUTLAY_DATE_PRECISION_PART_OF_YEAR:
        default:
          break;
        }
    }

  start_text = outlay_partial_date_format (start, language);
  end_text = outlay_partial_date_format (end, language);

  if (start->precision == OUTLAY_DATE_PRECISION_YEAR &&
      end->precision == OUTLAY_DATE_PRECISION_YEAR)
    return g_strdup_printf ("%s–%s", start_text, end_text);

  return g_strdup_printf ("%s – %s", start_text, end_text);
}

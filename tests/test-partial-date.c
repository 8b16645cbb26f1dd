/* test-partial-date.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "outlay-partial-date.h"

static OutlayPartialDate
parse (const char *text)
{
  OutlayPartialDate date;

  g_assert_true (outlay_partial_date_parse (text, &date));
  return date;
}

static void
test_parse_valid (void)
{
  static const struct {
    const char *text;
    guint year, month, day;
    OutlayDatePrecision precision;
    OutlayYearPart part;
  } cases[] = {
    { "2025", 2025, 0, 0, OUTLAY_DATE_PRECISION_YEAR, 0 },
    { "0001", 1, 0, 0, OUTLAY_DATE_PRECISION_YEAR, 0 },
    { "2025-02", 2025, 2, 0, OUTLAY_DATE_PRECISION_MONTH, 0 },
    { "2026-02-06", 2026, 2, 6, OUTLAY_DATE_PRECISION_DAY, 0 },
    { "2024-02-29", 2024, 2, 29, OUTLAY_DATE_PRECISION_DAY, 0 },
    { "2024-late", 2024, 0, 0, OUTLAY_DATE_PRECISION_PART_OF_YEAR, OUTLAY_YEAR_PART_LATE },
    { "2026-early", 2026, 0, 0, OUTLAY_DATE_PRECISION_PART_OF_YEAR, OUTLAY_YEAR_PART_EARLY },
    { "2025-mid", 2025, 0, 0, OUTLAY_DATE_PRECISION_PART_OF_YEAR, OUTLAY_YEAR_PART_MID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      OutlayPartialDate date = parse (cases[i].text);
      g_autofree char *again = outlay_partial_date_to_string (&date);

      g_assert_cmpuint (date.year, ==, cases[i].year);
      g_assert_cmpuint (date.month, ==, cases[i].month);
      g_assert_cmpuint (date.day, ==, cases[i].day);
      g_assert_cmpuint (date.precision, ==, cases[i].precision);
      g_assert_cmpuint (date.part, ==, cases[i].part);
      g_assert_cmpstr (again, ==, cases[i].text);
    }
}

static void
test_parse_invalid (void)
{
  static const char * const cases[] = {
    "", "25", "202", "20250", "0000", "2025-", "2025-1", "2025-00", "2025-13",
    "2025-02-29", "2025-04-31", "2025-02-1", "2025-02-010", "2025-late-ish",
    "2025-Late", "2025/02", " 2025", "2025 ", "abcd", "2025-02-xx", "-2025",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      OutlayPartialDate date = { .year = 7 };

      g_assert_false (outlay_partial_date_parse (cases[i], &date));
      g_assert_cmpuint (date.year, ==, 7);
    }

  g_assert_false (outlay_partial_date_parse (NULL, &(OutlayPartialDate) { 0 }));
}

static void
assert_span (const char *text,
             guint       first_year,
             guint       first_month,
             guint       first_day,
             guint       last_year,
             guint       last_month,
             guint       last_day)
{
  OutlayPartialDate date = parse (text);
  GDate first, last;

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_julian (&first, outlay_partial_date_first_day (&date));
  g_date_set_julian (&last, outlay_partial_date_last_day (&date));

  g_assert_cmpuint (g_date_get_year (&first), ==, first_year);
  g_assert_cmpuint (g_date_get_month (&first), ==, first_month);
  g_assert_cmpuint (g_date_get_day (&first), ==, first_day);
  g_assert_cmpuint (g_date_get_year (&last), ==, last_year);
  g_assert_cmpuint (g_date_get_month (&last), ==, last_month);
  g_assert_cmpuint (g_date_get_day (&last), ==, last_day);
}

static void
test_span (void)
{
  assert_span ("2025", 2025, 1, 1, 2025, 12, 31);
  assert_span ("2024-02", 2024, 2, 1, 2024, 2, 29);
  assert_span ("2025-02", 2025, 2, 1, 2025, 2, 28);
  assert_span ("2026-02-06", 2026, 2, 6, 2026, 2, 6);
  assert_span ("2024-early", 2024, 1, 1, 2024, 4, 30);
  assert_span ("2024-mid", 2024, 5, 1, 2024, 8, 31);
  assert_span ("2024-late", 2024, 9, 1, 2024, 12, 31);
}

static int
compare_texts (gconstpointer a,
               gconstpointer b)
{
  OutlayPartialDate da = parse (*(const char * const *)a);
  OutlayPartialDate db = parse (*(const char * const *)b);

  return outlay_partial_date_compare (&da, &db);
}

static void
test_compare (void)
{
  /* Shuffled; sorted they read as the expected order below. */
  const char *dates[] = {
    "2026-02-06", "2025-01", "2024-late", "2025", "2017", "2026-02",
    "2025-01-01", "2024-12", "2030", "2026-02-15", "2024",
  };
  static const char * const expected[] = {
    "2017", "2024", "2024-late", "2024-12", "2025", "2025-01", "2025-01-01",
    "2026-02", "2026-02-06", "2026-02-15", "2030",
  };
  OutlayPartialDate a = parse ("2025-02"), b = parse ("2025-02");

  qsort (dates, G_N_ELEMENTS (dates), sizeof dates[0], compare_texts);

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    g_assert_cmpstr (dates[i], ==, expected[i]);

  g_assert_cmpint (outlay_partial_date_compare (&a, &b), ==, 0);
}

static void
test_format (void)
{
  static const struct {
    const char *text, *en, *ar;
  } cases[] = {
    { "2025", "2025", "2025" },
    { "2025-02", "Feb 2025", "فبراير 2025" },
    { "2026-02-06", "6 Feb 2026", "6 فبراير 2026" },
    { "2025-12-23", "23 Dec 2025", "23 ديسمبر 2025" },
    { "2024-late", "late 2024", "أواخر 2024" },
    { "2026-early", "early 2026", "أوائل 2026" },
    { "2025-mid", "mid 2025", "منتصف 2025" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      OutlayPartialDate date = parse (cases[i].text);
      g_autofree char *en = outlay_partial_date_format (&date, "en");
      g_autofree char *ar = outlay_partial_date_format (&date, "ar");
      g_autofree char *ar_eg = outlay_partial_date_format (&date, "ar_EG.UTF-8");
      g_autofree char *other = outlay_partial_date_format (&date, "fr");

      g_assert_cmpstr (en, ==, cases[i].en);
      g_assert_cmpstr (ar, ==, cases[i].ar);
      g_assert_cmpstr (ar_eg, ==, cases[i].ar);
      g_assert_cmpstr (other, ==, cases[i].en);
    }
}

static OutlayPeriod
period (const char *start,
        const char *end)
{
  return (OutlayPeriod) { parse (start), parse (end), FALSE };
}

static void
test_period (void)
{
  static const struct {
    const char *start, *end;
    double years;
    const char *en, *ar;
  } cases[] = {
    { "2025", "2027", 3, "2025–2027", "2025–2027" },
    { "2025", "2025", 1, "2025", "2025" },
    { "2024-10", "2024-12", 0.25, "Oct–Dec 2024", "أكتوبر–ديسمبر 2024" },
    { "2026-02-15", "2026-02-23", 1 / 12.0, "15–23 Feb 2026", "15–23 فبراير 2026" },
    { "2025-01-01", "2025-02-24", 2 / 12.0, "1 Jan – 24 Feb 2025", "1 يناير – 24 فبراير 2025" },
    { "2024-late", "2025", 16 / 12.0, "late 2024 – 2025", "أواخر 2024 – 2025" },
    { "2025-02", "2027-01", 2, "Feb 2025 – Jan 2027", "فبراير 2025 – يناير 2027" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      OutlayPeriod p = period (cases[i].start, cases[i].end);
      g_autofree char *en = outlay_period_format (&p, "en");
      g_autofree char *ar = outlay_period_format (&p, "ar");

      g_assert_true (outlay_period_is_valid (&p));
      g_assert_cmpfloat_with_epsilon (outlay_period_get_years (&p), cases[i].years, 1e-9);
      g_assert_cmpstr (en, ==, cases[i].en);
      g_assert_cmpstr (ar, ==, cases[i].ar);
    }
}

static void
test_period_validity (void)
{
  OutlayPeriod backwards = period ("2026", "2025");
  OutlayPeriod inside = period ("2025", "2025-03");
  OutlayPeriod same_day = period ("2026-02-06", "2026-02-06");
  OutlayPeriod day_before = period ("2026-02-06", "2026-02-05");

  g_assert_false (outlay_period_is_valid (&backwards));
  g_assert_false (outlay_period_is_valid (&day_before));
  g_assert_true (outlay_period_is_valid (&inside));
  g_assert_true (outlay_period_is_valid (&same_day));
}

/* The first and last days are GDate's Julian days, computed without one */
static void
test_julian_days (void)
{
  for (guint year = 1; year <= 9999; year += (year < 2100 ? 1 : 37))
    for (guint month = 1; month <= 12; month++)
      {
        OutlayPartialDate date = { .year = year, .month = month, .precision = OUTLAY_DATE_PRECISION_MONTH };
        GDate first, last;

        g_date_clear (&first, 1);
        g_date_clear (&last, 1);
        g_date_set_dmy (&first, 1, (GDateMonth)month, (GDateYear)year);
        g_date_set_dmy (&last, g_date_get_days_in_month ((GDateMonth)month, (GDateYear)year),
                        (GDateMonth)month, (GDateYear)year);
        g_assert_cmpuint (outlay_partial_date_first_day (&date), ==, g_date_get_julian (&first));
        g_assert_cmpuint (outlay_partial_date_last_day (&date), ==, g_date_get_julian (&last));
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outlay/partial-date/parse-valid", test_parse_valid);
  g_test_add_func ("/outlay/partial-date/parse-invalid", test_parse_invalid);
  g_test_add_func ("/outlay/partial-date/span", test_span);
  g_test_add_func ("/outlay/partial-date/compare", test_compare);
  g_test_add_func ("/outlay/partial-date/format", test_format);
  g_test_add_func ("/outlay/period/format-and-years", test_period);
  g_test_add_func ("/outlay/period/validity", test_period_validity);

  g_test_add_func ("/outlay/partial-date/julian-days", test_julian_days);

  return g_test_run ();
}

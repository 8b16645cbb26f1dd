/* test-amount.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "outlay-amount.h"

static OutlayAmount
money (double          value,
       const char     *currency,
       OutlayQualifier qualifier)
{
  OutlayAmount amount = { value, value, OUTLAY_UNIT_CURRENCY, "", qualifier };

  g_strlcpy (amount.currency, currency, sizeof amount.currency);
  return amount;
}

static void
test_vocabulary (void)
{
  static const char * const qualifiers[] = { "exact", "about", "at-least", "more-than", "up-to" };
  OutlayQualifier qualifier;
  OutlayUnit unit;

  for (guint i = 0; i < G_N_ELEMENTS (qualifiers); i++)
    {
      g_assert_true (outlay_qualifier_from_string (qualifiers[i], &qualifier));
      g_assert_cmpuint (qualifier, ==, i);
      g_assert_cmpstr (outlay_qualifier_to_string (qualifier), ==, qualifiers[i]);
    }

  g_assert_false (outlay_qualifier_from_string ("planned", &qualifier));
  g_assert_false (outlay_qualifier_from_string ("Exact", &qualifier));
  g_assert_false (outlay_qualifier_from_string (NULL, &qualifier));

  g_assert_true (outlay_unit_from_string ("percent", &unit));
  g_assert_cmpuint (unit, ==, OUTLAY_UNIT_PERCENT);
  g_assert_true (outlay_unit_from_string ("basis-points", &unit));
  g_assert_cmpuint (unit, ==, OUTLAY_UNIT_BASIS_POINTS);
  /* Money names its currency, not a unit. */
  g_assert_false (outlay_unit_from_string ("currency", &unit));

  g_assert_true (outlay_currency_code_is_valid ("CNY"));
  g_assert_true (outlay_currency_code_is_valid ("USD"));
  g_assert_false (outlay_currency_code_is_valid ("usd"));
  g_assert_false (outlay_currency_code_is_valid ("yuan"));
  g_assert_false (outlay_currency_code_is_valid ("US"));
  g_assert_false (outlay_currency_code_is_valid (NULL));
}

static void
test_floor (void)
{
  OutlayAmount at_least = money (380e9, "CNY", OUTLAY_QUALIFIER_AT_LEAST);
  OutlayAmount more_than = money (150e9, "CNY", OUTLAY_QUALIFIER_MORE_THAN);
  OutlayAmount about = money (4.5e9, "CNY", OUTLAY_QUALIFIER_ABOUT);
  OutlayAmount up_to = money (1e4, "CNY", OUTLAY_QUALIFIER_UP_TO);

  g_assert_true (outlay_amount_is_floor (&at_least));
  g_assert_true (outlay_amount_is_floor (&more_than));
  g_assert_false (outlay_amount_is_floor (&about));
  g_assert_false (outlay_amount_is_floor (&up_to));
}

static void
test_format (void)
{
  static const struct {
    double value;
    const char *currency;
    OutlayQualifier qualifier;
    const char *en, *ar;
  } cases[] = {
    { 160e9, "CNY", OUTLAY_QUALIFIER_EXACT, "160 bn yuan", "160 مليار يوان" },
    { 380e9, "CNY", OUTLAY_QUALIFIER_AT_LEAST, "at least 380 bn yuan", "ما لا يقل عن 380 مليار يوان" },
    { 150e9, "CNY", OUTLAY_QUALIFIER_MORE_THAN, "more than 150 bn yuan", "أكثر من 150 مليار يوان" },
    { 431e6, "USD", OUTLAY_QUALIFIER_ABOUT, "about $431 M", "نحو 431 مليون دولار" },
    { 52.44e9, "USD", OUTLAY_QUALIFIER_EXACT, "$52.44 bn", "52.44 مليار دولار" },
    { 280.15e9, "CNY", OUTLAY_QUALIFIER_EXACT, "280.15 bn yuan", "280.15 مليار يوان" },
    { 380e9 / 3, "CNY", OUTLAY_QUALIFIER_EXACT, "126.67 bn yuan", "126.67 مليار يوان" },
    { 1e4, "CNY", OUTLAY_QUALIFIER_UP_TO, "up to 10,000 yuan", "حتى 10,000 يوان" },
    { 2.5e12, "EUR", OUTLAY_QUALIFIER_EXACT, "2.5 tn EUR", "2.5 تريليون EUR" },
    { 999, "CNY", OUTLAY_QUALIFIER_EXACT, "999 yuan", "999 يوان" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      OutlayAmount amount = money (cases[i].value, cases[i].currency, cases[i].qualifier);
      g_autofree char *en = outlay_amount_format (&amount, "en");
      g_autofree char *ar = outlay_amount_format (&amount, "ar");

      g_assert_cmpstr (en, ==, cases[i].en);
      g_assert_cmpstr (ar, ==, cases[i].ar);
    }
}

static void
test_format_units (void)
{
  OutlayAmount share = { 1.2, 1.2, OUTLAY_UNIT_PERCENT, "", OUTLAY_QUALIFIER_EXACT };
  OutlayAmount count = { 1e9, 1e9, OUTLAY_UNIT_COUNT, "", OUTLAY_QUALIFIER_MORE_THAN };
  OutlayAmount range = { 20, 30, OUTLAY_UNIT_BASIS_POINTS, "", OUTLAY_QUALIFIER_EXACT };
  g_autofree char *share_en = outlay_amount_format (&share, "en");
  g_autofree char *count_en = outlay_amount_format (&count, "en");
  g_autofree char *count_ar = outlay_amount_format (&count, "ar");
  g_autofree char *range_en = outlay_amount_format (&range, "en");
  g_autofree char *range_ar = outlay_amount_format (&range, "ar");

  g_assert_cmpstr (share_en, ==, "1.2%");
  g_assert_cmpstr (count_en, ==, "more than 1 bn");
  g_assert_cmpstr (count_ar, ==, "أكثر من 1 مليار");
  g_assert_true (outlay_amount_is_range (&range));
  g_assert_false (outlay_amount_is_money (&range));
  g_assert_cmpstr (range_en, ==, "20–30 bp");
  g_assert_cmpstr (range_ar, ==, "20–30 نقطة أساس");
}

/* Labels for people: distinct, not the format's ids, in words */
static void
test_labels (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (OutlayQualifier q = OUTLAY_QUALIFIER_EXACT; q <= OUTLAY_QUALIFIER_UP_TO; q++)
    {
      g_assert_cmpstr (outlay_qualifier_get_label (q), !=, outlay_qualifier_to_string (q));
      g_assert_true (g_hash_table_add (seen, (gpointer)outlay_qualifier_get_label (q)));
    }
  for (OutlayUnit u = OUTLAY_UNIT_CURRENCY; u <= OUTLAY_UNIT_BASIS_POINTS; u++)
    {
      g_assert_cmpstr (outlay_unit_get_label (u), !=, outlay_unit_to_string (u));
      g_assert_true (g_hash_table_add (seen, (gpointer)outlay_unit_get_label (u)));
    }

  g_assert_cmpstr (outlay_qualifier_get_label (OUTLAY_QUALIFIER_AT_LEAST), ==, "At least");
  g_assert_cmpstr (outlay_unit_get_label (OUTLAY_UNIT_BASIS_POINTS), ==, "Basis points");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outlay/amount/vocabulary", test_vocabulary);
  g_test_add_func ("/outlay/amount/floor", test_floor);
  g_test_add_func ("/outlay/amount/format", test_format);
  g_test_add_func ("/outlay/amount/format-units", test_format_units);
  g_test_add_func ("/outlay/amount/labels", test_labels);

  return g_test_run ();
}

/* test-figure.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "outlay-dataset.h"
#include "outlay-test-data.h"
#include "outlay-fact.h"
#include "outlay-figure.h"
#include "outlay-source.h"

/* Conversions and yearly averages, checked on the bundled dataset's own
 * figures, where the articles disagree about rates. */

typedef struct
{
  OutlayDataset *dataset;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dataset = outlay_test_load_bundled ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->dataset);
}

static OutlayFact *
fact (Fixture    *fixture,
      const char *id)
{
  OutlayFact *found = outlay_dataset_lookup_fact (fixture->dataset, id);

  g_assert_nonnull (found);
  return found;
}

static void
test_no_conversion (Fixture       *fixture,
                    gconstpointer  data)
{
  OutlayFigureOptions options = { NULL };
  OutlayFigure figure;
  g_autoptr(GError) error = NULL;

  g_assert_true (outlay_figure_compute (fact (fixture, "alibaba-capex-2025-2027"), &options, &figure, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (figure.amount.value, ==, 380e9);
  g_assert_cmpstr (figure.amount.currency, ==, "CNY");
  g_assert_cmpuint (figure.amount.qualifier, ==, OUTLAY_QUALIFIER_AT_LEAST);
  g_assert_cmpuint (figure.basis, ==, OUTLAY_RATE_NONE);
  g_assert_cmpfloat (figure.years, ==, 3);
  g_assert_false (outlay_figure_is_derived (&figure));
  g_assert_null (outlay_figure_describe (&figure, "en"));
}

static void
test_both_stated_conversions (Fixture       *fixture,
                              gconstpointer  data)
{
  OutlayFact *qwen = fact (fixture, "qwen-campaign-2026");
  OutlayFigureOptions options = { .currency = "USD", .rate_mode = OUTLAY_RATE_MODE_STATED };
  OutlayFigure figure;
  g_autofree char *description = NULL;

  /* Al-Eqtisadiah: about $431 M, first in the dataset */
  g_assert_true (outlay_figure_compute (qwen, &options, &figure, NULL));
  g_assert_cmpfloat (figure.amount.value, ==, 431e6);
  g_assert_cmpstr (figure.amount.currency, ==, "USD");
  g_assert_cmpuint (figure.amount.qualifier, ==, OUTLAY_QUALIFIER_ABOUT);
  g_assert_cmpuint (figure.basis, ==, OUTLAY_RATE_STATED);
  g_assert_cmpstr (outlay_source_get_id (figure.rate_source), ==, "src-aleqtisadiah-2026");
  g_assert_cmpfloat_with_epsilon (figure.rate, 3e9 / 431e6, 1e-9);
  g_assert_false (outlay_figure_is_derived (&figure));
  description = outlay_figure_describe (&figure, "en");
  g_assert_cmpstr (description, ==, "at the rate stated by Al-Eqtisadiah (6.961 CNY per USD)");

  /* Techxplore/AFP: about $430 M, the other rate */
  options.source_id = "src-techxplore-2026";
  g_assert_true (outlay_figure_compute (qwen, &options, &figure, NULL));
  g_assert_cmpfloat (figure.amount.value, ==, 430e6);
  g_assert_cmpstr (outlay_source_get_id (figure.rate_source), ==, "src-techxplore-2026");
  g_assert_cmpfloat_with_epsilon (figure.rate, 3e9 / 430e6, 1e-9);

  /* A source that converted nothing falls back to the first that did */
  options.source_id = "src-cnn-2026";
  g_assert_true (outlay_figure_compute (qwen, &options, &figure, NULL));
  g_assert_cmpfloat (figure.amount.value, ==, 431e6);
}

static void
test_floor_converted (Fixture       *fixture,
                      gconstpointer  data)
{
  OutlayFigureOptions options = { .currency = "USD", .rate_mode = OUTLAY_RATE_MODE_STATED };
  OutlayFigure figure;

  /* At least 380 bn yuan, $52.44 bn as Reuters converted it: still a floor */
  g_assert_true (outlay_figure_compute (fact (fixture, "alibaba-capex-2025-2027"), &options, &figure, NULL));
  g_assert_cmpfloat (figure.amount.value, ==, 52.44e9);
  g_assert_cmpuint (figure.amount.qualifier, ==, OUTLAY_QUALIFIER_AT_LEAST);
  g_assert_cmpuint (figure.stated.qualifier, ==, OUTLAY_QUALIFIER_AT_LEAST);
  g_assert_cmpfloat (figure.stated.value, ==, 380e9);
}

static void
test_user_rate (Fixture       *fixture,
                gconstpointer  data)
{
  OutlayFact *bytedance = fact (fixture, "bytedance-capex-2025");
  OutlayFigureOptions options = { .currency = "USD", .rate_mode = OUTLAY_RATE_MODE_STATED };
  OutlayFigure figure;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;

  /* No source converts ByteDance's 2025 figure from the December article */
  g_assert_false (outlay_figure_compute (bytedance, &options, &figure, &error));
  g_assert_error (error, OUTLAY_FIGURE_ERROR, OUTLAY_FIGURE_ERROR_NO_RATE);
  g_assert_cmpstr (error->message, ==, "no source converts “bytedance-capex-2025” into USD; choose a rate");

  /* With a rate of my own, the stated mode falls back to it, and says so */
  options.user_rate = 7.2;
  g_assert_true (outlay_figure_compute (bytedance, &options, &figure, NULL));
  g_assert_cmpfloat_with_epsilon (figure.amount.value, 150e9 / 7.2, 1);
  g_assert_cmpuint (figure.basis, ==, OUTLAY_RATE_USER);
  g_assert_null (figure.rate_source);
  g_assert_true (outlay_figure_is_derived (&figure));
  description = outlay_figure_describe (&figure, "en");
  g_assert_cmpstr (description, ==, "at your rate of 7.2 CNY per USD");

  /* User mode ignores what sources stated, so every bar converts alike */
  options.rate_mode = OUTLAY_RATE_MODE_USER;
  g_assert_true (outlay_figure_compute (fact (fixture, "qwen-campaign-2026"), &options, &figure, NULL));
  g_assert_cmpfloat_with_epsilon (figure.amount.value, 3e9 / 7.2, 1);
  g_assert_cmpuint (figure.basis, ==, OUTLAY_RATE_USER);

  options.user_rate = -1;
  g_clear_error (&error);
  g_assert_false (outlay_figure_compute (bytedance, &options, &figure, &error));
  g_assert_error (error, OUTLAY_FIGURE_ERROR, OUTLAY_FIGURE_ERROR_INVALID_RATE);

  /* A rate no chart can show: every figure would read "$inf tn" (issue
   * 11, item 11) */
  options.user_rate = 1e-300;
  g_clear_error (&error);
  g_assert_false (outlay_figure_compute (bytedance, &options, &figure, &error));
  g_assert_error (error, OUTLAY_FIGURE_ERROR, OUTLAY_FIGURE_ERROR_INVALID_RATE);
  g_assert_false (outlay_rate_is_valid (1e-300));
  g_assert_false (outlay_rate_is_valid (INFINITY));
  g_assert_false (outlay_rate_is_valid (NAN));
  g_assert_true (outlay_rate_is_valid (7.2));
}

static void
test_per_year (Fixture       *fixture,
               gconstpointer  data)
{
  OutlayFigureOptions options = { .per_year = TRUE };
  OutlayFigure figure;
  g_autofree char *en = NULL;
  g_autofree char *ar = NULL;

  g_assert_true (outlay_figure_compute (fact (fixture, "alibaba-capex-2025-2027"), &options, &figure, NULL));
  g_assert_true (figure.per_year);
  g_assert_true (outlay_figure_is_derived (&figure));
  g_assert_cmpfloat_with_epsilon (figure.amount.value, 380e9 / 3, 1);
  g_assert_cmpfloat_with_epsilon (figure.amount.value, 126.67e9, 0.01e9);
  g_assert_cmpuint (figure.amount.qualifier, ==, OUTLAY_QUALIFIER_AT_LEAST);
  en = outlay_figure_describe (&figure, "en");
  ar = outlay_figure_describe (&figure, "ar");
  g_assert_cmpstr (en, ==, "per year: the total over 3 years divided by 3 (derived)");
  g_assert_cmpstr (ar, ==, "في السنة: المجموع على 3 سنوات مقسومًا على 3 (قيمة مشتقة)");

  /* Per year and in dollars: $52.44 bn / 3 */
  options.currency = "USD";
  g_assert_true (outlay_figure_compute (fact (fixture, "alibaba-capex-2025-2027"), &options, &figure, NULL));
  g_assert_cmpfloat_with_epsilon (figure.amount.value, 52.44e9 / 3, 1);

  /* A single year is not averaged */
  options.currency = NULL;
  g_assert_true (outlay_figure_compute (fact (fixture, "bytedance-capex-2026"), &options, &figure, NULL));
  g_assert_false (figure.per_year);
  g_assert_cmpfloat (figure.amount.value, ==, 160e9);
}

static void
test_not_money (Fixture       *fixture,
                gconstpointer  data)
{
  OutlayFigureOptions options = { .currency = "USD", .user_rate = 7 };
  OutlayFigure figure;
  g_autoptr(GError) error = NULL;

  g_assert_false (outlay_figure_compute (fact (fixture, "chinese-open-models-share-2025"),
                                         &options, &figure, &error));
  g_assert_error (error, OUTLAY_FIGURE_ERROR, OUTLAY_FIGURE_ERROR_NOT_MONEY);
  g_clear_error (&error);

  g_assert_false (outlay_figure_compute (fact (fixture, "china-ai-plan-2017"), &options, &figure, &error));
  g_assert_error (error, OUTLAY_FIGURE_ERROR, OUTLAY_FIGURE_ERROR_NO_AMOUNT);

  /* Already in dollars: no rate at all */
  g_assert_true (outlay_figure_compute (fact (fixture, "zai-ipo-2026"), &options, &figure, NULL));
  g_assert_cmpuint (figure.basis, ==, OUTLAY_RATE_NONE);
  g_assert_cmpfloat (figure.amount.value, ==, 560e6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/outlay/figure/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("no-conversion", test_no_conversion);
  ADD ("both-stated-conversions", test_both_stated_conversions);
  ADD ("floor-converted", test_floor_converted);
  ADD ("user-rate", test_user_rate);
  ADD ("per-year", test_per_year);
  ADD ("not-money", test_not_money);

#undef ADD

  return g_test_run ();
}

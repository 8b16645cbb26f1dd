/* test-bar-chart.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "outlay-bar-chart-private.h"
#include "outlay-entity.h"
#include "outlay-test-data.h"

/* The bar charts' layout, read back from the chart with no surface: what
 * is drawn is what these numbers say. */

typedef struct
{
  OutlayDataset *dataset;
  OutlayChart   *chart;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dataset = outlay_test_load_bundled ();
  fixture->chart = outlay_bar_chart_new (GPOINTER_TO_INT (data));
  outlay_chart_set_dataset (fixture->chart, fixture->dataset);
  outlay_chart_set_size (fixture->chart, 1200, 750);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->chart);
  g_assert_finalize_object (fixture->dataset);
}

static const OutlayBarInfo *
get_bars (Fixture *fixture,
          guint   *n)
{
  return outlay_bar_chart_get_bars (OUTLAY_BAR_CHART (fixture->chart), n);
}

/* Every bar stands on the zero line and is as tall as its value. */
static void
assert_honest (OutlayChart *chart)
{
  const OutlayValueAxis *axis = outlay_bar_chart_get_axis (OUTLAY_BAR_CHART (chart));
  const OutlayRect *plot = outlay_bar_chart_get_plot (OUTLAY_BAR_CHART (chart));
  const OutlayBarInfo *bars;
  double exponent, mantissa;
  guint n;

  bars = outlay_bar_chart_get_bars (OUTLAY_BAR_CHART (chart), &n);

  exponent = floor (log10 (axis->step));
  mantissa = axis->step / pow (10, exponent);
  g_assert_true (fabs (mantissa - 1) < 1e-9 || fabs (mantissa - 2) < 1e-9 || fabs (mantissa - 5) < 1e-9);
  g_assert_cmpfloat_with_epsilon (axis->max, axis->step * (axis->n_ticks - 1), 1e-6);

  for (guint i = 0; i < n; i++)
    {
      const OutlayRect *bar = &bars[i].place.bar;

      if (!bars[i].has_figure)
        continue;

      g_assert_cmpfloat (axis->max, >=, bars[i].figure.amount.value);
      g_assert_cmpfloat_with_epsilon (bar->y + bar->height, plot->y + plot->height, 1e-9);
      g_assert_cmpfloat_with_epsilon (bar->height / plot->height,
                                      bars[i].figure.amount.value / axis->max, 1e-9);
      g_assert_cmpfloat (bar->x, >=, plot->x);
      g_assert_cmpfloat (bar->x + bar->width, <=, plot->x + plot->width + 1e-9);

      if (i > 0 && bars[i - 1].has_figure)
        g_assert_true (bar->x >= bars[i - 1].place.bar.x + bars[i - 1].place.bar.width ||
                       bar->x + bar->width <= bars[i - 1].place.bar.x);
    }
}

static void
test_capex_bars (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char * const order[] = {
    "bytedance-capex-2025", "bytedance-capex-2025-reuters", "bytedance-capex-2026",
    "alibaba-capex-2025-2027",
  };
  const OutlayValueAxis *axis = outlay_bar_chart_get_axis (OUTLAY_BAR_CHART (fixture->chart));
  const OutlayRect *plot = outlay_bar_chart_get_plot (OUTLAY_BAR_CHART (fixture->chart));
  const OutlayBarInfo *bars;
  guint n;

  bars = get_bars (fixture, &n);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (outlay_fact_get_id (bars[i].fact), ==, order[i]);

  /* From zero to 500 bn in steps of 100 bn: 400 bn would leave Alibaba's
   * floor of 380 bn too little room above it for its open, dashed reach */
  g_assert_cmpfloat (axis->max, ==, 500e9);
  g_assert_cmpfloat (axis->step, ==, 100e9);
  assert_honest (fixture->chart);
  g_assert_cmpfloat (bars[3].place.bar.y - plot->y, >=, 26);

  /* 380 bn is 76 % of the plot's height; a floor, planned, over 3 years */
  g_assert_cmpfloat_with_epsilon (bars[3].place.bar.height, plot->height * 0.76, 1e-9);
  g_assert_true (outlay_amount_is_floor (&bars[3].figure.amount));
  g_assert_cmpuint (outlay_fact_get_status (bars[3].fact), ==, OUTLAY_FACT_PLANNED);
  g_assert_cmpfloat (bars[3].figure.years, ==, 3);
  g_assert_false (bars[3].figure.per_year);

  /* "More than 150 bn" is a floor too; the December figure is not */
  g_assert_true (outlay_amount_is_floor (&bars[1].figure.amount));
  g_assert_false (outlay_amount_is_floor (&bars[0].figure.amount));
  g_assert_cmpuint (outlay_fact_get_status (bars[0].fact), ==, OUTLAY_FACT_ACTUAL);

  /* 85 bn of the 2026 plan drawn inside it, from the same foot */
  g_assert_cmpstr (outlay_fact_get_id (bars[2].part), ==, "bytedance-capex-2026-ai-processors");
  g_assert_cmpfloat_with_epsilon (bars[2].place.part.height / bars[2].place.bar.height, 85.0 / 160.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (bars[2].place.part.y + bars[2].place.part.height,
                                  bars[2].place.bar.y + bars[2].place.bar.height, 1e-9);
}

static void
test_per_year (Fixture       *fixture,
               gconstpointer  data)
{
  const OutlayBarInfo *bars;
  g_autofree char *units = NULL;
  g_autofree char *description = NULL;
  guint n;

  outlay_chart_set_per_year (fixture->chart, TRUE);
  bars = get_bars (fixture, &n);

  g_assert_true (bars[3].figure.per_year);
  g_assert_true (outlay_figure_is_derived (&bars[3].figure));
  g_assert_cmpfloat_with_epsilon (bars[3].figure.amount.value, 380e9 / 3, 1);
  g_assert_true (outlay_amount_is_floor (&bars[3].figure.amount));
  g_assert_false (bars[2].figure.per_year);

  /* The tallest bar is now ByteDance's 160 bn: the axis follows */
  g_assert_cmpfloat (outlay_bar_chart_get_axis (OUTLAY_BAR_CHART (fixture->chart))->max, ==, 200e9);
  assert_honest (fixture->chart);

  units = outlay_chart_dup_units (fixture->chart);
  g_assert_cmpstr (units, ==, "As each source states it, from zero; "
                              "totals over several years shown per year (derived)");
  /* Marks are the bars and the part inside the third: Alibaba's is the fifth */
  g_assert_true (outlay_chart_get_mark (fixture->chart, 4)->fact == bars[3].fact);
  description = outlay_chart_dup_mark_description (fixture->chart, 4);
  g_assert_nonnull (strstr (description, "per year: the total over 3 years divided by 3 (derived)"));
}

static void
test_rtl_mirrors (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(OutlayChart) rtl = outlay_bar_chart_new (OUTLAY_FACT_CAPEX);
  const OutlayRect *plot_ltr = outlay_bar_chart_get_plot (OUTLAY_BAR_CHART (fixture->chart));
  const OutlayRect *plot_rtl;
  const OutlayBarInfo *ltr, *bars_rtl;
  guint n, n_rtl;

  outlay_chart_set_dataset (rtl, fixture->dataset);
  outlay_chart_set_size (rtl, 1200, 750);
  outlay_chart_set_direction (rtl, PANGO_DIRECTION_RTL);

  ltr = get_bars (fixture, &n);
  bars_rtl = outlay_bar_chart_get_bars (OUTLAY_BAR_CHART (rtl), &n_rtl);
  plot_rtl = outlay_bar_chart_get_plot (OUTLAY_BAR_CHART (rtl));
  g_assert_cmpuint (n, ==, n_rtl);

  /* The axis takes the other side: the plot starts at the left margin */
  g_assert_cmpfloat (plot_rtl->x, <, plot_ltr->x);
  g_assert_cmpfloat_with_epsilon (plot_rtl->width, plot_ltr->width, 1e-9);

  for (guint i = 0; i < n; i++)
    {
      double from_start_ltr = ltr[i].place.bar.x + ltr[i].place.bar.width / 2 - plot_ltr->x;
      double from_start_rtl = plot_rtl->x + plot_rtl->width -
                              (bars_rtl[i].place.bar.x + bars_rtl[i].place.bar.width / 2);

      g_assert_true (ltr[i].fact == bars_rtl[i].fact);
      g_assert_cmpfloat_with_epsilon (from_start_ltr, from_start_rtl, 1e-9);
      /* The same share of the plot: the plots' heights may differ by
       * the sources' line, whose Arabic comma takes a taller font */
      g_assert_cmpfloat_with_epsilon (ltr[i].place.bar.height / plot_ltr->height,
                                      bars_rtl[i].place.bar.height / plot_rtl->height, 1e-9);
    }

  /* The first bar is the rightmost */
  g_assert_cmpfloat (bars_rtl[0].place.bar.x, >, bars_rtl[n - 1].place.bar.x);
  assert_honest (rtl);
}

/* The mark showing @fact, or -1 */
static int
find_mark (OutlayChart *chart,
           OutlayFact  *fact)
{
  for (guint i = 0; i < outlay_chart_get_n_marks (chart); i++)
    if (outlay_chart_get_mark (chart, i)->fact == fact)
      return (int)i;

  return -1;
}

static void
test_hit_tests (Fixture       *fixture,
                gconstpointer  data)
{
  const OutlayRect *plot = outlay_bar_chart_get_plot (OUTLAY_BAR_CHART (fixture->chart));
  const OutlayBarInfo *bars;
  guint n;
  int part_mark, index;

  bars = get_bars (fixture, &n);
  /* Every bar, and the part inside the 2026 plan: 85 bn of it for AI
   * processors, a fact of its own that must be reachable */
  g_assert_cmpuint (outlay_chart_get_n_marks (fixture->chart), ==, n + 1);

  for (guint i = 0; i < n; i++)
    {
      const OutlayRect *bar = &bars[i].place.bar;
      int mark = find_mark (fixture->chart, bars[i].fact);

      g_assert_cmpint (mark, >=, 0);
      /* Above its part, if it has one */
      g_assert_cmpint (outlay_chart_hit_test (fixture->chart, bar->x + bar->width / 2, bar->y + 2), ==, mark);
      g_assert_cmpint (outlay_chart_hit_test (fixture->chart, bar->x + 1, bar->y + bar->height - 1), ==, mark);
      /* Just outside the bar, in the gap of its slot */
      g_assert_cmpint (outlay_chart_hit_test (fixture->chart, bar->x - 2, bar->y + bar->height / 2), ==, -1);
      g_assert_cmpint (outlay_chart_hit_test (fixture->chart, bar->x + bar->width + 2, bar->y + bar->height / 2), ==, -1);
    }

  /* The part, pointed at inside its whole, is the part; it comes right
   * after its whole in reading order */
  part_mark = find_mark (fixture->chart, bars[2].part);
  g_assert_cmpint (part_mark, ==, find_mark (fixture->chart, bars[2].fact) + 1);
  g_assert_cmpint (outlay_chart_hit_test (fixture->chart, bars[2].place.part.x + bars[2].place.part.width / 2,
                                          bars[2].place.part.y + bars[2].place.part.height / 2), ==, part_mark);

  /* Above the smallest bar, and outside the plot */
  g_assert_cmpint (outlay_chart_hit_test (fixture->chart, bars[0].place.bar.x + 5, bars[0].place.bar.y - 5), ==, -1);
  g_assert_cmpint (outlay_chart_hit_test (fixture->chart, 2, 2), ==, -1);
  g_assert_cmpint (outlay_chart_hit_test (fixture->chart, plot->x + plot->width / 2, plot->y + plot->height + 30), ==, -1);

  /* Keyboard: reading order, through the part, clamped at both ends */
  g_assert_cmpint (outlay_chart_get_adjacent_mark (fixture->chart, -1, 1), ==, 0);
  g_assert_cmpint (outlay_chart_get_adjacent_mark (fixture->chart, -1, -1), ==, n);
  g_assert_cmpint (outlay_chart_get_adjacent_mark (fixture->chart, 0, 1), ==, 1);
  g_assert_cmpint (outlay_chart_get_adjacent_mark (fixture->chart, 0, -1), ==, 0);
  g_assert_cmpint (outlay_chart_get_adjacent_mark (fixture->chart, n, 1), ==, n);
  index = -1;
  for (guint step = 0; step <= n; step++)
    index = outlay_chart_get_adjacent_mark (fixture->chart, index, 1);
  g_assert_cmpint (index, ==, n);
  g_assert_cmpint (outlay_chart_get_adjacent_mark (fixture->chart, part_mark - 1, 1), ==, part_mark);
}

static void
test_frame (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *title = outlay_chart_dup_title (fixture->chart);
  g_autofree char *units = outlay_chart_dup_units (fixture->chart);
  g_autofree char *sources = outlay_chart_dup_source_line (fixture->chart);
  g_autofree char *description = outlay_chart_dup_mark_description (fixture->chart, 4);
  g_autofree char *part = outlay_chart_dup_mark_description (fixture->chart, 3);

  g_assert_cmpstr (part, ==, "ByteDance 2026 plan: AI processors: 85 bn yuan, part of 160 bn yuan");
  g_assert_cmpstr (title, ==, "Capital spending");
  g_assert_cmpstr (units, ==, "As each source states it, from zero");
  g_assert_cmpstr (sources, ==, "Sources: Arabic news site (urgent item); Arabic business news site");
  g_assert_cmpstr (description, ==, "Alibaba, 2025–2027 total: ≥ 380 bn yuan");

  outlay_chart_set_currency (fixture->chart, "USD", OUTLAY_RATE_MODE_USER, 7.2);
  g_clear_pointer (&units, g_free);
  units = outlay_chart_dup_units (fixture->chart);
  g_assert_cmpstr (units, ==, "In USD, converted at your rate of 7.2 CNY per USD");
  g_clear_pointer (&description, g_free);
  description = outlay_chart_dup_mark_description (fixture->chart, 4);
  g_assert_cmpstr (description, ==,
                   "Alibaba, 2025–2027 total: ≥ $52.78 bn — at your rate of 7.2 CNY per USD");
}

/* In Arabic the qualifier is words: "≥" would be mirrored into "≤" */
static void
test_arabic_qualifier (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *description = NULL;

  outlay_chart_set_language (fixture->chart, "ar");
  outlay_chart_set_direction (fixture->chart, PANGO_DIRECTION_RTL);
  description = outlay_chart_dup_mark_description (fixture->chart, 4);
  g_assert_nonnull (strstr (description, "ما لا يقل عن 380 مليار يوان"));
  g_assert_null (strstr (description, "≥"));
}

static void
test_campaign (Fixture       *fixture,
               gconstpointer  data)
{
  const OutlayBarInfo *bars;
  g_autofree char *description = NULL;
  guint n;

  bars = get_bars (fixture, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpstr (outlay_fact_get_id (bars[0].fact), ==, "qwen-campaign-2026");
  g_assert_cmpstr (outlay_fact_get_id (bars[1].fact), ==, "yuanbao-campaign-2026");
  g_assert_cmpstr (outlay_fact_get_id (bars[2].fact), ==, "baidu-campaign-2026");
  g_assert_cmpfloat (bars[0].figure.amount.value, ==, 3e9);
  g_assert_cmpfloat (bars[2].figure.amount.value, ==, 500e6);

  /* The total the article gives comes last, drawn as a total */
  g_assert_cmpstr (outlay_fact_get_id (bars[3].fact), ==, "campaigns-total-2026");
  g_assert_true (bars[3].is_total);
  g_assert_false (bars[0].is_total);
  assert_honest (fixture->chart);

  /* In dollars at the stated rates: Qwen's as the first source gave it;
   * the others, which no source converts, are not drawn against a dollar
   * axis, and the chart names them instead of inventing */
  outlay_chart_set_currency (fixture->chart, "USD", OUTLAY_RATE_MODE_STATED, 0);
  bars = get_bars (fixture, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (bars[0].has_figure);
  g_assert_cmpfloat (bars[0].figure.amount.value, ==, 431e6);
  description = outlay_chart_dup_mark_description (fixture->chart, 0);
  g_assert_nonnull (strstr (description, "at the rate stated by Al-Eqtisadiah"));
  g_clear_pointer (&description, g_free);
  description = outlay_chart_dup_plot_note (fixture->chart);
  g_assert_cmpstr (description, ==,
                   "Not drawn: Yuanbao Lunar New Year campaign (1 bn yuan): no stated rate; "
                   "Baidu chatbot Lunar New Year campaign (500 M yuan): no stated rate; "
                   "Lunar New Year AI campaigns, total (about 4.5 bn yuan): no stated rate");
}

/* A dollar chart has a dollar axis, even when its first figure has no
 * stated rate; the figures it cannot convert, parts included, are named
 * under the plot, not dropped without a word (issue 12, item 1) */
static void
test_one_unit (Fixture       *fixture,
               gconstpointer  data)
{
  const OutlayValueAxis *axis;
  const OutlayBarInfo *bars;
  g_autofree char *note = NULL;
  guint n, n_omitted;
  const OutlayBarOmitted *omitted;

  outlay_chart_set_currency (fixture->chart, "USD", OUTLAY_RATE_MODE_STATED, 0);
  bars = get_bars (fixture, &n);
  axis = outlay_bar_chart_get_axis (OUTLAY_BAR_CHART (fixture->chart));
  g_assert_cmpstr (outlay_bar_chart_get_axis_unit (OUTLAY_BAR_CHART (fixture->chart))->currency, ==, "USD");

  for (guint i = 0; i < axis->n_ticks; i++)
    {
      g_autofree char *tick = outlay_bar_chart_format_tick (OUTLAY_BAR_CHART (fixture->chart),
                                                            outlay_value_axis_tick (axis, i));

      g_assert_true (tick[0] == '$');
      g_assert_null (strstr (tick, "yuan"));
    }
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (bars[i].figure.amount.currency, ==, "USD");

  omitted = outlay_bar_chart_get_omitted (OUTLAY_BAR_CHART (fixture->chart), &n_omitted);
  g_assert_cmpuint (n_omitted, ==, 2);
  for (guint i = 0; i < n_omitted; i++)
    {
      g_assert_cmpuint (omitted[i].reason, ==, OUTLAY_BAR_OMITTED_NO_RATE);
      g_assert_true (g_str_equal (outlay_fact_get_id (omitted[i].fact), "bytedance-capex-2025") ||
                     g_str_equal (outlay_fact_get_id (omitted[i].fact), "bytedance-capex-2026-ai-processors"));
    }
  note = outlay_chart_dup_plot_note (fixture->chart);
  g_assert_nonnull (strstr (note, "ByteDance 2026 plan: AI processors (85 bn yuan): no stated rate"));
}

/* A floor whose value falls on a round tick keeps its open top: the axis
 * goes on above it (issue 12, item 2) */
static void
test_floor_headroom (void)
{
  static const char json[] =
    "{\"format\":\"outlay-dataset\",\"version\":1,\"title\":{\"en\":\"t\",\"ar\":\"t\"},"
    "\"entities\":[{\"id\":\"a\",\"kind\":\"company\",\"color\":\"#3584e4\",\"name\":{\"en\":\"A\",\"ar\":\"A\"}}],"
    "\"sources\":[{\"id\":\"s\",\"publisher\":{\"en\":\"S\",\"ar\":\"S\"},\"published\":\"2025\",\"language\":\"en\",\"title\":\"t\"}],"
    "\"facts\":[{\"id\":\"p\",\"kind\":\"capex\",\"entity\":\"a\",\"status\":\"planned\","
    "\"amount\":{\"value\":5e9,\"currency\":\"USD\",\"qualifier\":\"at-least\"},"
    "\"period\":{\"start\":\"2026\",\"end\":\"2028\"},\"label\":{\"en\":\"plan\",\"ar\":\"plan\"},"
    "\"citations\":[{\"source\":\"s\",\"quote\":\"q\",\"language\":\"en\",\"translation\":\"q\"}]}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(OutlayDataset) dataset = outlay_dataset_new_from_bytes (bytes, "floor.json", &error);
  g_autoptr(OutlayChart) chart = outlay_bar_chart_new (OUTLAY_FACT_CAPEX);
  const OutlayBarInfo *bars;
  const OutlayRect *plot;
  guint n;

  g_assert_no_error (error);
  outlay_chart_set_dataset (chart, dataset);

  for (double height = 300; height <= 1200; height += 150)
    {
      outlay_chart_set_size (chart, 800, height);
      bars = outlay_bar_chart_get_bars (OUTLAY_BAR_CHART (chart), &n);
      plot = outlay_bar_chart_get_plot (OUTLAY_BAR_CHART (chart));
      g_assert_cmpuint (n, ==, 1);
      g_assert_cmpfloat (outlay_bar_chart_get_axis (OUTLAY_BAR_CHART (chart))->max, >, 5e9);
      /* The dashed reach and its arrow, 26 px (less on a plot under
       * 87 px), inside the plot */
      g_assert_cmpfloat (outlay_bar_chart_floor_reach (OUTLAY_BAR_CHART (chart)), ==, MIN (26, plot->height * 0.3));
      g_assert_cmpfloat (bars[0].place.bar.y - outlay_bar_chart_floor_reach (OUTLAY_BAR_CHART (chart)), >=, plot->y);
      assert_honest (chart);
    }
}

static void
test_hidden_entities (Fixture       *fixture,
                      gconstpointer  data)
{
  static const char * const hidden[] = { "bytedance", NULL };
  const OutlayBarInfo *bars;
  guint n;

  outlay_chart_set_hidden_entities (fixture->chart, hidden);
  bars = get_bars (fixture, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (outlay_fact_get_id (bars[0].fact), ==, "alibaba-capex-2025-2027");
  assert_honest (fixture->chart);

  /* Hiding the chart's own kind leaves nothing to draw, and says so */
  outlay_chart_set_kind_hidden (fixture->chart, OUTLAY_FACT_CAPEX, TRUE);
  bars = get_bars (fixture, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (outlay_chart_get_n_marks (fixture->chart), ==, 0);
  g_assert_null (outlay_chart_dup_source_line (fixture->chart));
}

/* The chart says what the filters leave out of it, above the sources, and
 * its plot makes room for the line; a filter that hides nothing this chart
 * draws is not mentioned. */
static void
test_filter_note (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const hidden[] = { "bytedance", "tencent", NULL };
  g_autofree char *note = NULL;
  double plot_bottom;

  g_assert_null (outlay_chart_dup_filter_note (fixture->chart));
  plot_bottom = outlay_bar_chart_get_plot (OUTLAY_BAR_CHART (fixture->chart))->y +
                outlay_bar_chart_get_plot (OUTLAY_BAR_CHART (fixture->chart))->height;

  /* Events and Tencent (a campaign budget only) are not on this chart */
  outlay_chart_set_kind_hidden (fixture->chart, OUTLAY_FACT_EVENT, TRUE);
  g_assert_null (outlay_chart_dup_filter_note (fixture->chart));

  outlay_chart_set_hidden_entities (fixture->chart, hidden);
  note = outlay_chart_dup_filter_note (fixture->chart);
  g_assert_cmpstr (note, ==, "Not shown: ByteDance");
  g_clear_pointer (&note, g_free);
  g_assert_cmpfloat (outlay_bar_chart_get_plot (OUTLAY_BAR_CHART (fixture->chart))->y +
                     outlay_bar_chart_get_plot (OUTLAY_BAR_CHART (fixture->chart))->height,
                     <, plot_bottom - 10);
  assert_honest (fixture->chart);

  outlay_chart_set_kind_hidden (fixture->chart, OUTLAY_FACT_CAPEX, TRUE);
  note = outlay_chart_dup_filter_note (fixture->chart);
  g_assert_cmpstr (note, ==, "Not shown: ByteDance; and facts of kind Capital spending");
  g_clear_pointer (&note, g_free);

  outlay_chart_set_hidden_entities (fixture->chart, NULL);
  note = outlay_chart_dup_filter_note (fixture->chart);
  g_assert_cmpstr (note, ==, "Not shown: facts of kind Capital spending");
  g_clear_pointer (&note, g_free);

  /* Mirrored, the list is joined with the Arabic comma */
  outlay_chart_set_kind_hidden (fixture->chart, OUTLAY_FACT_CAPEX, FALSE);
  outlay_chart_set_hidden_entities (fixture->chart, (const char * const[]) { "bytedance", "alibaba", NULL });
  outlay_chart_set_direction (fixture->chart, PANGO_DIRECTION_RTL);
  outlay_chart_set_language (fixture->chart, "ar");
  note = outlay_chart_dup_filter_note (fixture->chart);
  g_assert_nonnull (strstr (note, "، "));
  g_assert_null (strstr (note, "ByteDance"));
}

/* The legend wraps on a narrow chart: every entry inside the chart, none
 * over another, mirrored under RTL, and the plot below its last row; on a
 * wide chart it is one row. */
static void
test_legend_wraps (Fixture       *fixture,
                   gconstpointer  data)
{
  static const int widths[] = { 1200, 560, 420 };

  for (guint d = 0; d < 2; d++)
    for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
      {
        g_autofree OutlayRect *rects = NULL;
        const OutlayRect *plot;
        double bottom = 0;
        guint n, rows = 1;

        outlay_chart_set_direction (fixture->chart, d ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
        outlay_chart_set_size (fixture->chart, widths[w], 600);
        rects = outlay_chart_get_legend_rects (fixture->chart, &n);
        plot = outlay_bar_chart_get_plot (OUTLAY_BAR_CHART (fixture->chart));
        g_assert_cmpuint (n, >=, 3);

        for (guint i = 0; i < n; i++)
          {
            g_assert_cmpfloat (rects[i].x, >=, 24 - 1e-9);
            g_assert_cmpfloat (rects[i].x + rects[i].width, <=, widths[w] - 24 + 1e-9);
            bottom = MAX (bottom, rects[i].y + rects[i].height);
            if (i > 0 && rects[i].y > rects[i - 1].y)
              rows++;
            for (guint j = 0; j < i; j++)
              g_assert_false (rects[i].y < rects[j].y + rects[j].height && rects[j].y < rects[i].y + rects[i].height &&
                              rects[i].x < rects[j].x + rects[j].width && rects[j].x < rects[i].x + rects[i].width);
          }
        /* The first entry starts at the start edge */
        if (d == 0)
          g_assert_cmpfloat_with_epsilon (rects[0].x, 24, 1e-9);
        else
          g_assert_cmpfloat_with_epsilon (rects[0].x + rects[0].width, widths[w] - 24, 1e-9);

        if (widths[w] >= 1200)
          g_assert_cmpuint (rows, ==, 1);
        else
          g_assert_cmpuint (rows, >, 1);
        g_assert_cmpfloat (plot->y, >, bottom);
        assert_honest (fixture->chart);
      }
}

/* A dataset of @n companies of other names, each with a capex figure of
 * its own size: the chart knows no company. */
static OutlayDataset *
make_synthetic (guint n)
{
  g_autoptr(GString) json = g_string_new ("{\"format\":\"outlay-dataset\",\"version\":1,"
                                          "\"title\":{\"en\":\"s\",\"ar\":\"s\"},\"entities\":[");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  OutlayDataset *dataset;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\":\"c%u\",\"kind\":\"company\",\"color\":\"#%06x\","
                            "\"name\":{\"en\":\"Company %u\",\"ar\":\"شركة %u\"}}",
                            i ? "," : "", i, 0x102030 * (i + 1) & 0xffffff, i, i);
  /* Three articles, two of them from one publisher */
  g_string_append (json, "],\"sources\":["
                         "{\"id\":\"s0\",\"publisher\":{\"en\":\"P\",\"ar\":\"ن\"},"
                         "\"published\":\"2031\",\"language\":\"en\",\"title\":\"t\"},"
                         "{\"id\":\"s1\",\"publisher\":{\"en\":\"P\",\"ar\":\"ن\"},"
                         "\"published\":\"2031-02\",\"language\":\"en\",\"title\":\"u\"},"
                         "{\"id\":\"s2\",\"publisher\":{\"en\":\"Q\",\"ar\":\"ق\"},"
                         "\"published\":\"2031\",\"language\":\"en\",\"title\":\"v\"}],\"facts\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\":\"f%u\",\"kind\":\"capex\",\"entity\":\"c%u\","
                            "\"amount\":{\"value\":%u,\"currency\":\"EUR\",\"qualifier\":\"exact\"},"
                            "\"period\":{\"start\":\"2031\"},\"label\":{\"en\":\"f\",\"ar\":\"f\"},"
                            "\"citations\":[{\"source\":\"s%u\",\"quote\":\"q\",\"language\":\"en\","
                            "\"translation\":\"q\"}]}",
                            i ? "," : "", i, i, (i + 1) * 1700000, i % 3);
  g_string_append (json, "]}");

  bytes = g_string_free_to_bytes (g_steal_pointer (&json));
  dataset = outlay_dataset_new_from_bytes (bytes, "synthetic.json", &error);
  g_assert_no_error (error);
  return dataset;
}

static void
test_other_dataset (void)
{
  static const guint sizes[] = { 1, 3, 10, 40 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      OutlayDataset *dataset = make_synthetic (sizes[s]);
      OutlayChart *chart = outlay_bar_chart_new (OUTLAY_FACT_CAPEX);
      const OutlayValueAxis *axis;
      const OutlayBarInfo *bars;
      guint n;

      outlay_chart_set_dataset (chart, dataset);
      outlay_chart_set_size (chart, 1200, 750);
      bars = outlay_bar_chart_get_bars (OUTLAY_BAR_CHART (chart), &n);
      axis = outlay_bar_chart_get_axis (OUTLAY_BAR_CHART (chart));

      g_assert_cmpuint (n, ==, sizes[s]);
      g_assert_cmpfloat (axis->max, >=, sizes[s] * 1700000.0);
      g_assert_cmpstr (bars[n - 1].figure.amount.currency, ==, "EUR");
      assert_honest (chart);

      /* Each publisher named once, however many of its articles are cited */
      {
        g_autofree char *sources = outlay_chart_dup_source_line (chart);

        g_assert_cmpstr (sources, ==, sizes[s] < 3 ? "Sources: P" : "Sources: P; Q");
      }

      g_assert_finalize_object (chart);
      g_assert_finalize_object (dataset);
    }
}

static void
test_value_axis (void)
{
  static const struct {
    double max;
    double axis_max, step;
  } cases[] = {
    { 380e9, 400e9, 100e9 },
    { 160e9, 200e9, 50e9 },
    { 3e9, 3e9, 1e9 },
    { 4.5e9, 5e9, 1e9 },
    { 431e6, 500e6, 100e6 },
    { 1, 1, 0.2 },
    { 0, 1, 0.2 },
    { 7, 8, 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      OutlayValueAxis axis;

      outlay_value_axis_init (&axis, cases[i].max, 6);
      g_assert_cmpfloat_with_epsilon (axis.max, cases[i].axis_max, cases[i].axis_max * 1e-12);
      g_assert_cmpfloat_with_epsilon (axis.step, cases[i].step, cases[i].step * 1e-12);
      g_assert_cmpuint (axis.n_ticks, <=, 6);
      g_assert_cmpfloat (outlay_value_axis_tick (&axis, 0), ==, 0);
    }
}

/* A one-figure capex dataset of @value yuan */
static OutlayDataset *
one_figure (const char *value)
{
  g_autofree char *json = g_strdup_printf (
    "{\"format\":\"outlay-dataset\",\"version\":1,\"title\":{\"en\":\"t\",\"ar\":\"t\"},"
    "\"entities\":[{\"id\":\"a\",\"kind\":\"company\",\"color\":\"#3584e4\",\"name\":{\"en\":\"A\",\"ar\":\"A\"}}],"
    "\"sources\":[{\"id\":\"s\",\"publisher\":{\"en\":\"S\",\"ar\":\"S\"},\"published\":\"2025\",\"language\":\"en\",\"title\":\"t\"}],"
    "\"facts\":[{\"id\":\"p\",\"kind\":\"capex\",\"entity\":\"a\","
    "\"amount\":{\"value\":%s,\"currency\":\"CNY\",\"qualifier\":\"exact\"},"
    "\"period\":{\"start\":\"2026\"},\"label\":{\"en\":\"plan\",\"ar\":\"plan\"},"
    "\"citations\":[{\"source\":\"s\",\"quote\":\"q\",\"language\":\"en\",\"translation\":\"q\"}]}]}", value);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  OutlayDataset *dataset = outlay_dataset_new_from_bytes (bytes, "one.json", &error);

  g_assert_no_error (error);
  return dataset;
}

/* Small values: no two ticks read the same, and the bar's label is not
 * "0" (issue 11, item 11: 0.001 yuan made every tick "0 yuan") */
static void
test_small_values (void)
{
  static const char * const values[] = { "0.001", "0.0004", "1.5", "999", "0.05" };

  for (guint v = 0; v < G_N_ELEMENTS (values); v++)
    {
      g_autoptr(OutlayDataset) dataset = one_figure (values[v]);
      g_autoptr(OutlayChart) chart = outlay_bar_chart_new (OUTLAY_FACT_CAPEX);
      g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      const OutlayValueAxis *axis;
      const OutlayBarInfo *bars;
      g_autofree char *label = NULL;
      guint n;

      outlay_chart_set_dataset (chart, dataset);
      bars = outlay_bar_chart_get_bars (OUTLAY_BAR_CHART (chart), &n);
      axis = outlay_bar_chart_get_axis (OUTLAY_BAR_CHART (chart));
      g_assert_cmpuint (n, ==, 1);
      g_assert_cmpuint (axis->n_ticks, >=, 2);
      for (guint i = 0; i < axis->n_ticks; i++)
        {
          char *tick = outlay_bar_chart_format_tick (OUTLAY_BAR_CHART (chart), outlay_value_axis_tick (axis, i));

          g_assert_true (g_hash_table_add (seen, tick));
        }
      label = outlay_bar_chart_format_figure (OUTLAY_BAR_CHART (chart), &bars[0].figure);
      g_assert_false (g_str_has_prefix (label, "0 "));
      g_assert_nonnull (strstr (label, values[v]));
      assert_honest (chart);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, kind, func) \
  g_test_add ("/outlay/bar-chart/" path, Fixture, GINT_TO_POINTER (kind), \
              fixture_set_up, func, fixture_tear_down)

  ADD ("capex-bars", OUTLAY_FACT_CAPEX, test_capex_bars);
  ADD ("per-year", OUTLAY_FACT_CAPEX, test_per_year);
  ADD ("rtl-mirrors", OUTLAY_FACT_CAPEX, test_rtl_mirrors);
  ADD ("hit-tests", OUTLAY_FACT_CAPEX, test_hit_tests);
  ADD ("frame", OUTLAY_FACT_CAPEX, test_frame);
  ADD ("arabic-qualifier", OUTLAY_FACT_CAPEX, test_arabic_qualifier);
  ADD ("campaign", OUTLAY_FACT_CAMPAIGN_BUDGET, test_campaign);
  ADD ("one-unit", OUTLAY_FACT_CAPEX, test_one_unit);
  ADD ("hidden-entities", OUTLAY_FACT_CAPEX, test_hidden_entities);
  ADD ("filter-note", OUTLAY_FACT_CAPEX, test_filter_note);
  ADD ("legend-wraps", OUTLAY_FACT_CAPEX, test_legend_wraps);

#undef ADD

  g_test_add_func ("/outlay/bar-chart/other-dataset", test_other_dataset);
  g_test_add_func ("/outlay/bar-chart/value-axis", test_value_axis);
  g_test_add_func ("/outlay/bar-chart/floor-headroom", test_floor_headroom);
  g_test_add_func ("/outlay/bar-chart/small-values", test_small_values);

  return g_test_run ();
}

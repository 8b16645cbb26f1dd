/* test-dataset.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "outlay-citation.h"
#include "outlay-dataset.h"
#include "outlay-test-data.h"
#include "outlay-entity.h"
#include "outlay-fact.h"
#include "outlay-source.h"

/* The bundled dataset, read by the loader: the figures the articles state,
 * kept as they state them. */

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
  g_assert_cmpstr (outlay_fact_get_id (found), ==, id);
  return found;
}

static void
assert_period (OutlayFact *f,
               const char *start,
               const char *end)
{
  const OutlayPeriod *period = outlay_fact_get_period (f);
  g_autofree char *start_text = outlay_partial_date_to_string (&period->start);
  g_autofree char *end_text = outlay_partial_date_to_string (&period->end);

  g_assert_cmpstr (start_text, ==, start);
  g_assert_cmpstr (end_text, ==, end);
}

static void
assert_amount (OutlayFact      *f,
               double           value,
               const char      *currency,
               OutlayQualifier  qualifier)
{
  const OutlayAmount *amount = outlay_fact_get_amount (f);

  g_assert_nonnull (amount);
  g_assert_cmpfloat (amount->value, ==, value);
  g_assert_cmpstr (amount->currency, ==, currency);
  g_assert_cmpuint (amount->qualifier, ==, qualifier);
}

static void
test_counts (Fixture       *fixture,
             gconstpointer  data)
{
  GListModel *facts = outlay_dataset_get_facts (fixture->dataset);
  g_autofree char *summary = outlay_dataset_dup_summary (fixture->dataset);

  g_assert_true (g_list_model_get_item_type (facts) == OUTLAY_TYPE_FACT);
  g_assert_cmpuint (g_list_model_get_n_items (outlay_dataset_get_entities (fixture->dataset)), ==, 19);
  g_assert_cmpuint (g_list_model_get_n_items (outlay_dataset_get_sources (fixture->dataset)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (facts), ==, 36);
  g_assert_cmpstr (summary, ==, "19 entities, 5 sources, 36 facts (20 figures, 16 events)");
  g_assert_cmpstr (outlay_dataset_get_title (fixture->dataset, "en"), ==,
                   "China's AI spending race, 2025–2026");
}

static void
test_capex (Fixture       *fixture,
            gconstpointer  data)
{
  OutlayFact *alibaba = fact (fixture, "alibaba-capex-2025-2027");
  OutlayFact *plan = fact (fixture, "bytedance-capex-2026");
  OutlayFact *chips = fact (fixture, "bytedance-capex-2026-ai-processors");
  OutlayFact *spent = fact (fixture, "bytedance-capex-2025");
  OutlayFact *budget = fact (fixture, "bytedance-capex-2025-reuters");
  const OutlayConversion *conversions;
  guint n;

  /* Alibaba: a floor, planned, over three years, as one total */
  assert_amount (alibaba, 380e9, "CNY", OUTLAY_QUALIFIER_AT_LEAST);
  g_assert_cmpuint (outlay_fact_get_kind (alibaba), ==, OUTLAY_FACT_CAPEX);
  g_assert_cmpuint (outlay_fact_get_status (alibaba), ==, OUTLAY_FACT_PLANNED);
  assert_period (alibaba, "2025", "2027");
  g_assert_cmpfloat (outlay_period_get_years (outlay_fact_get_period (alibaba)), ==, 3);
  g_assert_true (outlay_fact_get_period (alibaba)->inferred);
  conversions = outlay_fact_get_conversions (alibaba, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpfloat (conversions[0].amount.value, ==, 52.44e9);
  g_assert_cmpstr (outlay_source_get_id (conversions[0].source), ==, "src-alibaba-2025");

  /* ByteDance 2026: planned, with the AI processors part inside it */
  assert_amount (plan, 160e9, "CNY", OUTLAY_QUALIFIER_EXACT);
  g_assert_cmpuint (outlay_fact_get_status (plan), ==, OUTLAY_FACT_PLANNED);
  assert_period (plan, "2026", "2026");
  assert_amount (chips, 85e9, "CNY", OUTLAY_QUALIFIER_EXACT);
  g_assert_cmpstr (outlay_fact_get_part_of (chips), ==, "bytedance-capex-2026");
  conversions = outlay_fact_get_conversions (plan, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpfloat (conversions[0].amount.value, ==, 23e9);

  /* ByteDance 2025: 150 bn spent (December), more than 150 bn budgeted
   * (January): two sources, two facts, linked */
  assert_amount (spent, 150e9, "CNY", OUTLAY_QUALIFIER_EXACT);
  assert_amount (budget, 150e9, "CNY", OUTLAY_QUALIFIER_MORE_THAN);
  g_assert_true (g_strv_contains (outlay_fact_get_related (spent), "bytedance-capex-2025-reuters"));
  g_assert_true (g_strv_contains (outlay_fact_get_related (budget), "bytedance-capex-2025"));
  conversions = outlay_fact_get_conversions (budget, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpfloat (conversions[0].amount.value, ==, 20.7e9);
}

static void
test_campaigns (Fixture       *fixture,
                gconstpointer  data)
{
  OutlayFact *qwen = fact (fixture, "qwen-campaign-2026");
  OutlayFact *total = fact (fixture, "campaigns-total-2026");
  const char * const *parts = outlay_fact_get_total_of (total);
  const OutlayConversion *conversions;
  guint n;

  assert_amount (qwen, 3e9, "CNY", OUTLAY_QUALIFIER_EXACT);
  g_assert_cmpstr (outlay_entity_get_id (outlay_fact_get_product (qwen)), ==, "qwen");
  g_assert_cmpstr (outlay_entity_get_id (outlay_fact_get_entity (qwen)), ==, "alibaba");
  assert_period (qwen, "2026-02-06", "2026-02-06");

  /* Two sources, two conversions, both kept */
  conversions = outlay_fact_get_conversions (qwen, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpfloat (conversions[0].amount.value, ==, 431e6);
  g_assert_cmpstr (outlay_source_get_id (conversions[0].source), ==, "src-aleqtisadiah-2026");
  g_assert_cmpfloat (conversions[1].amount.value, ==, 430e6);
  g_assert_cmpstr (outlay_source_get_id (conversions[1].source), ==, "src-techxplore-2026");
  g_assert_cmpuint (outlay_fact_get_n_citations (qwen), ==, 2);

  assert_amount (fact (fixture, "yuanbao-campaign-2026"), 1e9, "CNY", OUTLAY_QUALIFIER_EXACT);
  assert_amount (fact (fixture, "baidu-campaign-2026"), 500e6, "CNY", OUTLAY_QUALIFIER_EXACT);

  /* The total the article gives, "approaching 4.5 bn", not a sum */
  assert_amount (total, 4.5e9, "CNY", OUTLAY_QUALIFIER_ABOUT);
  g_assert_cmpuint (g_strv_length ((char **)parts), ==, 3);
  g_assert_true (g_strv_contains (parts, "qwen-campaign-2026"));
  g_assert_true (g_strv_contains (parts, "yuanbao-campaign-2026"));
  g_assert_true (g_strv_contains (parts, "baidu-campaign-2026"));

  assert_amount (fact (fixture, "yuanbao-campaign-prize-2026"), 1e4, "CNY", OUTLAY_QUALIFIER_UP_TO);
}

static void
test_other_figures (Fixture       *fixture,
                    gconstpointer  data)
{
  OutlayFact *revenue = fact (fixture, "alibaba-revenue-2024-oct-dec");
  OutlayFact *late_2024 = fact (fixture, "chinese-open-models-share-2024-late");
  const OutlayAmount *amount;

  assert_amount (revenue, 280.15e9, "CNY", OUTLAY_QUALIFIER_EXACT);
  assert_period (revenue, "2024-10", "2024-12");
  assert_amount (fact (fixture, "zai-ipo-2026"), 560e6, "USD", OUTLAY_QUALIFIER_EXACT);
  assert_amount (fact (fixture, "minimax-ipo-2026"), 620e6, "USD", OUTLAY_QUALIFIER_EXACT);

  amount = outlay_fact_get_amount (late_2024);
  g_assert_cmpuint (amount->unit, ==, OUTLAY_UNIT_PERCENT);
  g_assert_cmpfloat (amount->value, ==, 1.2);
  assert_period (late_2024, "2024-late", "2024-late");
  amount = outlay_fact_get_amount (fact (fixture, "chinese-open-models-share-2025"));
  g_assert_cmpfloat (amount->value, ==, 30);
  g_assert_cmpuint (amount->qualifier, ==, OUTLAY_QUALIFIER_ABOUT);

  amount = outlay_fact_get_amount (fact (fixture, "qwen-downloads-2026"));
  g_assert_cmpuint (amount->unit, ==, OUTLAY_UNIT_COUNT);
  g_assert_cmpfloat (amount->value, ==, 1e9);
  g_assert_cmpuint (amount->qualifier, ==, OUTLAY_QUALIFIER_MORE_THAN);
  amount = outlay_fact_get_amount (fact (fixture, "qwen-model-count-2026"));
  g_assert_cmpfloat (amount->value, ==, 400);

  amount = outlay_fact_get_amount (fact (fixture, "china-gdp-ai-forecast-2030"));
  g_assert_cmpuint (amount->unit, ==, OUTLAY_UNIT_BASIS_POINTS);
  g_assert_cmpfloat (amount->value, ==, 20);
  g_assert_cmpfloat (amount->max, ==, 30);
}

static void
test_events (Fixture       *fixture,
             gconstpointer  data)
{
  OutlayFact *plan = fact (fixture, "china-ai-plan-2017");
  OutlayFact *goal = fact (fixture, "china-ai-goal-2030");
  OutlayFact *holiday = fact (fixture, "lunar-new-year-holiday-2026");

  g_assert_cmpuint (outlay_fact_get_kind (plan), ==, OUTLAY_FACT_EVENT);
  g_assert_null (outlay_fact_get_amount (plan));
  assert_period (plan, "2017", "2017");
  g_assert_cmpuint (outlay_fact_get_status (goal), ==, OUTLAY_FACT_EXPECTED);
  assert_period (goal, "2030", "2030");
  assert_period (holiday, "2026-02-15", "2026-02-23");
  assert_period (fact (fixture, "qwen-campaign-start-2026"), "2026-02-06", "2026-02-06");
  assert_period (fact (fixture, "deepseek-v3-release"), "2024-12", "2024-12");
  g_assert_true (outlay_fact_get_period (fact (fixture, "deepseek-v3-release"))->inferred);
}

static void
test_sources (Fixture       *fixture,
              gconstpointer  data)
{
  OutlaySource *alibaba = outlay_dataset_lookup_source (fixture->dataset, "src-alibaba-2025");
  OutlaySource *bytedance = outlay_dataset_lookup_source (fixture->dataset, "src-bytedance-2026");
  OutlaySource *cnn = outlay_dataset_lookup_source (fixture->dataset, "src-cnn-2026");
  g_autofree char *published = NULL;

  /* "Monday", in an article of February 2025: resolved, and said so */
  g_assert_true (outlay_source_get_published_inferred (alibaba));
  g_assert_nonnull (outlay_source_get_published_note (alibaba));
  published = outlay_partial_date_to_string (outlay_source_get_published (alibaba));
  g_assert_cmpstr (published, ==, "2025-02-24");
  g_assert_true (g_strv_contains (outlay_source_get_via (alibaba), "Reuters"));

  g_assert_false (outlay_source_get_published_inferred (bytedance));
  g_assert_false (outlay_source_get_published_inferred (cnn));
  g_assert_cmpstr (outlay_source_get_language (cnn), ==, "ar");
  g_assert_null (outlay_dataset_lookup_source (fixture->dataset, "nope"));
}

/* Every fact cites a source with an Arabic quote and a translation, and
 * every figure is in base units (no "160" meaning 160 billion). */
static void
test_every_fact_cited (Fixture       *fixture,
                       gconstpointer  data)
{
  GListModel *facts = outlay_dataset_get_facts (fixture->dataset);

  for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(OutlayFact) f = g_list_model_get_item (facts, i);
      const OutlayAmount *amount = outlay_fact_get_amount (f);

      g_assert_cmpuint (outlay_fact_get_n_citations (f), >=, 1);

      for (guint j = 0; j < outlay_fact_get_n_citations (f); j++)
        {
          OutlayCitation *citation = outlay_fact_get_citation (f, j);

          g_assert_cmpstr (outlay_citation_get_language (citation), ==, "ar");
          g_assert_cmpuint (strlen (outlay_citation_get_quote (citation)), >, 10);
          g_assert_cmpuint (strlen (outlay_citation_get_translation (citation)), >, 10);
          g_assert_true (OUTLAY_IS_SOURCE (outlay_citation_get_source (citation)));
        }

      if (amount != NULL && outlay_amount_is_money (amount))
        g_assert_cmpfloat (amount->value, >=, 1000);

      g_assert_nonnull (outlay_fact_get_label (f, "en"));
      g_assert_nonnull (outlay_fact_get_label (f, "ar"));
      g_assert_cmpstr (outlay_fact_get_label (f, "ar"), !=, outlay_fact_get_label (f, "en"));
    }
}

static void
test_entities (Fixture       *fixture,
               gconstpointer  data)
{
  OutlayEntity *qwen = outlay_dataset_lookup_entity (fixture->dataset, "qwen");
  OutlayEntity *bytedance = outlay_dataset_lookup_entity (fixture->dataset, "bytedance");

  g_assert_cmpuint (outlay_entity_get_kind (qwen), ==, OUTLAY_ENTITY_PRODUCT);
  g_assert_cmpstr (outlay_entity_get_parent_id (qwen), ==, "alibaba");
  g_assert_cmpstr (outlay_entity_get_name (bytedance, "en"), ==, "ByteDance");
  g_assert_cmpstr (outlay_entity_get_name (bytedance, "ar"), ==, "بايت دانس");
  g_assert_cmpuint (outlay_entity_get_color (bytedance), ==, 0x1c71d8);
}

/* Every kind has its own name for people, apart from the format's id */
static void
test_kind_labels (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (OutlayFactKind kind = OUTLAY_FACT_CAPEX; kind <= OUTLAY_FACT_EVENT; kind++)
    {
      const char *label = outlay_fact_kind_get_label (kind);

      g_assert_nonnull (label);
      g_assert_cmpstr (label, !=, outlay_fact_kind_to_string (kind));
      g_assert_true (g_hash_table_add (seen, (gpointer)label));
    }

  g_assert_cmpstr (outlay_fact_kind_get_label (OUTLAY_FACT_IPO_PROCEEDS), ==, "IPO proceeds");
  g_assert_cmpstr (outlay_fact_kind_get_label (OUTLAY_FACT_CAMPAIGN_BUDGET), ==, "Campaign budget");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outlay/dataset/kind-labels", test_kind_labels);

#define ADD(path, func) \
  g_test_add ("/outlay/dataset/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("counts", test_counts);
  ADD ("capex", test_capex);
  ADD ("campaigns", test_campaigns);
  ADD ("other-figures", test_other_figures);
  ADD ("events", test_events);
  ADD ("sources", test_sources);
  ADD ("every-fact-cited", test_every_fact_cited);
  ADD ("entities", test_entities);

#undef ADD

  return g_test_run ();
}

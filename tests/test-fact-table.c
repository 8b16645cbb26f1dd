/* test-fact-table.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "outlay-cli.h"
#include "outlay-figure-sorter.h"

/* The table of facts alone, on the bundled dataset: the order of the
 * Figure column (money by one converted value, units apart). */

static OutlayDataset *
load_bundled (void)
{
  OutlayDataset *dataset = outlay_cli_load_dataset (NULL);

  g_assert_nonnull (dataset);
  return dataset;
}

/* The ids of @model's facts, in order, as one string: "a b c" */
static char *
dup_order (GListModel *model)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (model, i);

      if (ids->len > 0)
        g_string_append_c (ids, ' ');
      g_string_append (ids, outlay_fact_get_id (fact));
    }

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* The first ids of dup_order(), up to the first event */
static char *
dup_figure_order (GListModel *model)
{
  g_autofree char *all = dup_order (model);
  g_auto(GStrv) ids = g_strsplit (all, " ", -1);
  g_autoptr(GStrvBuilder) figures = g_strv_builder_new ();
  g_auto(GStrv) result = NULL;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (model, i);

      if (outlay_fact_get_amount (fact) == NULL)
        break;
      g_strv_builder_add (figures, ids[i]);
    }

  result = g_strv_builder_end (figures);
  return g_strjoinv (" ", result);
}

static void
assert_events_last (GListModel *model)
{
  gboolean event_seen = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (model, i);

      if (outlay_fact_get_amount (fact) == NULL)
        event_seen = TRUE;
      else
        g_assert_false (event_seen);
    }
}

/* The Figure column's sorter, over the dataset's facts: money by the
 * value the charts would show, units apart, events last */
static void
test_figure_sorter (void)
{
  g_autoptr(OutlayDataset) dataset = load_bundled ();
  OutlayFigureSorter *sorter = outlay_figure_sorter_new ();
  g_autoptr(GtkSortListModel) sorted = NULL;
  g_autofree char *order = NULL;

  sorted = gtk_sort_list_model_new (g_object_ref (outlay_dataset_get_facts (dataset)), GTK_SORTER (sorter));

  /* As the sources state it: nothing is converted, so each currency is a
   * group of its own (yuan, then dollars), then percentages, counts and
   * basis points, each by value */
  order = dup_figure_order (G_LIST_MODEL (sorted));
  g_assert_cmpstr (order, ==,
                   "yuanbao-campaign-prize-2026 baidu-campaign-2026 yuanbao-campaign-2026 "
                   "qwen-campaign-2026 campaigns-total-2026 bytedance-capex-2026-ai-processors "
                   "bytedance-capex-2025 bytedance-capex-2025-reuters bytedance-capex-2026 "
                   "alibaba-revenue-2024-oct-dec alibaba-capex-2025-2027 "
                   "zai-ipo-2026 minimax-ipo-2026 "
                   "chinese-open-models-share-2024-late chinese-open-models-share-2025 "
                   "alibaba-share-price-2025 closed-models-share-2025 "
                   "qwen-model-count-2026 qwen-downloads-2026 "
                   "china-gdp-ai-forecast-2030");
  assert_events_last (G_LIST_MODEL (sorted));
  g_clear_pointer (&order, g_free);

  /* Dollars at the rates the sources state: every converted figure by
   * its dollars ($431 M of Qwen's 3 bn yuan before MiniMax's $620 M),
   * then the yuan no source converts, apart and by value */
  outlay_figure_sorter_set_options (sorter, &(OutlayFigureOptions) { .currency = "USD" });
  order = dup_figure_order (G_LIST_MODEL (sorted));
  g_assert_cmpstr (order, ==,
                   "qwen-campaign-2026 zai-ipo-2026 minimax-ipo-2026 bytedance-capex-2025-reuters "
                   "bytedance-capex-2026 alibaba-revenue-2024-oct-dec alibaba-capex-2025-2027 "
                   "yuanbao-campaign-prize-2026 baidu-campaign-2026 yuanbao-campaign-2026 "
                   "campaigns-total-2026 bytedance-capex-2026-ai-processors bytedance-capex-2025 "
                   "chinese-open-models-share-2024-late chinese-open-models-share-2025 "
                   "alibaba-share-price-2025 closed-models-share-2025 "
                   "qwen-model-count-2026 qwen-downloads-2026 "
                   "china-gdp-ai-forecast-2030");
  assert_events_last (G_LIST_MODEL (sorted));
  g_clear_pointer (&order, g_free);

  /* Dollars at 7.2 yuan each: one value for every amount of money, so
   * 1 bn yuan ($139 M) ranks below $620 M, and 4.5 bn yuan ($625 M)
   * above it */
  outlay_figure_sorter_set_options (sorter, &(OutlayFigureOptions) {
                                      .currency = "USD", .rate_mode = OUTLAY_RATE_MODE_USER, .user_rate = 7.2 });
  order = dup_figure_order (G_LIST_MODEL (sorted));
  g_assert_cmpstr (order, ==,
                   "yuanbao-campaign-prize-2026 baidu-campaign-2026 yuanbao-campaign-2026 "
                   "qwen-campaign-2026 zai-ipo-2026 minimax-ipo-2026 campaigns-total-2026 "
                   "bytedance-capex-2026-ai-processors bytedance-capex-2025 bytedance-capex-2025-reuters "
                   "bytedance-capex-2026 alibaba-revenue-2024-oct-dec alibaba-capex-2025-2027 "
                   "chinese-open-models-share-2024-late chinese-open-models-share-2025 "
                   "alibaba-share-price-2025 closed-models-share-2025 "
                   "qwen-model-count-2026 qwen-downloads-2026 "
                   "china-gdp-ai-forecast-2030");
  assert_events_last (G_LIST_MODEL (sorted));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outlay/fact-table/figure-sorter", test_figure_sorter);

  return g_test_run ();
}

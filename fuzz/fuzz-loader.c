/* fuzz-loader.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "outlay-amount.h"
#include "outlay-dataset.h"
#include "outlay-entity.h"
#include "outlay-fact.h"
#include "outlay-partial-date.h"
#include "outlay-source.h"

/* libFuzzer target for the dataset loader (fuzz/README.md).
 *
 * Every input must end one of two ways: a dataset, which is then walked
 * and formatted the way the views would, or a NULL return with an
 * OUTLAY_DATASET_ERROR that says something. Anything else is a finding:
 * a sanitizer report, a failed assertion here, or a GLib warning or
 * critical, which the log writer below turns into an abort so that
 * libFuzzer keeps the input. */

#define DISPLAY_NAME "fuzz.json"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Debug, info and message output is dropped: printing costs more than a
 * small load. Warnings and criticals are programmer errors (a failed
 * g_return_if_fail() in the model is one), so they abort. abort() rather
 * than GLib's own fatal path: that one raises SIGTRAP on x86, which
 * libFuzzer does not catch, and the crashing input would be lost. */
static GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   log_level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  if ((log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)) != 0)
    {
      g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
      abort ();
    }

  return G_LOG_WRITER_HANDLED;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
  /* In case some code installs its own handler for a domain: still fatal. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  return 0;
}

static void
check_text (const char *text)
{
  g_assert_nonnull (text);
  g_assert_true (g_utf8_validate (text, -1, NULL));
}

/* Formats in both data languages, as the table and the charts do. */
static void
exercise_date (const OutlayPartialDate *date)
{
  g_autofree char *text = outlay_partial_date_to_string (date);
  OutlayPartialDate parsed;

  /* What the loader accepted must read back as the same date. */
  g_assert_true (outlay_partial_date_parse (text, &parsed));
  g_assert_cmpint (outlay_partial_date_compare (date, &parsed), ==, 0);
  g_assert_cmpuint (outlay_partial_date_first_day (date), <=,
                    outlay_partial_date_last_day (date));

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *formatted = outlay_partial_date_format (date, i == 0 ? "en" : "ar");

      check_text (formatted);
    }
}

static void
exercise_amount (const OutlayAmount *amount)
{
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *formatted = outlay_amount_format (amount, i == 0 ? "en" : "ar");

      check_text (formatted);
    }
}

static void
exercise_fact (OutlayFact *fact)
{
  const OutlayAmount *amount = outlay_fact_get_amount (fact);
  const OutlayPeriod *period = outlay_fact_get_period (fact);
  const OutlayConversion *conversions;
  guint n_conversions = 0;

  g_assert_nonnull (outlay_fact_get_id (fact));
  g_assert_nonnull (outlay_fact_get_entity (fact));
  g_assert_cmpuint (outlay_fact_get_n_citations (fact), >, 0);
  g_assert_true ((amount == NULL) == (outlay_fact_get_kind (fact) == OUTLAY_FACT_EVENT));

  if (amount != NULL)
    exercise_amount (amount);

  conversions = outlay_fact_get_conversions (fact, &n_conversions);
  for (guint i = 0; i < n_conversions; i++)
    {
      g_assert_nonnull (conversions[i].source);
      exercise_amount (&conversions[i].amount);
    }

  g_assert_true (outlay_period_is_valid (period));
  g_assert_cmpfloat (outlay_period_get_years (period), >, 0);
  exercise_date (&period->start);
  exercise_date (&period->end);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *formatted = outlay_period_format (period, i == 0 ? "en" : "ar");

      check_text (formatted);
    }

  if (outlay_fact_get_announced (fact) != NULL)
    exercise_date (outlay_fact_get_announced (fact));

  check_text (outlay_fact_get_label (fact, "en"));
  check_text (outlay_fact_get_label (fact, "ar"));
}

static void
exercise_dataset (OutlayDataset *dataset)
{
  GListModel *entities = outlay_dataset_get_entities (dataset);
  GListModel *sources = outlay_dataset_get_sources (dataset);
  GListModel *facts = outlay_dataset_get_facts (dataset);
  g_autofree char *summary = NULL;

  check_text (outlay_dataset_get_title (dataset, "en"));
  check_text (outlay_dataset_get_title (dataset, "ar"));

  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(OutlayEntity) entity = g_list_model_get_item (entities, i);

      g_assert_true (outlay_dataset_lookup_entity (dataset, outlay_entity_get_id (entity)) == entity);
      check_text (outlay_entity_get_name (entity, "ar"));
    }

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(OutlaySource) source = g_list_model_get_item (sources, i);

      g_assert_true (outlay_dataset_lookup_source (dataset, outlay_source_get_id (source)) == source);
      exercise_date (outlay_source_get_published (source));
    }

  for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (facts, i);

      g_assert_true (outlay_dataset_lookup_fact (dataset, outlay_fact_get_id (fact)) == fact);
      exercise_fact (fact);
    }

  summary = outlay_dataset_dup_summary (dataset);
  check_text (summary);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  OutlayDataset *dataset;

  dataset = outlay_dataset_new_from_bytes (bytes, DISPLAY_NAME, &error);

  if (dataset == NULL)
    {
      /* A refusal must say why, in the loader's own domain, naming the
       * file first (docs/dataset-format.md, "Errors"). */
      g_assert_nonnull (error);
      g_assert_true (error->domain == OUTLAY_DATASET_ERROR);
      g_assert_cmpint (error->code, >=, OUTLAY_DATASET_ERROR_READ);
      g_assert_cmpint (error->code, <=, OUTLAY_DATASET_ERROR_TOO_LARGE);
      g_assert_nonnull (error->message);
      g_assert_cmpstr (error->message, !=, "");
      g_assert_true (g_str_has_prefix (error->message, DISPLAY_NAME ":"));
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  g_assert_no_error (error);
  exercise_dataset (dataset);
  /* Nothing may keep the dataset alive: a reference cycle is a leak. */
  g_assert_finalize_object (dataset);

  return 0;
}

/* test-csv.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "outlay-csv.h"
#include "outlay-dataset.h"
#include "outlay-fact.h"

static OutlayDataset *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  OutlayDataset *dataset = outlay_dataset_new_from_file (path, &error);

  g_assert_no_error (error);
  return dataset;
}

/* A strict RFC 4180 reader, to read back what the writer wrote: records
 * end in CRLF, quoted fields may hold anything, a quote inside is
 * doubled. Returns rows of fields. */
static GPtrArray *
parse_csv (const char *text,
           gsize       length)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  const char *p = text, *end = text + length;

  while (p < end)
    {
      if (*p == '"')
        {
          for (p++; ; p++)
            {
              g_assert_true (p < end);
              if (*p == '"' && p + 1 < end && p[1] == '"')
                g_string_append_c (field, '"'), p++;
              else if (*p == '"')
                break;
              else
                g_string_append_c (field, *p);
            }
          p++;
          g_assert_true (p < end && (*p == ',' || *p == '\r'));
        }

      while (p < end && *p != ',' && *p != '\r')
        {
          g_assert_true (*p != '"' && *p != '\n');
          g_string_append_c (field, *p++);
        }

      g_ptr_array_add (row, g_string_free (field, FALSE));
      field = g_string_new (NULL);

      g_assert_true (p < end);
      if (*p == ',')
        {
          p++;
          continue;
        }

      g_assert_true (p + 1 < end && p[1] == '\n');
      p += 2;
      g_ptr_array_add (rows, row);
      row = g_ptr_array_new_with_free_func (g_free);
    }

  g_assert_cmpuint (row->len, ==, 0);
  g_ptr_array_unref (row);
  g_string_free (field, TRUE);

  return rows;
}

static const char *
cell (GPtrArray  *rows,
      guint       row,
      const char *column)
{
  GPtrArray *header = g_ptr_array_index (rows, 0);

  for (guint i = 0; i < header->len; i++)
    if (strcmp (g_ptr_array_index (header, i), column) == 0)
      return g_ptr_array_index ((GPtrArray *)g_ptr_array_index (rows, row), i);

  g_assert_not_reached ();
}

static void
test_bytes (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "csv.json", NULL);
  g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "data", "csv-expected.csv", NULL);
  g_autoptr(OutlayDataset) dataset = load (path);
  g_autoptr(GBytes) csv = outlay_csv_from_facts (outlay_dataset_get_facts (dataset), 0);
  g_autofree char *expected = NULL;
  gsize expected_length;

  g_assert_true (g_file_get_contents (expected_path, &expected, &expected_length, NULL));
  g_assert_cmpmem (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv), expected, expected_length);
}

static void
test_user_rate (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "csv.json", NULL);
  g_autoptr(OutlayDataset) dataset = load (path);
  g_autoptr(GBytes) csv = outlay_csv_from_facts (outlay_dataset_get_facts (dataset), 8);
  g_autoptr(GPtrArray) rows = parse_csv (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));

  /* The prize had no dollar figure; at 8 yuan per dollar it has one, and
   * says whose rate that is. */
  g_assert_cmpstr (cell (rows, 4, "id"), ==, "acme-prize");
  g_assert_cmpstr (cell (rows, 4, "usd_value"), ==, "1250");
  g_assert_cmpstr (cell (rows, 4, "usd_rate"), ==, "8");
  g_assert_cmpstr (cell (rows, 4, "usd_rate_source"), ==, "user");

  /* What a source stated still wins */
  g_assert_cmpstr (cell (rows, 1, "usd_value"), ==, "200000000");
  g_assert_cmpstr (cell (rows, 1, "usd_rate_source"), ==, "wire-a");
}

static void
test_bundled_round_trip (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("OUTLAY_DATADIR"), BUNDLED_DATASET, NULL);
  g_autoptr(OutlayDataset) dataset = load (path);
  GListModel *facts = outlay_dataset_get_facts (dataset);
  g_autoptr(GBytes) csv = outlay_csv_from_facts (facts, 0);
  g_autoptr(GPtrArray) rows = parse_csv (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  static const char * const required[] = {
    "id", "kind", "entity", "product", "value", "currency", "qualifier", "period_start",
    "period_end", "usd_value", "usd_rate_source", "label_en", "label_ar", "sources",
  };

  g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (facts) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    cell (rows, 0, required[i]);

  for (guint i = 1; i < rows->len; i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (facts, i - 1);

      g_assert_cmpuint (((GPtrArray *)g_ptr_array_index (rows, i))->len, ==,
                        ((GPtrArray *)g_ptr_array_index (rows, 0))->len);
      g_assert_cmpstr (cell (rows, i, "id"), ==, outlay_fact_get_id (fact));
      g_assert_cmpstr (cell (rows, i, "label_ar"), ==, outlay_fact_get_label (fact, "ar"));

      if (strcmp (cell (rows, i, "id"), "qwen-campaign-2026") == 0)
        {
          g_assert_cmpstr (cell (rows, i, "value"), ==, "3000000000");
          g_assert_cmpstr (cell (rows, i, "usd_conversions"), ==,
                           "431000000 (src-aleqtisadiah-2026); 430000000 (src-techxplore-2026)");
          g_assert_cmpstr (cell (rows, i, "sources"), ==, "src-aleqtisadiah-2026; src-techxplore-2026");
        }
      else if (strcmp (cell (rows, i, "id"), "alibaba-capex-2025-2027") == 0)
        {
          g_assert_cmpstr (cell (rows, i, "value"), ==, "380000000000");
          g_assert_cmpstr (cell (rows, i, "qualifier"), ==, "at-least");
          g_assert_cmpstr (cell (rows, i, "status"), ==, "planned");
          g_assert_cmpstr (cell (rows, i, "period_start"), ==, "2025");
          g_assert_cmpstr (cell (rows, i, "period_end"), ==, "2027");
          g_assert_cmpstr (cell (rows, i, "usd_value"), ==, "52440000000");
          g_assert_cmpstr (cell (rows, i, "usd_rate"), ==, "7.24638");
        }
    }
}

/* Text that a spreadsheet would run as a formula (OWASP's list: = + - @,
 * tab and carriage return first) is written with a ' before it, so it is
 * shown as text; numbers are never touched. The fixture has such ids,
 * labels and a source id. */
static void
test_formula_injection (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "csv-hostile.json", NULL);
  g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "data", "csv-hostile-expected.csv", NULL);
  g_autoptr(OutlayDataset) dataset = load (path);
  g_autoptr(GBytes) csv = outlay_csv_from_facts (outlay_dataset_get_facts (dataset), 0);
  g_autoptr(GPtrArray) rows = parse_csv (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_autofree char *expected = NULL;
  gsize expected_length;

  g_assert_cmpstr (cell (rows, 1, "id"), ==, "'-2");
  g_assert_cmpstr (cell (rows, 1, "entity"), ==, "'-acme");
  g_assert_cmpstr (cell (rows, 1, "label_en"), ==, "'=HYPERLINK(\"http://example.com/x\",\"Open\")");
  g_assert_cmpstr (cell (rows, 1, "label_ar"), ==, "'+cmd|' /C calc'!A0");
  g_assert_cmpstr (cell (rows, 1, "usd_rate_source"), ==, "'-wire");
  g_assert_cmpstr (cell (rows, 1, "sources"), ==, "'-wire");
  g_assert_cmpstr (cell (rows, 2, "label_en"), ==, "'@SUM(A1:A9)");
  g_assert_cmpstr (cell (rows, 2, "label_ar"), ==, "'\tتبويب");
  /* Only the first character counts */
  g_assert_cmpstr (cell (rows, 3, "label_en"), ==, "Launch = success");
  g_assert_cmpstr (cell (rows, 3, "label_ar"), ==, "إطلاق -2");
  /* Numbers stay numbers */
  g_assert_cmpstr (cell (rows, 1, "value"), ==, "1500000000");
  g_assert_cmpstr (cell (rows, 1, "usd_value"), ==, "200000000");
  g_assert_cmpstr (cell (rows, 1, "usd_rate"), ==, "7.5");

  g_assert_true (g_file_get_contents (expected_path, &expected, &expected_length, NULL));
  g_assert_cmpmem (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv), expected, expected_length);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outlay/csv/bytes", test_bytes);
  g_test_add_func ("/outlay/csv/user-rate", test_user_rate);
  g_test_add_func ("/outlay/csv/bundled-round-trip", test_bundled_round_trip);
  g_test_add_func ("/outlay/csv/formula-injection", test_formula_injection);

  return g_test_run ();
}

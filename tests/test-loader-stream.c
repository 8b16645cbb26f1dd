/* test-loader-stream.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include <glib.h>

#include "outlay-citation.h"
#include "outlay-dataset.h"
#include "outlay-dataset-loader-private.h"
#include "outlay-entity.h"
#include "outlay-fact.h"
#include "outlay-source.h"

/* Reading the facts while json-glib parses them (outlay-dataset-stream.c):
 * which files the raw-text scan finds the lists in, and that a file read
 * that way loads, and fails, exactly as one read whole. */

static OutlayLoaderLayout
scan_layout (const char *json)
{
  OutlayLoader l = { .display_name = "scan.json" };
  OutlayLoaderLayout layout = { 99, 99, 99 };
  g_autoptr(GError) error = NULL;

  g_assert_true (outlay_loader_scan (&l, json, strlen (json), &layout, &error));
  g_assert_no_error (error);

  return layout;
}

#define LISTS "\"entities\": [], \"sources\": [], \"facts\": []"

static void
test_layout (void)
{
  static const struct {
    const char *json;
    guint       entities, sources, facts;
  } cases[] = {
    /* Arrays count in the order json-glib starts them, nested ones too */
    { "{" LISTS "}", 1, 2, 3 },
    { " \n\xef\xbb\xbf{" LISTS "}\n", 0, 0, 0 },
    { "\xef\xbb\xbf {" LISTS "} \r\n", 1, 2, 3 },
    { "{\"title\": {\"x\": [[1], 2]}, " LISTS "}", 3, 4, 5 },
    { "{\"entities\": [[1]], \"sources\": [{\"via\": []}], \"x\": [], \"facts\": [1]}", 1, 3, 6 },
    /* Only top-level members count */
    { "{\"x\": {\"facts\": []}, " LISTS "}", 2, 3, 4 },
    /* "facts" as a value, or in a string */
    { "{\"x\": \"facts\", \"y\": \"[\", " LISTS "}", 1, 2, 3 },

    /* A fact needs its entity and sources: they must come first */
    { "{\"facts\": [], \"entities\": [], \"sources\": []}", 0, 0, 0 },
    { "{\"entities\": [], \"facts\": [], \"sources\": []}", 0, 0, 0 },
    /* A list missing, or not an array */
    { "{\"entities\": [], \"sources\": []}", 0, 0, 0 },
    { "{\"entities\": [], \"sources\": [], \"facts\": {}}", 0, 0, 0 },
    /* A list named twice: json-glib keeps the last */
    { "{" LISTS ", \"facts\": []}", 0, 0, 0 },
    { "{" LISTS ", \"facts\": 1}", 0, 0, 0 },
    /* A name with an escape, which json-glib decodes */
    { "{" LISTS ", \"fact\\u0073\": []}", 0, 0, 0 },
    /* What json-glib reads beyond JSON: comments, single quotes, an
     * assignment, a second value */
    { "{" LISTS " / comment /}", 0, 0, 0 },
    { "{'x': 1, " LISTS "}", 0, 0, 0 },
    { "var x = {" LISTS "}", 0, 0, 0 },
    { "{" LISTS "} {\"facts\": []}", 0, 0, 0 },
    { "[{" LISTS "}]", 0, 0, 0 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      OutlayLoaderLayout layout = scan_layout (cases[i].json);

      g_test_message ("%s", cases[i].json);
      g_assert_cmpuint (layout.entities, ==, cases[i].entities);
      g_assert_cmpuint (layout.sources, ==, cases[i].sources);
      g_assert_cmpuint (layout.facts, ==, cases[i].facts);
    }
}

static char *
read_bundled (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("OUTLAY_DATADIR"), BUNDLED_DATASET, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static OutlayDataset *
load_text (const char  *text,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return outlay_dataset_new_from_bytes (bytes, "stream.json", error);
}

/* Everything the views read of a fact, in one line */
static char *
describe_fact (OutlayFact *fact)
{
  const OutlayAmount *amount = outlay_fact_get_amount (fact);
  g_autofree char *period = outlay_period_format (outlay_fact_get_period (fact), "en");
  g_autofree char *figure = amount != NULL ? outlay_amount_format (amount, "en") : g_strdup ("-");
  const char * const *related = outlay_fact_get_related (fact);
  g_autofree char *related_text = related != NULL ? g_strjoinv (",", (char **)related) : NULL;

  return g_strdup_printf ("%s %s %s %s %s %s | %s | %s | %u | %s | %s",
                          outlay_fact_get_id (fact),
                          outlay_fact_kind_to_string (outlay_fact_get_kind (fact)),
                          outlay_entity_get_id (outlay_fact_get_entity (fact)),
                          period, figure, outlay_fact_get_label (fact, "en"),
                          outlay_fact_get_label (fact, "ar"),
                          outlay_fact_get_part_of (fact) != NULL ? outlay_fact_get_part_of (fact) : "-",
                          outlay_fact_get_n_citations (fact),
                          related_text != NULL ? related_text : "-",
                          outlay_citation_get_quote (outlay_fact_get_citation (fact, 0)));
}

static char *
describe_dataset (OutlayDataset *dataset)
{
  GListModel *facts = outlay_dataset_get_facts (dataset);
  g_autofree char *summary = outlay_dataset_dup_summary (dataset);
  GString *text = g_string_new (summary);

  g_string_append_printf (text, "\n%s\n", outlay_dataset_get_title (dataset, "ar"));
  for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (facts, i);
      g_autofree char *line = describe_fact (fact);

      g_string_append_printf (text, "%s\n", line);
    }

  return g_string_free (text, FALSE);
}

/* The bundled dataset read while parsed, and read whole (json-glib's
 * comment at the top makes the scan leave it to the walk): the same */
static void
test_same_dataset (void)
{
  g_autofree char *contents = read_bundled ();
  g_autofree char *commented = g_strconcat ("/ read whole /\n", contents, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *streamed_text = NULL;
  g_autofree char *whole_text = NULL;
  OutlayDataset *streamed, *whole;
  OutlayLoaderLayout layout;

  layout = scan_layout (contents);
  g_assert_cmpuint (layout.facts, >, 0);
  layout = scan_layout (commented);
  g_assert_cmpuint (layout.facts, ==, 0);

  streamed = load_text (contents, &error);
  g_assert_no_error (error);
  whole = load_text (commented, &error);
  g_assert_no_error (error);

  streamed_text = describe_dataset (streamed);
  whole_text = describe_dataset (whole);
  g_assert_cmpstr (streamed_text, ==, whole_text);
  g_assert_nonnull (strstr (streamed_text, "36 facts"));

  g_assert_finalize_object (streamed);
  g_assert_finalize_object (whole);
}

/* Two faults: the one the walk's order reaches first is reported, and at
 * the same place, whether the facts were read while parsed or not */
static void
test_fault_order (void)
{
  static const struct {
    const char *old_text;
    const char *new_text;
  } faults[] = {
    { "\"title\": { \"en\": \"Example\"", "\"title\": { \"en\": 1" },
    { "\"color\": \"#3584e4\"", "\"color\": \"blue\"" },
    { "\"published\": \"2025-03\"", "\"published\": \"2025-13\"" },
    { "\"qualifier\": \"about\"", "\"qualifier\": \"roughly\"" },
    { "\"period\": { \"start\": \"2025\" }", "\"period\": { \"start\": \"2025\" }, \"part_of\": \"nope\"" },
  };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "ok", "minimal.json", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  /* Each pair of faults, the earlier one first in the walk's order */
  for (gsize first = 0; first < G_N_ELEMENTS (faults); first++)
    for (gsize second = first + 1; second < G_N_ELEMENTS (faults); second++)
      {
        g_autoptr(GString) both = g_string_new (contents);
        g_autoptr(GString) alone = g_string_new (contents);
        g_autoptr(GError) both_error = NULL;
        g_autoptr(GError) alone_error = NULL;
        g_autofree char *commented = NULL;
        g_autoptr(GError) commented_error = NULL;

        g_assert_cmpuint (g_string_replace (both, faults[first].old_text, faults[first].new_text, 1), ==, 1);
        g_assert_cmpuint (g_string_replace (both, faults[second].old_text, faults[second].new_text, 1), ==, 1);
        g_assert_cmpuint (g_string_replace (alone, faults[first].old_text, faults[first].new_text, 1), ==, 1);
        commented = g_strconcat (both->str, "/ read whole /", NULL);

        g_assert_null (load_text (both->str, &both_error));
        g_assert_null (load_text (alone->str, &alone_error));
        g_assert_null (load_text (commented, &commented_error));
        g_assert_nonnull (both_error);
        g_assert_nonnull (alone_error);
        g_assert_nonnull (commented_error);
        g_test_message ("%s", both_error->message);
        g_assert_cmpstr (both_error->message, ==, alone_error->message);
        g_assert_cmpstr (commented_error->message, ==, alone_error->message);
      }
}

/* The model keeps one copy of what every citation and source repeats:
 * their language tags, and the sources and entities they refer to */
static void
test_shared (void)
{
  g_autofree char *contents = read_bundled ();
  g_autoptr(GError) error = NULL;
  OutlayDataset *dataset = load_text (contents, &error);
  GListModel *facts = outlay_dataset_get_facts (dataset);
  const char *arabic = NULL;
  guint n_arabic = 0;

  g_assert_no_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (facts, i);

      for (guint j = 0; j < outlay_fact_get_n_citations (fact); j++)
        {
          OutlayCitation *citation = outlay_fact_get_citation (fact, j);
          const char *language = outlay_citation_get_language (citation);
          OutlaySource *source = outlay_citation_get_source (citation);

          g_assert_true (source == outlay_dataset_lookup_source (dataset, outlay_source_get_id (source)));
          if (g_strcmp0 (language, "ar") != 0)
            continue;
          if (arabic == NULL)
            arabic = language;
          g_assert_true (language == arabic);
          g_assert_true (outlay_source_get_language (source) == arabic);
          n_arabic++;
        }

      g_assert_true (outlay_fact_get_entity (fact) ==
                     outlay_dataset_lookup_entity (dataset, outlay_entity_get_id (outlay_fact_get_entity (fact))));
    }

  g_assert_cmpuint (n_arabic, >, 30);
  g_assert_finalize_object (dataset);
}

/* @n facts of short texts, written compactly: the file whose tree costs
 * the most for its size (20 bytes for each of its own) */
static GString *
make_dense (guint n)
{
  GString *json = g_string_new ("{\"format\":\"outlay-dataset\",\"version\":1,"
                                "\"title\":{\"en\":\"t\",\"ar\":\"t\"},"
                                "\"entities\":[{\"id\":\"e\",\"kind\":\"company\","
                                "\"color\":\"#000000\",\"name\":{\"en\":\"e\",\"ar\":\"e\"}}],"
                                "\"sources\":[{\"id\":\"s\",\"publisher\":{\"en\":\"p\",\"ar\":\"p\"},"
                                "\"published\":\"2025\",\"language\":\"en\",\"title\":\"t\"}],"
                                "\"facts\":[");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json,
                            "%s{\"id\":\"f%u\",\"kind\":\"capex\",\"entity\":\"e\","
                            "\"amount\":{\"value\":%u,\"currency\":\"CNY\",\"qualifier\":\"exact\"},"
                            "\"period\":{\"start\":\"2025\"},\"label\":{\"en\":\"f\",\"ar\":\"f\"},"
                            "\"citations\":[{\"source\":\"s\",\"quote\":\"q\",\"language\":\"en\","
                            "\"translation\":\"q\"}]}",
                            i == 0 ? "" : ",", i, i + 1);

  g_string_append (json, "]}");
  return json;
}

static guint64
data_in_use (void)
{
  g_autofree char *status = NULL;
  const char *line;
  guint64 kb = 0;

  g_assert_true (g_file_get_contents ("/proc/self/status", &status, NULL, NULL));
  line = strstr (status, "VmData:");
  g_assert_nonnull (line);
  g_assert_cmpint (sscanf (line + strlen ("VmData:"), "%" G_GUINT64_FORMAT, &kb), ==, 1);

  return kb * 1024;
}

/* Loading takes at most 8 bytes of memory for each byte of the file,
 * for the file that costs the most (the tree of it whole takes 20): in a
 * child whose data segment may grow by only that much (RLIMIT_DATA), the
 * load must succeed. The sanitizers' shadow memory does not fit such a
 * limit. */
static void
test_peak_memory (void)
{
#if defined(__SANITIZE_ADDRESS__)
  g_test_skip ("AddressSanitizer's shadow memory does not fit a data limit");
  return;
#else
  if (g_test_subprocess ())
    {
      g_autoptr(GString) json = make_dense (20000);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      struct rlimit limit;
      OutlayDataset *dataset;
      gsize size = json->len;

      bytes = g_string_free_to_bytes (g_steal_pointer (&json));
      limit.rlim_cur = limit.rlim_max = data_in_use () + 7 * size;
      g_assert_no_errno (setrlimit (RLIMIT_DATA, &limit));

      dataset = outlay_dataset_new_from_bytes (bytes, "dense.json", &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (outlay_dataset_get_facts (dataset)), ==, 20000);
      g_assert_finalize_object (dataset);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
#endif
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outlay/loader-stream/layout", test_layout);
  g_test_add_func ("/outlay/loader-stream/same-dataset", test_same_dataset);
  g_test_add_func ("/outlay/loader-stream/fault-order", test_fault_order);
  g_test_add_func ("/outlay/loader-stream/peak-memory", test_peak_memory);
  g_test_add_func ("/outlay/loader-stream/shared", test_shared);

  return g_test_run ();
}

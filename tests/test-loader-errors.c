/* test-loader-errors.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "outlay-amount.h"
#include "outlay-dataset.h"
#include "outlay-entity.h"
#include "outlay-fact.h"

/* Every file in tests/data/bad/ is the minimal dataset of
 * docs/dataset-format.md (tests/data/ok/minimal.json) with one fault, so
 * that only that fault can be reported. Each case gives the error code and
 * the whole message after the file's path: ":LINE:COL: WHAT" or ": WHAT".
 *
 * In the minimal file the fact object starts at 14:5, its "amount" at
 * 15:17, its "period" at 16:17, its "label" at 17:16 and its first
 * citation at 18:22; the entity at 6:5 and its "name" at 7:15; the source
 * at 10:5. Faults of the dataset itself are placed at the top-level
 * object, 1:1. */

typedef struct
{
  const char *file;
  int         code;
  const char *message;
} BadCase;

static const BadCase bad_cases[] = {
  /* Not JSON: json-glib's message and position */
  { "syntax-missing-comma.json", OUTLAY_DATASET_ERROR_SYNTAX,
    ":3:14: not valid JSON: unexpected number `1', expected character `,'" },
  { "truncated.json", OUTLAY_DATASET_ERROR_SYNTAX,
    ":15:74: not valid JSON: unexpected character `,', expected string constant" },
  { "truncated-in-string.json", OUTLAY_DATASET_ERROR_SYNTAX,
    ":17:30: not valid JSON: scanner: unterminated string constant" },
  { "trailing-garbage.json", OUTLAY_DATASET_ERROR_SYNTAX,
    ":22:1: not valid JSON: unexpected character `}', expected end of file" },

  /* JSON, but not a dataset */
  { "top-level-array.json", OUTLAY_DATASET_ERROR_FORMAT,
    ": not an Outlay dataset: the top level is not an object" },
  { "top-level-string.json", OUTLAY_DATASET_ERROR_FORMAT,
    ": not an Outlay dataset: the top level is not an object" },
  { "format-missing.json", OUTLAY_DATASET_ERROR_FORMAT,
    ":1:1: not an Outlay dataset: field “format” is missing" },
  /* Found by the fuzzer: json-glib quotes the token cut inside an Arabic
   * character; the message must still be valid UTF-8 */
  { "syntax-arabic-token-cut.json", OUTLAY_DATASET_ERROR_SYNTAX,
    ":1:28: not valid JSON: invalid string constant \"outlay-datasام مرم ما\xef\xbf\xbd\", "
    "expected valid string constant" },
  /* json-glib decodes an escaped lone surrogate into bytes that are not
   * UTF-8 (ED A0 80); refused where it is written, wherever that is (the
   * fuzzer found it reaching messages through "format" and "related") */
  { "lone-surrogate.json", OUTLAY_DATASET_ERROR_SYNTAX,
    ":1:56: a string holds half of a UTF-16 surrogate pair (\\uD800), which is not text" },
  { "lone-low-surrogate.json", OUTLAY_DATASET_ERROR_SYNTAX,
    ":1:56: a string holds half of a UTF-16 surrogate pair (\\uDC00), which is not text" },
  { "lone-surrogate-format.json", OUTLAY_DATASET_ERROR_SYNTAX,
    ":1:13: a string holds half of a UTF-16 surrogate pair (\\uD800), which is not text" },
  { "lone-surrogate-related.json", OUTLAY_DATASET_ERROR_SYNTAX,
    ":4:47: a string holds half of a UTF-16 surrogate pair (\\uD800), which is not text" },
  { "format-not-string.json", OUTLAY_DATASET_ERROR_FORMAT,
    ":1:1: not an Outlay dataset: field “format” is not a string" },
  { "format-wrong.json", OUTLAY_DATASET_ERROR_FORMAT,
    ":1:1: not an Outlay dataset: the format is “outlay-data”, not “outlay-dataset”" },
  /* A message quotes the file's text with its controls escaped, so that
   * it cannot move a terminal's cursor or reorder its line */
  { "format-controls.json", OUTLAY_DATASET_ERROR_FORMAT,
    ":1:1: not an Outlay dataset: the format is “outlay\\u001B[2J\\u009B-dataset\\u202E\\n”, "
    "not “outlay-dataset”" },
  { "kind-newline.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":14:5: fact “acme-capex-2025”: unknown kind “capex\\n  2025  \\t≈ 9 bn yuan” "
    "(docs/dataset-format.md lists the kinds)" },
  { "facts-object.json", OUTLAY_DATASET_ERROR_WRONG_TYPE,
    ":1:1: the dataset: field “facts” must be an array" },
  { "fact-number.json", OUTLAY_DATASET_ERROR_WRONG_TYPE,
    ":13:12: facts[0] must be an object" },

  /* Wrong types */
  { "value-string.json", OUTLAY_DATASET_ERROR_WRONG_TYPE,
    ":15:17: fact “acme-capex-2025”: field “amount.value” must be a number" },
  { "citations-string.json", OUTLAY_DATASET_ERROR_WRONG_TYPE,
    ":14:5: fact “acme-capex-2025”: field “citations” must be an array" },
  { "version-float.json", OUTLAY_DATASET_ERROR_WRONG_TYPE,
    ":1:1: the dataset: field “version” must be a whole number" },
  { "label-string.json", OUTLAY_DATASET_ERROR_WRONG_TYPE,
    ":14:5: fact “acme-capex-2025”: field “label” must be an object" },
  { "inferred-string.json", OUTLAY_DATASET_ERROR_WRONG_TYPE,
    ":16:17: fact “acme-capex-2025”: field “period.inferred” must be true or false" },

  /* Missing fields */
  { "fact-id-missing.json", OUTLAY_DATASET_ERROR_MISSING_FIELD,
    ":14:5: facts[0]: field “id” is missing" },
  { "label-ar-missing.json", OUTLAY_DATASET_ERROR_MISSING_FIELD,
    ":17:16: fact “acme-capex-2025”: field “label.ar” is missing" },
  { "quote-missing.json", OUTLAY_DATASET_ERROR_MISSING_FIELD,
    ":18:22: fact “acme-capex-2025”: field “citations[0].quote” is missing" },
  { "published-missing.json", OUTLAY_DATASET_ERROR_MISSING_FIELD,
    ":10:5: source “wire”: field “published” is missing" },
  { "color-missing.json", OUTLAY_DATASET_ERROR_MISSING_FIELD,
    ":6:5: entity “acme”: field “color” is missing" },
  { "qualifier-missing.json", OUTLAY_DATASET_ERROR_MISSING_FIELD,
    ":15:17: fact “acme-capex-2025”: field “amount.qualifier” is missing" },
  { "amount-missing.json", OUTLAY_DATASET_ERROR_MISSING_FIELD,
    ":14:5: fact “acme-capex-2025”: field “amount” is missing" },
  { "citations-empty.json", OUTLAY_DATASET_ERROR_MISSING_FIELD,
    ":18:20: fact “acme-capex-2025”: “citations” is empty; every fact cites at least one source" },

  /* Numbers */
  { "value-huge.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":15:17: fact “acme-capex-2025”: field “amount.value” is too large (1e+300); "
    "the largest amount is 1e+15" },
  { "value-infinite.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":15:17: fact “acme-capex-2025”: field “amount.value” is not a finite number" },
  { "value-negative.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":15:17: fact “acme-capex-2025”: field “amount.value” is negative (-1e+09); "
    "amounts are never negative" },
  /* 2^64 + 5, which json-glib would read as 5: placed at its first digit */
  { "value-wraps.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":15:28: the number 184467440737… is too large to be read exactly" },
  { "max-below-value.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":15:17: fact “acme-capex-2025”: field “amount.max” (5e+08) is below “amount.value” (1e+09)" },

  /* Bytes that are not text; placed at the byte or the escape */
  { "label-invalid-utf8.json", OUTLAY_DATASET_ERROR_SYNTAX,
    ":17:30: the file is not valid UTF-8 (byte 0xFF)" },
  { "nul-byte.json", OUTLAY_DATASET_ERROR_SYNTAX,
    ": the file holds a NUL byte; it is not a text file" },
  { "escaped-nul.json", OUTLAY_DATASET_ERROR_UNSAFE_TEXT,
    ":11:64: a string holds the control character U+0000" },
  /* json-glib also reads "\0" as octal and "\u0" followed by a quote as
   * U+0000, the quote taken with it */
  { "escaped-octal-nul.json", OUTLAY_DATASET_ERROR_UNSAFE_TEXT,
    ":17:29: a string holds the control character U+0000" },
  { "escaped-nul-short.json", OUTLAY_DATASET_ERROR_UNSAFE_TEXT,
    ":17:29: a string holds the control character U+0000" },

  /* References */
  { "unknown-source.json", OUTLAY_DATASET_ERROR_UNKNOWN_REFERENCE,
    ":18:22: fact “acme-capex-2025”: unknown source “wirex” in “citations[0].source”" },
  { "unknown-entity.json", OUTLAY_DATASET_ERROR_UNKNOWN_REFERENCE,
    ":14:5: fact “acme-capex-2025”: unknown entity “acmex” in “entity”" },
  { "unknown-part-of.json", OUTLAY_DATASET_ERROR_UNKNOWN_REFERENCE,
    ":14:5: fact “acme-capex-2025”: unknown fact “nope” in “part_of”" },
  { "unknown-total-of.json", OUTLAY_DATASET_ERROR_UNKNOWN_REFERENCE,
    ":14:5: fact “acme-capex-2025”: unknown fact “nope” in “total_of”" },
  { "unknown-related.json", OUTLAY_DATASET_ERROR_UNKNOWN_REFERENCE,
    ":14:5: fact “acme-capex-2025”: unknown fact “nope” in “related”" },
  { "unknown-parent.json", OUTLAY_DATASET_ERROR_UNKNOWN_REFERENCE,
    ":6:5: entity “acme”: unknown entity “nope” in “parent”" },
  { "product-not-product.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":14:5: fact “acme-capex-2025”: “product” names “acme”, which is not a product" },
  { "part-of-cycle.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":14:5: fact “first”: “part_of” goes round in a circle" },
  /* Found by the fuzzer: a chain of part_of through a fact whose own
   * part_of leads nowhere was walked before that fact was checked */
  { "part-of-dangling-chain.json", OUTLAY_DATASET_ERROR_UNKNOWN_REFERENCE,
    ":7:1: fact “b”: unknown fact “nowhere” in “part_of”" },
  { "part-of-self.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":14:5: fact “acme-capex-2025”: “part_of” refers to the fact itself" },

  /* Duplicate ids: placed at the second object */
  { "duplicate-fact.json", OUTLAY_DATASET_ERROR_DUPLICATE_ID,
    ":20:5: fact “acme-capex-2025”: the id is used twice" },
  { "duplicate-source.json", OUTLAY_DATASET_ERROR_DUPLICATE_ID,
    ":12:5: source “wire”: the id is used twice" },
  { "duplicate-entity.json", OUTLAY_DATASET_ERROR_DUPLICATE_ID,
    ":8:5: entity “acme”: the id is used twice" },

  /* Dates */
  { "period-reversed.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":16:17: fact “acme-capex-2025”: the period ends (2025) before it starts (2026)" },
  { "date-month-13.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":10:5: source “wire”: field “published” is not a date: “2025-13” "
    "(write 2025, 2025-02, 2025-02-24, or 2025-early, -mid or -late)" },
  { "date-february-29.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":16:17: fact “acme-capex-2025”: field “period.start” is not a date: “2025-02-29” "
    "(write 2025, 2025-02, 2025-02-24, or 2025-early, -mid or -late)" },
  { "date-two-digits.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":16:17: fact “acme-capex-2025”: field “period.start” is not a date: “25” "
    "(write 2025, 2025-02, 2025-02-24, or 2025-early, -mid or -late)" },
  { "date-late-ish.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":16:17: fact “acme-capex-2025”: field “period.start” is not a date: “2025-late-ish” "
    "(write 2025, 2025-02, 2025-02-24, or 2025-early, -mid or -late)" },

  /* Text that is refused */
  { "bidi-label-escaped.json", OUTLAY_DATASET_ERROR_UNSAFE_TEXT,
    ":17:16: fact “acme-capex-2025”: field “label.en” holds the bidirectional control U+202E; "
    "embedding, override and isolate controls are not allowed" },
  { "bidi-label-raw.json", OUTLAY_DATASET_ERROR_UNSAFE_TEXT,
    ":17:16: fact “acme-capex-2025”: field “label.en” holds the bidirectional control U+202E; "
    "embedding, override and isolate controls are not allowed" },
  { "bidi-quote.json", OUTLAY_DATASET_ERROR_UNSAFE_TEXT,
    ":18:22: fact “acme-capex-2025”: field “citations[0].quote” holds the bidirectional "
    "control U+2067; embedding, override and isolate controls are not allowed" },
  { "bidi-entity-name.json", OUTLAY_DATASET_ERROR_UNSAFE_TEXT,
    ":7:15: entity “acme”: field “name.en” holds the bidirectional control U+202A; "
    "embedding, override and isolate controls are not allowed" },
  { "control-translation.json", OUTLAY_DATASET_ERROR_UNSAFE_TEXT,
    ":18:22: fact “acme-capex-2025”: field “citations[0].translation” holds the control "
    "character U+0007" },
  /* A carriage return, escaped or raw inside a string (the file's own
   * CRLF line ends are fine: tests/data/ok/limits.json) */
  { "control-cr-escaped.json", OUTLAY_DATASET_ERROR_UNSAFE_TEXT,
    ":17:16: fact “acme-capex-2025”: field “label.en” holds the control character U+000D" },
  { "control-cr-raw.json", OUTLAY_DATASET_ERROR_UNSAFE_TEXT,
    ":18:22: fact “acme-capex-2025”: field “citations[0].quote” holds the control "
    "character U+000D" },
  /* A tower of combining marks on one character; joiners between them
   * do not break the tower */
  { "marks-label.json", OUTLAY_DATASET_ERROR_UNSAFE_TEXT,
    ":17:16: fact “acme-capex-2025”: field “label.en” stacks more than 8 combining marks "
    "on one character" },
  { "marks-joiners.json", OUTLAY_DATASET_ERROR_UNSAFE_TEXT,
    ":17:16: fact “acme-capex-2025”: field “label.en” stacks more than 8 combining marks "
    "on one character" },

  /* Lengths, in characters (an Arabic letter is one, of two bytes); each
   * limit exactly reached loads (tests/data/ok/limits.json) */
  { "long-label.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":17:16: fact “acme-capex-2025”: field “label.en” is too long (201 characters); "
    "the longest allowed is 200" },
  { "long-label-arabic.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":17:16: fact “acme-capex-2025”: field “label.ar” is too long (201 characters); "
    "the longest allowed is 200" },
  { "long-entity-name.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":7:15: entity “acme”: field “name.en” is too long (101 characters); "
    "the longest allowed is 100" },
  { "long-publisher.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":10:34: source “wire”: field “publisher.en” is too long (101 characters); "
    "the longest allowed is 100" },
  { "long-title.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":4:12: the dataset: field “title.en” is too long (201 characters); "
    "the longest allowed is 200" },
  { "long-source-title.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":10:5: source “wire”: field “title” is too long (201 characters); "
    "the longest allowed is 200" },
  { "long-quote.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":18:22: fact “acme-capex-2025”: field “citations[0].quote” is too long (2001 characters); "
    "the longest allowed is 2000" },
  { "long-translation.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":18:22: fact “acme-capex-2025”: field “citations[0].translation” is too long "
    "(3001 characters); the longest allowed is 3000" },
  { "long-period-note.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":16:17: fact “acme-capex-2025”: field “period.note” is too long (1001 characters); "
    "the longest allowed is 1000" },
  { "long-language.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":10:5: source “wire”: field “language” is too long (36 characters); "
    "the longest allowed is 35" },
  /* A word of the format's vocabulary is short: no message quotes a
   * kilobyte of it */
  { "long-kind.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":14:5: fact “acme-capex-2025”: field “kind” is too long (101 characters); "
    "the longest allowed is 100" },

  /* Vocabularies and values */
  { "unknown-kind.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":14:5: fact “acme-capex-2025”: unknown kind “capx” (docs/dataset-format.md lists the kinds)" },
  { "unknown-qualifier.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":15:17: fact “acme-capex-2025”: unknown qualifier “roughly” in “amount.qualifier” "
    "(expected exact, about, at-least, more-than or up-to)" },
  { "unknown-unit.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":15:17: fact “acme-capex-2025”: unknown unit “per-cent” in “amount.unit” "
    "(expected percent, count or basis-points)" },
  { "currency-not-iso.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":15:17: fact “acme-capex-2025”: field “amount.currency” must be an ISO 4217 code "
    "such as CNY or USD, not “yuan”" },
  { "event-with-amount.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":14:5: fact “acme-capex-2025”: an event has no “amount”; give the figure a fact of its own" },
  { "conversion-same-currency.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":16:24: fact “acme-capex-2025”: “conversions[0].currency” converts CNY into itself" },
  { "version-2.json", OUTLAY_DATASET_ERROR_VERSION,
    ":1:1: unsupported version 2: this Outlay reads version 1" },
  { "version-0.json", OUTLAY_DATASET_ERROR_INVALID_VALUE,
    ":1:1: the version must be 1 or more, not 0" },

  /* Nothing to read */
  { "empty.json", OUTLAY_DATASET_ERROR_EMPTY,
    ": the file is empty" },
  { "whitespace.json", OUTLAY_DATASET_ERROR_EMPTY,
    ": the file holds no JSON value" },
};

/* Faults whose position the test works out from the file itself: @needle
 * starts with the opening brace of the object that holds the fault. */
typedef struct
{
  const char *file;
  const char *needle;
  const char *message;
} PositionCase;

static const PositionCase position_cases[] = {
  /* The second fact's "amount", alone on a line, indented 10 */
  { "position-second-fact.json", "{ \"value\": \"2e9\"",
    "fact “acme-capex-2026”: field “amount.value” must be a number" },
  /* The "amount" after an Arabic label on the same line */
  { "position-after-arabic.json", "{ \"value\": \"1e9\"",
    "fact “acme-capex-2025”: field “amount.value” must be a number" },
};

static char *
bad_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "bad", name, NULL);
}

static char *
ok_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "ok", name, NULL);
}

static OutlayDataset *
load_ok (const char *name)
{
  g_autofree char *path = ok_file (name);
  g_autoptr(GError) error = NULL;
  OutlayDataset *dataset;

  dataset = outlay_dataset_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_true (OUTLAY_IS_DATASET (dataset));

  return dataset;
}

static void
assert_refused (const char *path,
                int         code,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  OutlayDataset *dataset;

  dataset = outlay_dataset_new_from_file (path, &error);
  g_assert_null (dataset);
  g_assert_error (error, OUTLAY_DATASET_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_bad_file (gconstpointer data)
{
  const BadCase *bad = data;
  g_autofree char *path = bad_file (bad->file);
  g_autofree char *message = g_strconcat (path, bad->message, NULL);

  assert_refused (path, bad->code, message);
}

/* The line (from 1) of @at in @text, and where that line starts */
static guint
find_line (const char  *text,
           const char  *at,
           const char **line_start)
{
  guint line = 1;

  *line_start = text;
  for (const char *p = text; p < at; p++)
    {
      if (*p == '\n')
        {
          line++;
          *line_start = p + 1;
        }
    }

  return line;
}

static void
test_position (gconstpointer data)
{
  const PositionCase *position = data;
  g_autofree char *path = bad_file (position->file);
  g_autofree char *contents = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  OutlayDataset *dataset;
  const char *at, *line_start;
  guint line, column;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  /* The needle is unique, so it names one object */
  at = strstr (contents, position->needle);
  g_assert_nonnull (at);
  g_assert_true (at == g_strrstr (contents, position->needle));

  /* Columns count characters, from 1, as the loader's own scans do */
  line = find_line (contents, at, &line_start);
  column = (guint)g_utf8_strlen (line_start, at - line_start) + 1;
  message = g_strdup_printf ("%s:%u:%u: %s", path, line, column, position->message);

  dataset = outlay_dataset_new_from_file (path, &error);
  g_assert_null (dataset);
  g_assert_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_WRONG_TYPE);

  g_assert_cmpstr (error->message, ==, message);
}

/* Every file in tests/data/bad/ is used by a case, so none is left over
 * from a case that was removed. */
static void
test_all_bad_files_used (void)
{
  g_autofree char *folder = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n_files = 0;

  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean used = FALSE;

      for (gsize i = 0; i < G_N_ELEMENTS (bad_cases) && !used; i++)
        used = strcmp (bad_cases[i].file, name) == 0;
      for (gsize i = 0; i < G_N_ELEMENTS (position_cases) && !used; i++)
        used = strcmp (position_cases[i].file, name) == 0;

      if (!used)
        g_test_message ("tests/data/bad/%s is used by no case", name);
      g_assert_true (used);
      n_files++;
    }

  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (bad_cases) + G_N_ELEMENTS (position_cases));
}

/* The base every bad file is made from loads, so each bad file fails for
 * its own fault only. */
static void
test_minimal (void)
{
  OutlayDataset *dataset = load_ok ("minimal.json");
  OutlayFact *fact;
  const OutlayAmount *amount;

  g_assert_cmpstr (outlay_dataset_get_title (dataset, "en"), ==, "Example");
  g_assert_cmpuint (g_list_model_get_n_items (outlay_dataset_get_entities (dataset)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (outlay_dataset_get_sources (dataset)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (outlay_dataset_get_facts (dataset)), ==, 1);

  fact = outlay_dataset_lookup_fact (dataset, "acme-capex-2025");
  g_assert_nonnull (fact);
  amount = outlay_fact_get_amount (fact);
  g_assert_cmpfloat (amount->value, ==, 1e9);
  g_assert_cmpstr (amount->currency, ==, "CNY");
  g_assert_cmpint (amount->qualifier, ==, OUTLAY_QUALIFIER_ABOUT);
  g_assert_cmpint (outlay_fact_get_status (fact), ==, OUTLAY_FACT_ACTUAL);

  g_assert_finalize_object (dataset);
}

static void
test_unknown_fields (void)
{
  OutlayDataset *dataset = load_ok ("unknown-fields.json");
  OutlayFact *fact;

  g_assert_cmpstr (outlay_dataset_get_title (dataset, "ar"), ==, "مثال");
  g_assert_cmpstr (outlay_entity_get_name (outlay_dataset_lookup_entity (dataset, "acme"), "en"),
                   ==, "Acme");
  g_assert_nonnull (outlay_dataset_lookup_source (dataset, "wire"));

  fact = outlay_dataset_lookup_fact (dataset, "acme-capex-2025");
  g_assert_nonnull (fact);
  g_assert_cmpfloat (outlay_fact_get_amount (fact)->value, ==, 1e9);
  g_assert_cmpstr (outlay_fact_get_label (fact, "en"), ==, "Acme capex, 2025");
  g_assert_cmpuint (outlay_fact_get_n_citations (fact), ==, 1);

  g_assert_finalize_object (dataset);
}

static void
test_arabic_marks (void)
{
  OutlayDataset *dataset = load_ok ("arabic-marks.json");
  OutlayFact *fact;

  /* LRM (U+200E), RLM (U+200F) and ALM (U+061C), escaped and raw */
  g_assert_cmpstr (outlay_entity_get_name (outlay_dataset_lookup_entity (dataset, "acme"), "ar"),
                   ==, "أكمي\u200e");

  fact = outlay_dataset_lookup_fact (dataset, "acme-capex-2025");
  g_assert_nonnull (fact);
  g_assert_cmpstr (outlay_fact_get_label (fact, "ar"), ==,
                   "إنفاق \u200fأكمي\u061c الرأسمالي، \u200f2025\u061c");

  g_assert_finalize_object (dataset);
}

/* Every length limit reached exactly, a stack of 8 marks, an Arabic
 * letter with shadda and fatha, and CRLF line ends between the tokens */
static void
test_limits (void)
{
  OutlayDataset *dataset = load_ok ("limits.json");
  OutlayFact *fact = outlay_dataset_lookup_fact (dataset, "acme-capex-2025");

  g_assert_nonnull (fact);
  g_assert_cmpint (g_utf8_strlen (outlay_fact_get_label (fact, "en"), -1), ==, 200);
  g_assert_cmpint (g_utf8_strlen (outlay_fact_get_label (fact, "ar"), -1), ==, 200);
  g_assert_true (g_str_has_suffix (outlay_fact_get_label (fact, "ar"), "بَّ"));
  g_assert_cmpint (g_utf8_strlen (outlay_entity_get_name (outlay_fact_get_entity (fact), "en"), -1), ==, 100);

  g_assert_finalize_object (dataset);
}

static void
test_qualifier_planned (void)
{
  OutlayDataset *dataset = load_ok ("qualifier-planned.json");
  OutlayFact *fact;

  fact = outlay_dataset_lookup_fact (dataset, "acme-capex-2025");
  g_assert_nonnull (fact);
  g_assert_cmpint (outlay_fact_get_amount (fact)->qualifier, ==, OUTLAY_QUALIFIER_EXACT);
  g_assert_cmpint (outlay_fact_get_status (fact), ==, OUTLAY_FACT_PLANNED);

  g_assert_finalize_object (dataset);
}

static void
test_forward_reference (void)
{
  OutlayDataset *dataset = load_ok ("forward-reference.json");
  g_autoptr(OutlayFact) first = NULL;
  OutlayFact *part, *whole;

  part = outlay_dataset_lookup_fact (dataset, "part");
  whole = outlay_dataset_lookup_fact (dataset, "whole");
  g_assert_nonnull (part);
  g_assert_nonnull (whole);

  /* "part" comes first in the file and names the later "whole" */
  first = g_list_model_get_item (outlay_dataset_get_facts (dataset), 0);
  g_assert_true (first == part);
  g_assert_cmpstr (outlay_fact_get_part_of (part), ==, "whole");
  g_assert_null (outlay_fact_get_part_of (whole));

  g_assert_finalize_object (dataset);
}

/* A dataset of @n facts, each part of the next; with @cycle the last is
 * part of the first. */
static GBytes *
make_chain (guint    n,
            gboolean cycle)
{
  GString *json = g_string_new ("{\"format\":\"outlay-dataset\",\"version\":1,"
                                "\"title\":{\"en\":\"t\",\"ar\":\"t\"},"
                                "\"entities\":[{\"id\":\"e\",\"kind\":\"company\","
                                "\"color\":\"#000000\",\"name\":{\"en\":\"e\",\"ar\":\"e\"}}],"
                                "\"sources\":[{\"id\":\"s\",\"publisher\":{\"en\":\"p\",\"ar\":\"p\"},"
                                "\"published\":\"2025\",\"language\":\"en\",\"title\":\"t\"}],"
                                "\"facts\":[");

  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (json,
                              "%s{\"id\":\"f%u\",\"kind\":\"capex\",\"entity\":\"e\","
                              "\"amount\":{\"value\":%u,\"currency\":\"CNY\",\"qualifier\":\"exact\"},"
                              "\"period\":{\"start\":\"2025\"},\"label\":{\"en\":\"f\",\"ar\":\"f\"},"
                              "\"citations\":[{\"source\":\"s\",\"quote\":\"q\",\"language\":\"en\","
                              "\"translation\":\"q\"}]",
                              i == 0 ? "" : ",", i, i + 1);
      if (i + 1 < n)
        g_string_append_printf (json, ",\"part_of\":\"f%u\"", i + 1);
      else if (cycle)
        g_string_append (json, ",\"part_of\":\"f0\"");
      g_string_append_c (json, '}');
    }

  g_string_append (json, "]}");
  return g_string_free_to_bytes (json);
}

/* Each fact of a part_of chain is walked once: a chain of 20,000 loads in
 * a moment, where walking every fact's whole chain would take minutes
 * (and meson's time-out would end the test). */
static void
test_long_part_of_chain (void)
{
  g_autoptr(GBytes) chain = make_chain (20000, FALSE);
  g_autoptr(GBytes) cycle = make_chain (20000, TRUE);
  g_autoptr(GError) error = NULL;
  OutlayDataset *dataset;

  dataset = outlay_dataset_new_from_bytes (chain, "chain.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (outlay_dataset_get_facts (dataset)), ==, 20000);
  g_assert_finalize_object (dataset);

  g_assert_null (outlay_dataset_new_from_bytes (cycle, "cycle.json", &error));
  g_assert_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_INVALID_VALUE);
  g_assert_true (g_str_has_suffix (error->message, ": fact “f0”: “part_of” goes round in a circle"));
}

/* @prefix, then @n times @open: nesting json-glib would follow down until
 * the stack overflows (100,000 arrays crashed it) */
static GBytes *
make_nested (const char *prefix,
             const char *open,
             guint       n)
{
  GString *json = g_string_sized_new (strlen (prefix) + strlen (open) * n + 1);

  g_string_append (json, prefix);
  for (guint i = 0; i < n; i++)
    g_string_append (json, open);
  g_string_append_c (json, '\n');

  return g_string_free_to_bytes (json);
}

static void
test_deep_nesting (void)
{
  static const struct {
    const char *prefix;
    const char *open;
    const char *message;
  } cases[] = {
    /* The 65th array: column 65 */
    { "", "[", "deep.json:1:65: arrays and objects are nested more than 64 levels deep" },
    { "", "{\"a\":", "deep.json:1:321: arrays and objects are nested more than 64 levels deep" },
    { "", "[{\"a\":", "deep.json:1:193: arrays and objects are nested more than 64 levels deep" },
    /* The text before the arrays is read as json-glib reads it: "\u1"
     * takes the quote after it into the string, "/" starts a comment that
     * ends at the next "/", a string can be in single quotes. Read as JSON
     * instead, the last quote would seem to open a string holding the
     * arrays, and the scan would not count them. */
    { "[\"\\u1\"x\"", "[", "deep.json:1:72: arrays and objects are nested more than 64 levels deep" },
    { "[/\"/", "[", "deep.json:1:68: arrays and objects are nested more than 64 levels deep" },
    { "['\"'", "[", "deep.json:1:68: arrays and objects are nested more than 64 levels deep" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) deep = make_nested (cases[i].prefix, cases[i].open, 100000);
      g_autoptr(GError) error = NULL;

      g_assert_null (outlay_dataset_new_from_bytes (deep, "deep.json", &error));
      g_assert_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_SYNTAX);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* The limit is on the depth, wherever it is: 64 levels load (an unknown
 * field's arrays inside the top-level object), 65 do not; brackets in
 * strings, json-glib's comments ("/ … /") and single-quoted strings are
 * not nesting */
static void
test_nesting_limit (void)
{
  g_autofree char *path = ok_file ("minimal.json");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  for (guint depth = 64; depth <= 65; depth++)
    {
      g_autoptr(GString) json = g_string_new (contents);
      g_autofree char *open = g_strnfill (depth - 1, '[');
      g_autofree char *close = g_strnfill (depth - 1, ']');
      g_autofree char *extra = g_strdup_printf ("{\n  \"extra\": \"[[[[\", \"more\": / [[[[ / '[[[[', "
                                                "\"deep\": %s%s,", open, close);
      g_autoptr(GBytes) bytes = NULL;
      OutlayDataset *dataset;

      g_string_replace (json, "{", extra, 1);
      bytes = g_string_free_to_bytes (g_steal_pointer (&json));
      dataset = outlay_dataset_new_from_bytes (bytes, "nested.json", &error);

      if (depth == 64)
        {
          g_assert_no_error (error);
          g_assert_finalize_object (dataset);
        }
      else
        {
          g_assert_null (dataset);
          g_assert_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_SYNTAX);
          g_assert_cmpstr (error->message, ==,
                           "nested.json:2:116: arrays and objects are nested more than 64 levels deep");
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *name = g_strndup (bad_cases[i].file,
                                         strlen (bad_cases[i].file) - strlen (".json"));
      g_autofree char *test_path = g_strconcat ("/outlay/loader/", name, NULL);

      g_test_add_data_func (test_path, &bad_cases[i], test_bad_file);
    }

  for (gsize i = 0; i < G_N_ELEMENTS (position_cases); i++)
    {
      g_autofree char *name = g_strndup (position_cases[i].file,
                                         strlen (position_cases[i].file) - strlen (".json"));
      g_autofree char *test_path = g_strconcat ("/outlay/loader/", name, NULL);

      g_test_add_data_func (test_path, &position_cases[i], test_position);
    }

  g_test_add_func ("/outlay/loader/all-bad-files-used", test_all_bad_files_used);
  g_test_add_func ("/outlay/loader/minimal", test_minimal);
  g_test_add_func ("/outlay/loader/unknown-fields", test_unknown_fields);
  g_test_add_func ("/outlay/loader/arabic-marks", test_arabic_marks);
  g_test_add_func ("/outlay/loader/limits", test_limits);
  g_test_add_func ("/outlay/loader/qualifier-planned", test_qualifier_planned);
  g_test_add_func ("/outlay/loader/forward-reference", test_forward_reference);
  g_test_add_func ("/outlay/loader/long-part-of-chain", test_long_part_of_chain);
  g_test_add_func ("/outlay/loader/deep-nesting", test_deep_nesting);
  g_test_add_func ("/outlay/loader/nesting-limit", test_nesting_limit);

  return g_test_run ();
}

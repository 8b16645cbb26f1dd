/* outlay-synthetic-dense.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "outlay-synthetic.h"

/* The dataset that costs the most memory for its size: facts of one-letter
 * texts, one to a line with no other whitespace, about 240 bytes each.
 * json-glib's tree of it takes some 20 bytes for each byte of the file
 * (a node, an object with its hash table and member list, a copy of each
 * member's name), where the realistic synthetic dataset's takes 5. The
 * issue that asked for the memory targets measured such a file: 219 MB,
 * a peak of 4.9 GB. */

/**
 * outlay_synthetic_generate_dense:
 * @n_facts: how many facts to write
 *
 * Returns: (transfer full): the dataset's text
 */
GString *
outlay_synthetic_generate_dense (guint n_facts)
{
  GString *json = g_string_sized_new ((gsize)n_facts * 240 + 512);

  g_string_append (json,
                   "{\"format\":\"outlay-dataset\",\"version\":1,"
                   "\"title\":{\"en\":\"Dense\",\"ar\":\"كثيف\"},\n"
                   "\"entities\":[{\"id\":\"e\",\"kind\":\"company\",\"color\":\"#000000\","
                   "\"name\":{\"en\":\"e\",\"ar\":\"e\"}}],\n"
                   "\"sources\":[{\"id\":\"s\",\"publisher\":{\"en\":\"p\",\"ar\":\"p\"},"
                   "\"published\":\"2025\",\"language\":\"ar\",\"title\":\"t\"}],\n"
                   "\"facts\":[\n");

  for (guint i = 0; i < n_facts; i++)
    g_string_append_printf (json,
                            "{\"id\":\"f%u\",\"kind\":\"capex\",\"entity\":\"e\","
                            "\"amount\":{\"value\":%u,\"currency\":\"CNY\",\"qualifier\":\"exact\"},"
                            "\"period\":{\"start\":\"2025\"},\"label\":{\"en\":\"f\",\"ar\":\"f\"},"
                            "\"citations\":[{\"source\":\"s\",\"quote\":\"q\",\"language\":\"ar\","
                            "\"translation\":\"q\"}]}%s\n",
                            i, i + 1, i + 1 < n_facts ? "," : "");

  g_string_append (json, "]}\n");
  return json;
}

/**
 * outlay_synthetic_write_dense:
 * @n_facts: how many facts to write
 * @path: where to write the dataset
 * @error: return location for a #GFileError
 *
 * Returns: %TRUE if the file was written
 */
gboolean
outlay_synthetic_write_dense (guint        n_facts,
                              const char  *path,
                              GError     **error)
{
  GString *text = outlay_synthetic_generate_dense (n_facts);
  gboolean ok = g_file_set_contents (path, text->str, (gssize)text->len, error);

  g_string_free (text, TRUE);
  return ok;
}

/* outlay-audit-datasets.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "outlay-audit-datasets.h"

/* Written with json-glib's builder and read back through the loader, so
 * every generated dataset is one a user could have written, checked by
 * the same rules. */

static const char * const colors[] = {
  "#3584e4", "#e66100", "#2ec27e", "#c01c28", "#9141ac", "#865e3c", "#f5c211", "#77767b",
  "#ffbe6f", "#dc8add", "#99c1f1", "#8ff0a4",
};

static const char * const words_en[] = {
  "plan", "capital", "spending", "data", "centres", "chips", "cloud", "budget", "campaign",
  "holiday", "model", "training", "servers", "network",
};

static const char * const words_ar[] = {
  "خطة", "إنفاق", "رأسمالي", "مراكز", "بيانات", "رقائق", "سحابة", "ميزانية", "حملة", "عطلة",
  "نموذج", "تدريب", "خوادم", "شبكة",
};

/* Values on round ticks, just under and just over them, and anywhere */
static double
pick_value (GRand *rand)
{
  static const double round_values[] = { 1, 2, 5, 10, 20, 50, 100, 150, 160, 200, 380, 500 };
  static const double scales[] = { 1e6, 1e9, 1e9, 1e9 };
  double value = round_values[g_rand_int_range (rand, 0, G_N_ELEMENTS (round_values))] *
                 scales[g_rand_int_range (rand, 0, G_N_ELEMENTS (scales))];

  switch (g_rand_int_range (rand, 0, 5))
    {
    case 0:
      return value * 0.997;
    case 1:
      return value * 1.003;
    case 2:
      return value * g_rand_double_range (rand, 0.05, 1.5);
    default:
      return value;
    }
}

static char *
make_words (GRand              *rand,
            const char * const *words,
            guint               n_words,
            guint               count,
            const char         *separator)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < count; i++)
    {
      if (i > 0)
        g_string_append (text, separator);
      g_string_append (text, words[g_rand_int_range (rand, 0, n_words)]);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_text (JsonBuilder *builder,
          const char  *member,
          const char  *en,
          const char  *ar)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "en");
  json_builder_add_string_value (builder, en);
  json_builder_set_member_name (builder, "ar");
  json_builder_add_string_value (builder, ar);
  json_builder_end_object (builder);
}

static void
add_label (JsonBuilder            *builder,
           GRand                  *rand,
           const OutlayAuditShape *shape,
           guint                   index)
{
  guint count = shape->long_labels ? (guint)g_rand_int_range (rand, 8, 22) : (guint)g_rand_int_range (rand, 1, 4);
  g_autofree char *en_words = make_words (rand, words_en, G_N_ELEMENTS (words_en), count, " ");
  g_autofree char *ar_words = make_words (rand, words_ar, G_N_ELEMENTS (words_ar), count, " ");
  g_autofree char *en = g_strdup_printf ("Figure %u %s", index, en_words);
  g_autofree char *ar = g_strdup_printf ("الرقم %u %s", index, ar_words);

  add_text (builder, "label", en, ar);
}

static void
add_citation (JsonBuilder *builder,
              const char  *source)
{
  json_builder_set_member_name (builder, "citations");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "source");
  json_builder_add_string_value (builder, source);
  json_builder_set_member_name (builder, "quote");
  json_builder_add_string_value (builder, "قالت الشركة إنها ستنفق المبلغ.");
  json_builder_set_member_name (builder, "language");
  json_builder_add_string_value (builder, "ar");
  json_builder_set_member_name (builder, "translation");
  json_builder_add_string_value (builder, "The company said it would spend the sum.");
  json_builder_end_object (builder);
  json_builder_end_array (builder);
}

static void
add_period (JsonBuilder *builder,
            GRand       *rand,
            gboolean     event)
{
  guint year = (guint)g_rand_int_range (rand, 2020, 2029);

  json_builder_set_member_name (builder, "period");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "start");
  if (event || g_rand_int_range (rand, 0, 5) == 0)
    {
      g_autofree char *day = g_strdup_printf ("%u-%02d-%02d", year, g_rand_int_range (rand, 1, 13),
                                              g_rand_int_range (rand, 1, 29));
      json_builder_add_string_value (builder, day);
    }
  else
    {
      g_autofree char *start = g_strdup_printf ("%u", year);

      json_builder_add_string_value (builder, start);
      if (g_rand_int_range (rand, 0, 4) == 0)
        {
          g_autofree char *end = g_strdup_printf ("%u", year + g_rand_int_range (rand, 1, 3));

          json_builder_set_member_name (builder, "end");
          json_builder_add_string_value (builder, end);
        }
    }
  if (g_rand_int_range (rand, 0, 6) == 0)
    {
      json_builder_set_member_name (builder, "inferred");
      json_builder_add_boolean_value (builder, TRUE);
      json_builder_set_member_name (builder, "note");
      json_builder_add_string_value (builder, "Resolved from the article's date.");
    }
  json_builder_end_object (builder);
}

static void
add_amount (JsonBuilder *builder,
            double       value,
            double       max,
            const char  *currency,
            const char  *qualifier)
{
  json_builder_set_member_name (builder, "amount");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "value");
  json_builder_add_double_value (builder, value);
  if (max > value)
    {
      /* A range, "between 600 and 700 billion" */
      json_builder_set_member_name (builder, "max");
      json_builder_add_double_value (builder, max);
    }
  json_builder_set_member_name (builder, "currency");
  json_builder_add_string_value (builder, currency);
  json_builder_set_member_name (builder, "qualifier");
  json_builder_add_string_value (builder, qualifier);
  json_builder_end_object (builder);
}

static void
add_conversions (JsonBuilder *builder,
                 GRand       *rand,
                 double       value,
                 const char  *currency)
{
  guint n = (guint)g_rand_int_range (rand, 0, 3);

  if (g_strcmp0 (currency, "USD") == 0 || n == 0)
    return;

  json_builder_set_member_name (builder, "conversions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "value");
      /* Two sources that disagree a little, as the bundled Qwen budget's */
      json_builder_add_double_value (builder, value / (g_strcmp0 (currency, "CNY") == 0 ? 7.1 : 0.92) * (1 + 0.01 * i));
      json_builder_set_member_name (builder, "currency");
      json_builder_add_string_value (builder, "USD");
      json_builder_set_member_name (builder, "qualifier");
      json_builder_add_string_value (builder, i == 0 ? "about" : "exact");
      json_builder_set_member_name (builder, "source");
      json_builder_add_string_value (builder, i == 0 ? "wire" : "paper");
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_entities (JsonBuilder *builder,
              guint        n_entities)
{
  json_builder_set_member_name (builder, "entities");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_entities; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);
      g_autofree char *en = g_strdup_printf ("Company %u", i);
      g_autofree char *ar = g_strdup_printf ("الشركة %u", i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, id);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, "company");
      add_text (builder, "name", en, ar);
      json_builder_set_member_name (builder, "color");
      json_builder_add_string_value (builder, colors[i % G_N_ELEMENTS (colors)]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_sources (JsonBuilder *builder)
{
  static const char * const ids[] = { "wire", "paper" };

  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, ids[i]);
      add_text (builder, "publisher", i == 0 ? "Wire" : "Daily Paper", i == 0 ? "وكالة" : "الصحيفة اليومية");
      json_builder_set_member_name (builder, "published");
      json_builder_add_string_value (builder, "2026-02");
      json_builder_set_member_name (builder, "language");
      json_builder_add_string_value (builder, "ar");
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, "خبر");
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* One money fact; @part_of, when given, makes it a part of that fact
 * (a share of its value, in its currency and period) */
static void
add_figure (JsonBuilder            *builder,
            GRand                  *rand,
            const OutlayAuditShape *shape,
            guint                   index,
            const char             *kind,
            guint                   entity,
            double                  value,
            const char             *currency,
            const char             *part_of)
{
  static const char * const qualifiers[] = { "exact", "about", "at-least", "more-than", "up-to" };
  g_autofree char *id = g_strdup_printf ("f%u", index);
  g_autofree char *entity_id = g_strdup_printf ("e%u", entity);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, kind);
  json_builder_set_member_name (builder, "entity");
  json_builder_add_string_value (builder, entity_id);
  if (g_rand_int_range (rand, 0, 3) == 0)
    {
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder, "planned");
    }
  add_amount (builder, value, part_of == NULL && g_rand_int_range (rand, 0, 6) == 0 ? value * 1.25 : value,
              currency, qualifiers[g_rand_int_range (rand, 0, G_N_ELEMENTS (qualifiers))]);
  add_conversions (builder, rand, value, currency);
  add_period (builder, rand, FALSE);
  add_label (builder, rand, shape, index);
  if (part_of != NULL)
    {
      json_builder_set_member_name (builder, "part_of");
      json_builder_add_string_value (builder, part_of);
    }
  add_citation (builder, g_rand_boolean (rand) ? "wire" : "paper");
  json_builder_end_object (builder);
}

static void
add_event (JsonBuilder            *builder,
           GRand                  *rand,
           const OutlayAuditShape *shape,
           guint                   index,
           guint                   entity)
{
  g_autofree char *id = g_strdup_printf ("f%u", index);
  g_autofree char *entity_id = g_strdup_printf ("e%u", entity);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, "event");
  json_builder_set_member_name (builder, "entity");
  json_builder_add_string_value (builder, entity_id);
  add_period (builder, rand, TRUE);
  add_label (builder, rand, shape, index);
  add_citation (builder, "wire");
  json_builder_end_object (builder);
}

/**
 * outlay_audit_dataset_json:
 * @seed: the generator's seed
 * @shape: how big and of what
 *
 * Returns: (transfer full): a dataset file's text
 */
char *
outlay_audit_dataset_json (guint32                 seed,
                           const OutlayAuditShape *shape)
{
  static const char * const kinds[] = { "capex", "capex", "campaign-budget", "revenue" };
  static const char * const other_currencies[] = { "USD", "EUR" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  guint index = 0;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "outlay-dataset");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 1);
  add_text (builder, "title", "Audit", "تدقيق");
  add_entities (builder, MAX (shape->n_entities, 1));
  add_sources (builder);

  json_builder_set_member_name (builder, "facts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < shape->n_figures; i++)
    {
      const char *kind = kinds[g_rand_int_range (rand, 0, G_N_ELEMENTS (kinds))];
      /* Several facts of one entity, so their dates overlap */
      guint entity = (guint)g_rand_int_range (rand, 0, (gint32)MAX (1, MIN (shape->n_entities, shape->n_figures / 2 + 1)));
      const char *currency = shape->mixed_currencies && g_rand_int_range (rand, 0, 3) == 0
                               ? other_currencies[g_rand_int_range (rand, 0, 2)] : "CNY";
      double value = pick_value (rand);
      guint whole = index;

      add_figure (builder, rand, shape, index++, kind, entity, value, currency, NULL);

      if (g_rand_int_range (rand, 0, 5) == 0)
        {
          g_autofree char *whole_id = g_strdup_printf ("f%u", whole);

          add_figure (builder, rand, shape, index++, kind, entity,
                      value * g_rand_double_range (rand, 0.2, 0.8), currency, whole_id);
        }
    }
  for (guint i = 0; i < shape->n_events; i++)
    add_event (builder, rand, shape, index++, (guint)g_rand_int_range (rand, 0, (gint32)MAX (shape->n_entities, 1)));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/**
 * outlay_audit_dataset_new:
 * @seed: the generator's seed
 * @shape: how big and of what
 *
 * Returns: (transfer full): the dataset, loaded; the test fails if the
 *   loader refuses it
 */
OutlayDataset *
outlay_audit_dataset_new (guint32                 seed,
                          const OutlayAuditShape *shape)
{
  char *json = outlay_audit_dataset_json (seed, shape);
  g_autoptr(GBytes) bytes = g_bytes_new_take (json, strlen (json));
  g_autoptr(GError) error = NULL;
  OutlayDataset *dataset;

  g_autofree char *name = g_strdup_printf ("audit-%u.json", seed);
  dataset = outlay_dataset_new_from_bytes (bytes, name, &error);
  g_assert_no_error (error);
  return dataset;
}

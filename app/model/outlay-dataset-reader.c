/* outlay-dataset-reader.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "outlay-dataset-loader-private.h"

/* Drops what a walk built, and its fault. */
void
outlay_loader_clear_results (OutlayLoader *l)
{
  outlay_text_clear (&l->title);
  outlay_text_clear (&l->description);
  g_clear_pointer (&l->entities, g_ptr_array_unref);
  g_clear_pointer (&l->sources, g_ptr_array_unref);
  g_clear_pointer (&l->facts, g_ptr_array_unref);
  g_clear_pointer (&l->entity_objects, g_ptr_array_unref);
  g_clear_pointer (&l->fact_objects, g_ptr_array_unref);
  g_clear_pointer (&l->entity_by_id, g_hash_table_unref);
  g_clear_pointer (&l->source_by_id, g_hash_table_unref);
  g_clear_pointer (&l->fact_by_id, g_hash_table_unref);
  g_clear_pointer (&l->languages, g_hash_table_unref);
  g_clear_error (&l->fault);
  l->fault_node = NULL;
}

void
outlay_loader_reset (OutlayLoader *l)
{
  outlay_loader_clear_results (l);
  l->stream = (OutlayLoaderStream) { 0 };

  l->entities = g_ptr_array_new_with_free_func (g_object_unref);
  l->sources = g_ptr_array_new_with_free_func (g_object_unref);
  l->facts = g_ptr_array_new_with_free_func (g_object_unref);
  l->entity_objects = g_ptr_array_new ();
  l->fact_objects = g_ptr_array_new ();
  /* Keys are the objects' own id strings, which live as long as they do. */
  l->entity_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  l->source_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  l->fact_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  l->languages = g_hash_table_new_full (g_str_hash, g_str_equal,
                                        (GDestroyNotify)g_ref_string_release, NULL);
}

static gboolean
load_entity (OutlayLoader *l,
             JsonObject   *object,
             guint         index)
{
  g_auto(OutlayLoaderScope) scope = { g_strdup_printf ("entities[%u]", index), object };
  g_autoptr(OutlayEntity) entity = g_object_new (OUTLAY_TYPE_ENTITY, NULL);
  const char *kind, *color;

  if (!outlay_loader_get_id (l, &scope, object, _("entity"), l->entity_by_id, &entity->id))
    return FALSE;

  if (!outlay_loader_get_string (l, &scope, object, "", "kind", TRUE, &kind))
    return FALSE;
  if (!outlay_entity_kind_from_string (kind, &entity->kind))
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                               _("%s: unknown kind “%s” (expected company, product, government, "
                                 "organization or group)"), scope.what, kind);

  if (!outlay_loader_get_text (l, &scope, object, "name", TRUE, OUTLAY_LIMIT_NAME, &entity->name))
    return FALSE;

  if (!outlay_loader_get_string (l, &scope, object, "", "color", TRUE, &color))
    return FALSE;
  if (strlen (color) != 7 || color[0] != '#' || strspn (color + 1, "0123456789abcdefABCDEF") != 6)
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                               _("%s: field “color” must be written #rrggbb, not “%s”"), scope.what, color);
  entity->color = (guint32)g_ascii_strtoull (color + 1, NULL, 16);

  if (!outlay_loader_dup_string (l, &scope, object, "", "parent", FALSE, OUTLAY_LIMIT_WORD, &entity->parent_id))
    return FALSE;

  g_hash_table_insert (l->entity_by_id, entity->id, entity);
  g_ptr_array_add (l->entity_objects, object);
  g_ptr_array_add (l->entities, g_steal_pointer (&entity));

  return TRUE;
}

static gboolean
load_source (OutlayLoader *l,
             JsonObject   *object,
             guint         index)
{
  g_auto(OutlayLoaderScope) scope = { g_strdup_printf ("sources[%u]", index), object };
  g_autoptr(OutlaySource) source = g_object_new (OUTLAY_TYPE_SOURCE, NULL);

  if (!outlay_loader_get_id (l, &scope, object, _("source"), l->source_by_id, &source->id) ||
      !outlay_loader_get_text (l, &scope, object, "publisher", TRUE, OUTLAY_LIMIT_NAME, &source->publisher) ||
      !outlay_loader_get_partial_date (l, &scope, object, "", "published", TRUE, NULL, &source->published) ||
      !outlay_loader_get_boolean (l, &scope, object, "", "published_inferred", &source->published_inferred) ||
      !outlay_loader_dup_string (l, &scope, object, "", "published_note", FALSE, OUTLAY_LIMIT_NOTE,
                                 &source->published_note) ||
      !outlay_loader_get_language (l, &scope, object, "", &source->language) ||
      !outlay_loader_dup_string (l, &scope, object, "", "title", TRUE, OUTLAY_LIMIT_LABEL, &source->title) ||
      !outlay_loader_dup_string (l, &scope, object, "", "title_en", FALSE, OUTLAY_LIMIT_LABEL, &source->title_en) ||
      !outlay_loader_get_string_list (l, &scope, object, "via", OUTLAY_LIMIT_NAME, &source->via) ||
      !outlay_loader_dup_string (l, &scope, object, "", "url", FALSE, OUTLAY_LIMIT_PARAGRAPH, &source->url))
    return FALSE;

  g_hash_table_insert (l->source_by_id, source->id, source);
  g_ptr_array_add (l->sources, g_steal_pointer (&source));

  return TRUE;
}

static gboolean
get_qualifier (OutlayLoader            *l,
               const OutlayLoaderScope *scope,
               JsonObject              *object,
               const char              *prefix,
               OutlayQualifier         *qualifier,
               gboolean                *planned)
{
  const char *text;

  if (!outlay_loader_get_string (l, scope, object, prefix, "qualifier", TRUE, &text))
    return FALSE;

  if (outlay_qualifier_from_string (text, qualifier))
    return TRUE;

  /* "planned" is a status, not a precision; the design's first draft listed
   * it as a qualifier, and such files read as exact and planned. */
  if (planned != NULL && strcmp (text, "planned") == 0)
    {
      *qualifier = OUTLAY_QUALIFIER_EXACT;
      *planned = TRUE;
      return TRUE;
    }

  return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                             _("%s: unknown qualifier “%s” in “%squalifier” (expected exact, about, "
                               "at-least, more-than or up-to)"), scope->what, text, prefix);
}

static gboolean
get_currency (OutlayLoader            *l,
              const OutlayLoaderScope *scope,
              JsonObject              *object,
              const char              *prefix,
              const char              *code,
              char                     currency[4])
{
  if (!outlay_currency_code_is_valid (code))
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                               _("%s: field “%scurrency” must be an ISO 4217 code such as CNY or USD, not “%s”"),
                               scope->what, prefix, code);

  memcpy (currency, code, 4);
  return TRUE;
}

static gboolean
load_amount (OutlayLoader            *l,
             const OutlayLoaderScope *scope,
             OutlayFact              *fact,
             JsonObject              *object)
{
  OutlayAmount *amount = &fact->amount;
  const char *currency, *unit;
  gboolean planned = FALSE;

  if (!outlay_loader_get_amount_number (l, scope, object, "amount.", "value", TRUE, &amount->value))
    return FALSE;

  amount->max = amount->value;
  if (!outlay_loader_get_amount_number (l, scope, object, "amount.", "max", FALSE, &amount->max))
    return FALSE;
  if (amount->max < amount->value)
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                               _("%s: field “amount.max” (%g) is below “amount.value” (%g)"),
                               scope->what, amount->max, amount->value);

  if (!outlay_loader_get_string (l, scope, object, "amount.", "currency", FALSE, &currency) ||
      !outlay_loader_get_string (l, scope, object, "amount.", "unit", FALSE, &unit))
    return FALSE;

  if (currency != NULL && unit != NULL)
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                               _("%s: “amount” has both a currency and a unit; money has only a currency"),
                               scope->what);

  if (outlay_fact_kind_is_money (fact->kind) && currency == NULL)
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_MISSING_FIELD,
                               _("%s: field “amount.currency” is missing; a %s figure is money"),
                               scope->what, outlay_fact_kind_to_string (fact->kind));

  if (currency != NULL)
    {
      amount->unit = OUTLAY_UNIT_CURRENCY;
      if (!get_currency (l, scope, object, "amount.", currency, amount->currency))
        return FALSE;
    }
  else if (unit == NULL)
    {
      return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_MISSING_FIELD,
                                 _("%s: field “amount.unit” is missing (percent, count or basis-points)"),
                                 scope->what);
    }
  else if (!outlay_unit_from_string (unit, &amount->unit))
    {
      return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                                 _("%s: unknown unit “%s” in “amount.unit” (expected percent, count "
                                   "or basis-points)"), scope->what, unit);
    }

  if (!get_qualifier (l, scope, object, "amount.", &amount->qualifier, &planned))
    return FALSE;
  if (planned)
    fact->status = OUTLAY_FACT_PLANNED;

  fact->has_amount = TRUE;
  return TRUE;
}

static gboolean
lookup_source (OutlayLoader             *l,
               const OutlayLoaderScope  *scope,
               JsonObject               *object,
               const char               *prefix,
               OutlaySource            **out)
{
  const char *id;

  if (!outlay_loader_get_string (l, scope, object, prefix, "source", TRUE, &id))
    return FALSE;

  *out = g_hash_table_lookup (l->source_by_id, id);
  if (*out == NULL)
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_UNKNOWN_REFERENCE,
                               _("%s: unknown source “%s” in “%ssource”"), scope->what, id, prefix);

  g_object_ref (*out);
  return TRUE;
}

static gboolean
load_conversions (OutlayLoader            *l,
                  const OutlayLoaderScope *scope,
                  OutlayFact              *fact,
                  JsonArray               *array)
{
  guint n = json_array_get_length (array);

  if (n == 0)
    return TRUE;

  if (!fact->has_amount || fact->amount.unit != OUTLAY_UNIT_CURRENCY)
    return outlay_loader_fail (l, array, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                               _("%s: has “conversions” but its amount is not money"), scope->what);

  fact->conversions = g_array_sized_new (FALSE, TRUE, sizeof (OutlayConversion), n);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *prefix = g_strdup_printf ("conversions[%u].", i);
      JsonNode *element = json_array_get_element (array, i);
      OutlayConversion conversion = { 0 };
      JsonObject *object;
      const char *currency;

      if (!outlay_loader_node_is (element, OUTLAY_JSON_OBJECT))
        return outlay_loader_fail (l, array, OUTLAY_DATASET_ERROR_WRONG_TYPE,
                                   _("%s: field “conversions[%u]” must be %s"),
                                   scope->what, i, outlay_loader_want_to_string (OUTLAY_JSON_OBJECT));

      object = json_node_get_object (element);

      if (!outlay_loader_get_amount_number (l, scope, object, prefix, "value", TRUE, &conversion.amount.value) ||
          !outlay_loader_get_string (l, scope, object, prefix, "currency", TRUE, &currency) ||
          !get_currency (l, scope, object, prefix, currency, conversion.amount.currency) ||
          !get_qualifier (l, scope, object, prefix, &conversion.amount.qualifier, NULL))
        return FALSE;

      conversion.amount.max = conversion.amount.value;
      conversion.amount.unit = OUTLAY_UNIT_CURRENCY;

      if (strcmp (conversion.amount.currency, fact->amount.currency) == 0)
        return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                                   _("%s: “%scurrency” converts %s into itself"),
                                   scope->what, prefix, currency);

      if (conversion.amount.value <= 0 && fact->amount.value > 0)
        return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                                   _("%s: “%svalue” is zero, which states no rate"), scope->what, prefix);

      if (!lookup_source (l, scope, object, prefix, &conversion.source))
        return FALSE;

      g_array_append_val (fact->conversions, conversion);
    }

  return TRUE;
}

static gboolean
load_period (OutlayLoader            *l,
             const OutlayLoaderScope *scope,
             OutlayFact              *fact,
             JsonObject              *object)
{
  gboolean has_end;

  if (!outlay_loader_get_partial_date (l, scope, object, "period.", "start", TRUE, NULL, &fact->period.start) ||
      !outlay_loader_get_partial_date (l, scope, object, "period.", "end", FALSE, &has_end, &fact->period.end) ||
      !outlay_loader_get_boolean (l, scope, object, "period.", "inferred", &fact->period.inferred) ||
      !outlay_loader_dup_string (l, scope, object, "period.", "note", FALSE, OUTLAY_LIMIT_NOTE,
                                 &fact->period_note))
    return FALSE;

  if (!has_end)
    fact->period.end = fact->period.start;

  if (!outlay_period_is_valid (&fact->period))
    {
      g_autofree char *start = outlay_partial_date_to_string (&fact->period.start);
      g_autofree char *end = outlay_partial_date_to_string (&fact->period.end);

      return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                                 _("%s: the period ends (%s) before it starts (%s)"),
                                 scope->what, end, start);
    }

  return TRUE;
}

static gboolean
load_citations (OutlayLoader            *l,
                const OutlayLoaderScope *scope,
                OutlayFact              *fact,
                JsonArray               *array)
{
  guint n = json_array_get_length (array);

  if (n == 0)
    return outlay_loader_fail (l, array, OUTLAY_DATASET_ERROR_MISSING_FIELD,
                               _("%s: “citations” is empty; every fact cites at least one source"),
                               scope->what);

  fact->citations = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *prefix = g_strdup_printf ("citations[%u].", i);
      g_autoptr(OutlayCitation) citation = g_object_new (OUTLAY_TYPE_CITATION, NULL);
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *object;

      if (!outlay_loader_node_is (element, OUTLAY_JSON_OBJECT))
        return outlay_loader_fail (l, array, OUTLAY_DATASET_ERROR_WRONG_TYPE,
                                   _("%s: field “citations[%u]” must be %s"),
                                   scope->what, i, outlay_loader_want_to_string (OUTLAY_JSON_OBJECT));

      object = json_node_get_object (element);

      if (!lookup_source (l, scope, object, prefix, &citation->source) ||
          !outlay_loader_dup_string (l, scope, object, prefix, "quote", TRUE, OUTLAY_LIMIT_PARAGRAPH,
                                    &citation->quote) ||
          !outlay_loader_get_language (l, scope, object, prefix, &citation->language) ||
          !outlay_loader_dup_string (l, scope, object, prefix, "translation", TRUE, OUTLAY_LIMIT_TRANSLATION,
                                    &citation->translation))
        return FALSE;

      g_ptr_array_add (fact->citations, g_steal_pointer (&citation));
    }

  return TRUE;
}

static gboolean
lookup_entity (OutlayLoader             *l,
               const OutlayLoaderScope  *scope,
               JsonObject               *object,
               const char               *name,
               gboolean                  required,
               OutlayEntity            **out)
{
  const char *id;

  if (!outlay_loader_get_string (l, scope, object, "", name, required, &id))
    return FALSE;
  if (id == NULL)
    return TRUE;

  *out = g_hash_table_lookup (l->entity_by_id, id);
  if (*out == NULL)
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_UNKNOWN_REFERENCE,
                               _("%s: unknown entity “%s” in “%s”"), scope->what, id, name);

  g_object_ref (*out);
  return TRUE;
}

static gboolean
load_fact (OutlayLoader *l,
           JsonObject   *object,
           guint         index)
{
  g_auto(OutlayLoaderScope) scope = { g_strdup_printf ("facts[%u]", index), object };
  g_autoptr(OutlayFact) fact = g_object_new (OUTLAY_TYPE_FACT, NULL);
  const char *kind, *status;
  JsonNode *node;

  if (!outlay_loader_get_id (l, &scope, object, _("fact"), l->fact_by_id, &fact->id))
    return FALSE;

  if (!outlay_loader_get_string (l, &scope, object, "", "kind", TRUE, &kind))
    return FALSE;
  if (!outlay_fact_kind_from_string (kind, &fact->kind))
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                               _("%s: unknown kind “%s” (docs/dataset-format.md lists the kinds)"),
                               scope.what, kind);

  if (!outlay_loader_get_string (l, &scope, object, "", "status", FALSE, &status))
    return FALSE;
  if (status != NULL && !outlay_fact_status_from_string (status, &fact->status))
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                               _("%s: unknown status “%s” (expected actual, planned or expected)"),
                               scope.what, status);

  if (!lookup_entity (l, &scope, object, "entity", TRUE, &fact->entity) ||
      !lookup_entity (l, &scope, object, "product", FALSE, &fact->product))
    return FALSE;

  if (fact->product != NULL && fact->product->kind != OUTLAY_ENTITY_PRODUCT)
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                               _("%s: “product” names “%s”, which is not a product"),
                               scope.what, fact->product->id);

  if (!outlay_loader_get_member (l, &scope, object, "", "amount", OUTLAY_JSON_OBJECT,
                                 fact->kind != OUTLAY_FACT_EVENT, &node))
    return FALSE;
  if (node != NULL && fact->kind == OUTLAY_FACT_EVENT)
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                               _("%s: an event has no “amount”; give the figure a fact of its own"),
                               scope.what);
  if (node != NULL && !load_amount (l, &scope, fact, json_node_get_object (node)))
    return FALSE;

  if (!outlay_loader_get_member (l, &scope, object, "", "conversions", OUTLAY_JSON_ARRAY, FALSE, &node))
    return FALSE;
  if (node != NULL && !load_conversions (l, &scope, fact, json_node_get_array (node)))
    return FALSE;

  if (!outlay_loader_get_member (l, &scope, object, "", "period", OUTLAY_JSON_OBJECT, TRUE, &node) ||
      !load_period (l, &scope, fact, json_node_get_object (node)))
    return FALSE;

  if (!outlay_loader_get_partial_date (l, &scope, object, "", "announced", FALSE, NULL, &fact->announced))
    return FALSE;
  fact->has_announced = json_object_get_member (object, "announced") != NULL &&
                        !json_object_get_null_member (object, "announced");

  if (!outlay_loader_get_text (l, &scope, object, "label", TRUE, OUTLAY_LIMIT_LABEL, &fact->label))
    return FALSE;

  if (!outlay_loader_dup_string (l, &scope, object, "", "part_of", FALSE, OUTLAY_LIMIT_WORD, &fact->part_of) ||
      !outlay_loader_get_string_list (l, &scope, object, "total_of", OUTLAY_LIMIT_WORD, &fact->total_of) ||
      !outlay_loader_get_string_list (l, &scope, object, "related", OUTLAY_LIMIT_WORD, &fact->related))
    return FALSE;

  if (!outlay_loader_get_member (l, &scope, object, "", "citations", OUTLAY_JSON_ARRAY, TRUE, &node) ||
      !load_citations (l, &scope, fact, json_node_get_array (node)))
    return FALSE;

  g_hash_table_insert (l->fact_by_id, fact->id, fact);
  g_ptr_array_add (l->fact_objects, object);
  g_ptr_array_add (l->facts, g_steal_pointer (&fact));

  return TRUE;
}

static gboolean
check_fact_reference (OutlayLoader *l,
                      OutlayFact   *fact,
                      JsonObject   *object,
                      const char   *field,
                      const char   *id)
{
  if (!g_hash_table_contains (l->fact_by_id, id))
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_UNKNOWN_REFERENCE,
                               _("fact “%s”: unknown fact “%s” in “%s”"), fact->id, id, field);

  if (strcmp (id, fact->id) == 0)
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                               _("fact “%s”: “%s” refers to the fact itself"), fact->id, field);

  return TRUE;
}

/* References between facts and between entities can point forward in the
 * file, so they are checked once everything is read. */
static gboolean
resolve_references (OutlayLoader *l)
{
  enum { UNSEEN, ON_PATH, DONE };
  g_autoptr(GHashTable) states = NULL;
  g_autoptr(GPtrArray) path = NULL;

  for (guint i = 0; i < l->entities->len; i++)
    {
      OutlayEntity *entity = g_ptr_array_index (l->entities, i);
      JsonObject *object = g_ptr_array_index (l->entity_objects, i);

      if (entity->parent_id == NULL)
        continue;

      if (!g_hash_table_contains (l->entity_by_id, entity->parent_id))
        return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_UNKNOWN_REFERENCE,
                                   _("entity “%s”: unknown entity “%s” in “parent”"),
                                   entity->id, entity->parent_id);
      if (strcmp (entity->parent_id, entity->id) == 0)
        return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                                   _("entity “%s”: “parent” refers to the entity itself"), entity->id);
    }

  for (guint i = 0; i < l->facts->len; i++)
    {
      OutlayFact *fact = g_ptr_array_index (l->facts, i);
      JsonObject *object = g_ptr_array_index (l->fact_objects, i);

      if (fact->part_of != NULL && !check_fact_reference (l, fact, object, "part_of", fact->part_of))
        return FALSE;

      for (guint j = 0; fact->total_of != NULL && fact->total_of[j] != NULL; j++)
        if (!check_fact_reference (l, fact, object, "total_of", fact->total_of[j]))
          return FALSE;

      for (guint j = 0; fact->related != NULL && fact->related[j] != NULL; j++)
        if (!check_fact_reference (l, fact, object, "related", fact->related[j]))
          return FALSE;
    }

  /* Only once every reference is known to lead somewhere: a part of a
   * part of … must end, as a cycle has no whole to draw it in. Each fact
   * is walked once (a chain of 100,000 parts would otherwise be walked
   * 100,000 times): facts on the current walk are marked ON_PATH, facts
   * known to end DONE. */
  states = g_hash_table_new (NULL, NULL);
  path = g_ptr_array_new ();

  for (guint i = 0; i < l->facts->len; i++)
    {
      OutlayFact *fact = g_ptr_array_index (l->facts, i);
      OutlayFact *part = fact;

      g_ptr_array_set_size (path, 0);

      while (part != NULL && part->part_of != NULL)
        {
          guint state = GPOINTER_TO_UINT (g_hash_table_lookup (states, part));

          if (state == DONE)
            break;
          if (state == ON_PATH)
            return outlay_loader_fail (l, g_ptr_array_index (l->fact_objects, i),
                                       OUTLAY_DATASET_ERROR_INVALID_VALUE,
                                       _("fact “%s”: “part_of” goes round in a circle"), fact->id);

          g_hash_table_insert (states, part, GUINT_TO_POINTER (ON_PATH));
          g_ptr_array_add (path, part);
          part = g_hash_table_lookup (l->fact_by_id, part->part_of);
        }

      for (guint j = 0; j < path->len; j++)
        g_hash_table_insert (states, g_ptr_array_index (path, j), GUINT_TO_POINTER (DONE));
    }

  return TRUE;
}

typedef gboolean (*LoadItemFunc) (OutlayLoader *l,
                                  JsonObject   *object,
                                  guint         index);

static const struct
{
  const char   *name;
  LoadItemFunc  load_item;
} lists[] = {
  [OUTLAY_LOADER_ENTITIES] = { "entities", load_entity },
  [OUTLAY_LOADER_SOURCES] = { "sources", load_source },
  [OUTLAY_LOADER_FACTS] = { "facts", load_fact },
};

/**
 * outlay_loader_load_item:
 * @l: the loader
 * @list: which of the top-level lists @array is
 * @array: the list
 * @element: an element of it
 * @index: which, counting from 0 in the file
 *
 * Reads one entity, source or fact.
 *
 * Returns: %FALSE with the loader's fault set if it has one
 */
gboolean
outlay_loader_load_item (OutlayLoader     *l,
                         OutlayLoaderList  list,
                         JsonArray        *array,
                         JsonNode         *element,
                         guint             index)
{
  if (!outlay_loader_node_is (element, OUTLAY_JSON_OBJECT))
    return outlay_loader_fail (l, array, OUTLAY_DATASET_ERROR_WRONG_TYPE,
                               _("%s[%u] must be %s"), lists[list].name, index,
                               outlay_loader_want_to_string (OUTLAY_JSON_OBJECT));

  return lists[list].load_item (l, json_node_get_object (element), index);
}

/**
 * outlay_loader_load_items:
 * @l: the loader
 * @list: which of the top-level lists @array is
 * @array: the list, or what is left of it
 * @first: the index in the file of @array's first element
 *
 * Returns: %FALSE with the loader's fault set if an item has one
 */
gboolean
outlay_loader_load_items (OutlayLoader     *l,
                          OutlayLoaderList  list,
                          JsonArray        *array,
                          guint             first)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!outlay_loader_load_item (l, list, array, json_array_get_element (array, i), first + i))
      return FALSE;

  return TRUE;
}

/* A top-level list, less what was read while the file was parsed */
static gboolean
load_list (OutlayLoader     *l,
           JsonObject       *root,
           OutlayLoaderList  list)
{
  g_auto(OutlayLoaderScope) scope = { g_strdup (_("the dataset")), root };
  JsonNode *node;

  if (list == OUTLAY_LOADER_ENTITIES && l->stream.entities_done)
    return TRUE;
  if (list == OUTLAY_LOADER_SOURCES && l->stream.sources_done)
    return TRUE;

  if (!outlay_loader_get_member (l, &scope, root, "", lists[list].name, OUTLAY_JSON_ARRAY, TRUE, &node))
    return FALSE;

  return outlay_loader_load_items (l, list, json_node_get_array (node),
                                   list == OUTLAY_LOADER_FACTS ? l->stream.n_facts : 0);
}

/* What no dataset can do without: the format, its version and a title */
static gboolean
load_header (OutlayLoader *l,
             JsonNode     *root_node)
{
  g_auto(OutlayLoaderScope) scope = { g_strdup (_("the dataset")), NULL };
  g_autofree char *version = NULL;
  JsonObject *root;
  JsonNode *node;
  const char *format;

  if (root_node == NULL)
    return outlay_loader_fail (l, NULL, OUTLAY_DATASET_ERROR_EMPTY, _("the file holds no JSON value"));

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    return outlay_loader_fail (l, NULL, OUTLAY_DATASET_ERROR_FORMAT,
                               _("not an Outlay dataset: the top level is not an object"));

  root = scope.object = json_node_get_object (root_node);

  node = json_object_get_member (root, "format");
  if (node == NULL)
    return outlay_loader_fail (l, root, OUTLAY_DATASET_ERROR_FORMAT,
                               _("not an Outlay dataset: field “format” is missing"));
  if (!outlay_loader_node_is (node, OUTLAY_JSON_STRING))
    return outlay_loader_fail (l, root, OUTLAY_DATASET_ERROR_FORMAT,
                               _("not an Outlay dataset: field “format” is not a string"));

  format = json_node_get_string (node);
  if (strcmp (format, OUTLAY_DATASET_FORMAT) != 0)
    {
      g_autofree char *quoted = NULL;

      /* Quoted, but not at any length: the message ends up in a label */
      if (g_utf8_validate (format, -1, NULL) && g_utf8_strlen (format, -1) > OUTLAY_LIMIT_WORD)
        {
          g_autofree char *start = g_utf8_substring (format, 0, OUTLAY_LIMIT_WORD);

          quoted = g_strconcat (start, "…", NULL);
        }
      else
        {
          quoted = g_strdup (format);
        }

      return outlay_loader_fail (l, root, OUTLAY_DATASET_ERROR_FORMAT,
                                 _("not an Outlay dataset: the format is “%s”, not “%s”"),
                                 quoted, OUTLAY_DATASET_FORMAT);
    }

  if (!outlay_loader_get_member (l, &scope, root, "", "version", OUTLAY_JSON_INTEGER, TRUE, &node))
    return FALSE;
  /* Formatted apart: xgettext cannot read a message built with a macro. */
  version = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  if (json_node_get_int (node) > OUTLAY_DATASET_VERSION)
    return outlay_loader_fail (l, root, OUTLAY_DATASET_ERROR_VERSION,
                               _("unsupported version %s: this Outlay reads version %d"),
                               version, OUTLAY_DATASET_VERSION);
  if (json_node_get_int (node) < 1)
    return outlay_loader_fail (l, root, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                               _("the version must be 1 or more, not %s"), version);

  return outlay_loader_get_text (l, &scope, root, "title", TRUE, OUTLAY_LIMIT_LABEL, &l->title) &&
         outlay_loader_get_text (l, &scope, root, "description", FALSE, OUTLAY_LIMIT_PARAGRAPH, &l->description);
}

/**
 * outlay_loader_load_root:
 * @l: a loader, reset before the parse
 * @root_node: the parsed file
 *
 * Walks the tree to build the model: the header, then the entities, the
 * sources and the facts, less those read while the file was parsed
 * (outlay-dataset-stream.c), then the references between them.
 *
 * Returns: %FALSE with the loader's fault set if the file has one
 */
gboolean
outlay_loader_load_root (OutlayLoader *l,
                         JsonNode     *root_node)
{
  g_autoptr(GError) streamed_fault = g_steal_pointer (&l->fault);
  gconstpointer streamed_node = l->fault_node;

  /* A fault found while the file was parsed is in the entities, the
   * sources or the facts, which the header comes before: the walk reports
   * the first fault in its order, whatever the order of the file. */
  l->fault_node = NULL;
  if (!load_header (l, root_node))
    return FALSE;

  if (streamed_fault != NULL)
    {
      l->fault = g_steal_pointer (&streamed_fault);
      l->fault_node = streamed_node;
      return FALSE;
    }

  return load_list (l, json_node_get_object (root_node), OUTLAY_LOADER_ENTITIES) &&
         load_list (l, json_node_get_object (root_node), OUTLAY_LOADER_SOURCES) &&
         load_list (l, json_node_get_object (root_node), OUTLAY_LOADER_FACTS) &&
         resolve_references (l);
}

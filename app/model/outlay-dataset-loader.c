/* outlay-dataset-loader.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "outlay-model-private.h"

/* Reads a dataset file (docs/dataset-format.md) into the model.
 *
 * The file is parsed by json-glib, then checked and converted in one walk
 * over the tree. The first fault stops the walk; everything built so far
 * is dropped, so a refused file leaves nothing behind.
 *
 * Knowing where a fault is in the file costs a signal emission for every
 * object and array, which would slow every load by a good part for the
 * sake of the rare bad file. So the first walk records only which JSON
 * object holds the fault; on a fault the file is parsed a second time with
 * position tracking, walked again (it fails at the same place, the walk
 * being deterministic) and the object's line and column are looked up.
 */

typedef struct
{
  guint line;
  guint column;
} Position;

typedef struct
{
  const char    *display_name;

  /* Second pass only: JsonObject or JsonArray → Position of its start */
  GHashTable    *positions;
  GArray        *position_stack;
  JsonParser    *parser;

  /* The first fault: what holds it, and what it is */
  gconstpointer  fault_node;
  GError        *fault;

  /* Under construction */
  OutlayText     title;
  OutlayText     description;
  GPtrArray     *entities;
  GPtrArray     *sources;
  GPtrArray     *facts;
  GPtrArray     *fact_objects;  /* JsonObject of each fact, to place a fault */
  GHashTable    *entity_by_id;
  GHashTable    *source_by_id;
  GHashTable    *fact_by_id;
} Loader;

/* What a fault message names: 'fact "qwen-campaign-2026"' or 'facts[3]'
 * before the id is known. */
typedef struct
{
  char       *what;
  JsonObject *object;
} Scope;

typedef enum
{
  WANT_STRING,
  WANT_NUMBER,
  WANT_INTEGER,
  WANT_BOOLEAN,
  WANT_OBJECT,
  WANT_ARRAY,
} Want;

static void
loader_clear (Loader *l)
{
  g_clear_pointer (&l->positions, g_hash_table_unref);
  g_clear_pointer (&l->position_stack, g_array_unref);
  g_clear_object (&l->parser);
  g_clear_error (&l->fault);
  outlay_text_clear (&l->title);
  outlay_text_clear (&l->description);
  g_clear_pointer (&l->entities, g_ptr_array_unref);
  g_clear_pointer (&l->sources, g_ptr_array_unref);
  g_clear_pointer (&l->facts, g_ptr_array_unref);
  g_clear_pointer (&l->fact_objects, g_ptr_array_unref);
  g_clear_pointer (&l->entity_by_id, g_hash_table_unref);
  g_clear_pointer (&l->source_by_id, g_hash_table_unref);
  g_clear_pointer (&l->fact_by_id, g_hash_table_unref);
  l->fault_node = NULL;
}

static void
loader_reset (Loader *l)
{
  outlay_text_clear (&l->title);
  outlay_text_clear (&l->description);
  g_clear_pointer (&l->entities, g_ptr_array_unref);
  g_clear_pointer (&l->sources, g_ptr_array_unref);
  g_clear_pointer (&l->facts, g_ptr_array_unref);
  g_clear_pointer (&l->fact_objects, g_ptr_array_unref);
  g_clear_pointer (&l->entity_by_id, g_hash_table_unref);
  g_clear_pointer (&l->source_by_id, g_hash_table_unref);
  g_clear_pointer (&l->fact_by_id, g_hash_table_unref);
  g_clear_error (&l->fault);
  l->fault_node = NULL;

  l->entities = g_ptr_array_new_with_free_func (g_object_unref);
  l->sources = g_ptr_array_new_with_free_func (g_object_unref);
  l->facts = g_ptr_array_new_with_free_func (g_object_unref);
  l->fact_objects = g_ptr_array_new ();
  /* Keys are the objects' own id strings, which live as long as they do. */
  l->entity_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  l->source_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  l->fact_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

G_GNUC_PRINTF (4, 5)
static gboolean
fail (Loader        *l,
      gconstpointer  node,
      int            code,
      const char    *format,
      ...)
{
  va_list args;

  g_assert (l->fault == NULL);

  va_start (args, format);
  l->fault = g_error_new_valist (OUTLAY_DATASET_ERROR, code, format, args);
  va_end (args);
  l->fault_node = node;

  return FALSE;
}

static void
scope_clear (Scope *scope)
{
  g_clear_pointer (&scope->what, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Scope, scope_clear)

static const char *
want_to_string (Want want)
{
  switch (want)
    {
    case WANT_STRING:
      return _("a string");
    case WANT_NUMBER:
      return _("a number");
    case WANT_INTEGER:
      return _("a whole number");
    case WANT_BOOLEAN:
      return _("true or false");
    case WANT_OBJECT:
      return _("an object");
    case WANT_ARRAY:
      return _("an array");
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
node_is (JsonNode *node,
         Want      want)
{
  GType type;

  switch (want)
    {
    case WANT_OBJECT:
      return JSON_NODE_HOLDS_OBJECT (node);
    case WANT_ARRAY:
      return JSON_NODE_HOLDS_ARRAY (node);
    case WANT_STRING:
    case WANT_NUMBER:
    case WANT_INTEGER:
    case WANT_BOOLEAN:
    default:
      break;
    }

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);

  switch (want)
    {
    case WANT_STRING:
      return type == G_TYPE_STRING;
    case WANT_NUMBER:
      return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
    case WANT_INTEGER:
      return type == G_TYPE_INT64;
    case WANT_BOOLEAN:
      return type == G_TYPE_BOOLEAN;
    case WANT_OBJECT:
    case WANT_ARRAY:
    default:
      return FALSE;
    }
}

/* Looks up @name in @object. A member that is missing or null is
 * "absent": an error if @required, else *@node is set to %NULL. */
static gboolean
get_member (Loader      *l,
            const Scope *scope,
            JsonObject  *object,
            const char  *prefix,
            const char  *name,
            Want         want,
            gboolean     required,
            JsonNode   **node)
{
  JsonNode *member = json_object_get_member (object, name);

  *node = NULL;

  if (member == NULL || JSON_NODE_HOLDS_NULL (member))
    {
      if (required)
        return fail (l, object, OUTLAY_DATASET_ERROR_MISSING_FIELD,
                     _("%s: field “%s%s” is missing"), scope->what, prefix, name);
      return TRUE;
    }

  if (!node_is (member, want))
    return fail (l, object, OUTLAY_DATASET_ERROR_WRONG_TYPE,
                 _("%s: field “%s%s” must be %s"),
                 scope->what, prefix, name, want_to_string (want));

  *node = member;
  return TRUE;
}

/* Returns a pointer to the first character a dataset text may not hold,
 * or NULL: C0 and C1 controls other than tab, newline and carriage return,
 * and the bidi embedding, override and isolate controls
 * (U+202A–U+202E, U+2066–U+2069). The marks LRM, RLM and ALM are fine. */
static const char *
find_unsafe_character (const char *text)
{
  for (const guchar *p = (const guchar *)text; *p != '\0'; p++)
    {
      if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
        return (const char *)p;
      if (*p == 0x7f)
        return (const char *)p;
      if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)
        return (const char *)p;
      if (*p == 0xe2 && p[1] == 0x80 && p[2] >= 0xaa && p[2] <= 0xae)
        return (const char *)p;
      if (*p == 0xe2 && p[1] == 0x81 && p[2] >= 0xa6 && p[2] <= 0xa9)
        return (const char *)p;
    }

  return NULL;
}

static gboolean
check_text (Loader      *l,
            const Scope *scope,
            JsonObject  *object,
            const char  *prefix,
            const char  *name,
            const char  *text)
{
  const char *unsafe;
  gunichar c;

  if (!g_utf8_validate (text, -1, NULL))
    return fail (l, object, OUTLAY_DATASET_ERROR_SYNTAX,
                 _("%s: field “%s%s” is not valid UTF-8"), scope->what, prefix, name);

  unsafe = find_unsafe_character (text);
  if (unsafe == NULL)
    return TRUE;

  c = g_utf8_get_char (unsafe);
  if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
    return fail (l, object, OUTLAY_DATASET_ERROR_UNSAFE_TEXT,
                 _("%s: field “%s%s” holds the bidirectional control U+%04X; "
                   "embedding, override and isolate controls are not allowed"),
                 scope->what, prefix, name, c);

  return fail (l, object, OUTLAY_DATASET_ERROR_UNSAFE_TEXT,
               _("%s: field “%s%s” holds the control character U+%04X"),
               scope->what, prefix, name, c);
}

static gboolean
get_string (Loader       *l,
            const Scope  *scope,
            JsonObject   *object,
            const char   *prefix,
            const char   *name,
            gboolean      required,
            const char  **out)
{
  JsonNode *node;

  *out = NULL;

  if (!get_member (l, scope, object, prefix, name, WANT_STRING, required, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  *out = json_node_get_string (node);

  if (required && **out == '\0')
    return fail (l, object, OUTLAY_DATASET_ERROR_MISSING_FIELD,
                 _("%s: field “%s%s” is empty"), scope->what, prefix, name);

  return check_text (l, scope, object, prefix, name, *out);
}

static gboolean
dup_string (Loader       *l,
            const Scope  *scope,
            JsonObject   *object,
            const char   *prefix,
            const char   *name,
            gboolean      required,
            char        **out)
{
  const char *text;

  if (!get_string (l, scope, object, prefix, name, required, &text))
    return FALSE;

  *out = g_strdup (text);
  return TRUE;
}

static gboolean
get_boolean (Loader      *l,
             const Scope *scope,
             JsonObject  *object,
             const char  *prefix,
             const char  *name,
             gboolean    *out)
{
  JsonNode *node;

  if (!get_member (l, scope, object, prefix, name, WANT_BOOLEAN, FALSE, &node))
    return FALSE;

  *out = node != NULL && json_node_get_boolean (node);
  return TRUE;
}

static gboolean
get_text (Loader      *l,
          const Scope *scope,
          JsonObject  *object,
          const char  *name,
          gboolean     required,
          OutlayText  *text)
{
  g_autofree char *prefix = g_strconcat (name, ".", NULL);
  JsonNode *node;
  JsonObject *text_object;

  if (!get_member (l, scope, object, "", name, WANT_OBJECT, required, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  text_object = json_node_get_object (node);

  return dup_string (l, scope, text_object, prefix, "en", TRUE, &text->en) &&
         dup_string (l, scope, text_object, prefix, "ar", TRUE, &text->ar);
}

static gboolean
get_amount_number (Loader      *l,
                   const Scope *scope,
                   JsonObject  *object,
                   const char  *prefix,
                   const char  *name,
                   gboolean     required,
                   double      *out)
{
  JsonNode *node;

  if (!get_member (l, scope, object, prefix, name, WANT_NUMBER, required, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  *out = json_node_get_double (node);

  if (!isfinite (*out))
    return fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                 _("%s: field “%s%s” is not a finite number"), scope->what, prefix, name);
  if (*out < 0)
    return fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                 _("%s: field “%s%s” is negative (%g); amounts are never negative"),
                 scope->what, prefix, name, *out);
  if (*out > OUTLAY_AMOUNT_MAX)
    return fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                 _("%s: field “%s%s” is too large (%g); the largest amount is %g"),
                 scope->what, prefix, name, *out, OUTLAY_AMOUNT_MAX);

  return TRUE;
}

static gboolean
id_is_valid (const char *id)
{
  gsize len = strlen (id);

  if (len == 0 || len > 64)
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-' && *p != '_' && *p != '.')
        return FALSE;
    }

  return TRUE;
}

/* Reads the "id" of an entity, source or fact and renames @scope after it. */
static gboolean
get_id (Loader      *l,
        Scope       *scope,
        JsonObject  *object,
        const char  *kind,
        GHashTable  *seen,
        char       **out)
{
  const char *id;

  if (!get_string (l, scope, object, "", "id", TRUE, &id))
    return FALSE;

  if (!id_is_valid (id))
    return fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                 _("%s: the id “%s” must be 1 to 64 characters of a–z, 0–9, “-”, “_” and “.”"),
                 scope->what, id);

  g_free (scope->what);
  scope->what = g_strdup_printf ("%s “%s”", kind, id);

  if (g_hash_table_contains (seen, id))
    return fail (l, object, OUTLAY_DATASET_ERROR_DUPLICATE_ID,
                 _("%s: the id is used twice"), scope->what);

  *out = g_strdup (id);
  return TRUE;
}

static gboolean
get_partial_date (Loader            *l,
                  const Scope       *scope,
                  JsonObject        *object,
                  const char        *prefix,
                  const char        *name,
                  gboolean           required,
                  gboolean          *present,
                  OutlayPartialDate *date)
{
  const char *text;

  if (!get_string (l, scope, object, prefix, name, required, &text))
    return FALSE;

  if (present != NULL)
    *present = text != NULL;
  if (text == NULL)
    return TRUE;

  if (!outlay_partial_date_parse (text, date))
    return fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                 _("%s: field “%s%s” is not a date: “%s” (write 2025, 2025-02, "
                   "2025-02-24, or 2025-early, -mid or -late)"),
                 scope->what, prefix, name, text);

  return TRUE;
}

static gboolean
get_language (Loader      *l,
              const Scope *scope,
              JsonObject  *object,
              const char  *prefix,
              char       **out)
{
  const char *tag;
  gsize len;

  if (!get_string (l, scope, object, prefix, "language", TRUE, &tag))
    return FALSE;

  /* The primary subtag of a BCP 47 tag is enough to choose a direction
   * and a font; the rest is kept as written. */
  len = strspn (tag, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
  if (len < 2 || len > 3 || (tag[len] != '\0' && tag[len] != '-'))
    return fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                 _("%s: field “%slanguage” is not a language tag: “%s”"),
                 scope->what, prefix, tag);

  *out = g_strdup (tag);
  return TRUE;
}

/* An array of ids, checked later against the list they refer to. */
static gboolean
get_id_list (Loader      *l,
             const Scope *scope,
             JsonObject  *object,
             const char  *name,
             char      ***out)
{
  JsonNode *node;
  JsonArray *array;
  g_autoptr(GStrvBuilder) builder = NULL;

  if (!get_member (l, scope, object, "", name, WANT_ARRAY, FALSE, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  array = json_node_get_array (node);
  builder = g_strv_builder_new ();

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!node_is (element, WANT_STRING))
        return fail (l, object, OUTLAY_DATASET_ERROR_WRONG_TYPE,
                     _("%s: field “%s[%u]” must be %s"),
                     scope->what, name, i, want_to_string (WANT_STRING));

      g_strv_builder_add (builder, json_node_get_string (element));
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
get_string_list (Loader      *l,
                 const Scope *scope,
                 JsonObject  *object,
                 const char  *name,
                 char      ***out)
{
  if (!get_id_list (l, scope, object, name, out))
    return FALSE;

  for (guint i = 0; *out != NULL && (*out)[i] != NULL; i++)
    {
      g_autofree char *field = g_strdup_printf ("%s[%u]", name, i);

      if (!check_text (l, scope, object, "", field, (*out)[i]))
        return FALSE;
    }

  return TRUE;
}

static gboolean
load_entity (Loader     *l,
             JsonObject *object,
             guint       index)
{
  g_auto(Scope) scope = { g_strdup_printf ("entities[%u]", index), object };
  g_autoptr(OutlayEntity) entity = g_object_new (OUTLAY_TYPE_ENTITY, NULL);
  const char *kind, *color;

  if (!get_id (l, &scope, object, _("entity"), l->entity_by_id, &entity->id))
    return FALSE;

  if (!get_string (l, &scope, object, "", "kind", TRUE, &kind))
    return FALSE;
  if (!outlay_entity_kind_from_string (kind, &entity->kind))
    return fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                 _("%s: unknown kind “%s” (expected company, product, government, "
                   "organization or group)"), scope.what, kind);

  if (!get_text (l, &scope, object, "name", TRUE, &entity->name))
    return FALSE;

  if (!get_string (l, &scope, object, "", "color", TRUE, &color))
    return FALSE;
  if (strlen (color) != 7 || color[0] != '#' || strspn (color + 1, "0123456789abcdefABCDEF") != 6)
    return fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                 _("%s: field “color” must be written #rrggbb, not “%s”"), scope.what, color);
  entity->color = (guint32)g_ascii_strtoull (color + 1, NULL, 16);

  if (!dup_string (l, &scope, object, "", "parent", FALSE, &entity->parent_id))
    return FALSE;

  g_hash_table_insert (l->entity_by_id, entity->id, entity);
  g_ptr_array_add (l->entities, g_steal_pointer (&entity));

  return TRUE;
}

static gboolean
load_source (Loader     *l,
             JsonObject *object,
             guint       index)
{
  g_auto(Scope) scope = { g_strdup_printf ("sources[%u]", index), object };
  g_autoptr(OutlaySource) source = g_object_new (OUTLAY_TYPE_SOURCE, NULL);

  if (!get_id (l, &scope, object, _("source"), l->source_by_id, &source->id) ||
      !get_text (l, &scope, object, "publisher", TRUE, &source->publisher) ||
      !get_partial_date (l, &scope, object, "", "published", TRUE, NULL, &source->published) ||
      !get_boolean (l, &scope, object, "", "published_inferred", &source->published_inferred) ||
      !dup_string (l, &scope, object, "", "published_note", FALSE, &source->published_note) ||
      !get_language (l, &scope, object, "", &source->language) ||
      !dup_string (l, &scope, object, "", "title", TRUE, &source->title) ||
      !dup_string (l, &scope, object, "", "title_en", FALSE, &source->title_en) ||
      !get_string_list (l, &scope, object, "via", &source->via) ||
      !dup_string (l, &scope, object, "", "url", FALSE, &source->url))
    return FALSE;

  g_hash_table_insert (l->source_by_id, source->id, source);
  g_ptr_array_add (l->sources, g_steal_pointer (&source));

  return TRUE;
}

static gboolean
get_qualifier (Loader           *l,
               const Scope      *scope,
               JsonObject       *object,
               const char       *prefix,
               OutlayQualifier  *qualifier,
               gboolean         *planned)
{
  const char *text;

  if (!get_string (l, scope, object, prefix, "qualifier", TRUE, &text))
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

  return fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
               _("%s: unknown qualifier “%s” in “%squalifier” (expected exact, about, "
                 "at-least, more-than or up-to)"), scope->what, text, prefix);
}

static gboolean
get_currency (Loader      *l,
              const Scope *scope,
              JsonObject  *object,
              const char  *prefix,
              const char  *code,
              char         currency[4])
{
  if (!outlay_currency_code_is_valid (code))
    return fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                 _("%s: field “%scurrency” must be an ISO 4217 code such as CNY or USD, not “%s”"),
                 scope->what, prefix, code);

  memcpy (currency, code, 4);
  return TRUE;
}

static gboolean
load_amount (Loader      *l,
             const Scope *scope,
             OutlayFact  *fact,
             JsonObject  *object)
{
  OutlayAmount *amount = &fact->amount;
  const char *currency, *unit;
  gboolean planned = FALSE;

  if (!get_amount_number (l, scope, object, "amount.", "value", TRUE, &amount->value))
    return FALSE;

  amount->max = amount->value;
  if (!get_amount_number (l, scope, object, "amount.", "max", FALSE, &amount->max))
    return FALSE;
  if (amount->max < amount->value)
    return fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                 _("%s: field “amount.max” (%g) is below “amount.value” (%g)"),
                 scope->what, amount->max, amount->value);

  if (!get_string (l, scope, object, "amount.", "currency", FALSE, &currency) ||
      !get_string (l, scope, object, "amount.", "unit", FALSE, &unit))
    return FALSE;

  if (currency != NULL && unit != NULL)
    return fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                 _("%s: “amount” has both a currency and a unit; money has only a currency"),
                 scope->what);

  if (outlay_fact_kind_is_money (fact->kind) && currency == NULL)
    return fail (l, object, OUTLAY_DATASET_ERROR_MISSING_FIELD,
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
      return fail (l, object, OUTLAY_DATASET_ERROR_MISSING_FIELD,
                   _("%s: field “amount.unit” is missing (percent, count or basis-points)"),
                   scope->what);
    }
  else if (!outlay_unit_from_string (unit, &amount->unit))
    {
      return fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
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
lookup_source (Loader        *l,
               const Scope   *scope,
               JsonObject    *object,
               const char    *prefix,
               OutlaySource **out)
{
  const char *id;

  if (!get_string (l, scope, object, prefix, "source", TRUE, &id))
    return FALSE;

  *out = g_hash_table_lookup (l->source_by_id, id);
  if (*out == NULL)
    return fail (l, object, OUTLAY_DATASET_ERROR_UNKNOWN_REFERENCE,
                 _("%s: unknown source “%s” in “%ssource”"), scope->what, id, prefix);

  g_object_ref (*out);
  return TRUE;
}

static gboolean
load_conversions (Loader      *l,
                  const Scope *scope,
                  OutlayFact  *fact,
                  JsonArray   *array)
{
  guint n = json_array_get_length (array);

  if (n == 0)
    return TRUE;

  if (!fact->has_amount || fact->amount.unit != OUTLAY_UNIT_CURRENCY)
    return fail (l, array, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                 _("%s: has “conversions” but its amount is not money"), scope->what);

  fact->conversions = g_array_sized_new (FALSE, TRUE, sizeof (OutlayConversion), n);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *prefix = g_strdup_printf ("conversions[%u].", i);
      JsonNode *element = json_array_get_element (array, i);
      OutlayConversion conversion = { 0 };
      JsonObject *object;
      const char *currency;

      if (!node_is (element, WANT_OBJECT))
        return fail (l, array, OUTLAY_DATASET_ERROR_WRONG_TYPE,
                     _("%s: field “conversions[%u]” must be %s"),
                     scope->what, i, want_to_string (WANT_OBJECT));

      object = json_node_get_object (element);

      if (!get_amount_number (l, scope, object, prefix, "value", TRUE, &conversion.amount.value) ||
          !get_string (l, scope, object, prefix, "currency", TRUE, &currency) ||
          !get_currency (l, scope, object, prefix, currency, conversion.amount.currency) ||
          !get_qualifier (l, scope, object, prefix, &conversion.amount.qualifier, NULL))
        return FALSE;

      conversion.amount.max = conversion.amount.value;
      conversion.amount.unit = OUTLAY_UNIT_CURRENCY;

      if (strcmp (conversion.amount.currency, fact->amount.currency) == 0)
        return fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                     _("%s: “%scurrency” converts %s into itself"),
                     scope->what, prefix, currency);

      if (conversion.amount.value <= 0 && fact->amount.value > 0)
        return fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                     _("%s: “%svalue” is zero, which states no rate"), scope->what, prefix);

      if (!lookup_source (l, scope, object, prefix, &conversion.source))
        return FALSE;

      g_array_append_val (fact->conversions, conversion);
    }

  return TRUE;
}

static gboolean
load_period (Loader      *l,
             const Scope *scope,
             OutlayFact  *fact,
             JsonObject  *object)
{
  gboolean has_end;

  if (!get_partial_date (l, scope, object, "period.", "start", TRUE, NULL, &fact->period.start) ||
      !get_partial_date (l, scope, object, "period.", "end", FALSE, &has_end, &fact->period.end) ||
      !get_boolean (l, scope, object, "period.", "inferred", &fact->period.inferred) ||
      !dup_string (l, scope, object, "period.", "note", FALSE, &fact->period_note))
    return FALSE;

  if (!has_end)
    fact->period.end = fact->period.start;

  if (!outlay_period_is_valid (&fact->period))
    {
      g_autofree char *start = outlay_partial_date_to_string (&fact->period.start);
      g_autofree char *end = outlay_partial_date_to_string (&fact->period.end);

      return fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                   _("%s: the period ends (%s) before it starts (%s)"),
                   scope->what, end, start);
    }

  return TRUE;
}

static gboolean
load_citations (Loader      *l,
                const Scope *scope,
                OutlayFact  *fact,
                JsonArray   *array)
{
  guint n = json_array_get_length (array);

  if (n == 0)
    return fail (l, array, OUTLAY_DATASET_ERROR_MISSING_FIELD,
                 _("%s: “citations” is empty; every fact cites at least one source"),
                 scope->what);

  fact->citations = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *prefix = g_strdup_printf ("citations[%u].", i);
      g_autoptr(OutlayCitation) citation = g_object_new (OUTLAY_TYPE_CITATION, NULL);
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *object;

      if (!node_is (element, WANT_OBJECT))
        return fail (l, array, OUTLAY_DATASET_ERROR_WRONG_TYPE,
                     _("%s: field “citations[%u]” must be %s"),
                     scope->what, i, want_to_string (WANT_OBJECT));

      object = json_node_get_object (element);

      if (!lookup_source (l, scope, object, prefix, &citation->source) ||
          !dup_string (l, scope, object, prefix, "quote", TRUE, &citation->quote) ||
          !get_language (l, scope, object, prefix, &citation->language) ||
          !dup_string (l, scope, object, prefix, "translation", TRUE, &citation->translation))
        return FALSE;

      g_ptr_array_add (fact->citations, g_steal_pointer (&citation));
    }

  return TRUE;
}

static gboolean
lookup_entity (Loader        *l,
               const Scope   *scope,
               JsonObject    *object,
               const char    *name,
               gboolean       required,
               OutlayEntity **out)
{
  const char *id;

  if (!get_string (l, scope, object, "", name, required, &id))
    return FALSE;
  if (id == NULL)
    return TRUE;

  *out = g_hash_table_lookup (l->entity_by_id, id);
  if (*out == NULL)
    return fail (l, object, OUTLAY_DATASET_ERROR_UNKNOWN_REFERENCE,
                 _("%s: unknown entity “%s” in “%s”"), scope->what, id, name);

  g_object_ref (*out);
  return TRUE;
}

static gboolean
load_fact (Loader     *l,
           JsonObject *object,
           guint       index)
{
  g_auto(Scope) scope = { g_strdup_printf ("facts[%u]", index), object };
  g_autoptr(OutlayFact) fact = g_object_new (OUTLAY_TYPE_FACT, NULL);
  const char *kind, *status;
  JsonNode *node;

  if (!get_id (l, &scope, object, _("fact"), l->fact_by_id, &fact->id))
    return FALSE;

  if (!get_string (l, &scope, object, "", "kind", TRUE, &kind))
    return FALSE;
  if (!outlay_fact_kind_from_string (kind, &fact->kind))
    return fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                 _("%s: unknown kind “%s” (docs/dataset-format.md lists the kinds)"),
                 scope.what, kind);

  if (!get_string (l, &scope, object, "", "status", FALSE, &status))
    return FALSE;
  if (status != NULL && !outlay_fact_status_from_string (status, &fact->status))
    return fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                 _("%s: unknown status “%s” (expected actual, planned or expected)"),
                 scope.what, status);

  if (!lookup_entity (l, &scope, object, "entity", TRUE, &fact->entity) ||
      !lookup_entity (l, &scope, object, "product", FALSE, &fact->product))
    return FALSE;

  if (fact->product != NULL && fact->product->kind != OUTLAY_ENTITY_PRODUCT)
    return fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                 _("%s: “product” names “%s”, which is not a product"),
                 scope.what, fact->product->id);

  if (!get_member (l, &scope, object, "", "amount", WANT_OBJECT,
                   fact->kind != OUTLAY_FACT_EVENT, &node))
    return FALSE;
  if (node != NULL && fact->kind == OUTLAY_FACT_EVENT)
    return fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                 _("%s: an event has no “amount”; give the figure a fact of its own"),
                 scope.what);
  if (node != NULL && !load_amount (l, &scope, fact, json_node_get_object (node)))
    return FALSE;

  if (!get_member (l, &scope, object, "", "conversions", WANT_ARRAY, FALSE, &node))
    return FALSE;
  if (node != NULL && !load_conversions (l, &scope, fact, json_node_get_array (node)))
    return FALSE;

  if (!get_member (l, &scope, object, "", "period", WANT_OBJECT, TRUE, &node) ||
      !load_period (l, &scope, fact, json_node_get_object (node)))
    return FALSE;

  if (!get_partial_date (l, &scope, object, "", "announced", FALSE, NULL, &fact->announced))
    return FALSE;
  fact->has_announced = json_object_get_member (object, "announced") != NULL &&
                        !json_object_get_null_member (object, "announced");

  if (!get_text (l, &scope, object, "label", TRUE, &fact->label))
    return FALSE;

  if (!dup_string (l, &scope, object, "", "part_of", FALSE, &fact->part_of) ||
      !get_id_list (l, &scope, object, "total_of", &fact->total_of) ||
      !get_id_list (l, &scope, object, "related", &fact->related))
    return FALSE;

  if (!get_member (l, &scope, object, "", "citations", WANT_ARRAY, TRUE, &node) ||
      !load_citations (l, &scope, fact, json_node_get_array (node)))
    return FALSE;

  g_hash_table_insert (l->fact_by_id, fact->id, fact);
  g_ptr_array_add (l->fact_objects, object);
  g_ptr_array_add (l->facts, g_steal_pointer (&fact));

  return TRUE;
}

static gboolean
check_fact_reference (Loader     *l,
                      OutlayFact *fact,
                      JsonObject *object,
                      const char *field,
                      const char *id)
{
  if (!g_hash_table_contains (l->fact_by_id, id))
    return fail (l, object, OUTLAY_DATASET_ERROR_UNKNOWN_REFERENCE,
                 _("fact “%s”: unknown fact “%s” in “%s”"), fact->id, id, field);

  if (strcmp (id, fact->id) == 0)
    return fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                 _("fact “%s”: “%s” refers to the fact itself"), fact->id, field);

  return TRUE;
}

/* References between facts and between entities can point forward in the
 * file, so they are checked once everything is read. */
static gboolean
resolve_references (Loader *l)
{
  for (guint i = 0; i < l->entities->len; i++)
    {
      OutlayEntity *entity = g_ptr_array_index (l->entities, i);

      if (entity->parent_id == NULL)
        continue;

      if (!g_hash_table_contains (l->entity_by_id, entity->parent_id))
        return fail (l, NULL, OUTLAY_DATASET_ERROR_UNKNOWN_REFERENCE,
                     _("entity “%s”: unknown entity “%s” in “parent”"),
                     entity->id, entity->parent_id);
      if (strcmp (entity->parent_id, entity->id) == 0)
        return fail (l, NULL, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                     _("entity “%s”: “parent” refers to the entity itself"), entity->id);
    }

  for (guint i = 0; i < l->facts->len; i++)
    {
      OutlayFact *fact = g_ptr_array_index (l->facts, i);
      JsonObject *object = g_ptr_array_index (l->fact_objects, i);
      OutlayFact *whole;
      guint depth = 0;

      if (fact->part_of != NULL && !check_fact_reference (l, fact, object, "part_of", fact->part_of))
        return FALSE;

      for (guint j = 0; fact->total_of != NULL && fact->total_of[j] != NULL; j++)
        if (!check_fact_reference (l, fact, object, "total_of", fact->total_of[j]))
          return FALSE;

      for (guint j = 0; fact->related != NULL && fact->related[j] != NULL; j++)
        if (!check_fact_reference (l, fact, object, "related", fact->related[j]))
          return FALSE;

      /* A part of a part of … must end: a cycle has no whole to draw in. */
      for (whole = fact; whole->part_of != NULL; depth++)
        {
          if (depth >= l->facts->len)
            return fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                         _("fact “%s”: “part_of” goes round in a circle"), fact->id);
          whole = g_hash_table_lookup (l->fact_by_id, whole->part_of);
        }
    }

  return TRUE;
}

typedef gboolean (*LoadItemFunc) (Loader     *l,
                                  JsonObject *object,
                                  guint       index);

static gboolean
load_list (Loader       *l,
           JsonObject   *root,
           const char   *name,
           LoadItemFunc  load_item)
{
  g_auto(Scope) scope = { g_strdup (_("the dataset")), root };
  JsonNode *node;
  JsonArray *array;

  if (!get_member (l, &scope, root, "", name, WANT_ARRAY, TRUE, &node))
    return FALSE;

  array = json_node_get_array (node);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!node_is (element, WANT_OBJECT))
        return fail (l, array, OUTLAY_DATASET_ERROR_WRONG_TYPE,
                     _("%s[%u] must be %s"), name, i, want_to_string (WANT_OBJECT));

      if (!load_item (l, json_node_get_object (element), i))
        return FALSE;
    }

  return TRUE;
}

static gboolean
load_root (Loader   *l,
           JsonNode *root_node)
{
  g_auto(Scope) scope = { g_strdup (_("the dataset")), NULL };
  JsonObject *root;
  JsonNode *node;
  const char *format;

  loader_reset (l);

  if (root_node == NULL)
    return fail (l, NULL, OUTLAY_DATASET_ERROR_EMPTY, _("the file holds no JSON value"));

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    return fail (l, NULL, OUTLAY_DATASET_ERROR_FORMAT,
                 _("not an Outlay dataset: the top level is not an object"));

  root = scope.object = json_node_get_object (root_node);

  node = json_object_get_member (root, "format");
  if (node == NULL || !node_is (node, WANT_STRING))
    return fail (l, root, OUTLAY_DATASET_ERROR_FORMAT,
                 _("not an Outlay dataset: field “format” is missing"));

  format = json_node_get_string (node);
  if (strcmp (format, OUTLAY_DATASET_FORMAT) != 0)
    return fail (l, root, OUTLAY_DATASET_ERROR_FORMAT,
                 _("not an Outlay dataset: the format is “%s”, not “%s”"),
                 format, OUTLAY_DATASET_FORMAT);

  if (!get_member (l, &scope, root, "", "version", WANT_INTEGER, TRUE, &node))
    return FALSE;
  if (json_node_get_int (node) > OUTLAY_DATASET_VERSION)
    return fail (l, root, OUTLAY_DATASET_ERROR_VERSION,
                 _("unsupported version %" G_GINT64_FORMAT ": this Outlay reads version %d"),
                 json_node_get_int (node), OUTLAY_DATASET_VERSION);
  if (json_node_get_int (node) < 1)
    return fail (l, root, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                 _("the version must be 1 or more, not %" G_GINT64_FORMAT),
                 json_node_get_int (node));

  return get_text (l, &scope, root, "title", TRUE, &l->title) &&
         get_text (l, &scope, root, "description", FALSE, &l->description) &&
         load_list (l, root, "entities", load_entity) &&
         load_list (l, root, "sources", load_source) &&
         load_list (l, root, "facts", load_fact) &&
         resolve_references (l);
}

static void
push_position (Loader *l)
{
  Position position = {
    json_parser_get_current_line (l->parser),
    json_parser_get_current_pos (l->parser),
  };

  g_array_append_val (l->position_stack, position);
}

static void
pop_position (Loader        *l,
              gconstpointer  node)
{
  Position *position;

  g_return_if_fail (l->position_stack->len > 0);

  position = g_new (Position, 1);
  *position = g_array_index (l->position_stack, Position, l->position_stack->len - 1);
  g_array_set_size (l->position_stack, l->position_stack->len - 1);
  g_hash_table_insert (l->positions, (gpointer)node, position);
}

static void
on_start_cb (JsonParser *parser,
             Loader     *l)
{
  push_position (l);
}

static void
on_object_end_cb (JsonParser *parser,
                  JsonObject *object,
                  Loader     *l)
{
  pop_position (l, object);
}

static void
on_array_end_cb (JsonParser *parser,
                 JsonArray  *array,
                 Loader     *l)
{
  pop_position (l, array);
}

/* The second pass: parse again, recording where each object and array
 * starts, and walk again to find the faulty one's position. */
static gboolean
locate_fault (Loader       *l,
              const char   *data,
              gsize         size,
              Position     *position)
{
  const Position *found;

  l->positions = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  l->position_stack = g_array_new (FALSE, FALSE, sizeof (Position));
  l->parser = json_parser_new ();

  g_signal_connect (l->parser, "object-start", G_CALLBACK (on_start_cb), l);
  g_signal_connect (l->parser, "array-start", G_CALLBACK (on_start_cb), l);
  g_signal_connect (l->parser, "object-end", G_CALLBACK (on_object_end_cb), l);
  g_signal_connect (l->parser, "array-end", G_CALLBACK (on_array_end_cb), l);

  if (!json_parser_load_from_data (l->parser, data, (gssize)size, NULL))
    return FALSE;

  if (load_root (l, json_parser_get_root (l->parser)) || l->fault_node == NULL)
    return FALSE;

  found = g_hash_table_lookup (l->positions, l->fault_node);
  if (found == NULL)
    return FALSE;

  *position = *found;
  return TRUE;
}

/* json-glib reports "<data>:LINE:COL: Parse error: …" for a syntax error;
 * the file's own name reads better, and the position is worth keeping. */
static void
set_syntax_error (GError     **error,
                  const char  *display_name,
                  const char  *data,
                  gsize        size,
                  GError      *json_error)
{
  const char *end = NULL;
  const char *message = json_error->message;
  guint line = 0, column = 0;
  int consumed = 0;

  if (g_error_matches (json_error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA) &&
      !g_utf8_validate (data, (gssize)size, &end))
    {
      line = 1;
      column = 1;
      for (const char *p = data; p < end; p++)
        {
          if (*p == '\n')
            line++, column = 1;
          else if (((guchar)*p & 0xc0) != 0x80)
            column++;
        }

      g_set_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_SYNTAX,
                   _("%s:%u:%u: the file is not valid UTF-8 (byte 0x%02X)"),
                   display_name, line, column, (guchar)*end);
      return;
    }

  if (g_str_has_prefix (message, "<data>:") &&
      sscanf (message + strlen ("<data>:"), "%u:%u: %n", &line, &column, &consumed) == 2 &&
      consumed > 0)
    message += strlen ("<data>:") + (gsize)consumed;

  if (line > 0)
    g_set_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_SYNTAX,
                 _("%s:%u:%u: not valid JSON: %s"), display_name, line, column, message);
  else
    g_set_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_SYNTAX,
                 _("%s: not valid JSON: %s"), display_name, message);
}

/**
 * outlay_dataset_new_from_bytes:
 * @bytes: the contents of a dataset file
 * @display_name: the file's name, for error messages
 * @error: return location for an #OUTLAY_DATASET_ERROR
 *
 * Reads a dataset in the format docs/dataset-format.md describes. A
 * dataset with any fault is refused whole.
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
OutlayDataset *
outlay_dataset_new_from_bytes (GBytes      *bytes,
                               const char  *display_name,
                               GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) json_error = NULL;
  Loader l = { .display_name = display_name };
  OutlayDataset *dataset = NULL;
  const char *data;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);

  if (size == 0)
    {
      g_set_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_EMPTY,
                   _("%s: the file is empty"), display_name);
      return NULL;
    }

  /* json-glib reads up to a NUL byte and ignores the rest, which would
   * take a truncated file for a whole one. */
  if (memchr (data, '\0', size) != NULL)
    {
      g_set_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_SYNTAX,
                   _("%s: the file holds a NUL byte; it is not a text file"), display_name);
      return NULL;
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, (gssize)size, &json_error))
    {
      set_syntax_error (error, display_name, data, size, json_error);
      return NULL;
    }

  if (load_root (&l, json_parser_get_root (parser)))
    {
      dataset = _outlay_dataset_new (&l.title, &l.description,
                                     l.entities, l.sources, l.facts,
                                     g_steal_pointer (&l.entity_by_id),
                                     g_steal_pointer (&l.source_by_id),
                                     g_steal_pointer (&l.fact_by_id));
    }
  else
    {
      g_autoptr(GError) fault = g_steal_pointer (&l.fault);
      Position position;

      /* Drop the first tree before parsing a second one. */
      g_clear_object (&parser);

      if (locate_fault (&l, data, size, &position))
        g_set_error (error, OUTLAY_DATASET_ERROR, fault->code, "%s:%u:%u: %s",
                     display_name, position.line, position.column, fault->message);
      else
        g_set_error (error, OUTLAY_DATASET_ERROR, fault->code, "%s: %s",
                     display_name, fault->message);
    }

  loader_clear (&l);

  return dataset;
}

/**
 * outlay_dataset_new_from_file:
 * @path: a dataset file
 * @error: return location for an #OUTLAY_DATASET_ERROR
 *
 * Reads the dataset in @path; see outlay_dataset_new_from_bytes().
 *
 * Returns: (transfer full): the dataset, or %NULL with @error set
 */
OutlayDataset *
outlay_dataset_new_from_file (const char  *path,
                              GError     **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  struct stat st;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_READ,
                   _("%s: cannot open the file: %s"), path, g_strerror (saved_errno));
      return NULL;
    }

  if (fstat (fd, &st) != 0 || S_ISDIR (st.st_mode))
    {
      int saved_errno = S_ISDIR (st.st_mode) ? EISDIR : errno;

      g_close (fd, NULL);
      if (saved_errno == EISDIR)
        g_set_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_READ,
                     _("%s: is a folder, not a dataset file"), path);
      else
        g_set_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_READ,
                     _("%s: cannot read the file: %s"), path, g_strerror (saved_errno));
      return NULL;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_close (fd, NULL);
      g_set_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_READ,
                   _("%s: is not a regular file"), path);
      return NULL;
    }

  /* Mapped rather than read: json-glib wants the whole text in memory, and
   * a mapping spares a copy of a file that can be tens of megabytes. */
  mapped = g_mapped_file_new_from_fd (fd, FALSE, &local_error);
  g_close (fd, NULL);

  if (mapped == NULL)
    {
      g_set_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_READ,
                   _("%s: cannot read the file: %s"), path, local_error->message);
      return NULL;
    }

  bytes = g_mapped_file_get_bytes (mapped);

  return outlay_dataset_new_from_bytes (bytes, path, error);
}

/* outlay-dataset-fields.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "outlay-dataset-loader-private.h"

gboolean
outlay_loader_fail (OutlayLoader  *l,
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

void
outlay_loader_scope_clear (OutlayLoaderScope *scope)
{
  g_clear_pointer (&scope->what, g_free);
}

const char *
outlay_loader_want_to_string (OutlayJsonType want)
{
  switch (want)
    {
    case OUTLAY_JSON_STRING:
      return _("a string");
    case OUTLAY_JSON_NUMBER:
      return _("a number");
    case OUTLAY_JSON_INTEGER:
      return _("a whole number");
    case OUTLAY_JSON_BOOLEAN:
      return _("true or false");
    case OUTLAY_JSON_OBJECT:
      return _("an object");
    case OUTLAY_JSON_ARRAY:
      return _("an array");
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
outlay_loader_node_is (JsonNode       *node,
                       OutlayJsonType  want)
{
  GType type;

  switch (want)
    {
    case OUTLAY_JSON_OBJECT:
      return JSON_NODE_HOLDS_OBJECT (node);
    case OUTLAY_JSON_ARRAY:
      return JSON_NODE_HOLDS_ARRAY (node);
    case OUTLAY_JSON_STRING:
    case OUTLAY_JSON_NUMBER:
    case OUTLAY_JSON_INTEGER:
    case OUTLAY_JSON_BOOLEAN:
    default:
      break;
    }

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);

  switch (want)
    {
    case OUTLAY_JSON_STRING:
      return type == G_TYPE_STRING;
    case OUTLAY_JSON_NUMBER:
      return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
    case OUTLAY_JSON_INTEGER:
      return type == G_TYPE_INT64;
    case OUTLAY_JSON_BOOLEAN:
      return type == G_TYPE_BOOLEAN;
    case OUTLAY_JSON_OBJECT:
    case OUTLAY_JSON_ARRAY:
    default:
      return FALSE;
    }
}

/* Looks up @name in @object. A member that is missing or null is
 * "absent": an error if @required, else *@node is set to %NULL. */
gboolean
outlay_loader_get_member (OutlayLoader             *l,
                          const OutlayLoaderScope  *scope,
                          JsonObject               *object,
                          const char               *prefix,
                          const char               *name,
                          OutlayJsonType            want,
                          gboolean                  required,
                          JsonNode                **node)
{
  JsonNode *member = json_object_get_member (object, name);

  *node = NULL;

  if (member == NULL || JSON_NODE_HOLDS_NULL (member))
    {
      if (required)
        return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_MISSING_FIELD,
                                   _("%s: field “%s%s” is missing"), scope->what, prefix, name);
      return TRUE;
    }

  if (!outlay_loader_node_is (member, want))
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_WRONG_TYPE,
                               _("%s: field “%s%s” must be %s"),
                               scope->what, prefix, name, outlay_loader_want_to_string (want));

  *node = member;
  return TRUE;
}

/* Bytes that can start something a dataset text may not hold; every
 * other byte is skipped by one table look-up. Checking texts is the
 * largest part of the walk after json-glib's own parse. */
static const guint8 may_be_unsafe[256] = {
  [0x00] = 1, [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1, [0x05] = 1, [0x06] = 1,
  [0x07] = 1, [0x08] = 1, [0x0b] = 1, [0x0c] = 1, [0x0e] = 1, [0x0f] = 1, [0x10] = 1,
  [0x11] = 1, [0x12] = 1, [0x13] = 1, [0x14] = 1, [0x15] = 1, [0x16] = 1, [0x17] = 1,
  [0x18] = 1, [0x19] = 1, [0x1a] = 1, [0x1b] = 1, [0x1c] = 1, [0x1d] = 1, [0x1e] = 1,
  [0x1f] = 1, [0x7f] = 1, [0xc2] = 1, [0xe2] = 1, [0xed] = 1,
};

/* Returns a pointer to the first character a dataset text may not hold,
 * or NULL: C0 and C1 controls other than tab, newline and carriage return,
 * DEL, the bidi embedding, override and isolate controls (U+202A–U+202E,
 * U+2066–U+2069), and a UTF-16 surrogate. json-glib checks the file is
 * UTF-8 before parsing, but decodes an escaped lone surrogate ("\ud800")
 * into one, the only way a string it returns can be invalid UTF-8. The
 * marks LRM, RLM and ALM are fine. */
static const char *
find_unsafe_character (const char *text)
{
  for (const guchar *p = (const guchar *)text; ; p++)
    {
      while (!may_be_unsafe[*p])
        p++;

      switch (*p)
        {
        case 0x00:
          return NULL;
        case 0xc2:
          if (p[1] >= 0x80 && p[1] <= 0x9f)
            return (const char *)p;
          break;
        case 0xe2:
          if ((p[1] == 0x80 && p[2] >= 0xaa && p[2] <= 0xae) ||
              (p[1] == 0x81 && p[2] >= 0xa6 && p[2] <= 0xa9))
            return (const char *)p;
          break;
        case 0xed:
          if (p[1] >= 0xa0 && p[1] <= 0xbf)
            return (const char *)p;
          break;
        default:
          return (const char *)p;
        }
    }
}

gboolean
outlay_loader_check_text (OutlayLoader            *l,
                          const OutlayLoaderScope *scope,
                          JsonObject              *object,
                          const char              *prefix,
                          const char              *name,
                          const char              *text)
{
  const char *unsafe;
  gunichar c;

  unsafe = find_unsafe_character (text);
  if (unsafe == NULL)
    return TRUE;

  if ((guchar)unsafe[0] == 0xed)
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_SYNTAX,
                               _("%s: field “%s%s” is not valid UTF-8"), scope->what, prefix, name);

  c = g_utf8_get_char (unsafe);
  if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_UNSAFE_TEXT,
                               _("%s: field “%s%s” holds the bidirectional control U+%04X; "
                                 "embedding, override and isolate controls are not allowed"),
                               scope->what, prefix, name, c);

  return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_UNSAFE_TEXT,
                             _("%s: field “%s%s” holds the control character U+%04X"),
                             scope->what, prefix, name, c);
}

gboolean
outlay_loader_get_string (OutlayLoader             *l,
                          const OutlayLoaderScope  *scope,
                          JsonObject               *object,
                          const char               *prefix,
                          const char               *name,
                          gboolean                  required,
                          const char              **out)
{
  JsonNode *node;

  *out = NULL;

  if (!outlay_loader_get_member (l, scope, object, prefix, name, OUTLAY_JSON_STRING, required, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  *out = json_node_get_string (node);

  if (required && **out == '\0')
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_MISSING_FIELD,
                               _("%s: field “%s%s” is empty"), scope->what, prefix, name);

  return outlay_loader_check_text (l, scope, object, prefix, name, *out);
}

gboolean
outlay_loader_dup_string (OutlayLoader             *l,
                          const OutlayLoaderScope  *scope,
                          JsonObject               *object,
                          const char               *prefix,
                          const char               *name,
                          gboolean                  required,
                          char                    **out)
{
  const char *text;

  if (!outlay_loader_get_string (l, scope, object, prefix, name, required, &text))
    return FALSE;

  *out = g_strdup (text);
  return TRUE;
}

gboolean
outlay_loader_get_boolean (OutlayLoader            *l,
                           const OutlayLoaderScope *scope,
                           JsonObject              *object,
                           const char              *prefix,
                           const char              *name,
                           gboolean                *out)
{
  JsonNode *node;

  if (!outlay_loader_get_member (l, scope, object, prefix, name, OUTLAY_JSON_BOOLEAN, FALSE, &node))
    return FALSE;

  *out = node != NULL && json_node_get_boolean (node);
  return TRUE;
}

gboolean
outlay_loader_get_text (OutlayLoader            *l,
                        const OutlayLoaderScope *scope,
                        JsonObject              *object,
                        const char              *name,
                        gboolean                 required,
                        OutlayText              *text)
{
  g_autofree char *prefix = g_strconcat (name, ".", NULL);
  JsonNode *node;
  JsonObject *text_object;

  if (!outlay_loader_get_member (l, scope, object, "", name, OUTLAY_JSON_OBJECT, required, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  text_object = json_node_get_object (node);

  return outlay_loader_dup_string (l, scope, text_object, prefix, "en", TRUE, &text->en) &&
         outlay_loader_dup_string (l, scope, text_object, prefix, "ar", TRUE, &text->ar);
}

gboolean
outlay_loader_get_amount_number (OutlayLoader            *l,
                                 const OutlayLoaderScope *scope,
                                 JsonObject              *object,
                                 const char              *prefix,
                                 const char              *name,
                                 gboolean                 required,
                                 double                  *out)
{
  JsonNode *node;

  if (!outlay_loader_get_member (l, scope, object, prefix, name, OUTLAY_JSON_NUMBER, required, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  *out = json_node_get_double (node);

  if (!isfinite (*out))
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                               _("%s: field “%s%s” is not a finite number"), scope->what, prefix, name);
  if (*out < 0)
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                               _("%s: field “%s%s” is negative (%g); amounts are never negative"),
                               scope->what, prefix, name, *out);
  if (*out > OUTLAY_AMOUNT_MAX)
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
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
gboolean
outlay_loader_get_id (OutlayLoader       *l,
                      OutlayLoaderScope  *scope,
                      JsonObject         *object,
                      const char         *kind,
                      GHashTable         *seen,
                      char              **out)
{
  const char *id;

  if (!outlay_loader_get_string (l, scope, object, "", "id", TRUE, &id))
    return FALSE;

  if (!id_is_valid (id))
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                               _("%s: the id “%s” must be 1 to 64 characters of a–z, 0–9, “-”, “_” and “.”"),
                               scope->what, id);

  g_free (scope->what);
  scope->what = g_strdup_printf ("%s “%s”", kind, id);

  if (g_hash_table_contains (seen, id))
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_DUPLICATE_ID,
                               _("%s: the id is used twice"), scope->what);

  *out = g_strdup (id);
  return TRUE;
}

gboolean
outlay_loader_get_partial_date (OutlayLoader            *l,
                                const OutlayLoaderScope *scope,
                                JsonObject              *object,
                                const char              *prefix,
                                const char              *name,
                                gboolean                 required,
                                gboolean                *present,
                                OutlayPartialDate       *date)
{
  const char *text;

  if (!outlay_loader_get_string (l, scope, object, prefix, name, required, &text))
    return FALSE;

  if (present != NULL)
    *present = text != NULL;
  if (text == NULL)
    return TRUE;

  if (!outlay_partial_date_parse (text, date))
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                               _("%s: field “%s%s” is not a date: “%s” (write 2025, 2025-02, "
                                 "2025-02-24, or 2025-early, -mid or -late)"),
                               scope->what, prefix, name, text);

  return TRUE;
}

gboolean
outlay_loader_get_language (OutlayLoader             *l,
                            const OutlayLoaderScope  *scope,
                            JsonObject               *object,
                            const char               *prefix,
                            char                    **out)
{
  const char *tag;
  gsize len;

  if (!outlay_loader_get_string (l, scope, object, prefix, "language", TRUE, &tag))
    return FALSE;

  /* The primary subtag of a BCP 47 tag is enough to choose a direction
   * and a font; the rest is kept as written. */
  len = strspn (tag, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
  if (len < 2 || len > 3 || (tag[len] != '\0' && tag[len] != '-'))
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                               _("%s: field “%slanguage” is not a language tag: “%s”"),
                               scope->what, prefix, tag);

  *out = g_strdup (tag);
  return TRUE;
}

/* An array of strings, such as ids (checked later against the list they
 * refer to) or agency names. */
gboolean
outlay_loader_get_string_list (OutlayLoader              *l,
                           const OutlayLoaderScope   *scope,
                           JsonObject                *object,
                           const char                *name,
                           char                    ***out)
{
  JsonNode *node;
  JsonArray *array;
  g_autoptr(GStrvBuilder) builder = NULL;

  if (!outlay_loader_get_member (l, scope, object, "", name, OUTLAY_JSON_ARRAY, FALSE, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  array = json_node_get_array (node);
  builder = g_strv_builder_new ();

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!outlay_loader_node_is (element, OUTLAY_JSON_STRING))
        return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_WRONG_TYPE,
                                   _("%s: field “%s[%u]” must be %s"),
                                   scope->what, name, i, outlay_loader_want_to_string (OUTLAY_JSON_STRING));

      /* Checked as text: ids are quoted in messages when they lead nowhere. */
      if (!outlay_loader_check_text (l, scope, object, "", name, json_node_get_string (element)))
        return FALSE;

      g_strv_builder_add (builder, json_node_get_string (element));
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}


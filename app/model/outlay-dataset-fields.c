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

/* What each byte of a text is, for the one pass every text gets: checking
 * texts is the largest part of the walk after json-glib's own parse, so
 * plain ASCII, most of the bytes, is skipped by one table look-up. */
enum
{
  BYTE_ASCII,       /* safe, and not a mark */
  BYTE_END,         /* the NUL at the end */
  BYTE_CONTROL,     /* C0 controls but tab and newline, and DEL */
  BYTE_LEAD_2,      /* the first byte of a two-byte sequence */
  BYTE_LEAD_3,
  BYTE_LEAD_4,
  BYTE_INVALID,     /* a continuation byte, or a byte UTF-8 never has */
};

static const guint8 byte_class[256] = {
  [0x00] = BYTE_END,
  [0x01 ... 0x08] = BYTE_CONTROL,
  [0x0b ... 0x1f] = BYTE_CONTROL,
  [0x7f] = BYTE_CONTROL,
  [0x80 ... 0xc1] = BYTE_INVALID,
  [0xc2 ... 0xdf] = BYTE_LEAD_2,
  [0xe0 ... 0xef] = BYTE_LEAD_3,
  [0xf0 ... 0xf4] = BYTE_LEAD_4,
  [0xf5 ... 0xff] = BYTE_INVALID,
};

/* Combining marks below U+0800 (the accents, Hebrew and Arabic points,
 * Syriac, Thaana, N'Ko), one bit per character: Arabic text is all
 * two-byte characters, and g_unichar_ismark() on each would cost more
 * than the rest of the check. */
static guint8 marks_below_800[0x800 / 8];

static gpointer
init_marks (gpointer data)
{
  for (gunichar c = 0; c < 0x800; c++)
    if (g_unichar_ismark (c))
      marks_below_800[c / 8] |= (guint8)(1u << (c % 8));

  return NULL;
}

static inline gboolean
is_continuation (guchar byte)
{
  return (byte & 0xc0) == 0x80;
}

typedef enum
{
  TEXT_OK,
  TEXT_CONTROL,     /* *at is a character a dataset text may not hold */
  TEXT_INVALID,     /* *at is not UTF-8 */
  TEXT_MARKS,       /* *at is the mark that tops OUTLAY_LIMIT_MARKS */
} TextFault;

/* Checks @text in one pass: no C0 control but tab and newline (a carriage
 * return can send the terminal's cursor back over what was written), no
 * C1 control or DEL, no bidi embedding, override or isolate control
 * (U+202A–U+202E, U+2066–U+2069), valid UTF-8, and no more than
 * OUTLAY_LIMIT_MARKS combining marks in a row: a tower of thousands on one
 * letter takes seconds to lay out. The joiners ZWJ and ZWNJ do not end a
 * tower, as they do not end the cluster. The marks LRM, RLM and ALM are
 * fine. json-glib checks the file is UTF-8, but decodes an escaped lone
 * surrogate ("\ud800") into bytes that are not; the raw-text scan refuses
 * those first, and this check is the second line. Sets *@length to
 * @text's length in bytes when it returns TEXT_OK. */
static TextFault
scan_text (const char  *text,
           const char **at,
           gsize       *length)
{
  static GOnce marks_once = G_ONCE_INIT;
  const guchar *p = (const guchar *)text;
  guint marks = 0;

  g_once (&marks_once, init_marks, NULL);

  for (;;)
    {
      const guchar *start;
      gboolean mark;
      gunichar c;

      if (byte_class[*p] == BYTE_ASCII)
        {
          do
            p++;
          while (byte_class[*p] == BYTE_ASCII);
          marks = 0;
        }

      start = p;

      switch (byte_class[*p])
        {
        case BYTE_END:
          *length = (gsize)(p - (const guchar *)text);
          return TEXT_OK;

        case BYTE_CONTROL:
          *at = (const char *)p;
          return TEXT_CONTROL;

        case BYTE_LEAD_2:
          if (!is_continuation (p[1]))
            goto invalid;
          c = ((gunichar)(p[0] & 0x1f) << 6) | (p[1] & 0x3f);
          if (c < 0xa0)
            {
              *at = (const char *)p;
              return TEXT_CONTROL;
            }
          mark = (marks_below_800[c / 8] >> (c % 8)) & 1;
          p += 2;
          break;

        case BYTE_LEAD_3:
          if (!is_continuation (p[1]) || !is_continuation (p[2]))
            goto invalid;
          c = ((gunichar)(p[0] & 0x0f) << 12) | ((gunichar)(p[1] & 0x3f) << 6) | (p[2] & 0x3f);
          if (c < 0x800 || (c >= 0xd800 && c <= 0xdfff))
            goto invalid;
          if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
            {
              *at = (const char *)p;
              return TEXT_CONTROL;
            }
          mark = c == 0x200c || c == 0x200d || g_unichar_ismark (c);
          p += 3;
          break;

        case BYTE_LEAD_4:
          if (!is_continuation (p[1]) || !is_continuation (p[2]) || !is_continuation (p[3]))
            goto invalid;
          c = ((gunichar)(p[0] & 0x07) << 18) | ((gunichar)(p[1] & 0x3f) << 12) |
              ((gunichar)(p[2] & 0x3f) << 6) | (p[3] & 0x3f);
          if (c < 0x10000 || c > 0x10ffff)
            goto invalid;
          mark = g_unichar_ismark (c);
          p += 4;
          break;

        case BYTE_INVALID:
        default:
          goto invalid;
        }

      if (!mark)
        marks = 0;
      else if (++marks > OUTLAY_LIMIT_MARKS)
        {
          *at = (const char *)start;
          return TEXT_MARKS;
        }
    }

invalid:
  *at = (const char *)p;
  return TEXT_INVALID;
}

/* Checks that @text is one a dataset may hold, and that it is at most
 * @max_length characters long; @prefix and @name say which field it is. */
gboolean
outlay_loader_check_text (OutlayLoader            *l,
                          const OutlayLoaderScope *scope,
                          JsonObject              *object,
                          const char              *prefix,
                          const char              *name,
                          const char              *text,
                          guint                    max_length)
{
  const char *at = NULL;
  gsize length = 0;
  glong n_characters;
  gunichar c;

  switch (scan_text (text, &at, &length))
    {
    case TEXT_OK:
      break;

    case TEXT_INVALID:
      return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_SYNTAX,
                                 _("%s: field “%s%s” is not valid UTF-8"), scope->what, prefix, name);

    case TEXT_MARKS:
      return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_UNSAFE_TEXT,
                                 _("%s: field “%s%s” stacks more than %u combining marks on one "
                                   "character"), scope->what, prefix, name, OUTLAY_LIMIT_MARKS);

    case TEXT_CONTROL:
    default:
      c = g_utf8_get_char (at);
      if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
        return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_UNSAFE_TEXT,
                                   _("%s: field “%s%s” holds the bidirectional control U+%04X; "
                                     "embedding, override and isolate controls are not allowed"),
                                   scope->what, prefix, name, c);

      return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_UNSAFE_TEXT,
                                 _("%s: field “%s%s” holds the control character U+%04X"),
                                 scope->what, prefix, name, c);
    }

  /* A character is at least a byte: only a text of more bytes than the
   * limit can be too long, and only then are its characters counted. */
  if (length <= max_length)
    return TRUE;

  n_characters = g_utf8_strlen (text, (gssize)length);
  if (n_characters <= (glong)max_length)
    return TRUE;

  return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                             _("%s: field “%s%s” is too long (%ld characters); the longest allowed "
                               "is %u"), scope->what, prefix, name, n_characters, max_length);
}

static gboolean
get_string_limited (OutlayLoader             *l,
                    const OutlayLoaderScope  *scope,
                    JsonObject               *object,
                    const char               *prefix,
                    const char               *name,
                    gboolean                  required,
                    guint                     max_length,
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

  return outlay_loader_check_text (l, scope, object, prefix, name, *out, max_length);
}

/* A string that is a word of the format (a kind, a date, an id or a
 * reference to one): at most OUTLAY_LIMIT_WORD characters. */
gboolean
outlay_loader_get_string (OutlayLoader             *l,
                          const OutlayLoaderScope  *scope,
                          JsonObject               *object,
                          const char               *prefix,
                          const char               *name,
                          gboolean                  required,
                          const char              **out)
{
  return get_string_limited (l, scope, object, prefix, name, required, OUTLAY_LIMIT_WORD, out);
}

gboolean
outlay_loader_dup_string (OutlayLoader             *l,
                          const OutlayLoaderScope  *scope,
                          JsonObject               *object,
                          const char               *prefix,
                          const char               *name,
                          gboolean                  required,
                          guint                     max_length,
                          char                    **out)
{
  const char *text;

  if (!get_string_limited (l, scope, object, prefix, name, required, max_length, &text))
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
                        guint                    max_length,
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

  return outlay_loader_dup_string (l, scope, text_object, prefix, "en", TRUE, max_length, &text->en) &&
         outlay_loader_dup_string (l, scope, text_object, prefix, "ar", TRUE, max_length, &text->ar);
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
  char *shared;
  gsize len;

  if (!get_string_limited (l, scope, object, prefix, "language", TRUE, OUTLAY_LIMIT_LANGUAGE, &tag))
    return FALSE;

  /* The primary subtag of a BCP 47 tag is enough to choose a direction
   * and a font; the rest is kept as written. */
  len = strspn (tag, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
  if (len < 2 || len > 3 || (tag[len] != '\0' && tag[len] != '-'))
    return outlay_loader_fail (l, object, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                               _("%s: field “%slanguage” is not a language tag: “%s”"),
                               scope->what, prefix, tag);

  /* Every citation and source names a language, nearly always one of a
   * few: one copy of each is shared */
  shared = g_hash_table_lookup (l->languages, tag);
  if (shared == NULL)
    {
      shared = g_ref_string_new (tag);
      g_hash_table_add (l->languages, shared);
    }

  *out = g_ref_string_acquire (shared);
  return TRUE;
}

/* An array of strings, such as ids (checked later against the list they
 * refer to) or agency names. */
gboolean
outlay_loader_get_string_list (OutlayLoader              *l,
                               const OutlayLoaderScope   *scope,
                               JsonObject                *object,
                               const char                *name,
                               guint                      max_length,
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
      if (!outlay_loader_check_text (l, scope, object, "", name, json_node_get_string (element), max_length))
        return FALSE;

      g_strv_builder_add (builder, json_node_get_string (element));
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}


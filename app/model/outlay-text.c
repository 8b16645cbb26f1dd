/* outlay-text.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "outlay-types.h"

/**
 * outlay_text_get:
 * @text: a text
 * @language: a language tag such as "ar" or "en-GB"
 *
 * Returns: (transfer none): the Arabic text for any Arabic @language,
 *   the English text otherwise, or the other one where one is missing.
 */
const char *
outlay_text_get (const OutlayText *text,
                 const char       *language)
{
  g_return_val_if_fail (text != NULL, NULL);

  if (language != NULL && g_str_has_prefix (language, "ar") && text->ar != NULL)
    return text->ar;

  return text->en != NULL ? text->en : text->ar;
}

void
outlay_text_clear (OutlayText *text)
{
  g_clear_pointer (&text->en, g_free);
  g_clear_pointer (&text->ar, g_free);
}

/* Characters that would move a terminal's cursor, end its line or reorder
 * it: C0 controls, DEL, C1 controls, the bidi embedding, override and
 * isolate controls, and the line and paragraph separators. */
static gboolean
is_unprintable (gunichar c)
{
  return c < 0x20 || (c >= 0x7f && c < 0xa0) ||
         (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ||
         c == 0x2028 || c == 0x2029;
}

/**
 * outlay_text_dup_printable:
 * @text: (nullable): any bytes, such as a message that quotes a file
 *
 * Makes @text safe to print on a terminal or to show in a label: bytes
 * that are not UTF-8 become U+FFFD, and the characters that would move
 * the cursor, break the line or reorder it (controls, bidi embedding,
 * override and isolate controls, line separators) are written as escapes
 * the way a dataset would write them: "\n", "\t", "\r", "\u001B".
 * Text without them comes back unchanged.
 *
 * Returns: (transfer full): the printable text
 */
char *
outlay_text_dup_printable (const char *text)
{
  g_autofree char *valid = NULL;
  GString *printable;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  printable = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_unprintable (c))
        g_string_append_len (printable, p, g_utf8_next_char (p) - p);
      else if (c == '\n')
        g_string_append (printable, "\\n");
      else if (c == '\t')
        g_string_append (printable, "\\t");
      else if (c == '\r')
        g_string_append (printable, "\\r");
      else
        g_string_append_printf (printable, "\\u%04X", c);
    }

  return g_string_free (printable, FALSE);
}

/* outlay-text.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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

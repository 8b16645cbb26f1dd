/* outlay-window-errors.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "outlay-window-private.h"

/* What the window says when a dataset cannot be opened: first what is
 * wrong, in the user's words and language, then the loader's message as
 * the detail a technical reader or a bug report wants.
 *
 * The detail mixes three texts that run in different directions: a path,
 * the loader's translated words, and the words of json-glib or of the
 * system, which are often English. Laid out as one Arabic paragraph they
 * come out in a jumbled order (the path's slashes and the line and
 * column numbers attach to whichever run is next to them). So each part
 * is a Unicode isolate: the place (path, line, column) a left-to-right
 * isolate on a line of its own, then the loader's words and, after them,
 * what it quotes, each a first-strong isolate. */

#define LRI "\u2066"
#define FSI "\u2068"
#define PDI "\u2069"

/* The sentence that says what is wrong with @name, by error code */
static char *
describe_fault (const char   *name,
                const GError *error)
{
  if (error->domain != OUTLAY_DATASET_ERROR)
    /* Translators: %s is a file name */
    return g_strdup_printf (_("Outlay could not open “%s”."), name);

  switch ((OutlayDatasetError)error->code)
    {
    case OUTLAY_DATASET_ERROR_READ:
      /* Translators: %s is a file name */
      return g_strdup_printf (_("Outlay could not read “%s”."), name);
    case OUTLAY_DATASET_ERROR_EMPTY:
      /* Translators: %s is a file name */
      return g_strdup_printf (_("“%s” is empty."), name);
    case OUTLAY_DATASET_ERROR_SYNTAX:
      /* Translators: %s is a file name */
      return g_strdup_printf (_("“%s” is not a valid JSON file."), name);
    case OUTLAY_DATASET_ERROR_FORMAT:
      /* Translators: %s is a file name */
      return g_strdup_printf (_("“%s” is not an Outlay dataset."), name);
    case OUTLAY_DATASET_ERROR_VERSION:
      /* Translators: %s is a file name */
      return g_strdup_printf (_("“%s” was written for a newer version of Outlay."), name);
    case OUTLAY_DATASET_ERROR_UNSAFE_TEXT:
      /* Translators: %s is a file name; the controls are invisible
       * characters that change the order text is shown in */
      return g_strdup_printf (_("“%s” holds hidden controls that could make a figure read differently, "
                                "so it was not opened."), name);
    case OUTLAY_DATASET_ERROR_TOO_LARGE:
      /* Translators: %s is a file name */
      return g_strdup_printf (_("“%s” is too large to open with the memory this computer has free."), name);
    case OUTLAY_DATASET_ERROR_MISSING_FIELD:
    case OUTLAY_DATASET_ERROR_WRONG_TYPE:
    case OUTLAY_DATASET_ERROR_INVALID_VALUE:
    case OUTLAY_DATASET_ERROR_UNKNOWN_REFERENCE:
    case OUTLAY_DATASET_ERROR_DUPLICATE_ID:
    default:
      /* Translators: %s is a file name */
      return g_strdup_printf (_("“%s” is an Outlay dataset with a mistake in it, so none of it was opened."),
                              name);
    }
}

/* The loader's message "PATH:LINE:COLUMN: WHAT" (or "PATH: WHAT"), the
 * place and each part of WHAT isolated; any other message isolated
 * whole */
static char *
isolate_detail (const char *path,
                const char *message)
{
  g_autoptr(GString) detail = g_string_new (NULL);
  g_auto(GStrv) parts = NULL;
  const char *rest;

  if (!g_str_has_prefix (message, path))
    return g_strconcat (FSI, message, PDI, NULL);

  /* The place: the path, and the line and column where there are */
  rest = message + strlen (path);
  while (*rest == ':' && g_ascii_isdigit (rest[1]))
    {
      rest++;
      while (g_ascii_isdigit (*rest))
        rest++;
    }
  g_string_append (detail, LRI);
  g_string_append_len (detail, message, rest - message);
  g_string_append (detail, PDI "\n");

  if (g_str_has_prefix (rest, ": "))
    rest += 2;

  /* The loader's words, then (after the first separator) what it
   * quotes: json-glib's or the system's words, kept whole */
  parts = g_strsplit (rest, ": ", 2);
  for (guint i = 0; parts[i] != NULL; i++)
    g_string_append_printf (detail, "%s" FSI "%s" PDI, i > 0 ? ": " : "", parts[i]);

  return g_string_free (g_steal_pointer (&detail), FALSE);
}

/**
 * _outlay_window_describe_open_error:
 * @path: the file that could not be opened
 * @error: why
 *
 * Returns: (transfer full): the body of the message that says so: a
 *   sentence, a blank line, then the loader's message, its parts
 *   isolated
 */
char *
_outlay_window_describe_open_error (const char   *path,
                                    const GError *error)
{
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *name = g_strconcat (FSI, basename, PDI, NULL);
  g_autofree char *sentence = describe_fault (name, error);
  g_autofree char *detail = isolate_detail (path, error->message);

  return g_strdup_printf ("%s\n\n%s", sentence, detail);
}

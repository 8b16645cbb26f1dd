/* outlay-synthetic-writer.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "outlay-synthetic-private.h"

/* A JSON writer just big enough for the generator: members and elements
 * go one to a line, indented by two spaces, as the bundled dataset is
 * written. The parser's time depends on the file's size, whitespace
 * included, so the layout matters to the benchmark. */

static void
append_escaped (GString    *out,
                const char *text)
{
  g_string_append_c (out, '"');

  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if ((guchar)*p < 0x20)
            g_string_append_printf (out, "\\u%04x", (guint)(guchar)*p);
          else
            g_string_append_c (out, *p);
        }
    }

  g_string_append_c (out, '"');
}

static void
newline (Writer *w)
{
  g_string_append_c (w->out, '\n');
  for (guint i = 0; i < w->depth; i++)
    g_string_append (w->out, "  ");
}

/* Before a value: nothing after a key, a comma and a new line between
 * array elements. */
static void
value_prefix (Writer *w)
{
  if (w->after_key)
    {
      w->after_key = FALSE;
      return;
    }

  if (w->depth == 0)
    return;

  if (w->count[w->depth]++ > 0)
    g_string_append_c (w->out, ',');
  newline (w);
}

void
writer_key (Writer     *w,
            const char *name)
{
  if (w->count[w->depth]++ > 0)
    g_string_append_c (w->out, ',');
  newline (w);
  append_escaped (w->out, name);
  g_string_append (w->out, ": ");
  w->after_key = TRUE;
}

void
writer_begin (Writer *w,
              char    bracket)
{
  value_prefix (w);
  g_string_append_c (w->out, bracket);
  w->depth++;
  g_assert (w->depth < G_N_ELEMENTS (w->count));
  w->count[w->depth] = 0;
}

void
writer_end (Writer *w,
            char    bracket)
{
  gboolean empty = w->count[w->depth] == 0;

  w->depth--;
  if (!empty)
    newline (w);
  g_string_append_c (w->out, bracket);
}

void
writer_string (Writer     *w,
               const char *text)
{
  value_prefix (w);
  append_escaped (w->out, text);
}

void
writer_string_member (Writer     *w,
                      const char *name,
                      const char *text)
{
  writer_key (w, name);
  writer_string (w, text);
}

/* Whole numbers as integers (160000000000, as the bundled file has them),
 * others in the shortest form that reads back exactly */
void
writer_number_member (Writer     *w,
                      const char *name,
                      double      value)
{
  writer_key (w, name);
  value_prefix (w);

  if (value == floor (value) && value < 1e15)
    {
      g_string_append_printf (w->out, "%" G_GINT64_FORMAT, (gint64)value);
    }
  else
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append (w->out, g_ascii_dtostr (buf, sizeof buf, value));
    }
}

void
writer_int_member (Writer     *w,
                   const char *name,
                   int         value)
{
  writer_key (w, name);
  value_prefix (w);
  g_string_append_printf (w->out, "%d", value);
}

void
writer_true_member (Writer     *w,
                    const char *name)
{
  writer_key (w, name);
  value_prefix (w);
  g_string_append (w->out, "true");
}

void
writer_text_member (Writer     *w,
                    const char *name,
                    const char *en,
                    const char *ar)
{
  writer_key (w, name);
  writer_begin (w, '{');
  writer_string_member (w, "en", en);
  writer_string_member (w, "ar", ar);
  writer_end (w, '}');
}

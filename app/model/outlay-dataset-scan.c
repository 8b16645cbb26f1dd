/* outlay-dataset-scan.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "outlay-dataset-loader-private.h"

/* The raw-text scan that runs before json-glib parses a file.
 *
 * json-glib 1.6 reads some input wrongly without a word, and some kills
 * it: an integer of more than 64 bits wraps around (2^64 + 5 reads as 5,
 * a wrong amount that passes every check), "\u0000" (or "\0") cuts a
 * string short, a lone escaped surrogate ("\ud800") becomes bytes that
 * are not UTF-8, which then reach messages, and arrays or objects nested
 * some 100,000 deep overflow the stack of its recursive parser. All of
 * these are found here, in one pass over the text.
 *
 * To know what is nesting and what is text, the scan reads the file as
 * json-glib's scanner does, which is more than JSON: strings in single
 * quotes (no escapes inside), comments from one "/" to the next, and an
 * escape "\uXXXX" that takes the first character after fewer than four hex
 * digits with it (so "\u1" swallows the closing quote). Read any other
 * way, a quote that one reader sees as the end of a string and the other
 * as its start would hide brackets from the count. */

enum
{
  NO_LIST = -1,
};

typedef struct
{
  OutlayLoader       *l;
  const char         *data;
  const char         *end;
  GError            **error;

  /* Finding the lists for outlay-dataset-stream.c */
  OutlayLoaderLayout  layout;
  gboolean            plain;      /* so far, a file the lists can be found in */
  gboolean            expect_key; /* the next string at depth 1 is a member's name */
  int                 list;       /* the OutlayLoaderList the member being read is, or NO_LIST */
  guint               seen;       /* the lists whose names were seen, as bits */
  guint               n_arrays;   /* arrays started so far */
} Scan;

/* Bytes the scan must look at outside strings; all others (whitespace,
 * letters, most punctuation) are skipped by one table look-up. */
static const guint8 outside_string[256] = {
  ['"'] = 1, ['\''] = 1, ['/'] = 1, [','] = 1,
  ['['] = 1, ['{'] = 1, [']'] = 1, ['}'] = 1,
  ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1,
  ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
};

/* Where @at is, for a message: lines and columns from 1, columns in
 * characters */
static void
offset_to_position (const char           *data,
                    const char           *at,
                    OutlayLoaderPosition *position)
{
  position->line = 1;
  position->column = 1;

  for (const char *p = data; p < at; p++)
    {
      if (*p == '\n')
        position->line++, position->column = 1;
      else if (((guchar)*p & 0xc0) != 0x80)
        position->column++;
    }
}

/* What json-glib 1.6 makes of the escape "\u" when the character after it
 * is a hex digit: up to four hex digits, and the first character that is
 * not one is consumed with them. Sets *@next past all it consumes. */
static gunichar
read_unicode_escape (const char  *p,
                     const char  *end,
                     const char **next)
{
  gunichar unit = 0;

  for (guint i = 0; i < 4 && p < end; i++)
    {
      char c = *p++;

      if (!g_ascii_isxdigit (c))
        break;
      unit += (gunichar)g_ascii_xdigit_value (c) << ((3 - i) * 4);
    }

  *next = p;
  return unit;
}

static gboolean
is_octal (char c)
{
  return c >= '0' && c <= '7';
}

/* A string in double quotes, from just after its opening quote. Returns
 * where the scan goes on (after the closing quote, or at the end of an
 * unterminated string), or %NULL with the file refused. */
static const char *
scan_string (Scan       *s,
             const char *p)
{
  OutlayLoaderPosition position;

  for (;;)
    {
      /* Most of a dataset is string bodies: skip to the next quote,
       * stopping first at any backslash before it. */
      const char *quote = memchr (p, '"', (gsize)(s->end - p));
      const char *backslash = memchr (p, '\\', (gsize)((quote != NULL ? quote : s->end) - p));
      const char *escape;

      if (backslash == NULL)
        return quote != NULL ? quote + 1 : s->end;

      escape = backslash;
      p = backslash + 1;
      if (p == s->end)
        return s->end;

      if (*p == 'u' && p + 1 < s->end && g_ascii_isxdigit (p[1]))
        {
          gunichar unit = read_unicode_escape (p + 1, s->end, &p);

          if (unit == 0)
            {
              offset_to_position (s->data, escape, &position);
              g_set_error (s->error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_UNSAFE_TEXT,
                           _("%s:%u:%u: a string holds the control character U+0000"),
                           s->l->display_name, position.line, position.column);
              return NULL;
            }

          /* A surrogate is only text as the first half of a pair followed
           * by the second; json-glib decodes a lone one into bytes that
           * are not UTF-8, and takes one or two characters after it. */
          if (unit >= 0xd800 && unit <= 0xdfff)
            {
              const char *after = p;

              if (unit <= 0xdbff && s->end - p >= 2 && p[0] == '\\' && p[1] == 'u')
                {
                  gunichar low = read_unicode_escape (p + 2, s->end, &after);

                  if (low >= 0xdc00 && low <= 0xdfff)
                    {
                      p = after;
                      continue;
                    }
                }

              offset_to_position (s->data, escape, &position);
              g_set_error (s->error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_SYNTAX,
                           _("%s:%u:%u: a string holds half of a UTF-16 surrogate pair "
                             "(\\u%04X), which is not text"),
                           s->l->display_name, position.line, position.column, (guint)unit);
              return NULL;
            }
        }
      else if (is_octal (*p))
        {
          /* json-glib reads "\0" to "\377" as octal, and "\0" (or "\400",
           * which wraps round to it) cuts the string as "\u0000" does. */
          guint value = (guint)(*p++ - '0');

          for (guint i = 0; i < 2 && p < s->end && is_octal (*p); i++)
            value = value * 8 + (guint)(*p++ - '0');

          if ((value & 0xff) == 0)
            {
              offset_to_position (s->data, escape, &position);
              g_set_error (s->error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_UNSAFE_TEXT,
                           _("%s:%u:%u: a string holds the control character U+0000"),
                           s->l->display_name, position.line, position.column);
              return NULL;
            }
        }
      else
        {
          /* Any other escape is the backslash and one character */
          p++;
        }
    }
}

/* Integers of 19 digits or more are refused: every one of them is beyond
 * OUTLAY_AMOUNT_MAX anyway, and from 20 digits json-glib wraps them. */
static const char *
scan_number (Scan       *s,
             const char *p)
{
  const char *digits = p;
  const char *data = s->data;

  /* Only where a number starts: not the digits after a decimal point or
   * in an exponent */
  if (p > data && (g_ascii_isdigit (p[-1]) || p[-1] == '.' || p[-1] == 'e' || p[-1] == 'E' ||
                   p[-1] == '+' || (p[-1] == '-' && p - 1 > data && (p[-2] == 'e' || p[-2] == 'E'))))
    return p + 1;

  while (p < s->end && g_ascii_isdigit (*p))
    p++;

  if (p - digits >= 19 && (p == s->end || (*p != '.' && *p != 'e' && *p != 'E')))
    {
      OutlayLoaderPosition position;

      offset_to_position (s->data, digits, &position);
      g_set_error (s->error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_INVALID_VALUE,
                   _("%s:%u:%u: the number %.*s… is too large to be read exactly"),
                   s->l->display_name, position.line, position.column, 12, digits);
      return NULL;
    }

  return p;
}

static gboolean
is_json_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* A member's name in the top-level object, from @start to @end (the
 * closing quote) */
static void
read_key (Scan       *s,
          const char *start,
          const char *end)
{
  static const char * const names[] = {
    [OUTLAY_LOADER_ENTITIES] = "entities",
    [OUTLAY_LOADER_SOURCES] = "sources",
    [OUTLAY_LOADER_FACTS] = "facts",
  };
  gsize length = (gsize)(end - start);

  s->expect_key = FALSE;
  s->list = NO_LIST;

  /* json-glib decodes escapes in a name, which could spell a list's name
   * a second time */
  if (memchr (start, '\\', length) != NULL)
    {
      s->plain = FALSE;
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (length == strlen (names[i]) && memcmp (start, names[i], length) == 0)
        {
          /* json-glib keeps the last of two members of one name */
          if (s->seen & (1u << i))
            s->plain = FALSE;
          s->seen |= 1u << i;
          s->list = (int)i;
        }
    }
}

/* An array starts at depth 1: if it is the value of a list's member, note
 * which array json-glib will start for it */
static void
note_list (Scan *s)
{
  guint *found[] = {
    [OUTLAY_LOADER_ENTITIES] = &s->layout.entities,
    [OUTLAY_LOADER_SOURCES] = &s->layout.sources,
    [OUTLAY_LOADER_FACTS] = &s->layout.facts,
  };

  if (s->list != NO_LIST)
    *found[s->list] = s->n_arrays;
  s->list = NO_LIST;
}

/* The top-level object has just ended at @p: nothing may follow it */
static void
end_root (Scan       *s,
          const char *p)
{
  for (p++; p < s->end; p++)
    {
      if (!is_json_space (*p))
        {
          s->plain = FALSE;
          return;
        }
    }
}

static void
finish_layout (Scan               *s,
               OutlayLoaderLayout *layout)
{
  const OutlayLoaderLayout *found = &s->layout;

  if (s->plain && found->entities > 0 && found->entities < found->sources &&
      found->sources < found->facts)
    *layout = *found;
  else
    *layout = (OutlayLoaderLayout) { 0 };
}

/**
 * outlay_loader_scan:
 * @l: the loader
 * @data: the file's text
 * @size: its length
 * @layout: (out): where the top-level lists are, or zeros
 * @error: return location for an #OUTLAY_DATASET_ERROR
 *
 * Refuses what json-glib would read wrongly or could not survive, and
 * finds the lists for reading them while the file is parsed.
 *
 * Returns: %FALSE with @error set if the file is refused
 */
gboolean
outlay_loader_scan (OutlayLoader        *l,
                    const char          *data,
                    gsize                size,
                    OutlayLoaderLayout  *layout,
                    GError             **error)
{
  Scan s = { l, data, data + size, error, .plain = TRUE, .list = NO_LIST };
  const char *p = data;
  guint depth = 0;

  /* json-glib skips a byte order mark */
  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    p += 3;

  /* The lists are found only in a file that is one object */
  while (p < s.end && is_json_space (*p))
    p++;
  if (p == s.end || *p != '{')
    s.plain = FALSE;

  while (p < s.end)
    {
      const char *next;

      if (!outside_string[(guchar)*p])
        {
          p++;
          continue;
        }

      switch (*p)
        {
        case '"':
          next = scan_string (&s, p + 1);
          if (next == NULL)
            return FALSE;
          if (depth == 1 && s.expect_key && next[-1] == '"' && next - 1 > p)
            read_key (&s, p + 1, next - 1);
          p = next;
          break;

        case '\'':
          next = memchr (p + 1, '\'', (gsize)(s.end - p - 1));
          p = next != NULL ? next + 1 : s.end;
          s.plain = FALSE;
          break;

        case '/':
          next = memchr (p + 1, '/', (gsize)(s.end - p - 1));
          p = next != NULL ? next + 1 : s.end;
          s.plain = FALSE;
          break;

        case ',':
          if (depth == 1)
            s.expect_key = TRUE;
          p++;
          break;

        case '[':
        case '{':
          if (*p == '[')
            {
              s.n_arrays++;
              if (depth == 1)
                note_list (&s);
            }
          else if (depth == 0)
            {
              s.expect_key = TRUE;
            }

          /* json-glib parses nesting by recursion, and 100,000 levels
           * overflow its stack; the deepest path a dataset needs is 5. */
          if (++depth > OUTLAY_LIMIT_DEPTH)
            {
              OutlayLoaderPosition position;

              offset_to_position (data, p, &position);
              g_set_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_SYNTAX,
                           _("%s:%u:%u: arrays and objects are nested more than %u levels deep"),
                           l->display_name, position.line, position.column, OUTLAY_LIMIT_DEPTH);
              return FALSE;
            }
          p++;
          break;

        case ']':
        case '}':
          if (depth > 0 && --depth == 0 && s.plain)
            end_root (&s, p);
          p++;
          break;

        default:
          p = scan_number (&s, p);
          if (p == NULL)
            return FALSE;
          break;
        }
    }

  finish_layout (&s, layout);
  return TRUE;
}

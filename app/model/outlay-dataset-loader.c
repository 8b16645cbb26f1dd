/* outlay-dataset-loader.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "outlay-dataset-loader-private.h"

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

void
outlay_loader_clear (OutlayLoader *l)
{
  g_clear_pointer (&l->positions, g_hash_table_unref);
  g_clear_pointer (&l->position_stack, g_array_unref);
  g_clear_object (&l->parser);
  outlay_loader_clear_results (l);
}

/* json-glib counts columns in bytes; a person counts characters, and on a
 * line of Arabic the two differ by half. */
static guint
byte_column_to_characters (const char *data,
                           gsize       size,
                           guint       line,
                           guint       byte_column)
{
  const char *end = data + size;
  const char *p = data;
  guint column = 1;

  for (guint l = 1; l < line && p < end; p++)
    if (*p == '\n')
      l++;

  for (guint b = 1; b < byte_column && p < end && *p != '\n'; b++, p++)
    if (((guchar)*p & 0xc0) != 0x80)
      column++;

  return column;
}

static void
push_position (OutlayLoader *l)
{
  OutlayLoaderPosition position = {
    json_parser_get_current_line (l->parser),
    json_parser_get_current_pos (l->parser),
  };

  g_array_append_val (l->position_stack, position);
}

static void
pop_position (OutlayLoader  *l,
              gconstpointer  node)
{
  OutlayLoaderPosition *position;

  g_return_if_fail (l->position_stack->len > 0);

  position = g_new (OutlayLoaderPosition, 1);
  *position = g_array_index (l->position_stack, OutlayLoaderPosition, l->position_stack->len - 1);
  g_array_set_size (l->position_stack, l->position_stack->len - 1);
  g_hash_table_insert (l->positions, (gpointer)node, position);
}

static void
on_start_cb (JsonParser   *parser,
             OutlayLoader *l)
{
  push_position (l);
}

static void
on_object_end_cb (JsonParser   *parser,
                  JsonObject   *object,
                  OutlayLoader *l)
{
  pop_position (l, object);
}

static void
on_array_end_cb (JsonParser   *parser,
                 JsonArray    *array,
                 OutlayLoader *l)
{
  pop_position (l, array);
}

/* The second pass: parse again, recording where each object and array
 * starts, and walk again to find the faulty one's position. This walk
 * reads the whole tree after the parse, in its own order, so its fault is
 * the one to report. */
static gboolean
locate_fault (OutlayLoader          *l,
              const char            *data,
              gsize                  size,
              GError               **fault,
              OutlayLoaderPosition  *position)
{
  const OutlayLoaderPosition *found;

  outlay_loader_reset (l);
  l->positions = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  l->position_stack = g_array_new (FALSE, FALSE, sizeof (OutlayLoaderPosition));
  l->parser = json_parser_new ();

  g_signal_connect (l->parser, "object-start", G_CALLBACK (on_start_cb), l);
  g_signal_connect (l->parser, "array-start", G_CALLBACK (on_start_cb), l);
  g_signal_connect (l->parser, "object-end", G_CALLBACK (on_object_end_cb), l);
  g_signal_connect (l->parser, "array-end", G_CALLBACK (on_array_end_cb), l);

  if (!json_parser_load_from_data (l->parser, data, (gssize)size, NULL))
    return FALSE;

  if (outlay_loader_load_root (l, json_parser_get_root (l->parser)) || l->fault_node == NULL)
    return FALSE;

  found = g_hash_table_lookup (l->positions, l->fault_node);
  if (found == NULL)
    return FALSE;

  g_clear_error (fault);
  *fault = g_steal_pointer (&l->fault);
  *position = *found;
  position->column = byte_column_to_characters (data, size, position->line, position->column);
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
  g_autofree char *valid = NULL;
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

  /* "not valid JSON" says it already (json-glib's English words only;
   * its translations are kept as they are). */
  if (g_str_has_prefix (message, "Parse error: "))
    message += strlen ("Parse error: ");

  if (line > 0)
    column = byte_column_to_characters (data, size, line, column);

  /* json-glib quotes the token it stopped at, cut wherever it stopped,
   * which can be inside an Arabic character. */
  valid = g_utf8_make_valid (message, -1);
  message = valid;

  if (line > 0)
    g_set_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_SYNTAX,
                 _("%s:%u:%u: not valid JSON: %s"), display_name, line, column, message);
  else
    g_set_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_SYNTAX,
                 _("%s: not valid JSON: %s"), display_name, message);
}

static OutlayDataset *
load_bytes (GBytes      *bytes,
            const char  *display_name,
            GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) json_error = NULL;
  OutlayLoader l = { .display_name = display_name };
  OutlayLoaderLayout layout;
  OutlayDataset *dataset = NULL;
  const char *data;
  gsize size;

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

  if (!outlay_loader_scan (&l, data, size, &layout, error))
    return NULL;

  /* The file is in memory already; what it costs on top depends on
   * whether the facts can be read while it is parsed */
  if (!outlay_loader_check_memory (display_name, size,
                                   (guint64)size * (layout.facts > 0 ? OUTLAY_LOADER_MEMORY_STREAMED
                                                                     : OUTLAY_LOADER_MEMORY_WHOLE),
                                   error))
    return NULL;

  parser = json_parser_new ();
  outlay_loader_reset (&l);
  outlay_loader_stream_connect (&l, parser, &layout);

  if (!json_parser_load_from_data (parser, data, (gssize)size, &json_error))
    {
      set_syntax_error (error, display_name, data, size, json_error);
      outlay_loader_clear (&l);
      return NULL;
    }

  if (outlay_loader_load_root (&l, json_parser_get_root (parser)))
    {
      /* What is left of the tree goes before the dataset is made: the
       * JSON objects the walk kept for placing faults go with it */
      g_clear_object (&parser);
      g_clear_pointer (&l.entity_objects, g_ptr_array_unref);
      g_clear_pointer (&l.fact_objects, g_ptr_array_unref);

      dataset = _outlay_dataset_new (&l.title, &l.description,
                                     l.entities, l.sources, l.facts,
                                     g_steal_pointer (&l.entity_by_id),
                                     g_steal_pointer (&l.source_by_id),
                                     g_steal_pointer (&l.fact_by_id));
    }
  else
    {
      g_autoptr(GError) fault = g_steal_pointer (&l.fault);
      OutlayLoaderPosition position;

      /* Drop the first tree before parsing a second one. */
      g_clear_object (&parser);

      /* Placing the fault parses the whole file, tree and all: not at the
       * cost of swapping, when the message can do without a place */
      if ((guint64)size * OUTLAY_LOADER_MEMORY_WHOLE <= outlay_loader_get_memory_available () &&
          locate_fault (&l, data, size, &fault, &position))
        g_set_error (error, OUTLAY_DATASET_ERROR, fault->code, "%s:%u:%u: %s",
                     display_name, position.line, position.column, fault->message);
      else
        g_set_error (error, OUTLAY_DATASET_ERROR, fault->code, "%s: %s",
                     display_name, fault->message);
    }

  outlay_loader_clear (&l);

  return dataset;
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
  g_autoptr(GError) local_error = NULL;
  OutlayDataset *dataset;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  dataset = load_bytes (bytes, display_name, &local_error);
  if (dataset == NULL)
    {
      /* Messages quote the file's own text (and json-glib's, which quotes
       * it too); whatever it holds, what is shown must be UTF-8 and must
       * not steer a terminal. */
      g_autofree char *message = outlay_text_dup_printable (local_error->message);

      g_set_error_literal (error, local_error->domain, local_error->code, message);
    }

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
  g_autofree char *display_name = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display_name = outlay_loader_dup_display_name (path);

  bytes = outlay_loader_read_file (path, display_name, error);
  if (bytes == NULL)
    return NULL;

  return outlay_dataset_new_from_bytes (bytes, display_name, error);
}

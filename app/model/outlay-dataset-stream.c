/* outlay-dataset-stream.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "outlay-dataset-loader-private.h"

/* Reading the facts while json-glib parses them, so that the tree of the
 * whole file never exists.
 *
 * json-glib's tree costs far more than the file: for 100,000 facts of
 * short texts, 20 bytes for each byte of the file. So each fact is read
 * into the model as soon as json-glib has parsed it (its "array-element"
 * signal) and dropped from the tree; the tree then holds one fact at a
 * time, and its freed nodes are used again for the next one. The entities
 * and the sources, which facts refer to, are read when their arrays end.
 *
 * json-glib's signals do not say which member an array is the value of.
 * The raw-text scan finds which arrays, counted in the order json-glib
 * starts them, are the top-level "entities", "sources" and "facts"
 * (OutlayLoaderLayout), and only for a file it can read as json-glib does:
 * plain JSON, one top-level object, the three lists once each, written
 * in that order, since a fact needs its entity and sources. Any other file
 * is read whole and walked after the parse, as before.
 *
 * Faults are found in the same order either way: the walk after the parse
 * checks the header first and then reports a fault found here, if any;
 * from the first fault on, nothing more is read or dropped. */

static void
on_array_start_cb (JsonParser   *parser,
                   OutlayLoader *l)
{
  OutlayLoaderStream *stream = &l->stream;

  stream->n_arrays++;
  stream->depth++;

  if (stream->n_arrays == stream->layout.entities)
    stream->entities_depth = stream->depth;
  else if (stream->n_arrays == stream->layout.sources)
    stream->sources_depth = stream->depth;
  else if (stream->n_arrays == stream->layout.facts)
    stream->facts_depth = stream->depth;
}

static void
on_array_end_cb (JsonParser   *parser,
                 JsonArray    *array,
                 OutlayLoader *l)
{
  OutlayLoaderStream *stream = &l->stream;

  if (stream->depth == stream->entities_depth)
    {
      stream->entities_depth = 0;
      if (!stream->stopped)
        stream->stopped = !(stream->entities_done =
                              outlay_loader_load_items (l, OUTLAY_LOADER_ENTITIES, array, 0));
    }
  else if (stream->depth == stream->sources_depth)
    {
      stream->sources_depth = 0;
      if (!stream->stopped)
        stream->stopped = !(stream->sources_done =
                              outlay_loader_load_items (l, OUTLAY_LOADER_SOURCES, array, 0));
    }
  else if (stream->depth == stream->facts_depth)
    {
      stream->facts_depth = 0;
    }

  if (stream->depth > 0)
    stream->depth--;
}

static void
on_array_element_cb (JsonParser   *parser,
                     JsonArray    *array,
                     int           index,
                     OutlayLoader *l)
{
  OutlayLoaderStream *stream = &l->stream;
  guint last;

  if (stream->stopped || stream->facts_depth == 0 || stream->depth != stream->facts_depth)
    return;

  /* The scan puts the entities and the sources first; should json-glib
   * see it otherwise, the rest is left to the walk after the parse */
  if (!stream->entities_done || !stream->sources_done || index < 0 ||
      (guint)index != stream->n_facts)
    {
      stream->stopped = TRUE;
      return;
    }

  last = json_array_get_length (array) - 1;
  if (!outlay_loader_load_item (l, OUTLAY_LOADER_FACTS, array,
                                json_array_get_element (array, last), (guint)index))
    {
      /* The faulty fact stays, for the second parse to find it again */
      stream->stopped = TRUE;
      return;
    }

  /* Its JSON object is gone with it: a fault found later in this fact
   * (a reference leading nowhere) is placed by the second parse */
  g_ptr_array_index (l->fact_objects, l->fact_objects->len - 1) = NULL;
  json_array_remove_element (array, last);
  stream->n_facts++;
}

/**
 * outlay_loader_stream_connect:
 * @l: a loader, just reset
 * @parser: the parser that will parse the file
 * @layout: where the scan found the lists
 *
 * Makes @l read the lists while @parser parses them, if @layout allows.
 */
void
outlay_loader_stream_connect (OutlayLoader             *l,
                              JsonParser               *parser,
                              const OutlayLoaderLayout *layout)
{
  if (layout->facts == 0)
    return;

  l->stream.layout = *layout;

  g_signal_connect (parser, "array-start", G_CALLBACK (on_array_start_cb), l);
  g_signal_connect (parser, "array-end", G_CALLBACK (on_array_end_cb), l);
  g_signal_connect (parser, "array-element", G_CALLBACK (on_array_element_cb), l);
}

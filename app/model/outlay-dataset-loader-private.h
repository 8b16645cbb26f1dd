/* outlay-dataset-loader-private.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "outlay-model-private.h"

G_BEGIN_DECLS

/* The dataset loader, in six files:
 *   outlay-dataset-file.c    reading the file into memory;
 *   outlay-dataset-loader.c  parsing it, and finding where in the file a
 *                            fault is;
 *   outlay-dataset-scan.c    the raw-text checks before json-glib parses;
 *   outlay-dataset-stream.c  reading the lists while json-glib parses;
 *   outlay-dataset-fields.c  typed access to JSON members and the checks
 *                            every field gets (types, text, numbers);
 *   outlay-dataset-reader.c  the walk over the tree that builds the model.
 */

/* The longest texts, in characters, and the most combining marks in a
 * row (docs/dataset-format.md, "Limits"): far beyond what a dataset
 * needs, and short enough that no text can freeze the window's layout. */
#define OUTLAY_LIMIT_WORD         100   /* ids, kinds, dates, references */
#define OUTLAY_LIMIT_LANGUAGE      35   /* a BCP 47 tag */
#define OUTLAY_LIMIT_NAME         100   /* entity names, publishers, agencies */
#define OUTLAY_LIMIT_LABEL        200   /* labels and titles */
#define OUTLAY_LIMIT_NOTE        1000   /* notes on dates and periods */
#define OUTLAY_LIMIT_PARAGRAPH   2000   /* the description, quotes, URLs */
#define OUTLAY_LIMIT_TRANSLATION 3000   /* a quote's translation can run longer */
#define OUTLAY_LIMIT_MARKS          8

/* The deepest nesting of arrays and objects: a dataset's deepest path is
 * 5 (the top level, facts, a fact, its citations, a citation). */
#define OUTLAY_LIMIT_DEPTH         64

typedef struct
{
  guint line;
  guint column;
} OutlayLoaderPosition;

/* The memory a load takes beyond the file's own bytes, per byte of the
 * file: read while parsed, and parsed whole (a file the facts cannot be
 * read from while parsed, and the second parse that places a fault).
 * The worst cases bench/outlay-bench-load measures, facts of short texts
 * written compactly, with a margin. */
#define OUTLAY_LOADER_MEMORY_STREAMED  3
#define OUTLAY_LOADER_MEMORY_WHOLE    25

/* Where json-glib will start the top-level "entities", "sources" and
 * "facts" arrays, counted in the order it starts arrays (from 1), as the
 * raw-text scan finds them; all 0 when the file cannot be read while it
 * is parsed (outlay-dataset-stream.c says when). */
typedef struct
{
  guint entities;
  guint sources;
  guint facts;
} OutlayLoaderLayout;

/* Reading the lists while json-glib parses them */
typedef struct
{
  OutlayLoaderLayout layout;
  guint              n_arrays;        /* arrays started so far */
  guint              depth;           /* arrays open */
  guint              entities_depth;  /* the depth of that array while it is open, else 0 */
  guint              sources_depth;
  guint              facts_depth;
  guint              n_facts;         /* facts read, and dropped from the tree */
  gboolean           entities_done;
  gboolean           sources_done;
  gboolean           stopped;         /* on a fault, or what the scan did not foresee */
} OutlayLoaderStream;

typedef enum
{
  OUTLAY_LOADER_ENTITIES,
  OUTLAY_LOADER_SOURCES,
  OUTLAY_LOADER_FACTS,
} OutlayLoaderList;

typedef struct
{
  const char    *display_name;
  OutlayLoaderStream stream;

  /* Second pass only: JsonObject or JsonArray → OutlayLoaderPosition of its start */
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
  GPtrArray     *entity_objects;  /* JsonObject of each entity and fact, */
  GPtrArray     *fact_objects;    /* to place a fault found after the walk */
  GHashTable    *entity_by_id;
  GHashTable    *source_by_id;
  GHashTable    *fact_by_id;
  GHashTable    *languages;       /* the GRefString of each language tag */
} OutlayLoader;

/* What a fault message names: 'fact "qwen-campaign-2026"' or 'facts[3]'
 * before the id is known. */
typedef struct
{
  char       *what;
  JsonObject *object;
} OutlayLoaderScope;

typedef enum
{
  OUTLAY_JSON_STRING,
  OUTLAY_JSON_NUMBER,
  OUTLAY_JSON_INTEGER,
  OUTLAY_JSON_BOOLEAN,
  OUTLAY_JSON_OBJECT,
  OUTLAY_JSON_ARRAY,
} OutlayJsonType;

char       *outlay_loader_dup_display_name (const char     *path);
guint64     outlay_loader_get_memory_available (void);
gboolean    outlay_loader_check_memory   (const char         *display_name,
                                          guint64             file_size,
                                          guint64             needed,
                                          GError            **error);
GBytes     *outlay_loader_read_file      (const char         *path,
                                          const char         *display_name,
                                          GError            **error);
gboolean    outlay_loader_scan           (OutlayLoader       *l,
                                          const char         *data,
                                          gsize               size,
                                          OutlayLoaderLayout *layout,
                                          GError            **error);
void        outlay_loader_stream_connect (OutlayLoader       *l,
                                          JsonParser         *parser,
                                          const OutlayLoaderLayout *layout);
void        outlay_loader_reset          (OutlayLoader       *l);
void        outlay_loader_clear_results  (OutlayLoader       *l);
void        outlay_loader_clear          (OutlayLoader       *l);
gboolean    outlay_loader_load_root      (OutlayLoader       *l,
                                          JsonNode           *root_node);
gboolean    outlay_loader_load_item      (OutlayLoader       *l,
                                          OutlayLoaderList    list,
                                          JsonArray          *array,
                                          JsonNode           *element,
                                          guint               index);
gboolean    outlay_loader_load_items     (OutlayLoader       *l,
                                          OutlayLoaderList    list,
                                          JsonArray          *array,
                                          guint               first);

gboolean    outlay_loader_fail           (OutlayLoader       *l,
                                          gconstpointer       node,
                                          int                 code,
                                          const char         *format,
                                          ...) G_GNUC_PRINTF (4, 5);
void        outlay_loader_scope_clear    (OutlayLoaderScope  *scope);
const char *outlay_loader_want_to_string (OutlayJsonType      want);
gboolean    outlay_loader_node_is        (JsonNode           *node,
                                          OutlayJsonType      want);
gboolean    outlay_loader_get_member     (OutlayLoader       *l,
                                          const OutlayLoaderScope *scope,
                                          JsonObject         *object,
                                          const char         *prefix,
                                          const char         *name,
                                          OutlayJsonType      want,
                                          gboolean            required,
                                          JsonNode          **node);
gboolean    outlay_loader_check_text     (OutlayLoader       *l,
                                          const OutlayLoaderScope *scope,
                                          JsonObject         *object,
                                          const char         *prefix,
                                          const char         *name,
                                          const char         *text,
                                          guint               max_length);
gboolean    outlay_loader_get_string     (OutlayLoader       *l,
                                          const OutlayLoaderScope *scope,
                                          JsonObject         *object,
                                          const char         *prefix,
                                          const char         *name,
                                          gboolean            required,
                                          const char        **out);
gboolean    outlay_loader_dup_string     (OutlayLoader       *l,
                                          const OutlayLoaderScope *scope,
                                          JsonObject         *object,
                                          const char         *prefix,
                                          const char         *name,
                                          gboolean            required,
                                          guint               max_length,
                                          char              **out);
gboolean    outlay_loader_get_boolean    (OutlayLoader       *l,
                                          const OutlayLoaderScope *scope,
                                          JsonObject         *object,
                                          const char         *prefix,
                                          const char         *name,
                                          gboolean           *out);
gboolean    outlay_loader_get_text       (OutlayLoader       *l,
                                          const OutlayLoaderScope *scope,
                                          JsonObject         *object,
                                          const char         *name,
                                          gboolean            required,
                                          guint               max_length,
                                          OutlayText         *text);
gboolean    outlay_loader_get_amount_number (OutlayLoader    *l,
                                          const OutlayLoaderScope *scope,
                                          JsonObject         *object,
                                          const char         *prefix,
                                          const char         *name,
                                          gboolean            required,
                                          double             *out);
gboolean    outlay_loader_get_id         (OutlayLoader       *l,
                                          OutlayLoaderScope  *scope,
                                          JsonObject         *object,
                                          const char         *kind,
                                          GHashTable         *seen,
                                          char              **out);
gboolean    outlay_loader_get_partial_date (OutlayLoader     *l,
                                          const OutlayLoaderScope *scope,
                                          JsonObject         *object,
                                          const char         *prefix,
                                          const char         *name,
                                          gboolean            required,
                                          gboolean           *present,
                                          OutlayPartialDate  *date);
gboolean    outlay_loader_get_language   (OutlayLoader       *l,
                                          const OutlayLoaderScope *scope,
                                          JsonObject         *object,
                                          const char         *prefix,
                                          char              **out);
gboolean    outlay_loader_get_string_list (OutlayLoader      *l,
                                          const OutlayLoaderScope *scope,
                                          JsonObject         *object,
                                          const char         *name,
                                          guint               max_length,
                                          char             ***out);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OutlayLoaderScope, outlay_loader_scope_clear)

G_END_DECLS

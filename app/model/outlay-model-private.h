/* outlay-model-private.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "outlay-citation.h"
#include "outlay-dataset.h"
#include "outlay-entity.h"
#include "outlay-fact.h"
#include "outlay-source.h"

G_BEGIN_DECLS

/* The loader builds the model objects field by field; nothing else in
 * the project sees these layouts. Every string and reference here is owned
 * by the object; the language tags are GRefStrings, one shared by every
 * object of that language, released with g_ref_string_release(). */

struct _OutlayEntity
{
  GObject           parent_instance;
  char             *id;
  char             *parent_id;
  OutlayText        name;
  guint32           color;       /* 0xRRGGBB */
  OutlayEntityKind  kind;
};

struct _OutlaySource
{
  GObject            parent_instance;
  char              *id;
  OutlayText         publisher;
  char              *language;    /* a GRefString */
  char              *title;
  char              *title_en;
  char              *url;
  char              *published_note;
  char             **via;
  OutlayPartialDate  published;
  gboolean           published_inferred;
};

struct _OutlayCitation
{
  GObject       parent_instance;
  OutlaySource *source;
  char         *quote;
  char         *language;         /* a GRefString */
  char         *translation;
};

struct _OutlayFact
{
  GObject            parent_instance;
  char              *id;
  OutlayEntity      *entity;
  OutlayEntity      *product;
  GArray            *conversions;  /* OutlayConversion, each holding a source ref */
  GPtrArray         *citations;    /* OutlayCitation */
  OutlayText         label;
  char              *period_note;
  char              *part_of;
  char             **total_of;
  char             **related;
  OutlayAmount       amount;
  OutlayPeriod       period;
  OutlayPartialDate  announced;
  guint              has_amount : 1;
  guint              has_announced : 1;
  OutlayFactKind     kind;
  OutlayFactStatus   status;
};

OutlayDataset *_outlay_dataset_new (OutlayText  *title,
                                    OutlayText  *description,
                                    GPtrArray   *entities,
                                    GPtrArray   *sources,
                                    GPtrArray   *facts,
                                    GHashTable  *entity_by_id,
                                    GHashTable  *source_by_id,
                                    GHashTable  *fact_by_id);

/* For tests: called with the path once the file is open and its size
 * known, just before its contents are read, so that a test can change the
 * file at the worst moment. */
typedef void (*OutlayDatasetReadHook) (const char *path);

void _outlay_dataset_set_read_hook (OutlayDatasetReadHook hook);

/* For tests: the memory loads may take, in bytes, instead of what the
 * system says; 0 for what the system says. */
void _outlay_dataset_set_memory_available (guint64 bytes);

G_END_DECLS

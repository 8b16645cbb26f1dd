/* outlay-dataset.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "outlay-model-private.h"

struct _OutlayDataset
{
  GObject     parent_instance;
  OutlayText  title;
  OutlayText  description;
  GListStore *entities;
  GListStore *sources;
  GListStore *facts;
  GHashTable *entity_by_id;
  GHashTable *source_by_id;
  GHashTable *fact_by_id;
};

G_DEFINE_FINAL_TYPE (OutlayDataset, outlay_dataset, G_TYPE_OBJECT)

G_DEFINE_QUARK (outlay-dataset-error-quark, outlay_dataset_error)

enum {
  PROP_0,
  PROP_TITLE_EN,
  PROP_TITLE_AR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
outlay_dataset_dispose (GObject *object)
{
  OutlayDataset *self = (OutlayDataset *)object;

  g_clear_pointer (&self->entity_by_id, g_hash_table_unref);
  g_clear_pointer (&self->source_by_id, g_hash_table_unref);
  g_clear_pointer (&self->fact_by_id, g_hash_table_unref);
  g_clear_object (&self->facts);
  g_clear_object (&self->sources);
  g_clear_object (&self->entities);

  G_OBJECT_CLASS (outlay_dataset_parent_class)->dispose (object);
}

static void
outlay_dataset_finalize (GObject *object)
{
  OutlayDataset *self = (OutlayDataset *)object;

  outlay_text_clear (&self->title);
  outlay_text_clear (&self->description);

  G_OBJECT_CLASS (outlay_dataset_parent_class)->finalize (object);
}

static void
outlay_dataset_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OutlayDataset *self = OUTLAY_DATASET (object);

  switch (prop_id)
    {
    case PROP_TITLE_EN:
      g_value_set_string (value, self->title.en);
      break;
    case PROP_TITLE_AR:
      g_value_set_string (value, self->title.ar);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outlay_dataset_class_init (OutlayDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = outlay_dataset_dispose;
  object_class->finalize = outlay_dataset_finalize;
  object_class->get_property = outlay_dataset_get_property;

  properties[PROP_TITLE_EN] =
    g_param_spec_string ("title-en", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE_AR] =
    g_param_spec_string ("title-ar", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
outlay_dataset_init (OutlayDataset *self)
{
}

static GListStore *
list_store_new_from_array (GType      type,
                           GPtrArray *items)
{
  GListStore *store = g_list_store_new (type);

  /* One splice rather than an append per item: a GListStore append costs a
   * tree insertion and an items-changed emission each time. */
  g_list_store_splice (store, 0, 0, items->pdata, items->len);

  return store;
}

/* Takes ownership of the texts' strings and of the hash tables; the arrays
 * are only read. */
OutlayDataset *
_outlay_dataset_new (OutlayText *title,
                     OutlayText *description,
                     GPtrArray  *entities,
                     GPtrArray  *sources,
                     GPtrArray  *facts,
                     GHashTable *entity_by_id,
                     GHashTable *source_by_id,
                     GHashTable *fact_by_id)
{
  OutlayDataset *self = g_object_new (OUTLAY_TYPE_DATASET, NULL);

  self->title = *title;
  self->description = *description;
  *title = (OutlayText) { NULL, NULL };
  *description = (OutlayText) { NULL, NULL };

  self->entities = list_store_new_from_array (OUTLAY_TYPE_ENTITY, entities);
  self->sources = list_store_new_from_array (OUTLAY_TYPE_SOURCE, sources);
  self->facts = list_store_new_from_array (OUTLAY_TYPE_FACT, facts);
  self->entity_by_id = entity_by_id;
  self->source_by_id = source_by_id;
  self->fact_by_id = fact_by_id;

  return self;
}

const char *
outlay_dataset_get_title (OutlayDataset *self,
                          const char    *language)
{
  g_return_val_if_fail (OUTLAY_IS_DATASET (self), NULL);

  return outlay_text_get (&self->title, language);
}

/**
 * outlay_dataset_get_description:
 * @self: a dataset
 * @language: the data language
 *
 * Returns: (nullable): the dataset's description
 */
const char *
outlay_dataset_get_description (OutlayDataset *self,
                                const char    *language)
{
  g_return_val_if_fail (OUTLAY_IS_DATASET (self), NULL);

  return outlay_text_get (&self->description, language);
}

/**
 * outlay_dataset_get_entities:
 * @self: a dataset
 *
 * Returns: (transfer none): a list model of #OutlayEntity, in file order
 */
GListModel *
outlay_dataset_get_entities (OutlayDataset *self)
{
  g_return_val_if_fail (OUTLAY_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->entities);
}

/**
 * outlay_dataset_get_sources:
 * @self: a dataset
 *
 * Returns: (transfer none): a list model of #OutlaySource, in file order
 */
GListModel *
outlay_dataset_get_sources (OutlayDataset *self)
{
  g_return_val_if_fail (OUTLAY_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->sources);
}

/**
 * outlay_dataset_get_facts:
 * @self: a dataset
 *
 * Returns: (transfer none): a list model of #OutlayFact, in file order
 */
GListModel *
outlay_dataset_get_facts (OutlayDataset *self)
{
  g_return_val_if_fail (OUTLAY_IS_DATASET (self), NULL);

  return G_LIST_MODEL (self->facts);
}

/**
 * outlay_dataset_lookup_entity:
 * @self: a dataset
 * @id: an entity id
 *
 * Returns: (transfer none) (nullable): the entity with @id
 */
OutlayEntity *
outlay_dataset_lookup_entity (OutlayDataset *self,
                              const char    *id)
{
  g_return_val_if_fail (OUTLAY_IS_DATASET (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->entity_by_id, id) : NULL;
}

/**
 * outlay_dataset_lookup_source:
 * @self: a dataset
 * @id: a source id
 *
 * Returns: (transfer none) (nullable): the source with @id
 */
OutlaySource *
outlay_dataset_lookup_source (OutlayDataset *self,
                              const char    *id)
{
  g_return_val_if_fail (OUTLAY_IS_DATASET (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->source_by_id, id) : NULL;
}

/**
 * outlay_dataset_lookup_fact:
 * @self: a dataset
 * @id: a fact id
 *
 * Returns: (transfer none) (nullable): the fact with @id
 */
OutlayFact *
outlay_dataset_lookup_fact (OutlayDataset *self,
                            const char    *id)
{
  g_return_val_if_fail (OUTLAY_IS_DATASET (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->fact_by_id, id) : NULL;
}

/**
 * outlay_dataset_dup_summary:
 * @self: a dataset
 *
 * Returns: (transfer full): a one-line summary: the counts of entities,
 *   sources, facts and, of the facts, events
 */
char *
outlay_dataset_dup_summary (OutlayDataset *self)
{
  GListModel *facts;
  guint n_facts, n_events = 0;
  guint n_entities, n_sources;
  g_autofree char *entities = NULL;
  g_autofree char *sources = NULL;
  g_autofree char *facts_text = NULL;
  g_autofree char *figures = NULL;
  g_autofree char *events = NULL;

  g_return_val_if_fail (OUTLAY_IS_DATASET (self), NULL);

  facts = G_LIST_MODEL (self->facts);
  n_facts = g_list_model_get_n_items (facts);
  n_entities = g_list_model_get_n_items (G_LIST_MODEL (self->entities));
  n_sources = g_list_model_get_n_items (G_LIST_MODEL (self->sources));

  for (guint i = 0; i < n_facts; i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (facts, i);

      if (outlay_fact_get_kind (fact) == OUTLAY_FACT_EVENT)
        n_events++;
    }

  entities = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entity", "%u entities", n_entities),
                              n_entities);
  sources = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source", "%u sources", n_sources),
                             n_sources);
  facts_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u fact", "%u facts", n_facts),
                                n_facts);
  figures = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u figure", "%u figures",
                                          n_facts - n_events),
                             n_facts - n_events);
  events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", n_events),
                            n_events);

  /* Translators: a summary of a dataset, each %s a count of things:
   * "19 entities, 5 sources, 36 facts (20 figures, 16 events)" */
  return g_strdup_printf (_("%s, %s, %s (%s, %s)"), entities, sources, facts_text, figures, events);
}

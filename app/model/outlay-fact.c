/* outlay-fact.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "outlay-model-private.h"

G_DEFINE_FINAL_TYPE (OutlayFact, outlay_fact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ENTITY,
  PROP_LABEL_EN,
  PROP_LABEL_AR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const kind_names[] = {
  [OUTLAY_FACT_CAPEX] = "capex",
  [OUTLAY_FACT_INVESTMENT] = "investment",
  [OUTLAY_FACT_CAMPAIGN_BUDGET] = "campaign-budget",
  [OUTLAY_FACT_PRIZE] = "prize",
  [OUTLAY_FACT_REVENUE] = "revenue",
  [OUTLAY_FACT_IPO_PROCEEDS] = "ipo-proceeds",
  [OUTLAY_FACT_MARKET_SHARE] = "market-share",
  [OUTLAY_FACT_SHARE_PRICE_CHANGE] = "share-price-change",
  [OUTLAY_FACT_DOWNLOADS] = "downloads",
  [OUTLAY_FACT_MODEL_COUNT] = "model-count",
  [OUTLAY_FACT_FORECAST] = "forecast",
  [OUTLAY_FACT_EVENT] = "event",
};

/* What the user reads: the table's Kind column and the like */
static const char * const kind_labels[] = {
  /* Translators: kinds of facts, as the table's Kind column lists them */
  [OUTLAY_FACT_CAPEX] = N_("Capital spending"),
  [OUTLAY_FACT_INVESTMENT] = N_("Investment"),
  [OUTLAY_FACT_CAMPAIGN_BUDGET] = N_("Campaign budget"),
  [OUTLAY_FACT_PRIZE] = N_("Prize"),
  [OUTLAY_FACT_REVENUE] = N_("Revenue"),
  [OUTLAY_FACT_IPO_PROCEEDS] = N_("IPO proceeds"),
  [OUTLAY_FACT_MARKET_SHARE] = N_("Market share"),
  [OUTLAY_FACT_SHARE_PRICE_CHANGE] = N_("Share price change"),
  [OUTLAY_FACT_DOWNLOADS] = N_("Downloads"),
  [OUTLAY_FACT_MODEL_COUNT] = N_("Models released"),
  [OUTLAY_FACT_FORECAST] = N_("Forecast"),
  [OUTLAY_FACT_EVENT] = N_("Event"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (kind_labels) == G_N_ELEMENTS (kind_names));

static const char * const status_names[] = {
  [OUTLAY_FACT_ACTUAL] = "actual",
  [OUTLAY_FACT_PLANNED] = "planned",
  [OUTLAY_FACT_EXPECTED] = "expected",
};

static void
outlay_fact_dispose (GObject *object)
{
  OutlayFact *self = (OutlayFact *)object;

  g_clear_object (&self->entity);
  g_clear_object (&self->product);
  g_clear_pointer (&self->citations, g_ptr_array_unref);

  if (self->conversions != NULL)
    {
      for (guint i = 0; i < self->conversions->len; i++)
        g_clear_object (&g_array_index (self->conversions, OutlayConversion, i).source);
      g_clear_pointer (&self->conversions, g_array_unref);
    }

  G_OBJECT_CLASS (outlay_fact_parent_class)->dispose (object);
}

static void
outlay_fact_finalize (GObject *object)
{
  OutlayFact *self = (OutlayFact *)object;

  g_clear_pointer (&self->id, g_free);
  outlay_text_clear (&self->label);
  g_clear_pointer (&self->period_note, g_free);
  g_clear_pointer (&self->part_of, g_free);
  g_clear_pointer (&self->total_of, g_strfreev);
  g_clear_pointer (&self->related, g_strfreev);

  G_OBJECT_CLASS (outlay_fact_parent_class)->finalize (object);
}

static void
outlay_fact_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OutlayFact *self = OUTLAY_FACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_ENTITY:
      g_value_set_object (value, self->entity);
      break;
    case PROP_LABEL_EN:
      g_value_set_string (value, self->label.en);
      break;
    case PROP_LABEL_AR:
      g_value_set_string (value, self->label.ar);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outlay_fact_class_init (OutlayFactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = outlay_fact_dispose;
  object_class->finalize = outlay_fact_finalize;
  object_class->get_property = outlay_fact_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENTITY] =
    g_param_spec_object ("entity", NULL, NULL, OUTLAY_TYPE_ENTITY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL_EN] =
    g_param_spec_string ("label-en", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL_AR] =
    g_param_spec_string ("label-ar", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
outlay_fact_init (OutlayFact *self)
{
}

const char *
outlay_fact_get_id (OutlayFact *self)
{
  g_return_val_if_fail (OUTLAY_IS_FACT (self), NULL);

  return self->id;
}

OutlayFactKind
outlay_fact_get_kind (OutlayFact *self)
{
  g_return_val_if_fail (OUTLAY_IS_FACT (self), 0);

  return self->kind;
}

OutlayFactStatus
outlay_fact_get_status (OutlayFact *self)
{
  g_return_val_if_fail (OUTLAY_IS_FACT (self), 0);

  return self->status;
}

/**
 * outlay_fact_get_entity:
 * @self: a fact
 *
 * Returns: (transfer none): whose figure or event this is
 */
OutlayEntity *
outlay_fact_get_entity (OutlayFact *self)
{
  g_return_val_if_fail (OUTLAY_IS_FACT (self), NULL);

  return self->entity;
}

/**
 * outlay_fact_get_product:
 * @self: a fact
 *
 * Returns: (transfer none) (nullable): the product concerned
 */
OutlayEntity *
outlay_fact_get_product (OutlayFact *self)
{
  g_return_val_if_fail (OUTLAY_IS_FACT (self), NULL);

  return self->product;
}

/**
 * outlay_fact_get_amount:
 * @self: a fact
 *
 * Returns: (nullable): the figure as its first source states it, or %NULL
 *   for an event
 */
const OutlayAmount *
outlay_fact_get_amount (OutlayFact *self)
{
  g_return_val_if_fail (OUTLAY_IS_FACT (self), NULL);

  return self->has_amount ? &self->amount : NULL;
}

/**
 * outlay_fact_get_conversions:
 * @self: a fact
 * @n_conversions: (out): where to store the number of conversions
 *
 * Returns: (array length=n_conversions) (nullable): the conversions of the
 *   amount that sources stated, in dataset order
 */
const OutlayConversion *
outlay_fact_get_conversions (OutlayFact *self,
                             guint      *n_conversions)
{
  g_return_val_if_fail (OUTLAY_IS_FACT (self), NULL);
  g_return_val_if_fail (n_conversions != NULL, NULL);

  if (self->conversions == NULL)
    {
      *n_conversions = 0;
      return NULL;
    }

  *n_conversions = self->conversions->len;
  return (const OutlayConversion *)(gpointer)self->conversions->data;
}

const OutlayPeriod *
outlay_fact_get_period (OutlayFact *self)
{
  g_return_val_if_fail (OUTLAY_IS_FACT (self), NULL);

  return &self->period;
}

const char *
outlay_fact_get_period_note (OutlayFact *self)
{
  g_return_val_if_fail (OUTLAY_IS_FACT (self), NULL);

  return self->period_note;
}

/**
 * outlay_fact_get_announced:
 * @self: a fact
 *
 * Returns: (nullable): when the figure was made public, if known
 */
const OutlayPartialDate *
outlay_fact_get_announced (OutlayFact *self)
{
  g_return_val_if_fail (OUTLAY_IS_FACT (self), NULL);

  return self->has_announced ? &self->announced : NULL;
}

const char *
outlay_fact_get_label (OutlayFact *self,
                       const char *language)
{
  g_return_val_if_fail (OUTLAY_IS_FACT (self), NULL);

  return outlay_text_get (&self->label, language);
}

guint
outlay_fact_get_n_citations (OutlayFact *self)
{
  g_return_val_if_fail (OUTLAY_IS_FACT (self), 0);

  return self->citations->len;
}

/**
 * outlay_fact_get_citation:
 * @self: a fact
 * @position: index of the citation
 *
 * Returns: (transfer none): the citation at @position
 */
OutlayCitation *
outlay_fact_get_citation (OutlayFact *self,
                          guint       position)
{
  g_return_val_if_fail (OUTLAY_IS_FACT (self), NULL);
  g_return_val_if_fail (position < self->citations->len, NULL);

  return g_ptr_array_index (self->citations, position);
}

/**
 * outlay_fact_get_part_of:
 * @self: a fact
 *
 * Returns: (nullable): the id of the fact whose figure this one is part of
 */
const char *
outlay_fact_get_part_of (OutlayFact *self)
{
  g_return_val_if_fail (OUTLAY_IS_FACT (self), NULL);

  return self->part_of;
}

/**
 * outlay_fact_get_total_of:
 * @self: a fact
 *
 * Returns: (array zero-terminated=1) (nullable): the ids of the facts
 *   this figure is the stated total of
 */
const char * const *
outlay_fact_get_total_of (OutlayFact *self)
{
  g_return_val_if_fail (OUTLAY_IS_FACT (self), NULL);

  return (const char * const *)self->total_of;
}

/**
 * outlay_fact_get_related:
 * @self: a fact
 *
 * Returns: (array zero-terminated=1) (nullable): the ids of other facts
 *   about the same thing
 */
const char * const *
outlay_fact_get_related (OutlayFact *self)
{
  g_return_val_if_fail (OUTLAY_IS_FACT (self), NULL);

  return (const char * const *)self->related;
}

gboolean
outlay_fact_cites_source (OutlayFact *self,
                          const char *source_id)
{
  g_return_val_if_fail (OUTLAY_IS_FACT (self), FALSE);

  for (guint i = 0; i < self->citations->len; i++)
    {
      OutlayCitation *citation = g_ptr_array_index (self->citations, i);

      if (g_strcmp0 (outlay_source_get_id (outlay_citation_get_source (citation)), source_id) == 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * outlay_fact_is_filtered_out:
 * @self: a fact
 * @hidden_entities: (nullable): ids of the entities left out
 * @hidden_kinds: the kinds left out, as bits `1 << OutlayFactKind`
 *
 * The one filter rule of the charts and the table.
 *
 * Returns: %TRUE if @self's kind or entity is left out
 */
gboolean
outlay_fact_is_filtered_out (OutlayFact         *self,
                             const char * const *hidden_entities,
                             guint               hidden_kinds)
{
  g_return_val_if_fail (OUTLAY_IS_FACT (self), FALSE);

  if (hidden_kinds & (1u << self->kind))
    return TRUE;

  return hidden_entities != NULL &&
         g_strv_contains (hidden_entities, outlay_entity_get_id (self->entity));
}

const char *
outlay_fact_kind_to_string (OutlayFactKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_names), NULL);

  return kind_names[kind];
}

/**
 * outlay_fact_kind_get_label:
 * @kind: a fact kind
 *
 * Returns: the name of @kind for people, translated
 */
const char *
outlay_fact_kind_get_label (OutlayFactKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_labels), NULL);

  return _(kind_labels[kind]);
}

gboolean
outlay_fact_kind_from_string (const char     *text,
                              OutlayFactKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    {
      if (g_strcmp0 (text, kind_names[i]) == 0)
        {
          *kind = (OutlayFactKind)i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * outlay_fact_kind_is_money:
 * @kind: a fact kind
 *
 * Returns: %TRUE if facts of @kind state an amount of money
 */
gboolean
outlay_fact_kind_is_money (OutlayFactKind kind)
{
  switch (kind)
    {
    case OUTLAY_FACT_CAPEX:
    case OUTLAY_FACT_INVESTMENT:
    case OUTLAY_FACT_CAMPAIGN_BUDGET:
    case OUTLAY_FACT_PRIZE:
    case OUTLAY_FACT_REVENUE:
    case OUTLAY_FACT_IPO_PROCEEDS:
      return TRUE;
    case OUTLAY_FACT_MARKET_SHARE:
    case OUTLAY_FACT_SHARE_PRICE_CHANGE:
    case OUTLAY_FACT_DOWNLOADS:
    case OUTLAY_FACT_MODEL_COUNT:
    case OUTLAY_FACT_FORECAST:
    case OUTLAY_FACT_EVENT:
    default:
      return FALSE;
    }
}

const char *
outlay_fact_status_to_string (OutlayFactStatus status)
{
  g_return_val_if_fail (status < G_N_ELEMENTS (status_names), NULL);

  return status_names[status];
}

gboolean
outlay_fact_status_from_string (const char       *text,
                                OutlayFactStatus *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    {
      if (g_strcmp0 (text, status_names[i]) == 0)
        {
          *status = (OutlayFactStatus)i;
          return TRUE;
        }
    }

  return FALSE;
}

/* outlay-citation.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "outlay-model-private.h"

G_DEFINE_FINAL_TYPE (OutlayCitation, outlay_citation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SOURCE,
  PROP_QUOTE,
  PROP_LANGUAGE,
  PROP_TRANSLATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
outlay_citation_dispose (GObject *object)
{
  OutlayCitation *self = (OutlayCitation *)object;

  g_clear_object (&self->source);

  G_OBJECT_CLASS (outlay_citation_parent_class)->dispose (object);
}

static void
outlay_citation_finalize (GObject *object)
{
  OutlayCitation *self = (OutlayCitation *)object;

  g_clear_pointer (&self->quote, g_free);
  g_clear_pointer (&self->language, g_ref_string_release);
  g_clear_pointer (&self->translation, g_free);

  G_OBJECT_CLASS (outlay_citation_parent_class)->finalize (object);
}

static void
outlay_citation_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OutlayCitation *self = OUTLAY_CITATION (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      g_value_set_object (value, self->source);
      break;
    case PROP_QUOTE:
      g_value_set_string (value, self->quote);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_TRANSLATION:
      g_value_set_string (value, self->translation);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outlay_citation_class_init (OutlayCitationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = outlay_citation_dispose;
  object_class->finalize = outlay_citation_finalize;
  object_class->get_property = outlay_citation_get_property;

  properties[PROP_SOURCE] =
    g_param_spec_object ("source", NULL, NULL, OUTLAY_TYPE_SOURCE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUOTE] =
    g_param_spec_string ("quote", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRANSLATION] =
    g_param_spec_string ("translation", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
outlay_citation_init (OutlayCitation *self)
{
}

/**
 * outlay_citation_get_source:
 * @self: a citation
 *
 * Returns: (transfer none): the source quoted
 */
OutlaySource *
outlay_citation_get_source (OutlayCitation *self)
{
  g_return_val_if_fail (OUTLAY_IS_CITATION (self), NULL);

  return self->source;
}

/**
 * outlay_citation_get_quote:
 * @self: a citation
 *
 * Returns: (transfer none): the quoted sentence, as printed, in the
 *   language outlay_citation_get_language() names
 */
const char *
outlay_citation_get_quote (OutlayCitation *self)
{
  g_return_val_if_fail (OUTLAY_IS_CITATION (self), NULL);

  return self->quote;
}

const char *
outlay_citation_get_language (OutlayCitation *self)
{
  g_return_val_if_fail (OUTLAY_IS_CITATION (self), NULL);

  return self->language;
}

const char *
outlay_citation_get_translation (OutlayCitation *self)
{
  g_return_val_if_fail (OUTLAY_IS_CITATION (self), NULL);

  return self->translation;
}

/* outlay-source.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "outlay-model-private.h"

G_DEFINE_FINAL_TYPE (OutlaySource, outlay_source, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PUBLISHER_EN,
  PROP_PUBLISHER_AR,
  PROP_TITLE,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
outlay_source_finalize (GObject *object)
{
  OutlaySource *self = (OutlaySource *)object;

  g_clear_pointer (&self->id, g_free);
  outlay_text_clear (&self->publisher);
  g_clear_pointer (&self->language, g_ref_string_release);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->title_en, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->published_note, g_free);
  g_clear_pointer (&self->via, g_strfreev);

  G_OBJECT_CLASS (outlay_source_parent_class)->finalize (object);
}

static void
outlay_source_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OutlaySource *self = OUTLAY_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_PUBLISHER_EN:
      g_value_set_string (value, self->publisher.en);
      break;
    case PROP_PUBLISHER_AR:
      g_value_set_string (value, self->publisher.ar);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outlay_source_class_init (OutlaySourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = outlay_source_finalize;
  object_class->get_property = outlay_source_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PUBLISHER_EN] =
    g_param_spec_string ("publisher-en", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PUBLISHER_AR] =
    g_param_spec_string ("publisher-ar", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
outlay_source_init (OutlaySource *self)
{
}

const char *
outlay_source_get_id (OutlaySource *self)
{
  g_return_val_if_fail (OUTLAY_IS_SOURCE (self), NULL);

  return self->id;
}

/**
 * outlay_source_get_publisher:
 * @self: a source
 * @language: the data language, "en" or "ar"
 *
 * Returns: (transfer none): the publisher's name in @language
 */
const char *
outlay_source_get_publisher (OutlaySource *self,
                             const char   *language)
{
  g_return_val_if_fail (OUTLAY_IS_SOURCE (self), NULL);

  return outlay_text_get (&self->publisher, language);
}

const OutlayPartialDate *
outlay_source_get_published (OutlaySource *self)
{
  g_return_val_if_fail (OUTLAY_IS_SOURCE (self), NULL);

  return &self->published;
}

/**
 * outlay_source_get_published_inferred:
 * @self: a source
 *
 * Returns: %TRUE when the article does not print its date and the dataset
 *   resolved it from context; outlay_source_get_published_note() says how
 */
gboolean
outlay_source_get_published_inferred (OutlaySource *self)
{
  g_return_val_if_fail (OUTLAY_IS_SOURCE (self), FALSE);

  return self->published_inferred;
}

const char *
outlay_source_get_published_note (OutlaySource *self)
{
  g_return_val_if_fail (OUTLAY_IS_SOURCE (self), NULL);

  return self->published_note;
}

const char *
outlay_source_get_language (OutlaySource *self)
{
  g_return_val_if_fail (OUTLAY_IS_SOURCE (self), NULL);

  return self->language;
}

const char *
outlay_source_get_title (OutlaySource *self)
{
  g_return_val_if_fail (OUTLAY_IS_SOURCE (self), NULL);

  return self->title;
}

const char *
outlay_source_get_title_en (OutlaySource *self)
{
  g_return_val_if_fail (OUTLAY_IS_SOURCE (self), NULL);

  return self->title_en;
}

/**
 * outlay_source_get_via:
 * @self: a source
 *
 * Returns: (transfer none) (array zero-terminated=1) (nullable): the
 *   agencies the article cites for its figures
 */
const char * const *
outlay_source_get_via (OutlaySource *self)
{
  g_return_val_if_fail (OUTLAY_IS_SOURCE (self), NULL);

  return (const char * const *)self->via;
}

const char *
outlay_source_get_url (OutlaySource *self)
{
  g_return_val_if_fail (OUTLAY_IS_SOURCE (self), NULL);

  return self->url;
}

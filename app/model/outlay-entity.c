/* outlay-entity.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "outlay-model-private.h"

G_DEFINE_FINAL_TYPE (OutlayEntity, outlay_entity, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME_EN,
  PROP_NAME_AR,
  PROP_COLOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const kind_names[] = {
  [OUTLAY_ENTITY_COMPANY] = "company",
  [OUTLAY_ENTITY_PRODUCT] = "product",
  [OUTLAY_ENTITY_GOVERNMENT] = "government",
  [OUTLAY_ENTITY_ORGANIZATION] = "organization",
  [OUTLAY_ENTITY_GROUP] = "group",
};

static void
outlay_entity_finalize (GObject *object)
{
  OutlayEntity *self = (OutlayEntity *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->parent_id, g_free);
  outlay_text_clear (&self->name);

  G_OBJECT_CLASS (outlay_entity_parent_class)->finalize (object);
}

static void
outlay_entity_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OutlayEntity *self = OUTLAY_ENTITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME_EN:
      g_value_set_string (value, self->name.en);
      break;
    case PROP_NAME_AR:
      g_value_set_string (value, self->name.ar);
      break;
    case PROP_COLOR:
      g_value_set_uint (value, self->color);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outlay_entity_class_init (OutlayEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = outlay_entity_finalize;
  object_class->get_property = outlay_entity_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME_EN] =
    g_param_spec_string ("name-en", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME_AR] =
    g_param_spec_string ("name-ar", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLOR] =
    g_param_spec_uint ("color", NULL, NULL, 0, 0xffffff, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
outlay_entity_init (OutlayEntity *self)
{
}

const char *
outlay_entity_get_id (OutlayEntity *self)
{
  g_return_val_if_fail (OUTLAY_IS_ENTITY (self), NULL);

  return self->id;
}

OutlayEntityKind
outlay_entity_get_kind (OutlayEntity *self)
{
  g_return_val_if_fail (OUTLAY_IS_ENTITY (self), 0);

  return self->kind;
}

/**
 * outlay_entity_get_name:
 * @self: an entity
 * @language: the data language, "en" or "ar"
 *
 * Returns: (transfer none): the entity's name in @language
 */
const char *
outlay_entity_get_name (OutlayEntity *self,
                        const char   *language)
{
  g_return_val_if_fail (OUTLAY_IS_ENTITY (self), NULL);

  return outlay_text_get (&self->name, language);
}

/**
 * outlay_entity_get_color:
 * @self: an entity
 *
 * Returns: the entity's colour as 0xRRGGBB
 */
guint32
outlay_entity_get_color (OutlayEntity *self)
{
  g_return_val_if_fail (OUTLAY_IS_ENTITY (self), 0);

  return self->color;
}

/**
 * outlay_entity_get_parent_id:
 * @self: an entity
 *
 * Returns: (nullable): the id of the entity that owns this one, such as a
 *   product's company
 */
const char *
outlay_entity_get_parent_id (OutlayEntity *self)
{
  g_return_val_if_fail (OUTLAY_IS_ENTITY (self), NULL);

  return self->parent_id;
}

const char *
outlay_entity_kind_to_string (OutlayEntityKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_names), NULL);

  return kind_names[kind];
}

gboolean
outlay_entity_kind_from_string (const char       *text,
                                OutlayEntityKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    {
      if (g_strcmp0 (text, kind_names[i]) == 0)
        {
          *kind = (OutlayEntityKind)i;
          return TRUE;
        }
    }

  return FALSE;
}

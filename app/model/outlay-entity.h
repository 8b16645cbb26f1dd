/* outlay-entity.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "outlay-types.h"

G_BEGIN_DECLS

/**
 * OutlayEntityKind:
 * @OUTLAY_ENTITY_COMPANY: a company
 * @OUTLAY_ENTITY_PRODUCT: a product of a company
 * @OUTLAY_ENTITY_GOVERNMENT: a government
 * @OUTLAY_ENTITY_ORGANIZATION: any other organization
 * @OUTLAY_ENTITY_GROUP: several entities taken together
 */
typedef enum
{
  OUTLAY_ENTITY_COMPANY,
  OUTLAY_ENTITY_PRODUCT,
  OUTLAY_ENTITY_GOVERNMENT,
  OUTLAY_ENTITY_ORGANIZATION,
  OUTLAY_ENTITY_GROUP,
} OutlayEntityKind;

#define OUTLAY_TYPE_ENTITY (outlay_entity_get_type())

G_DECLARE_FINAL_TYPE (OutlayEntity, outlay_entity, OUTLAY, ENTITY, GObject)

const char       *outlay_entity_get_id        (OutlayEntity *self);
OutlayEntityKind  outlay_entity_get_kind      (OutlayEntity *self);
const char       *outlay_entity_get_name      (OutlayEntity *self,
                                               const char   *language);
guint32           outlay_entity_get_color     (OutlayEntity *self);
const char       *outlay_entity_get_parent_id (OutlayEntity *self);

const char       *outlay_entity_kind_to_string   (OutlayEntityKind  kind);
gboolean          outlay_entity_kind_from_string (const char       *text,
                                                  OutlayEntityKind *kind);

G_END_DECLS

/* outlay-source.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "outlay-partial-date.h"
#include "outlay-types.h"

G_BEGIN_DECLS

#define OUTLAY_TYPE_SOURCE (outlay_source_get_type())

G_DECLARE_FINAL_TYPE (OutlaySource, outlay_source, OUTLAY, SOURCE, GObject)

const char               *outlay_source_get_id                 (OutlaySource *self);
const char               *outlay_source_get_publisher          (OutlaySource *self,
                                                                const char   *language);
const OutlayPartialDate  *outlay_source_get_published          (OutlaySource *self);
gboolean                  outlay_source_get_published_inferred (OutlaySource *self);
const char               *outlay_source_get_published_note     (OutlaySource *self);
const char               *outlay_source_get_language           (OutlaySource *self);
const char               *outlay_source_get_title              (OutlaySource *self);
const char               *outlay_source_get_title_en           (OutlaySource *self);
const char * const       *outlay_source_get_via                (OutlaySource *self);
const char               *outlay_source_get_url                (OutlaySource *self);

G_END_DECLS

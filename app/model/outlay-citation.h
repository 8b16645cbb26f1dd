/* outlay-citation.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "outlay-types.h"

G_BEGIN_DECLS

#define OUTLAY_TYPE_CITATION (outlay_citation_get_type())

G_DECLARE_FINAL_TYPE (OutlayCitation, outlay_citation, OUTLAY, CITATION, GObject)

OutlaySource *outlay_citation_get_source      (OutlayCitation *self);
const char   *outlay_citation_get_quote       (OutlayCitation *self);
const char   *outlay_citation_get_language    (OutlayCitation *self);
const char   *outlay_citation_get_translation (OutlayCitation *self);

G_END_DECLS

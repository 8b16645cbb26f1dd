/* outlay-fact-panel.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "outlay-fact.h"

G_BEGIN_DECLS

#define OUTLAY_TYPE_FACT_PANEL (outlay_fact_panel_get_type())

G_DECLARE_FINAL_TYPE (OutlayFactPanel, outlay_fact_panel, OUTLAY, FACT_PANEL, GtkWidget)

OutlayFact *outlay_fact_panel_get_fact     (OutlayFactPanel *self);
void        outlay_fact_panel_set_fact     (OutlayFactPanel *self,
                                            OutlayFact      *fact);
void        outlay_fact_panel_set_language (OutlayFactPanel *self,
                                            const char      *language);
char       *outlay_fact_panel_dup_text     (OutlayFactPanel *self);

G_END_DECLS

/* outlay-application.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "outlay-dataset.h"

G_BEGIN_DECLS

#define OUTLAY_TYPE_APPLICATION (outlay_application_get_type())

G_DECLARE_FINAL_TYPE (OutlayApplication, outlay_application, OUTLAY, APPLICATION, AdwApplication)

OutlayApplication *outlay_application_new (OutlayDataset *dataset);

G_END_DECLS

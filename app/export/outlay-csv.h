/* outlay-csv.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "outlay-types.h"

G_BEGIN_DECLS

GBytes *outlay_csv_from_facts (GListModel *facts,
                               double      user_rate);

G_END_DECLS

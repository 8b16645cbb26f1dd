/* outlay-export-signals-private.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <signal.h>

#include <glib.h>

G_BEGIN_DECLS

void _outlay_export_signals_hold    (void);
void _outlay_export_signals_release (void);
void _outlay_export_signals_block   (sigset_t   *saved);
void _outlay_export_signals_unblock (sigset_t   *saved);
int  _outlay_export_signals_add     (const char *temp_path);
void _outlay_export_signals_remove  (int         slot);

G_END_DECLS

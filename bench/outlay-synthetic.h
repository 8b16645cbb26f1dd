/* outlay-synthetic.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Bumped whenever the generator's output changes for a given seed, so
 * that cached files made by an older generator are not reused. */
#define OUTLAY_SYNTHETIC_VERSION 2

GString  *outlay_synthetic_generate (guint        n_facts,
                                     guint32      seed);
gboolean  outlay_synthetic_write    (guint        n_facts,
                                     guint32      seed,
                                     const char  *path,
                                     GError     **error);

/* Facts of one-letter texts, written compactly: the worst case for
 * memory (outlay-synthetic-dense.c) */
#define OUTLAY_SYNTHETIC_DENSE_VERSION 1

GString  *outlay_synthetic_generate_dense (guint        n_facts);
gboolean  outlay_synthetic_write_dense    (guint        n_facts,
                                           const char  *path,
                                           GError     **error);

G_END_DECLS

/* outlay-atomic-file.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _OutlayAtomicFile OutlayAtomicFile;

OutlayAtomicFile *outlay_atomic_file_new          (const char        *path,
                                                   GError           **error);
gboolean          outlay_atomic_file_write        (OutlayAtomicFile  *self,
                                                   const void        *data,
                                                   gsize              length,
                                                   GError           **error);
gboolean          outlay_atomic_file_commit       (OutlayAtomicFile  *self,
                                                   GError           **error);
void              outlay_atomic_file_free         (OutlayAtomicFile  *self);
gboolean          outlay_atomic_file_set_contents (const char        *path,
                                                   const void        *data,
                                                   gsize              length,
                                                   GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OutlayAtomicFile, outlay_atomic_file_free)

G_END_DECLS

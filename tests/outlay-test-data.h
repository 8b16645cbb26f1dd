/* outlay-test-data.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "outlay-dataset.h"

/* The bundled dataset, as the tests' environment (tests/meson.build)
 * points to it, loaded or the test fails. */
static inline OutlayDataset *
outlay_test_load_bundled (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("OUTLAY_DATADIR"), BUNDLED_DATASET, NULL);
  g_autoptr(GError) error = NULL;
  OutlayDataset *dataset = outlay_dataset_new_from_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

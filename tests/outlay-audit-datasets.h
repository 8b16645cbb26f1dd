/* outlay-audit-datasets.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "outlay-dataset.h"

G_BEGIN_DECLS

/* Datasets made from a seed for the honesty audit: the corners a first
 * real use found (values on and near round ticks, floors and ceilings,
 * plans, parts, totals, several currencies, figures with and without a
 * stated rate, one entity or forty, long labels in both languages, facts
 * of one entity at overlapping dates). The same seed always makes the
 * same dataset, so a failure names the seed that reproduces it. */

typedef struct
{
  guint    n_entities;    /* 1 to 40 */
  guint    n_figures;     /* money facts */
  guint    n_events;
  gboolean long_labels;
  gboolean mixed_currencies;
} OutlayAuditShape;

char          *outlay_audit_dataset_json (guint32                 seed,
                                          const OutlayAuditShape *shape);
OutlayDataset *outlay_audit_dataset_new  (guint32                 seed,
                                          const OutlayAuditShape *shape);

G_END_DECLS

/* outlay-dataset.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "outlay-types.h"

G_BEGIN_DECLS

#define OUTLAY_DATASET_FORMAT "outlay-dataset"
#define OUTLAY_DATASET_VERSION 1

#define OUTLAY_DATASET_ERROR (outlay_dataset_error_quark())

/**
 * OutlayDatasetError:
 * @OUTLAY_DATASET_ERROR_READ: the file could not be read (missing,
 *   unreadable, a folder)
 * @OUTLAY_DATASET_ERROR_EMPTY: the file is empty
 * @OUTLAY_DATASET_ERROR_SYNTAX: the file is not valid JSON, not UTF-8, or
 *   nested deeper than the format allows
 * @OUTLAY_DATASET_ERROR_FORMAT: valid JSON, but not an Outlay dataset
 * @OUTLAY_DATASET_ERROR_VERSION: an Outlay dataset of a version this
 *   Outlay cannot read
 * @OUTLAY_DATASET_ERROR_MISSING_FIELD: a required field is missing
 * @OUTLAY_DATASET_ERROR_WRONG_TYPE: a field has the wrong JSON type
 * @OUTLAY_DATASET_ERROR_INVALID_VALUE: a field has a value out of its
 *   range or vocabulary (a negative amount, an unknown kind, a period
 *   that ends before it starts)
 * @OUTLAY_DATASET_ERROR_UNKNOWN_REFERENCE: an id refers to nothing
 * @OUTLAY_DATASET_ERROR_DUPLICATE_ID: two objects of a list share an id
 * @OUTLAY_DATASET_ERROR_UNSAFE_TEXT: a text holds bidi embedding,
 *   override or isolate controls, control characters, or too many
 *   combining marks on one character
 * @OUTLAY_DATASET_ERROR_TOO_LARGE: loading the file would take more
 *   memory than the computer has free
 *
 * Why a dataset file was refused. Every message names the file and, where
 * known, the line and column, the object and the field.
 */
typedef enum
{
  OUTLAY_DATASET_ERROR_READ,
  OUTLAY_DATASET_ERROR_EMPTY,
  OUTLAY_DATASET_ERROR_SYNTAX,
  OUTLAY_DATASET_ERROR_FORMAT,
  OUTLAY_DATASET_ERROR_VERSION,
  OUTLAY_DATASET_ERROR_MISSING_FIELD,
  OUTLAY_DATASET_ERROR_WRONG_TYPE,
  OUTLAY_DATASET_ERROR_INVALID_VALUE,
  OUTLAY_DATASET_ERROR_UNKNOWN_REFERENCE,
  OUTLAY_DATASET_ERROR_DUPLICATE_ID,
  OUTLAY_DATASET_ERROR_UNSAFE_TEXT,
  OUTLAY_DATASET_ERROR_TOO_LARGE,
} OutlayDatasetError;

#define OUTLAY_TYPE_DATASET (outlay_dataset_get_type())

G_DECLARE_FINAL_TYPE (OutlayDataset, outlay_dataset, OUTLAY, DATASET, GObject)

GQuark         outlay_dataset_error_quark       (void);

OutlayDataset *outlay_dataset_new_from_file     (const char    *path,
                                                 GError       **error);
OutlayDataset *outlay_dataset_new_from_bytes    (GBytes        *bytes,
                                                 const char    *display_name,
                                                 GError       **error);
const char    *outlay_dataset_get_title         (OutlayDataset *self,
                                                 const char    *language);
const char    *outlay_dataset_get_description   (OutlayDataset *self,
                                                 const char    *language);
GListModel    *outlay_dataset_get_entities      (OutlayDataset *self);
GListModel    *outlay_dataset_get_sources       (OutlayDataset *self);
GListModel    *outlay_dataset_get_facts         (OutlayDataset *self);
OutlayEntity  *outlay_dataset_lookup_entity     (OutlayDataset *self,
                                                 const char    *id);
OutlaySource  *outlay_dataset_lookup_source     (OutlayDataset *self,
                                                 const char    *id);
OutlayFact    *outlay_dataset_lookup_fact       (OutlayDataset *self,
                                                 const char    *id);
char          *outlay_dataset_dup_summary       (OutlayDataset *self);

G_END_DECLS

/* outlay-types.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _OutlayCitation OutlayCitation;
typedef struct _OutlayDataset  OutlayDataset;
typedef struct _OutlayEntity   OutlayEntity;
typedef struct _OutlayFact     OutlayFact;
typedef struct _OutlaySource   OutlaySource;

/**
 * OutlayText:
 * @en: the English text
 * @ar: the Arabic text
 *
 * A piece of text in the two languages a dataset is written in.
 */
typedef struct
{
  char *en;
  char *ar;
} OutlayText;

const char *outlay_text_get   (const OutlayText *text,
                               const char       *language);
void        outlay_text_clear (OutlayText       *text);

char       *outlay_text_dup_printable (const char *text);

G_END_DECLS

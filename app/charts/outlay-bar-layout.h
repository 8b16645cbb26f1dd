/* outlay-bar-layout.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * OutlayRect:
 *
 * A rectangle in chart units (pixels at scale 1), y growing downwards.
 */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} OutlayRect;

/**
 * OutlayValueAxis:
 * @max: the top of the axis; the bottom is always 0
 * @step: the distance between ticks, 1, 2 or 5 × 10ⁿ
 * @n_ticks: how many ticks, 0 included
 */
typedef struct
{
  double max;
  double step;
  guint  n_ticks;
} OutlayValueAxis;

void     outlay_value_axis_init    (OutlayValueAxis *axis,
                                    double           max_value,
                                    guint            max_ticks);
double   outlay_value_axis_tick    (const OutlayValueAxis *axis,
                                    guint            index);

/**
 * OutlayBarSlot:
 * @value: the bar's value, from 0
 * @part: a part of @value drawn inside the bar, or 0
 *
 * One bar to place: the input of outlay_bar_layout_place().
 */
typedef struct
{
  double value;
  double part;
} OutlayBarSlot;

/**
 * OutlayBarPlace:
 * @bar: the whole bar
 * @part: the part inside it, at its foot; empty when there is none
 * @slot: the bar's whole slot, gap included: its column for hit tests and
 *   labels
 */
typedef struct
{
  OutlayRect bar;
  OutlayRect part;
  OutlayRect slot;
} OutlayBarPlace;

void     outlay_bar_layout_place   (const OutlayRect      *plot,
                                    const OutlayValueAxis *axis,
                                    const OutlayBarSlot   *slots,
                                    guint                  n_slots,
                                    gboolean               rtl,
                                    OutlayBarPlace        *places);
double   outlay_bar_layout_value_y (const OutlayRect      *plot,
                                    const OutlayValueAxis *axis,
                                    double                 value);

G_END_DECLS

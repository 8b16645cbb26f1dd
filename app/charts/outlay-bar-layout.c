/* outlay-bar-layout.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "outlay-bar-layout.h"

/* The geometry of a bar chart as plain functions of plain values, apart
 * from any drawing, so that tests check it with no surface at all. */

/**
 * outlay_value_axis_init:
 * @axis: (out caller-allocates): the axis
 * @max_value: the largest value to show
 * @max_ticks: the most ticks wanted, 0 included
 *
 * Chooses a value axis from 0 with a round step (1, 2 or 5 × 10ⁿ) and as
 * many ticks as fit in @max_ticks, its top the first tick at or above
 * @max_value. An honest chart starts at zero: there is no other start.
 */
void
outlay_value_axis_init (OutlayValueAxis *axis,
                        double           max_value,
                        guint            max_ticks)
{
  static const double multiples[] = { 1, 2, 5, 10 };
  double magnitude;

  g_return_if_fail (axis != NULL);
  g_return_if_fail (max_ticks >= 2);

  if (!(max_value > 0) || !isfinite (max_value))
    max_value = 1;

  magnitude = pow (10, floor (log10 (max_value / (max_ticks - 1))));

  for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
    {
      double step = multiples[i] * magnitude;
      guint intervals = (guint)ceil (max_value / step - 1e-9);

      if (intervals + 1 <= max_ticks || i == G_N_ELEMENTS (multiples) - 1)
        {
          axis->step = step;
          axis->n_ticks = MAX (intervals, 1) + 1;
          axis->max = step * (axis->n_ticks - 1);
          return;
        }
    }
}

double
outlay_value_axis_tick (const OutlayValueAxis *axis,
                        guint                  index)
{
  return axis->step * index;
}

/**
 * outlay_bar_layout_value_y:
 * @plot: the plot area
 * @axis: the value axis
 * @value: a value
 *
 * Returns: the y of @value: the foot of @plot for 0, its top for the
 *   axis maximum
 */
double
outlay_bar_layout_value_y (const OutlayRect      *plot,
                           const OutlayValueAxis *axis,
                           double                 value)
{
  return plot->y + plot->height - plot->height * (value / axis->max);
}

/**
 * outlay_bar_layout_place:
 * @plot: the plot area
 * @axis: the value axis
 * @slots: (array length=n_slots): the bars, in reading order
 * @n_slots: how many
 * @rtl: whether the chart reads right to left: the first bar is then the
 *   rightmost
 * @places: (array length=n_slots) (out caller-allocates): where each goes
 *
 * Places bars side by side in equal slots across @plot, each 60 % of
 * its slot wide and as tall as its value, from the zero line.
 */
void
outlay_bar_layout_place (const OutlayRect      *plot,
                         const OutlayValueAxis *axis,
                         const OutlayBarSlot   *slots,
                         guint                  n_slots,
                         gboolean               rtl,
                         OutlayBarPlace        *places)
{
  double slot_width;
  double zero_y;

  if (n_slots == 0)
    return;

  slot_width = plot->width / n_slots;
  zero_y = plot->y + plot->height;

  for (guint i = 0; i < n_slots; i++)
    {
      OutlayBarPlace *place = &places[i];
      guint column = rtl ? n_slots - 1 - i : i;
      double bar_width = slot_width * 0.6;
      double top = outlay_bar_layout_value_y (plot, axis, MIN (slots[i].value, axis->max));

      place->slot = (OutlayRect) { plot->x + column * slot_width, plot->y, slot_width, plot->height };
      place->bar = (OutlayRect) {
        place->slot.x + (slot_width - bar_width) / 2, top, bar_width, zero_y - top,
      };

      if (slots[i].part > 0)
        {
          double part_top = outlay_bar_layout_value_y (plot, axis, MIN (slots[i].part, slots[i].value));

          place->part = (OutlayRect) {
            place->bar.x, part_top, place->bar.width, zero_y - part_top,
          };
        }
      else
        {
          place->part = (OutlayRect) { place->bar.x, zero_y, place->bar.width, 0 };
        }
    }
}

/* outlay-figure-sorter.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "outlay-figure-sorter.h"

/* Orders facts by their figures, as the charts would show them. Only
 * like with like is compared by value: money in the currency the charts
 * show (converted as they convert it), then money that could not be
 * converted (no stated rate, no rate of the user's), each currency apart,
 * then the figures that are not money, each unit apart, then the facts
 * with no figure (events). Sorting 620 M dollars among billions of yuan
 * by the bare numbers, or downloads among money, would rank them by
 * nothing the reader can see.
 *
 * "As the sources state it" converts nothing: every currency is then a
 * group of its own, in the order of their codes. */

typedef enum
{
  GROUP_SHOWN_CURRENCY,
  GROUP_NOT_CONVERTED,
  GROUP_OTHER_UNIT,
  GROUP_NO_FIGURE,
} Group;

typedef struct
{
  Group       group;
  OutlayUnit  unit;
  char        currency[4];
  double      value;
  double      max;
} SortKey;

struct _OutlayFigureSorter
{
  GtkSorter            parent_instance;
  OutlayFigureOptions  options;
  char                *currency;
};

G_DEFINE_FINAL_TYPE (OutlayFigureSorter, outlay_figure_sorter, GTK_TYPE_SORTER)

/**
 * outlay_figure_sorter_compute:
 * @self: a sorter
 * @fact: a fact
 * @figure: (out caller-allocates): the figure as the sorter ranks it
 *
 * The figure of @fact in the sorter's currency, converted as the charts
 * convert it, never per year: what a table shows and sorts by.
 *
 * Returns: %FALSE if @fact has no figure, or one that cannot be shown in
 *   the sorter's currency
 */
gboolean
outlay_figure_sorter_compute (OutlayFigureSorter *self,
                              OutlayFact         *fact,
                              OutlayFigure       *figure)
{
  g_return_val_if_fail (OUTLAY_IS_FIGURE_SORTER (self), FALSE);

  if (outlay_fact_get_amount (fact) == NULL)
    return FALSE;

  return outlay_figure_compute (fact, &self->options, figure, NULL);
}

static void
get_key (OutlayFigureSorter *self,
         OutlayFact         *fact,
         SortKey            *key)
{
  const OutlayAmount *stated = outlay_fact_get_amount (fact);
  const OutlayAmount *shown = stated;
  OutlayFigure figure;

  memset (key, 0, sizeof *key);

  if (stated == NULL)
    {
      key->group = GROUP_NO_FIGURE;
      return;
    }

  if (!outlay_amount_is_money (stated))
    key->group = GROUP_OTHER_UNIT;
  else if (outlay_figure_compute (fact, &self->options, &figure, NULL))
    {
      key->group = GROUP_SHOWN_CURRENCY;
      shown = &figure.amount;
    }
  else
    key->group = GROUP_NOT_CONVERTED;

  key->unit = shown->unit;
  memcpy (key->currency, shown->currency, sizeof key->currency);
  key->value = shown->value;
  key->max = shown->max;
}

static int
compare_doubles (double a,
                 double b)
{
  return (a > b) - (a < b);
}

static GtkOrdering
outlay_figure_sorter_compare (GtkSorter *sorter,
                              gpointer   item1,
                              gpointer   item2)
{
  OutlayFigureSorter *self = OUTLAY_FIGURE_SORTER (sorter);
  SortKey a, b;
  int result;

  get_key (self, item1, &a);
  get_key (self, item2, &b);

  result = (a.group > b.group) - (a.group < b.group);
  if (result == 0 && a.group == GROUP_OTHER_UNIT)
    result = (a.unit > b.unit) - (a.unit < b.unit);
  if (result == 0 && a.group != GROUP_OTHER_UNIT)
    result = strcmp (a.currency, b.currency);
  if (result == 0)
    result = compare_doubles (a.value, b.value);
  if (result == 0)
    result = compare_doubles (a.max, b.max);

  return gtk_ordering_from_cmpfunc (result);
}

static GtkSorterOrder
outlay_figure_sorter_get_order (GtkSorter *sorter)
{
  return GTK_SORTER_ORDER_PARTIAL;
}

static void
outlay_figure_sorter_finalize (GObject *object)
{
  OutlayFigureSorter *self = (OutlayFigureSorter *)object;

  g_clear_pointer (&self->currency, g_free);

  G_OBJECT_CLASS (outlay_figure_sorter_parent_class)->finalize (object);
}

static void
outlay_figure_sorter_class_init (OutlayFigureSorterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkSorterClass *sorter_class = GTK_SORTER_CLASS (klass);

  object_class->finalize = outlay_figure_sorter_finalize;
  sorter_class->compare = outlay_figure_sorter_compare;
  sorter_class->get_order = outlay_figure_sorter_get_order;
}

static void
outlay_figure_sorter_init (OutlayFigureSorter *self)
{
  self->options.rate_mode = OUTLAY_RATE_MODE_STATED;
}

/**
 * outlay_figure_sorter_new:
 *
 * Returns: (transfer full): a sorter of facts by figure, each in the
 *   currency its sources state until outlay_figure_sorter_set_options()
 *   asks for another
 */
OutlayFigureSorter *
outlay_figure_sorter_new (void)
{
  return g_object_new (OUTLAY_TYPE_FIGURE_SORTER, NULL);
}

/**
 * outlay_figure_sorter_set_options:
 * @self: a sorter
 * @options: the charts' options: the currency, the rate mode and the
 *   user's rate. The source and per-year choices are not taken: a table
 *   lists each figure for its whole period.
 */
void
outlay_figure_sorter_set_options (OutlayFigureSorter        *self,
                                  const OutlayFigureOptions *options)
{
  g_return_if_fail (OUTLAY_IS_FIGURE_SORTER (self));
  g_return_if_fail (options != NULL);

  if (g_strcmp0 (self->currency, options->currency) == 0 &&
      self->options.rate_mode == options->rate_mode &&
      self->options.user_rate == options->user_rate)
    return;

  g_free (self->currency);
  self->currency = g_strdup (options->currency);
  self->options = (OutlayFigureOptions) {
    .currency = self->currency,
    .rate_mode = options->rate_mode,
    .user_rate = options->user_rate,
  };

  gtk_sorter_changed (GTK_SORTER (self), GTK_SORTER_CHANGE_DIFFERENT);
}

/**
 * outlay_figure_sorter_get_options:
 * @self: a sorter
 *
 * Returns: (transfer none): the options the sorter converts with
 */
const OutlayFigureOptions *
outlay_figure_sorter_get_options (OutlayFigureSorter *self)
{
  g_return_val_if_fail (OUTLAY_IS_FIGURE_SORTER (self), NULL);

  return &self->options;
}

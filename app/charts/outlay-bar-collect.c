/* outlay-bar-collect.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "outlay-bar-chart-private.h"
#include "outlay-entity.h"

/* Which facts a bar chart draws, in which order, on which axis, and which
 * it cannot draw and must say so: the part of the bar chart that reads the
 * model. Every fact the chart takes ends up in exactly one place: a bar, a
 * part inside its whole's bar, or the list of what is not shown, with the
 * reason, which the chart prints under the plot. Nothing is dropped
 * without a word.
 *
 * One pass over the facts and one sort: a chart of 100,000 figures is
 * collected in O(n log n). */

/* A money figure of the chart's kind, whether the filters hide it or not */
gboolean
outlay_bar_chart_takes (OutlayBarChart *self,
                        OutlayFact     *fact)
{
  const OutlayAmount *amount = outlay_fact_get_amount (fact);

  return outlay_fact_get_kind (fact) == self->kind &&
         amount != NULL && outlay_amount_is_money (amount);
}

static gboolean
is_shown (OutlayBarChart *self,
          OutlayFact     *fact)
{
  return fact != NULL && outlay_bar_chart_takes (self, fact) &&
         !outlay_chart_is_fact_hidden (OUTLAY_CHART (self), fact);
}

/* What bars are sorted by, computed once per bar rather than at each of
 * the n log n comparisons (a date's first and last day take a calendar
 * computation each), and packed in 32 bytes, which glibc's qsort moves
 * directly rather than through pointers:
 * - stated totals after every entity's own bars; then by entity;
 * - then by period, as partial dates order: by the first day, then the
 *   longer span first ("2025" before "Jan 2025"), so last days are kept
 *   as G_MAXUINT32 minus the day;
 * - then in the dataset's order, so that the sort is stable. */
typedef struct
{
  guint64     total_entity_start;  /* is_total:1, entity:31, start's first day:32 */
  guint64     start_last_end;      /* ~start's last day:32, end's first day:32 */
  guint64     end_last_index;      /* ~end's last day:32, position in the dataset:32 */
  OutlayFact *fact;
} SortKey;

G_STATIC_ASSERT (sizeof (SortKey) <= 32);

gsize
outlay_bar_chart_sort_key_size (void)
{
  return sizeof (SortKey);
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  const SortKey *ka = a, *kb = b;

  if (ka->total_entity_start != kb->total_entity_start)
    return ka->total_entity_start < kb->total_entity_start ? -1 : 1;
  if (ka->start_last_end != kb->start_last_end)
    return ka->start_last_end < kb->start_last_end ? -1 : 1;
  return ka->end_last_index < kb->end_last_index ? -1 : ka->end_last_index > kb->end_last_index;
}

static void
omit (OutlayBarChart    *self,
      OutlayFact        *fact,
      OutlayBarOmission  reason)
{
  OutlayBarOmitted omitted = { fact, reason };

  g_array_append_val (self->omitted, omitted);
}

static gboolean
same_unit (const OutlayAmount *a,
           const OutlayAmount *b)
{
  return a->unit == b->unit && strcmp (a->currency, b->currency) == 0;
}

/* The axis's unit. In a currency the user chose, that currency. As the
 * sources state them, the currency most of the figures are in (the first
 * in reading order on a tie): one axis has one unit, and the figures in
 * other currencies are listed, not drawn against it. */
static void
choose_axis_unit (OutlayBarChart *self)
{
  const OutlayFigureOptions *options = outlay_chart_get_figure_options (OUTLAY_CHART (self));
  g_autoptr(GHashTable) counts = NULL;
  guint best = 0;

  memset (&self->axis_unit, 0, sizeof self->axis_unit);
  self->axis_unit.unit = OUTLAY_UNIT_CURRENCY;

  if (options->currency != NULL)
    {
      g_strlcpy (self->axis_unit.currency, options->currency, sizeof self->axis_unit.currency);
      return;
    }

  counts = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < self->bars->len; i++)
    {
      OutlayBarInfo *bar = &g_array_index (self->bars, OutlayBarInfo, i);
      guint count;

      if (!bar->has_figure)
        continue;

      count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, bar->figure.amount.currency)) + 1;
      g_hash_table_insert (counts, bar->figure.amount.currency, GUINT_TO_POINTER (count));
      best = MAX (best, count);
    }

  /* The first in reading order of those most figures are in */
  for (guint i = 0; i < self->bars->len; i++)
    {
      OutlayBarInfo *bar = &g_array_index (self->bars, OutlayBarInfo, i);

      if (bar->has_figure &&
          GPOINTER_TO_UINT (g_hash_table_lookup (counts, bar->figure.amount.currency)) == best)
        {
          self->axis_unit.unit = bar->figure.amount.unit;
          g_strlcpy (self->axis_unit.currency, bar->figure.amount.currency, sizeof self->axis_unit.currency);
          break;
        }
    }
}

/* Keeps the bars that can be drawn against the axis; the others go to the
 * list of what is not shown, their parts with them. */
static void
keep_drawable (OutlayBarChart *self)
{
  guint kept = 0;

  for (guint i = 0; i < self->bars->len; i++)
    {
      OutlayBarInfo *bar = &g_array_index (self->bars, OutlayBarInfo, i);
      OutlayBarOmission reason;

      if (bar->has_figure && same_unit (&bar->figure.amount, &self->axis_unit))
        {
          if (bar->part != NULL && !same_unit (&bar->part_figure.amount, &self->axis_unit))
            {
              omit (self, bar->part, OUTLAY_BAR_OMITTED_OTHER_UNIT);
              bar->part = NULL;
            }
          g_array_index (self->bars, OutlayBarInfo, kept++) = *bar;
          continue;
        }

      reason = bar->has_figure ? OUTLAY_BAR_OMITTED_OTHER_UNIT : OUTLAY_BAR_OMITTED_NO_RATE;
      omit (self, bar->fact, reason);
      if (bar->part != NULL)
        omit (self, bar->part, reason);
    }

  g_array_set_size (self->bars, kept);
}

/**
 * outlay_bar_chart_collect:
 * @self: a bar chart
 *
 * Fills the bars in reading order (an entity's bars together, in the
 * order entities are listed, each in time; stated totals last), each with
 * its part, chooses the axis's unit, and lists what cannot be drawn.
 *
 * The bars are sorted as small keys and written once, in place, into an
 * array that keeps its room from one layout to the next: a bar is a few
 * hundred bytes, and copying 100,000 of them into fresh memory at every
 * layout was most of its time.
 */
void
outlay_bar_chart_collect (OutlayBarChart *self)
{
  OutlayChart *chart = OUTLAY_CHART (self);
  OutlayDataset *dataset = outlay_chart_get_dataset (chart);
  const OutlayFigureOptions *options = outlay_chart_get_figure_options (chart);
  GListModel *facts = outlay_dataset_get_facts (dataset);
  CollectedFor inputs;
  GListModel *entities = outlay_dataset_get_entities (dataset);
  g_autoptr(GHashTable) positions = g_hash_table_new (NULL, NULL);
  /* whole → its parts, in the dataset's order */
  g_autoptr(GHashTable) parts = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  GArray *keys = self->sort_keys;
  guint n = g_list_model_get_n_items (facts);

  /* The bars depend on the data, the filters and the figures' options, not
   * on the size, the direction or the theme: a window resized, or an
   * export of the chart shown, does not collect 100,000 bars again */
  memset (&inputs, 0, sizeof inputs);
  inputs.dataset = dataset;
  inputs.filter_serial = outlay_chart_get_filter_serial (chart);
  inputs.n_facts = n;
  g_strlcpy (inputs.currency, options->currency != NULL ? options->currency : "", sizeof inputs.currency);
  inputs.rate_mode = options->rate_mode;
  inputs.user_rate = options->user_rate;
  inputs.per_year = options->per_year;
  if (self->collected_valid && memcmp (&inputs, &self->collected_for, sizeof inputs) == 0)
    return;
  self->collected_for = inputs;
  self->collected_valid = TRUE;

  g_array_set_size (keys, 0);
  g_array_set_size (self->omitted, 0);

  for (guint i = 0, n_entities = g_list_model_get_n_items (entities); i < n_entities; i++)
    {
      g_autoptr(OutlayEntity) entity = g_list_model_get_item (entities, i);

      g_hash_table_insert (positions, entity, GUINT_TO_POINTER (i));
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (facts, i);
      const char *whole_id = outlay_fact_get_part_of (fact);
      const char * const *total_of;
      const OutlayPeriod *period;
      SortKey key;

      if (!is_shown (self, fact))
        continue;

      /* A part goes inside its whole when the whole is a bar here; a part
       * of something this chart does not draw is a bar of its own */
      if (whole_id != NULL)
        {
          OutlayFact *whole = outlay_dataset_lookup_fact (dataset, whole_id);

          if (is_shown (self, whole) && outlay_fact_get_part_of (whole) == NULL)
            {
              GPtrArray *list = g_hash_table_lookup (parts, whole);

              if (list == NULL)
                g_hash_table_insert (parts, whole, list = g_ptr_array_new ());
              g_ptr_array_add (list, fact);
              continue;
            }
        }

      total_of = outlay_fact_get_total_of (fact);
      period = outlay_fact_get_period (fact);
      key = (SortKey) {
        ((guint64)(total_of != NULL && total_of[0] != NULL) << 63) |
        ((guint64)(GPOINTER_TO_UINT (g_hash_table_lookup (positions, outlay_fact_get_entity (fact))) & 0x7fffffff) << 32) |
        outlay_partial_date_first_day (&period->start),
        ((guint64)(G_MAXUINT32 - outlay_partial_date_last_day (&period->start)) << 32) |
        outlay_partial_date_first_day (&period->end),
        ((guint64)(G_MAXUINT32 - outlay_partial_date_last_day (&period->end)) << 32) | i,
        fact,
      };
      g_array_append_val (keys, key);
    }

  if (keys->len > 1)
    qsort (keys->data, keys->len, sizeof (SortKey), compare_keys);

  g_array_set_size (self->bars, 0);
  g_array_set_size (self->bars, keys->len);
  for (guint i = 0; i < keys->len; i++)
    {
      const SortKey *key = &g_array_index (keys, SortKey, i);
      OutlayBarInfo *bar = &g_array_index (self->bars, OutlayBarInfo, i);
      GPtrArray *list = g_hash_table_lookup (parts, key->fact);

      /* The array clears what it grows by: every bar starts zeroed */
      bar->fact = key->fact;
      bar->is_total = key->total_entity_start >> 63;
      bar->order = (key->total_entity_start >> 32) & 0x7fffffff;
      bar->index = key->end_last_index & 0xffffffff;
      bar->has_figure = outlay_figure_compute (bar->fact, options, &bar->figure, NULL);

      /* Each whole shows one part inside it, the first the dataset lists;
       * a second part of the same whole is listed as not shown */
      for (guint j = 0; list != NULL && j < list->len; j++)
        {
          OutlayFact *part = g_ptr_array_index (list, j);

          if (bar->part != NULL)
            omit (self, part, OUTLAY_BAR_OMITTED_SECOND_PART);
          else if (!outlay_figure_compute (part, options, &bar->part_figure, NULL))
            omit (self, part, OUTLAY_BAR_OMITTED_NO_RATE);
          else
            bar->part = part;
        }
    }

  choose_axis_unit (self);
  keep_drawable (self);
}

/**
 * outlay_bar_chart_dup_omitted_note:
 * @self: a bar chart, collected
 * @most: how many figures to name at most; the rest are counted
 *
 * Returns: (transfer full) (nullable): the line that names the figures
 *   the chart takes but cannot draw, and why; %NULL when it draws all
 */
char *
outlay_bar_chart_dup_omitted_note (OutlayBarChart *self,
                                   guint           most)
{
  const char *language = outlay_chart_get_language (OUTLAY_CHART (self));
  const char *separator = outlay_chart_is_rtl (OUTLAY_CHART (self)) ? "، " : "; ";
  g_autoptr(GString) text = NULL;
  guint n = self->omitted->len;

  if (n == 0)
    return NULL;

  text = g_string_new (NULL);
  for (guint i = 0; i < MIN (n, most); i++)
    {
      const OutlayBarOmitted *omitted = &g_array_index (self->omitted, OutlayBarOmitted, i);
      g_autofree char *stated = outlay_amount_format (outlay_fact_get_amount (omitted->fact), language);
      const char *why;

      switch (omitted->reason)
        {
        case OUTLAY_BAR_OMITTED_NO_RATE:
          /* Translators: why a figure is not drawn */
          why = _("no stated rate");
          break;
        case OUTLAY_BAR_OMITTED_OTHER_UNIT:
          /* Translators: why a figure is not drawn: the axis is in another currency */
          why = _("another currency");
          break;
        case OUTLAY_BAR_OMITTED_SECOND_PART:
        default:
          /* Translators: why a figure is not drawn: its whole already shows a part */
          why = _("a second part of one figure");
          break;
        }

      if (text->len > 0)
        g_string_append (text, separator);
      /* Translators: a figure the chart cannot draw: its label, its value
       * as stated, and why, e.g. "ByteDance capex, 2025 (150 bn yuan): no
       * stated rate" */
      g_string_append_printf (text, _("%s (%s): %s"), outlay_fact_get_label (omitted->fact, language),
                              stated, why);
    }

  if (n > most)
    {
      if (text->len > 0)
        g_string_append (text, separator);
      /* Translators: after a list of figures not drawn */
      if (most > 0)
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", n - most),
                                n - most);
      else
        /* Translators: figures a chart too small to name them cannot draw */
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u figure, see the table",
                                                   "%u figures, see the table", n),
                                n);
    }

  /* Translators: %s lists the figures the chart cannot draw, with why */
  return g_strdup_printf (_("Not drawn: %s"), text->str);
}

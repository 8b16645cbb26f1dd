/* outlay-bar-chart.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "outlay-bar-chart-private.h"
#include "outlay-entity.h"
#include "outlay-source.h"

/* Bars of money figures of one fact kind: capital spending, campaign
 * budgets. Which facts, and how they relate, comes from the dataset alone
 * (kind, part_of, total_of): nothing here names a company or a figure.
 *
 * Honest by construction: the axis starts at zero with round ticks; a
 * total over several years is one bar, labelled as a total, unless the
 * per-year option divides it (and it is then drawn as derived); a planned
 * figure is hatched; a floor has an open, dashed top and a "≥" or ">"
 * label; a part is drawn inside its whole. */

G_DEFINE_FINAL_TYPE (OutlayBarChart, outlay_bar_chart, OUTLAY_TYPE_CHART)

static const char *
qualifier_symbol (OutlayQualifier qualifier)
{
  switch (qualifier)
    {
    case OUTLAY_QUALIFIER_ABOUT:
      return "≈ ";
    case OUTLAY_QUALIFIER_AT_LEAST:
      return "≥ ";
    case OUTLAY_QUALIFIER_MORE_THAN:
      return "> ";
    case OUTLAY_QUALIFIER_UP_TO:
      return "≤ ";
    case OUTLAY_QUALIFIER_EXACT:
    default:
      return "";
    }
}

char *
outlay_bar_chart_format_figure (OutlayBarChart     *self,
                                const OutlayFigure *figure)
{
  const char *language = outlay_chart_get_language (OUTLAY_CHART (self));
  g_autofree char *value = NULL;

  /* Arabic says the qualifier in words: in a right-to-left line, Unicode
   * mirrors "≥" into "≤", which reads as the opposite to anyone who scans
   * the number, and Arabic news text writes "ما لا يقل عن" anyway. */
  if (g_str_has_prefix (language, "ar"))
    {
      value = outlay_amount_format (&figure->amount, language);
      return figure->per_year ? g_strdup_printf (_("%s%s a year"), "", value) : g_steal_pointer (&value);
    }

  value = outlay_amount_format_value (figure->amount.value, &figure->amount, language);

  if (figure->per_year)
    /* Translators: a yearly average, e.g. "≥ 126.67 bn yuan a year" */
    return g_strdup_printf (_("%s%s a year"), qualifier_symbol (figure->amount.qualifier), value);

  return g_strconcat (qualifier_symbol (figure->amount.qualifier), value, NULL);
}

/* "2025–2027 total", "2026 plan", "6 Feb 2026" */
static char *
format_period (OutlayBarChart *self,
               OutlayFact     *fact,
               const OutlayFigure *figure)
{
  const char *language = outlay_chart_get_language (OUTLAY_CHART (self));
  g_autofree char *period = outlay_period_format (outlay_fact_get_period (fact), language);

  if (figure->per_year)
    /* Translators: %s is a period, "2025–2027" */
    return g_strdup_printf (_("%s, per year"), period);
  if (figure->years > 1)
    /* Translators: %s is a period, "2025–2027": the figure is its total */
    return g_strdup_printf (_("%s total"), period);
  if (outlay_fact_get_status (fact) == OUTLAY_FACT_PLANNED)
    /* Translators: %s is a period, "2026": the figure is a plan */
    return g_strdup_printf (_("%s plan"), period);

  return g_steal_pointer (&period);
}

/* Every conversion sources stated, when they disagree: both stay in
 * sight. One line each, "$431 M — Al-Eqtisadiah". */
static char *
format_conversions (OutlayBarChart *self,
                    OutlayFact     *fact)
{
  const char *language = outlay_chart_get_language (OUTLAY_CHART (self));
  const OutlayConversion *conversions;
  g_autoptr(GString) text = g_string_new (NULL);
  guint n;

  conversions = outlay_fact_get_conversions (fact, &n);
  if (n < 2)
    return NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *value = outlay_amount_format_value (conversions[i].amount.value,
                                                           &conversions[i].amount, language);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%s%s — %s", qualifier_symbol (conversions[i].amount.qualifier),
                              value, outlay_source_get_publisher (conversions[i].source, language));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
describe_bar (OutlayBarChart      *self,
              const OutlayBarInfo *bar)
{
  const char *language = outlay_chart_get_language (OUTLAY_CHART (self));
  OutlayEntity *entity = outlay_fact_get_entity (bar->fact);
  g_autofree char *period = format_period (self, bar->fact, &bar->figure);
  g_autofree char *figure = NULL;
  g_autofree char *basis = NULL;

  if (!bar->has_figure)
    return g_strdup_printf ("%s, %s: %s", outlay_entity_get_name (entity, language), period,
                            _("no source states a rate for this currency"));

  figure = outlay_bar_chart_format_figure (self, &bar->figure);
  basis = outlay_figure_describe (&bar->figure, language);

  return g_strdup_printf ("%s, %s: %s%s%s", outlay_entity_get_name (entity, language), period,
                          figure, basis ? " — " : "", basis ? basis : "");
}

/* A money figure of the chart's kind, whether the filters hide it or not */
static gboolean
outlay_bar_chart_takes_fact (OutlayChart *chart,
                             OutlayFact  *fact)
{
  OutlayBarChart *self = OUTLAY_BAR_CHART (chart);
  const OutlayAmount *amount = outlay_fact_get_amount (fact);

  return outlay_fact_get_kind (fact) == self->kind &&
         amount != NULL && outlay_amount_is_money (amount);
}

static gboolean
fact_is_shown (OutlayBarChart *self,
               OutlayFact     *fact)
{
  return outlay_bar_chart_takes_fact (OUTLAY_CHART (self), fact) &&
         !outlay_chart_is_fact_hidden (OUTLAY_CHART (self), fact);
}

static guint
entity_position (OutlayDataset *dataset,
                 OutlayEntity  *entity)
{
  GListModel *entities = outlay_dataset_get_entities (dataset);
  guint n = g_list_model_get_n_items (entities);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OutlayEntity) item = g_list_model_get_item (entities, i);

      if (item == entity)
        return i;
    }

  return n;
}

static int
compare_bars (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const OutlayBarInfo *bar_a = a, *bar_b = b;
  guint pos_a = entity_position (user_data, outlay_fact_get_entity (bar_a->fact));
  guint pos_b = entity_position (user_data, outlay_fact_get_entity (bar_b->fact));
  const OutlayPeriod *period_a = outlay_fact_get_period (bar_a->fact);
  const OutlayPeriod *period_b = outlay_fact_get_period (bar_b->fact);
  int by_date;

  if (pos_a != pos_b)
    return pos_a < pos_b ? -1 : 1;

  by_date = outlay_partial_date_compare (&period_a->start, &period_b->start);
  if (by_date != 0)
    return by_date;

  return outlay_partial_date_compare (&period_a->end, &period_b->end);
}

/* Bars grouped by entity and ordered in time, parts attached to their
 * whole, stated totals last. */
static void
collect_bars (OutlayBarChart *self)
{
  OutlayChart *chart = OUTLAY_CHART (self);
  OutlayDataset *dataset = outlay_chart_get_dataset (chart);
  const OutlayFigureOptions *options = outlay_chart_get_figure_options (chart);
  GListModel *facts = outlay_dataset_get_facts (dataset);
  g_autoptr(GArray) totals = g_array_new (FALSE, TRUE, sizeof (OutlayBarInfo));
  guint n = g_list_model_get_n_items (facts);

  g_array_set_size (self->bars, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (facts, i);
      OutlayBarInfo bar = { fact };
      const char * const *total_of;

      if (!fact_is_shown (self, fact) || outlay_fact_get_part_of (fact) != NULL)
        continue;

      bar.has_figure = outlay_figure_compute (fact, options, &bar.figure, NULL);
      total_of = outlay_fact_get_total_of (fact);
      bar.is_total = total_of != NULL && total_of[0] != NULL;

      for (guint j = 0; j < n && bar.part == NULL; j++)
        {
          g_autoptr(OutlayFact) part = g_list_model_get_item (facts, j);

          if (g_strcmp0 (outlay_fact_get_part_of (part), outlay_fact_get_id (fact)) == 0 &&
              fact_is_shown (self, part) &&
              outlay_figure_compute (part, options, &bar.part_figure, NULL))
            bar.part = part;
        }

      g_array_append_val (bar.is_total ? totals : self->bars, bar);
    }

  /* An entity's bars together, in the order entities first appear, and
   * in time within each; then the totals. */
  g_array_sort_with_data (self->bars, compare_bars, dataset);
  g_array_append_vals (self->bars, totals->data, totals->len);
}

static double
text_width (OutlayChart *chart,
            const char  *text,
            double       size)
{
  PangoLayout *layout = outlay_chart_get_text (chart, text, size, FALSE, 0, OUTLAY_TEXT_NO_WIDTH,
                                               PANGO_ALIGN_LEFT);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

static double
text_height (OutlayChart *chart,
             const char  *text,
             double       size,
             double       width)
{
  PangoLayout *layout = outlay_chart_get_text (chart, text, size, FALSE, width, OUTLAY_TEXT_WRAP,
                                               PANGO_ALIGN_CENTER);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

char *
outlay_bar_chart_format_tick (OutlayBarChart *self,
                              double          value)
{
  const char *language = outlay_chart_get_language (OUTLAY_CHART (self));
  const OutlayBarInfo *first = &g_array_index (self->bars, OutlayBarInfo, 0);

  return outlay_amount_format_value (value, &first->figure.amount, language);
}

char *
outlay_bar_chart_category_text (OutlayBarChart      *self,
                                const OutlayBarInfo *bar)
{
  const char *language = outlay_chart_get_language (OUTLAY_CHART (self));
  g_autofree char *period = format_period (self, bar->fact, &bar->figure);
  g_autofree char *conversions = format_conversions (self, bar->fact);
  const char *name = bar->is_total ? outlay_fact_get_label (bar->fact, language)
                                   : outlay_entity_get_name (outlay_fact_get_entity (bar->fact), language);

  if (conversions != NULL)
    return g_strdup_printf ("%s\n%s\n%s", name, period, conversions);

  return g_strdup_printf ("%s\n%s", name, period);
}

static void
outlay_bar_chart_layout (OutlayChart      *chart,
                         const OutlayRect *area)
{
  OutlayBarChart *self = OUTLAY_BAR_CHART (chart);
  g_autofree OutlayBarSlot *slots = NULL;
  g_autofree OutlayBarPlace *places = NULL;
  double max_value = 0, axis_width = 0, category_height = 0, label_height;
  gboolean rtl = outlay_chart_is_rtl (chart);
  guint n;

  collect_bars (self);
  n = self->bars->len;
  if (n == 0)
    {
      self->plot = *area;
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      const OutlayBarInfo *bar = &g_array_index (self->bars, OutlayBarInfo, i);

      if (bar->has_figure)
        max_value = MAX (max_value, bar->figure.amount.max);
    }

  outlay_value_axis_init (&self->axis, max_value, 6);

  for (guint i = 0; i < self->axis.n_ticks; i++)
    {
      g_autofree char *tick = outlay_bar_chart_format_tick (self, outlay_value_axis_tick (&self->axis, i));
      axis_width = MAX (axis_width, text_width (chart, tick, SMALL_SIZE));
    }

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = outlay_bar_chart_category_text (self, &g_array_index (self->bars, OutlayBarInfo, i));
      double slot_width = (area->width - axis_width - AXIS_GAP) / n;

      category_height = MAX (category_height, text_height (chart, text, LABEL_SIZE, slot_width - 8));
    }

  label_height = text_height (chart, "Ag", LABEL_SIZE, area->width) + 6;

  /* The value axis on the start side: left, or right under RTL. */
  self->plot = (OutlayRect) {
    rtl ? area->x : area->x + axis_width + AXIS_GAP,
    area->y + label_height,
    area->width - axis_width - AXIS_GAP,
    area->height - label_height - category_height - 8,
  };
  self->label_top = self->plot.y + self->plot.height + 6;

  slots = g_new0 (OutlayBarSlot, n);
  places = g_new0 (OutlayBarPlace, n);

  for (guint i = 0; i < n; i++)
    {
      const OutlayBarInfo *bar = &g_array_index (self->bars, OutlayBarInfo, i);

      slots[i].value = bar->has_figure ? bar->figure.amount.value : 0;
      slots[i].part = bar->part != NULL ? bar->part_figure.amount.value : 0;
    }

  outlay_bar_layout_place (&self->plot, &self->axis, slots, n, rtl, places);

  for (guint i = 0; i < n; i++)
    {
      OutlayBarInfo *bar = &g_array_index (self->bars, OutlayBarInfo, i);
      OutlayRect hit;

      bar->place = places[i];

      /* The bar, and at least a finger's height above the zero line, so a
       * small bar can still be pointed at; the gaps between bars hit
       * nothing. */
      hit = bar->place.bar;
      if (hit.height < 8)
        {
          hit.y = self->plot.y + self->plot.height - 8;
          hit.height = 8;
        }

      outlay_chart_add_mark (chart, bar->fact, &hit);
    }
}

static char *
outlay_bar_chart_dup_title (OutlayChart *chart)
{
  OutlayBarChart *self = OUTLAY_BAR_CHART (chart);

  switch (self->kind)
    {
    case OUTLAY_FACT_CAPEX:
      return g_strdup (_("Capital spending"));
    case OUTLAY_FACT_CAMPAIGN_BUDGET:
      return g_strdup (_("Campaign budgets"));
    case OUTLAY_FACT_INVESTMENT:
      return g_strdup (_("Investments"));
    case OUTLAY_FACT_REVENUE:
      return g_strdup (_("Revenue"));
    case OUTLAY_FACT_IPO_PROCEEDS:
      return g_strdup (_("Money raised by listings"));
    case OUTLAY_FACT_PRIZE:
      return g_strdup (_("Prizes"));
    case OUTLAY_FACT_MARKET_SHARE:
    case OUTLAY_FACT_SHARE_PRICE_CHANGE:
    case OUTLAY_FACT_DOWNLOADS:
    case OUTLAY_FACT_MODEL_COUNT:
    case OUTLAY_FACT_FORECAST:
    case OUTLAY_FACT_EVENT:
    default:
      return g_strdup (outlay_fact_kind_to_string (self->kind));
    }
}

static void
outlay_bar_chart_add_legend (OutlayChart *chart)
{
  OutlayBarChart *self = OUTLAY_BAR_CHART (chart);

  for (guint i = 0; i < self->bars->len; i++)
    {
      const OutlayBarInfo *bar = &g_array_index (self->bars, OutlayBarInfo, i);

      if (outlay_fact_get_status (bar->fact) == OUTLAY_FACT_ACTUAL)
        outlay_chart_add_legend (chart, OUTLAY_LEGEND_SOLID, _("Actual"));
      else
        outlay_chart_add_legend (chart, OUTLAY_LEGEND_HATCHED, _("Planned (hatched)"));
      if (outlay_amount_is_floor (&bar->figure.amount))
        outlay_chart_add_legend (chart, OUTLAY_LEGEND_FLOOR, _("At least / more than (open top)"));
      if (bar->part != NULL)
        outlay_chart_add_legend (chart, OUTLAY_LEGEND_PART, _("Part of the figure"));
      if (outlay_figure_is_derived (&bar->figure))
        outlay_chart_add_legend (chart, OUTLAY_LEGEND_DERIVED, _("Derived (dashed)"));
    }
}

static char *
outlay_bar_chart_dup_mark_description (OutlayChart *chart,
                                       guint        index)
{
  OutlayBarChart *self = OUTLAY_BAR_CHART (chart);

  return describe_bar (self, &g_array_index (self->bars, OutlayBarInfo, index));
}

static void
outlay_bar_chart_finalize (GObject *object)
{
  OutlayBarChart *self = (OutlayBarChart *)object;

  g_clear_pointer (&self->bars, g_array_unref);

  G_OBJECT_CLASS (outlay_bar_chart_parent_class)->finalize (object);
}

static void
outlay_bar_chart_class_init (OutlayBarChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OutlayChartClass *chart_class = OUTLAY_CHART_CLASS (klass);

  object_class->finalize = outlay_bar_chart_finalize;

  chart_class->layout = outlay_bar_chart_layout;
  chart_class->draw_plot = outlay_bar_chart_draw_plot;
  chart_class->dup_title = outlay_bar_chart_dup_title;
  chart_class->add_legend = outlay_bar_chart_add_legend;
  chart_class->dup_mark_description = outlay_bar_chart_dup_mark_description;
  chart_class->takes_fact = outlay_bar_chart_takes_fact;
}

static void
outlay_bar_chart_init (OutlayBarChart *self)
{
  self->bars = g_array_new (FALSE, TRUE, sizeof (OutlayBarInfo));
}

/**
 * outlay_bar_chart_new:
 * @kind: the kind of money fact to draw, such as %OUTLAY_FACT_CAPEX
 *
 * Returns: (transfer full): a bar chart of @kind
 */
OutlayChart *
outlay_bar_chart_new (OutlayFactKind kind)
{
  OutlayBarChart *self = g_object_new (OUTLAY_TYPE_BAR_CHART, NULL);

  g_return_val_if_fail (outlay_fact_kind_is_money (kind), NULL);

  self->kind = kind;
  return OUTLAY_CHART (self);
}

OutlayFactKind
outlay_bar_chart_get_kind (OutlayBarChart *self)
{
  return self->kind;
}

/**
 * outlay_bar_chart_get_bars:
 * @self: a bar chart
 * @n_bars: (out): how many
 *
 * Returns: (array length=n_bars): the bars, laid out, in reading order
 */
const OutlayBarInfo *
outlay_bar_chart_get_bars (OutlayBarChart *self,
                           guint          *n_bars)
{
  g_return_val_if_fail (OUTLAY_IS_BAR_CHART (self), NULL);

  outlay_chart_get_n_marks (OUTLAY_CHART (self));
  *n_bars = self->bars->len;
  return (const OutlayBarInfo *)(gpointer)self->bars->data;
}

const OutlayValueAxis *
outlay_bar_chart_get_axis (OutlayBarChart *self)
{
  outlay_chart_get_n_marks (OUTLAY_CHART (self));
  return &self->axis;
}

const OutlayRect *
outlay_bar_chart_get_plot (OutlayBarChart *self)
{
  outlay_chart_get_n_marks (OUTLAY_CHART (self));
  return &self->plot;
}

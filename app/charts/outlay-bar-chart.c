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

  value = outlay_amount_format_span (&figure->amount, language);

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
describe_figure (OutlayBarChart     *self,
                 OutlayFact         *fact,
                 const OutlayFigure *figure)
{
  const char *language = outlay_chart_get_language (OUTLAY_CHART (self));
  OutlayEntity *entity = outlay_fact_get_entity (fact);
  g_autofree char *period = format_period (self, fact, figure);
  g_autofree char *value = outlay_bar_chart_format_figure (self, figure);
  g_autofree char *basis = outlay_figure_describe (figure, language);

  return g_strdup_printf ("%s, %s: %s%s%s", outlay_entity_get_name (entity, language), period,
                          value, basis ? " — " : "", basis ? basis : "");
}

static gboolean
outlay_bar_chart_takes_fact (OutlayChart *chart,
                             OutlayFact  *fact)
{
  return outlay_bar_chart_takes (OUTLAY_BAR_CHART (chart), fact);
}

static void
outlay_bar_chart_prepare (OutlayChart *chart)
{
  outlay_bar_chart_collect (OUTLAY_BAR_CHART (chart));
}

/* Returns whether the text had to be cut to fit */
static gboolean
text_size (OutlayChart    *chart,
           const char     *text,
           gboolean        bold,
           double          width,
           OutlayTextWrap  wrap,
           double         *text_width,
           double         *text_height,
           int            *n_lines)
{
  PangoLayout *layout = outlay_chart_get_text (chart, text, LABEL_SIZE, bold, width, wrap, PANGO_ALIGN_CENTER);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  if (text_width != NULL)
    *text_width = w;
  if (text_height != NULL)
    *text_height = h;
  if (n_lines != NULL)
    *n_lines = pango_layout_get_line_count (layout);
  return pango_layout_is_ellipsized (layout);
}

char *
outlay_bar_chart_format_tick (OutlayBarChart *self,
                              double          value)
{
  const char *language = outlay_chart_get_language (OUTLAY_CHART (self));

  return outlay_amount_format_tick (value, self->axis.step, &self->axis_unit, language);
}

char *
outlay_bar_chart_category_text (OutlayBarChart      *self,
                                const OutlayBarInfo *bar)
{
  const char *language = outlay_chart_get_language (OUTLAY_CHART (self));
  g_autofree char *period = format_period (self, bar->fact, &bar->figure);
  g_autofree char *conversions = self->category_conversions ? format_conversions (self, bar->fact) : NULL;
  const char *name = bar->is_total ? outlay_fact_get_label (bar->fact, language)
                                   : outlay_entity_get_name (outlay_fact_get_entity (bar->fact), language);

  if (conversions != NULL)
    return g_strdup_printf ("%s\n%s\n%s", name, period, conversions);

  return g_strdup_printf ("%s\n%s", name, period);
}

/* The y a bar's label stands on: above the bar, above the dashed reach of
 * a floor, above the top of a range */
double
outlay_bar_chart_label_base (OutlayBarChart      *self,
                             const OutlayBarInfo *bar)
{
  double top = bar->place.bar.y;

  if (outlay_amount_is_range (&bar->figure.amount))
    top = MIN (top, outlay_bar_layout_value_y (&self->plot, &self->axis,
                                               MIN (bar->figure.amount.max, self->axis.max)));
  if (outlay_amount_is_floor (&bar->figure.amount))
    top -= outlay_bar_chart_floor_reach (self) + 2;

  /* Clear of the selection's ring, 3 px wide, 3 px out */
  return top - 6;
}

/* How far a floor's dashed reach goes above its bar: less on a very short
 * plot, so that it fits there too */
double
outlay_bar_chart_floor_reach (OutlayBarChart *self)
{
  return MIN (FLOOR_REACH, self->plot.height * 0.3);
}

/* An axis from zero that holds every bar, and room above every floor for
 * its open, dashed reach: a floor on a round tick (≥ $5 bn on an axis
 * that would end at $5 bn) must not read as exactly that much. */
static void
choose_axis (OutlayBarChart *self,
             double          plot_height)
{
  double max_value = 0;
  double reach = MIN (FLOOR_REACH, plot_height * 0.3);
  double room = (reach + 4) / MAX (plot_height, 1);

  for (guint i = 0; i < self->bars->len; i++)
    {
      const OutlayAmount *amount = &g_array_index (self->bars, OutlayBarInfo, i).figure.amount;

      max_value = MAX (max_value, amount->max);
      if (outlay_amount_is_floor (amount))
        max_value = MAX (max_value, amount->max / (1 - room));
    }

  outlay_value_axis_init (&self->axis, max_value, 6);
}

/* Labels the bars where they fit: a figure's label above its bar in at
 * most two lines of its slot, a part's inside the part. A label that does
 * not fit is not drawn, and counted: the chart says how many bars it could
 * not label, so that nothing is hidden without a word. */
static void
place_labels (OutlayBarChart *self)
{
  OutlayChart *chart = OUTLAY_CHART (self);

  self->n_unlabelled = 0;

  for (guint i = 0; i < self->bars->len; i++)
    {
      OutlayBarInfo *bar = &g_array_index (self->bars, OutlayBarInfo, i);
      const OutlayRect *slot = &bar->place.slot;
      double width, height;
      int lines = 0;

      bar->label_rect = (OutlayRect) { slot->x + slot->width / 2, bar->place.bar.y, 0, 0 };
      if (slot->width >= MIN_LABEL_SLOT)
        {
          g_autofree char *label = outlay_bar_chart_format_figure (self, &bar->figure);
          double base = outlay_bar_chart_label_base (self, bar);

          /* Between words only, two lines at most, within the slot: a
           * number is shown whole or not at all */
          text_size (chart, label, TRUE, slot->width - 4, OUTLAY_TEXT_WRAP_WORDS, &width, &height, &lines);
          if (lines <= 2 && width <= slot->width - 4 && base - height >= self->label_area_top)
            bar->label_rect = (OutlayRect) { slot->x + (slot->width - width) / 2, base - height, width, height };
        }
      if (bar->label_rect.width == 0)
        self->n_unlabelled++;

      bar->part_label_rect = (OutlayRect) { 0 };
      if (bar->part != NULL)
        {
          const OutlayRect *p = &bar->place.part;
          double inner = bar->place.bar.width * PART_WIDTH;
          g_autofree char *label = outlay_bar_chart_format_figure (self, &bar->part_figure);

          if (inner >= MIN_LABEL_SLOT / 2)
            {
              text_size (chart, label, TRUE, 0, OUTLAY_TEXT_NO_WIDTH, &width, &height, NULL);
              if (width <= inner - 2 && height + 6 <= p->height)
                bar->part_label_rect = (OutlayRect) { p->x + (p->width - width) / 2, p->y + 3, width, height };
            }
          if (bar->part_label_rect.width == 0)
            self->n_unlabelled++;
        }
    }
}

/* The marks, in reading order: each bar, then the part inside it. A bar
 * is at least a finger's height above the zero line, so a small one can
 * still be pointed at; the gaps between bars hit nothing. */
static void
add_marks (OutlayBarChart *self)
{
  OutlayChart *chart = OUTLAY_CHART (self);

  g_array_set_size (self->mark_bars, 0);

  for (guint i = 0; i < self->bars->len; i++)
    {
      const OutlayBarInfo *bar = &g_array_index (self->bars, OutlayBarInfo, i);
      OutlayRect hit = bar->place.bar;
      guint whole = i * 2, part = i * 2 + 1;

      if (hit.height < 8)
        {
          hit.y = self->plot.y + self->plot.height - 8;
          hit.height = 8;
        }
      outlay_chart_add_mark (chart, bar->fact, &hit);
      g_array_append_val (self->mark_bars, whole);

      if (bar->part != NULL)
        {
          hit = outlay_bar_chart_part_rect (bar);
          if (hit.height < 6)
            {
              hit.y = self->plot.y + self->plot.height - 6;
              hit.height = 6;
            }
          outlay_chart_add_mark (chart, bar->part, &hit);
          g_array_append_val (self->mark_bars, part);
        }
    }
}

/* The part as drawn: narrower than its whole, centred in it, so both
 * stay visible and both can be pointed at */
OutlayRect
outlay_bar_chart_part_rect (const OutlayBarInfo *bar)
{
  const OutlayRect *r = &bar->place.bar;
  const OutlayRect *p = &bar->place.part;
  double inner = r->width * PART_WIDTH;

  return (OutlayRect) { r->x + (r->width - inner) / 2, p->y, inner, p->height };
}

static void
outlay_bar_chart_layout (OutlayChart      *chart,
                         const OutlayRect *area)
{
  OutlayBarChart *self = OUTLAY_BAR_CHART (chart);
  g_autofree OutlayBarSlot *slots = NULL;
  g_autofree OutlayBarPlace *places = NULL;
  gboolean rtl = outlay_chart_is_rtl (chart);
  double axis_width = 0, category_height = 0, label_height = 0, slot_width;
  guint n = self->bars->len;

  g_array_set_size (self->mark_bars, 0);
  self->n_unlabelled = 0;
  if (n == 0)
    {
      self->plot = *area;
      return;
    }

  /* The axis depends on the plot's height (room for floors), the plot's
   * width on the axis's labels, its height on the names under the bars:
   * settle in three rounds, the plot's height is then its last */
  self->plot = *area;
  for (guint round = 0; round < 3; round++)
    {
      choose_axis (self, self->plot.height);

      axis_width = 0;
      for (guint i = 0; i < self->axis.n_ticks; i++)
        {
          g_autofree char *tick = outlay_bar_chart_format_tick (self, outlay_value_axis_tick (&self->axis, i));
          double width;

          text_size (chart, tick, FALSE, 0, OUTLAY_TEXT_NO_WIDTH, &width, NULL, NULL);
          axis_width = MAX (axis_width, width);
        }

      /* Names and periods under the bars, where the slots are wide enough
       * to say something, in at most a third of the chart's height: with
       * the conversions sources state, else without them (the tooltip and
       * the details still give them) */
      slot_width = (area->width - axis_width - AXIS_GAP) / n;
      self->show_categories = FALSE;
      for (guint with_conversions = 1; slot_width >= MIN_CATEGORY_SLOT && !self->show_categories; with_conversions--)
        {
          gboolean cut = FALSE;

          self->category_conversions = with_conversions;
          category_height = 0;
          for (guint i = 0; i < n && !cut; i++)
            {
              g_autofree char *text = outlay_bar_chart_category_text (self, &g_array_index (self->bars, OutlayBarInfo, i));
              double height;

              /* A name or period cut short says something else: shown
               * whole, or not at all (and said under the plot) */
              cut = text_size (chart, text, FALSE, slot_width - 8, OUTLAY_TEXT_WRAP_SHORT, NULL, &height, NULL);
              category_height = MAX (category_height, height);
            }
          self->show_categories = !cut && category_height <= area->height / 3;
          if (with_conversions == 0)
            break;
        }
      if (!self->show_categories)
        category_height = 0;

      /* Two lines of labels above the tallest bars */
      text_size (chart, "Ag\nAg", TRUE, 0, OUTLAY_TEXT_NO_WIDTH, NULL, &label_height, NULL);

      /* A chart whose frame leaves almost no room keeps its bars, inside
       * it: the names go first, then the labels (both said under it) */
      if (area->height - label_height - 4 - category_height - 8 < 20)
        {
          self->show_categories = FALSE;
          category_height = 0;
        }
      if (area->height - label_height - 4 - 8 < 20)
        label_height = 0;

      /* The value axis on the start side: left, or right under RTL. */
      self->plot = (OutlayRect) {
        rtl ? area->x : area->x + axis_width + AXIS_GAP,
        area->y + label_height + 4,
        area->width - axis_width - AXIS_GAP,
        MAX (area->height - label_height - 4 - category_height - 8, MIN (area->height, 10)),
      };
    }
  self->label_area_top = area->y;
  self->label_top = self->plot.y + self->plot.height + 6;

  slots = g_new0 (OutlayBarSlot, n);
  places = g_new0 (OutlayBarPlace, n);

  for (guint i = 0; i < n; i++)
    {
      const OutlayBarInfo *bar = &g_array_index (self->bars, OutlayBarInfo, i);

      slots[i].value = bar->figure.amount.value;
      slots[i].part = bar->part != NULL ? bar->part_figure.amount.value : 0;
    }

  outlay_bar_layout_place (&self->plot, &self->axis, slots, n, rtl, places);

  for (guint i = 0; i < n; i++)
    {
      OutlayBarInfo *bar = &g_array_index (self->bars, OutlayBarInfo, i);

      bar->place = places[i];
      bar->category_rect = self->show_categories
        ? (OutlayRect) { bar->place.slot.x + 4, self->label_top, bar->place.slot.width - 8, category_height }
        : (OutlayRect) { bar->place.slot.x + bar->place.slot.width / 2, self->label_top, 0, 0 };
    }

  place_labels (self);
  add_marks (self);
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
  enum { ACTUAL = 1, PLANNED = 2, FLOOR = 4, CEILING = 8, RANGE = 16, PART = 32, DERIVED = 64 };
  guint seen = 0;

  /* What the bars show, gathered first: the entries' words are looked
   * up once, not once per bar */
  for (guint i = 0; i < self->bars->len; i++)
    {
      const OutlayBarInfo *bar = &g_array_index (self->bars, OutlayBarInfo, i);

      seen |= outlay_fact_get_status (bar->fact) == OUTLAY_FACT_ACTUAL ? ACTUAL : PLANNED;
      if (outlay_amount_is_floor (&bar->figure.amount))
        seen |= FLOOR;
      if (bar->figure.amount.qualifier == OUTLAY_QUALIFIER_UP_TO)
        seen |= CEILING;
      if (outlay_amount_is_range (&bar->figure.amount))
        seen |= RANGE;
      if (bar->part != NULL)
        seen |= PART;
      if (outlay_figure_is_derived (&bar->figure))
        seen |= DERIVED;
    }

  if (seen & ACTUAL)
    outlay_chart_add_legend (chart, OUTLAY_LEGEND_SOLID, _("Actual"));
  if (seen & PLANNED)
    outlay_chart_add_legend (chart, OUTLAY_LEGEND_HATCHED, _("Planned (hatched)"));
  if (seen & FLOOR)
    outlay_chart_add_legend (chart, OUTLAY_LEGEND_FLOOR, _("At least / more than (open top)"));
  if (seen & CEILING)
    outlay_chart_add_legend (chart, OUTLAY_LEGEND_CEILING, _("Up to (capped top)"));
  if (seen & RANGE)
    outlay_chart_add_legend (chart, OUTLAY_LEGEND_RANGE, _("A range (line to its upper end)"));
  if (seen & PART)
    outlay_chart_add_legend (chart, OUTLAY_LEGEND_PART, _("Part of the figure"));
  if (seen & DERIVED)
    outlay_chart_add_legend (chart, OUTLAY_LEGEND_DERIVED, _("Derived (dashed)"));
}

static char *
outlay_bar_chart_dup_mark_description (OutlayChart *chart,
                                       guint        index)
{
  OutlayBarChart *self = OUTLAY_BAR_CHART (chart);
  guint code = g_array_index (self->mark_bars, guint, index);
  const OutlayBarInfo *bar = &g_array_index (self->bars, OutlayBarInfo, code / 2);
  g_autofree char *whole = NULL;

  g_autofree char *part = NULL;

  if (code % 2 == 0)
    return describe_figure (self, bar->fact, &bar->figure);

  part = outlay_bar_chart_format_figure (self, &bar->part_figure);
  whole = outlay_bar_chart_format_figure (self, &bar->figure);
  /* Translators: a part of a figure: its label, its value, and the figure
   * it is part of, e.g. "ByteDance 2026 plan: AI processors: 85 bn yuan,
   * part of 160 bn yuan" */
  return g_strdup_printf (_("%s: %s, part of %s"),
                          outlay_fact_get_label (bar->part, outlay_chart_get_language (chart)), part, whole);
}

static char *
outlay_bar_chart_dup_plot_note (OutlayChart *chart)
{
  OutlayBarChart *self = OUTLAY_BAR_CHART (chart);
  g_autofree char *omitted = outlay_bar_chart_dup_omitted_note (self, 4);
  g_autofree char *unlabelled = NULL;
  g_autofree char *unnamed = NULL;
  g_autoptr(GString) note = g_string_new (NULL);
  const char *separator = outlay_chart_is_rtl (chart) ? "؛ " : ". ";

  if (self->bars->len > 0 && !self->show_categories)
    /* Translators: said under a bar chart too narrow to name its bars */
    unnamed = g_strdup (_("Too narrow to name the bars: point at one, or see the table"));
  if (self->n_unlabelled > 0)
    /* Translators: said under a chart whose bars are too narrow or too
     * small for some of their labels */
    unlabelled = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "%u figure too small to label here: point at it, or see the table",
                                               "%u figures too small to label here: point at them, or see the table",
                                               self->n_unlabelled),
                                  self->n_unlabelled);

  /* On a small chart, a long list would push the plot away: count */
  if (omitted != NULL)
    {
      PangoLayout *layout = outlay_chart_get_text (chart, omitted, SMALL_SIZE, FALSE,
                                                   outlay_chart_get_width (chart) - 2 * OUTLAY_CHART_MARGIN,
                                                   OUTLAY_TEXT_WRAP, PANGO_ALIGN_LEFT);
      int height;

      pango_layout_get_pixel_size (layout, NULL, &height);
      if (height > outlay_chart_get_height (chart) / 8)
        {
          g_free (omitted);
          omitted = outlay_bar_chart_dup_omitted_note (self, 0);
        }
    }

  for (guint i = 0; i < 3; i++)
    {
      const char *part = i == 0 ? omitted : i == 1 ? unnamed : unlabelled;

      if (part == NULL)
        continue;
      if (note->len > 0)
        g_string_append (note, separator);
      g_string_append (note, part);
    }

  return note->len > 0 ? g_string_free (g_steal_pointer (&note), FALSE) : NULL;
}

static void
outlay_bar_chart_finalize (GObject *object)
{
  OutlayBarChart *self = (OutlayBarChart *)object;

  g_clear_pointer (&self->bars, g_array_unref);
  g_clear_pointer (&self->omitted, g_array_unref);
  g_clear_pointer (&self->sort_keys, g_array_unref);
  g_clear_pointer (&self->mark_bars, g_array_unref);

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
  chart_class->prepare = outlay_bar_chart_prepare;
  chart_class->dup_plot_note = outlay_bar_chart_dup_plot_note;
}

static void
outlay_bar_chart_init (OutlayBarChart *self)
{
  self->bars = g_array_new (FALSE, TRUE, sizeof (OutlayBarInfo));
  self->omitted = g_array_new (FALSE, TRUE, sizeof (OutlayBarOmitted));
  self->sort_keys = g_array_new (FALSE, FALSE, outlay_bar_chart_sort_key_size ());
  self->mark_bars = g_array_new (FALSE, FALSE, sizeof (guint));
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
  OutlayBarChart *self;

  g_return_val_if_fail (outlay_fact_kind_is_money (kind), NULL);

  self = g_object_new (OUTLAY_TYPE_BAR_CHART, NULL);
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

/**
 * outlay_bar_chart_get_axis_unit:
 * @self: a bar chart
 *
 * Returns: (transfer none): the unit and currency of the value axis, which
 *   every bar drawn is in; its value fields mean nothing
 */
const OutlayAmount *
outlay_bar_chart_get_axis_unit (OutlayBarChart *self)
{
  g_return_val_if_fail (OUTLAY_IS_BAR_CHART (self), NULL);

  outlay_chart_get_n_marks (OUTLAY_CHART (self));
  return &self->axis_unit;
}

/**
 * outlay_bar_chart_get_omitted:
 * @self: a bar chart
 * @n_omitted: (out): how many
 *
 * Returns: (array length=n_omitted): the figures the chart takes but does
 *   not draw, and why; the chart names them under its plot
 */
const OutlayBarOmitted *
outlay_bar_chart_get_omitted (OutlayBarChart *self,
                              guint          *n_omitted)
{
  g_return_val_if_fail (OUTLAY_IS_BAR_CHART (self), NULL);

  outlay_chart_get_n_marks (OUTLAY_CHART (self));
  *n_omitted = self->omitted->len;
  return (const OutlayBarOmitted *)(gpointer)self->omitted->data;
}

/**
 * outlay_bar_chart_get_n_unlabelled:
 * @self: a bar chart
 *
 * Returns: how many figures (bars and parts) are drawn without their
 *   label, for want of room; the chart says so under its plot
 */
guint
outlay_bar_chart_get_n_unlabelled (OutlayBarChart *self)
{
  g_return_val_if_fail (OUTLAY_IS_BAR_CHART (self), 0);

  outlay_chart_get_n_marks (OUTLAY_CHART (self));
  return self->n_unlabelled;
}

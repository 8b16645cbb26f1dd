/* outlay-chart-frame.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "outlay-citation.h"
#include "outlay-entity.h"
#include "outlay-fact.h"
#include "outlay-source.h"
#include "outlay-chart-private.h"

/* What every chart draws around its plot: the title, the line that says
 * what the values are and how they were converted, the legend (from the
 * start edge, so mirrored under RTL) and the line naming the sources. */

#define SWATCH OUTLAY_LEGEND_SWATCH
#define LEGEND_SPACING 20.0

void
outlay_chart_legend_entry_clear (gpointer data)
{
  LegendEntry *entry = data;

  g_clear_pointer (&entry->label, g_free);
}

void
outlay_chart_add_legend (OutlayChart        *self,
                         OutlayLegendSwatch  swatch,
                         const char         *label)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);
  LegendEntry entry = { swatch, g_strdup (label) };

  for (guint i = 0; i < priv->legend->len; i++)
    if (g_array_index (priv->legend, LegendEntry, i).swatch == swatch)
      {
        g_free (entry.label);
        return;
      }

  g_array_append_val (priv->legend, entry);
}

/* The currency the figures drawn state, if they all state one: a rate of
 * the user's is "7.2 CNY per USD", not "7.2 per unit", where it can be */
static const char *
stated_currency (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);
  const char *found = NULL;

  for (guint i = 0; i < priv->marks->len; i++)
    {
      const OutlayAmount *amount = outlay_fact_get_amount (g_array_index (priv->marks, OutlayChartMark, i).fact);

      if (amount == NULL || !outlay_amount_is_money (amount))
        continue;
      if (found != NULL && strcmp (found, amount->currency) != 0)
        return NULL;
      found = amount->currency;
    }

  return found;
}

/* The line under the title, from the marks laid out so far */
char *
outlay_chart_compute_units (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);
  const OutlayFigureOptions *options = &priv->figure_options;
  g_autofree char *units = NULL;
  g_autofree char *rate_text = NULL;
  char rate[G_ASCII_DTOSTR_BUF_SIZE];

  if (OUTLAY_CHART_GET_CLASS (self)->dup_units != NULL)
    return OUTLAY_CHART_GET_CLASS (self)->dup_units (self);

  if (options->currency != NULL && options->user_rate > 0)
    {
      const char *from = stated_currency (self);

      g_ascii_formatd (rate, sizeof rate, "%.4g", options->user_rate);
      if (from != NULL && strcmp (from, options->currency) != 0)
        /* Translators: a rate: "7.2 CNY per USD" */
        rate_text = g_strdup_printf (_("%s %s per %s"), rate, from, options->currency);
      else
        /* Translators: a rate for figures in several currencies: "7.2 of
         * each figure's currency per USD" */
        rate_text = g_strdup_printf (_("%s of each figure's currency per %s"), rate, options->currency);
    }

  if (options->currency == NULL)
    units = g_strdup (_("As each source states it, from zero"));
  else if (rate_text == NULL)
    units = g_strdup_printf (_("In %s, at the rate each source stated"), options->currency);
  else if (options->rate_mode == OUTLAY_RATE_MODE_USER)
    /* Translators: the first %s is a currency code, the second a rate, "7.2 CNY per USD" */
    units = g_strdup_printf (_("In %s, converted at your rate of %s"), options->currency, rate_text);
  else if (options->user_rate > 0)
    units = g_strdup_printf (_("In %s, at the rate each source stated, else at your rate of %s"),
                             options->currency, rate_text);
  else
    units = g_strdup_printf (_("In %s, at the rate each source stated"), options->currency);

  if (options->per_year)
    return g_strconcat (units, _("; totals over several years shown per year (derived)"), NULL);

  return g_steal_pointer (&units);
}

/**
 * outlay_chart_dup_units:
 * @self: a chart
 *
 * Returns: (transfer full): the line that says what the values are, and
 *   at which rate they were converted
 */
char *
outlay_chart_dup_units (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  g_return_val_if_fail (OUTLAY_IS_CHART (self), NULL);

  outlay_chart_ensure_layout (self);
  return g_strdup (priv->units);
}

/* "Sources: " and the publishers of the marks laid out so far */
char *
outlay_chart_compute_source_line (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);
  /* The publishers named so far: several articles of one publisher are
   * one name here. A set, since a timeline redraws this line at every
   * frame of a pan, over a few hundred marks. */
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  /* Sources met so far: a chart of 100,000 figures cites a few sources
   * over and over, and a pointer is cheaper to look up than a name */
  g_autoptr(GHashTable) sources = g_hash_table_new (NULL, NULL);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < priv->marks->len; i++)
    {
      OutlayFact *fact = g_array_index (priv->marks, OutlayChartMark, i).fact;

      for (guint j = 0; j < outlay_fact_get_n_citations (fact); j++)
        {
          OutlaySource *source = outlay_citation_get_source (outlay_fact_get_citation (fact, j));
          const char *publisher;

          if (!g_hash_table_add (sources, source))
            continue;
          publisher = outlay_source_get_publisher (source, priv->language);
          if (!g_hash_table_add (seen, (gpointer) publisher))
            continue;

          if (names->len > 0)
            g_string_append (names, outlay_chart_is_rtl (self) ? "، " : "; ");
          g_string_append (names, publisher);
        }
    }

  if (names->len == 0)
    return NULL;

  /* Translators: %s is a list of publishers */
  return g_strdup_printf (_("Sources: %s"), names->str);
}

/**
 * outlay_chart_dup_source_line:
 * @self: a chart
 *
 * Returns: (transfer full) (nullable): "Sources: " and the publishers
 *   cited by the facts the chart shows, each once, in order of
 *   appearance; %NULL when it shows none
 */
char *
outlay_chart_dup_source_line (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  g_return_val_if_fail (OUTLAY_IS_CHART (self), NULL);

  outlay_chart_ensure_layout (self);
  return g_strdup (priv->source_line);
}

/**
 * outlay_chart_dup_plot_note:
 * @self: a chart
 *
 * Returns: (transfer full) (nullable): the line under the plot that says
 *   what the chart takes but does not draw, and why; %NULL when it draws
 *   everything
 */
char *
outlay_chart_dup_plot_note (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  g_return_val_if_fail (OUTLAY_IS_CHART (self), NULL);

  outlay_chart_ensure_layout (self);
  return g_strdup (priv->plot_note);
}

static gboolean
takes_fact (OutlayChart *self,
            OutlayFact  *fact)
{
  OutlayChartClass *klass = OUTLAY_CHART_GET_CLASS (self);

  return klass->takes_fact == NULL || klass->takes_fact (self, fact);
}

/* The entities and kinds the filters hide among the facts this chart
 * would draw: a filter that hides nothing here (events, on a bar chart) is
 * not mentioned. */
static char *
compute_filter_note (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);
  const char *separator = outlay_chart_is_rtl (self) ? "، " : ", ";
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GString) names = NULL;
  g_autoptr(GString) kinds = NULL;
  GListModel *facts;
  guint hidden_kinds = 0;
  guint n;

  if (priv->dataset == NULL ||
      (priv->hidden_kinds == 0 && (priv->hidden_entities == NULL || priv->hidden_entities[0] == NULL)))
    return NULL;

  entities = g_ptr_array_new ();
  facts = outlay_dataset_get_facts (priv->dataset);
  n = g_list_model_get_n_items (facts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (facts, i);
      OutlayEntity *entity = outlay_fact_get_entity (fact);

      if (!outlay_chart_is_fact_hidden (self, fact) || !takes_fact (self, fact))
        continue;

      if (outlay_chart_is_entity_hidden (self, outlay_entity_get_id (entity)))
        {
          if (!g_ptr_array_find (entities, entity, NULL))
            g_ptr_array_add (entities, entity);
        }
      else
        hidden_kinds |= 1u << outlay_fact_get_kind (fact);
    }

  if (entities->len > 0)
    {
      names = g_string_new (NULL);
      for (guint i = 0; i < entities->len; i++)
        g_string_append_printf (names, "%s%s", i > 0 ? separator : "",
                                outlay_entity_get_name (g_ptr_array_index (entities, i), priv->language));
    }

  for (OutlayFactKind kind = 0; kind <= OUTLAY_FACT_EVENT; kind++)
    {
      if ((hidden_kinds & (1u << kind)) == 0)
        continue;
      if (kinds == NULL)
        kinds = g_string_new (NULL);
      else
        g_string_append (kinds, separator);
      g_string_append (kinds, outlay_fact_kind_get_label (kind));
    }

  if (names != NULL && kinds != NULL)
    /* Translators: what the filters hide: a list of companies or products,
     * then a list of kinds of facts */
    return g_strdup_printf (_("Not shown: %s; and facts of kind %s"), names->str, kinds->str);
  else if (names != NULL)
    /* Translators: what the filters hide: a list of companies or products */
    return g_strdup_printf (_("Not shown: %s"), names->str);
  else if (kinds != NULL)
    /* Translators: what the filters hide: a list of kinds of facts */
    return g_strdup_printf (_("Not shown: facts of kind %s"), kinds->str);

  return NULL;
}

/* (transfer none) (nullable): the note, recomputed only when the filters,
 * the dataset, the language or the direction changed */
const char *
outlay_chart_peek_filter_note (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  if (!priv->filter_note_valid || priv->filter_note_serial != priv->filter_serial)
    {
      g_free (priv->filter_note);
      priv->filter_note = compute_filter_note (self);
      priv->filter_note_serial = priv->filter_serial;
      priv->filter_note_valid = TRUE;
    }

  return priv->filter_note;
}

/**
 * outlay_chart_dup_filter_note:
 * @self: a chart
 *
 * Returns: (transfer full) (nullable): the line that says which entities
 *   and kinds of facts the filters leave out of this chart, drawn above the
 *   sources so that an exported chart says it too; %NULL when the filters
 *   hide nothing it would draw
 */
char *
outlay_chart_dup_filter_note (OutlayChart *self)
{
  g_return_val_if_fail (OUTLAY_IS_CHART (self), NULL);

  return g_strdup (outlay_chart_peek_filter_note (self));
}

static void
draw_text (OutlayChart    *self,
           cairo_t        *cr,
           const char     *text,
           double          size,
           gboolean        bold,
           double          y,
           const char     *role,
           OutlayTextWrap  wrap)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);
  PangoLayout *layout = outlay_chart_get_text (self, text, size, bold, priv->width - 2 * OUTLAY_CHART_MARGIN,
                                               wrap, PANGO_ALIGN_LEFT);

  outlay_chart_set_source_rgba (self, cr, role);
  cairo_move_to (cr, OUTLAY_CHART_MARGIN, y);
  pango_cairo_show_layout (cr, layout);
  /* Text keeps its current point: no path may start from it (issue 12
   * item 7, outlay-timeline-draw.c) */
  cairo_new_path (cr);
}

static void
draw_swatch (OutlayChart        *self,
             cairo_t            *cr,
             OutlayLegendSwatch  swatch,
             double              x,
             double              y)
{
  cairo_save (cr);
  cairo_rectangle (cr, x + 0.5, y + 0.5, SWATCH - 1, SWATCH - 1);
  cairo_set_line_width (cr, 1);

  switch (swatch)
    {
    case OUTLAY_LEGEND_SOLID:
      outlay_chart_set_source_rgba (self, cr, "secondary");
      cairo_fill (cr);
      break;
    case OUTLAY_LEGEND_HATCHED:
      outlay_chart_set_source_rgba (self, cr, "secondary");
      cairo_stroke_preserve (cr);
      cairo_clip (cr);
      for (double d = -SWATCH; d < SWATCH; d += 4)
        {
          cairo_move_to (cr, x + d, y + SWATCH);
          cairo_line_to (cr, x + d + SWATCH, y);
        }
      cairo_stroke (cr);
      break;
    case OUTLAY_LEGEND_FLOOR:
      cairo_new_path (cr);
      outlay_chart_set_source_rgba (self, cr, "secondary");
      cairo_rectangle (cr, x, y + SWATCH / 2, SWATCH, SWATCH / 2);
      cairo_fill (cr);
      cairo_set_dash (cr, (double[]) { 2, 2 }, 2, 0);
      cairo_move_to (cr, x + SWATCH / 2, y + SWATCH / 2);
      cairo_line_to (cr, x + SWATCH / 2, y);
      cairo_stroke (cr);
      break;
    case OUTLAY_LEGEND_DERIVED:
      outlay_chart_set_source_rgba (self, cr, "secondary");
      cairo_set_dash (cr, (double[]) { 3, 2 }, 2, 0);
      cairo_stroke (cr);
      break;
    case OUTLAY_LEGEND_PART:
      cairo_new_path (cr);
      outlay_chart_set_source_rgba (self, cr, "secondary");
      cairo_rectangle (cr, x, y, SWATCH, SWATCH);
      cairo_stroke (cr);
      cairo_rectangle (cr, x + 3, y + SWATCH / 3, SWATCH - 6, SWATCH * 2 / 3);
      cairo_fill (cr);
      break;
    case OUTLAY_LEGEND_CEILING:
      cairo_new_path (cr);
      outlay_chart_set_source_rgba (self, cr, "secondary");
      cairo_rectangle (cr, x + 2, y + 3, SWATCH - 4, SWATCH - 3);
      cairo_fill (cr);
      cairo_set_line_width (cr, 2.5);
      cairo_move_to (cr, x, y + 2);
      cairo_line_to (cr, x + SWATCH, y + 2);
      cairo_stroke (cr);
      break;
    case OUTLAY_LEGEND_RANGE:
      cairo_new_path (cr);
      outlay_chart_set_source_rgba (self, cr, "secondary");
      cairo_rectangle (cr, x + 2, y + SWATCH / 2, SWATCH - 4, SWATCH / 2);
      cairo_fill (cr);
      cairo_set_line_width (cr, 1.5);
      cairo_move_to (cr, x + SWATCH / 2, y + SWATCH / 2);
      cairo_line_to (cr, x + SWATCH / 2, y + 1);
      cairo_move_to (cr, x + 3, y + 1);
      cairo_line_to (cr, x + SWATCH - 3, y + 1);
      cairo_stroke (cr);
      break;
    default:
      g_assert_not_reached ();
    }

  cairo_restore (cr);
}

/* The legend runs from the start edge: from the left, or from the right
 * under RTL, and wraps onto more rows when the chart is too narrow for one.
 * Returns the number of rows. */
guint
outlay_chart_place_legend (OutlayChart *self,
                           double       y,
                           double       row_height)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);
  gboolean rtl = outlay_chart_is_rtl (self);
  double available = priv->width - 2 * OUTLAY_CHART_MARGIN;
  double used = 0;
  guint rows = priv->legend->len > 0 ? 1 : 0;

  for (guint i = 0; i < priv->legend->len; i++)
    {
      LegendEntry *entry = &g_array_index (priv->legend, LegendEntry, i);
      PangoLayout *layout = outlay_chart_get_text (self, entry->label, OUTLAY_CHART_TEXT_SIZE, FALSE, 0,
                                                   OUTLAY_TEXT_NO_WIDTH, PANGO_ALIGN_LEFT);
      int width, height;
      double entry_width, start;

      pango_layout_get_pixel_size (layout, &width, &height);
      entry_width = SWATCH + 6 + width;
      if (used > 0 && used + entry_width > available)
        {
          rows++;
          y += row_height;
          used = 0;
        }

      start = rtl ? priv->width - OUTLAY_CHART_MARGIN - used - entry_width : OUTLAY_CHART_MARGIN + used;
      entry->rect = (OutlayRect) { start, y, entry_width, height };
      entry->text_x = rtl ? start : start + SWATCH + 6;
      used += entry_width + LEGEND_SPACING;
    }

  return rows;
}

static void
draw_legend (OutlayChart *self,
             cairo_t     *cr)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);
  gboolean rtl = outlay_chart_is_rtl (self);

  for (guint i = 0; i < priv->legend->len; i++)
    {
      LegendEntry *entry = &g_array_index (priv->legend, LegendEntry, i);
      PangoLayout *layout = outlay_chart_get_text (self, entry->label, OUTLAY_CHART_TEXT_SIZE, FALSE, 0,
                                                   OUTLAY_TEXT_NO_WIDTH, PANGO_ALIGN_LEFT);
      double swatch_x = rtl ? entry->rect.x + entry->rect.width - SWATCH : entry->rect.x;

      draw_swatch (self, cr, entry->swatch, swatch_x, entry->rect.y + (entry->rect.height - SWATCH) / 2);
      outlay_chart_set_source_rgba (self, cr, "foreground");
      cairo_move_to (cr, entry->text_x, entry->rect.y);
      pango_cairo_show_layout (cr, layout);
      cairo_new_path (cr);
    }
}

/**
 * outlay_chart_get_legend_rects:
 * @self: a chart
 * @n_rects: (out): how many legend entries
 *
 * Returns: (array length=n_rects): where each legend entry (swatch and
 *   label) is, as laid out; the caller frees the array
 */
OutlayRect *
outlay_chart_get_legend_rects (OutlayChart *self,
                               guint       *n_rects)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);
  OutlayRect *rects;

  g_return_val_if_fail (OUTLAY_IS_CHART (self), NULL);

  outlay_chart_ensure_layout (self);
  *n_rects = priv->legend->len;
  rects = g_new (OutlayRect, MAX (priv->legend->len, 1));
  for (guint i = 0; i < priv->legend->len; i++)
    rects[i] = g_array_index (priv->legend, LegendEntry, i).rect;

  return rects;
}

/* Background, title, units line, legend and source line: what every chart
 * draws around its plot. */
void
outlay_chart_draw_frame (OutlayChart *self,
                         cairo_t     *cr)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);
  g_autofree char *title = outlay_chart_dup_title (self);

  outlay_chart_set_source_rgba (self, cr, "background");
  cairo_rectangle (cr, 0, 0, priv->width, priv->height);
  cairo_fill (cr);

  /* The title is cut to the width; the units line and the lines under the
   * plot wrap, never cut: an exported chart names its rate and all its
   * sources */
  draw_text (self, cr, title, OUTLAY_CHART_TITLE_SIZE, TRUE, priv->title_y, "foreground", OUTLAY_TEXT_ELLIPSIZE);
  if (priv->units != NULL)
    draw_text (self, cr, priv->units, OUTLAY_CHART_TEXT_SIZE, FALSE, priv->units_y, "secondary",
               priv->units_cut ? OUTLAY_TEXT_ELLIPSIZE : OUTLAY_TEXT_WRAP);
  draw_legend (self, cr);
  if (outlay_chart_peek_filter_note (self) != NULL)
    draw_text (self, cr, outlay_chart_peek_filter_note (self), OUTLAY_CHART_SMALL_SIZE, FALSE,
               priv->note_y, "foreground", OUTLAY_TEXT_WRAP);
  if (priv->plot_note != NULL)
    draw_text (self, cr, priv->plot_note, OUTLAY_CHART_SMALL_SIZE, FALSE, priv->plot_note_y, "foreground",
               OUTLAY_TEXT_WRAP);
  if (priv->source_line != NULL)
    draw_text (self, cr, priv->source_line, OUTLAY_CHART_SMALL_SIZE, FALSE, priv->source_y, "secondary",
               OUTLAY_TEXT_WRAP);
}

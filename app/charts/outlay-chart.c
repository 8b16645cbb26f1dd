/* outlay-chart.c
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

#include "outlay-chart-private.h"
#include "outlay-chart-text.h"
#include "outlay-citation.h"
#include "outlay-entity.h"
#include "outlay-fact.h"
#include "outlay-source.h"

/* Every chart is drawn by this class's draw() onto whatever cairo_t it is
 * given: the widget's snapshot, a PNG, an SVG or a PDF page. Text is laid
 * out by Pango with metrics hinting off, so a label is as wide on screen
 * as in every export. Direction and language are inputs: nothing here
 * reads the process locale except the translated chart words. */

/* Four fonts in all (20 bold, 13, 12, 12 bold): fontconfig sorts every
 * installed font for each size and weight a process first asks for, some
 * milliseconds each, which was most of a command-line SVG export. */

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (OutlayChart, outlay_chart, G_TYPE_OBJECT)

OutlayChartPrivate *
outlay_chart_get_private (OutlayChart *self)
{
  return outlay_chart_get_instance_private (self);
}

enum {
  PROP_0,
  PROP_DATASET,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
outlay_chart_dispose (GObject *object)
{
  OutlayChart *self = (OutlayChart *)object;
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  if (priv->marks != NULL)
    g_array_set_size (priv->marks, 0);
  g_clear_object (&priv->dataset);
  g_clear_pointer (&priv->text, outlay_chart_text_free);

  G_OBJECT_CLASS (outlay_chart_parent_class)->dispose (object);
}

static void
outlay_chart_finalize (GObject *object)
{
  OutlayChart *self = (OutlayChart *)object;
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  g_clear_pointer (&priv->marks, g_array_unref);
  g_clear_pointer (&priv->legend, g_array_unref);
  g_clear_pointer (&priv->language, g_free);
  g_clear_pointer (&priv->currency, g_free);
  g_clear_pointer (&priv->hidden_entities, g_strfreev);
  g_clear_pointer (&priv->selected, g_free);
  g_clear_pointer (&priv->filter_note, g_free);
  g_clear_pointer (&priv->source_line, g_free);
  g_clear_pointer (&priv->plot_note, g_free);
  g_clear_pointer (&priv->units, g_free);

  G_OBJECT_CLASS (outlay_chart_parent_class)->finalize (object);
}

static void
outlay_chart_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  OutlayChart *self = OUTLAY_CHART (object);
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, priv->dataset);
      break;
    case PROP_SELECTED:
      g_value_set_string (value, priv->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outlay_chart_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  OutlayChart *self = OUTLAY_CHART (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      outlay_chart_set_dataset (self, g_value_get_object (value));
      break;
    case PROP_SELECTED:
      outlay_chart_set_selected (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outlay_chart_class_init (OutlayChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = outlay_chart_dispose;
  object_class->finalize = outlay_chart_finalize;
  object_class->get_property = outlay_chart_get_property;
  object_class->set_property = outlay_chart_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, OUTLAY_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_string ("selected", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
outlay_chart_init (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  priv->marks = g_array_new (FALSE, TRUE, sizeof (OutlayChartMark));
  priv->legend = g_array_new (FALSE, TRUE, sizeof (LegendEntry));
  g_array_set_clear_func (priv->legend, outlay_chart_legend_entry_clear);
  priv->width = 960;
  priv->height = 600;
  priv->direction = PANGO_DIRECTION_LTR;
  priv->language = g_strdup ("en");
  priv->theme = OUTLAY_CHART_THEME_LIGHT;

  priv->text = outlay_chart_text_new ();
}

/**
 * outlay_chart_invalidate:
 * @self: a chart
 *
 * Drops the layout; the next draw or hit test lays the chart out again.
 */
void
outlay_chart_invalidate (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  g_return_if_fail (OUTLAY_IS_CHART (self));

  priv->layout_valid = FALSE;
}

OutlayDataset *
outlay_chart_get_dataset (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  g_return_val_if_fail (OUTLAY_IS_CHART (self), NULL);

  return priv->dataset;
}

void
outlay_chart_set_dataset (OutlayChart   *self,
                          OutlayDataset *dataset)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  g_return_if_fail (OUTLAY_IS_CHART (self));
  g_return_if_fail (dataset == NULL || OUTLAY_IS_DATASET (dataset));

  if (g_set_object (&priv->dataset, dataset))
    {
      priv->filter_serial++;
      outlay_chart_invalidate (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
    }
}

void
outlay_chart_set_size (OutlayChart *self,
                       double       width,
                       double       height)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  g_return_if_fail (OUTLAY_IS_CHART (self));
  g_return_if_fail (width > 0 && height > 0);

  if (priv->width != width || priv->height != height)
    {
      priv->width = width;
      priv->height = height;
      outlay_chart_invalidate (self);
    }
}

double
outlay_chart_get_width (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  return priv->width;
}

double
outlay_chart_get_height (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  return priv->height;
}

PangoDirection
outlay_chart_get_direction (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  return priv->direction;
}

/**
 * outlay_chart_set_direction:
 * @self: a chart
 * @direction: %PANGO_DIRECTION_LTR or %PANGO_DIRECTION_RTL
 *
 * Under RTL the whole chart mirrors: the value axis goes right, the first
 * category is rightmost, the legend runs from the right.
 */
void
outlay_chart_set_direction (OutlayChart    *self,
                            PangoDirection  direction)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  g_return_if_fail (OUTLAY_IS_CHART (self));
  g_return_if_fail (direction == PANGO_DIRECTION_LTR || direction == PANGO_DIRECTION_RTL);

  if (priv->direction != direction)
    {
      priv->direction = direction;
      priv->filter_note_valid = FALSE;
      outlay_chart_text_set_direction (priv->text, direction);
      outlay_chart_invalidate (self);
    }
}

gboolean
outlay_chart_is_rtl (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  return priv->direction == PANGO_DIRECTION_RTL;
}

const char *
outlay_chart_get_language (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  return priv->language;
}

/**
 * outlay_chart_set_language:
 * @self: a chart
 * @language: the data language: "en" or "ar"
 */
void
outlay_chart_set_language (OutlayChart *self,
                           const char  *language)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  g_return_if_fail (OUTLAY_IS_CHART (self));
  g_return_if_fail (language != NULL);

  if (g_strcmp0 (priv->language, language) != 0)
    {
      g_free (priv->language);
      priv->language = g_strdup (language);
      outlay_chart_text_set_language (priv->text, language);
      priv->filter_note_valid = FALSE;
      outlay_chart_invalidate (self);
    }
}

OutlayChartTheme
outlay_chart_get_theme (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  return priv->theme;
}

void
outlay_chart_set_theme (OutlayChart      *self,
                        OutlayChartTheme  theme)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  g_return_if_fail (OUTLAY_IS_CHART (self));
  g_return_if_fail (theme <= OUTLAY_CHART_THEME_HIGH_CONTRAST);

  if (priv->theme != theme)
    {
      priv->theme = theme;
      outlay_chart_invalidate (self);
    }
}

const OutlayFigureOptions *
outlay_chart_get_figure_options (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  return &priv->figure_options;
}

/**
 * outlay_chart_set_currency:
 * @self: a chart
 * @currency: (nullable): ISO 4217 code, or %NULL for each figure's own
 * @rate_mode: the stated rates, or the user's rate for every figure
 * @user_rate: units of a figure's currency per unit of @currency, or 0
 */
void
outlay_chart_set_currency (OutlayChart    *self,
                           const char     *currency,
                           OutlayRateMode  rate_mode,
                           double          user_rate)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  g_return_if_fail (OUTLAY_IS_CHART (self));

  g_free (priv->currency);
  priv->currency = g_strdup (currency);
  priv->figure_options.currency = priv->currency;
  priv->figure_options.rate_mode = rate_mode;
  priv->figure_options.user_rate = user_rate;
  outlay_chart_invalidate (self);
}

void
outlay_chart_set_per_year (OutlayChart *self,
                           gboolean     per_year)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  g_return_if_fail (OUTLAY_IS_CHART (self));

  if (priv->figure_options.per_year != !!per_year)
    {
      priv->figure_options.per_year = !!per_year;
      outlay_chart_invalidate (self);
    }
}

void
outlay_chart_set_hidden_entities (OutlayChart        *self,
                                  const char * const *entity_ids)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  g_return_if_fail (OUTLAY_IS_CHART (self));

  g_strfreev (priv->hidden_entities);
  priv->hidden_entities = g_strdupv ((char **)entity_ids);
  priv->filter_serial++;
  outlay_chart_invalidate (self);
}

/**
 * outlay_chart_set_kind_hidden:
 * @self: a chart
 * @kind: a fact kind
 * @hidden: whether facts of @kind are left out
 */
void
outlay_chart_set_kind_hidden (OutlayChart    *self,
                              OutlayFactKind  kind,
                              gboolean        hidden)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);
  guint hidden_kinds;

  g_return_if_fail (OUTLAY_IS_CHART (self));
  g_return_if_fail (kind <= OUTLAY_FACT_EVENT);

  hidden_kinds = hidden ? priv->hidden_kinds | (1u << kind) : priv->hidden_kinds & ~(1u << kind);
  if (hidden_kinds != priv->hidden_kinds)
    {
      priv->hidden_kinds = hidden_kinds;
      priv->filter_serial++;
      outlay_chart_invalidate (self);
    }
}

/**
 * outlay_chart_is_fact_hidden:
 * @self: a chart
 * @fact: a fact
 *
 * Returns: %TRUE if the filters leave @fact out: its kind or its entity
 *   is hidden
 */
gboolean
outlay_chart_is_fact_hidden (OutlayChart *self,
                             OutlayFact  *fact)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  return outlay_fact_is_filtered_out (fact, (const char * const *)priv->hidden_entities, priv->hidden_kinds);
}

/**
 * outlay_chart_get_filter_serial:
 * @self: a chart
 *
 * Returns: a number that changes whenever the dataset or the filters do:
 *   a chart kind that indexes the facts rebuilds its index then, and only
 *   then
 */
guint
outlay_chart_get_filter_serial (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  return priv->filter_serial;
}

gboolean
outlay_chart_is_entity_hidden (OutlayChart *self,
                               const char  *entity_id)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  return priv->hidden_entities != NULL &&
         g_strv_contains ((const char * const *)priv->hidden_entities, entity_id);
}

const char *
outlay_chart_get_selected (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  return priv->selected;
}

/**
 * outlay_chart_set_selected:
 * @self: a chart
 * @fact_id: (nullable): the fact to draw as selected
 *
 * Selection changes only how a mark is painted, not the layout.
 */
void
outlay_chart_set_selected (OutlayChart *self,
                           const char  *fact_id)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  g_return_if_fail (OUTLAY_IS_CHART (self));

  if (g_strcmp0 (priv->selected, fact_id) != 0)
    {
      g_free (priv->selected);
      priv->selected = g_strdup (fact_id);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
    }
}

/**
 * outlay_chart_align_text:
 * @self: a chart
 * @layout: a layout made by outlay_chart_create_text()
 * @alignment: %PANGO_ALIGN_LEFT for the start edge, %PANGO_ALIGN_RIGHT for
 *   the end edge, or %PANGO_ALIGN_CENTER
 *
 * Each paragraph takes its direction from its own text, so an English
 * name in an Arabic chart reads left to right and "≥ 380" stays "≥ 380";
 * but the edge it sits against follows the chart's direction. Pango swaps
 * left and right for a paragraph whose direction differs from the
 * context's; this undoes the swap.
 */
void
outlay_chart_align_text (OutlayChart    *self,
                         PangoLayout    *layout,
                         PangoAlignment  alignment)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  outlay_chart_text_align (priv->text, layout, alignment);
}

/**
 * outlay_chart_create_text:
 * @self: a chart
 * @text: the text
 * @size: its size in pixels
 * @bold: whether it is bold
 *
 * Returns: (transfer full): a layout of @text in the chart's direction
 *   and language
 */
PangoLayout *
outlay_chart_create_text (OutlayChart *self,
                          const char  *text,
                          double       size,
                          gboolean     bold)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  return outlay_chart_text_create (priv->text, text, size, bold);
}

/**
 * outlay_chart_get_text:
 * @self: a chart
 * @text: the text
 * @size: its size in pixels
 * @bold: whether it is bold
 * @width: where to wrap or cut it, if @wrap says so
 * @wrap: how to fit @width
 * @alignment: %PANGO_ALIGN_LEFT for the start edge, %PANGO_ALIGN_RIGHT
 *   for the end edge, or %PANGO_ALIGN_CENTER
 *
 * The way to draw text each frame: the layout is shaped once and kept
 * while the chart's direction and language stay.
 *
 * Returns: (transfer none): the laid out text, not to be changed
 */
PangoLayout *
outlay_chart_get_text (OutlayChart    *self,
                       const char     *text,
                       double          size,
                       gboolean        bold,
                       double          width,
                       OutlayTextWrap  wrap,
                       PangoAlignment  alignment)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  return outlay_chart_text_get (priv->text, text, size, bold, width, wrap, alignment);
}

void
outlay_chart_add_mark (OutlayChart      *self,
                       OutlayFact       *fact,
                       const OutlayRect *rect)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);
  OutlayChartMark mark = { fact, *rect };

  g_array_append_val (priv->marks, mark);
}

guint
outlay_chart_get_n_marks (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  g_return_val_if_fail (OUTLAY_IS_CHART (self), 0);

  outlay_chart_ensure_layout (self);
  return priv->marks->len;
}

/**
 * outlay_chart_get_mark:
 * @self: a chart
 * @index: a mark's index, in reading order
 *
 * Returns: (transfer none): the mark
 */
const OutlayChartMark *
outlay_chart_get_mark (OutlayChart *self,
                       guint        index)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  g_return_val_if_fail (OUTLAY_IS_CHART (self), NULL);

  outlay_chart_ensure_layout (self);
  g_return_val_if_fail (index < priv->marks->len, NULL);

  return &g_array_index (priv->marks, OutlayChartMark, index);
}

/**
 * outlay_chart_dup_mark_description:
 * @self: a chart
 * @index: a mark's index
 *
 * Returns: (transfer full): what the mark says, in words: for its tooltip
 *   and for screen readers
 */
char *
outlay_chart_dup_mark_description (OutlayChart *self,
                                   guint        index)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  g_return_val_if_fail (OUTLAY_IS_CHART (self), NULL);

  outlay_chart_ensure_layout (self);
  g_return_val_if_fail (index < priv->marks->len, NULL);

  return OUTLAY_CHART_GET_CLASS (self)->dup_mark_description (self, index);
}

/**
 * outlay_chart_hit_test:
 * @self: a chart
 * @x: a point, in chart units
 * @y: a point
 *
 * One look-up for click, hover and tooltip. Where marks overlap, the
 * smallest wins: a part drawn inside its whole is reached by pointing at
 * it, the whole by pointing anywhere else on it.
 *
 * Returns: the index of the mark at (@x, @y), or -1
 */
int
outlay_chart_hit_test (OutlayChart *self,
                       double       x,
                       double       y)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);
  double smallest = G_MAXDOUBLE;
  int found = -1;

  g_return_val_if_fail (OUTLAY_IS_CHART (self), -1);

  outlay_chart_ensure_layout (self);

  for (guint i = 0; i < priv->marks->len; i++)
    {
      const OutlayRect *r = &g_array_index (priv->marks, OutlayChartMark, i).rect;

      if (x >= r->x && x < r->x + r->width && y >= r->y && y < r->y + r->height &&
          r->width * r->height < smallest)
        {
          smallest = r->width * r->height;
          found = (int)i;
        }
    }

  return found;
}

/**
 * outlay_chart_get_adjacent_mark:
 * @self: a chart
 * @index: the current mark, or -1 for none
 * @delta: +1 for the next mark in reading order, -1 for the previous
 *
 * For keyboard navigation: reading order, so the widget maps the arrow
 * keys through the text direction.
 *
 * Returns: the mark @delta away from @index, clamped to the marks, or -1
 *   when there are none
 */
int
outlay_chart_get_adjacent_mark (OutlayChart *self,
                                int          index,
                                int          delta)
{
  int n = (int)outlay_chart_get_n_marks (self);

  if (n == 0)
    return -1;
  if (index < 0)
    return delta < 0 ? n - 1 : 0;

  return CLAMP (index + delta, 0, n - 1);
}

char *
outlay_chart_dup_title (OutlayChart *self)
{
  g_return_val_if_fail (OUTLAY_IS_CHART (self), NULL);

  return OUTLAY_CHART_GET_CLASS (self)->dup_title (self);
}

/**
 * outlay_chart_draw:
 * @self: a chart
 * @cr: where to draw, in chart units from (0, 0) to the chart's size
 *
 * Draws the whole chart: background, frame and plot.
 */
void
outlay_chart_draw (OutlayChart *self,
                   cairo_t     *cr)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  g_return_if_fail (OUTLAY_IS_CHART (self));
  g_return_if_fail (cr != NULL);

  outlay_chart_ensure_layout (self);

  cairo_save (cr);
  outlay_chart_draw_frame (self, cr);

  if (priv->dataset != NULL)
    OUTLAY_CHART_GET_CLASS (self)->draw_plot (self, cr);

  cairo_restore (cr);
}

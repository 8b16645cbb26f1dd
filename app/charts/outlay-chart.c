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

#include "outlay-chart.h"
#include "outlay-citation.h"
#include "outlay-entity.h"
#include "outlay-fact.h"
#include "outlay-source.h"

/* Every chart is drawn by this class's draw() onto whatever cairo_t it is
 * given: the widget's snapshot, a PNG, an SVG or a PDF page. Text is laid
 * out by Pango with metrics hinting off, so a label is as wide on screen
 * as in every export. Direction and language are inputs: nothing here
 * reads the process locale except the translated chart words. */

#define MARGIN 24.0
#define TITLE_SIZE 20.0
#define TEXT_SIZE 13.0
#define SMALL_SIZE 11.5
#define SWATCH 12.0

typedef struct
{
  OutlayLegendSwatch  swatch;
  char               *label;
} LegendEntry;

typedef struct
{
  OutlayDataset       *dataset;
  PangoContext        *pango;
  char                *language;
  char                *currency;
  char               **hidden_entities;
  char                *selected;
  GArray              *marks;   /* OutlayChartMark */
  GArray              *legend;  /* LegendEntry */
  OutlayFigureOptions  figure_options;
  double               width;
  double               height;
  PangoDirection       direction;
  OutlayChartTheme     theme;
  guint                filter_serial;
  gboolean             layout_valid;
  double               title_y;
  double               units_y;
  double               legend_y;
  double               source_y;
} OutlayChartPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (OutlayChart, outlay_chart, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  const char *role;
  double      rgba[3][4];  /* light, dark, high contrast */
} PaletteEntry;

static const PaletteEntry palette[] = {
  { "background", { { 1, 1, 1, 1 }, { 0.14, 0.14, 0.15, 1 }, { 1, 1, 1, 1 } } },
  { "foreground", { { 0.12, 0.12, 0.14, 1 }, { 0.95, 0.95, 0.96, 1 }, { 0, 0, 0, 1 } } },
  { "secondary", { { 0.36, 0.36, 0.40, 1 }, { 0.70, 0.70, 0.74, 1 }, { 0, 0, 0, 1 } } },
  { "grid", { { 0, 0, 0, 0.10 }, { 1, 1, 1, 0.12 }, { 0, 0, 0, 0.45 } } },
  { "axis", { { 0, 0, 0, 0.55 }, { 1, 1, 1, 0.60 }, { 0, 0, 0, 1 } } },
  { "selection", { { 0.21, 0.52, 0.89, 1 }, { 0.47, 0.68, 0.93, 1 }, { 0, 0, 0, 1 } } },
};

static void
legend_entry_clear (gpointer data)
{
  LegendEntry *entry = data;

  g_clear_pointer (&entry->label, g_free);
}

static void
outlay_chart_dispose (GObject *object)
{
  OutlayChart *self = (OutlayChart *)object;
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

  if (priv->marks != NULL)
    g_array_set_size (priv->marks, 0);
  g_clear_object (&priv->dataset);
  g_clear_object (&priv->pango);

  G_OBJECT_CLASS (outlay_chart_parent_class)->dispose (object);
}

static void
outlay_chart_finalize (GObject *object)
{
  OutlayChart *self = (OutlayChart *)object;
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

  g_clear_pointer (&priv->marks, g_array_unref);
  g_clear_pointer (&priv->legend, g_array_unref);
  g_clear_pointer (&priv->language, g_free);
  g_clear_pointer (&priv->currency, g_free);
  g_clear_pointer (&priv->hidden_entities, g_strfreev);
  g_clear_pointer (&priv->selected, g_free);

  G_OBJECT_CLASS (outlay_chart_parent_class)->finalize (object);
}

static void
outlay_chart_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  OutlayChart *self = OUTLAY_CHART (object);
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

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
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);
  cairo_font_options_t *options;

  priv->marks = g_array_new (FALSE, TRUE, sizeof (OutlayChartMark));
  priv->legend = g_array_new (FALSE, TRUE, sizeof (LegendEntry));
  g_array_set_clear_func (priv->legend, legend_entry_clear);
  priv->width = 960;
  priv->height = 600;
  priv->direction = PANGO_DIRECTION_LTR;
  priv->language = g_strdup ("en");
  priv->theme = OUTLAY_CHART_THEME_LIGHT;

  /* Metrics unhinted, so that text measures the same on every surface. */
  priv->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (priv->pango, options);
  pango_cairo_context_set_resolution (priv->pango, 96);
  cairo_font_options_destroy (options);
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
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

  g_return_if_fail (OUTLAY_IS_CHART (self));

  priv->layout_valid = FALSE;
}

OutlayDataset *
outlay_chart_get_dataset (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

  g_return_val_if_fail (OUTLAY_IS_CHART (self), NULL);

  return priv->dataset;
}

void
outlay_chart_set_dataset (OutlayChart   *self,
                          OutlayDataset *dataset)
{
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

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
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

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
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

  return priv->width;
}

double
outlay_chart_get_height (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

  return priv->height;
}

PangoDirection
outlay_chart_get_direction (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

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
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

  g_return_if_fail (OUTLAY_IS_CHART (self));
  g_return_if_fail (direction == PANGO_DIRECTION_LTR || direction == PANGO_DIRECTION_RTL);

  if (priv->direction != direction)
    {
      priv->direction = direction;
      pango_context_set_base_dir (priv->pango, direction);
      outlay_chart_invalidate (self);
    }
}

gboolean
outlay_chart_is_rtl (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

  return priv->direction == PANGO_DIRECTION_RTL;
}

const char *
outlay_chart_get_language (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

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
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

  g_return_if_fail (OUTLAY_IS_CHART (self));
  g_return_if_fail (language != NULL);

  if (g_strcmp0 (priv->language, language) != 0)
    {
      g_free (priv->language);
      priv->language = g_strdup (language);
      pango_context_set_language (priv->pango, pango_language_from_string (language));
      outlay_chart_invalidate (self);
    }
}

OutlayChartTheme
outlay_chart_get_theme (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

  return priv->theme;
}

void
outlay_chart_set_theme (OutlayChart      *self,
                        OutlayChartTheme  theme)
{
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

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
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

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
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

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
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

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
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

  g_return_if_fail (OUTLAY_IS_CHART (self));

  g_strfreev (priv->hidden_entities);
  priv->hidden_entities = g_strdupv ((char **)entity_ids);
  priv->filter_serial++;
  outlay_chart_invalidate (self);
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
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

  return priv->filter_serial;
}

gboolean
outlay_chart_is_entity_hidden (OutlayChart *self,
                               const char  *entity_id)
{
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

  return priv->hidden_entities != NULL &&
         g_strv_contains ((const char * const *)priv->hidden_entities, entity_id);
}

const char *
outlay_chart_get_selected (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

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
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

  g_return_if_fail (OUTLAY_IS_CHART (self));

  if (g_strcmp0 (priv->selected, fact_id) != 0)
    {
      g_free (priv->selected);
      priv->selected = g_strdup (fact_id);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
    }
}

/* The direction of a paragraph, as its first letter of a strong
 * direction gives it. Asking the layout instead would lay the text out
 * once more per label, which shows in a frame of a thousand labels. */
static PangoDirection
text_direction (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      GUnicodeScript script = g_unichar_get_script (g_utf8_get_char (p));

      if (script == G_UNICODE_SCRIPT_COMMON || script == G_UNICODE_SCRIPT_INHERITED ||
          script == G_UNICODE_SCRIPT_UNKNOWN)
        continue;

      if (script == G_UNICODE_SCRIPT_ARABIC || script == G_UNICODE_SCRIPT_HEBREW ||
          script == G_UNICODE_SCRIPT_SYRIAC || script == G_UNICODE_SCRIPT_THAANA ||
          script == G_UNICODE_SCRIPT_NKO || script == G_UNICODE_SCRIPT_ADLAM)
        return PANGO_DIRECTION_RTL;

      return PANGO_DIRECTION_LTR;
    }

  return PANGO_DIRECTION_NEUTRAL;
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
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);
  PangoDirection paragraph;
  gboolean rtl = priv->direction == PANGO_DIRECTION_RTL;

  if (alignment != PANGO_ALIGN_CENTER)
    {
      /* start/end → left/right in the chart's direction */
      if (rtl)
        alignment = alignment == PANGO_ALIGN_LEFT ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;

      paragraph = text_direction (pango_layout_get_text (layout));
      if ((paragraph == PANGO_DIRECTION_LTR && rtl) || (paragraph == PANGO_DIRECTION_RTL && !rtl))
        alignment = alignment == PANGO_ALIGN_LEFT ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
    }

  pango_layout_set_alignment (layout, alignment);
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
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);
  PangoLayout *layout = pango_layout_new (priv->pango);
  PangoFontDescription *font = pango_font_description_from_string ("Noto Sans, DejaVu Sans, Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);
  outlay_chart_align_text (self, layout, PANGO_ALIGN_LEFT);

  return layout;
}

static const double *
palette_rgba (OutlayChart *self,
              const char  *role)
{
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    if (strcmp (palette[i].role, role) == 0)
      return palette[i].rgba[priv->theme];

  g_return_val_if_reached (palette[1].rgba[priv->theme]);
}

/**
 * outlay_chart_set_source_rgba:
 * @self: a chart
 * @cr: a cairo context
 * @role: "background", "foreground", "secondary", "grid", "axis" or
 *   "selection"
 *
 * Sets the colour of @role in the chart's theme.
 */
void
outlay_chart_set_source_rgba (OutlayChart *self,
                              cairo_t     *cr,
                              const char  *role)
{
  const double *rgba = palette_rgba (self, role);

  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3]);
}

/**
 * outlay_chart_set_role_color:
 * @self: a chart
 * @cr: a cairo context
 * @role: a colour role, as for outlay_chart_set_source_rgba()
 * @alpha: opacity, multiplied with the role's own
 */
void
outlay_chart_set_role_color (OutlayChart *self,
                             cairo_t     *cr,
                             const char  *role,
                             double       alpha)
{
  const double *rgba = palette_rgba (self, role);

  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3] * alpha);
}

/**
 * outlay_chart_set_entity_tint:
 * @self: a chart
 * @cr: a cairo context
 * @entity: an entity
 * @strength: how much of the entity's colour, over the background
 *
 * Sets the entity's colour mixed with the background, opaque: what a
 * translucent fill would look like on the background, at the cost of an
 * opaque one (cairo fills opaque boxes by a fast path; blending thousands
 * of marks a frame is what made frames slow).
 */
/**
 * outlay_chart_set_role_tint:
 * @self: a chart
 * @cr: a cairo context
 * @role: a colour role
 * @strength: opacity of the role's colour over the background
 *
 * As outlay_chart_set_role_color(), mixed with the background, opaque.
 */
void
outlay_chart_set_role_tint (OutlayChart *self,
                            cairo_t     *cr,
                            const char  *role,
                            double       strength)
{
  const double *background = palette_rgba (self, "background");
  const double *color = palette_rgba (self, role);
  double a = color[3] * strength;

  cairo_set_source_rgb (cr,
                        background[0] + (color[0] - background[0]) * a,
                        background[1] + (color[1] - background[1]) * a,
                        background[2] + (color[2] - background[2]) * a);
}

void
outlay_chart_set_entity_tint (OutlayChart  *self,
                              cairo_t      *cr,
                              OutlayEntity *entity,
                              double        strength)
{
  const double *background = palette_rgba (self, "background");
  guint32 rgb = outlay_entity_get_color (entity);
  double color[3] = { ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0 };

  cairo_set_source_rgb (cr,
                        background[0] + (color[0] - background[0]) * strength,
                        background[1] + (color[1] - background[1]) * strength,
                        background[2] + (color[2] - background[2]) * strength);
}

void
outlay_chart_set_entity_color (OutlayChart  *self,
                               cairo_t      *cr,
                               OutlayEntity *entity,
                               double        alpha)
{
  guint32 rgb = outlay_entity_get_color (entity);

  cairo_set_source_rgba (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                         (rgb & 0xff) / 255.0, alpha);
}

void
outlay_chart_add_mark (OutlayChart      *self,
                       OutlayFact       *fact,
                       const OutlayRect *rect)
{
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);
  OutlayChartMark mark = { fact, *rect };

  g_array_append_val (priv->marks, mark);
}

void
outlay_chart_add_legend (OutlayChart        *self,
                         OutlayLegendSwatch  swatch,
                         const char         *label)
{
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);
  LegendEntry entry = { swatch, g_strdup (label) };

  for (guint i = 0; i < priv->legend->len; i++)
    if (g_array_index (priv->legend, LegendEntry, i).swatch == swatch)
      {
        g_free (entry.label);
        return;
      }

  g_array_append_val (priv->legend, entry);
}

static double
text_height (OutlayChart *self,
             double       size)
{
  g_autoptr(PangoLayout) layout = outlay_chart_create_text (self, "Ag", size, FALSE);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static void
ensure_layout (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);
  OutlayRect plot;
  double y = MARGIN;

  if (priv->layout_valid)
    return;

  g_array_set_size (priv->marks, 0);
  g_array_set_size (priv->legend, 0);

  priv->title_y = y;
  y += text_height (self, TITLE_SIZE) + 4;
  priv->units_y = y;
  y += text_height (self, TEXT_SIZE) + 8;
  priv->legend_y = y;
  y += text_height (self, TEXT_SIZE) + 16;

  priv->source_y = priv->height - MARGIN - text_height (self, SMALL_SIZE);

  plot = (OutlayRect) {
    MARGIN, y, priv->width - 2 * MARGIN, MAX (priv->source_y - 12 - y, 10),
  };

  if (priv->dataset != NULL)
    {
      OUTLAY_CHART_GET_CLASS (self)->layout (self, &plot);
      OUTLAY_CHART_GET_CLASS (self)->add_legend (self);
    }

  priv->layout_valid = TRUE;
}

guint
outlay_chart_get_n_marks (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

  g_return_val_if_fail (OUTLAY_IS_CHART (self), 0);

  ensure_layout (self);
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
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

  g_return_val_if_fail (OUTLAY_IS_CHART (self), NULL);

  ensure_layout (self);
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
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

  g_return_val_if_fail (OUTLAY_IS_CHART (self), NULL);

  ensure_layout (self);
  g_return_val_if_fail (index < priv->marks->len, NULL);

  return OUTLAY_CHART_GET_CLASS (self)->dup_mark_description (self, index);
}

/**
 * outlay_chart_hit_test:
 * @self: a chart
 * @x: a point, in chart units
 * @y: a point
 *
 * One look-up for click, hover and tooltip.
 *
 * Returns: the index of the mark at (@x, @y), or -1
 */
int
outlay_chart_hit_test (OutlayChart *self,
                       double       x,
                       double       y)
{
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);

  g_return_val_if_fail (OUTLAY_IS_CHART (self), -1);

  ensure_layout (self);

  for (guint i = 0; i < priv->marks->len; i++)
    {
      const OutlayRect *r = &g_array_index (priv->marks, OutlayChartMark, i).rect;

      if (x >= r->x && x < r->x + r->width && y >= r->y && y < r->y + r->height)
        return (int)i;
    }

  return -1;
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
 * outlay_chart_dup_units:
 * @self: a chart
 *
 * Returns: (transfer full): the line that says what the values are, and
 *   at which rate they were converted
 */
char *
outlay_chart_dup_units (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);
  const OutlayFigureOptions *options = &priv->figure_options;
  g_autofree char *units = NULL;
  char rate[G_ASCII_DTOSTR_BUF_SIZE];

  if (OUTLAY_CHART_GET_CLASS (self)->dup_units != NULL)
    return OUTLAY_CHART_GET_CLASS (self)->dup_units (self);

  if (options->currency == NULL)
    units = g_strdup (_("As each source states it, from zero"));
  else if (options->rate_mode == OUTLAY_RATE_MODE_USER)
    /* Translators: the first %s is a currency code, the second a rate */
    units = g_strdup_printf (_("In %s, converted at %s per unit (your rate)"), options->currency,
                             g_ascii_formatd (rate, sizeof rate, "%.4g", options->user_rate));
  else if (options->user_rate > 0)
    units = g_strdup_printf (_("In %s, at the rate each source stated, else at %s per unit (your rate)"),
                             options->currency,
                             g_ascii_formatd (rate, sizeof rate, "%.4g", options->user_rate));
  else
    units = g_strdup_printf (_("In %s, at the rate each source stated"), options->currency);

  if (options->per_year)
    return g_strconcat (units, _("; totals over several years shown per year (derived)"), NULL);

  return g_steal_pointer (&units);
}

/**
 * outlay_chart_dup_source_line:
 * @self: a chart
 *
 * Returns: (transfer full): "Sources: " and the publishers cited by the
 *   facts the chart shows, each once, in order of appearance
 */
char *
outlay_chart_dup_source_line (OutlayChart *self)
{
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  g_autoptr(GString) names = g_string_new (NULL);

  ensure_layout (self);

  for (guint i = 0; i < priv->marks->len; i++)
    {
      OutlayFact *fact = g_array_index (priv->marks, OutlayChartMark, i).fact;

      for (guint j = 0; j < outlay_fact_get_n_citations (fact); j++)
        {
          OutlaySource *source = outlay_citation_get_source (outlay_fact_get_citation (fact, j));

          if (g_ptr_array_find (seen, source, NULL))
            continue;

          g_ptr_array_add (seen, source);
          if (names->len > 0)
            g_string_append (names, outlay_chart_is_rtl (self) ? "، " : "; ");
          g_string_append (names, outlay_source_get_publisher (source, priv->language));
        }
    }

  /* Translators: %s is a list of publishers */
  return g_strdup_printf (_("Sources: %s"), names->str);
}

static void
draw_text (OutlayChart *self,
           cairo_t     *cr,
           const char  *text,
           double       size,
           gboolean     bold,
           double       y,
           const char  *role)
{
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);
  g_autoptr(PangoLayout) layout = outlay_chart_create_text (self, text, size, bold);

  pango_layout_set_width (layout, (int)((priv->width - 2 * MARGIN) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  outlay_chart_set_source_rgba (self, cr, role);
  cairo_move_to (cr, MARGIN, y);
  pango_cairo_show_layout (cr, layout);
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
    default:
      g_assert_not_reached ();
    }

  cairo_restore (cr);
}

/* The legend runs from the start edge: from the left, or from the right
 * under RTL. */
static void
draw_legend (OutlayChart *self,
             cairo_t     *cr)
{
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);
  gboolean rtl = outlay_chart_is_rtl (self);
  double x = rtl ? priv->width - MARGIN : MARGIN;

  for (guint i = 0; i < priv->legend->len; i++)
    {
      LegendEntry *entry = &g_array_index (priv->legend, LegendEntry, i);
      g_autoptr(PangoLayout) layout = outlay_chart_create_text (self, entry->label, TEXT_SIZE, FALSE);
      int width, height;
      double swatch_x, text_x;

      pango_layout_get_pixel_size (layout, &width, &height);

      swatch_x = rtl ? x - SWATCH : x;
      text_x = rtl ? swatch_x - 6 - width : x + SWATCH + 6;
      draw_swatch (self, cr, entry->swatch, swatch_x, priv->legend_y + (height - SWATCH) / 2);
      outlay_chart_set_source_rgba (self, cr, "foreground");
      cairo_move_to (cr, text_x, priv->legend_y);
      pango_cairo_show_layout (cr, layout);

      x = rtl ? text_x - 20 : text_x + width + 20;
    }
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
  OutlayChartPrivate *priv = outlay_chart_get_instance_private (self);
  g_autofree char *title = NULL;
  g_autofree char *units = NULL;
  g_autofree char *sources = NULL;

  g_return_if_fail (OUTLAY_IS_CHART (self));
  g_return_if_fail (cr != NULL);

  ensure_layout (self);

  cairo_save (cr);

  outlay_chart_set_source_rgba (self, cr, "background");
  cairo_rectangle (cr, 0, 0, priv->width, priv->height);
  cairo_fill (cr);

  title = outlay_chart_dup_title (self);
  units = outlay_chart_dup_units (self);
  sources = outlay_chart_dup_source_line (self);

  draw_text (self, cr, title, TITLE_SIZE, TRUE, priv->title_y, "foreground");
  draw_text (self, cr, units, TEXT_SIZE, FALSE, priv->units_y, "secondary");
  draw_legend (self, cr);
  draw_text (self, cr, sources, SMALL_SIZE, FALSE, priv->source_y, "secondary");

  if (priv->dataset != NULL)
    OUTLAY_CHART_GET_CLASS (self)->draw_plot (self, cr);

  cairo_restore (cr);
}

/* outlay-chart-colors.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "outlay-entity.h"
#include "outlay-chart-private.h"

/* The colours of a chart's roles in each theme. Entities bring their own
 * colours (the dataset's); high contrast draws everything else in black
 * on white, with the grid strong enough to see. */

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

const double *
outlay_chart_palette_rgba (OutlayChart *self,
                           const char  *role)
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

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
  const double *rgba = outlay_chart_palette_rgba (self, role);

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
  const double *rgba = outlay_chart_palette_rgba (self, role);

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
  const double *background = outlay_chart_palette_rgba (self, "background");
  const double *color = outlay_chart_palette_rgba (self, role);
  double a = color[3] * strength;

  cairo_set_source_rgb (cr,
                        background[0] + (color[0] - background[0]) * a,
                        background[1] + (color[1] - background[1]) * a,
                        background[2] + (color[2] - background[2]) * a);
}

static double
channel_luminance (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (const double rgb[3])
{
  return 0.2126 * channel_luminance (rgb[0]) + 0.7152 * channel_luminance (rgb[1]) +
         0.0722 * channel_luminance (rgb[2]);
}

static double
contrast (const double a[3],
          const double b[3])
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* An entity's colour as this chart's theme can show it, with at least
 * @minimum contrast against the background. The colours are the
 * dataset's, chosen for one background; a name or a mark must stay
 * readable on the others, so a colour with too little contrast is moved
 * towards the foreground, step by step, until it has it (the foreground
 * itself has more than any minimum asked for here). */
static void
entity_rgb_with_contrast (OutlayChart  *self,
                          OutlayEntity *entity,
                          double        minimum,
                          double        rgb[3])
{
  const double *background = outlay_chart_palette_rgba (self, "background");
  const double *foreground = outlay_chart_palette_rgba (self, "foreground");
  guint32 color = outlay_entity_get_color (entity);

  rgb[0] = ((color >> 16) & 0xff) / 255.0;
  rgb[1] = ((color >> 8) & 0xff) / 255.0;
  rgb[2] = (color & 0xff) / 255.0;

  for (guint step = 0; step < 10 && contrast (rgb, background) < minimum; step++)
    for (guint i = 0; i < 3; i++)
      rgb[i] += (foreground[i] - rgb[i]) * 0.2;

  if (contrast (rgb, background) < minimum)
    memcpy (rgb, foreground, 3 * sizeof (double));
}

/* For marks: 3:1, what WCAG asks of graphics and large text */
static void
entity_rgb (OutlayChart  *self,
            OutlayEntity *entity,
            double        rgb[3])
{
  entity_rgb_with_contrast (self, entity, 3, rgb);
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
void
outlay_chart_set_entity_tint (OutlayChart  *self,
                              cairo_t      *cr,
                              OutlayEntity *entity,
                              double        strength)
{
  const double *background = outlay_chart_palette_rgba (self, "background");
  double color[3];

  entity_rgb (self, entity, color);
  cairo_set_source_rgb (cr,
                        background[0] + (color[0] - background[0]) * strength,
                        background[1] + (color[1] - background[1]) * strength,
                        background[2] + (color[2] - background[2]) * strength);
}

/**
 * outlay_chart_set_entity_color:
 * @self: a chart
 * @cr: a cairo context
 * @entity: an entity
 * @alpha: opacity
 *
 * Sets the entity's colour, made readable on the theme's background.
 */
void
outlay_chart_set_entity_color (OutlayChart  *self,
                               cairo_t      *cr,
                               OutlayEntity *entity,
                               double        alpha)
{
  double color[3];

  entity_rgb (self, entity, color);
  cairo_set_source_rgba (cr, color[0], color[1], color[2], alpha);
}

/**
 * outlay_chart_get_entity_text_rgb:
 * @self: a chart
 * @entity: an entity
 * @rgb: (out caller-allocates): the colour
 *
 * The colour of text that names @entity in its colour (a timeline's lane
 * names). In high contrast, text must be read by those who asked for
 * contrast: 7:1 against the background, WCAG's AAA for text, where a
 * pale entity colour (Meta's pink, Apple's grey) had barely 2:1; it
 * keeps a trace of its hue when it can. Other themes keep the marks'
 * 3:1.
 */
void
outlay_chart_get_entity_text_rgb (OutlayChart  *self,
                                  OutlayEntity *entity,
                                  double        rgb[3])
{
  OutlayChartPrivate *priv = outlay_chart_get_private (self);

  entity_rgb_with_contrast (self, entity, priv->theme == OUTLAY_CHART_THEME_HIGH_CONTRAST ? 7 : 3, rgb);
}

/**
 * outlay_chart_set_entity_text_color:
 * @self: a chart
 * @cr: a cairo context
 * @entity: an entity
 *
 * Sets the colour of text naming @entity: see
 * outlay_chart_get_entity_text_rgb().
 */
void
outlay_chart_set_entity_text_color (OutlayChart  *self,
                                    cairo_t      *cr,
                                    OutlayEntity *entity)
{
  double rgb[3];

  outlay_chart_get_entity_text_rgb (self, entity, rgb);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

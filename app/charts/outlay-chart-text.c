/* outlay-chart-text.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "outlay-chart-text.h"

/* A chart's text: one Pango context per chart, with metrics hinting off
 * so a label is as wide on screen as in every export, and a cache of laid
 * out texts. Shaping is most of the cost of drawing text, and a chart
 * draws the same strings frame after frame (lane names, ticks, the labels
 * of marks while panning): a cached layout is shaped once. The cache is
 * emptied when the direction or language changes, and when it grows past
 * a bound, so it never holds more than a few screens of labels. */

#define CACHE_LIMIT 4096

struct _OutlayChartText
{
  PangoContext   *context;
  GHashTable     *cache;  /* key string → PangoLayout */
  PangoDirection  direction;
  gboolean        even_lines;
};

/* Lines of text in an Arabic chart are this many times the font size
 * apart, whatever their script. Noto Sans Arabic's own line is more than
 * twice its size (26 px at 12 px), Noto Sans's 1.4 times: left to each
 * font, a label's Latin-only line ("2025") sat 3 px higher than an Arabic
 * one ("خطة 2025"), so two-line labels side by side did not line up, and
 * Arabic labels took half as much height again as they need. 1.6 leaves
 * room for the marks above and the tails below an Arabic line. */
#define ARABIC_LINE_HEIGHT 1.6

OutlayChartText *
outlay_chart_text_new (void)
{
  OutlayChartText *self = g_new0 (OutlayChartText, 1);
  cairo_font_options_t *options = cairo_font_options_create ();

  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (self->context, options);
  pango_cairo_context_set_resolution (self->context, 96);
  cairo_font_options_destroy (options);

  self->cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->direction = PANGO_DIRECTION_LTR;

  return self;
}

void
outlay_chart_text_free (OutlayChartText *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->cache);
  g_object_unref (self->context);
  g_free (self);
}

void
outlay_chart_text_set_direction (OutlayChartText *self,
                                 PangoDirection   direction)
{
  if (self->direction == direction)
    return;

  self->direction = direction;
  pango_context_set_base_dir (self->context, direction);
  g_hash_table_remove_all (self->cache);
}

void
outlay_chart_text_set_language (OutlayChartText *self,
                                const char      *language)
{
  PangoLanguage *pango_language = pango_language_from_string (language);

  pango_context_set_language (self->context, pango_language);
  self->even_lines = pango_language_includes_script (pango_language, PANGO_SCRIPT_ARABIC);
  g_hash_table_remove_all (self->cache);
}

/* The families a chart asks for, in order. Noto Sans has no Arabic
 * letters, and left to fontconfig they would come from the first sans font
 * that has some, which on Debian is DejaVu Sans: a narrow, plain Arabic
 * next to Noto's Latin. Naming Noto Sans Arabic second gives Arabic
 * labels the face designed to sit beside Noto Sans, while Latin names and
 * the digits inside Arabic labels stay in Noto Sans. Where neither is
 * installed, fontconfig's sans fallback takes over (DejaVu Sans on
 * Debian, which the list named before). */
#define CHART_FONT_FAMILIES "Noto Sans, Noto Sans Arabic"

/**
 * outlay_chart_text_create:
 * @self: a chart's text
 * @text: the text
 * @size: its size in pixels
 * @bold: whether it is bold
 *
 * Returns: (transfer full): a new layout of @text, aligned to the start
 *   edge
 */
PangoLayout *
outlay_chart_text_create (OutlayChartText *self,
                          const char      *text,
                          double           size,
                          gboolean         bold)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = pango_font_description_from_string (CHART_FONT_FAMILIES);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);

  if (self->even_lines)
    {
      PangoAttrList *attributes = pango_attr_list_new ();

      pango_attr_list_insert (attributes,
                              pango_attr_line_height_new_absolute ((int)round (size * ARABIC_LINE_HEIGHT * PANGO_SCALE)));
      pango_layout_set_attributes (layout, attributes);
      pango_attr_list_unref (attributes);
    }
  outlay_chart_text_align (self, layout, PANGO_ALIGN_LEFT);

  return layout;
}

/* The direction of a paragraph, as its first letter of a strong
 * direction gives it. Asking the layout instead would lay the text out
 * once more per label. */
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
 * outlay_chart_text_align:
 * @self: a chart's text
 * @layout: a layout made by outlay_chart_text_create()
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
outlay_chart_text_align (OutlayChartText *self,
                         PangoLayout     *layout,
                         PangoAlignment   alignment)
{
  gboolean rtl = self->direction == PANGO_DIRECTION_RTL;
  PangoDirection paragraph;

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
 * outlay_chart_text_get:
 * @self: a chart's text
 * @text: the text
 * @size: its size in pixels
 * @bold: whether it is bold
 * @width: the width to wrap or cut at, for %OUTLAY_TEXT_WRAP and
 *   %OUTLAY_TEXT_ELLIPSIZE
 * @wrap: how to fit @width
 * @alignment: as for outlay_chart_text_align()
 *
 * Returns: (transfer none): a laid out @text, shared: valid until the
 *   next call, and not to be changed
 */
PangoLayout *
outlay_chart_text_get (OutlayChartText *self,
                       const char      *text,
                       double           size,
                       gboolean         bold,
                       double           width,
                       OutlayTextWrap   wrap,
                       PangoAlignment   alignment)
{
  g_autofree char *key = NULL;
  PangoLayout *layout;

  if (wrap == OUTLAY_TEXT_NO_WIDTH)
    width = 0;

  key = g_strdup_printf ("%.2f|%d|%.1f|%d|%d|%s", size, bold, width, wrap, alignment, text);
  layout = g_hash_table_lookup (self->cache, key);
  if (layout != NULL)
    return layout;

  layout = outlay_chart_text_create (self, text, size, bold);
  if (wrap != OUTLAY_TEXT_NO_WIDTH)
    {
      pango_layout_set_width (layout, (int)(MAX (width, 1) * PANGO_SCALE));
      switch (wrap)
        {
        case OUTLAY_TEXT_WRAP:
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
          break;
        case OUTLAY_TEXT_WRAP_WORDS:
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
          break;
        case OUTLAY_TEXT_WRAP_SHORT:
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
          pango_layout_set_height (layout, -2);
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          break;
        case OUTLAY_TEXT_ELLIPSIZE:
        case OUTLAY_TEXT_NO_WIDTH:
        default:
          /* A label is one line: a line break in a dataset's text must
           * not make it taller than the room it was given */
          pango_layout_set_single_paragraph_mode (layout, TRUE);
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          break;
        }
    }
  outlay_chart_text_align (self, layout, alignment);

  if (g_hash_table_size (self->cache) >= CACHE_LIMIT)
    g_hash_table_remove_all (self->cache);
  g_hash_table_insert (self->cache, g_steal_pointer (&key), layout);

  return layout;
}

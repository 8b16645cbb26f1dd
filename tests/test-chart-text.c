/* test-chart-text.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <pango/pangocairo.h>

#include "outlay-chart-text.h"

static gboolean
family_installed (const char *name)
{
  PangoFontFamily **families = NULL;
  gboolean found = FALSE;
  int n = 0;

  pango_font_map_list_families (pango_cairo_font_map_get_default (), &families, &n);
  for (int i = 0; i < n && !found; i++)
    found = g_ascii_strcasecmp (pango_font_family_get_name (families[i]), name) == 0;
  g_free (families);

  return found;
}

/* The family of the font each run of @layout's first line was shaped with,
 * with the run's text, as "text=Family" items */
static char *
describe_runs (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);
  GString *out = g_string_new (NULL);

  for (GSList *l = pango_layout_get_line_readonly (layout, 0)->runs; l != NULL; l = l->next)
    {
      PangoGlyphItem *run = l->data;
      g_autoptr(PangoFontDescription) font = pango_font_describe (run->item->analysis.font);
      g_autofree char *piece = g_strndup (text + run->item->offset, run->item->length);

      g_string_append_printf (out, "%s%s=%s", out->len > 0 ? "|" : "", g_strstrip (piece),
                              pango_font_description_get_family (font));
    }

  return g_string_free (out, FALSE);
}

/* Arabic letters come from Noto Sans Arabic, Latin names and the digits
 * beside them from Noto Sans, in an Arabic chart and an English one. Left
 * to fontconfig, the Arabic came from DejaVu Sans. */
static void
test_arabic_font (void)
{
  const struct {
    const char *language;
    PangoDirection direction;
  } charts[] = {
    { "ar", PANGO_DIRECTION_RTL },
    { "en", PANGO_DIRECTION_LTR },
  };

  if (!family_installed ("Noto Sans") || !family_installed ("Noto Sans Arabic"))
    {
      g_test_skip ("Noto Sans and Noto Sans Arabic are not both installed (fonts-noto-core)");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      g_autoptr(OutlayChartText) text = outlay_chart_text_new ();

      outlay_chart_text_set_language (text, charts[i].language);
      outlay_chart_text_set_direction (text, charts[i].direction);

      for (int bold = 0; bold <= 1; bold++)
        {
          g_autoptr(PangoLayout) layout = NULL;
          g_autofree char *runs = NULL;

          layout = outlay_chart_text_create (text, "ميزانية Qwen", 12, bold);
          runs = describe_runs (layout);
          g_test_message ("%s, bold %d: %s", charts[i].language, bold, runs);
          g_assert_nonnull (strstr (runs, "ميزانية=Noto Sans Arabic"));
          g_assert_nonnull (strstr (runs, "Qwen=Noto Sans"));
          g_assert_null (strstr (runs, "DejaVu"));

          g_clear_object (&layout);
          g_clear_pointer (&runs, g_free);
          layout = outlay_chart_text_create (text, "3 مليار يوان", 12, bold);
          runs = describe_runs (layout);
          g_test_message ("%s, bold %d: %s", charts[i].language, bold, runs);
          g_assert_nonnull (strstr (runs, "3=Noto Sans"));
          g_assert_nonnull (strstr (runs, "مليار يوان=Noto Sans Arabic"));
        }
    }
}

/* A laid out text is kept: the same request gives the same layout until
 * the direction or the language changes, and a different size or weight
 * is a different layout */
static void
test_cache (void)
{
  g_autoptr(OutlayChartText) text = outlay_chart_text_new ();
  PangoLayout *first, *again, *bold, *after;

  first = outlay_chart_text_get (text, "Alibaba", 12, FALSE, 0, OUTLAY_TEXT_NO_WIDTH, PANGO_ALIGN_LEFT);
  again = outlay_chart_text_get (text, "Alibaba", 12, FALSE, 0, OUTLAY_TEXT_NO_WIDTH, PANGO_ALIGN_LEFT);
  g_assert_true (first == again);

  bold = outlay_chart_text_get (text, "Alibaba", 12, TRUE, 0, OUTLAY_TEXT_NO_WIDTH, PANGO_ALIGN_LEFT);
  g_assert_true (bold != first);

  /* After a change the old layouts are gone: compare what a new one says */
  outlay_chart_text_set_direction (text, PANGO_DIRECTION_RTL);
  after = outlay_chart_text_get (text, "Alibaba", 12, FALSE, 0, OUTLAY_TEXT_NO_WIDTH, PANGO_ALIGN_LEFT);
  g_assert_cmpint (pango_context_get_base_dir (pango_layout_get_context (after)), ==, PANGO_DIRECTION_RTL);
  /* Latin text at the start edge of a right-to-left chart, the right:
   * asked for as "left" of a left-to-right paragraph, which Pango swaps */
  g_assert_cmpint (pango_layout_get_alignment (after), ==, PANGO_ALIGN_LEFT);
  g_assert_cmpint (pango_layout_get_direction (after, 0), ==, PANGO_DIRECTION_LTR);
}

/* The baseline of each line of @text, in pixels */
static void
get_baselines (OutlayChartText *text,
               const char      *string,
               double          *baselines,
               guint            n)
{
  g_autoptr(PangoLayout) layout = outlay_chart_text_create (text, string, 12, FALSE);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  for (guint i = 0; i < n; i++)
    {
      baselines[i] = pango_layout_iter_get_baseline (iter) / (double)PANGO_SCALE;
      g_assert_true (pango_layout_iter_next_line (iter) == (i + 1 < n));
    }
  pango_layout_iter_free (iter);
}

/* In an Arabic chart every line is as high as every other, whatever its
 * script: two-line labels side by side, one ending in "2025" and one in
 * "خطة 2025", have their lines on the same baselines. Left to the fonts,
 * Noto Sans Arabic's line is 26 px at 12 px and Noto Sans's 17, and the
 * second lines were 3 px apart. An English chart keeps the fonts' own
 * line heights. */
static void
test_even_lines (void)
{
  g_autoptr(OutlayChartText) arabic = outlay_chart_text_new ();
  g_autoptr(OutlayChartText) english = outlay_chart_text_new ();
  g_autoptr(PangoLayout) plain = NULL;
  double digits[2], words[2];

  outlay_chart_text_set_language (arabic, "ar");
  outlay_chart_text_set_direction (arabic, PANGO_DIRECTION_RTL);
  get_baselines (arabic, "بايت دانس\n2025", digits, 2);
  get_baselines (arabic, "بايت دانس\nخطة 2025", words, 2);
  g_test_message ("baselines: %.1f %.1f and %.1f %.1f", digits[0], digits[1], words[0], words[1]);
  g_assert_cmpfloat_with_epsilon (digits[0], words[0], 1.0);
  g_assert_cmpfloat_with_epsilon (digits[1], words[1], 1.0);
  /* 1.6 times the size apart, give or take the rounding to pixels */
  g_assert_cmpfloat_with_epsilon (words[1] - words[0], 12 * 1.6, 1.0);

  outlay_chart_text_set_language (english, "en");
  plain = outlay_chart_text_create (english, "ByteDance\n2025", 12, FALSE);
  g_assert_null (pango_layout_get_attributes (plain));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outlay/chart-text/arabic-font", test_arabic_font);
  g_test_add_func ("/outlay/chart-text/cache", test_cache);
  g_test_add_func ("/outlay/chart-text/even-lines", test_even_lines);

  return g_test_run ();
}

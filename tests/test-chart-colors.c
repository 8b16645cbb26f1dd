/* test-chart-colors.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "outlay-chart-private.h"
#include "outlay-entity.h"
#include "outlay-test-data.h"
#include "outlay-timeline-chart.h"

/* The colours text takes from an entity (the timeline's lane names), in
 * every theme, against the chart's background: WCAG's contrast ratio,
 * computed here from its definition, must be at least 7:1 in high
 * contrast (WCAG's AAA for text) and 3:1 in the others. */

static double
channel (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
relative_luminance (const double rgb[3])
{
  return 0.2126 * channel (rgb[0]) + 0.7152 * channel (rgb[1]) + 0.0722 * channel (rgb[2]);
}

static double
contrast_ratio (const double a[3],
                const double b[3])
{
  double la = relative_luminance (a), lb = relative_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

static void
test_entity_text (void)
{
  static const struct { OutlayChartTheme theme; double minimum; } themes[] = {
    { OUTLAY_CHART_THEME_LIGHT, 3 },
    { OUTLAY_CHART_THEME_DARK, 3 },
    { OUTLAY_CHART_THEME_HIGH_CONTRAST, 7 },
  };
  g_autoptr(OutlayDataset) dataset = outlay_test_load_bundled ();
  g_autoptr(OutlayChart) chart = outlay_timeline_chart_new ();
  GListModel *entities = outlay_dataset_get_entities (dataset);

  outlay_chart_set_dataset (chart, dataset);

  for (guint t = 0; t < G_N_ELEMENTS (themes); t++)
    {
      const double *background;

      outlay_chart_set_theme (chart, themes[t].theme);
      background = outlay_chart_palette_rgba (chart, "background");

      for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
        {
          g_autoptr(OutlayEntity) entity = g_list_model_get_item (entities, i);
          double rgb[3];
          double ratio;

          outlay_chart_get_entity_text_rgb (chart, entity, rgb);
          ratio = contrast_ratio (rgb, background);
          if (ratio < themes[t].minimum)
            g_error ("theme %d: “%s” in #%02x%02x%02x has %.2f:1 against the background, not %g:1",
                     themes[t].theme, outlay_entity_get_name (entity, "en"),
                     (guint)lround (rgb[0] * 255), (guint)lround (rgb[1] * 255), (guint)lround (rgb[2] * 255),
                     ratio, themes[t].minimum);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outlay/chart-colors/entity-text", test_entity_text);

  return g_test_run ();
}

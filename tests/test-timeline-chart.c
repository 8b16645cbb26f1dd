/* test-timeline-chart.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "outlay-entity.h"
#include "outlay-fact.h"
#include "outlay-test-data.h"
#include "outlay-timeline-chart.h"

typedef struct
{
  OutlayDataset *dataset;
  OutlayChart   *chart;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dataset = outlay_test_load_bundled ();
  fixture->chart = outlay_timeline_chart_new ();
  outlay_chart_set_dataset (fixture->chart, fixture->dataset);
  outlay_chart_set_size (fixture->chart, 1400, 900);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->chart);
  g_assert_finalize_object (fixture->dataset);
}

static OutlayTimelineChart *
timeline (Fixture *fixture)
{
  return OUTLAY_TIMELINE_CHART (fixture->chart);
}

static const OutlayTimelineItem *
find_item (OutlayChart *chart,
           const char  *fact_id)
{
  const OutlayTimelineItem *items;
  guint n;

  items = outlay_timeline_chart_get_items (OUTLAY_TIMELINE_CHART (chart), &n);
  for (guint i = 0; i < n; i++)
    if (items[i].kind != OUTLAY_TIMELINE_CLUSTER && g_str_equal (outlay_fact_get_id (items[i].fact), fact_id))
      return &items[i];

  return NULL;
}

static guint32
julian (const char *text)
{
  OutlayPartialDate date;

  g_assert_true (outlay_partial_date_parse (text, &date));
  return outlay_partial_date_first_day (&date);
}

static gboolean
intersect (const OutlayRect *a,
           const OutlayRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/* No label over another label, nor over any mark. */
static void
assert_labels_apart (OutlayChart *chart)
{
  const OutlayTimelineItem *items;
  guint n, n_labels = 0;

  items = outlay_timeline_chart_get_items (OUTLAY_TIMELINE_CHART (chart), &n);

  for (guint i = 0; i < n; i++)
    {
      if (items[i].label_rect.width <= 0)
        continue;

      n_labels++;
      for (guint j = 0; j < n; j++)
        {
          if (j != i && items[j].label_rect.width > 0)
            g_assert_false (intersect (&items[i].label_rect, &items[j].label_rect));
          g_assert_false (intersect (&items[i].label_rect, &items[j].rect));
        }
    }

  g_assert_cmpuint (n_labels, >, 0);
}

/* Every mark is drawn by its date's precision: a day a point, anything
 * longer a span from its first day to the end of its last. */
static void
test_precision (Fixture       *fixture,
                gconstpointer  data)
{
  static const char * const ranges[][2] = {
    { "2016", "2031" }, { "2024", "2027" }, { "2026-01", "2026-03" }, { "2025-12", "2026-01" },
  };
  guint n_points = 0, n_spans = 0;

  for (guint r = 0; r < G_N_ELEMENTS (ranges); r++)
    {
      OutlayTimelineChart *self = timeline (fixture);
      const OutlayTimelineItem *items;
      const OutlayRect *plot;
      double px_per_day;
      guint n;

      outlay_timeline_chart_set_visible_range (self, julian (ranges[r][0]), julian (ranges[r][1]));
      plot = outlay_timeline_chart_get_plot (self);
      px_per_day = plot->width / (julian (ranges[r][1]) - julian (ranges[r][0]));
      items = outlay_timeline_chart_get_items (self, &n);

      for (guint i = 0; i < n; i++)
        {
          const OutlayPeriod *period = outlay_fact_get_period (items[i].fact);
          guint32 first = outlay_partial_date_first_day (&period->start);
          guint32 last = outlay_partial_date_last_day (&period->end);
          double x0, x1;

          if (items[i].kind == OUTLAY_TIMELINE_CLUSTER)
            continue;

          if (first == last)
            {
              g_assert_cmpuint (items[i].kind, ==, OUTLAY_TIMELINE_POINT);
              g_assert_cmpfloat (items[i].rect.width, ==, 10);
              g_assert_cmpfloat_with_epsilon (items[i].rect.x + 5,
                                              outlay_timeline_chart_day_to_x (self, first + 0.5), 1e-6);
              n_points++;
              continue;
            }

          g_assert_cmpuint (items[i].kind, ==, OUTLAY_TIMELINE_SPAN);
          x0 = MAX (outlay_timeline_chart_day_to_x (self, first), plot->x);
          x1 = MIN (outlay_timeline_chart_day_to_x (self, last + 1.0), plot->x + plot->width);
          if (x1 - x0 >= 4)
            g_assert_cmpfloat_with_epsilon (items[i].rect.width, x1 - x0, 1e-6);
          g_assert_cmpfloat (items[i].rect.width, <=, (last + 1.0 - first) * px_per_day + 4);
          n_spans++;
        }
    }

  g_assert_cmpuint (n_points, >, 0);
  g_assert_cmpuint (n_spans, >, 0);
}

static void
test_inferred_and_lanes (Fixture       *fixture,
                         gconstpointer  data)
{
  const OutlayTimelineItem *items;
  guint n;

  GListModel *facts = outlay_dataset_get_facts (fixture->dataset);
  g_autoptr(GHashTable) entities = g_hash_table_new (NULL, NULL);

  /* One lane per entity with dated facts: every fact is dated */
  for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (facts, i);
      g_hash_table_add (entities, outlay_fact_get_entity (fact));
    }
  g_assert_cmpuint (g_hash_table_size (entities), ==, 15);
  g_assert_cmpuint (outlay_timeline_chart_get_n_lanes (timeline (fixture)), ==, 15);

  /* Every fact counted once; a dataset this sparse is not bucketed, so
   * only facts that really overlap share a mark */
  {
    guint total = 0, n_clusters = 0;

    items = outlay_timeline_chart_get_items (timeline (fixture), &n);
    for (guint i = 0; i < n; i++)
      {
        total += items[i].count;
        n_clusters += items[i].kind == OUTLAY_TIMELINE_CLUSTER;
      }
    g_assert_cmpuint (total, ==, g_list_model_get_n_items (facts));
    g_assert_cmpuint (n_clusters, <=, 2);
  }

  items = outlay_timeline_chart_get_items (timeline (fixture), &n);
  for (guint i = 0; i < n; i++)
    {
      const OutlayChartMark *mark = outlay_chart_get_mark (fixture->chart, i);
      g_autofree char *description = outlay_chart_dup_mark_description (fixture->chart, i);
      g_autofree char *cluster = g_strdup_printf ("%u facts of ", items[i].count);

      g_assert_true (mark->fact == items[i].fact);
      if (items[i].kind == OUTLAY_TIMELINE_CLUSTER)
        g_assert_true (g_str_has_prefix (description, cluster));
      else if (outlay_fact_get_period (items[i].fact)->inferred)
        g_assert_nonnull (strstr (description, "(date inferred)"));
      else
        g_assert_true (g_str_has_suffix (description, outlay_fact_get_label (items[i].fact, "en")));
    }
}

static void
test_labels_apart (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char * const ranges[][2] = { { NULL, NULL }, { "2015", "2028" }, { "2026-01", "2026-04" } };

  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    {
      if (ranges[i][0] == NULL)
        outlay_timeline_chart_set_visible_range (timeline (fixture), 0, 0);
      else
        outlay_timeline_chart_set_visible_range (timeline (fixture), julian (ranges[i][0]), julian (ranges[i][1]));
      assert_labels_apart (fixture->chart);
      outlay_chart_set_direction (fixture->chart, PANGO_DIRECTION_RTL);
      assert_labels_apart (fixture->chart);
      outlay_chart_set_direction (fixture->chart, PANGO_DIRECTION_LTR);
    }

  /* A figure keeps its label where there is room: money first */
  outlay_timeline_chart_set_visible_range (timeline (fixture), julian ("2026-01"), julian ("2026-03"));
  g_assert_cmpstr (find_item (fixture->chart, "zai-ipo-2026")->label, ==, "$560 M");
  g_assert_cmpfloat (find_item (fixture->chart, "zai-ipo-2026")->label_rect.width, >, 0);
}

/* Filters by kind and by entity; the index follows them */
static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  static const char * const hidden[] = { "alibaba", NULL };
  const OutlayTimelineItem *items;
  guint n, total = 0;

  outlay_chart_set_kind_hidden (fixture->chart, OUTLAY_FACT_EVENT, TRUE);
  items = outlay_timeline_chart_get_items (timeline (fixture), &n);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpuint (outlay_fact_get_kind (items[i].fact), !=, OUTLAY_FACT_EVENT);
      total += items[i].count;
    }
  /* 20 figures, 16 events */
  g_assert_cmpuint (total, ==, 20);

  outlay_chart_set_hidden_entities (fixture->chart, hidden);
  items = outlay_timeline_chart_get_items (timeline (fixture), &n);
  total = 0;
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpstr (outlay_entity_get_id (outlay_fact_get_entity (items[i].fact)), !=, "alibaba");
      total += items[i].count;
    }
  g_assert_cmpuint (total, ==, 20 - 6);

  outlay_chart_set_kind_hidden (fixture->chart, OUTLAY_FACT_EVENT, FALSE);
  outlay_chart_set_hidden_entities (fixture->chart, NULL);
  items = outlay_timeline_chart_get_items (timeline (fixture), &n);
  total = 0;
  for (guint i = 0; i < n; i++)
    total += items[i].count;
  g_assert_cmpuint (total, ==, 36);
}

static void
test_rtl_mirrors (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(OutlayChart) rtl = outlay_timeline_chart_new ();
  const OutlayRect *plot = outlay_timeline_chart_get_plot (timeline (fixture));
  const OutlayRect *plot_rtl;
  const OutlayTimelineItem *ltr_items, *rtl_items;
  guint n, n_rtl;

  outlay_chart_set_dataset (rtl, fixture->dataset);
  outlay_chart_set_size (rtl, 1400, 900);
  outlay_chart_set_direction (rtl, PANGO_DIRECTION_RTL);

  ltr_items = outlay_timeline_chart_get_items (timeline (fixture), &n);
  rtl_items = outlay_timeline_chart_get_items (OUTLAY_TIMELINE_CHART (rtl), &n_rtl);
  plot_rtl = outlay_timeline_chart_get_plot (OUTLAY_TIMELINE_CHART (rtl));
  g_assert_cmpuint (n, ==, n_rtl);
  g_assert_cmpfloat_with_epsilon (plot->width, plot_rtl->width, 1e-9);

  for (guint i = 0; i < n; i++)
    {
      double from_start = ltr_items[i].rect.x - plot->x;
      double from_start_rtl = plot_rtl->x + plot_rtl->width - (rtl_items[i].rect.x + rtl_items[i].rect.width);

      g_assert_true (ltr_items[i].fact == rtl_items[i].fact);
      g_assert_cmpfloat_with_epsilon (from_start, from_start_rtl, 1e-6);
    }

  /* Later is further left */
  g_assert_cmpfloat (outlay_timeline_chart_day_to_x (OUTLAY_TIMELINE_CHART (rtl), julian ("2030")), <,
                     outlay_timeline_chart_day_to_x (OUTLAY_TIMELINE_CHART (rtl), julian ("2017")));
}

static void
test_hit_tests (Fixture       *fixture,
                gconstpointer  data)
{
  const OutlayTimelineItem *items;
  const OutlayRect *plot = outlay_timeline_chart_get_plot (timeline (fixture));
  guint n;

  items = outlay_timeline_chart_get_items (timeline (fixture), &n);
  for (guint i = 0; i < n; i++)
    {
      double x = items[i].rect.x + items[i].rect.width / 2;
      double y = items[i].rect.y + items[i].rect.height / 2;
      int hit = outlay_chart_hit_test (fixture->chart, x, y);

      /* Stacked marks may share a point; the hit is one of them there */
      g_assert_cmpint (hit, >=, 0);
      g_assert_true (intersect (&outlay_chart_get_mark (fixture->chart, hit)->rect,
                                &(OutlayRect) { x, y, 0.001, 0.001 }));
    }

  /* The Apple lane before 2025 is empty */
  g_assert_cmpint (outlay_chart_hit_test (fixture->chart,
                                          outlay_timeline_chart_day_to_x (timeline (fixture), julian ("2020")),
                                          plot->y + plot->height - 5), ==, -1);
}

static void
test_zoom_and_pan (Fixture       *fixture,
                   gconstpointer  data)
{
  OutlayTimelineChart *self = timeline (fixture);
  const OutlayRect *plot = outlay_timeline_chart_get_plot (self);
  double first, last, first2, last2, x = plot->x + plot->width * 0.25;
  double day_at_x;

  outlay_timeline_chart_get_visible_range (self, &first, &last);
  day_at_x = first + 0.25 * (last - first);

  outlay_timeline_chart_zoom (self, x, 2);
  outlay_timeline_chart_get_visible_range (self, &first2, &last2);
  g_assert_cmpfloat_with_epsilon (last2 - first2, (last - first) / 2, 1e-6);
  g_assert_cmpfloat_with_epsilon (outlay_timeline_chart_day_to_x (self, day_at_x), x, 1e-6);

  /* Dragging content right shows earlier dates */
  outlay_timeline_chart_pan (self, plot->width / 10);
  outlay_timeline_chart_get_visible_range (self, &first, &last);
  g_assert_cmpfloat_with_epsilon (first, first2 - (last2 - first2) / 10, 1e-6);

  /* …and later ones under RTL, where time runs leftwards */
  outlay_chart_set_direction (fixture->chart, PANGO_DIRECTION_RTL);
  outlay_timeline_chart_pan (self, plot->width / 10);
  outlay_timeline_chart_get_visible_range (self, &first2, &last2);
  g_assert_cmpfloat_with_epsilon (first2, first + (last - first) / 10, 1e-6);

  /* No zooming in past two weeks */
  outlay_timeline_chart_zoom (self, x, 1e6);
  outlay_timeline_chart_get_visible_range (self, &first, &last);
  g_assert_cmpfloat_with_epsilon (last - first, 14, 1e-9);
}

/* @n facts over 10 lanes and 30 years: every visible fact is in exactly
 * one mark, and the marks are bounded by the width, not by @n. */
/* The time axis: at every width, zoom, language and direction, its labels
 * are apart (the step is chosen from the widest label the unit prints),
 * inside the chart, in date order, each under its tick; the filtered view
 * of 2024–2030 once ran "Dec 2024Jun 2025…" together at 870 px. */
static void
test_axis_ticks (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char *ranges[][2] = {
    { NULL, NULL }, { "2026-02-01", "2026-02-04" }, { "2026-02-01", "2026-02-20" },
    { "2026-01", "2026-03" }, { "2025", "2026" }, { "2024-12", "2030-12" }, { "1900", "2100" },
  };
  static const int widths[] = { 1400, 870, 600, 420 };
  static const char *languages[] = { "en", "ar" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (guint d = 0; d < 2; d++)
      for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
        for (guint r = 0; r < G_N_ELEMENTS (ranges); r++)
          {
            gboolean rtl = d == 1;
            const OutlayTimelineTick *ticks;
            guint n;

            outlay_chart_set_language (fixture->chart, languages[l]);
            outlay_chart_set_direction (fixture->chart, rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
            outlay_chart_set_size (fixture->chart, widths[w], 700);
            if (ranges[r][0] == NULL)
              outlay_timeline_chart_set_visible_range (timeline (fixture), 0, 0);
            else
              outlay_timeline_chart_set_visible_range (timeline (fixture), julian (ranges[r][0]),
                                                       julian (ranges[r][1]));

            ticks = outlay_timeline_chart_get_ticks (timeline (fixture), &n);
            g_assert_cmpuint (n, >=, 1);
            for (guint i = 0; i < n; i++)
              {
                g_assert_nonnull (ticks[i].label);
                g_assert_cmpfloat (ticks[i].label_rect.x, >=, 0);
                g_assert_cmpfloat (ticks[i].label_rect.x + ticks[i].label_rect.width, <=, widths[w]);
                g_assert_cmpfloat (ticks[i].label_rect.x, <=, ticks[i].x);
                g_assert_cmpfloat (ticks[i].label_rect.x + ticks[i].label_rect.width, >=, ticks[i].x);
                if (i == 0)
                  continue;
                g_assert_cmpfloat (ticks[i].day, >, ticks[i - 1].day);
                /* later dates to the right, or to the left under RTL, and apart */
                if (rtl)
                  g_assert_cmpfloat (ticks[i].label_rect.x + ticks[i].label_rect.width, <, ticks[i - 1].label_rect.x);
                else
                  g_assert_cmpfloat (ticks[i - 1].label_rect.x + ticks[i - 1].label_rect.width, <, ticks[i].label_rect.x);
              }
          }
}

/* A dataset of @n_facts events for @n_entities entities of one colour
 * (#336699), fact i in entity i % n_entities, its period the JSON object
 * @period gives */
static OutlayDataset *
make_events (guint    n_entities,
             guint    n_facts,
             char  *(*period) (guint i))
{
  g_autoptr(GString) json = g_string_new ("{\"format\":\"outlay-dataset\",\"version\":1,"
                                          "\"title\":{\"en\":\"t\",\"ar\":\"t\"},\"entities\":[");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  OutlayDataset *dataset;

  for (guint i = 0; i < n_entities; i++)
    g_string_append_printf (json, "%s{\"id\":\"e%u\",\"kind\":\"company\",\"color\":\"#336699\","
                            "\"name\":{\"en\":\"E%u\",\"ar\":\"E%u\"}}", i ? "," : "", i, i, i);
  g_string_append (json, "],\"sources\":[{\"id\":\"s\",\"publisher\":{\"en\":\"p\",\"ar\":\"p\"},"
                         "\"published\":\"2025\",\"language\":\"en\",\"title\":\"t\"}],\"facts\":[");
  for (guint i = 0; i < n_facts; i++)
    {
      g_autofree char *when = period (i);

      g_string_append_printf (json, "%s{\"id\":\"f%u\",\"kind\":\"event\",\"entity\":\"e%u\","
                              "\"period\":%s,\"label\":{\"en\":\"event %u\",\"ar\":\"حدث\"},"
                              "\"citations\":[{\"source\":\"s\",\"quote\":\"q\",\"language\":\"en\","
                              "\"translation\":\"q\"}]}",
                              i ? "," : "", i, i % n_entities, when, i);
    }
  g_string_append (json, "]}");

  bytes = g_string_free_to_bytes (g_steal_pointer (&json));
  dataset = outlay_dataset_new_from_bytes (bytes, "events.json", &error);
  g_assert_no_error (error);
  return dataset;
}

/* Days spread over 2000–2029 */
static char *
spread_day (guint i)
{
  return g_strdup_printf ("{\"start\":\"%04u-%02u-%02u\"}", 2000 + (i * 7) % 30, 1 + (i * 5) % 12, 1 + (i * 3) % 28);
}

static void
test_level_of_detail (void)
{
  const guint n_facts = 20000;
  OutlayDataset *dataset = make_events (10, n_facts, spread_day);
  OutlayChart *chart;
  const OutlayTimelineItem *items;
  guint n, total = 0, in_2010 = 0;

  chart = outlay_timeline_chart_new ();
  outlay_chart_set_dataset (chart, dataset);
  outlay_chart_set_size (chart, 1200, 700);

  items = outlay_timeline_chart_get_items (OUTLAY_TIMELINE_CHART (chart), &n);
  for (guint i = 0; i < n; i++)
    total += items[i].count;
  g_assert_cmpuint (total, ==, n_facts);
  /* Three tracks of marks at least 4 px wide per lane, at most */
  g_assert_cmpuint (n, <=, 10 * 3 * 1200 / 4);
  assert_labels_apart (chart);

  /* One year: only what is in it (ending half a day before 2011) */
  for (guint i = 0; i < n_facts; i++)
    in_2010 += 2000 + (i * 7) % 30 == 2010;
  outlay_timeline_chart_set_visible_range (OUTLAY_TIMELINE_CHART (chart), julian ("2010"), julian ("2011") - 0.5);
  items = outlay_timeline_chart_get_items (OUTLAY_TIMELINE_CHART (chart), &n);
  total = 0;
  for (guint i = 0; i < n; i++)
    {
      total += items[i].count;
      if (items[i].kind != OUTLAY_TIMELINE_CLUSTER)
        g_assert_cmpuint (outlay_fact_get_period (items[i].fact)->start.year, ==, 2010);
    }
  g_assert_cmpuint (total, ==, in_2010);
  assert_labels_apart (chart);

  g_assert_finalize_object (chart);
  g_assert_finalize_object (dataset);
}

/* Overlapping spans of two or three years, every one inferred: whichever
 * fact represents a cluster, its date is inferred */
static char *
inferred_span (guint i)
{
  return g_strdup_printf ("{\"start\":\"%04u-%02u\",\"end\":\"%04u\",\"inferred\":true}",
                          2000 + i % 20, 1 + (i / 20) % 12, 2002 + i % 20);
}

/* A cluster stands for many facts, so its edges are solid even when the
 * fact that represents it has an inferred date (dashed edges say
 * "inferred" of one fact's mark): every pixel of a cluster's top edge is
 * the lane's colour */
static void
test_cluster_edges (void)
{
  const guint n_facts = 3000;
  OutlayDataset *dataset = make_events (1, n_facts, inferred_span);
  cairo_surface_t *surface;
  OutlayChart *chart;
  const OutlayTimelineItem *items;
  guint n, n_checked = 0;
  cairo_t *cr;

  chart = outlay_timeline_chart_new ();
  outlay_chart_set_dataset (chart, dataset);
  outlay_chart_set_size (chart, 1200, 700);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200, 700);
  cr = cairo_create (surface);
  outlay_chart_draw (chart, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  items = outlay_timeline_chart_get_items (OUTLAY_TIMELINE_CHART (chart), &n);
  for (guint i = 0; i < n; i++)
    {
      const guint32 *row;
      int top, left, right;
      guint changes = 0;

      if (items[i].kind != OUTLAY_TIMELINE_CLUSTER || items[i].rect.width < 20)
        continue;

      /* A cluster's box reaches 2 px above its mark; its top edge is the
       * first row of that box, on whole pixels */
      top = (int) round (items[i].rect.y - 2);
      left = (int) ceil (items[i].rect.x) + 1;
      right = (int) floor (items[i].rect.x + items[i].rect.width) - 1;
      row = (const guint32 *) (cairo_image_surface_get_data (surface) +
                               top * cairo_image_surface_get_stride (surface));
      /* Solid: one colour along the edge, or a few changes where another
       * track's box is drawn over it; a dashed edge (3 px on, 2 off)
       * would change colour every few pixels */
      for (int x = left + 1; x < right; x++)
        changes += row[x] != row[x - 1];
      g_assert_cmpuint (changes, <=, 4);
      g_assert_cmphex (row[left], ==, 0xff336699);
      n_checked++;
    }
  g_assert_cmpuint (n_checked, >, 0);

  cairo_surface_destroy (surface);
  g_assert_finalize_object (chart);
  g_assert_finalize_object (dataset);
}

/* Years 1 and 9999, the format's ends */
static char *
far_apart (guint i)
{
  return g_strdup (i == 0 ? "{\"start\":\"0001\"}" : "{\"start\":\"9999\"}");
}

/* A timeline from year 1 to 9999 spaces its axis labels apart, and
 * zooming out of it never shows less (issue 11, item 11) */
static void
test_far_apart_years (void)
{
  g_autoptr(OutlayDataset) dataset = make_events (1, 2, far_apart);
  g_autoptr(OutlayChart) chart = outlay_timeline_chart_new ();
  OutlayTimelineChart *timeline = OUTLAY_TIMELINE_CHART (chart);
  const OutlayTimelineTick *ticks;
  double first, last, zoomed_first, zoomed_last;
  guint n;

  outlay_chart_set_dataset (chart, dataset);
  outlay_chart_set_size (chart, 1200, 600);

  ticks = outlay_timeline_chart_get_ticks (timeline, &n);
  g_assert_cmpuint (n, >=, 2);
  for (guint i = 1; i < n; i++)
    g_assert_cmpfloat (ticks[i - 1].label_rect.x + ticks[i - 1].label_rect.width, <,
                       ticks[i].label_rect.x);

  outlay_timeline_chart_get_visible_range (timeline, &first, &last);
  outlay_timeline_chart_zoom (timeline, 600, 0.5);
  outlay_timeline_chart_get_visible_range (timeline, &zoomed_first, &zoomed_last);
  g_assert_cmpfloat (zoomed_last - zoomed_first, >=, last - first);

  ticks = outlay_timeline_chart_get_ticks (timeline, &n);
  for (guint i = 1; i < n; i++)
    g_assert_cmpfloat (ticks[i - 1].label_rect.x + ticks[i - 1].label_rect.width, <,
                       ticks[i].label_rect.x);
}

/* The issue's own case: a long plan and a figure of the same entity
 * starting the same year; each label by its own mark (issue 12, item 3) */
static void
test_labels_by_their_marks (void)
{
  static const char json[] =
    "{\"format\":\"outlay-dataset\",\"version\":1,\"title\":{\"en\":\"t\",\"ar\":\"t\"},"
    "\"entities\":[{\"id\":\"a\",\"kind\":\"company\",\"color\":\"#3584e4\",\"name\":{\"en\":\"A\",\"ar\":\"A\"}}],"
    "\"sources\":[{\"id\":\"s\",\"publisher\":{\"en\":\"S\",\"ar\":\"S\"},\"published\":\"2025\",\"language\":\"en\",\"title\":\"t\"}],"
    "\"facts\":[{\"id\":\"plan\",\"kind\":\"capex\",\"entity\":\"a\",\"status\":\"planned\","
    "\"amount\":{\"value\":5e9,\"currency\":\"USD\",\"qualifier\":\"at-least\"},"
    "\"period\":{\"start\":\"2026\",\"end\":\"2028\"},\"label\":{\"en\":\"plan\",\"ar\":\"plan\"},"
    "\"citations\":[{\"source\":\"s\",\"quote\":\"q\",\"language\":\"en\",\"translation\":\"q\"}]},"
    "{\"id\":\"y2026\",\"kind\":\"capex\",\"entity\":\"a\","
    "\"amount\":{\"value\":1.6e9,\"currency\":\"USD\",\"qualifier\":\"about\"},"
    "\"period\":{\"start\":\"2026\"},\"label\":{\"en\":\"2026\",\"ar\":\"2026\"},"
    "\"citations\":[{\"source\":\"s\",\"quote\":\"q\",\"language\":\"en\",\"translation\":\"q\"}]}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(OutlayDataset) dataset = outlay_dataset_new_from_bytes (bytes, "mine.json", &error);
  g_autoptr(OutlayChart) chart = outlay_timeline_chart_new ();
  const OutlayTimelineItem *items;
  guint n;

  g_assert_no_error (error);
  outlay_chart_set_dataset (chart, dataset);
  outlay_chart_set_size (chart, 1200, 750);
  items = outlay_timeline_chart_get_items (OUTLAY_TIMELINE_CHART (chart), &n);
  g_assert_cmpuint (n, ==, 2);

  for (guint i = 0; i < n; i++)
    {
      const OutlayRect *l = &items[i].label_rect;
      const OutlayRect *own = &items[i].rect;
      const OutlayRect *other = &items[1 - i].rect;
      /* The vertical gap to each mark, and the horizontal: the label is
       * over its own mark's start, and nearer it than the other */
      double gap_own = MAX (own->y - (l->y + l->height), l->y - (own->y + own->height));
      double gap_other = MAX (other->y - (l->y + l->height), l->y - (other->y + other->height));

      g_assert_cmpfloat (l->width, >, 0);
      g_assert_cmpfloat (fabs (l->x - own->x), <, 1);
      g_assert_cmpfloat (gap_own, <, gap_other);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/outlay/timeline/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("precision", test_precision);
  ADD ("inferred-and-lanes", test_inferred_and_lanes);
  ADD ("labels-apart", test_labels_apart);
  ADD ("filters", test_filters);
  ADD ("rtl-mirrors", test_rtl_mirrors);
  ADD ("hit-tests", test_hit_tests);
  ADD ("zoom-and-pan", test_zoom_and_pan);
  ADD ("axis-ticks", test_axis_ticks);

#undef ADD

  g_test_add_func ("/outlay/timeline/level-of-detail", test_level_of_detail);
  g_test_add_func ("/outlay/timeline/cluster-edges", test_cluster_edges);
  g_test_add_func ("/outlay/timeline/far-apart-years", test_far_apart_years);
  g_test_add_func ("/outlay/timeline/labels-by-their-marks", test_labels_by_their_marks);

  return g_test_run ();
}

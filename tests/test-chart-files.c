/* test-chart-files.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gstdio.h>

#include "outlay-audit-datasets.h"
#include "outlay-bar-chart.h"
#include "outlay-chart-export.h"
#include "outlay-test-data.h"
#include "outlay-test-files.h"
#include "outlay-timeline-chart.h"

/* The file half of the chart audit (issue 12): every chart of a dataset
 * (a bar chart for each kind of money figure it holds, and the timeline),
 * exported by outlay_chart_export() as PNG, SVG and PDF, must give well
 * formed files that show the same picture, and no selection.
 *
 * The same picture: the SVG is rendered by librsvg (rsvg-convert) and the
 * PDF by poppler (pdftoppm) at the PNG's pixel size, and each is compared
 * with the PNG by outlay_test_compare_pictures() (outlay-test-files.c
 * says how; its thresholds are measured over every case here,
 * OUTLAY_AUDIT_FULL=1). /outlay/chart-files/comparison-catches-a-line
 * and /outlay/chart-files/stray-path-in-files prove that they catch a
 * 1 px line, faint or not, at every size, and a stray path that a PDF or
 * an SVG has and the PNG has not.
 *
 * The option space, themes (light, dark, high contrast) × directions (LTR
 * in English, RTL in Arabic) × sizes (400×300, 960×600, 1600×900), is 18
 * cases a chart: too many renderer runs for this test's minute on two
 * cores. So each chart is audited in SAMPLES_PER_CHART cases drawn by a
 * GRand of fixed seed (AUDIT_SEED): the first three take each theme and
 * each size once, paired at random, with both directions among them; the
 * others are drawn at random. Every theme, size and direction is thus
 * exported for every chart of every dataset, the pairings varying from
 * chart to chart. OUTLAY_AUDIT_FULL=1 in the environment runs the whole
 * product instead (six times as long).
 *
 * More datasets: hand them to audit_dataset() (see test_small_datasets). */

#define AUDIT_SEED 20260212
#define SAMPLES_PER_CHART 3

static const struct
{
  const char       *name;
  OutlayChartTheme  theme;
} themes[] = {
  { "light", OUTLAY_CHART_THEME_LIGHT },
  { "dark", OUTLAY_CHART_THEME_DARK },
  { "high-contrast", OUTLAY_CHART_THEME_HIGH_CONTRAST },
};

static const struct
{
  int width;
  int height;
} sizes[] = {
  { 400, 300 },
  { 960, 600 },
  { 1600, 900 },
};

/* A chart kind: a money fact kind for its bar chart, or this for the
 * timeline */
#define TIMELINE_CHART OUTLAY_FACT_EVENT

typedef struct
{
  guint    chart;
  guint    theme;
  guint    size;
  gboolean rtl;
} Case;

typedef struct
{
  double  value;
  char   *where;
} Worst;

enum { RENDERED_SVG, RENDERED_PDF, N_RENDERED };

static const char * const rendered_names[] = { "SVG (librsvg)", "PDF (poppler)" };

typedef struct
{
  char     *dir;
  GRand    *rand;
  guint     n_charts;
  gboolean  kept;
  Worst     unmatched[N_RENDERED];
  Worst     stray[N_RENDERED];
} Audit;

static void
audit_init (Audit *audit)
{
  audit->dir = g_dir_make_tmp ("outlay-chart-files-XXXXXX", NULL);
  g_assert_nonnull (audit->dir);
  audit->rand = g_rand_new_with_seed (AUDIT_SEED);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_unlink (file);
    }
  g_rmdir (path);
}

static void
audit_finish (Audit *audit)
{
  if (audit->n_charts > 0)
    g_test_message ("%u charts audited", audit->n_charts);
  for (guint i = 0; i < N_RENDERED; i++)
    {
      if (audit->unmatched[i].where != NULL)
        g_test_message ("worst %s against the PNG: %.5f unmatched in %s; %.0f stray pixels%s%s",
                        rendered_names[i], audit->unmatched[i].value, audit->unmatched[i].where,
                        audit->stray[i].value, audit->stray[i].value > 0 ? " in " : "",
                        audit->stray[i].value > 0 ? audit->stray[i].where : "");
      g_free (audit->unmatched[i].where);
      g_free (audit->stray[i].where);
    }

  if (audit->kept)
    g_test_message ("the files of the failed cases are kept in %s", audit->dir);
  else
    remove_dir (audit->dir);
  g_free (audit->dir);
  g_rand_free (audit->rand);
}

static char *
audit_path (Audit      *audit,
            const char *name)
{
  return g_build_filename (audit->dir, name, NULL);
}

/* Charts */

static OutlayChart *
new_chart (guint chart_kind)
{
  return chart_kind == TIMELINE_CHART ? outlay_timeline_chart_new () : outlay_bar_chart_new (chart_kind);
}

static const char *
chart_name (guint chart_kind)
{
  return chart_kind == TIMELINE_CHART ? "timeline" : outlay_fact_kind_to_string (chart_kind);
}

/* A bar chart for each kind of money figure @dataset holds, in the
 * order of the kinds, then the timeline */
static GArray *
chart_kinds_of (OutlayDataset *dataset)
{
  GListModel *facts = outlay_dataset_get_facts (dataset);
  gboolean has[TIMELINE_CHART + 1] = { FALSE };
  GArray *kinds = g_array_new (FALSE, FALSE, sizeof (guint));
  guint timeline = TIMELINE_CHART;

  for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (facts, i);

      has[outlay_fact_get_kind (fact)] = TRUE;
    }

  for (guint kind = 0; kind < TIMELINE_CHART; kind++)
    if (has[kind] && outlay_fact_kind_is_money (kind))
      g_array_append_val (kinds, kind);
  g_array_append_val (kinds, timeline);

  return kinds;
}

static OutlayChart *
new_chart_for_case (OutlayDataset *dataset,
                    const Case    *c)
{
  OutlayChart *chart = new_chart (c->chart);

  outlay_chart_set_dataset (chart, dataset);
  outlay_chart_set_size (chart, sizes[c->size].width, sizes[c->size].height);
  outlay_chart_set_theme (chart, themes[c->theme].theme);
  outlay_chart_set_direction (chart, c->rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
  outlay_chart_set_language (chart, c->rtl ? "ar" : "en");

  return chart;
}

static void
export (OutlayChart        *chart,
        const char         *path,
        OutlayExportFormat  format)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (outlay_chart_export (chart, path, format, 1, &error));
  g_assert_no_error (error);
}

/* The files of a failed case stay, named after it, for a look */
static void
keep_files (Audit      *audit,
            const char *where)
{
  const char *names[] = { "chart.png", "chart.svg", "chart.pdf", "svg.png", "pdf.png", "selected.png", "selected.svg" };
  g_autofree char *prefix = g_strdelimit (g_strdup (where), "/", '-');

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *from = audit_path (audit, names[i]);
      g_autofree char *name = g_strconcat (prefix, "-", names[i], NULL);
      g_autofree char *to = audit_path (audit, name);

      if (g_file_test (from, G_FILE_TEST_EXISTS))
        g_rename (from, to);
    }
  audit->kept = TRUE;
}

static void
note_worst (Worst      *worst,
            double      value,
            const char *where)
{
  if (worst->where == NULL || value > worst->value)
    {
      worst->value = value;
      g_free (worst->where);
      worst->where = g_strdup (where);
    }
}

/* Whether @rendered shows the same picture as @png; says how it differs
 * if not */
static gboolean
check_rendered (Audit           *audit,
                const char      *where,
                guint            format,
                cairo_surface_t *png,
                const char      *rendered_path)
{
  cairo_surface_t *rendered = outlay_test_load_picture (rendered_path);
  OutlayPictureDifference difference = outlay_test_compare_pictures (png, rendered);

  cairo_surface_destroy (rendered);
  note_worst (&audit->unmatched[format], difference.unmatched, where);
  note_worst (&audit->stray[format], difference.stray, where);

  if (outlay_test_same_picture (&difference))
    return TRUE;

  g_test_message ("%s: the %s is not the PNG's picture: %.5f of its pixels unmatched (at most %.5f), "
                  "%u stray (at most %u)", where, rendered_names[format], difference.unmatched,
                  OUTLAY_TEST_MAX_UNMATCHED, difference.stray, OUTLAY_TEST_MAX_STRAY);
  g_test_fail ();
  return FALSE;
}

/* An SVG file's text without the ids cairo numbers across the process
 * (id="surface8074"), which differ between two exports of one chart */
static char *
svg_without_surface_ids (GBytes *svg)
{
  g_autoptr(GRegex) ids = g_regex_new ("surface[0-9]+", 0, 0, NULL);
  gsize length;
  const char *text = g_bytes_get_data (svg, &length);

  return g_regex_replace_literal (ids, text, (gssize)length, 0, "surface", 0, NULL);
}

/* No selection in a file: with a mark selected, a chart exports the same
 * pixels and the same SVG as with none */
static gboolean
check_no_selection (Audit           *audit,
                    OutlayChart     *chart,
                    const char      *where,
                    const char      *fact_id,
                    cairo_surface_t *plain_png,
                    GBytes          *plain_svg)
{
  g_autofree char *png = audit_path (audit, "selected.png");
  g_autofree char *svg = audit_path (audit, "selected.svg");
  g_autoptr(GBytes) svg_bytes = NULL;
  g_autofree char *svg_text = NULL;
  g_autofree char *plain_svg_text = NULL;
  cairo_surface_t *picture;
  gboolean png_same, svg_same;

  outlay_chart_set_selected (chart, fact_id);
  export (chart, png, OUTLAY_EXPORT_PNG);
  export (chart, svg, OUTLAY_EXPORT_SVG);
  /* The chart keeps its selection: the window still shows it */
  g_assert_cmpstr (outlay_chart_get_selected (chart), ==, fact_id);
  outlay_chart_set_selected (chart, NULL);

  picture = outlay_test_load_picture (png);
  png_same = outlay_test_pictures_equal (plain_png, picture);
  cairo_surface_destroy (picture);
  svg_bytes = outlay_test_read_bytes (svg);
  svg_text = svg_without_surface_ids (svg_bytes);
  plain_svg_text = svg_without_surface_ids (plain_svg);
  svg_same = g_str_equal (svg_text, plain_svg_text);

  if (png_same && svg_same)
    return TRUE;

  g_test_message ("%s: selecting “%s” changes the exported %s", where, fact_id,
                  png_same ? "SVG" : svg_same ? "PNG" : "PNG and SVG");
  g_test_fail ();
  return FALSE;
}

static void
audit_case (Audit         *audit,
            const char    *dataset_name,
            OutlayDataset *dataset,
            const Case    *c)
{
  g_autoptr(OutlayChart) chart = new_chart_for_case (dataset, c);
  int width = sizes[c->size].width, height = sizes[c->size].height;
  g_autofree char *where = g_strdup_printf ("%s/%s/%s/%s/%dx%d", dataset_name, chart_name (c->chart),
                                            themes[c->theme].name, c->rtl ? "rtl" : "ltr",
                                            width, height);
  g_autofree char *png = audit_path (audit, "chart.png");
  g_autofree char *svg = audit_path (audit, "chart.svg");
  g_autofree char *pdf = audit_path (audit, "chart.pdf");
  g_autofree char *svg_png = audit_path (audit, "svg.png");
  g_autofree char *pdf_png = audit_path (audit, "pdf.png");
  g_autoptr(GBytes) svg_bytes = NULL;
  guint n_marks = outlay_chart_get_n_marks (chart);
  cairo_surface_t *picture;
  gboolean ok = TRUE;

  export (chart, png, OUTLAY_EXPORT_PNG);
  export (chart, svg, OUTLAY_EXPORT_SVG);
  export (chart, pdf, OUTLAY_EXPORT_PDF);
  outlay_test_assert_png_file (png, width, height);
  outlay_test_run_tool ((const char *[]) { "xmllint", "--noout", svg, NULL });
  outlay_test_assert_pdf_file (pdf);

  outlay_test_render_svg (svg, svg_png, width, height);
  outlay_test_render_pdf (pdf, pdf_png, width, height);
  picture = outlay_test_load_picture (png);
  ok &= check_rendered (audit, where, RENDERED_SVG, picture, svg_png);
  ok &= check_rendered (audit, where, RENDERED_PDF, picture, pdf_png);

  if (n_marks > 0)
    {
      guint mark = (guint)g_rand_int_range (audit->rand, 0, (int)n_marks);
      OutlayFact *fact = outlay_chart_get_mark (chart, mark)->fact;

      svg_bytes = outlay_test_read_bytes (svg);
      ok &= check_no_selection (audit, chart, where, outlay_fact_get_id (fact), picture, svg_bytes);
    }

  cairo_surface_destroy (picture);
  if (!ok)
    keep_files (audit, where);
  audit->n_charts++;
  g_assert_finalize_object (g_steal_pointer (&chart));
}

/* Fisher and Yates, with the audit's seeded GRand */
static void
shuffle (Audit *audit,
         guint *items,
         guint  n)
{
  for (guint i = n - 1; i > 0; i--)
    {
      guint j = (guint)g_rand_int_range (audit->rand, 0, (int)i + 1);
      guint t = items[i];

      items[i] = items[j];
      items[j] = t;
    }
}

/* The cases of one chart: all 18, or a sample (see the top of the file) */
static GArray *
cases_of (Audit *audit,
          guint  chart_kind)
{
  GArray *cases = g_array_new (FALSE, FALSE, sizeof (Case));

  G_STATIC_ASSERT (G_N_ELEMENTS (themes) == G_N_ELEMENTS (sizes));

  if (g_strcmp0 (g_getenv ("OUTLAY_AUDIT_FULL"), "1") == 0)
    {
      for (guint t = 0; t < G_N_ELEMENTS (themes); t++)
        for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
          for (guint d = 0; d < 2; d++)
            g_array_append_val (cases, ((Case) { chart_kind, t, s, d == 1 }));
    }
  else
    {
      guint size_order[G_N_ELEMENTS (sizes)];
      gboolean rtl_first = g_rand_boolean (audit->rand);

      for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
        size_order[i] = i;
      shuffle (audit, size_order, G_N_ELEMENTS (size_order));

      for (guint i = 0; i < SAMPLES_PER_CHART; i++)
        {
          Case c = { .chart = chart_kind };

          if (i < G_N_ELEMENTS (themes))
            {
              c.theme = i;
              c.size = size_order[i];
              c.rtl = i == 0 ? rtl_first : i == 1 ? !rtl_first : g_rand_boolean (audit->rand);
            }
          else
            {
              c.theme = (guint)g_rand_int_range (audit->rand, 0, G_N_ELEMENTS (themes));
              c.size = (guint)g_rand_int_range (audit->rand, 0, G_N_ELEMENTS (sizes));
              c.rtl = g_rand_boolean (audit->rand);
            }
          g_array_append_val (cases, c);
        }
    }

  return cases;
}

/* Every check on every chart of @dataset; @name says which in messages */
static void
audit_dataset (Audit         *audit,
               const char    *name,
               OutlayDataset *dataset)
{
  g_autoptr(GArray) kinds = chart_kinds_of (dataset);

  for (guint k = 0; k < kinds->len; k++)
    {
      g_autoptr(GArray) cases = cases_of (audit, g_array_index (kinds, guint, k));

      for (guint i = 0; i < cases->len; i++)
        audit_case (audit, name, dataset, &g_array_index (cases, Case, i));
    }
}

static void
test_bundled (void)
{
  g_autoptr(OutlayDataset) dataset = outlay_test_load_bundled ();
  Audit audit = { 0 };

  audit_init (&audit);
  audit_dataset (&audit, "bundled", dataset);
  audit_finish (&audit);
}

/* Small datasets as a user might write them: one figure, with Arabic marks
 * in its names and labels (the same as minimal.json, but for the marks);
 * two companies in dollars with a floor on a round figure, a part, a
 * ceiling, long labels and inferred dates to the day */
static void
test_small_datasets (void)
{
  const char *names[] = { "arabic-marks.json", "small-story.json" };
  Audit audit = { 0 };

  audit_init (&audit);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "ok", names[i], NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(OutlayDataset) dataset = outlay_dataset_new_from_file (path, &error);

      g_assert_no_error (error);
      audit_dataset (&audit, names[i], dataset);
    }
  audit_finish (&audit);
}

/* Datasets of the layout audit's generator (tests/outlay-audit-datasets.c):
 * one with forty entities and long labels in several currencies, one with
 * a single entity and many overlapping figures */
static void
test_generated_datasets (void)
{
  const OutlayAuditShape shapes[] = {
    { .n_entities = 40, .n_figures = 14, .n_events = 4, .long_labels = TRUE, .mixed_currencies = TRUE },
    { .n_entities = 1, .n_figures = 12, .n_events = 3, .long_labels = FALSE, .mixed_currencies = FALSE },
  };
  Audit audit = { 0 };

  audit_init (&audit);
  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      g_autoptr(OutlayDataset) dataset = outlay_audit_dataset_new (7 + i, &shapes[i]);
      g_autofree char *name = g_strdup_printf ("generated-%u", 7 + i);

      audit_dataset (&audit, name, dataset);
    }
  audit_finish (&audit);
}

/* Issue 12 item 7, whatever the sample: the bundled timeline's PDF had a
 * hairline from "China launches its national AI plan" to the New Year
 * address, and its RTL one another */
static void
test_timeline_no_stray_line (void)
{
  g_autoptr(OutlayDataset) dataset = outlay_test_load_bundled ();
  const Case cases[] = {
    { TIMELINE_CHART, 0, 2, FALSE },
    { TIMELINE_CHART, 1, 1, TRUE },
  };
  Audit audit = { 0 };

  audit_init (&audit);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    audit_case (&audit, "bundled", dataset, &cases[i]);
  audit_finish (&audit);
}

/* Issue 12 item 4, for every mark of every chart of the bundled dataset:
 * an exported file carries no selection */
static void
test_no_selection (void)
{
  g_autoptr(OutlayDataset) dataset = outlay_test_load_bundled ();
  g_autoptr(GArray) kinds = chart_kinds_of (dataset);
  Audit audit = { 0 };

  audit_init (&audit);
  for (guint k = 0; k < kinds->len; k++)
    {
      Case c = { g_array_index (kinds, guint, k), k % G_N_ELEMENTS (themes), 1, k % 2 == 1 };
      g_autoptr(OutlayChart) chart = new_chart_for_case (dataset, &c);
      g_autofree char *png = audit_path (&audit, "chart.png");
      g_autofree char *svg = audit_path (&audit, "chart.svg");
      g_autoptr(GBytes) svg_bytes = NULL;
      cairo_surface_t *picture;

      export (chart, png, OUTLAY_EXPORT_PNG);
      export (chart, svg, OUTLAY_EXPORT_SVG);
      picture = outlay_test_load_picture (png);
      svg_bytes = outlay_test_read_bytes (svg);

      g_assert_cmpuint (outlay_chart_get_n_marks (chart), >, 0);
      for (guint i = 0; i < outlay_chart_get_n_marks (chart); i++)
        {
          const char *id = outlay_fact_get_id (outlay_chart_get_mark (chart, i)->fact);

          check_no_selection (&audit, chart, chart_name (c.chart), id, picture, svg_bytes);
        }

      cairo_surface_destroy (picture);
      g_assert_finalize_object (g_steal_pointer (&chart));
    }
  audit_finish (&audit);
}

/* The comparison sees a 1 px line, strong or as faint as item 7's (a pale
 * red at 29/255 from white), drawn over a copy of an honest PNG, at every
 * size; and finds nothing between a picture and itself */
static void
test_comparison_catches_a_line (void)
{
  g_autoptr(OutlayDataset) dataset = outlay_test_load_bundled ();
  Audit audit = { 0 };

  audit_init (&audit);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint faint = 0; faint < 2; faint++)
      {
        Case c = { TIMELINE_CHART, faint, s, s % 2 == 1 };
        g_autoptr(OutlayChart) chart = new_chart_for_case (dataset, &c);
        g_autofree char *png = audit_path (&audit, "chart.png");
        cairo_surface_t *picture, *copy;
        OutlayPictureDifference difference;
        cairo_t *cr;

        export (chart, png, OUTLAY_EXPORT_PNG);
        picture = outlay_test_load_picture (png);
        copy = outlay_test_load_picture (png);

        difference = outlay_test_compare_pictures (picture, copy);
        g_assert_cmpfloat (difference.unmatched, ==, 0);
        g_assert_cmpuint (difference.stray, ==, 0);

        cr = cairo_create (copy);
        if (faint)
          cairo_set_source_rgba (cr, 0.75, 0.1, 0.2, 0.2);
        else
          cairo_set_source_rgb (cr, 0, 0, 0);
        cairo_set_line_width (cr, 1);
        cairo_move_to (cr, 0.5, 0.5);
        cairo_line_to (cr, sizes[s].width - 0.5, sizes[s].height - 0.5);
        cairo_stroke (cr);
        cairo_destroy (cr);
        cairo_surface_flush (copy);

        difference = outlay_test_compare_pictures (picture, copy);
        g_test_message ("%dx%d, %s line: %.5f unmatched, %u stray", sizes[s].width, sizes[s].height,
                        faint ? "faint" : "black", difference.unmatched, difference.stray);
        g_assert_false (outlay_test_same_picture (&difference));

        cairo_surface_destroy (picture);
        cairo_surface_destroy (copy);
        g_assert_finalize_object (g_steal_pointer (&chart));
      }
  audit_finish (&audit);
}

/* A chart drawn as outlay_chart_export() draws it, with a stray path
 * after it: item 7's mistake (text leaves a current point, and an arc
 * joins it with a line) in a PDF, a hairline in an SVG */
static void
write_with_stray_path (OutlayChart        *chart,
                       const char         *path,
                       OutlayExportFormat  format)
{
  double width = outlay_chart_get_width (chart), height = outlay_chart_get_height (chart);
  cairo_surface_t *surface;
  cairo_t *cr;

  if (format == OUTLAY_EXPORT_PDF)
    surface = cairo_pdf_surface_create (path, width * 0.75, height * 0.75);
  else
    surface = cairo_svg_surface_create (path, width, height);
  cr = cairo_create (surface);
  if (format == OUTLAY_EXPORT_PDF)
    cairo_scale (cr, 0.75, 0.75);
  outlay_chart_draw (chart, cr);

  cairo_set_source_rgb (cr, 0.8, 0.1, 0.2);
  cairo_new_path (cr);
  cairo_move_to (cr, width * 0.2, height * 0.4);
  if (format == OUTLAY_EXPORT_PDF)
    {
      cairo_arc (cr, width * 0.7, height * 0.45, 5, 0, 2 * G_PI);
      cairo_new_sub_path (cr);
      cairo_arc (cr, width * 0.7, height * 0.45, 4, 0, 2 * G_PI);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      cairo_fill (cr);
    }
  else
    {
      cairo_line_to (cr, width * 0.7, height * 0.45);
      cairo_set_line_width (cr, 0.5);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

/* The whole chain sees a stray path that a PDF or an SVG has and the
 * PNG does not, in a bar chart and in the timeline, at the smallest size */
static void
test_stray_path_in_files (void)
{
  g_autoptr(OutlayDataset) dataset = outlay_test_load_bundled ();
  const guint charts[] = { OUTLAY_FACT_CAPEX, TIMELINE_CHART };
  Audit audit = { 0 };

  audit_init (&audit);
  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    for (guint format = 0; format < N_RENDERED; format++)
      {
        Case c = { charts[i], i, 0, format == RENDERED_PDF };
        g_autoptr(OutlayChart) chart = new_chart_for_case (dataset, &c);
        g_autofree char *png = audit_path (&audit, "chart.png");
        g_autofree char *file = audit_path (&audit, format == RENDERED_PDF ? "chart.pdf" : "chart.svg");
        g_autofree char *rendered = audit_path (&audit, "rendered.png");
        cairo_surface_t *picture, *other;
        OutlayPictureDifference difference;

        export (chart, png, OUTLAY_EXPORT_PNG);
        write_with_stray_path (chart, file, format == RENDERED_PDF ? OUTLAY_EXPORT_PDF : OUTLAY_EXPORT_SVG);
        if (format == RENDERED_PDF)
          outlay_test_render_pdf (file, rendered, sizes[0].width, sizes[0].height);
        else
          outlay_test_render_svg (file, rendered, sizes[0].width, sizes[0].height);

        picture = outlay_test_load_picture (png);
        other = outlay_test_load_picture (rendered);
        difference = outlay_test_compare_pictures (picture, other);
        g_test_message ("%s with a stray path, %s: %.5f unmatched, %u stray", chart_name (charts[i]),
                        rendered_names[format], difference.unmatched, difference.stray);
        g_assert_false (outlay_test_same_picture (&difference));

        cairo_surface_destroy (picture);
        cairo_surface_destroy (other);
        g_assert_finalize_object (g_steal_pointer (&chart));
      }
  audit_finish (&audit);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outlay/chart-files/comparison-catches-a-line", test_comparison_catches_a_line);
  g_test_add_func ("/outlay/chart-files/stray-path-in-files", test_stray_path_in_files);
  g_test_add_func ("/outlay/chart-files/timeline-no-stray-line", test_timeline_no_stray_line);
  g_test_add_func ("/outlay/chart-files/no-selection", test_no_selection);
  g_test_add_func ("/outlay/chart-files/bundled", test_bundled);
  g_test_add_func ("/outlay/chart-files/small-datasets", test_small_datasets);
  g_test_add_func ("/outlay/chart-files/generated-datasets", test_generated_datasets);

  return g_test_run ();
}

/* test-fact-panel.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "outlay-dataset.h"
#include "outlay-fact-panel.h"

/* The details panel alone, on a small dataset whose source has all the
 * provenance the format allows: what the panel says of the article. */

static OutlayDataset *
load_test_dataset (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "window", name, NULL);
  g_autoptr(GError) error = NULL;
  OutlayDataset *dataset = outlay_dataset_new_from_file (path, &error);

  g_assert_no_error (error);
  return dataset;
}

static void
collect_links (GtkWidget *widget,
               GPtrArray *links)
{
  if (GTK_IS_LINK_BUTTON (widget))
    g_ptr_array_add (links, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_links (child, links);
}

/* The panel's text, one label a line, as a list */
static GStrv
get_lines (OutlayFactPanel *panel)
{
  g_autofree char *text = outlay_fact_panel_dup_text (panel);

  return g_strsplit (text, "\n", -1);
}

static void
assert_has_line (GStrv        lines,
                 const char  *line)
{
  if (!g_strv_contains ((const char * const *)lines, line))
    {
      g_autofree char *all = g_strjoinv ("\n", lines);

      g_error ("the panel does not say “%s”; it says:\n%s", line, all);
    }
}

/* The article's title and its translation, whom it cites, how its date
 * and the fact's period were inferred, and a link that opens it */
static void
test_provenance (void)
{
  g_autoptr(OutlayDataset) dataset = load_test_dataset ("provenance.json");
  OutlayFactPanel *panel = g_object_ref_sink (g_object_new (OUTLAY_TYPE_FACT_PANEL, NULL));
  g_autoptr(GPtrArray) links = g_ptr_array_new ();
  g_auto(GStrv) lines = NULL;

  outlay_fact_panel_set_fact (panel, outlay_dataset_lookup_fact (dataset, "acme-capex-2025"));
  lines = get_lines (panel);

  assert_has_line (lines, "Acme · 2025 (date inferred)");
  assert_has_line (lines, "How the date was inferred:");
  assert_has_line (lines, "\"This year\" in an article of March 2025.");
  assert_has_line (lines, "Arabic daily, 3 Mar 2025 (date inferred)");
  assert_has_line (lines, "أكمي تنفق مليار يوان");
  assert_has_line (lines, "Acme spends a billion yuan");
  assert_has_line (lines, "Via \u2068Bloomberg, Reuters\u2069");
  assert_has_line (lines, "The article gives only \"Monday\": the Monday after the results.");
  assert_has_line (lines, "Open the article (example.com)");
  /* An English article's title has no translation to show */
  assert_has_line (lines, "Acme spends");

  /* Only the web address is a link: the other source's "file:" address
   * is shown as text */
  collect_links (GTK_WIDGET (panel), links);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpstr (gtk_link_button_get_uri (links->pdata[0]), ==, "https://example.com/news/acme-2025");
  assert_has_line (lines, "file:///etc/passwd");

  g_assert_finalize_object (panel);
}

/* The Arabic title reads right to left in an English panel */
static void
test_title_direction (void)
{
  g_autoptr(OutlayDataset) dataset = load_test_dataset ("provenance.json");
  OutlayFactPanel *panel = g_object_ref_sink (g_object_new (OUTLAY_TYPE_FACT_PANEL, NULL));
  GtkWidget *title = NULL;
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  outlay_fact_panel_set_fact (panel, outlay_dataset_lookup_fact (dataset, "acme-capex-2025"));

  g_ptr_array_add (stack, panel);
  while (stack->len > 0 && title == NULL)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);

      if (GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), "أكمي تنفق مليار يوان"))
        title = widget;
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }

  g_assert_nonnull (title);
  g_assert_cmpint (gtk_widget_get_direction (title), ==, GTK_TEXT_DIR_RTL);

  g_assert_finalize_object (panel);
}

/* A plan's details name the part drawn inside it, and the part's its
 * plan (issue 12, item 8) */
static void
test_parts (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("OUTLAY_DATADIR"), BUNDLED_DATASET, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OutlayDataset) dataset = outlay_dataset_new_from_file (path, &error);
  OutlayFactPanel *panel = g_object_ref_sink (g_object_new (OUTLAY_TYPE_FACT_PANEL, NULL));
  g_auto(GStrv) lines = NULL;

  g_assert_no_error (error);
  outlay_fact_panel_set_fact (panel, outlay_dataset_lookup_fact (dataset, "bytedance-capex-2026"));
  /* Without the dataset, nothing to look up */
  lines = get_lines (panel);
  g_assert_false (g_strv_contains ((const char * const *)lines,
                                   "Includes \u2068ByteDance 2026 plan: AI processors (85 bn yuan)\u2069"));
  g_clear_pointer (&lines, g_strfreev);

  g_object_set (panel, "dataset", dataset, NULL);
  lines = get_lines (panel);
  assert_has_line (lines, "Includes \u2068ByteDance 2026 plan: AI processors (85 bn yuan)\u2069");
  g_clear_pointer (&lines, g_strfreev);

  outlay_fact_panel_set_fact (panel, outlay_dataset_lookup_fact (dataset, "bytedance-capex-2026-ai-processors"));
  lines = get_lines (panel);
  assert_has_line (lines, "Part of \u2068ByteDance capex plan, 2026 (160 bn yuan)\u2069");

  g_assert_finalize_object (panel);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/outlay/fact-panel/provenance", test_provenance);
  g_test_add_func ("/outlay/fact-panel/title-direction", test_title_direction);

  g_test_add_func ("/outlay/fact-panel/parts", test_parts);

  return g_test_run ();
}

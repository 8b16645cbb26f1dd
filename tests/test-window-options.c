/* test-window-options.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "outlay-entity.h"
#include "outlay-window-fixture.h"

/* The window's chart options: the currency (and the choices each dataset
 * allows), per year, and the filters, reaching every chart and the table
 * and remembered. */
/* The options reach every chart, built or not, and are remembered */
/* The options reach every chart, built or not, and are remembered */
static void
test_options (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  OutlayChart *capex = outlay_chart_view_get_chart (outlay_window_get_chart_view (fixture->window, "capex"));
  const OutlayFigureOptions *options = outlay_chart_get_figure_options (capex);
  g_autofree char *as_stated = NULL;
  g_autofree char *in_dollars = NULL;
  g_autofree char *again = NULL;
  g_autofree char *currency = NULL;

  g_assert_null (options->currency);
  g_assert_false (options->per_year);
  as_stated = outlay_chart_dup_mark_description (capex, 0);

  /* Dollars at my rate: every figure converted alike */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "currency", g_variant_new_string ("usd-mine"));
  g_settings_set_double (settings, "rate", 8.0);
  options = outlay_chart_get_figure_options (capex);
  g_assert_cmpstr (options->currency, ==, "USD");
  g_assert_cmpint (options->rate_mode, ==, OUTLAY_RATE_MODE_USER);
  g_assert_cmpfloat (options->user_rate, ==, 8.0);
  currency = g_settings_get_string (settings, "currency");
  g_assert_cmpstr (currency, ==, "usd-mine");
  in_dollars = outlay_chart_dup_mark_description (capex, 0);
  g_assert_cmpstr (in_dollars, !=, as_stated);
  g_assert_nonnull (strstr (in_dollars, "$"));

  /* A view built after the change has it too */
  options = outlay_chart_get_figure_options (outlay_chart_view_get_chart (outlay_window_get_chart_view (fixture->window, "campaign")));
  g_assert_cmpstr (options->currency, ==, "USD");
  g_assert_cmpfloat (options->user_rate, ==, 8.0);

  /* Per year, from the action and from the settings */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "per-year", NULL);
  g_assert_true (outlay_chart_get_figure_options (capex)->per_year);
  g_assert_true (g_settings_get_boolean (settings, "per-year"));
  g_settings_set_boolean (settings, "per-year", FALSE);
  g_assert_false (outlay_chart_get_figure_options (capex)->per_year);

  /* Back to the sources' own currency */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "currency", g_variant_new_string ("as-stated"));
  g_assert_null (outlay_chart_get_figure_options (capex)->currency);
  again = outlay_chart_dup_mark_description (capex, 0);
  g_assert_cmpstr (again, ==, as_stated);

  g_settings_reset (settings, "currency");
  g_settings_reset (settings, "rate");
  g_settings_reset (settings, "per-year");
}

static GtkCheckButton *
find_currency_button (GtkWidget  *widget,
                      const char *choice)
{
  if (GTK_IS_CHECK_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.currency") == 0 &&
      g_str_equal (g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget)), NULL), choice))
    return GTK_CHECK_BUTTON (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkCheckButton *button = find_currency_button (child, choice);

      if (button != NULL)
        return button;
    }

  return NULL;
}

static GtkLabel *
find_label_after (GtkWidget *widget)
{
  GtkWidget *next = gtk_widget_get_next_sibling (widget);

  while (next != NULL && !GTK_IS_LABEL (next))
    next = gtk_widget_get_next_sibling (next);

  return GTK_LABEL (next);
}

static OutlayDataset *
load_window_dataset (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "window", name, NULL);
  g_autoptr(GError) error = NULL;
  OutlayDataset *dataset = outlay_dataset_new_from_file (path, &error);

  g_assert_no_error (error);
  return dataset;
}

/* What the currency choices say and offer, dataset by dataset */
typedef struct
{
  const char *file;
  gboolean    shown;
  const char *as_stated;
  gboolean    stated_rates;
  const char *per_dollar;   /* NULL: no rate of the user's */
} CurrencyCase;

static const CurrencyCase currency_cases[] = {
  /* Yuan and dollars (the IPOs): no one currency to name */
  { NULL, TRUE, "_As the sources state it", TRUE, "yuan per dollar" },
  { "euros.json", TRUE, "In _euros, as the sources state it", TRUE, "euros per dollar" },
  /* No source converts: no stated rates to use */
  { "../ok/minimal.json", TRUE, "In _yuan, as the sources state it", FALSE, "yuan per dollar" },
  /* One rate cannot convert two currencies */
  { "two-currencies.json", TRUE, "_As the sources state it", FALSE, NULL },
  /* Nothing to convert: no choice */
  { "dollars.json", FALSE },
  { "no-money.json", FALSE },
};

/* The currency choices follow the dataset's money */
static void
test_currency_options (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *popover = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "currency", g_variant_new_string ("usd-mine"));

  for (guint i = 0; i < G_N_ELEMENTS (currency_cases); i++)
    {
      const CurrencyCase *c = &currency_cases[i];
      g_autoptr(OutlayDataset) dataset = c->file != NULL ? load_window_dataset (c->file) : g_object_ref (fixture->dataset);
      GtkCheckButton *as_stated, *stated, *mine;
      g_autoptr(GVariant) state = NULL;

      outlay_window_set_dataset (fixture->window, dataset);
      as_stated = find_currency_button (GTK_WIDGET (fixture->window), "as-stated");
      g_assert_nonnull (as_stated);
      popover = gtk_widget_get_ancestor (GTK_WIDGET (as_stated), GTK_TYPE_POPOVER);
      stated = find_currency_button (popover, "usd-stated");
      mine = find_currency_button (popover, "usd-mine");

      g_test_message ("dataset %s", c->file != NULL ? c->file : "bundled");
      g_assert_cmpint (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (as_stated))), ==, c->shown);
      if (!c->shown)
        continue;

      g_assert_cmpstr (gtk_check_button_get_label (as_stated), ==, c->as_stated);
      g_assert_cmpint (gtk_widget_get_visible (GTK_WIDGET (stated)), ==, c->stated_rates);
      g_assert_cmpint (gtk_widget_get_sensitive (GTK_WIDGET (mine)), ==, c->per_dollar != NULL);
      if (c->per_dollar != NULL)
        g_assert_cmpstr (gtk_label_get_text (find_label_after (gtk_widget_get_next_sibling (GTK_WIDGET (mine)))), ==,
                         c->per_dollar);
      else
        g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (mine)), ==,
                         "One rate cannot convert figures in several currencies");

      /* A choice the dataset does not allow falls back to the sources'
       * own currencies, and the charts follow */
      state = g_action_group_get_action_state (G_ACTION_GROUP (fixture->window), "currency");
      if (c->per_dollar == NULL)
        {
          g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "as-stated");
          g_assert_null (outlay_chart_get_figure_options (
                           outlay_chart_view_get_chart (outlay_window_get_chart_view (fixture->window, "capex")))->currency);
        }
      else
        g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "usd-mine");
    }

  g_settings_reset (settings, "currency");
}

static guint
count_facts (GListModel *rows,
             gboolean  (*match) (OutlayFact *fact))
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (rows, i);

      n += match (fact);
    }

  return n;
}

static gboolean
is_bytedance (OutlayFact *fact)
{
  return g_str_equal (outlay_entity_get_id (outlay_fact_get_entity (fact)), "bytedance");
}

static gboolean
is_event (OutlayFact *fact)
{
  return outlay_fact_get_kind (fact) == OUTLAY_FACT_EVENT;
}

static gboolean
is_bytedance_event (OutlayFact *fact)
{
  return is_bytedance (fact) && is_event (fact);
}

/* Entities and kinds left out of the charts and the table alike, and
 * remembered */
static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  OutlayChart *capex = outlay_chart_view_get_chart (outlay_window_get_chart_view (fixture->window, "capex"));
  OutlayChart *timeline = outlay_chart_view_get_chart (outlay_window_get_chart_view (fixture->window, "timeline"));
  GListModel *rows = outlay_fact_table_get_rows (outlay_window_get_table (fixture->window));
  guint capex_marks = outlay_chart_get_n_marks (capex);
  guint n_rows = g_list_model_get_n_items (rows);
  guint bytedance_rows = count_facts (rows, is_bytedance);
  guint event_rows = count_facts (rows, is_event);
  guint bytedance_event_rows = count_facts (rows, is_bytedance_event);
  g_auto(GStrv) stored = NULL;
  OutlayFact *selected;

  g_assert_cmpuint (bytedance_rows, >, 0);
  g_assert_cmpuint (event_rows, >, 0);

  /* ByteDance out: fewer capex bars, none of its rows, and remembered */
  click_mark (outlay_window_get_chart_view (fixture->window, "capex"), 0);
  selected = outlay_window_get_selected (fixture->window);
  outlay_window_set_entity_hidden (fixture->window, "bytedance", TRUE);
  g_assert_cmpuint (outlay_chart_get_n_marks (capex), <, capex_marks);
  for (guint i = 0; i < outlay_chart_get_n_marks (capex); i++)
    g_assert_false (is_bytedance (outlay_chart_get_mark (capex, i)->fact));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_rows - bytedance_rows);
  g_assert_cmpuint (count_facts (rows, is_bytedance), ==, 0);
  stored = g_settings_get_strv (settings, "hidden-entities");
  g_assert_cmpstrv (stored, ((const char *[]) { "bytedance", NULL }));
  /* Filtering is not unselecting */
  g_assert_true (outlay_window_get_selected (fixture->window) == selected);

  /* Events out, from the settings: the timeline and the table follow */
  g_settings_set_strv (settings, "hidden-kinds", (const char *[]) { "event", NULL });
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==,
                    n_rows - bytedance_rows - (event_rows - bytedance_event_rows));
  g_assert_cmpuint (count_facts (rows, is_event), ==, 0);
  for (guint i = 0; i < outlay_chart_get_n_marks (timeline); i++)
    {
      OutlayFact *fact = outlay_chart_get_mark (timeline, i)->fact;

      g_assert_true (fact == NULL || !is_event (fact));
    }

  /* Everything back */
  outlay_window_set_entity_hidden (fixture->window, "bytedance", FALSE);
  outlay_window_set_kind_hidden (fixture->window, OUTLAY_FACT_EVENT, FALSE);
  g_assert_cmpuint (outlay_chart_get_n_marks (capex), ==, capex_marks);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_rows);
  g_clear_pointer (&stored, g_strfreev);
  stored = g_settings_get_strv (settings, "hidden-kinds");
  g_assert_cmpuint (g_strv_length (stored), ==, 0);

  /* "Show All" is there only when something is hidden, and brings every
   * kind and entity back at once; the chart's "Not shown" line goes too */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "show-all"));
  g_assert_null (outlay_chart_dup_filter_note (capex));
  outlay_window_set_entity_hidden (fixture->window, "bytedance", TRUE);
  outlay_window_set_entity_hidden (fixture->window, "alibaba", TRUE);
  outlay_window_set_kind_hidden (fixture->window, OUTLAY_FACT_EVENT, TRUE);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "show-all"));
  {
    g_autofree char *note = outlay_chart_dup_filter_note (capex);

    g_assert_cmpstr (note, ==, "Not shown: ByteDance, Alibaba");
    /* and the view's accessible label says it, once drawn */
    wait_for_frames (2);
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (outlay_window_get_chart_view (fixture->window, "capex")),
                                         GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         "Capital spending. Not shown: ByteDance, Alibaba");
  }
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-all", NULL);
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), "show-all"));
  g_assert_null (outlay_chart_dup_filter_note (capex));
  g_assert_cmpuint (outlay_chart_get_n_marks (capex), ==, capex_marks);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_rows);
  g_clear_pointer (&stored, g_strfreev);
  stored = g_settings_get_strv (settings, "hidden-entities");
  g_assert_cmpuint (g_strv_length (stored), ==, 0);

  g_settings_reset (settings, "hidden-entities");
  g_settings_reset (settings, "hidden-kinds");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  OUTLAY_WINDOW_TEST_ADD ("options", test_options);
  OUTLAY_WINDOW_TEST_ADD ("currency-options", test_currency_options);
  OUTLAY_WINDOW_TEST_ADD ("filters", test_filters);

  return g_test_run ();
}

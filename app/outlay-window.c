/* outlay-window.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "outlay-bar-chart.h"
#include "outlay-cli.h"
#include "outlay-timeline-chart.h"
#include "outlay-window.h"

/* The main window: a view per chart and the details of the selected fact
 * beside them. The selection is the window's "selected" property, one
 * for all: every chart view and the details panel are bound to it. */

struct _OutlayWindow
{
  AdwApplicationWindow  parent_instance;
  GSettings            *settings;
  AdwViewStack         *stack;
  AdwFlap              *flap;
  OutlayFactPanel      *panel;
  OutlayDataset        *dataset;
  OutlayFact           *selected;
};

G_DEFINE_FINAL_TYPE (OutlayWindow, outlay_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_chart (OutlayWindow *self,
           OutlayChart  *chart,
           const char   *name,
           const char   *title,
           const char   *icon_name)
{
  GtkWidget *view;

  outlay_chart_set_dataset (chart, self->dataset);
  outlay_chart_set_language (chart, outlay_cli_data_language ());
  view = outlay_chart_view_new (chart);
  g_object_bind_property (self, "selected", view, "selected",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  adw_view_stack_add_titled_with_icon (self->stack, view, name, title, icon_name);
}

static void
outlay_window_constructed (GObject *object)
{
  OutlayWindow *self = OUTLAY_WINDOW (object);
  g_autoptr(OutlayChart) capex = outlay_bar_chart_new (OUTLAY_FACT_CAPEX);
  g_autoptr(OutlayChart) campaign = outlay_bar_chart_new (OUTLAY_FACT_CAMPAIGN_BUDGET);
  g_autoptr(OutlayChart) timeline = outlay_timeline_chart_new ();
  g_autoptr(GSettingsSchema) schema = NULL;
  GtkWidget *table;

  G_OBJECT_CLASS (outlay_window_parent_class)->constructed (object);

  g_assert (self->dataset != NULL);

  /* Translators: the view of capital spending figures */
  add_chart (self, capex, "capex", _("Capex"), "view-paged-symbolic");
  /* Translators: the view of campaign budgets */
  add_chart (self, campaign, "campaign", _("Campaigns"), "view-grid-symbolic");
  add_chart (self, timeline, "timeline", _("Timeline"), "view-continuous-symbolic");

  /* The same facts as a table, sharing the selection */
  table = outlay_fact_table_new (self->dataset, outlay_cli_data_language ());
  g_object_bind_property (self, "selected", table, "selected", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  /* Translators: the view listing every fact as a table */
  adw_view_stack_add_titled_with_icon (self->stack, table, "table", _("Table"), "view-list-symbolic");

  /* Size, view and panel as the user left them. g_settings_new() aborts
   * on a schema that is not installed (a build run without meson devenv):
   * the window then works, and says it cannot remember. */
  schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (), APP_ID, TRUE);
  if (schema == NULL)
    {
      g_warning ("The GSettings schema %s is not installed: the window's size and view will not be kept", APP_ID);
      goto settings_done;
    }

  self->settings = g_settings_new_full (schema, NULL, NULL);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "view", self->stack, "visible-child-name", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "details-visible", self->flap, "reveal-flap", G_SETTINGS_BIND_DEFAULT);

settings_done:

  outlay_fact_panel_set_language (self->panel, outlay_cli_data_language ());
  g_object_bind_property (self, "selected", self->panel, "fact", G_BINDING_SYNC_CREATE);
  gtk_window_set_title (GTK_WINDOW (self), outlay_dataset_get_title (self->dataset, outlay_cli_data_language ()));
}

static void
outlay_window_dispose (GObject *object)
{
  OutlayWindow *self = (OutlayWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), OUTLAY_TYPE_WINDOW);
  g_clear_object (&self->selected);
  g_clear_object (&self->dataset);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (outlay_window_parent_class)->dispose (object);
}

static void
outlay_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OutlayWindow *self = OUTLAY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outlay_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  OutlayWindow *self = OUTLAY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;
    case PROP_SELECTED:
      outlay_window_set_selected (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outlay_window_class_init (OutlayWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = outlay_window_constructed;
  object_class->dispose = outlay_window_dispose;
  object_class->get_property = outlay_window_get_property;
  object_class->set_property = outlay_window_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, OUTLAY_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, OUTLAY_TYPE_FACT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OUTLAY_TYPE_FACT_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/outlay/Outlay/outlay-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, panel);
}

static void
outlay_window_init (OutlayWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * outlay_window_new:
 * @application: (nullable): the application
 * @dataset: the dataset to show
 *
 * Returns: (transfer full): a new window showing @dataset
 */
OutlayWindow *
outlay_window_new (GtkApplication *application,
                   OutlayDataset  *dataset)
{
  g_return_val_if_fail (OUTLAY_IS_DATASET (dataset), NULL);

  return g_object_new (OUTLAY_TYPE_WINDOW,
                       "application", application,
                       "dataset", dataset,
                       NULL);
}

/**
 * outlay_window_get_selected:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the selected fact, shared by every
 *   view of the window
 */
OutlayFact *
outlay_window_get_selected (OutlayWindow *self)
{
  g_return_val_if_fail (OUTLAY_IS_WINDOW (self), NULL);

  return self->selected;
}

void
outlay_window_set_selected (OutlayWindow *self,
                            OutlayFact   *fact)
{
  g_return_if_fail (OUTLAY_IS_WINDOW (self));

  if (g_set_object (&self->selected, fact))
    {
      /* A selection shows its details, even on a narrow window */
      if (fact != NULL)
        adw_flap_set_reveal_flap (self->flap, TRUE);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
    }
}

/**
 * outlay_window_get_chart_view:
 * @self: a window
 * @name: "capex", "campaign" or "timeline"
 *
 * Returns: (transfer none) (nullable): the view of that chart
 */
OutlayChartView *
outlay_window_get_chart_view (OutlayWindow *self,
                              const char   *name)
{
  g_return_val_if_fail (OUTLAY_IS_WINDOW (self), NULL);

  return OUTLAY_CHART_VIEW (adw_view_stack_get_child_by_name (self->stack, name));
}

/**
 * outlay_window_get_table:
 * @self: a window
 *
 * Returns: (transfer none): the table of facts
 */
OutlayFactTable *
outlay_window_get_table (OutlayWindow *self)
{
  g_return_val_if_fail (OUTLAY_IS_WINDOW (self), NULL);

  return OUTLAY_FACT_TABLE (adw_view_stack_get_child_by_name (self->stack, "table"));
}

/**
 * outlay_window_get_panel:
 * @self: a window
 *
 * Returns: (transfer none): the details panel
 */
OutlayFactPanel *
outlay_window_get_panel (OutlayWindow *self)
{
  g_return_val_if_fail (OUTLAY_IS_WINDOW (self), NULL);

  return self->panel;
}

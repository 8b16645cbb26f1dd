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
#include "outlay-window-private.h"

/* The main window: a view per chart and the details of the selected fact
 * beside them. The selection is the window's "selected" property, one
 * for all: every chart view and the details panel are bound to it.
 * Opening and exporting files are in outlay-window-files.c, the chart
 * options and the filters in outlay-window-options.c. */

G_DEFINE_FINAL_TYPE (OutlayWindow, outlay_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The views are built when first shown (or asked for): a start builds
 * only the one the user left open. Each stack page is an AdwBin, empty
 * until then. */
static GtkWidget *
build_view (OutlayWindow *self,
            const char   *name)
{
  g_autoptr(OutlayChart) chart = NULL;
  GtkWidget *view;

  if (g_str_equal (name, "table"))
    {
      view = outlay_fact_table_new (self->dataset, outlay_cli_data_language ());
      outlay_fact_table_set_filters (OUTLAY_FACT_TABLE (view),
                                     (const char * const *)self->hidden_entities, self->hidden_kinds);
      _outlay_window_apply_options_to_table (self, OUTLAY_FACT_TABLE (view));
    }
  else
    {
      if (g_str_equal (name, "capex"))
        chart = outlay_bar_chart_new (OUTLAY_FACT_CAPEX);
      else if (g_str_equal (name, "campaign"))
        chart = outlay_bar_chart_new (OUTLAY_FACT_CAMPAIGN_BUDGET);
      else
        chart = outlay_timeline_chart_new ();

      outlay_chart_set_dataset (chart, self->dataset);
      outlay_chart_set_language (chart, outlay_cli_data_language ());
      _outlay_window_apply_options_to_chart (self, chart);
      view = outlay_chart_view_new (chart);
    }

  g_object_bind_property (self, "selected", view, "selected",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  return view;
}

static GtkWidget *
ensure_view (OutlayWindow *self,
             const char   *name)
{
  GtkWidget *page;

  if (name == NULL || (page = adw_view_stack_get_child_by_name (self->stack, name)) == NULL)
    return NULL;

  if (adw_bin_get_child (ADW_BIN (page)) == NULL)
    adw_bin_set_child (ADW_BIN (page), build_view (self, name));

  return adw_bin_get_child (ADW_BIN (page));
}

/* The view of a page, or NULL if it is not built yet */
GtkWidget *
_outlay_window_peek_view (OutlayWindow *self,
                          const char   *name)
{
  return adw_bin_get_child (ADW_BIN (adw_view_stack_get_child_by_name (self->stack, name)));
}

/* Calls @func on the chart of every chart view built so far, and redraws
 * them: views built later take the window's state when they are built */
void
_outlay_window_foreach_built_chart (OutlayWindow            *self,
                                    OutlayWindowChartFunc    func)
{
  static const char * const charts[] = { "capex", "campaign", "timeline" };

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      GtkWidget *view = _outlay_window_peek_view (self, charts[i]);

      if (view != NULL)
        {
          func (self, outlay_chart_view_get_chart (OUTLAY_CHART_VIEW (view)));
          gtk_widget_queue_draw (view);
        }
    }
}

static void
add_page (OutlayWindow *self,
          const char   *name,
          const char   *title,
          const char   *icon_name)
{
  adw_view_stack_add_titled_with_icon (self->stack, adw_bin_new (), name, title, icon_name);
}

static void
on_visible_page_cb (OutlayWindow *self)
{
  ensure_view (self, adw_view_stack_get_visible_child_name (self->stack));
}

/* A view that had the focus and is switched away from gives it up, and
 * GTK hands it to the next widget that takes it: a selectable label of
 * the details panel, which then selects all its text. The focus goes to
 * the view shown instead, and the label's selection goes with it, once
 * GTK is done: the label selects its text after it has the focus. */
static gboolean
refocus_cb (gpointer data)
{
  OutlayWindow *self = data;
  GtkWidget *page = adw_view_stack_get_visible_child (self->stack);

  self->refocus_source = 0;
  if (self->focus_fell_on != NULL && GTK_IS_LABEL (self->focus_fell_on))
    gtk_label_select_region (GTK_LABEL (self->focus_fell_on), 0, 0);
  if (page != NULL && gtk_root_get_focus (GTK_ROOT (self)) == self->focus_fell_on)
    gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
  g_clear_weak_pointer (&self->focus_fell_on);

  return G_SOURCE_REMOVE;
}

static void
on_focus_widget_cb (OutlayWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *page = adw_view_stack_get_visible_child (self->stack);
  GtkWidget *last = self->last_focus;

  /* GTK unsets the focus before it hands it on */
  if (focus == NULL)
    return;

  g_set_weak_pointer (&self->last_focus, focus);

  if (last == NULL || page == NULL ||
      !gtk_widget_is_ancestor (last, GTK_WIDGET (self->stack)) || gtk_widget_is_ancestor (last, page) ||
      gtk_widget_is_ancestor (focus, page) || self->refocus_source != 0)
    return;

  g_set_weak_pointer (&self->focus_fell_on, focus);
  self->refocus_source = g_idle_add (refocus_cb, self);
}

/* The view switcher bar at the bottom is for a narrow window, where the
 * header bar has no room for the view switcher. A window starts wide, and
 * the bar (one more view switcher, styled and measured though hidden) is
 * built only when the title first gives up its switcher; from then on it
 * is revealed whenever the title's switcher is gone, as before. */
static void
on_title_visible_cb (OutlayWindow *self)
{
  GtkWidget *bar;

  if (!adw_view_switcher_title_get_title_visible (self->switcher_title))
    return;

  g_signal_handlers_disconnect_by_func (self->switcher_title, on_title_visible_cb, self);

  bar = adw_view_switcher_bar_new ();
  adw_view_switcher_bar_set_stack (ADW_VIEW_SWITCHER_BAR (bar), self->stack);
  gtk_box_append (self->main_box, bar);
  g_object_bind_property (self->switcher_title, "title-visible", bar, "reveal", G_BINDING_SYNC_CREATE);
}

/* The main menu's popover, a button with its labels for each item, is
 * built when the menu first opens (by a click or F10), not with the
 * window. GTK asks at every opening: setting the model again would build
 * the popover again. */
static void
create_primary_menu_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  OutlayWindow *self = user_data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

/* The shortcuts window is built when first asked for, not with every
 * window as GtkApplication's automatic help overlay would */
static void
show_shortcuts_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  GtkApplicationWindow *self = user_data;
  GtkShortcutsWindow *shortcuts = gtk_application_window_get_help_overlay (self);

  /* Made the window's help overlay so that it shows the application's
   * accelerators for the actions it names; the window owns it from then */
  if (shortcuts == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/outlay/Outlay/outlay-shortcuts-window.ui");

      shortcuts = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "shortcuts"));
      gtk_application_window_set_help_overlay (self, shortcuts);
    }

  gtk_window_present (GTK_WINDOW (shortcuts));
}

/* "win.show-view::timeline": one of the views, by name; Alt+1 to Alt+4
 * as GNOME apps switch views */
static void
show_view_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  OutlayWindow *self = user_data;
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, name);
}

static const GActionEntry window_actions[] = {
  { "show-shortcuts", show_shortcuts_action },
  { "show-view", show_view_action, "s" },
};

/* The views in the switcher's order, for Alt+1… */
static const char * const view_names[] = { "capex", "campaign", "timeline", "table" };

static void
outlay_window_constructed (GObject *object)
{
  OutlayWindow *self = OUTLAY_WINDOW (object);
  g_autoptr(GSettingsSchema) schema = NULL;

  G_OBJECT_CLASS (outlay_window_parent_class)->constructed (object);

  g_assert (self->dataset != NULL);

  /* Translators: the view of capital spending figures */
  add_page (self, "capex", _("Capex"), "view-paged-symbolic");
  /* Translators: the view of campaign budgets */
  add_page (self, "campaign", _("Campaigns"), "view-grid-symbolic");
  add_page (self, "timeline", _("Timeline"), "view-continuous-symbolic");
  /* The same facts as a table, sharing the selection.
   * Translators: the view listing every fact as a table */
  add_page (self, "table", _("Table"), "view-list-symbolic");
  g_signal_connect_swapped (self->stack, "notify::visible-child", G_CALLBACK (on_visible_page_cb), self);
  g_signal_connect_swapped (self->switcher_title, "notify::title-visible", G_CALLBACK (on_title_visible_cb), self);
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (on_focus_widget_cb), NULL);
  /* A narrow header shows a title in place of the view switcher: the
   * dataset's, as the window's title is, in the data language. GNOME
   * names the document there, not the app; the app's name is in the
   * desktop file and the About window, translated (أوتلاي). */
  g_object_bind_property (self, "title", self->switcher_title, "title", G_BINDING_SYNC_CREATE);
  on_title_visible_cb (self);

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

  _outlay_window_init_options (self);
  gtk_menu_button_set_create_popup_func (self->menu_button, create_primary_menu_cb, self, NULL);
  on_visible_page_cb (self);
  _outlay_window_update_file_actions (self);
  outlay_fact_panel_set_language (self->panel, outlay_cli_data_language ());
  /* The dataset first: the panel looks up the selected fact's relations */
  g_object_bind_property (self, "dataset", self->panel, "dataset", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "selected", self->panel, "fact", G_BINDING_SYNC_CREATE);
  gtk_window_set_title (GTK_WINDOW (self), outlay_dataset_get_title (self->dataset, outlay_cli_data_language ()));
}

static void
outlay_window_dispose (GObject *object)
{
  OutlayWindow *self = (OutlayWindow *)object;

  g_cancellable_cancel (self->loading);
  _outlay_window_end_loading (self);
  g_clear_weak_pointer (&self->last_focus);
  g_clear_weak_pointer (&self->focus_fell_on);
  g_clear_handle_id (&self->refocus_source, g_source_remove);
  /* The view switchers keep the stack, and the settings may change it,
   * after the window is gone: nothing of the window may hear it then */
  if (self->stack != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->stack, self);
      if (self->settings != NULL)
        g_settings_unbind (self->stack, "visible-child-name");
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), OUTLAY_TYPE_WINDOW);
  g_clear_object (&self->selected);
  g_clear_object (&self->dataset);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->hidden_entities, g_strfreev);

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
      /* Set once at construction, then as any dataset opened */
      if (self->dataset != NULL)
        outlay_window_set_dataset (self, g_value_get_object (value));
      else
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
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, OUTLAY_TYPE_FACT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The window's own keys, listed in outlay-shortcuts-window.ui: the views
   * by Alt and their number, and Ctrl+W to close (GtkWindow's action) */
  for (guint i = 0; i < G_N_ELEMENTS (view_names); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-view", "s", view_names[i]);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);

  g_type_ensure (OUTLAY_TYPE_FACT_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/outlay/Outlay/outlay-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, main_box);
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, currency_box);
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, as_stated_button);
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, usd_stated_button);
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, usd_mine_button);
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, rate_button);
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, rate_unit_label);
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, filters_box);
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, options_popover);
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, panel);
}

static void
outlay_window_init (OutlayWindow *self)
{
  g_autoptr(GPropertyAction) details = NULL;
  gtk_widget_init_template (GTK_WIDGET (self));

  details = g_property_action_new ("show-details", self->flap, "reveal-flap");
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (details));

  g_action_map_add_action_entries (G_ACTION_MAP (self), window_actions,
                                   G_N_ELEMENTS (window_actions), self);
  _outlay_window_init_filter_actions (self);
  _outlay_window_init_files (self);
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

static void
show_dataset_in_chart (OutlayWindow *self,
                       OutlayChart  *chart)
{
  outlay_chart_set_dataset (chart, self->dataset);
  /* A new timeline is shown whole */
  if (OUTLAY_IS_TIMELINE_CHART (chart))
    outlay_timeline_chart_set_visible_range (OUTLAY_TIMELINE_CHART (chart), 0, 0);
}

/**
 * outlay_window_get_dataset:
 * @self: a window
 *
 * Returns: (transfer none): the dataset shown
 */
OutlayDataset *
outlay_window_get_dataset (OutlayWindow *self)
{
  g_return_val_if_fail (OUTLAY_IS_WINDOW (self), NULL);

  return self->dataset;
}

/**
 * outlay_window_set_dataset:
 * @self: a window
 * @dataset: the dataset to show instead
 *
 * Shows @dataset in every view. The selection is cleared.
 */
void
outlay_window_set_dataset (OutlayWindow  *self,
                           OutlayDataset *dataset)
{
  g_return_if_fail (OUTLAY_IS_WINDOW (self));
  g_return_if_fail (OUTLAY_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  outlay_window_set_selected (self, NULL);
  _outlay_window_foreach_built_chart (self, show_dataset_in_chart);
  if (_outlay_window_peek_view (self, "table") != NULL)
    outlay_fact_table_set_dataset (OUTLAY_FACT_TABLE (_outlay_window_peek_view (self, "table")), dataset);
  gtk_window_set_title (GTK_WINDOW (self), outlay_dataset_get_title (dataset, outlay_cli_data_language ()));
  _outlay_window_rebuild_filter_buttons (self);
  _outlay_window_update_currency_options (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
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
 * Builds the view if it was never shown.
 *
 * Returns: (transfer none) (nullable): the view of that chart
 */
OutlayChartView *
outlay_window_get_chart_view (OutlayWindow *self,
                              const char   *name)
{
  g_return_val_if_fail (OUTLAY_IS_WINDOW (self), NULL);

  g_return_val_if_fail (g_strcmp0 (name, "table") != 0, NULL);

  return OUTLAY_CHART_VIEW (ensure_view (self, name));
}

/**
 * outlay_window_get_table:
 * @self: a window
 *
 * Builds the table if it was never shown.
 *
 * Returns: (transfer none): the table of facts
 */
OutlayFactTable *
outlay_window_get_table (OutlayWindow *self)
{
  g_return_val_if_fail (OUTLAY_IS_WINDOW (self), NULL);

  return OUTLAY_FACT_TABLE (ensure_view (self, "table"));
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

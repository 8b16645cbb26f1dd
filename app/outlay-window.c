/* outlay-window.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "outlay-atomic-file.h"
#include "outlay-bar-chart.h"
#include "outlay-chart-export.h"
#include "outlay-cli.h"
#include "outlay-csv.h"
#include "outlay-entity.h"
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
  AdwToastOverlay      *toasts;
  GtkSpinButton        *rate_button;
  GtkBox               *filters_box;
  GtkPopover           *options_popover;
  gboolean              filters_built;
  char                **hidden_entities;
  guint                 hidden_kinds;
  gboolean              syncing_filters;
  OutlayFactPanel      *panel;
  GCancellable         *loading;
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

/* The chart options: the currency (as the sources state it, dollars at
 * the stated rates, or dollars at the user's rate) and per year. They
 * live in two window actions, backed by GSettings when the schema is
 * installed, and in the rate spin button. */
static void
apply_options_to_chart (OutlayWindow *self,
                        OutlayChart  *chart)
{
  g_autoptr(GVariant) currency = NULL;
  g_autoptr(GVariant) per_year = NULL;
  const char *choice;
  double rate = gtk_spin_button_get_value (self->rate_button);

  currency = g_action_group_get_action_state (G_ACTION_GROUP (self), "currency");
  per_year = g_action_group_get_action_state (G_ACTION_GROUP (self), "per-year");
  if (currency == NULL || per_year == NULL)
    return;

  choice = g_variant_get_string (currency, NULL);
  if (g_str_equal (choice, "usd-mine"))
    outlay_chart_set_currency (chart, "USD", OUTLAY_RATE_MODE_USER, rate);
  else if (g_str_equal (choice, "usd-stated"))
    outlay_chart_set_currency (chart, "USD", OUTLAY_RATE_MODE_STATED, 0);
  else
    outlay_chart_set_currency (chart, NULL, OUTLAY_RATE_MODE_STATED, 0);
  outlay_chart_set_per_year (chart, g_variant_get_boolean (per_year));
}

static GtkWidget *peek_view (OutlayWindow *self,
                             const char   *name);

static void
apply_options (OutlayWindow *self)
{
  static const char * const charts[] = { "capex", "campaign", "timeline" };
  g_autoptr(GVariant) currency = g_action_group_get_action_state (G_ACTION_GROUP (self), "currency");

  /* The rate is asked for only when it is used */
  gtk_widget_set_sensitive (GTK_WIDGET (self->rate_button),
                            currency != NULL && g_str_equal (g_variant_get_string (currency, NULL), "usd-mine"));

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      GtkWidget *view = peek_view (self, charts[i]);

      if (view != NULL)
        {
          apply_options_to_chart (self, outlay_chart_view_get_chart (OUTLAY_CHART_VIEW (view)));
          gtk_widget_queue_draw (view);
        }
    }
}

static void
add_option_actions (OutlayWindow *self)
{
  g_autoptr(GAction) currency = NULL;
  g_autoptr(GAction) per_year = NULL;

  if (self->settings != NULL)
    {
      currency = g_settings_create_action (self->settings, "currency");
      per_year = g_settings_create_action (self->settings, "per-year");
      g_settings_bind (self->settings, "rate", self->rate_button, "value", G_SETTINGS_BIND_DEFAULT);
    }
  else
    {
      currency = G_ACTION (g_simple_action_new_stateful ("currency", G_VARIANT_TYPE_STRING,
                                                         g_variant_new_string ("as-stated")));
      per_year = G_ACTION (g_simple_action_new_stateful ("per-year", NULL, g_variant_new_boolean (FALSE)));
    }

  g_action_map_add_action (G_ACTION_MAP (self), currency);
  g_action_map_add_action (G_ACTION_MAP (self), per_year);
  g_signal_connect_object (currency, "notify::state", G_CALLBACK (apply_options), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (per_year, "notify::state", G_CALLBACK (apply_options), self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self->rate_button, "value-changed", G_CALLBACK (apply_options), self);
}

/* The filters: entities and kinds left out of every chart and the table.
 * The state is hidden_entities and hidden_kinds, kept in GSettings when
 * the schema is installed; the check buttons in the options popover show
 * it and change it. */
static void
apply_filters_to_chart (OutlayWindow *self,
                        OutlayChart  *chart)
{
  outlay_chart_set_hidden_entities (chart, (const char * const *)self->hidden_entities);
  for (OutlayFactKind kind = OUTLAY_FACT_CAPEX; kind <= OUTLAY_FACT_EVENT; kind++)
    outlay_chart_set_kind_hidden (chart, kind, (self->hidden_kinds & (1u << kind)) != 0);
}

static void
sync_filter_buttons (OutlayWindow *self)
{
  self->syncing_filters = TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->filters_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *entity_id = g_object_get_data (G_OBJECT (child), "entity-id");
      int kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (child), "kind")) - 1;
      gboolean hidden;

      if (!GTK_IS_CHECK_BUTTON (child))
        continue;

      if (entity_id != NULL)
        hidden = self->hidden_entities != NULL &&
                 g_strv_contains ((const char * const *)self->hidden_entities, entity_id);
      else
        hidden = kind >= 0 && (self->hidden_kinds & (1u << kind)) != 0;

      gtk_check_button_set_active (GTK_CHECK_BUTTON (child), !hidden);
    }
  self->syncing_filters = FALSE;
}

static void
apply_filters (OutlayWindow *self)
{
  static const char * const charts[] = { "capex", "campaign", "timeline" };
  GtkWidget *table = peek_view (self, "table");

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      GtkWidget *view = peek_view (self, charts[i]);

      if (view != NULL)
        {
          apply_filters_to_chart (self, outlay_chart_view_get_chart (OUTLAY_CHART_VIEW (view)));
          gtk_widget_queue_draw (view);
        }
    }
  if (table != NULL)
    outlay_fact_table_set_filters (OUTLAY_FACT_TABLE (table),
                                   (const char * const *)self->hidden_entities, self->hidden_kinds);
  sync_filter_buttons (self);
}

static void
load_filters (OutlayWindow *self)
{
  g_auto(GStrv) kinds = g_settings_get_strv (self->settings, "hidden-kinds");

  g_strfreev (self->hidden_entities);
  self->hidden_entities = g_settings_get_strv (self->settings, "hidden-entities");
  self->hidden_kinds = 0;
  for (guint i = 0; kinds[i] != NULL; i++)
    {
      OutlayFactKind kind;

      if (outlay_fact_kind_from_string (kinds[i], &kind))
        self->hidden_kinds |= 1u << kind;
    }

  apply_filters (self);
}

static void
store_filters (OutlayWindow *self)
{
  g_autoptr(GStrvBuilder) kinds = NULL;
  g_auto(GStrv) kind_ids = NULL;
  g_auto(GStrv) entity_ids = NULL;

  if (self->settings == NULL)
    {
      apply_filters (self);
      return;
    }

  kinds = g_strv_builder_new ();
  for (OutlayFactKind kind = OUTLAY_FACT_CAPEX; kind <= OUTLAY_FACT_EVENT; kind++)
    if (self->hidden_kinds & (1u << kind))
      g_strv_builder_add (kinds, outlay_fact_kind_to_string (kind));
  kind_ids = g_strv_builder_end (kinds);
  /* A copy: the first write reloads both keys into the window */
  entity_ids = g_strdupv (self->hidden_entities);

  /* Each write comes back through "changed", which applies it */
  g_settings_set_strv (self->settings, "hidden-kinds", (const char * const *)kind_ids);
  g_settings_set_strv (self->settings, "hidden-entities", (const char * const *)entity_ids);
}

/**
 * outlay_window_set_entity_hidden:
 * @self: a window
 * @entity_id: an entity's id
 * @hidden: whether to leave its facts out of the charts and the table
 */
void
outlay_window_set_entity_hidden (OutlayWindow *self,
                                 const char   *entity_id,
                                 gboolean      hidden)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  gboolean is_hidden;

  g_return_if_fail (OUTLAY_IS_WINDOW (self));
  g_return_if_fail (entity_id != NULL);

  is_hidden = self->hidden_entities != NULL &&
              g_strv_contains ((const char * const *)self->hidden_entities, entity_id);
  if (is_hidden == !!hidden)
    return;

  builder = g_strv_builder_new ();
  for (guint i = 0; self->hidden_entities != NULL && self->hidden_entities[i] != NULL; i++)
    if (!g_str_equal (self->hidden_entities[i], entity_id))
      g_strv_builder_add (builder, self->hidden_entities[i]);
  if (hidden)
    g_strv_builder_add (builder, entity_id);

  g_strfreev (self->hidden_entities);
  self->hidden_entities = g_strv_builder_end (builder);
  store_filters (self);
}

/**
 * outlay_window_set_kind_hidden:
 * @self: a window
 * @kind: a fact kind
 * @hidden: whether to leave facts of @kind out of the charts and the table
 */
void
outlay_window_set_kind_hidden (OutlayWindow   *self,
                               OutlayFactKind  kind,
                               gboolean        hidden)
{
  guint hidden_kinds;

  g_return_if_fail (OUTLAY_IS_WINDOW (self));
  g_return_if_fail (kind <= OUTLAY_FACT_EVENT);

  hidden_kinds = hidden ? self->hidden_kinds | (1u << kind) : self->hidden_kinds & ~(1u << kind);
  if (hidden_kinds == self->hidden_kinds)
    return;

  self->hidden_kinds = hidden_kinds;
  store_filters (self);
}

static void
on_filter_toggled_cb (GtkCheckButton *button,
                      OutlayWindow   *self)
{
  const char *entity_id = g_object_get_data (G_OBJECT (button), "entity-id");
  gboolean hidden = !gtk_check_button_get_active (button);

  if (self->syncing_filters)
    return;

  if (entity_id != NULL)
    outlay_window_set_entity_hidden (self, entity_id, hidden);
  else
    outlay_window_set_kind_hidden (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "kind")) - 1, hidden);
}

static void
add_filter_heading (OutlayWindow *self,
                    const char   *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  gtk_box_append (self->filters_box, label);
}

static GtkWidget *
add_filter_button (OutlayWindow *self,
                   const char   *label)
{
  GtkWidget *button = gtk_check_button_new_with_label (label);

  g_signal_connect (button, "toggled", G_CALLBACK (on_filter_toggled_cb), self);
  gtk_box_append (self->filters_box, button);

  return button;
}

/* One check button per kind the dataset has, and per entity */
static void
build_filter_buttons (OutlayWindow *self)
{
  GListModel *facts = outlay_dataset_get_facts (self->dataset);
  GListModel *entities = outlay_dataset_get_entities (self->dataset);
  GtkWidget *child;
  guint present = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->filters_box))) != NULL)
    gtk_box_remove (self->filters_box, child);

  for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (facts, i);

      present |= 1u << outlay_fact_get_kind (fact);
    }

  /* Translators: the heading of the fact kinds to show, in the options */
  add_filter_heading (self, _("Show Kinds"));
  for (OutlayFactKind kind = OUTLAY_FACT_CAPEX; kind <= OUTLAY_FACT_EVENT; kind++)
    if (present & (1u << kind))
      g_object_set_data (G_OBJECT (add_filter_button (self, outlay_fact_kind_get_label (kind))),
                         "kind", GINT_TO_POINTER (kind + 1));

  /* Translators: the heading of the companies and others to show, in the options */
  add_filter_heading (self, _("Show Entities"));
  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(OutlayEntity) entity = g_list_model_get_item (entities, i);
      GtkWidget *button = add_filter_button (self, outlay_entity_get_name (entity, outlay_cli_data_language ()));

      g_object_set_data_full (G_OBJECT (button), "entity-id", g_strdup (outlay_entity_get_id (entity)), g_free);
    }

  sync_filter_buttons (self);
  self->filters_built = TRUE;
}

/* The filter buttons are built when the popover first opens, and again
 * after a dataset is opened */
static void
on_options_popover_show_cb (OutlayWindow *self)
{
  if (!self->filters_built)
    build_filter_buttons (self);
}

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
      apply_options_to_chart (self, chart);
      apply_filters_to_chart (self, chart);
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
static GtkWidget *
peek_view (OutlayWindow *self,
           const char   *name)
{
  return adw_bin_get_child (ADW_BIN (adw_view_stack_get_child_by_name (self->stack, name)));
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

/* Errors are said in a dialog over the window: what failed as the
 * heading, why in the body. Nothing the window shows changes. */
static void
show_error (OutlayWindow *self,
            const char   *heading,
            const char   *message)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);
  /* Translators: the button that closes an error message */
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_saved_toast (OutlayWindow *self,
                  GFile        *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* Translators: %s is a file name */
  title = g_strdup_printf (_("Saved “%s”"), basename);
  toast = adw_toast_new (title);
  /* Translators: the button of the “Saved” notification that opens the file */
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.show-file");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_overlay_add_toast (self->toasts, toast);
}

static const char *
visible_chart_name (OutlayWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);

  return g_strcmp0 (name, "table") == 0 ? NULL : name;
}

static void
update_actions (OutlayWindow *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "export-chart");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), visible_chart_name (self) != NULL);
}

static void
load_thread_cb (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  OutlayDataset *dataset;

  dataset = outlay_dataset_new_from_file (task_data, &error);
  if (dataset != NULL)
    g_task_return_pointer (task, dataset, g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  OutlayWindow *self = OUTLAY_WINDOW (object);
  g_autoptr(OutlayDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->loading);

  if (dataset == NULL)
    {
      /* Translators: the heading of the message when a dataset cannot be opened */
      show_error (self, _("Could Not Open the Dataset"), error->message);
      return;
    }

  outlay_window_set_dataset (self, dataset);
}

/**
 * outlay_window_open_file:
 * @self: a window
 * @file: a dataset file
 *
 * Loads @file in a thread and shows it in @self. A file that cannot be
 * loaded is said in a dialog, and the window keeps its dataset.
 */
void
outlay_window_open_file (OutlayWindow *self,
                         GFile        *file)
{
  g_autoptr(GTask) task = NULL;
  char *path;

  g_return_if_fail (OUTLAY_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *message = NULL;

      /* Translators: %s is a web address or other location with no local path */
      message = g_strdup_printf (_("%s is not a local file. Save it to a folder first."), name);
      show_error (self, _("Could Not Open the Dataset"), message);
      return;
    }

  /* A newer request wins over one still loading */
  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  self->loading = g_cancellable_new ();

  task = g_task_new (self, self->loading, load_done_cb, NULL);
  g_task_set_source_tag (task, outlay_window_open_file);
  g_task_set_task_data (task, path, g_free);
  g_task_run_in_thread (task, load_thread_cb);
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  OutlayWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      outlay_window_open_file (self, file);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static GtkFileFilter *
new_filter (const char *name,
            const char *mime_type,
            const char *pattern)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_pattern (filter, pattern);

  return filter;
}

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  OutlayWindow *self = user_data;
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) json = NULL;

  /* Translators: the title of the file chooser that opens a dataset */
  dialog = gtk_file_chooser_native_new (_("Open Dataset"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        /* Translators: the button that opens the chosen file */
                                        _("_Open"), _("_Cancel"));
  /* Translators: a kind of file in the file chooser */
  json = new_filter (_("Outlay datasets (JSON)"), "application/json", "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), json);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/**
 * outlay_window_export_chart:
 * @self: a window
 * @name: "capex", "campaign" or "timeline"
 * @file: where to write
 * @format: the file format
 * @scale: 1, 2 or 3 for PNG
 * @light: whether to draw in light colours whatever the desktop's style,
 *   for print; otherwise in the colours shown
 * @error: where to say what failed
 *
 * Writes the chart @name as shown: the same size, options and zoom. The
 * file is replaced whole or not at all.
 *
 * Returns: whether the file was written
 */
gboolean
outlay_window_export_chart (OutlayWindow        *self,
                            const char          *name,
                            GFile               *file,
                            OutlayExportFormat   format,
                            double               scale,
                            gboolean             light,
                            GError             **error)
{
  OutlayChartView *view;
  OutlayChart *chart;
  OutlayChartTheme shown;
  g_autofree char *path = NULL;
  gboolean ok;

  g_return_val_if_fail (OUTLAY_IS_WINDOW (self), FALSE);

  view = outlay_window_get_chart_view (self, name);
  g_return_val_if_fail (view != NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s is not a local file"), g_file_peek_path (file));
      return FALSE;
    }

  /* The view sets its chart's theme at each frame; put back what it set */
  chart = outlay_chart_view_get_chart (view);
  shown = outlay_chart_get_theme (chart);
  if (light)
    outlay_chart_set_theme (chart, OUTLAY_CHART_THEME_LIGHT);
  ok = outlay_chart_export (chart, path, format, scale, error);
  outlay_chart_set_theme (chart, shown);

  return ok;
}

static void
export_chart_response_cb (GtkNativeDialog *dialog,
                          int              response,
                          OutlayWindow    *self)
{
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  GtkFileFilter *filter;
  OutlayExportFormat format;
  const char *scale_choice;
  const char *colours_choice;
  const char *chart = g_object_get_data (G_OBJECT (dialog), "chart");
  double scale = 1;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  /* The format is the file's extension; with none, the chosen filter's */
  chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  basename = g_file_get_basename (chosen);
  if (outlay_export_format_from_path (basename, &format))
    file = g_object_ref (chosen);
  else
    {
      g_autofree char *named = NULL;
      g_autoptr(GFile) parent = g_file_get_parent (chosen);

      filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog));
      format = filter != NULL ? GPOINTER_TO_INT (g_object_get_data (G_OBJECT (filter), "format"))
                              : OUTLAY_EXPORT_PNG;
      named = g_strconcat (basename,
                           format == OUTLAY_EXPORT_SVG ? ".svg" :
                           format == OUTLAY_EXPORT_PDF ? ".pdf" : ".png", NULL);
      file = g_file_get_child (parent, named);
    }

  scale_choice = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "scale");
  if (scale_choice != NULL)
    scale = CLAMP (g_ascii_strtod (scale_choice, NULL), 1, 3);
  colours_choice = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "colours");

  if (!outlay_window_export_chart (self, chart, file, format, scale,
                                   g_strcmp0 (colours_choice, "shown") != 0, &error))
    /* Translators: the heading of the message when a chart cannot be saved */
    show_error (self, _("Could Not Export the Chart"), error->message);
  else
    show_saved_toast (self, file);

out:
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
add_format_filter (GtkFileChooser     *chooser,
                   const char         *name,
                   const char         *mime_type,
                   const char         *pattern,
                   OutlayExportFormat  format)
{
  g_autoptr(GtkFileFilter) filter = new_filter (name, mime_type, pattern);

  g_object_set_data (G_OBJECT (filter), "format", GINT_TO_POINTER (format));
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
export_chart_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  OutlayWindow *self = user_data;
  GtkFileChooserNative *dialog;
  GtkFileChooser *chooser;
  const char *chart = visible_chart_name (self);
  g_autofree char *suggested = NULL;
  /* 2× first: GTK 4.8's own file chooser (the one used without a portal)
   * shows the first choice whatever gtk_file_chooser_set_choice() says */
  const char *scale_ids[] = { "2", "1", "3", NULL };
  const char *scale_labels[] = {
    /* Translators: PNG image scales in the export file chooser */
    N_("2× (sharp on HiDPI and in print)"), N_("1× (as on screen)"), N_("3×"), NULL
  };
  const char *translated_scales[G_N_ELEMENTS (scale_labels)];
  const char *colours_ids[] = { "light", "shown", NULL };
  const char *translated_colours[] = {
    /* Translators: chart colours in the export file chooser */
    _("Light, for print"), _("As shown"), NULL
  };

  if (chart == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (scale_labels); i++)
    translated_scales[i] = scale_labels[i] != NULL ? _(scale_labels[i]) : NULL;

  /* Translators: the title of the file chooser that saves a chart */
  dialog = gtk_file_chooser_native_new (_("Export Chart"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        /* Translators: the button that saves the chart */
                                        _("_Export"), _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (dialog);
  add_format_filter (chooser, _("PNG image"), "image/png", "*.png", OUTLAY_EXPORT_PNG);
  add_format_filter (chooser, _("SVG drawing"), "image/svg+xml", "*.svg", OUTLAY_EXPORT_SVG);
  add_format_filter (chooser, _("PDF document"), "application/pdf", "*.pdf", OUTLAY_EXPORT_PDF);
  /* Translators: the choice of PNG scale in the export file chooser */
  gtk_file_chooser_add_choice (chooser, "scale", _("PNG scale"), scale_ids, translated_scales);
  gtk_file_chooser_set_choice (chooser, "scale", "2");
  /* Light first, for reports; "as shown" keeps a dark or high-contrast look */
  gtk_file_chooser_add_choice (chooser, "colours",
                               /* Translators: the choice of chart colours in the export file chooser */
                               _("Colours"), colours_ids, translated_colours);
  gtk_file_chooser_set_choice (chooser, "colours", "light");
  suggested = g_strdup_printf ("outlay-%s.png", chart);
  gtk_file_chooser_set_current_name (chooser, suggested);
  g_object_set_data_full (G_OBJECT (dialog), "chart", g_strdup (chart), g_free);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (export_chart_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/**
 * outlay_window_export_csv:
 * @self: a window
 * @file: where to write
 * @error: where to say what failed
 *
 * Writes the facts as the table lists them, in its sort order. The file
 * is replaced whole or not at all.
 *
 * Returns: whether the file was written
 */
gboolean
outlay_window_export_csv (OutlayWindow  *self,
                          GFile         *file,
                          GError       **error)
{
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GVariant) currency = NULL;
  g_autofree char *path = NULL;
  double rate = 0;

  g_return_val_if_fail (OUTLAY_IS_WINDOW (self), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s is not a local file"), g_file_peek_path (file));
      return FALSE;
    }

  /* The CSV has both currencies; the user's rate fills in the dollars no
   * source stated when the user gave one */
  currency = g_action_group_get_action_state (G_ACTION_GROUP (self), "currency");
  if (currency != NULL && g_str_equal (g_variant_get_string (currency, NULL), "usd-mine"))
    rate = gtk_spin_button_get_value (self->rate_button);
  csv = outlay_csv_from_facts (outlay_fact_table_get_rows (outlay_window_get_table (self)), rate);

  return outlay_atomic_file_set_contents (path, g_bytes_get_data (csv, NULL), g_bytes_get_size (csv), error);
}

static void
export_csv_response_cb (GtkNativeDialog *dialog,
                        int              response,
                        OutlayWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GError) error = NULL;

      if (!outlay_window_export_csv (self, file, &error))
        /* Translators: the heading of the message when the table cannot be saved */
        show_error (self, _("Could Not Export the Data"), error->message);
      else
        show_saved_toast (self, file);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
export_csv_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  OutlayWindow *self = user_data;
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) csv = NULL;

  /* Translators: the title of the file chooser that saves the facts as CSV */
  dialog = gtk_file_chooser_native_new (_("Export Data as CSV"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  /* Translators: a kind of file in the file chooser */
  csv = new_filter (_("CSV spreadsheet"), "text/csv", "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), csv);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), "outlay-facts.csv");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (export_csv_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
show_file_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  gtk_show_uri (GTK_WINDOW (user_data), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            OutlayWindow  *self)
{
  if (!G_VALUE_HOLDS (value, G_TYPE_FILE))
    return FALSE;

  outlay_window_open_file (self, g_value_get_object (value));

  return TRUE;
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

static const GActionEntry window_actions[] = {
  { "show-shortcuts", show_shortcuts_action },
  { "open", open_action },
  { "export-chart", export_chart_action },
  { "export-csv", export_csv_action },
  { "show-file", show_file_action, "s" },
};

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

  g_signal_connect_object (self->settings, "changed::hidden-entities", G_CALLBACK (load_filters), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::hidden-kinds", G_CALLBACK (load_filters), self, G_CONNECT_SWAPPED);
  load_filters (self);

settings_done:

  g_signal_connect_swapped (self->options_popover, "show", G_CALLBACK (on_options_popover_show_cb), self);
  add_option_actions (self);
  apply_options (self);
  on_visible_page_cb (self);
  update_actions (self);
  outlay_fact_panel_set_language (self->panel, outlay_cli_data_language ());
  g_object_bind_property (self, "selected", self->panel, "fact", G_BINDING_SYNC_CREATE);
  gtk_window_set_title (GTK_WINDOW (self), outlay_dataset_get_title (self->dataset, outlay_cli_data_language ()));
}

static void
outlay_window_dispose (GObject *object)
{
  OutlayWindow *self = (OutlayWindow *)object;

  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
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

  g_type_ensure (OUTLAY_TYPE_FACT_PANEL);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/outlay/Outlay/outlay-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, rate_button);
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, filters_box);
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, options_popover);
  gtk_widget_class_bind_template_child (widget_class, OutlayWindow, panel);
}

static void
outlay_window_init (OutlayWindow *self)
{
  g_autoptr(GPropertyAction) details = NULL;
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  details = g_property_action_new ("show-details", self->flap, "reveal-flap");
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (details));

  g_action_map_add_action_entries (G_ACTION_MAP (self), window_actions,
                                   G_N_ELEMENTS (window_actions), self);
  g_signal_connect_swapped (self->stack, "notify::visible-child", G_CALLBACK (update_actions), self);

  /* A dataset dropped anywhere on the window opens */
  drop = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
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
  static const char * const charts[] = { "capex", "campaign", "timeline" };

  g_return_if_fail (OUTLAY_IS_WINDOW (self));
  g_return_if_fail (OUTLAY_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  outlay_window_set_selected (self, NULL);
  /* Views not built yet will be built on @dataset */
  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      GtkWidget *view = peek_view (self, charts[i]);
      OutlayChart *chart;

      if (view == NULL)
        continue;

      chart = outlay_chart_view_get_chart (OUTLAY_CHART_VIEW (view));
      outlay_chart_set_dataset (chart, dataset);
      /* A new timeline is shown whole */
      if (OUTLAY_IS_TIMELINE_CHART (chart))
        outlay_timeline_chart_set_visible_range (OUTLAY_TIMELINE_CHART (chart), 0, 0);
      gtk_widget_queue_draw (view);
    }
  if (peek_view (self, "table") != NULL)
    outlay_fact_table_set_dataset (OUTLAY_FACT_TABLE (peek_view (self, "table")), dataset);
  gtk_window_set_title (GTK_WINDOW (self), outlay_dataset_get_title (dataset, outlay_cli_data_language ()));
  self->filters_built = FALSE;
  if (gtk_widget_get_visible (GTK_WIDGET (self->options_popover)))
    build_filter_buttons (self);

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

/* outlay-window-files.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "outlay-atomic-file.h"
#include "outlay-chart-export.h"
#include "outlay-csv.h"
#include "outlay-window-private.h"

/* The window's files: opening a dataset (file chooser, drag and drop, a
 * thread that loads it) and exporting the chart shown or the table, with
 * a dialog for what failed and a toast for what was saved. */

/* Errors are said in a dialog over the window: what failed as the
 * heading, why in the body. Nothing the window shows changes. Both are
 * plain text (AdwMessageDialog's use-markup properties are off), and the
 * body is made valid UTF-8: it may quote a path, and a folder's name need
 * not be UTF-8, which Pango would refuse with a warning and no text. */
static void
show_error (OutlayWindow *self,
            const char   *heading,
            const char   *message)
{
  g_autofree char *body = g_utf8_make_valid (message, -1);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  /* Translators: the button that closes an error message */
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A toast's title is Pango markup in libadwaita 1.2, so the file's name
 * is escaped: "R&D <b>x.png" is a name, not markup. And it is the display
 * name: a name that is not UTF-8 is shown, not refused. */
static void
show_saved_toast (OutlayWindow *self,
                  GFile        *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *escaped = g_markup_escape_text (name, -1);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* Translators: %s is a file name */
  title = g_strdup_printf (_("Saved “%s”"), escaped);
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

void
_outlay_window_update_file_actions (OutlayWindow *self)
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
  /* The loader cannot stop halfway; a load cancelled meanwhile has
   * already been answered (g_task_set_return_on_cancel()), and its
   * dataset is dropped here, in this thread, rather than handed over */
  if (dataset != NULL && g_cancellable_is_cancelled (cancellable))
    {
      g_clear_object (&dataset);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "cancelled");
    }
  else if (dataset != NULL)
    g_task_return_pointer (task, dataset, g_object_unref);
  else
    g_task_return_error (task, error);
}

/* How long a load may take before the window says it is loading: a
 * small file opens with no toast flashing by */
#define LOADING_TOAST_DELAY_MS 250

static gboolean
show_loading_toast_cb (gpointer data)
{
  OutlayWindow *self = data;
  g_autofree char *text = NULL;
  GtkWidget *box, *spinner, *label;
  AdwToast *toast;

  self->loading_toast_source = 0;

  /* The spinner says the load goes on; the loader cannot say how far it
   * is. Translators: %s is a file name, shown while it loads */
  text = g_strdup_printf (_("Opening “%s”…"), self->loading_name);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  spinner = gtk_spinner_new ();
  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_box_append (GTK_BOX (box), spinner);
  /* Plain text: a file name is not markup */
  label = gtk_label_new (text);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_box_append (GTK_BOX (box), label);

  toast = adw_toast_new ("");
  adw_toast_set_custom_title (toast, box);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  /* Translators: the button of the “Opening…” notification that stops the load */
  adw_toast_set_button_label (toast, _("_Cancel"));
  adw_toast_set_action_name (toast, "win.cancel-open");
  self->loading_toast = g_object_ref (toast);
  adw_toast_overlay_add_toast (self->toasts, toast);

  return G_SOURCE_REMOVE;
}

/* The load is over, or forgotten: nothing says it goes on */
void
_outlay_window_end_loading (OutlayWindow *self)
{
  g_clear_handle_id (&self->loading_toast_source, g_source_remove);
  if (self->loading_toast != NULL)
    adw_toast_dismiss (self->loading_toast);
  g_clear_object (&self->loading_toast);
  g_clear_pointer (&self->loading_name, g_free);
  g_clear_object (&self->loading);
}

/* "win.cancel-open": the window stays as it was, on its dataset */
static void
cancel_open_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  OutlayWindow *self = user_data;

  /* The toast's button, which called this, dismisses its toast:
   * dismissing it here as well unrefs it twice in libadwaita 1.2 */
  g_clear_object (&self->loading_toast);
  g_cancellable_cancel (self->loading);
  _outlay_window_end_loading (self);
}

/**
 * outlay_window_is_loading:
 * @self: a window
 *
 * Returns: whether a dataset is being opened
 */
gboolean
outlay_window_is_loading (OutlayWindow *self)
{
  g_return_val_if_fail (OUTLAY_IS_WINDOW (self), FALSE);

  return self->loading != NULL;
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(OutlayWindow) self = user_data;
  g_autoptr(OutlayDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = g_task_propagate_pointer (G_TASK (result), &error);
  /* Cancelled by the user or by a newer load, which has its own toast */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  _outlay_window_end_loading (self);

  if (dataset == NULL)
    {
      g_autofree char *body = _outlay_window_describe_open_error (g_task_get_task_data (G_TASK (result)), error);

      /* Translators: the heading of the message when a dataset cannot be opened */
      show_error (self, _("Could Not Open the Dataset"), body);
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
  _outlay_window_end_loading (self);
  self->loading = g_cancellable_new ();
  self->loading_name = g_filename_display_basename (path);
  self->loading_toast_source = g_timeout_add (LOADING_TOAST_DELAY_MS, show_loading_toast_cb, self);

  /* The window is the callback's, not the task's source object: a task
   * answered at its cancel lives on in its thread, and its last reference
   * may go there, where a widget must not be finalized. The callback
   * runs exactly once, on this thread, and drops the window. */
  task = g_task_new (NULL, self->loading, load_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, outlay_window_open_file);
  /* Cancel answers at once; the thread's dataset is then dropped */
  g_task_set_return_on_cancel (task, TRUE);
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
 * @width: the chart's width in the file, in pixels; 0 for the width shown
 * @height: its height; 0 for the height shown
 * @scale: 1, 2 or 3 for PNG
 * @light: whether to draw in light colours whatever the desktop's style,
 *   for print; otherwise in the colours shown
 * @error: where to say what failed
 *
 * Writes the chart @name as shown: the same options and zoom, at the size
 * shown or one chosen for the file (a figure laid out anew for it, not a
 * screenshot scaled: a narrow window gives no cut labels). The file is
 * replaced whole or not at all.
 *
 * Returns: whether the file was written
 */
gboolean
outlay_window_export_chart (OutlayWindow        *self,
                            const char          *name,
                            GFile               *file,
                            OutlayExportFormat   format,
                            double               width,
                            double               height,
                            double               scale,
                            gboolean             light,
                            GError             **error)
{
  OutlayChartView *view;
  OutlayChart *chart;
  OutlayChartTheme shown;
  double shown_width, shown_height;
  g_autofree char *path = NULL;
  gboolean ok;

  g_return_val_if_fail (OUTLAY_IS_WINDOW (self), FALSE);

  view = outlay_window_get_chart_view (self, name);
  g_return_val_if_fail (view != NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *location = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s is not a local file"), location);
      return FALSE;
    }

  /* The view sets its chart's theme at each frame; put back what it set */
  chart = outlay_chart_view_get_chart (view);
  shown = outlay_chart_get_theme (chart);
  shown_width = outlay_chart_get_width (chart);
  shown_height = outlay_chart_get_height (chart);
  if (light)
    outlay_chart_set_theme (chart, OUTLAY_CHART_THEME_LIGHT);
  if (width > 0 && height > 0)
    outlay_chart_set_size (chart, width, height);
  ok = outlay_chart_export (chart, path, format, scale, error);
  outlay_chart_set_size (chart, shown_width, shown_height);
  outlay_chart_set_theme (chart, shown);

  return ok;
}

/* What an export dialog answered, until the file is written */
typedef struct
{
  OutlayWindow       *window;
  char               *chart;
  GFile              *file;
  OutlayExportFormat  format;
  double              width;
  double              height;
  double              scale;
  gboolean            light;
} ChartExport;

static void
chart_export_free (ChartExport *export)
{
  g_clear_object (&export->window);
  g_clear_pointer (&export->chart, g_free);
  g_clear_object (&export->file);
  g_free (export);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChartExport, chart_export_free)

static void
run_chart_export (ChartExport *export)
{
  g_autoptr(GError) error = NULL;

  if (!outlay_window_export_chart (export->window, export->chart, export->file, export->format,
                                   export->width, export->height, export->scale, export->light, &error))
    /* Translators: the heading of the message when a chart cannot be saved */
    show_error (export->window, _("Could Not Export the Chart"), error->message);
  else
    show_saved_toast (export->window, export->file);
}

static void
on_replace_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        ChartExport      *export)
{
  if (g_strcmp0 (response, "replace") == 0)
    run_chart_export (export);
}

/* The file chooser asked before replacing the name it was given; the
 * name written may not be that one (an extension added or changed), so a
 * file of that name is asked about here, as GTK would. */
static void
confirm_replace (ChartExport *export)
{
  g_autofree char *path = g_file_get_path (export->file);
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *folder_path = g_path_get_dirname (path);
  g_autofree char *folder = g_filename_display_basename (folder_path);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  /* Translators: %s is a file name */
  heading = g_strdup_printf (_("Replace “%s”?"), name);
  /* Translators: %s is the name of a folder */
  body = g_strdup_printf (_("A file with this name already exists in “%s”. Replacing it will overwrite its contents."),
                          folder);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (export->window), heading, body));
  /* Translators: the buttons of the question whether to replace a file */
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "replace", _("_Replace"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_replace_response_cb), export,
                         (GClosureNotify)(void (*) (void))chart_export_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * outlay_window_save_chart:
 * @self: a window
 * @name: "capex", "campaign" or "timeline"
 * @chosen: the file the export dialog answered
 * @type_picked: whether the user picked @type in the dialog, rather than
 *   leaving the one it opened with
 * @type: the type of file chosen in the dialog
 * @width: as for outlay_window_export_chart()
 * @height: as for outlay_window_export_chart()
 * @scale: 1, 2 or 3 for PNG
 * @light: as for outlay_window_export_chart()
 *
 * Does what the export dialog asked: the format and the name's extension
 * as outlay_export_choose_name() decides; a question first if that name
 * is not the one chosen and a file has it; then a toast, or a dialog
 * saying what failed.
 */
void
outlay_window_save_chart (OutlayWindow       *self,
                          const char         *name,
                          GFile              *chosen,
                          gboolean            type_picked,
                          OutlayExportFormat  type,
                          double              width,
                          double              height,
                          double              scale,
                          gboolean            light)
{
  g_autoptr(ChartExport) export = g_new0 (ChartExport, 1);
  g_autofree char *basename = NULL;
  g_autofree char *named = NULL;
  g_autoptr(GFile) parent = NULL;

  g_return_if_fail (OUTLAY_IS_WINDOW (self));
  g_return_if_fail (name != NULL);
  g_return_if_fail (G_IS_FILE (chosen));

  export->window = g_object_ref (self);
  export->chart = g_strdup (name);
  export->width = width;
  export->height = height;
  export->scale = CLAMP (scale, 1, 3);
  export->light = light;

  basename = g_file_get_basename (chosen);
  parent = g_file_get_parent (chosen);
  named = outlay_export_choose_name (basename, type_picked, type, &export->format);
  export->file = parent != NULL ? g_file_get_child (parent, named) : g_object_ref (chosen);

  if (!g_file_equal (export->file, chosen) && g_file_query_exists (export->file, NULL))
    {
      confirm_replace (g_steal_pointer (&export));
      return;
    }

  run_chart_export (export);
}

/* The export file chooser, and what its answer needs: its filters, one
 * per format, in OutlayExportFormat's order; the first, PNG (the type of
 * the suggested name), is the one it opens with */
typedef struct
{
  OutlayWindow  *window;
  char          *chart;
  GtkFileFilter *filters[OUTLAY_EXPORT_PDF + 1];
} ChartDialog;

static void
chart_dialog_free (ChartDialog *dialog)
{
  g_clear_object (&dialog->window);
  g_clear_pointer (&dialog->chart, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (dialog->filters); i++)
    g_clear_object (&dialog->filters[i]);
  g_free (dialog);
}

static void
export_chart_response_cb (GtkNativeDialog *dialog,
                          int              response,
                          ChartDialog     *data)
{
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (dialog);
  g_autoptr(GFile) chosen = NULL;
  GtkFileFilter *filter;
  OutlayExportFormat type = OUTLAY_EXPORT_PNG;
  gboolean type_picked = FALSE;
  const char *scale_choice;
  const char *colours_choice;
  OutlayExportSize size = OUTLAY_EXPORT_SIZE_SHOWN;
  const char *size_choice;
  double scale = 1, width = 0, height = 0;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  chosen = gtk_file_chooser_get_file (chooser);
  /* A portal answers with a filter of its own when it finds none of ours
   * by name: then no type was picked that Outlay knows of */
  filter = gtk_file_chooser_get_filter (chooser);
  for (guint i = 0; i < G_N_ELEMENTS (data->filters); i++)
    if (filter != NULL && filter == data->filters[i])
      {
        type = (OutlayExportFormat)i;
        type_picked = i != OUTLAY_EXPORT_PNG;
      }

  scale_choice = gtk_file_chooser_get_choice (chooser, "scale");
  if (scale_choice != NULL)
    scale = CLAMP (g_ascii_strtod (scale_choice, NULL), 1, 3);
  colours_choice = gtk_file_chooser_get_choice (chooser, "colours");
  size_choice = gtk_file_chooser_get_choice (chooser, "size");

  if (g_strcmp0 (size_choice, "custom") == 0)
    _outlay_window_ask_chart_size (data->window, data->chart, chosen, type_picked, type, scale,
                                  g_strcmp0 (colours_choice, "shown") != 0);
  else
    {
      if (!outlay_export_size_from_string (size_choice, &size) ||
          !outlay_export_size_get (size, type, &width, &height))
        width = height = 0;
      outlay_window_save_chart (data->window, data->chart, chosen, type_picked, type, width, height, scale,
                                g_strcmp0 (colours_choice, "shown") != 0);
    }

out:
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
add_format_filter (ChartDialog        *data,
                   GtkFileChooser     *chooser,
                   const char         *name,
                   const char         *mime_type,
                   const char         *pattern,
                   OutlayExportFormat  format)
{
  data->filters[format] = new_filter (name, mime_type, pattern);
  gtk_file_chooser_add_filter (chooser, data->filters[format]);
}

static void
export_chart_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  OutlayWindow *self = user_data;
  GtkFileChooserNative *dialog;
  GtkFileChooser *chooser;
  ChartDialog *data;
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
  /* The ids outlay_export_size_from_string() reads; 1200 × 800 first, for
   * the same reason as 2× above */
  const char *size_ids[] = { "1200x800", "shown", "1600x900", "a4", "letter", "custom", NULL };
  const char *translated_sizes[] = {
    /* Translators: chart sizes in the export file chooser */
    _("1200 × 800 (article)"), _("As shown"), _("1600 × 900 (slide)"),
    _("A4 page, across"), _("US Letter page, across"), _("Other size…"), NULL
  };
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
  data = g_new0 (ChartDialog, 1);
  data->window = g_object_ref (self);
  data->chart = g_strdup (chart);
  /* PNG, the type the suggested name has, is the one the dialog opens
   * with; whether the user picks another tells which of type and typed
   * extension wins (outlay_export_choose_name()) */
  add_format_filter (data, chooser, _("PNG image"), "image/png", "*.png", OUTLAY_EXPORT_PNG);
  add_format_filter (data, chooser, _("SVG drawing"), "image/svg+xml", "*.svg", OUTLAY_EXPORT_SVG);
  add_format_filter (data, chooser, _("PDF document"), "application/pdf", "*.pdf", OUTLAY_EXPORT_PDF);
  gtk_file_chooser_set_filter (chooser, data->filters[OUTLAY_EXPORT_PNG]);
  /* Translators: the choice of PNG scale in the export file chooser */
  gtk_file_chooser_add_choice (chooser, "scale", _("PNG scale"), scale_ids, translated_scales);
  gtk_file_chooser_set_choice (chooser, "scale", "2");
  /* Light first, for reports; "as shown" keeps a dark or high-contrast look */
  gtk_file_chooser_add_choice (chooser, "colours",
                               /* Translators: the choice of chart colours in the export file chooser */
                               _("Colours"), colours_ids, translated_colours);
  gtk_file_chooser_set_choice (chooser, "colours", "light");
  /* A size for the file: the window's may be too narrow for a figure */
  gtk_file_chooser_add_choice (chooser, "size",
                               /* Translators: the choice of chart size in the export file chooser */
                               _("Size"), size_ids, translated_sizes);
  gtk_file_chooser_set_choice (chooser, "size", "1200x800");
  suggested = g_strdup_printf ("outlay-%s.png", chart);
  gtk_file_chooser_set_current_name (chooser, suggested);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect_data (dialog, "response", G_CALLBACK (export_chart_response_cb), data,
                         (GClosureNotify)(void (*) (void))chart_dialog_free, 0);
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
  g_autofree char *path = NULL;
  OutlayFactTable *table;

  g_return_val_if_fail (OUTLAY_IS_WINDOW (self), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *location = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s is not a local file"), location);
      return FALSE;
    }

  /* The CSV has both currencies; the user's rate fills in the dollars no
   * source stated when the user gave one */
  table = outlay_window_get_table (self);
  /* A table just built lists its rows over a few frames */
  outlay_fact_table_list_all_rows (table);
  csv = outlay_csv_from_facts (outlay_fact_table_get_rows (table), _outlay_window_get_user_rate (self));

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

static const GActionEntry file_actions[] = {
  { "open", open_action },
  { "export-chart", export_chart_action },
  { "export-csv", export_csv_action },
  { "show-file", show_file_action, "s" },
  { "cancel-open", cancel_open_action },
};

void
_outlay_window_init_files (OutlayWindow *self)
{
  GtkDropTarget *drop;

  g_action_map_add_action_entries (G_ACTION_MAP (self), file_actions,
                                   G_N_ELEMENTS (file_actions), self);
  g_signal_connect_swapped (self->stack, "notify::visible-child",
                            G_CALLBACK (_outlay_window_update_file_actions), self);

  /* A dataset dropped anywhere on the window opens */
  drop = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

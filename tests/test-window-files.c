/* test-window-files.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "outlay-cli.h"
#include "outlay-window-private.h"

/* The window's exports as a user makes them: the export action opens the
 * file chooser (GTK's own dialog: the tests run with no portal), the test
 * fills it in and answers it, and then reads the file, the toast or the
 * message the window shows. Under Xvfb (tests/run-with-display.sh); every
 * wait is for a condition, with a deadline. Warnings are fatal here, so a
 * text Pango refuses (bad markup, invalid UTF-8) fails the test. */

typedef struct
{
  OutlayDataset *dataset;
  OutlayWindow  *window;
  char          *dir;
  char          *cwd;
} Fixture;

typedef gboolean (*Condition) (gpointer data);

/* What is on screen, when a wait fails: GTK's own dialogs say why */
static void
print_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);
      g_autofree char *text = NULL;
      g_autofree char *secondary = NULL;

      if (GTK_IS_MESSAGE_DIALOG (toplevel))
        g_object_get (toplevel, "text", &text, "secondary-text", &secondary, NULL);
      else if (ADW_IS_MESSAGE_DIALOG (toplevel))
        {
          text = g_strdup (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (toplevel)));
          secondary = g_strdup (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (toplevel)));
        }
      g_printerr ("# on screen: %s%s %s %s\n", G_OBJECT_TYPE_NAME (toplevel),
                  gtk_widget_get_visible (GTK_WIDGET (toplevel)) ? "" : " (hidden)",
                  text != NULL ? text : "", secondary != NULL ? secondary : "");
    }
}

/* Runs the main loop until @done says so, or fails after twenty seconds */
static void
wait_until (Condition done,
            gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        {
          print_toplevels ();
          g_error ("waited twenty seconds in vain");
        }
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

static gboolean
is_drawn (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dataset = outlay_cli_load_dataset (NULL);
  g_assert_nonnull (fixture->dataset);
  fixture->window = outlay_window_new (NULL, fixture->dataset);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1300, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until (is_drawn, outlay_window_get_chart_view (fixture->window, "capex"));
  fixture->dir = g_dir_make_tmp ("outlay-window-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
  fixture->cwd = g_get_current_dir ();
}

static void
remove_all (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_all (path);
      else
        g_unlink (path);
    }

  g_rmdir (dir);
}

static void
destroy_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (toplevel);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  destroy_toplevels ();
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->dataset);
  g_assert_cmpint (g_chdir (fixture->cwd), ==, 0);
  g_free (fixture->cwd);
  remove_all (fixture->dir);
  g_free (fixture->dir);
}

static GtkWindow *
find_toplevel (GType type)
{
  /* (transfer none): GTK's own list */
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return toplevel;
    }

  return NULL;
}

static gboolean
has_message_dialog (gpointer data)
{
  GtkWindow *dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  return dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog));
}

/* Opens the export dialog of the chart shown, as the menu does, in
 * @folder. GTK's dialog opens a save in the current folder; changing it
 * once open cancels the listing under way, which GTK 4.8 reports as an
 * error ("The folder contents could not be displayed") and which can
 * hold the answer back: so the folder is made current first. */
static gboolean
is_chooser_ready (gpointer data)
{
  GtkWindow *dialog = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_autoptr(GFile) current = NULL;

  if (dialog == NULL || !is_drawn (dialog))
    return FALSE;

  current = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (dialog));
  return current != NULL && g_file_equal (current, data);
}

static GtkFileChooser *
open_export_dialog (Fixture    *fixture,
                    const char *folder)
{
  g_autoptr(GFile) expected = g_file_new_for_path (folder);

  g_assert_cmpint (g_chdir (folder), ==, 0);
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "export-chart", NULL);
  wait_until (is_chooser_ready, expected);

  return GTK_FILE_CHOOSER (find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
}

/* Picks the type of file named @name in the dialog's list */
static void
pick_type (GtkFileChooser *chooser,
           const char     *name)
{
  g_autoptr(GListModel) filters = gtk_file_chooser_get_filters (chooser);

  for (guint i = 0; i < g_list_model_get_n_items (filters); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);

      if (g_strcmp0 (gtk_file_filter_get_name (filter), name) == 0)
        {
          gtk_file_chooser_set_filter (chooser, filter);
          return;
        }
    }

  g_error ("the export dialog has no type “%s”", name);
}

/* Fills the dialog in: the name typed (NULL: the one suggested) and the
 * type picked (NULL: left as it opened), then presses Export */
static void
answer_export_dialog (GtkFileChooser *chooser,
                      const char     *name,
                      const char     *type)
{
  if (type != NULL)
    pick_type (chooser, type);
  if (name != NULL)
    gtk_file_chooser_set_current_name (chooser, name);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  /* A button's label is the button's, not the toast's title */
  if (GTK_IS_BUTTON (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (labels, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

static GtkWidget *
find_toast_widget (GtkWidget *widget)
{
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "AdwToastWidget"))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toast_widget (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
has_toast (gpointer window)
{
  return find_toast_widget (GTK_WIDGET (window)) != NULL;
}

/* The title of the toast shown, as it reads on screen: after markup */
static const char *
toast_text (OutlayWindow *window)
{
  GtkWidget *toast = find_toast_widget (GTK_WIDGET (window));
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  g_assert_nonnull (toast);
  collect_labels (toast, labels);
  g_assert_cmpuint (labels->len, ==, 1);

  return gtk_label_get_text (g_ptr_array_index (labels, 0));
}

/* The body of a message dialog as it reads on screen */
static const char *
dialog_body_text (AdwMessageDialog *dialog)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_labels (GTK_WIDGET (dialog), labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (g_strcmp0 (gtk_label_get_label (label), adw_message_dialog_get_body (dialog)) == 0)
        {
          g_assert_false (gtk_label_get_use_markup (label));
          return gtk_label_get_text (label);
        }
    }

  g_error ("the message dialog shows no body");
}

static char *
read_file (const char *dir,
           const char *name,
           gsize      *length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

static gboolean
file_exists (const char *dir,
             const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
assert_png (const char *dir,
            const char *name)
{
  g_autofree char *contents = read_file (dir, name, NULL);

  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
}

/* A file name is not markup: the "Saved" toast shows it as it is, where
 * libadwaita 1.2 parsed it, failed with a warning and showed nothing */
static void
test_toast_markup (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkFileChooser *chooser = open_export_dialog (fixture, fixture->dir);

  answer_export_dialog (chooser, "R&D <b>x.png", NULL);
  wait_until (has_toast, fixture->window);

  g_assert_cmpstr (toast_text (fixture->window), ==, "Saved “R&D <b>x.png”");
  assert_png (fixture->dir, "R&D <b>x.png");
}

/* The type picked in the dialog wins, and the name's extension follows:
 * "SVG drawing" with the suggested name outlay-capex.png writes an SVG
 * named outlay-capex.svg, not a PNG */
static void
test_type_wins (Fixture       *fixture,
                gconstpointer  data)
{
  GtkFileChooser *chooser = open_export_dialog (fixture, fixture->dir);
  g_autofree char *svg = NULL;

  g_assert_cmpstr (gtk_file_filter_get_name (gtk_file_chooser_get_filter (chooser)), ==, "PNG image");
  answer_export_dialog (chooser, NULL, "SVG drawing");
  wait_until (has_toast, fixture->window);

  g_assert_cmpstr (toast_text (fixture->window), ==, "Saved “outlay-capex.svg”");
  svg = read_file (fixture->dir, "outlay-capex.svg", NULL);
  g_assert_true (g_str_has_prefix (svg, "<?xml"));
  g_assert_nonnull (strstr (svg, "<svg"));
  g_assert_false (file_exists (fixture->dir, "outlay-capex.png"));
}

/* The type left as the dialog opened with it gives way to an extension
 * the user typed */
static void
test_typed_extension (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkFileChooser *chooser = open_export_dialog (fixture, fixture->dir);
  g_autofree char *pdf = NULL;

  answer_export_dialog (chooser, "chart.pdf", NULL);
  wait_until (has_toast, fixture->window);

  g_assert_cmpstr (toast_text (fixture->window), ==, "Saved “chart.pdf”");
  pdf = read_file (fixture->dir, "chart.pdf", NULL);
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
}

static AdwMessageDialog *
wait_for_message_dialog (void)
{
  wait_until (has_message_dialog, NULL);
  return ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static gboolean
is_gone (gpointer data)
{
  GtkWidget **widget = data;

  return *widget == NULL || !gtk_widget_get_visible (*widget);
}

static GtkButton *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_visible (widget) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return GTK_BUTTON (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkButton *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Clicks the button of @response, which answers and closes the dialog */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  GtkButton *button;

  g_assert_true (adw_message_dialog_has_response (dialog, response));
  button = find_button (GTK_WIDGET (dialog), adw_message_dialog_get_response_label (dialog, response));
  g_assert_nonnull (button);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  g_signal_emit_by_name (button, "clicked");
  wait_until (is_gone, &dialog);
  if (dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
}

/* Typed with no extension, the name gets one, and a file of that name
 * is the user's to replace or keep: the file chooser asked only about
 * the name typed */
static void
test_ask_before_replacing (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "chart.png", NULL);
  g_autofree char *contents = NULL;
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, "precious", -1, NULL));

  answer_export_dialog (open_export_dialog (fixture, fixture->dir), "chart", NULL);
  dialog = wait_for_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Replace “chart.png”?");
  g_assert_true (g_str_has_prefix (dialog_body_text (dialog), "A file with this name already exists in “outlay-window-"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  contents = read_file (fixture->dir, "chart.png", NULL);
  g_assert_cmpstr (contents, ==, "precious");

  /* Kept */
  respond (dialog, "cancel");
  g_clear_pointer (&contents, g_free);
  contents = read_file (fixture->dir, "chart.png", NULL);
  g_assert_cmpstr (contents, ==, "precious");
  g_assert_false (has_toast (fixture->window));
  g_assert_false (file_exists (fixture->dir, "chart"));

  /* Replaced */
  answer_export_dialog (open_export_dialog (fixture, fixture->dir), "chart", NULL);
  respond (wait_for_message_dialog (), "replace");
  wait_until (has_toast, fixture->window);
  g_assert_cmpstr (toast_text (fixture->window), ==, "Saved “chart.png”");
  assert_png (fixture->dir, "chart.png");
}

/* A read-only file is kept, and the message says why; the name of its
 * folder, which is not UTF-8 and looks like markup, reads as it is */
static void
test_read_only_in_odd_folder (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "R&D <b> caf\xe9", NULL);
  g_autofree char *path = g_build_filename (folder, "k.png", NULL);
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;
  AdwMessageDialog *dialog;

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, "precious", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);

  /* "k" becomes k.png, which exists: asked first, then refused */
  answer_export_dialog (open_export_dialog (fixture, folder), "k", NULL);
  respond (wait_for_message_dialog (), "replace");
  dialog = wait_for_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Export the Chart");
  expected = g_strdup_printf ("Cannot write “%s”: the file is read-only", display);
  g_assert_nonnull (strstr (expected, "R&D <b> caf\xef\xbf\xbd/k.png"));
  g_assert_cmpstr (dialog_body_text (dialog), ==, expected);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "precious");
}

/* Saved in a folder whose name is not UTF-8: the question before
 * replacing names the folder with the odd byte replaced, and the toast
 * names the file */
static void
test_save_in_odd_folder (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "caf\xe9", NULL);
  g_autofree char *path = g_build_filename (folder, "x.png", NULL);
  AdwMessageDialog *dialog;

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));

  answer_export_dialog (open_export_dialog (fixture, folder), "x", NULL);
  dialog = wait_for_message_dialog ();
  g_assert_cmpstr (dialog_body_text (dialog), ==,
                   "A file with this name already exists in “caf\xef\xbf\xbd”. "
                   "Replacing it will overwrite its contents.");
  respond (dialog, "replace");
  wait_until (has_toast, fixture->window);
  g_assert_cmpstr (toast_text (fixture->window), ==, "Saved “x.png”");
  assert_png (folder, "x.png");
}

/* A dataset that fails to open from such a folder: the message quotes
 * the path with the odd byte replaced, instead of a Pango warning and an
 * empty dialog */
static void
test_open_from_odd_folder (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "caf\xe9", NULL);
  g_autofree char *path = g_build_filename (folder, "bad.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;
  const char *body;

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, "[]", -1, NULL));

  outlay_window_open_file (fixture->window, file);
  dialog = wait_for_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open the Dataset");
  body = dialog_body_text (dialog);
  g_assert_true (g_utf8_validate (body, -1, NULL));
  g_assert_nonnull (strstr (body, "caf\xef\xbf\xbd/bad.json"));
}

static char *
export_png (Fixture    *fixture,
            const char *name,
            gsize      *length)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (outlay_window_export_chart (fixture->window, "capex", file, OUTLAY_EXPORT_PNG, 0, 0, 1, TRUE, &error));
  g_assert_no_error (error);
  return read_file (fixture->dir, name, length);
}

/* The selection, and the keyboard focus around it, are the window's: a
 * file is the figure alone, the same as with nothing selected */
static void
test_export_without_selection (Fixture       *fixture,
                               gconstpointer  data)
{
  OutlayChartView *view = outlay_window_get_chart_view (fixture->window, "capex");
  OutlayChart *chart = outlay_chart_view_get_chart (view);
  g_autoptr(OutlayFact) first = NULL;
  g_autofree char *selected = NULL, *clean = NULL;
  gsize selected_length, clean_length;

  g_assert_cmpuint (outlay_chart_get_n_marks (chart), >, 0);
  first = g_object_ref (outlay_chart_get_mark (chart, 0)->fact);
  outlay_window_set_selected (fixture->window, first);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_assert_cmpstr (outlay_chart_get_selected (chart), ==, outlay_fact_get_id (first));

  selected = export_png (fixture, "selected.png", &selected_length);
  /* …and the window keeps its selection */
  g_assert_true (outlay_window_get_selected (fixture->window) == first);
  g_assert_cmpstr (outlay_chart_get_selected (chart), ==, outlay_fact_get_id (first));

  outlay_window_set_selected (fixture->window, NULL);
  clean = export_png (fixture, "clean.png", &clean_length);
  g_assert_cmpmem (selected, selected_length, clean, clean_length);
}

/* A toast other than the one in @data, which a new toast replaces */
static gboolean
has_new_toast (gpointer data)
{
  GtkWidget **old = data;
  GtkWidget *shown = NULL;

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (OUTLAY_IS_WINDOW (l->data) && shown == NULL)
      shown = find_toast_widget (l->data);

  return shown != NULL && shown != *old;
}

static void
collect_spins (GtkWidget *widget,
               GPtrArray *spins)
{
  if (GTK_IS_SPIN_BUTTON (widget))
    g_ptr_array_add (spins, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_spins (child, spins);
}

/* The export dialog's sizes: 1200 × 800 unless chosen otherwise, and
 * "Other size…" asks for one (issue 12, item 5: the window's size cut a
 * narrow window's labels in the file) */
static void
test_export_sizes (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkFileChooser *chooser = open_export_dialog (fixture, fixture->dir);
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();
  GtkWidget *toast;
  g_autofree char *contents = NULL;
  AdwMessageDialog *question;
  gsize length;

  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "size"), ==, "1200x800");
  answer_export_dialog (chooser, "article.png", NULL);
  wait_until (has_toast, fixture->window);
  contents = read_file (fixture->dir, "article.png", &length);
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpuint (((guint8)contents[16] << 24 | (guint8)contents[17] << 16 | (guint8)contents[18] << 8 | (guint8)contents[19]), ==, 1200 * 2);
  g_assert_cmpuint (((guint8)contents[20] << 24 | (guint8)contents[21] << 16 | (guint8)contents[22] << 8 | (guint8)contents[23]), ==, 800 * 2);
  g_clear_pointer (&contents, g_free);

  /* GTK 4.8's own file chooser shows its first choice whatever
   * gtk_file_chooser_set_choice() says: the question is asked directly,
   * as the dialog's answer "Other size…" asks it */
  {
    g_autoptr(GFile) own = g_file_new_build_filename (fixture->dir, "own.png", NULL);

    question = _outlay_window_ask_chart_size (fixture->window, "capex", own, FALSE, OUTLAY_EXPORT_PNG, 1, TRUE);
  }
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, "Chart Size");
  collect_spins (GTK_WIDGET (question), spins);
  g_assert_cmpuint (spins->len, ==, 2);
  gtk_spin_button_set_value (spins->pdata[0], 777);
  gtk_spin_button_set_value (spins->pdata[1], 555);
  toast = find_toast_widget (GTK_WIDGET (fixture->window));
  g_object_add_weak_pointer (G_OBJECT (toast), (gpointer *)&toast);
  respond (question, "export");
  wait_until (has_new_toast, &toast);
  contents = read_file (fixture->dir, "own.png", &length);
  g_assert_cmpuint (((guint8)contents[16] << 24 | (guint8)contents[17] << 16 | (guint8)contents[18] << 8 | (guint8)contents[19]), ==, 777);
  g_assert_cmpuint (((guint8)contents[20] << 24 | (guint8)contents[21] << 16 | (guint8)contents[22] << 8 | (guint8)contents[23]), ==, 555);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/outlay/window-files/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("toast-markup", test_toast_markup);
  ADD ("type-wins", test_type_wins);
  ADD ("typed-extension", test_typed_extension);
  ADD ("ask-before-replacing", test_ask_before_replacing);
  ADD ("read-only-in-odd-folder", test_read_only_in_odd_folder);
  ADD ("save-in-odd-folder", test_save_in_odd_folder);
  ADD ("open-from-odd-folder", test_open_from_odd_folder);
  ADD ("export-without-selection", test_export_without_selection);
  ADD ("export-sizes", test_export_sizes);

#undef ADD

  return g_test_run ();
}

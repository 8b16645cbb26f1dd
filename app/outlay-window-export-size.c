/* outlay-window-export-size.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "outlay-window-private.h"

/* "Other size…" in the export dialog: the question of a chart's size in
 * the file, then the export as outlay_window_save_chart() does it. */

/* What the question of a size of one's own carries to its answer */
typedef struct
{
  OutlayWindow       *window;
  char               *chart;
  GFile              *chosen;
  gboolean            type_picked;
  OutlayExportFormat  type;
  double              scale;
  gboolean            light;
  GtkSpinButton      *width;
  GtkSpinButton      *height;
} SizeQuestion;

static void
size_question_free (SizeQuestion *question)
{
  g_clear_object (&question->window);
  g_clear_pointer (&question->chart, g_free);
  g_clear_object (&question->chosen);
  g_free (question);
}

static void
on_size_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     SizeQuestion     *question)
{
  if (g_strcmp0 (response, "export") == 0)
    outlay_window_save_chart (question->window, question->chart, question->chosen, question->type_picked,
                              question->type, gtk_spin_button_get_value (question->width),
                              gtk_spin_button_get_value (question->height), question->scale, question->light);
}

static GtkSpinButton *
new_size_spin (const char *label,
               double      value)
{
  /* From a thumbnail to a poster, in pixels */
  GtkWidget *spin = gtk_spin_button_new_with_range (200, 6000, 10);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_tooltip_text (spin, label);
  return GTK_SPIN_BUTTON (spin);
}

/**
 * _outlay_window_ask_chart_size:
 * @self: a window
 * @name: the chart
 * @chosen: the file the export dialog answered
 * @type_picked: as for outlay_window_save_chart()
 * @type: as for outlay_window_save_chart()
 * @scale: as for outlay_window_save_chart()
 * @light: as for outlay_window_save_chart()
 *
 * Asks the chart's size in the file, from the size shown, then saves it
 * as outlay_window_save_chart() does: "Other size…" in the export dialog.
 *
 * Returns: (transfer none): the question, for tests to answer
 */
AdwMessageDialog *
_outlay_window_ask_chart_size (OutlayWindow       *self,
                              const char         *name,
                              GFile              *chosen,
                              gboolean            type_picked,
                              OutlayExportFormat  type,
                              double              scale,
                              gboolean            light)
{
  OutlayChart *chart = outlay_chart_view_get_chart (outlay_window_get_chart_view (self, name));
  SizeQuestion *question = g_new0 (SizeQuestion, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  AdwMessageDialog *dialog;

  question->window = g_object_ref (self);
  question->chart = g_strdup (name);
  question->chosen = g_object_ref (chosen);
  question->type_picked = type_picked;
  question->type = type;
  question->scale = scale;
  question->light = light;
  /* Translators: the width of an exported chart, in pixels */
  question->width = new_size_spin (_("Width in pixels"), round (outlay_chart_get_width (chart)));
  /* Translators: the height of an exported chart, in pixels */
  question->height = new_size_spin (_("Height in pixels"), round (outlay_chart_get_height (chart)));

  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (question->width));
  gtk_box_append (GTK_BOX (box), gtk_label_new ("×"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (question->height));

  /* Translators: the heading of the question of an exported chart's size */
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Chart Size"),
                                                       /* Translators: the text of that question */
                                                       _("The chart is laid out anew at this size, in pixels; "
                                                         "a PDF takes three quarters of a point for each.")));
  adw_message_dialog_set_extra_child (dialog, box);
  /* Translators: the buttons of the question of an exported chart's size */
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "export", _("_Export"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "export");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_size_response_cb), question,
                         (GClosureNotify)(void (*) (void))size_question_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

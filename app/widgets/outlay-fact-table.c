/* outlay-fact-table.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "outlay-citation.h"
#include "outlay-entity.h"
#include "outlay-fact-table.h"
#include "outlay-source.h"

/* Every fact in a table, the charts' equivalent for reading and for
 * assistive technology: one row a fact, columns to sort by. The selection
 * is the window's: the row of the selected fact is selected. */

typedef enum
{
  COLUMN_ENTITY,
  COLUMN_KIND,
  COLUMN_FIGURE,
  COLUMN_QUALIFIER,
  COLUMN_CURRENCY,
  COLUMN_PERIOD,
  COLUMN_SOURCES,
  N_COLUMNS
} Column;

struct _OutlayFactTable
{
  GtkWidget           parent_instance;
  GtkColumnView      *view;
  GtkSingleSelection *selection;
  GtkSortListModel   *sorted;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  char              **hidden_entities;
  guint               hidden_kinds;
  OutlayDataset      *dataset;
  char               *language;
  OutlayFact         *selected;
};

G_DEFINE_FINAL_TYPE (OutlayFactTable, outlay_fact_table, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The charts' rule: outlay_fact_is_filtered_out() */
static gboolean
filter_fact_cb (gpointer item,
                gpointer user_data)
{
  OutlayFactTable *self = user_data;

  return !outlay_fact_is_filtered_out (item, (const char * const *)self->hidden_entities, self->hidden_kinds);
}

static char *
cell_text (OutlayFactTable *self,
           OutlayFact      *fact,
           Column           column)
{
  const OutlayAmount *amount = outlay_fact_get_amount (fact);
  g_autoptr(GString) sources = NULL;

  switch (column)
    {
    case COLUMN_ENTITY:
      return g_strdup (outlay_entity_get_name (outlay_fact_get_entity (fact), self->language));
    case COLUMN_KIND:
      return g_strdup (outlay_fact_kind_get_label (outlay_fact_get_kind (fact)));
    case COLUMN_FIGURE:
      if (amount == NULL)
        return g_strdup ("");
      /* The figure without its qualifier (a column of its own), but with
       * its range: "20–30 bp" */
      {
        OutlayAmount bare = *amount;

        bare.qualifier = OUTLAY_QUALIFIER_EXACT;
        return outlay_amount_format (&bare, self->language);
      }
    case COLUMN_QUALIFIER:
      return g_strdup (amount != NULL ? outlay_qualifier_get_label (amount->qualifier) : "");
    case COLUMN_CURRENCY:
      return g_strdup (amount != NULL ? (outlay_amount_is_money (amount) ? amount->currency
                                                                         : outlay_unit_get_label (amount->unit))
                                      : "");
    case COLUMN_PERIOD:
      return outlay_period_format (outlay_fact_get_period (fact), self->language);
    case COLUMN_SOURCES:
      sources = g_string_new (NULL);
      for (guint i = 0; i < outlay_fact_get_n_citations (fact); i++)
        {
          OutlaySource *source = outlay_citation_get_source (outlay_fact_get_citation (fact, i));
          const char *publisher = outlay_source_get_publisher (source, self->language);

          if (strstr (sources->str, publisher) != NULL)
            continue;
          if (sources->len > 0)
            /* Translators: between publishers in the table's Sources column */
            g_string_append (sources, C_("list separator", "; "));
          g_string_append (sources, publisher);
        }
      return g_string_free (g_steal_pointer (&sources), FALSE);
    case N_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         OutlayFactTable          *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "outlay-column"));
  g_autofree char *text = cell_text (self, gtk_list_item_get_item (item), column);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), text);
}

static int
compare_facts (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  OutlayFactTable *self = g_object_get_data (G_OBJECT (user_data), "outlay-table");
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (user_data), "outlay-column"));
  OutlayFact *fa = (OutlayFact *)a, *fb = (OutlayFact *)b;
  const OutlayAmount *aa, *ab;
  g_autofree char *ta = NULL;
  g_autofree char *tb = NULL;

  switch (column)
    {
    case COLUMN_FIGURE:
      /* By value, events (no figure) last */
      aa = outlay_fact_get_amount (fa);
      ab = outlay_fact_get_amount (fb);
      if (aa == NULL || ab == NULL)
        return (aa == NULL) - (ab == NULL);
      return aa->value < ab->value ? -1 : aa->value > ab->value;
    case COLUMN_PERIOD:
      return outlay_partial_date_compare (&outlay_fact_get_period (fa)->start,
                                          &outlay_fact_get_period (fb)->start);
    case COLUMN_ENTITY:
    case COLUMN_KIND:
    case COLUMN_QUALIFIER:
    case COLUMN_CURRENCY:
    case COLUMN_SOURCES:
    case N_COLUMNS:
    default:
      ta = cell_text (self, fa, column);
      tb = cell_text (self, fb, column);
      return g_utf8_collate (ta, tb);
    }
}

static void
add_column (OutlayFactTable *self,
            Column           column,
            const char      *title,
            gboolean         expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkCustomSorter *sorter;
  GtkColumnViewColumn *view_column;

  g_object_set_data (G_OBJECT (factory), "outlay-column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);

  view_column = gtk_column_view_column_new (title, factory);
  /* The sorter is handed to the column: it carries what it compares */
  sorter = gtk_custom_sorter_new (compare_facts, NULL, NULL);
  g_object_set_data (G_OBJECT (sorter), "outlay-table", self);
  g_object_set_data (G_OBJECT (sorter), "outlay-column", GINT_TO_POINTER (column));
  gtk_custom_sorter_set_sort_func (sorter, compare_facts, sorter, NULL);
  gtk_column_view_column_set_sorter (view_column, GTK_SORTER (sorter));
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->view, view_column);

  g_object_unref (sorter);
  g_object_unref (view_column);
}

static void
on_selected_item_cb (OutlayFactTable *self)
{
  outlay_fact_table_set_selected (self, gtk_single_selection_get_selected_item (self->selection));
}

static void
outlay_fact_table_dispose (GObject *object)
{
  OutlayFactTable *self = (OutlayFactTable *)object;

  GtkWidget *child;

  if (self->selection != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->selection, self);
      gtk_column_view_set_model (self->view, NULL);
      g_clear_object (&self->selection);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), OUTLAY_TYPE_FACT_TABLE);
  /* The template's scrolled window is not a bound child: unparent it too */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->dataset);
  g_clear_object (&self->selected);
  g_clear_pointer (&self->hidden_entities, g_strfreev);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (outlay_fact_table_parent_class)->dispose (object);
}

static void
outlay_fact_table_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OutlayFactTable *self = OUTLAY_FACT_TABLE (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outlay_fact_table_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OutlayFactTable *self = OUTLAY_FACT_TABLE (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      outlay_fact_table_set_selected (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outlay_fact_table_class_init (OutlayFactTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = outlay_fact_table_dispose;
  object_class->get_property = outlay_fact_table_get_property;
  object_class->set_property = outlay_fact_table_set_property;

  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, OUTLAY_TYPE_FACT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/outlay/Outlay/outlay-fact-table.ui");
  gtk_widget_class_bind_template_child (widget_class, OutlayFactTable, view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
outlay_fact_table_init (OutlayFactTable *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * outlay_fact_table_new:
 * @dataset: the dataset
 * @language: the data language, "en" or "ar"
 *
 * Returns: (transfer full): a table of every fact of @dataset
 */
GtkWidget *
outlay_fact_table_new (OutlayDataset *dataset,
                       const char    *language)
{
  OutlayFactTable *self = g_object_new (OUTLAY_TYPE_FACT_TABLE, NULL);
  GListModel *facts = outlay_dataset_get_facts (dataset);

  self->dataset = g_object_ref (dataset);
  self->language = g_strdup (language);

  add_column (self, COLUMN_ENTITY, _("Entity"), TRUE);
  /* Translators: the column of fact kinds (capex, event…) */
  add_column (self, COLUMN_KIND, _("Kind"), FALSE);
  add_column (self, COLUMN_FIGURE, _("Figure"), FALSE);
  add_column (self, COLUMN_QUALIFIER, _("Qualifier"), FALSE);
  add_column (self, COLUMN_CURRENCY, _("Currency or unit"), FALSE);
  add_column (self, COLUMN_PERIOD, _("Period"), FALSE);
  add_column (self, COLUMN_SOURCES, _("Sources"), TRUE);

  /* Filtered as the charts are, then sorted by whichever column header
   * was clicked */
  self->filter = gtk_custom_filter_new (filter_fact_cb, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (facts), GTK_FILTER (self->filter));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->filtered),
                                          g_object_ref (gtk_column_view_get_sorter (self->view)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (on_selected_item_cb), self);

  return GTK_WIDGET (self);
}

OutlayFact *
outlay_fact_table_get_selected (OutlayFactTable *self)
{
  g_return_val_if_fail (OUTLAY_IS_FACT_TABLE (self), NULL);

  return self->selected;
}

/**
 * outlay_fact_table_set_selected:
 * @self: a table
 * @fact: (nullable): the fact whose row to select
 */
void
outlay_fact_table_set_selected (OutlayFactTable *self,
                                OutlayFact      *fact)
{
  GListModel *rows;
  guint position = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (OUTLAY_IS_FACT_TABLE (self));

  if (!g_set_object (&self->selected, fact) || self->selection == NULL)
    return;

  rows = G_LIST_MODEL (self->selection);
  for (guint i = 0; fact != NULL && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(OutlayFact) row = g_list_model_get_item (rows, i);

      if (row == fact)
        {
          position = i;
          break;
        }
    }

  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * outlay_fact_table_set_dataset:
 * @self: a table
 * @dataset: the dataset to list instead
 *
 * Lists the facts of @dataset, keeping the sort order. The selection is
 * cleared: the facts it named belong to the old dataset.
 */
void
outlay_fact_table_set_dataset (OutlayFactTable *self,
                               OutlayDataset   *dataset)
{
  g_return_if_fail (OUTLAY_IS_FACT_TABLE (self));
  g_return_if_fail (OUTLAY_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  outlay_fact_table_set_selected (self, NULL);
  gtk_filter_list_model_set_model (self->filtered, outlay_dataset_get_facts (dataset));
}

/**
 * outlay_fact_table_set_filters:
 * @self: a table
 * @hidden_entities: (nullable): ids of the entities whose facts to leave out
 * @hidden_kinds: the kinds to leave out, as bits `1 << OutlayFactKind`
 *
 * Lists only the facts the charts show under the same filters. A selected
 * fact that is filtered out stays the window's selection but has no row.
 */
void
outlay_fact_table_set_filters (OutlayFactTable    *self,
                               const char * const *hidden_entities,
                               guint               hidden_kinds)
{
  OutlayFact *selected;

  g_return_if_fail (OUTLAY_IS_FACT_TABLE (self));

  g_strfreev (self->hidden_entities);
  self->hidden_entities = g_strdupv ((char **)hidden_entities);
  self->hidden_kinds = hidden_kinds;
  /* A row filtered away is not the user unselecting it */
  g_signal_handlers_block_by_func (self->selection, on_selected_item_cb, self);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  g_signal_handlers_unblock_by_func (self->selection, on_selected_item_cb, self);

  /* The selected row may have moved, gone or come back */
  selected = self->selected != NULL ? g_object_ref (self->selected) : NULL;
  g_clear_object (&self->selected);
  outlay_fact_table_set_selected (self, selected);
  g_clear_object (&selected);
}

/**
 * outlay_fact_table_get_view:
 * @self: a table
 *
 * Returns: (transfer none): the column view
 */
GtkColumnView *
outlay_fact_table_get_view (OutlayFactTable *self)
{
  return self->view;
}

/**
 * outlay_fact_table_get_rows:
 * @self: a table
 *
 * Returns: (transfer none): the rows as sorted, a list model of #OutlayFact
 */
GListModel *
outlay_fact_table_get_rows (OutlayFactTable *self)
{
  return G_LIST_MODEL (self->selection);
}

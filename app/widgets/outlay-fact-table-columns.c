/* outlay-fact-table-columns.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "outlay-citation.h"
#include "outlay-entity.h"
#include "outlay-fact-table-private.h"
#include "outlay-source.h"

/* The table's columns: what each cell says, how wide it may get, and how
 * each column sorts. */

/* A narrow table cuts the columns that say what a row is about (their
 * whole text is in the tooltip), never the figure or its qualifier:
 * "160 bn y…" would be a different number. A period keeps room for
 * "Dec 2025" and is cut only beyond. The label takes the room that
 * is left, from a minimum that keeps a word or two of it; the other cut
 * columns keep a few letters. */
static const struct
{
  const char *id;
  const char *title;
  gboolean    expand;
  int         min_chars;  /* -1: never cut */
} columns[N_COLUMNS] = {
  /* Translators: the column of the facts' captions in the table */
  [COLUMN_LABEL] = { "label", N_("Label"), TRUE, 8 },
  [COLUMN_ENTITY] = { "entity", N_("Entity"), FALSE, 4 },
  /* Translators: the column of fact kinds (capex, event…) */
  [COLUMN_KIND] = { "kind", N_("Kind"), FALSE, 3 },
  [COLUMN_FIGURE] = { "figure", N_("Figure"), FALSE, -1 },
  [COLUMN_QUALIFIER] = { "qualifier", N_("Qualifier"), FALSE, -1 },
  /* Translators: the column of a figure's currency (CNY, USD) or, for
   * other figures, unit (Percent, Count) */
  [COLUMN_CURRENCY] = { "currency", N_("Unit"), FALSE, 3 },
  [COLUMN_PERIOD] = { "period", N_("Period"), FALSE, 10 },
  [COLUMN_SOURCES] = { "sources", N_("Sources"), FALSE, 3 },
};

/* What each column's factory and sorter are called with */
typedef struct
{
  OutlayFactTable *self;
  Column           column;
} ColumnData;

/* The amount the row shows: in the charts' currency where it can be
 * converted, else as stated. FALSE for an event. */
static gboolean
get_shown_amount (OutlayFactTable *self,
                  OutlayFact      *fact,
                  OutlayAmount    *amount,
                  OutlayFigure    *figure)
{
  const OutlayAmount *stated = outlay_fact_get_amount (fact);

  if (stated == NULL)
    return FALSE;

  if (outlay_figure_sorter_compute (self->figure_sorter, fact, figure))
    *amount = figure->amount;
  else
    {
      *amount = *stated;
      figure->basis = OUTLAY_RATE_NONE;
    }

  return TRUE;
}

static char *
dup_sources (OutlayFactTable *self,
             OutlayFact      *fact)
{
  g_autoptr(GString) sources = g_string_new (NULL);

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
}

static char *
cell_text (OutlayFactTable *self,
           OutlayFact      *fact,
           Column           column)
{
  OutlayAmount amount;
  OutlayFigure figure;
  gboolean has_amount = FALSE;

  if (column == COLUMN_FIGURE || column == COLUMN_QUALIFIER || column == COLUMN_CURRENCY)
    has_amount = get_shown_amount (self, fact, &amount, &figure);

  switch (column)
    {
    case COLUMN_LABEL:
      return g_strdup (outlay_fact_get_label (fact, self->language));
    case COLUMN_ENTITY:
      return g_strdup (outlay_entity_get_name (outlay_fact_get_entity (fact), self->language));
    case COLUMN_KIND:
      return g_strdup (outlay_fact_kind_get_label (outlay_fact_get_kind (fact)));
    case COLUMN_FIGURE:
      if (!has_amount)
        return g_strdup ("");
      /* The figure without its qualifier (a column of its own), but with
       * its range: "20–30 bp" */
      amount.qualifier = OUTLAY_QUALIFIER_EXACT;
      return outlay_amount_format (&amount, self->language);
    case COLUMN_QUALIFIER:
      return g_strdup (has_amount ? outlay_qualifier_get_label (amount.qualifier) : "");
    case COLUMN_CURRENCY:
      if (!has_amount)
        return g_strdup ("");
      return g_strdup (outlay_amount_is_money (&amount) ? amount.currency : outlay_unit_get_label (amount.unit));
    case COLUMN_PERIOD:
      return outlay_period_format (outlay_fact_get_period (fact), self->language);
    case COLUMN_SOURCES:
      return dup_sources (self, fact);
    case N_COLUMNS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* A converted figure says, when pointed at, how it was converted and
 * what the source states */
static char *
cell_tooltip (OutlayFactTable *self,
              OutlayFact      *fact,
              Column           column,
              const char      *text)
{
  OutlayAmount amount;
  OutlayFigure figure;
  g_autofree char *shown = NULL;
  g_autofree char *stated = NULL;
  g_autofree char *how = NULL;

  if (column != COLUMN_FIGURE || !get_shown_amount (self, fact, &amount, &figure) ||
      figure.basis == OUTLAY_RATE_NONE)
    return g_strdup (text);

  shown = outlay_amount_format (&amount, self->language);
  stated = outlay_amount_format (outlay_fact_get_amount (fact), self->language);
  how = outlay_figure_describe (&figure, self->language);

  /* Translators: a converted figure in the table: the figure as shown,
   * how it was converted ("at the rate stated by …"), the figure as its
   * source states it */
  return g_strdup_printf (_("%s, %s; stated as %s"), shown, how, stated);
}

/* A cell's tooltip is asked for when it is pointed at, not set at each
 * bind: gtk_widget_set_tooltip_text() on a cell in a shown window costs
 * about half a millisecond, and the list binds up to 200 rows of seven
 * cells at once (0.7 s of a frozen window when the table is first
 * shown, issue 11). The label knows its list item by this struct. */
typedef struct
{
  ColumnData  *data;
  GtkListItem *item;   /* owns the label, and so outlives the handler */
} CellTip;

static gboolean
on_cell_query_tooltip_cb (GtkWidget  *label,
                          int         x,
                          int         y,
                          gboolean    keyboard,
                          GtkTooltip *tooltip,
                          CellTip    *tip)
{
  OutlayFact *fact = gtk_list_item_get_item (tip->item);
  g_autofree char *text = NULL;
  g_autofree char *tooltip_text = NULL;

  if (fact == NULL)
    return FALSE;

  text = cell_text (tip->data->self, fact, tip->data->column);
  tooltip_text = cell_tooltip (tip->data->self, fact, tip->data->column, text);
  if (tooltip_text == NULL || *tooltip_text == '\0')
    return FALSE;

  gtk_tooltip_set_text (tooltip, tooltip_text);
  return TRUE;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          ColumnData               *data)
{
  GtkWidget *label = gtk_label_new (NULL);
  CellTip *tip = g_new (CellTip, 1);

  *tip = (CellTip) { data, item };
  /* Set before the label is in the window: cheap then */
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect_data (label, "query-tooltip", G_CALLBACK (on_cell_query_tooltip_cb), tip,
                         (GClosureNotify)(void (*) (void))g_free, 0);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (columns[data->column].min_chars >= 0)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), columns[data->column].min_chars);
    }
  gtk_list_item_set_child (item, label);
}

static void
update_cell (OutlayFactTable *self,
             GtkListItem     *item,
             Column           column)
{
  OutlayFact *fact = gtk_list_item_get_item (item);
  g_autofree char *text = cell_text (self, fact, column);
  g_autofree char *tooltip = cell_tooltip (self, fact, column, text);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), text);
  /* What the tooltip adds to the text (how a figure was converted) is
   * the cell's description for assistive technology */
  if (g_strcmp0 (tooltip, text) != 0)
    gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         ColumnData               *data)
{
  update_cell (data->self, item, data->column);
  g_hash_table_insert (data->self->bound_cells, item, data);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           ColumnData               *data)
{
  g_hash_table_remove (data->self->bound_cells, item);
}

static int
compare_texts (OutlayFactTable *self,
               OutlayFact      *a,
               OutlayFact      *b,
               Column           column)
{
  g_autofree char *ta = cell_text (self, a, column);
  g_autofree char *tb = cell_text (self, b, column);

  return g_utf8_collate (ta, tb);
}

static int
compare_column_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  ColumnData *data = user_data;
  OutlayFactTable *self = data->self;
  OutlayFact *fa = (OutlayFact *)a, *fb = (OutlayFact *)b;

  /* The column view asks its primary column first: see on_sorted_cb() */
  if (self->probing && self->probed_column < 0)
    self->probed_column = data->column;

  switch (data->column)
    {
    case COLUMN_FIGURE:
      return gtk_sorter_compare (GTK_SORTER (self->figure_sorter), fa, fb);
    case COLUMN_QUALIFIER:
    case COLUMN_CURRENCY:
      /* Events, with neither, last as in the Figure column */
      if ((outlay_fact_get_amount (fa) == NULL) != (outlay_fact_get_amount (fb) == NULL))
        return (outlay_fact_get_amount (fa) == NULL) - (outlay_fact_get_amount (fb) == NULL);
      return compare_texts (self, fa, fb, data->column);
    case COLUMN_PERIOD:
      return outlay_partial_date_compare (&outlay_fact_get_period (fa)->start,
                                          &outlay_fact_get_period (fb)->start);
    case COLUMN_LABEL:
    case COLUMN_ENTITY:
    case COLUMN_KIND:
    case COLUMN_SOURCES:
    case N_COLUMNS:
    default:
      return compare_texts (self, fa, fb, data->column);
    }
}

static void
add_column (OutlayFactTable *self,
            Column           column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  ColumnData *data = g_new0 (ColumnData, 1);
  GtkCustomSorter *sorter;
  GtkColumnViewColumn *view_column;

  *data = (ColumnData) { self, column };
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), data);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), data);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), data);

  view_column = gtk_column_view_column_new (_(columns[column].title), factory);
  /* The sorter owns the column's data, and lives as long as the column */
  sorter = gtk_custom_sorter_new (compare_column_cb, data, g_free);
  if (column == COLUMN_FIGURE)
    self->figure_column_sorter = GTK_SORTER (sorter);
  gtk_column_view_column_set_sorter (view_column, GTK_SORTER (sorter));
  gtk_column_view_column_set_expand (view_column, columns[column].expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->view, view_column);

  g_object_unref (sorter);
  g_object_unref (view_column);
}


void
_outlay_fact_table_add_columns (OutlayFactTable *self)
{
  for (Column column = 0; column < N_COLUMNS; column++)
    add_column (self, column);
}

/* Says again what the money columns' cells say, after the currency
 * changed */
void
_outlay_fact_table_update_money_cells (OutlayFactTable *self)
{
  GHashTableIter iter;
  gpointer item, data;

  g_hash_table_iter_init (&iter, self->bound_cells);
  while (g_hash_table_iter_next (&iter, &item, &data))
    {
      Column column = ((ColumnData *)data)->column;

      if (column == COLUMN_FIGURE || column == COLUMN_QUALIFIER || column == COLUMN_CURRENCY)
        update_cell (self, item, column);
    }
}

const char *
_outlay_fact_table_column_id (Column column)
{
  g_return_val_if_fail (column < N_COLUMNS, NULL);

  return columns[column].id;
}

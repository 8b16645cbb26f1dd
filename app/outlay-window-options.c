/* outlay-window-options.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "outlay-cli.h"
#include "outlay-entity.h"
#include "outlay-window-private.h"

/* The chart options: the currency (as the sources state it, dollars at
 * the stated rates, or dollars at the user's rate) and per year. They
 * live in two window actions, backed by GSettings when the schema is
 * installed, and in the rate spin button; the choices offered follow the
 * dataset's currencies. */
/* The options the actions hold, or FALSE before they exist */
static gboolean
get_figure_options (OutlayWindow        *self,
                    OutlayFigureOptions *options)
{
  g_autoptr(GVariant) currency = NULL;
  g_autoptr(GVariant) per_year = NULL;
  const char *choice;

  currency = g_action_group_get_action_state (G_ACTION_GROUP (self), "currency");
  per_year = g_action_group_get_action_state (G_ACTION_GROUP (self), "per-year");
  if (currency == NULL || per_year == NULL)
    return FALSE;

  choice = g_variant_get_string (currency, NULL);
  *options = (OutlayFigureOptions) {
    .currency = g_str_equal (choice, "as-stated") ? NULL : "USD",
    .rate_mode = g_str_equal (choice, "usd-mine") ? OUTLAY_RATE_MODE_USER : OUTLAY_RATE_MODE_STATED,
    .user_rate = g_str_equal (choice, "usd-mine") ? gtk_spin_button_get_value (self->rate_button) : 0,
    .per_year = g_variant_get_boolean (per_year),
  };

  return TRUE;
}

static void
apply_figure_options_to_chart (OutlayWindow *self,
                               OutlayChart  *chart)
{
  OutlayFigureOptions options;

  if (!get_figure_options (self, &options))
    return;

  outlay_chart_set_currency (chart, options.currency, options.rate_mode, options.user_rate);
  outlay_chart_set_per_year (chart, options.per_year);
}

/* The table shows money in the charts' currency, and sorts by it */
void
_outlay_window_apply_options_to_table (OutlayWindow    *self,
                                       OutlayFactTable *table)
{
  OutlayFigureOptions options;

  if (get_figure_options (self, &options))
    outlay_fact_table_set_figure_options (table, &options);
}

static void
apply_options (OutlayWindow *self)
{
  g_autoptr(GVariant) currency = g_action_group_get_action_state (G_ACTION_GROUP (self), "currency");
  GtkWidget *table = _outlay_window_peek_view (self, "table");

  /* The rate is asked for only when it is used */
  gtk_widget_set_sensitive (GTK_WIDGET (self->rate_button),
                            currency != NULL && g_str_equal (g_variant_get_string (currency, NULL), "usd-mine") &&
                            gtk_widget_get_sensitive (GTK_WIDGET (self->usd_mine_button)));

  _outlay_window_foreach_built_chart (self, apply_figure_options_to_chart);
  if (table != NULL)
    _outlay_window_apply_options_to_table (self, OUTLAY_FACT_TABLE (table));
}

/* The names of the currencies a dataset is likely to hold, for the
 * options: "In yuan, as the sources state it", "yuan per dollar". In
 * Arabic the first takes the article ("باليوان"), the second not. A
 * currency not listed is named by its code, and then only where a code
 * reads well. */
static const struct
{
  const char *code;
  const char *name;            /* in "In %s, as the sources state it" */
  const char *name_per_dollar; /* in "%s per dollar" */
} currency_names[] = {
  /* Translators: each currency twice: as it follows “In” in “In yuan, as
   * the sources state it” (in Arabic with its article: “باليوان”), and
   * as it precedes “per dollar” */
  { "CNY", NC_("currency", "yuan"), NC_("currency per dollar", "yuan") },
  { "EUR", NC_("currency", "euros"), NC_("currency per dollar", "euros") },
  { "GBP", NC_("currency", "pounds sterling"), NC_("currency per dollar", "pounds sterling") },
  { "JPY", NC_("currency", "yen"), NC_("currency per dollar", "yen") },
  { "HKD", NC_("currency", "Hong Kong dollars"), NC_("currency per dollar", "Hong Kong dollars") },
  { "SAR", NC_("currency", "Saudi riyals"), NC_("currency per dollar", "Saudi riyals") },
  { "AED", NC_("currency", "UAE dirhams"), NC_("currency per dollar", "UAE dirhams") },
  { "EGP", NC_("currency", "Egyptian pounds"), NC_("currency per dollar", "Egyptian pounds") },
  { "INR", NC_("currency", "Indian rupees"), NC_("currency per dollar", "Indian rupees") },
  { "KRW", NC_("currency", "won"), NC_("currency per dollar", "won") },
};

static int
find_currency_name (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (currency_names); i++)
    if (g_str_equal (currency_names[i].code, code))
      return (int)i;

  return -1;
}

static gboolean
currency_is_available (OutlayWindow *self,
                       const char   *choice)
{
  if (g_str_equal (choice, "usd-stated"))
    return gtk_widget_get_visible (GTK_WIDGET (self->usd_stated_button));
  if (g_str_equal (choice, "usd-mine"))
    return gtk_widget_get_sensitive (GTK_WIDGET (self->usd_mine_button));

  return TRUE;
}

/* The currency choices follow the dataset's money. With no money, or
 * only dollars, there is nothing to convert and no choice to make. The
 * sources' own currency is named when there is one ("In yuan, as the
 * sources state it"); dollars at the stated rates are offered when some
 * source states one; the user's rate names both currencies ("yuan per
 * dollar"), and is offered for one currency only: one rate cannot
 * convert yuan and euros alike. A choice the dataset does not allow
 * falls back to the sources' own currencies. */
void
_outlay_window_update_currency_options (OutlayWindow *self)
{
  GListModel *facts = outlay_dataset_get_facts (self->dataset);
  g_autoptr(GHashTable) currencies = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GVariant) state = NULL;
  const char *other = NULL;
  gboolean stated_rates = FALSE;
  guint n_other;
  int name = -1;

  for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (facts, i);
      const OutlayAmount *amount = outlay_fact_get_amount (fact);
      const OutlayConversion *conversions;
      guint n_conversions = 0;

      if (amount == NULL || !outlay_amount_is_money (amount))
        continue;

      /* The fact owns the code, and the dataset the fact */
      g_hash_table_add (currencies, (gpointer)amount->currency);
      conversions = outlay_fact_get_conversions (fact, &n_conversions);
      for (guint j = 0; j < n_conversions; j++)
        stated_rates |= g_str_equal (conversions[j].amount.currency, "USD");
    }

  n_other = g_hash_table_size (currencies) - (g_hash_table_contains (currencies, "USD") ? 1 : 0);
  if (n_other == 1)
    {
      GHashTableIter iter;
      gpointer code;

      g_hash_table_iter_init (&iter, currencies);
      while (g_hash_table_iter_next (&iter, &code, NULL))
        if (!g_str_equal (code, "USD"))
          other = code;
      name = find_currency_name (other);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->currency_box), n_other > 0);

  if (g_hash_table_size (currencies) == 1 && name >= 0)
    {
      /* Translators: a choice of currency; %s is a currency, as “yuan” */
      g_autofree char *label = g_strdup_printf (_("In _%s, as the sources state it"),
                                                g_dpgettext2 (GETTEXT_PACKAGE, "currency", currency_names[name].name));

      gtk_check_button_set_label (self->as_stated_button, label);
    }
  else
    gtk_check_button_set_label (self->as_stated_button, _("_As the sources state it"));

  gtk_widget_set_visible (GTK_WIDGET (self->usd_stated_button), stated_rates);

  gtk_widget_set_sensitive (GTK_WIDGET (self->usd_mine_button), n_other == 1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->usd_mine_button),
                               n_other > 1 ? _("One rate cannot convert figures in several currencies") : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->rate_unit_label), n_other == 1);
  if (n_other == 1)
    {
      const char *unit = name >= 0 ? g_dpgettext2 (GETTEXT_PACKAGE, "currency per dollar",
                                                   currency_names[name].name_per_dollar)
                                   : other;
      /* Translators: what the user's rate counts; %s is a currency, as “yuan” */
      g_autofree char *per_dollar = g_strdup_printf (_("%s per dollar"), unit);
      /* Translators: the rate box, to a screen reader; %s is a currency, as “yuan” */
      g_autofree char *described = g_strdup_printf (_("My rate, in %s per US dollar"), unit);

      gtk_label_set_text (self->rate_unit_label, per_dollar);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->rate_button), per_dollar);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->rate_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, described, -1);
    }
  else
    {
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->rate_button), NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->rate_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("My rate, per US dollar"), -1);
    }

  state = g_action_group_get_action_state (G_ACTION_GROUP (self), "currency");
  if (state != NULL && !currency_is_available (self, g_variant_get_string (state, NULL)))
    g_action_group_change_action_state (G_ACTION_GROUP (self), "currency", g_variant_new_string ("as-stated"));
}

/* The user's rate if the chosen currency uses it, or 0 */
double
_outlay_window_get_user_rate (OutlayWindow *self)
{
  g_autoptr(GVariant) currency = g_action_group_get_action_state (G_ACTION_GROUP (self), "currency");

  if (currency != NULL && g_str_equal (g_variant_get_string (currency, NULL), "usd-mine"))
    return gtk_spin_button_get_value (self->rate_button);

  return 0;
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

static gboolean
filters_hide_anything (OutlayWindow *self)
{
  return self->hidden_kinds != 0 || (self->hidden_entities != NULL && self->hidden_entities[0] != NULL);
}

static void
apply_filters (OutlayWindow *self)
{
  GtkWidget *table = _outlay_window_peek_view (self, "table");
  GAction *show_all = g_action_map_lookup_action (G_ACTION_MAP (self), "show-all");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (show_all), filters_hide_anything (self));
  _outlay_window_foreach_built_chart (self, apply_filters_to_chart);
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

/* "Show All": every kind and every entity back in one step */
static void
show_all_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  OutlayWindow *self = user_data;

  if (!filters_hide_anything (self))
    return;

  g_clear_pointer (&self->hidden_entities, g_strfreev);
  self->hidden_kinds = 0;
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

/* The filter buttons are built again for a dataset just opened: now if
 * the popover is open, else when it next opens */
void
_outlay_window_rebuild_filter_buttons (OutlayWindow *self)
{
  self->filters_built = FALSE;
  if (gtk_widget_get_visible (GTK_WIDGET (self->options_popover)))
    build_filter_buttons (self);
}

/* A chart view being built takes the window's options and filters */
void
_outlay_window_apply_options_to_chart (OutlayWindow *self,
                                       OutlayChart  *chart)
{
  apply_figure_options_to_chart (self, chart);
  apply_filters_to_chart (self, chart);
}

static const GActionEntry filter_actions[] = {
  { "show-all", show_all_action },
};

/* At init: the actions the template's widgets name */
void
_outlay_window_init_filter_actions (OutlayWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), filter_actions,
                                   G_N_ELEMENTS (filter_actions), self);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "show-all")),
                               FALSE);
}

/* Once the settings are known: the options' actions, and the filters as
 * stored, followed when they change */
void
_outlay_window_init_options (OutlayWindow *self)
{
  if (self->settings != NULL)
    {
      g_signal_connect_object (self->settings, "changed::hidden-entities", G_CALLBACK (load_filters),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->settings, "changed::hidden-kinds", G_CALLBACK (load_filters),
                               self, G_CONNECT_SWAPPED);
      load_filters (self);
    }

  g_signal_connect_swapped (self->options_popover, "show", G_CALLBACK (on_options_popover_show_cb), self);
  add_option_actions (self);
  _outlay_window_update_currency_options (self);
  apply_options (self);
}

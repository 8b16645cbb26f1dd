/* outlay-fact-panel.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "outlay-citation.h"
#include "outlay-dataset.h"
#include "outlay-entity.h"
#include "outlay-fact-panel.h"
#include "outlay-source.h"

/* The details of the selected fact: its label, its figure as stated and
 * in dollars (at each rate a source stated, saying whose), its period in
 * words (and how it was inferred), and each citation: the quote in its
 * own language and direction, the English translation, the publisher and
 * date, and what the file says of the article: its title, whom it cites,
 * and a link to it. */

struct _OutlayFactPanel
{
  GtkWidget   parent_instance;
  GtkStack   *stack;
  GtkLabel   *title_label;
  GtkLabel   *figure_label;
  GtkLabel   *detail_label;
  GtkLabel   *period_note_label;
  GtkLabel   *relations_label;
  GtkBox     *citations_box;
  OutlayFact *fact;
  /* Where the fact's relations are looked up: its whole, its parts */
  OutlayDataset *dataset;
  char       *language;
};

G_DEFINE_FINAL_TYPE (OutlayFactPanel, outlay_fact_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FACT,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

/* A text in the language it is written in, laid out in its direction
 * whatever the window's: an Arabic sentence reads right to left, and
 * starts on the right, in an English window too, and an English one
 * starts on the left in an Arabic window. */
static GtkWidget *
make_text_label (const char *text,
                 const char *language,
                 const char *css_class)
{
  GtkWidget *label = make_label (text, css_class);

  if (language != NULL && g_str_has_prefix (language, "ar"))
    {
      gtk_widget_set_direction (label, GTK_TEXT_DIR_RTL);
      gtk_label_set_xalign (GTK_LABEL (label), 1);
    }
  else if (language != NULL && g_str_has_prefix (language, "en"))
    gtk_widget_set_direction (label, GTK_TEXT_DIR_LTR);

  return label;
}

/* @text as a unit in a sentence of the other direction: an English note
 * in an Arabic sentence keeps its own order, punctuation included
 * (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE) */
static char *
isolate (const char *text)
{
  return g_strconcat ("\u2068", text, "\u2069", NULL);
}

/* How a date the article does not print was worked out, the dataset's
 * note (in English) a paragraph of its own: each paragraph of a label
 * takes its own direction, so an English note under an Arabic heading
 * wraps as English */
static char *
describe_inference (const char *note)
{
  /* Translators: the heading of a note saying how a date the article
   * does not print was worked out; the note follows on the next line */
  return g_strdup_printf ("%s\n%s", _("How the date was inferred:"), note);
}

/* Only the web's addresses become links: a dataset is anyone's file, and
 * a "file:" or "javascript:" address is no article to open */
static gboolean
is_web_address (const char *url,
                char      **host)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);

  if (uri == NULL || g_uri_get_host (uri) == NULL ||
      (g_strcmp0 (g_uri_get_scheme (uri), "https") != 0 && g_strcmp0 (g_uri_get_scheme (uri), "http") != 0))
    return FALSE;

  *host = g_strdup (g_uri_get_host (uri));
  return TRUE;
}

/* Where the article is: a link that opens it in the browser
 * (GtkLinkButton shows it with gtk_show_uri()), or the address as text */
static GtkWidget *
make_address (const char *url)
{
  g_autofree char *host = NULL;
  g_autofree char *text = NULL;
  GtkWidget *link;

  if (!is_web_address (url, &host))
    return make_text_label (url, "en", "caption");

  /* Translators: a link to an article; %s is the web site, as "example.com" */
  text = g_strdup_printf (_("Open the article (%s)"), host);
  link = gtk_link_button_new_with_label (url, text);
  gtk_widget_set_halign (link, GTK_ALIGN_START);
  gtk_widget_add_css_class (link, "caption");

  return link;
}

static GtkWidget *
make_citation (OutlayFactPanel *self,
               OutlayCitation  *citation)
{
  OutlaySource *source = outlay_citation_get_source (citation);
  const char * const *via = outlay_source_get_via (source);
  const char *note = outlay_source_get_published_note (source);
  const char *title_en = outlay_source_get_title_en (source);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *quote = make_text_label (outlay_citation_get_quote (citation),
                                      outlay_citation_get_language (citation), "outlay-quote");
  g_autofree char *date = outlay_partial_date_format (outlay_source_get_published (source), self->language);
  g_autofree char *byline = NULL;

  if (outlay_source_get_published_inferred (source))
    /* Translators: a publisher and a date the article does not print */
    byline = g_strdup_printf (_("%s, %s (date inferred)"),
                              outlay_source_get_publisher (source, self->language), date);
  else
    /* Translators: a publisher and the date of its article */
    byline = g_strdup_printf (C_("byline", "%s, %s"), outlay_source_get_publisher (source, self->language), date);

  gtk_box_append (GTK_BOX (box), quote);
  gtk_box_append (GTK_BOX (box), make_label (outlay_citation_get_translation (citation), "dim-label"));
  gtk_box_append (GTK_BOX (box), make_label (byline, "caption"));

  /* What the file says of the article: its title (and the title's
   * translation), whom it cites, how its date was found, and where it
   * is. The title in its own language and direction: quotes around it
   * would be English quotes around Arabic. */
  gtk_box_append (GTK_BOX (box), make_text_label (outlay_source_get_title (source),
                                                  outlay_source_get_language (source), "caption-heading"));
  if (title_en != NULL && !g_str_has_prefix (outlay_source_get_language (source), "en"))
    gtk_box_append (GTK_BOX (box), make_text_label (title_en, "en", "caption"));

  if (via != NULL && via[0] != NULL)
    {
      /* Translators: between the agencies an article cites, in “Via %s” */
      g_autofree char *names = g_strjoinv (C_("via list", ", "), (char **)via);
      g_autofree char *isolated = isolate (names);
      /* Translators: the agencies or outlets an article cites for its
       * figures, as “Via Bloomberg, Reuters” */
      g_autofree char *cited = g_strdup_printf (_("Via %s"), isolated);

      gtk_box_append (GTK_BOX (box), make_label (cited, "caption"));
    }

  if (outlay_source_get_published_inferred (source) && note != NULL)
    {
      g_autofree char *how = describe_inference (note);

      gtk_box_append (GTK_BOX (box), make_label (how, "caption"));
    }

  if (outlay_source_get_url (source) != NULL)
    gtk_box_append (GTK_BOX (box), make_address (outlay_source_get_url (source)));

  gtk_widget_add_css_class (box, "outlay-citation");

  return box;
}

/* Each conversion a source stated, a line each: "$431 M, as
 * Al-Eqtisadiah converts it" */
static char *
describe_conversions (OutlayFactPanel *self)
{
  const OutlayConversion *conversions = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = 0;

  if (outlay_fact_get_amount (self->fact) != NULL)
    conversions = outlay_fact_get_conversions (self->fact, &n);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *value = outlay_amount_format (&conversions[i].amount, self->language);

      /* Translators: a converted figure and the source that stated it */
      g_string_append_printf (text, _("\n%s, as %s converts it"), value,
                              outlay_source_get_publisher (conversions[i].source, self->language));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
append_relation (GString    *text,
                 gboolean    whole,
                 OutlayFact *other,
                 const char *language)
{
  const OutlayAmount *amount = outlay_fact_get_amount (other);
  g_autofree char *figure = amount != NULL ? outlay_amount_format (amount, language) : NULL;
  g_autofree char *what = figure != NULL ? g_strdup_printf ("%s (%s)", outlay_fact_get_label (other, language), figure)
                                         : g_strdup (outlay_fact_get_label (other, language));
  g_autofree char *isolated = isolate (what);

  if (text->len > 0)
    g_string_append_c (text, '\n');
  if (whole)
    /* Translators: %s is the figure the one shown is part of: its label and value */
    g_string_append_printf (text, _("Part of %s"), isolated);
  else
    /* Translators: %s is a part of the figure shown: its label and value */
    g_string_append_printf (text, _("Includes %s"), isolated);
}

/* What the fact is part of, and what is part of it: a plan's panel says
 * it holds 85 bn for AI processors, and the part's panel whose plan it is
 * (charts draw a part inside its whole; the panel says it in words) */
static char *
describe_relations (OutlayFactPanel *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  OutlayFact *whole;
  GListModel *facts;

  if (self->dataset == NULL)
    return NULL;

  whole = outlay_dataset_lookup_fact (self->dataset, outlay_fact_get_part_of (self->fact));
  if (whole != NULL)
    append_relation (text, TRUE, whole, self->language);

  facts = outlay_dataset_get_facts (self->dataset);
  for (guint i = 0, n = g_list_model_get_n_items (facts); i < n; i++)
    {
      g_autoptr(OutlayFact) part = g_list_model_get_item (facts, i);

      if (g_strcmp0 (outlay_fact_get_part_of (part), outlay_fact_get_id (self->fact)) == 0)
        append_relation (text, FALSE, part, self->language);
    }

  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/* The page of a fact is built for the first fact shown. Until then the
 * panel says that nothing is selected, and its empty labels (in three
 * more fonts) would only be styled and measured for nothing: the stack
 * measures every page, shown or not. */
static void
ensure_fact_page (OutlayFactPanel *self)
{
  GtkWidget *scrolled;
  GtkWidget *content;
  GtkWidget *heading;

  if (self->citations_box != NULL)
    return;

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);

  self->title_label = GTK_LABEL (make_label (NULL, "title-3"));
  self->figure_label = GTK_LABEL (make_label (NULL, "title-2"));
  self->detail_label = GTK_LABEL (make_label (NULL, "dim-label"));
  self->period_note_label = GTK_LABEL (make_label (NULL, "caption"));
  self->relations_label = GTK_LABEL (make_label (NULL, NULL));
  heading = gtk_label_new (_("Sources"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_set_margin_top (heading, 6);
  gtk_widget_add_css_class (heading, "heading");
  self->citations_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));

  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->title_label));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->figure_label));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->detail_label));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->period_note_label));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->relations_label));
  gtk_box_append (GTK_BOX (content), heading);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->citations_box));

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), content);
  gtk_stack_add_named (self->stack, scrolled, "fact");
}

static void
rebuild (OutlayFactPanel *self)
{
  GtkWidget *child;
  g_autofree char *figure = NULL;
  g_autofree char *period = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *conversions = NULL;
  g_autofree char *relations = NULL;
  const OutlayAmount *amount;
  const char *period_note;

  if (self->fact == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      if (self->citations_box != NULL)
        while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->citations_box))) != NULL)
          gtk_box_remove (self->citations_box, child);
      return;
    }

  ensure_fact_page (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->citations_box))) != NULL)
    gtk_box_remove (self->citations_box, child);

  amount = outlay_fact_get_amount (self->fact);
  figure = amount != NULL ? outlay_amount_format (amount, self->language) : NULL;
  conversions = describe_conversions (self);
  period = outlay_period_format (outlay_fact_get_period (self->fact), self->language);
  period_note = outlay_fact_get_period (self->fact)->inferred ? outlay_fact_get_period_note (self->fact) : NULL;

  detail = g_strdup_printf ("%s · %s%s%s",
                            outlay_entity_get_name (outlay_fact_get_entity (self->fact), self->language),
                            period,
                            outlay_fact_get_period (self->fact)->inferred ? _(" (date inferred)") : "",
                            conversions);

  gtk_label_set_text (self->title_label, outlay_fact_get_label (self->fact, self->language));
  gtk_label_set_text (self->figure_label, figure != NULL ? figure : "");
  gtk_widget_set_visible (GTK_WIDGET (self->figure_label), figure != NULL);
  gtk_label_set_text (self->detail_label, detail);
  if (period_note != NULL)
    {
      g_autofree char *how = describe_inference (period_note);

      gtk_label_set_text (self->period_note_label, how);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->period_note_label), period_note != NULL);
  relations = describe_relations (self);
  gtk_label_set_text (self->relations_label, relations != NULL ? relations : "");
  gtk_widget_set_visible (GTK_WIDGET (self->relations_label), relations != NULL);

  for (guint i = 0; i < outlay_fact_get_n_citations (self->fact); i++)
    gtk_box_append (self->citations_box, make_citation (self, outlay_fact_get_citation (self->fact, i)));

  gtk_stack_set_visible_child_name (self->stack, "fact");
}

static void
outlay_fact_panel_dispose (GObject *object)
{
  OutlayFactPanel *self = (OutlayFactPanel *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), OUTLAY_TYPE_FACT_PANEL);
  /* Gone with the stack, whose page they were on */
  self->title_label = self->figure_label = self->detail_label = self->period_note_label = NULL;
  self->relations_label = NULL;
  self->citations_box = NULL;
  g_clear_object (&self->fact);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (outlay_fact_panel_parent_class)->dispose (object);
}

static void
outlay_fact_panel_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OutlayFactPanel *self = OUTLAY_FACT_PANEL (object);

  switch (prop_id)
    {
    case PROP_FACT:
      g_value_set_object (value, self->fact);
      break;
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outlay_fact_panel_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OutlayFactPanel *self = OUTLAY_FACT_PANEL (object);

  switch (prop_id)
    {
    case PROP_FACT:
      outlay_fact_panel_set_fact (self, g_value_get_object (value));
      break;
    case PROP_DATASET:
      if (g_set_object (&self->dataset, g_value_get_object (value)))
        {
          if (self->fact != NULL)
            rebuild (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outlay_fact_panel_class_init (OutlayFactPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = outlay_fact_panel_dispose;
  object_class->get_property = outlay_fact_panel_get_property;
  object_class->set_property = outlay_fact_panel_set_property;

  properties[PROP_FACT] =
    g_param_spec_object ("fact", NULL, NULL, OUTLAY_TYPE_FACT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, OUTLAY_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/outlay/Outlay/outlay-fact-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, OutlayFactPanel, stack);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "outlayfactpanel");
}

static void
outlay_fact_panel_init (OutlayFactPanel *self)
{
  self->language = g_strdup ("en");
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * outlay_fact_panel_get_fact:
 * @self: a panel
 *
 * Returns: (transfer none) (nullable): the fact shown
 */
OutlayFact *
outlay_fact_panel_get_fact (OutlayFactPanel *self)
{
  g_return_val_if_fail (OUTLAY_IS_FACT_PANEL (self), NULL);

  return self->fact;
}

void
outlay_fact_panel_set_fact (OutlayFactPanel *self,
                            OutlayFact      *fact)
{
  g_return_if_fail (OUTLAY_IS_FACT_PANEL (self));

  if (g_set_object (&self->fact, fact))
    {
      rebuild (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FACT]);
    }
}

/**
 * outlay_fact_panel_set_language:
 * @self: a panel
 * @language: the data language, "en" or "ar"
 */
void
outlay_fact_panel_set_language (OutlayFactPanel *self,
                                const char      *language)
{
  g_return_if_fail (OUTLAY_IS_FACT_PANEL (self));

  g_free (self->language);
  self->language = g_strdup (language);
  rebuild (self);
}

static void
append_labels (GtkWidget *widget,
               GString   *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_visible (child))
        g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (child)));
      append_labels (child, text);
    }
}

/**
 * outlay_fact_panel_dup_text:
 * @self: a panel
 *
 * Returns: (transfer full): the text of every label of the shown fact, one
 *   a line: what the panel says, for tests and for copying
 */
char *
outlay_fact_panel_dup_text (OutlayFactPanel *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (OUTLAY_IS_FACT_PANEL (self), NULL);

  if (self->fact != NULL)
    {
      g_string_append_printf (text, "%s\n%s\n%s\n",
                              gtk_label_get_text (self->title_label),
                              gtk_label_get_text (self->figure_label),
                              gtk_label_get_text (self->detail_label));
      if (gtk_widget_get_visible (GTK_WIDGET (self->period_note_label)))
        g_string_append_printf (text, "%s\n", gtk_label_get_text (self->period_note_label));
      if (gtk_widget_get_visible (GTK_WIDGET (self->relations_label)))
        g_string_append_printf (text, "%s\n", gtk_label_get_text (self->relations_label));
      append_labels (GTK_WIDGET (self->citations_box), text);
    }

  return g_string_free (text, FALSE);
}

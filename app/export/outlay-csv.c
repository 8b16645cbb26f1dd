/* outlay-csv.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "outlay-csv.h"
#include "outlay-fact.h"
#include "outlay-entity.h"
#include "outlay-figure.h"
#include "outlay-citation.h"
#include "outlay-source.h"

/* The fact table as CSV (RFC 4180: CRLF line ends, a header, fields with a
 * comma, quote or line break quoted, quotes doubled), UTF-8 with no byte
 * order mark. Numbers are written in the C locale, whatever the user's.
 *
 * Text comes from the dataset, and a spreadsheet runs a cell that starts
 * with "=", "+", "-" or "@" as a formula (=HYPERLINK(…) leaks data, DDE
 * runs commands), and some also after a tab or a carriage return. Such a
 * text cell gets a "'" in front, OWASP's rule for CSV injection, which
 * spreadsheets read as "this is text". Numbers are written apart and never
 * get it: a value stays a value. */

static const char * const columns[] = {
  "id", "kind", "status", "entity", "product",
  "value", "value_max", "currency", "unit", "qualifier",
  "period_start", "period_end", "period_inferred", "announced",
  "usd_value", "usd_rate", "usd_rate_source", "usd_conversions",
  "label_en", "label_ar", "sources",
};

/* @prefix goes inside the quotes, if any: it is part of the cell */
static void
append_cell (GString    *row,
             const char *prefix,
             const char *text)
{
  if (row->len > 0 && row->str[row->len - 1] != '\n')
    g_string_append_c (row, ',');

  if (text == NULL)
    return;

  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (row, prefix);
      g_string_append (row, text);
      return;
    }

  g_string_append_c (row, '"');
  g_string_append (row, prefix);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (row, '"');
      g_string_append_c (row, *p);
    }
  g_string_append_c (row, '"');
}

static gboolean
starts_like_formula (const char *text)
{
  return text != NULL && text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL;
}

/* A text cell: anything that did not start as a number */
static void
append_field (GString    *row,
              const char *text)
{
  append_cell (row, starts_like_formula (text) ? "'" : "", text);
}

static void
append_number (GString    *row,
               double      value,
               const char *format)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  append_cell (row, "", g_ascii_formatd (buf, sizeof buf, format, value));
}

static void
end_row (GString *row)
{
  g_string_append (row, "\r\n");
}

/* Every conversion to dollars a source stated, so a CSV keeps both when
 * two sources convert the same figure differently. */
static char *
list_usd_conversions (OutlayFact *fact)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const OutlayConversion *conversions;
  guint n;

  conversions = outlay_fact_get_conversions (fact, &n);

  for (guint i = 0; i < n; i++)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      if (strcmp (conversions[i].amount.currency, "USD") != 0)
        continue;
      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append_printf (text, "%s (%s)",
                              g_ascii_formatd (buf, sizeof buf, "%.15g", conversions[i].amount.value),
                              outlay_source_get_id (conversions[i].source));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
list_sources (OutlayFact *fact)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = outlay_fact_get_n_citations (fact);

  for (guint i = 0; i < n; i++)
    {
      const char *id = outlay_source_get_id (outlay_citation_get_source (outlay_fact_get_citation (fact, i)));
      gboolean seen = FALSE;

      for (guint j = 0; j < i && !seen; j++)
        seen = strcmp (id, outlay_source_get_id (outlay_citation_get_source (outlay_fact_get_citation (fact, j)))) == 0;

      if (seen)
        continue;
      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append (text, id);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
append_usd (GString    *row,
            OutlayFact *fact,
            double      user_rate)
{
  const OutlayAmount *amount = outlay_fact_get_amount (fact);
  OutlayFigureOptions options = {
    .currency = "USD",
    .rate_mode = OUTLAY_RATE_MODE_STATED,
    .user_rate = user_rate,
  };
  OutlayFigure figure;

  if (amount == NULL || !outlay_amount_is_money (amount) ||
      !outlay_figure_compute (fact, &options, &figure, NULL))
    {
      append_field (row, NULL);
      append_field (row, NULL);
      append_field (row, NULL);
      return;
    }

  append_number (row, figure.amount.value, "%.15g");

  switch (figure.basis)
    {
    case OUTLAY_RATE_STATED:
      append_number (row, figure.rate, "%.6g");
      append_field (row, outlay_source_get_id (figure.rate_source));
      break;
    case OUTLAY_RATE_USER:
      append_number (row, figure.rate, "%.6g");
      append_field (row, "user");
      break;
    case OUTLAY_RATE_NONE:
    default:
      append_field (row, NULL);
      append_field (row, NULL);
      break;
    }
}

/**
 * outlay_csv_from_facts:
 * @facts: a list model of #OutlayFact
 * @user_rate: yuan (or the fact's currency) per dollar for facts no source
 *   converts, or 0 to leave their dollar columns empty
 *
 * Writes the fact table as CSV. The columns are those of `columns` above,
 * documented in README.md.
 *
 * Returns: (transfer full): the CSV bytes
 */
GBytes *
outlay_csv_from_facts (GListModel *facts,
                       double      user_rate)
{
  GString *csv = g_string_new (NULL);
  guint n = g_list_model_get_n_items (facts);

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    append_field (csv, columns[i]);
  end_row (csv);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (facts, i);
      const OutlayAmount *amount = outlay_fact_get_amount (fact);
      const OutlayPeriod *period = outlay_fact_get_period (fact);
      const OutlayPartialDate *announced = outlay_fact_get_announced (fact);
      OutlayEntity *product = outlay_fact_get_product (fact);
      g_autofree char *start = outlay_partial_date_to_string (&period->start);
      g_autofree char *end = outlay_partial_date_to_string (&period->end);
      g_autofree char *announced_text = announced ? outlay_partial_date_to_string (announced) : NULL;
      g_autofree char *conversions = list_usd_conversions (fact);
      g_autofree char *sources = list_sources (fact);

      append_field (csv, outlay_fact_get_id (fact));
      append_field (csv, outlay_fact_kind_to_string (outlay_fact_get_kind (fact)));
      append_field (csv, outlay_fact_status_to_string (outlay_fact_get_status (fact)));
      append_field (csv, outlay_entity_get_id (outlay_fact_get_entity (fact)));
      append_field (csv, product ? outlay_entity_get_id (product) : NULL);

      if (amount != NULL)
        {
          append_number (csv, amount->value, "%.15g");
          if (outlay_amount_is_range (amount))
            append_number (csv, amount->max, "%.15g");
          else
            append_field (csv, NULL);
          append_field (csv, outlay_amount_is_money (amount) ? amount->currency : NULL);
          append_field (csv, outlay_amount_is_money (amount) ? NULL : outlay_unit_to_string (amount->unit));
          append_field (csv, outlay_qualifier_to_string (amount->qualifier));
        }
      else
        {
          for (guint j = 0; j < 5; j++)
            append_field (csv, NULL);
        }

      append_field (csv, start);
      append_field (csv, end);
      append_field (csv, period->inferred ? "true" : "false");
      append_field (csv, announced_text);
      append_usd (csv, fact, user_rate);
      append_field (csv, conversions);
      append_field (csv, outlay_fact_get_label (fact, "en"));
      append_field (csv, outlay_fact_get_label (fact, "ar"));
      append_field (csv, sources);
      end_row (csv);
    }

  return g_string_free_to_bytes (csv);
}

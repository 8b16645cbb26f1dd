/* outlay-figure.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "outlay-fact.h"
#include "outlay-figure.h"
#include "outlay-source.h"

G_DEFINE_QUARK (outlay-figure-error-quark, outlay_figure_error)

static const OutlayConversion *
find_stated (OutlayFact *fact,
             const char *currency,
             const char *source_id)
{
  const OutlayConversion *conversions;
  const OutlayConversion *first = NULL;
  guint n;

  conversions = outlay_fact_get_conversions (fact, &n);

  for (guint i = 0; i < n; i++)
    {
      if (strcmp (conversions[i].amount.currency, currency) != 0)
        continue;

      if (source_id == NULL ||
          g_strcmp0 (outlay_source_get_id (conversions[i].source), source_id) == 0)
        return &conversions[i];

      if (first == NULL)
        first = &conversions[i];
    }

  return first;
}

static void
convert (OutlayFigure *figure,
         double        rate)
{
  figure->rate = rate;
  figure->amount.value = figure->stated.value / rate;
  figure->amount.max = figure->stated.max / rate;
}

/**
 * outlay_figure_compute:
 * @fact: a fact with an amount
 * @options: how to show it
 * @figure: (out caller-allocates): where to store the result
 * @error: return location for an #OUTLAY_FIGURE_ERROR
 *
 * Computes the figure to show for @fact: in the currency @options asks
 * for, at a stated or chosen rate, and per year if asked and the period
 * spans more than a year. The qualifier is kept: a floor stays a floor.
 *
 * Returns: %TRUE on success
 */
gboolean
outlay_figure_compute (OutlayFact                 *fact,
                       const OutlayFigureOptions  *options,
                       OutlayFigure               *figure,
                       GError                    **error)
{
  const OutlayAmount *stated;

  g_return_val_if_fail (OUTLAY_IS_FACT (fact), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (figure != NULL, FALSE);

  stated = outlay_fact_get_amount (fact);
  if (stated == NULL)
    {
      g_set_error (error, OUTLAY_FIGURE_ERROR, OUTLAY_FIGURE_ERROR_NO_AMOUNT,
                   _("“%s” is an event and has no figure"), outlay_fact_get_id (fact));
      return FALSE;
    }

  *figure = (OutlayFigure) {
    .amount = *stated,
    .stated = *stated,
    .basis = OUTLAY_RATE_NONE,
    .rate = 1,
    .years = outlay_period_get_years (outlay_fact_get_period (fact)),
  };

  if (options->currency != NULL && strcmp (options->currency, stated->currency) != 0)
    {
      const OutlayConversion *conversion = NULL;

      if (!outlay_amount_is_money (stated))
        {
          g_set_error (error, OUTLAY_FIGURE_ERROR, OUTLAY_FIGURE_ERROR_NOT_MONEY,
                       _("“%s” is not an amount of money"), outlay_fact_get_id (fact));
          return FALSE;
        }

      if (options->rate_mode == OUTLAY_RATE_MODE_STATED)
        conversion = find_stated (fact, options->currency, options->source_id);

      if (conversion != NULL)
        {
          figure->basis = OUTLAY_RATE_STATED;
          figure->rate_source = conversion->source;
          convert (figure, stated->value / conversion->amount.value);
          /* Exact where the source converted exactly; a converted range
           * keeps its width. */
          figure->amount.value = conversion->amount.value;
          if (conversion->amount.qualifier == OUTLAY_QUALIFIER_ABOUT)
            figure->amount.qualifier = OUTLAY_QUALIFIER_ABOUT;
        }
      else if (options->user_rate != 0)
        {
          if (!outlay_rate_is_valid (options->user_rate))
            {
              g_set_error (error, OUTLAY_FIGURE_ERROR, OUTLAY_FIGURE_ERROR_INVALID_RATE,
                           _("the rate must be a positive number, not %g"), options->user_rate);
              return FALSE;
            }

          figure->basis = OUTLAY_RATE_USER;
          convert (figure, options->user_rate);
        }
      else
        {
          /* Charts ask this of every figure without a rate and want no
           * message: the translation is looked up only for a caller
           * that does */
          if (error != NULL)
            g_set_error (error, OUTLAY_FIGURE_ERROR, OUTLAY_FIGURE_ERROR_NO_RATE,
                         _("no source converts “%s” into %s; choose a rate"),
                         outlay_fact_get_id (fact), options->currency);
          return FALSE;
        }

      g_strlcpy (figure->amount.currency, options->currency, sizeof figure->amount.currency);

      /* A stated conversion can imply a rate no chart can show (a figure
       * of 1 bn "converted" to 5e-324): refused as a rate, not drawn */
      if (!outlay_rate_is_valid (figure->rate) || !isfinite (figure->amount.max) ||
          figure->amount.max > OUTLAY_AMOUNT_MAX * 1e3)
        {
          g_set_error (error, OUTLAY_FIGURE_ERROR, OUTLAY_FIGURE_ERROR_INVALID_RATE,
                       _("the rate converting “%s” into %s, %g, is out of bounds"),
                       outlay_fact_get_id (fact), options->currency, figure->rate);
          return FALSE;
        }
    }

  if (options->per_year && figure->years > 1)
    {
      figure->per_year = TRUE;
      figure->amount.value /= figure->years;
      figure->amount.max /= figure->years;
    }

  return TRUE;
}

/**
 * outlay_rate_is_valid:
 * @rate: units of one currency per unit of another
 *
 * Returns: %TRUE if @rate is one a chart can use: finite, and between
 *   10⁻⁶ and 10⁶ (every pair of currencies in use today is well inside;
 *   beyond, a rate is a typo, and a converted figure could overflow)
 */
gboolean
outlay_rate_is_valid (double rate)
{
  return isfinite (rate) && rate >= OUTLAY_RATE_MIN && rate <= OUTLAY_RATE_MAX;
}

/**
 * outlay_figure_is_derived:
 * @figure: a figure
 *
 * Returns: %TRUE if no source states @figure's value as it is: it was
 *   converted at the user's rate or averaged per year
 */
gboolean
outlay_figure_is_derived (const OutlayFigure *figure)
{
  return figure->basis == OUTLAY_RATE_USER || figure->per_year;
}

static gboolean
is_arabic (const char *language)
{
  return language != NULL && g_str_has_prefix (language, "ar");
}

/**
 * outlay_figure_describe:
 * @figure: a figure
 * @language: the data language, "en" or "ar"
 *
 * Says how @figure was obtained from what a source stated, for a caption
 * or a tooltip: "at the rate stated by Al-Eqtisadiah (6.96 CNY per USD)",
 * "at your rate of 7.2 CNY per USD", "per year: the total over 3 years
 * divided by 3".
 *
 * Returns: (transfer full) (nullable): the description, or %NULL for a
 *   figure shown as stated
 */
char *
outlay_figure_describe (const OutlayFigure *figure,
                        const char         *language)
{
  gboolean ar = is_arabic (language);
  g_autoptr(GString) text = g_string_new (NULL);
  char rate[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (rate, sizeof rate, "%.4g", figure->rate);

  switch (figure->basis)
    {
    case OUTLAY_RATE_STATED:
      g_string_append_printf (text,
                              ar ? "بالسعر الذي ذكره %s (%s %s لكل %s)"
                                 : "at the rate stated by %s (%s %s per %s)",
                              outlay_source_get_publisher (figure->rate_source, language),
                              rate, figure->stated.currency, figure->amount.currency);
      break;
    case OUTLAY_RATE_USER:
      g_string_append_printf (text,
                              ar ? "بسعرك: %s %s لكل %s" : "at your rate of %s %s per %s",
                              rate, figure->stated.currency, figure->amount.currency);
      break;
    case OUTLAY_RATE_NONE:
    default:
      break;
    }

  if (figure->per_year)
    {
      char years[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (years, sizeof years, "%.3g", figure->years);
      if (text->len > 0)
        g_string_append (text, ar ? "؛ " : "; ");
      g_string_append_printf (text,
                              ar ? "في السنة: المجموع على %s سنوات مقسومًا على %s (قيمة مشتقة)"
                                 : "per year: the total over %s years divided by %s (derived)",
                              years, years);
    }

  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

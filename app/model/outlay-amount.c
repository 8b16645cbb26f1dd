/* outlay-amount.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "outlay-amount.h"

static const char * const qualifier_names[] = {
  [OUTLAY_QUALIFIER_EXACT] = "exact",
  [OUTLAY_QUALIFIER_ABOUT] = "about",
  [OUTLAY_QUALIFIER_AT_LEAST] = "at-least",
  [OUTLAY_QUALIFIER_MORE_THAN] = "more-than",
  [OUTLAY_QUALIFIER_UP_TO] = "up-to",
};

static const char * const qualifier_labels[] = {
  /* Translators: how exact a figure is, as the table's Qualifier column says it */
  [OUTLAY_QUALIFIER_EXACT] = NC_("qualifier", "Exact"),
  [OUTLAY_QUALIFIER_ABOUT] = NC_("qualifier", "About"),
  [OUTLAY_QUALIFIER_AT_LEAST] = NC_("qualifier", "At least"),
  [OUTLAY_QUALIFIER_MORE_THAN] = NC_("qualifier", "More than"),
  [OUTLAY_QUALIFIER_UP_TO] = NC_("qualifier", "Up to"),
};

static const char * const unit_labels[] = {
  /* Translators: what a figure counts, in the table's "Currency or unit" column */
  [OUTLAY_UNIT_CURRENCY] = NC_("unit", "Money"),
  [OUTLAY_UNIT_PERCENT] = NC_("unit", "Percent"),
  [OUTLAY_UNIT_COUNT] = NC_("unit", "Count"),
  [OUTLAY_UNIT_BASIS_POINTS] = NC_("unit", "Basis points"),
};

static const char * const unit_names[] = {
  [OUTLAY_UNIT_CURRENCY] = "currency",
  [OUTLAY_UNIT_PERCENT] = "percent",
  [OUTLAY_UNIT_COUNT] = "count",
  [OUTLAY_UNIT_BASIS_POINTS] = "basis-points",
};

const char *
outlay_qualifier_to_string (OutlayQualifier qualifier)
{
  g_return_val_if_fail (qualifier < G_N_ELEMENTS (qualifier_names), NULL);

  return qualifier_names[qualifier];
}

/**
 * outlay_qualifier_get_label:
 * @qualifier: a qualifier
 *
 * Returns: its name for people, translated ("At least"), where
 *   outlay_qualifier_to_string() gives the format's id ("at-least")
 */
const char *
outlay_qualifier_get_label (OutlayQualifier qualifier)
{
  g_return_val_if_fail (qualifier < G_N_ELEMENTS (qualifier_labels), NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "qualifier", qualifier_labels[qualifier]);
}

/**
 * outlay_unit_get_label:
 * @unit: a unit
 *
 * Returns: its name for people, translated ("Basis points")
 */
const char *
outlay_unit_get_label (OutlayUnit unit)
{
  g_return_val_if_fail (unit < G_N_ELEMENTS (unit_labels), NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "unit", unit_labels[unit]);
}

gboolean
outlay_qualifier_from_string (const char      *text,
                              OutlayQualifier *qualifier)
{
  for (guint i = 0; i < G_N_ELEMENTS (qualifier_names); i++)
    {
      if (g_strcmp0 (text, qualifier_names[i]) == 0)
        {
          *qualifier = (OutlayQualifier)i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
outlay_unit_to_string (OutlayUnit unit)
{
  g_return_val_if_fail (unit < G_N_ELEMENTS (unit_names), NULL);

  return unit_names[unit];
}

/* "currency" is not a unit a dataset names: money says its currency. */
gboolean
outlay_unit_from_string (const char *text,
                         OutlayUnit *unit)
{
  for (guint i = OUTLAY_UNIT_PERCENT; i < G_N_ELEMENTS (unit_names); i++)
    {
      if (g_strcmp0 (text, unit_names[i]) == 0)
        {
          *unit = (OutlayUnit)i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * outlay_currency_code_is_valid:
 * @code: a string
 *
 * Returns: %TRUE if @code has the shape of an ISO 4217 code: three
 *   capital ASCII letters
 */
gboolean
outlay_currency_code_is_valid (const char *code)
{
  return code != NULL && strlen (code) == 3 &&
         g_ascii_isupper (code[0]) && g_ascii_isupper (code[1]) && g_ascii_isupper (code[2]);
}

gboolean
outlay_amount_is_money (const OutlayAmount *amount)
{
  return amount->unit == OUTLAY_UNIT_CURRENCY;
}

/**
 * outlay_amount_is_floor:
 * @amount: an amount
 *
 * Returns: %TRUE if @amount is a lower bound ("at least", "more than"),
 *   to be drawn open-ended
 */
gboolean
outlay_amount_is_floor (const OutlayAmount *amount)
{
  return amount->qualifier == OUTLAY_QUALIFIER_AT_LEAST ||
         amount->qualifier == OUTLAY_QUALIFIER_MORE_THAN;
}

gboolean
outlay_amount_is_range (const OutlayAmount *amount)
{
  return amount->max > amount->value;
}

static gboolean
is_arabic (const char *language)
{
  return language != NULL && g_str_has_prefix (language, "ar");
}

/* Up to two decimals, trailing zeros dropped: 280.15, 52.44, 3, 126.67. */
/* With @decimals places at most, trailing zeros dropped: 1.5, not 1.50 */
static char *
format_number_places (double value,
                      int    decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE + 32];
  char format[16];
  double unit = pow (10, decimals);
  char *end;

  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_ascii_formatd (buf, sizeof buf, format, round (value * unit) / unit);

  if (strchr (buf, '.') != NULL)
    {
      end = buf + strlen (buf) - 1;
      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }

  return g_strdup (buf);
}

/* Two decimals, or three significant digits below 1 (0.001, not 0): a
 * figure never reads as 0 when it is not */
static char *
format_number (double value)
{
  int decimals = 2;

  if (value != 0 && fabs (value) < 1)
    decimals = CLAMP (2 - (int)floor (log10 (fabs (value))), 2, 9);

  return format_number_places (value, decimals);
}

typedef struct
{
  double      divisor;
  const char *en;
  const char *ar;
} Scale;

static const Scale scales[] = {
  { 1e12, "tn", "تريليون" },
  { 1e9, "bn", "مليار" },
  { 1e6, "M", "مليون" },
};

static char *
format_scaled (double      value,
               const char *language)
{
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      if (fabs (value) >= scales[i].divisor)
        {
          g_autofree char *number = format_number (value / scales[i].divisor);
          return g_strdup_printf ("%s %s", number,
                                  is_arabic (language) ? scales[i].ar : scales[i].en);
        }
    }

  /* Below a million, whole numbers are grouped by thousands: 10,000. */
  if (value >= 1000 && value == floor (value))
    {
      g_autofree char *digits = g_strdup_printf ("%.0f", value);
      GString *grouped = g_string_new (NULL);
      gsize len = strlen (digits);

      for (gsize i = 0; i < len; i++)
        {
          if (i > 0 && (len - i) % 3 == 0)
            g_string_append_c (grouped, ',');
          g_string_append_c (grouped, digits[i]);
        }

      return g_string_free (grouped, FALSE);
    }

  return format_number (value);
}

static char *add_unit (const char         *number,
                       const OutlayAmount *amount,
                       const char         *language);

/**
 * outlay_amount_format_value:
 * @value: a value in the base units of @amount
 * @amount: the amount whose unit and currency to use
 * @language: the data language, "en" or "ar"
 *
 * Formats @value with the unit of @amount and no qualifier:
 * "160 bn yuan", "$431 M", "1.2%", "160 مليار يوان".
 *
 * Returns: (transfer full): the formatted value
 */
char *
outlay_amount_format_value (double              value,
                            const OutlayAmount *amount,
                            const char         *language)
{
  g_autofree char *number = format_scaled (value, language);

  return add_unit (number, amount, language);
}

/* The unit after a formatted number: "160 bn" → "160 bn yuan" */
static char *
add_unit (const char         *number,
          const OutlayAmount *amount,
          const char         *language)
{
  gboolean ar = is_arabic (language);

  switch (amount->unit)
    {
    case OUTLAY_UNIT_PERCENT:
      return g_strdup_printf ("%s%%", number);
    case OUTLAY_UNIT_BASIS_POINTS:
      return g_strdup_printf (ar ? "%s نقطة أساس" : "%s bp", number);
    case OUTLAY_UNIT_COUNT:
      return g_strdup (number);
    case OUTLAY_UNIT_CURRENCY:
    default:
      break;
    }

  if (strcmp (amount->currency, "CNY") == 0)
    return g_strdup_printf (ar ? "%s يوان" : "%s yuan", number);
  if (strcmp (amount->currency, "USD") == 0)
    return ar ? g_strdup_printf ("%s دولار", number) : g_strdup_printf ("$%s", number);

  return g_strdup_printf ("%s %s", number, amount->currency);
}

/**
 * outlay_amount_format_tick:
 * @value: a tick's value, in the base units of @amount
 * @step: the distance between the axis's ticks
 * @amount: the amount whose unit and currency to use
 * @language: the data language, "en" or "ar"
 *
 * Formats an axis tick as outlay_amount_format_value() formats a figure,
 * with as many decimals as the step needs, so that no two ticks of an
 * axis read the same: 0.0002, 0.0004… yuan, never 0, 0, 0.
 *
 * Returns: (transfer full): the tick's label
 */
char *
outlay_amount_format_tick (double              value,
                           double              step,
                           const OutlayAmount *amount,
                           const char         *language)
{
  g_autofree char *number = NULL;
  double divisor = 1;
  const char *scale = NULL;
  int decimals;

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    if (fabs (value) >= scales[i].divisor)
      {
        divisor = scales[i].divisor;
        scale = is_arabic (language) ? scales[i].ar : scales[i].en;
        break;
      }

  decimals = step > 0 ? CLAMP ((int)ceil (-log10 (step / divisor) - 1e-9), 0, 12) : 0;
  number = format_number_places (value / divisor, decimals);
  if (scale != NULL)
    {
      g_autofree char *scaled = g_strdup_printf ("%s %s", number, scale);
      return add_unit (scaled, amount, language);
    }

  return add_unit (number, amount, language);
}

/**
 * outlay_amount_format_span:
 * @amount: an amount
 * @language: the data language, "en" or "ar"
 *
 * Returns: (transfer full): the amount's value with its unit and no
 *   qualifier, and its range where it has one: "20–30 bn yuan"
 */
char *
outlay_amount_format_span (const OutlayAmount *amount,
                           const char         *language)
{
  if (outlay_amount_is_range (amount))
    {
      g_autofree char *low = format_scaled (amount->value, language);
      g_autofree char *high = outlay_amount_format_value (amount->max, amount, language);

      return g_strdup_printf ("%s–%s", low, high);
    }

  return outlay_amount_format_value (amount->value, amount, language);
}

/**
 * outlay_amount_format:
 * @amount: an amount
 * @language: the data language, "en" or "ar"
 *
 * Formats @amount with its qualifier and range, as a caption would say
 * it: "at least 380 bn yuan", "about $431 M", "20–30 bp".
 *
 * Returns: (transfer full): the formatted amount
 */
char *
outlay_amount_format (const OutlayAmount *amount,
                      const char         *language)
{
  static const char * const words_en[] = { "", "about ", "at least ", "more than ", "up to " };
  static const char * const words_ar[] = { "", "نحو ", "ما لا يقل عن ", "أكثر من ", "حتى " };
  gboolean ar = is_arabic (language);
  g_autofree char *value = outlay_amount_format_span (amount, language);

  return g_strconcat (ar ? words_ar[amount->qualifier] : words_en[amount->qualifier], value, NULL);
}

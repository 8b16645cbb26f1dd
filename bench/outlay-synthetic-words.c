/* outlay-synthetic-words.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "outlay-synthetic-private.h"

/* The generator's sentences. A quote and its translation are built from
 * the same choices among phrase pairs (subject, verb, qualifier, amount,
 * conversion, purpose, date, attribution), so that the Arabic and the
 * English say the same thing and no two citations need read alike. Dates
 * and amounts are written as the bundled dataset writes them: Western
 * digits, "160 مليار يوان", "فبراير 2025". */

static const Pair months[] = {
  { "يناير", "January" }, { "فبراير", "February" }, { "مارس", "March" },
  { "أبريل", "April" }, { "مايو", "May" }, { "يونيو", "June" },
  { "يوليو", "July" }, { "أغسطس", "August" }, { "سبتمبر", "September" },
  { "أكتوبر", "October" }, { "نوفمبر", "November" }, { "ديسمبر", "December" },
};

/* What a money figure is spent on or earned from, by kind: the verb, then
 * what follows the amount. */
static const Pair capex_verbs[] = {
  { "تخطط لإنفاق", "plans to spend" },
  { "رصدت", "has earmarked" },
  { "ستنفق", "will spend" },
  { "أنفقت", "spent" },
  { "تعتزم ضخ", "intends to pour" },
};
static const Pair capex_objects[] = {
  { "على البنية التحتية للحوسبة السحابية والذكاء الاصطناعي", "on cloud computing and AI infrastructure" },
  { "على النفقات الرأسمالية", "on capital expenditure" },
  { "على معالجات الذكاء الاصطناعي", "on AI processors" },
  { "على بناء مراكز بيانات جديدة", "on building new data centres" },
  { "على شراء الرقائق المتقدمة", "on buying advanced chips" },
};
static const Pair investment_verbs[] = {
  { "استثمرت", "invested" },
  { "ضخت", "put" },
  { "أعلنت عن استثمار", "announced an investment of" },
};
static const Pair investment_objects[] = {
  { "في شركة ناشئة متخصصة في النماذج اللغوية الكبيرة", "in a start-up specialised in large language models" },
  { "في صندوق جديد للذكاء الاصطناعي", "in a new AI fund" },
  { "للاستحواذ على منصة لتحليل البيانات", "to acquire a data analytics platform" },
};
static const Pair campaign_verbs[] = {
  { "خصصت", "allocated" },
  { "رصدت ميزانية بلغت", "set a budget of" },
};
static const Pair campaign_objects[] = {
  { "لحملتها الترويجية بمناسبة رأس السنة القمرية", "for its Lunar New Year promotional campaign" },
  { "لدعم تطبيقها للذكاء الاصطناعي", "to support its AI app" },
  { "لجذب المستخدمين إلى روبوت الدردشة", "to draw users to its chatbot" },
};
static const Pair prize_verbs[] = {
  { "تمنح جوائز تبلغ", "awards prizes of" },
  { "ستقدم مكافآت قيمتها", "will give rewards worth" },
};
static const Pair prize_objects[] = {
  { "لكل فائز في حملتها", "to each winner of its campaign" },
  { "للمستخدمين الأكثر نشاطًا على التطبيق", "to the most active users of the app" },
};
static const Pair revenue_verbs[] = {
  { "حققت إيرادات بلغت", "posted revenue of" },
  { "سجلت مبيعات قدرها", "recorded sales of" },
};
static const Pair revenue_objects[] = {
  { "من خدمات الحوسبة السحابية", "from cloud computing services" },
  { "من أعمال الذكاء الاصطناعي", "from its AI business" },
  { "من الإعلانات والخدمات الرقمية", "from advertising and digital services" },
};
static const Pair ipo_verbs[] = {
  { "جمعت", "raised" },
};
static const Pair ipo_objects[] = {
  { "من طرح أسهمها في بورصة هونغ كونغ", "from listing its shares in Hong Kong" },
  { "من اكتتابها العام الأولي", "from its initial public offering" },
};

static const Pair markets[] = {
  { "سوق روبوتات الدردشة في الصين", "China's chatbot market" },
  { "الاستخدام العالمي للنماذج المفتوحة", "global use of open models" },
  { "سوق الحوسبة السحابية", "the cloud computing market" },
  { "سوق الرقائق المخصصة للذكاء الاصطناعي", "the AI chip market" },
};

/* Why an event matters, so that every quote is a full sentence */
static const Pair contexts[] = {
  { "في خطوة تعكس اشتداد المنافسة في سوق الذكاء الاصطناعي", "in a move that reflects fiercer competition in the AI market" },
  { "وسط تصاعد التوترات التجارية بين بكين وواشنطن", "amid rising trade tensions between Beijing and Washington" },
  { "بعد أشهر من التكهنات حول خططها", "after months of speculation about its plans" },
  { "ضمن مساعيها لتعزيز قدراتها في مجال الحوسبة", "as part of its drive to build up its computing capabilities" },
  { "مما أثار اهتمام المستثمرين في الأسواق الآسيوية", "which drew the interest of investors in Asian markets" },
};

/* Why a share price moved */
static const Pair share_reasons[] = {
  { "بعد إعلان نتائج فصلية فاقت توقعات المحللين", "after quarterly results that beat analysts' expectations" },
  { "مدفوعًا بتفاؤل المستثمرين بخططها في الذكاء الاصطناعي", "driven by investors' optimism about its AI plans" },
  { "عقب الكشف عن نموذج جديد للذكاء الاصطناعي", "after it unveiled a new AI model" },
};

static const Pair leads[] = {
  { "", "" },
  { "", "" },
  { "قالت مصادر مطلعة إن ", "Informed sources said that " },
  { "ذكرت تقارير إعلامية أن ", "Media reports said that " },
  { "أكد مسؤولون أن ", "Officials confirmed that " },
};

static const Pair tails[] = {
  { "", "" },
  { "، وفقًا لمصادر مطلعة", ", according to informed sources" },
  { "، بحسب بيان الشركة", ", according to the company's statement" },
  { "، بحسب ما نقلته وكالة رويترز", ", as reported by Reuters" },
  { "، في إطار سباقها مع المنافسين الأمريكيين", ", as part of its race with US rivals" },
  { "، متجاوزة توقعات المحللين", ", beating analysts' expectations" },
  { "، وهو رقم قياسي في تاريخها", ", a record in its history" },
};

static const Pair title_topics[] = {
  { "على الذكاء الاصطناعي", "on AI" },
  { "لغزو سوق الذكاء الاصطناعي", "to conquer the AI market" },
  { "في سباق الرقائق", "in the chip race" },
  { "لتعزيز الحوسبة السحابية", "to boost cloud computing" },
};

/* Dates */

char *
synth_date_to_string (const Date *d)
{
  switch (d->precision)
    {
    case PRECISION_YEAR:
      return g_strdup_printf ("%04d", d->year);
    case PRECISION_MONTH:
      return g_strdup_printf ("%04d-%02d", d->year, d->month);
    case PRECISION_DAY:
      return g_strdup_printf ("%04d-%02d-%02d", d->year, d->month, d->day);
    case PRECISION_EARLY:
      return g_strdup_printf ("%04d-early", d->year);
    case PRECISION_MID:
      return g_strdup_printf ("%04d-mid", d->year);
    case PRECISION_LATE:
      return g_strdup_printf ("%04d-late", d->year);
    default:
      g_assert_not_reached ();
    }
}

/* "in February 2025", "في فبراير 2025" */
static void
date_phrase (const Date  *d,
             char       **ar,
             char       **en)
{
  const Pair *month = &months[d->month - 1];

  switch (d->precision)
    {
    case PRECISION_YEAR:
      *ar = g_strdup_printf ("خلال عام %d", d->year);
      *en = g_strdup_printf ("in %d", d->year);
      break;
    case PRECISION_MONTH:
      *ar = g_strdup_printf ("في %s %d", month->ar, d->year);
      *en = g_strdup_printf ("in %s %d", month->en, d->year);
      break;
    case PRECISION_DAY:
      *ar = g_strdup_printf ("في %d %s %d", d->day, month->ar, d->year);
      *en = g_strdup_printf ("on %d %s %d", d->day, month->en, d->year);
      break;
    case PRECISION_EARLY:
      *ar = g_strdup_printf ("في أوائل %d", d->year);
      *en = g_strdup_printf ("in early %d", d->year);
      break;
    case PRECISION_MID:
      *ar = g_strdup_printf ("في منتصف %d", d->year);
      *en = g_strdup_printf ("in mid-%d", d->year);
      break;
    case PRECISION_LATE:
      *ar = g_strdup_printf ("في أواخر %d", d->year);
      *en = g_strdup_printf ("in late %d", d->year);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* "Feb 2025", "فبراير 2025", for labels */
static void
date_short (const Date  *d,
            char       **ar,
            char       **en)
{
  const Pair *month = &months[d->month - 1];

  switch (d->precision)
    {
    case PRECISION_YEAR:
      *ar = g_strdup_printf ("%d", d->year);
      *en = g_strdup_printf ("%d", d->year);
      break;
    case PRECISION_MONTH:
      *ar = g_strdup_printf ("%s %d", month->ar, d->year);
      *en = g_strdup_printf ("%.3s %d", month->en, d->year);
      break;
    case PRECISION_DAY:
      *ar = g_strdup_printf ("%d %s %d", d->day, month->ar, d->year);
      *en = g_strdup_printf ("%d %.3s %d", d->day, month->en, d->year);
      break;
    case PRECISION_EARLY:
      *ar = g_strdup_printf ("أوائل %d", d->year);
      *en = g_strdup_printf ("early %d", d->year);
      break;
    case PRECISION_MID:
      *ar = g_strdup_printf ("منتصف %d", d->year);
      *en = g_strdup_printf ("mid %d", d->year);
      break;
    case PRECISION_LATE:
      *ar = g_strdup_printf ("أواخر %d", d->year);
      *en = g_strdup_printf ("late %d", d->year);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
period_phrase (const Period  *p,
               char         **ar,
               char         **en)
{
  g_autofree char *start_ar = NULL, *start_en = NULL, *end_ar = NULL, *end_en = NULL;

  if (!p->has_end)
    {
      date_phrase (&p->start, ar, en);
      return;
    }

  date_short (&p->start, &start_ar, &start_en);
  date_short (&p->end, &end_ar, &end_en);

  if (p->start.precision == PRECISION_YEAR)
    {
      *ar = g_strdup_printf ("بين عامي %d و%d", p->start.year, p->end.year);
      *en = g_strdup_printf ("between %d and %d", p->start.year, p->end.year);
    }
  else
    {
      *ar = g_strdup_printf ("في الفترة من %s إلى %s", start_ar, end_ar);
      *en = g_strdup_printf ("from %s to %s", start_en, end_en);
    }
}

void
synth_period_short (const Period  *p,
                    char         **ar,
                    char         **en)
{
  g_autofree char *start_ar = NULL, *start_en = NULL, *end_ar = NULL, *end_en = NULL;

  date_short (&p->start, &start_ar, &start_en);
  if (!p->has_end)
    {
      *ar = g_steal_pointer (&start_ar);
      *en = g_steal_pointer (&start_en);
      return;
    }

  date_short (&p->end, &end_ar, &end_en);
  *ar = g_strdup_printf ("%s–%s", start_ar, end_ar);
  *en = g_strdup_printf ("%s–%s", start_en, end_en);
}

/* Amounts */

/* 52.44, 3, 0.5: at most two decimals, no trailing zeros */
static char *
format_short (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *p;

  g_ascii_formatd (buf, sizeof buf, "%.2f", value);
  p = buf + strlen (buf) - 1;
  while (*p == '0')
    *p-- = '\0';
  if (*p == '.')
    *p = '\0';

  return g_strdup (buf);
}

/* "3.5 مليار يوان" and "3.5 billion yuan" */
static void
amount_words (double       value,
              const char  *currency,
              char       **ar,
              char       **en)
{
  static const struct { double scale; const char *ar; const char *en; } scales[] = {
    { 1e9, " مليار", " billion" },
    { 1e6, " مليون", " million" },
    { 1e3, " ألف", " thousand" },
    { 1, "", "" },
  };
  const char *unit_ar = "", *unit_en = "";
  g_autofree char *number = NULL;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (scales) - 1 && value < scales[i].scale; i++)
    ;
  number = format_short (value / scales[i].scale);

  if (g_strcmp0 (currency, "CNY") == 0)
    unit_ar = " يوان", unit_en = " yuan";
  else if (g_strcmp0 (currency, "USD") == 0)
    unit_ar = " دولار", unit_en = " dollars";

  *ar = g_strdup_printf ("%s%s%s", number, scales[i].ar, unit_ar);
  *en = g_strdup_printf ("%s%s%s", number, scales[i].en, unit_en);
}

static const Pair *
qualifier_words (GRand     *rand,
                 Qualifier  qualifier)
{
  static const Pair exact[] = { { "", "" } };
  static const Pair about[] = {
    { "نحو ", "about " }, { "ما يقرب من ", "nearly " }, { "حوالي ", "around " },
  };
  static const Pair at_least[] = {
    { "ما لا يقل عن ", "no less than " }, { "على الأقل ", "at least " },
  };
  static const Pair more_than[] = {
    { "أكثر من ", "more than " }, { "ما يزيد على ", "over " },
  };
  static const Pair up_to[] = {
    { "ما يصل إلى ", "up to " }, { "حتى ", "as much as " },
  };

  switch (qualifier)
    {
    case QUALIFIER_ABOUT:
      return PICK (rand, about);
    case QUALIFIER_AT_LEAST:
      return PICK (rand, at_least);
    case QUALIFIER_MORE_THAN:
      return PICK (rand, more_than);
    case QUALIFIER_UP_TO:
      return PICK (rand, up_to);
    case QUALIFIER_EXACT:
    case QUALIFIER_PLANNED:
    default:
      return &exact[0];
    }
}

/* Sentences */

/* "علي بابا تخطط لإنفاق 52 مليار دولار على الذكاء الاصطناعي" */
void
synth_source_title (GRand            *rand,
                    const EntitySpec *e,
                    double            amount,
                    const char       *currency,
                    char            **ar,
                    char            **en)
{
  const Pair *verb = PICK (rand, capex_verbs);
  const Pair *topic = PICK (rand, title_topics);
  g_autofree char *amount_ar = NULL, *amount_en = NULL;

  amount_words (amount, currency, &amount_ar, &amount_en);
  *ar = g_strdup_printf ("%s %s %s %s", e->ar, verb->ar, amount_ar, topic->ar);
  *en = g_strdup_printf ("%s %s %s %s", e->en, verb->en, amount_en, topic->en);
}

/* Builds one cited sentence, in Arabic and English, for @figure. Each
 * citation draws its own wording: two sources rarely say it alike. */
void
synth_citation_sentence (GRand            *rand,
                         const Figure     *figure,
                         const EntitySpec *e,
                         guint             conversion,
                         const Period     *period,
                         char            **ar,
                         char            **en)
{
  const Pair *lead = PICK (rand, leads);
  const Pair *tail = PICK (rand, tails);
  const Pair *qualifier = qualifier_words (rand, figure->qualifier);
  const char *subject_en = e->subject_en != NULL ? e->subject_en : e->en;
  g_autofree char *subject_ar = NULL;
  g_autofree char *when_ar = NULL, *when_en = NULL;
  g_autofree char *amount_ar = NULL, *amount_en = NULL;
  g_autofree char *number = NULL, *max = NULL;

  if (e->subject_ar != NULL)
    subject_ar = g_strdup (e->subject_ar);
  else if (strcmp (e->kind, "company") == 0)
    subject_ar = g_strdup_printf ("شركة %s", e->ar);
  else
    subject_ar = g_strdup (e->ar);
  period_phrase (period, &when_ar, &when_en);

  if (figure->currency != NULL)
    {
      const Pair *verb, *object;
      g_autofree char *conversion_ar = g_strdup (""), *conversion_en = g_strdup ("");

      switch (figure->kind)
        {
        case KIND_INVESTMENT:
          verb = PICK (rand, investment_verbs), object = PICK (rand, investment_objects);
          break;
        case KIND_CAMPAIGN_BUDGET:
          verb = PICK (rand, campaign_verbs), object = PICK (rand, campaign_objects);
          break;
        case KIND_PRIZE:
          verb = PICK (rand, prize_verbs), object = PICK (rand, prize_objects);
          break;
        case KIND_REVENUE:
          verb = PICK (rand, revenue_verbs), object = PICK (rand, revenue_objects);
          break;
        case KIND_IPO_PROCEEDS:
          verb = PICK (rand, ipo_verbs), object = PICK (rand, ipo_objects);
          break;
        case KIND_CAPEX:
        case KIND_MARKET_SHARE:
        case KIND_SHARE_PRICE_CHANGE:
        case KIND_DOWNLOADS:
        case KIND_MODEL_COUNT:
        case KIND_FORECAST:
        case KIND_EVENT:
        case N_KINDS:
        default:
          verb = PICK (rand, capex_verbs), object = PICK (rand, capex_objects);
          break;
        }

      amount_words (figure->value, figure->currency, &amount_ar, &amount_en);

      if (conversion < figure->n_conversions)
        {
          const Pair *about = qualifier_words (rand, figure->converted_qualifier[conversion]);
          g_autofree char *converted_ar = NULL, *converted_en = NULL;

          amount_words (figure->converted[conversion], figure->converted_currency,
                        &converted_ar, &converted_en);
          g_free (conversion_ar);
          g_free (conversion_en);
          conversion_ar = g_strdup_printf (" (ما يعادل %s%s)", about->ar, converted_ar);
          conversion_en = g_strdup_printf (" (equivalent to %s%s)", about->en, converted_en);
        }

      *ar = g_strdup_printf ("%s%s %s %s%s%s %s %s%s.", lead->ar, subject_ar, verb->ar,
                             qualifier->ar, amount_ar, conversion_ar, object->ar, when_ar,
                             tail->ar);
      *en = g_strdup_printf ("%s%s %s %s%s%s %s %s%s.", lead->en, subject_en, verb->en,
                             qualifier->en, amount_en, conversion_en, object->en, when_en,
                             tail->en);
      return;
    }

  number = format_short (figure->value);
  max = format_short (figure->max);

  switch (figure->kind)
    {
    case KIND_MARKET_SHARE:
      {
        const Pair *market = PICK (rand, markets);

        *ar = g_strdup_printf ("%sحصة %s من %s بلغت %s%s%% %s%s.", lead->ar, e->ar, market->ar,
                               qualifier->ar, number, when_ar, tail->ar);
        *en = g_strdup_printf ("%s%s's share of %s reached %s%s%% %s%s.", lead->en, subject_en,
                               market->en, qualifier->en, number, when_en, tail->en);
      }
      break;

    case KIND_SHARE_PRICE_CHANGE:
      {
        const Pair *reason = PICK (rand, share_reasons);

        *ar = g_strdup_printf ("%sسهم %s ارتفع بنسبة %s%s%% %s %s%s.", lead->ar, subject_ar,
                               qualifier->ar, number, when_ar, reason->ar, tail->ar);
        *en = g_strdup_printf ("%s%s's shares rose by %s%s%% %s %s%s.", lead->en, subject_en,
                               qualifier->en, number, when_en, reason->en, tail->en);
      }
      break;

    case KIND_DOWNLOADS:
      amount_words (figure->value, NULL, &amount_ar, &amount_en);
      *ar = g_strdup_printf ("%sعدد تنزيلات %s بلغ %s%s عملية تنزيل %s%s.", lead->ar, e->ar,
                             qualifier->ar, amount_ar, when_ar, tail->ar);
      *en = g_strdup_printf ("%s%s reached %s%s downloads %s%s.", lead->en, subject_en,
                             qualifier->en, amount_en, when_en, tail->en);
      break;

    case KIND_MODEL_COUNT:
      *ar = g_strdup_printf ("%s%s أصدرت %s%s نموذجًا مفتوحًا للذكاء الاصطناعي %s%s.",
                             lead->ar, subject_ar, qualifier->ar, number, when_ar, tail->ar);
      *en = g_strdup_printf ("%s%s released %s%s open AI models %s%s.", lead->en, subject_en,
                             qualifier->en, number, when_en, tail->en);
      break;

    case KIND_FORECAST:
      if (figure->max > figure->value)
        {
          *ar = g_strdup_printf ("توقعت تقارير اقتصادية أن يسهم الذكاء الاصطناعي لدى %s في "
                                 "زيادة الناتج المحلي الإجمالي بما يتراوح بين %s و%s نقطة "
                                 "أساس بحلول عام %d.", e->ar, number, max, period->start.year);
          *en = g_strdup_printf ("Economic reports forecast that AI at %s will add between %s "
                                 "and %s basis points to gross domestic product by %d.",
                                 subject_en, number, max, period->start.year);
        }
      else
        {
          *ar = g_strdup_printf ("توقع محللون أن ينمو سوق الذكاء الاصطناعي لدى %s بنسبة "
                                 "%s%s%% %s%s.", e->ar, qualifier->ar, number, when_ar,
                                 tail->ar);
          *en = g_strdup_printf ("Analysts expect the AI market at %s to grow by %s%s%% "
                                 "%s%s.", subject_en, qualifier->en, number, when_en, tail->en);
        }
      break;

    case KIND_EVENT:
    case KIND_CAPEX:
    case KIND_INVESTMENT:
    case KIND_CAMPAIGN_BUDGET:
    case KIND_PRIZE:
    case KIND_REVENUE:
    case KIND_IPO_PROCEEDS:
    case N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

void
synth_event_sentence (GRand            *rand,
                      const Pair       *event,
                      const EntitySpec *e,
                      const Period     *period,
                      char            **ar,
                      char            **en)
{
  const Pair *lead = PICK (rand, leads);
  const Pair *context = PICK (rand, contexts);
  const Pair *tail = PICK (rand, tails);
  const char *subject_ar = e->subject_ar != NULL ? e->subject_ar : e->ar;
  const char *subject_en = e->subject_en != NULL ? e->subject_en : e->en;
  g_autofree char *when_ar = NULL, *when_en = NULL;

  period_phrase (period, &when_ar, &when_en);
  *ar = g_strdup_printf ("%s%s %s %s %s%s.", lead->ar, subject_ar, event->ar, when_ar,
                         context->ar, tail->ar);
  *en = g_strdup_printf ("%s%s %s %s %s%s.", lead->en, subject_en, event->en, when_en,
                         context->en, tail->en);
}

/* outlay-synthetic.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "outlay-synthetic.h"
#include "outlay-synthetic-private.h"

/* Writes synthetic datasets in the format of docs/dataset-format.md, shaped
 * like data/china-ai-spending.json: the same entities and kinds of sources,
 * every fact kind, every qualifier and date precision, conversions, links
 * between facts, and citations whose Arabic quote and English translation
 * are built from the same phrase pairs, so that both read as sentences.
 *
 * The output depends only on the fact count and the seed: every random
 * choice comes from one GRand, in a fixed order (so never two draws in one
 * argument list, whose order of evaluation C leaves open). This file makes
 * the choices and lays out the dataset; outlay-synthetic-words.c writes
 * the sentences and outlay-synthetic-writer.c the JSON. */

/* Twenty companies, seven products, two governments and a group: thirty. */
static const EntitySpec entity_specs[] = {
  { "bytedance", "company", "ByteDance", "بايت دانس", "#1c71d8", NULL },
  { "alibaba", "company", "Alibaba", "علي بابا", "#ff7800", NULL },
  { "tencent", "company", "Tencent", "تينسنت", "#26a269", NULL },
  { "baidu", "company", "Baidu", "بايدو", "#9141ac", NULL },
  { "deepseek", "company", "DeepSeek", "ديب سيك", "#2190a4", NULL },
  { "zhipu", "company", "Z.ai (Zhipu)", "تشيبو", "#986a44", NULL },
  { "minimax", "company", "MiniMax", "ميني ماكس", "#e5a50a", NULL },
  { "moonshot", "company", "Moonshot AI", "مون شوت", "#c061cb", NULL },
  { "huawei", "company", "Huawei", "هواوي", "#e01b24", NULL },
  { "xiaomi", "company", "Xiaomi", "شاومي", "#f66151", NULL },
  { "iflytek", "company", "iFlytek", "آي فلاي تك", "#3584e4", NULL },
  { "sensetime", "company", "SenseTime", "سينس تايم", "#813d9c", NULL },
  { "kuaishou", "company", "Kuaishou", "كوايشو", "#f5c211", NULL },
  { "meituan", "company", "Meituan", "ميتوان", "#ffa348", NULL },
  { "jd", "company", "JD.com", "جيه دي دوت كوم", "#a51d2d", NULL },
  { "cambricon", "company", "Cambricon", "كامبريكون", "#63452c", NULL },
  { "smic", "company", "SMIC", "إس إم آي سي", "#5e5c64", NULL },
  { "nvidia", "company", "Nvidia", "إنفيديا", "#2ec27e", NULL },
  { "meta", "company", "Meta", "ميتا", "#dc8add", NULL },
  { "apple", "company", "Apple", "أبل", "#9a9996", NULL },
  { "doubao", "product", "Doubao", "دوباو", "#62a0ea", "bytedance" },
  { "qwen", "product", "Qwen", "كوين", "#ffbe6f", "alibaba" },
  { "yuanbao", "product", "Yuanbao", "يوانباو", "#57e389", "tencent" },
  { "hunyuan", "product", "Hunyuan", "هونيوان", "#8ff0a4", "tencent" },
  { "ernie", "product", "Ernie Bot", "إرني بوت", "#f9f06b", "baidu" },
  { "kimi", "product", "Kimi", "كيمي", "#dc8add", "moonshot" },
  { "kling", "product", "Kling", "كلينغ", "#cdab8f", "kuaishou" },
  { "china", "government", "China (government)", "الصين (الحكومة)", "#c01c28", NULL,
    "the Chinese government", "الحكومة الصينية" },
  { "us", "government", "United States (government)", "الولايات المتحدة (الحكومة)", "#3d3846", NULL,
    "the US government", "الحكومة الأمريكية" },
  { "chinese-open-models", "group", "Chinese open AI models", "النماذج الصينية المفتوحة", "#99c1f1", NULL },
};

#define N_COMPANIES 20
#define FIRST_PRODUCT 20
#define N_PRODUCTS 7
#define FIRST_GOVERNMENT 27
#define N_GOVERNMENTS 2
#define GROUP 29

#define N_SOURCES 50

static const Pair publishers[] = {
  { "الجزيرة نت", "Al Jazeera Net" },
  { "الشرق للأعمال", "Asharq Business" },
  { "العربية", "Al Arabiya" },
  { "سكاي نيوز عربية", "Sky News Arabia" },
  { "الاقتصادية", "Al-Eqtisadiah" },
  { "الشرق الأوسط", "Asharq Al-Awsat" },
  { "الخليج", "Al Khaleej" },
  { "البيان", "Al Bayan" },
  { "أرقام", "Argaam" },
  { "مصراوي", "Masrawy" },
  { "اليوم السابع", "Youm7" },
  { "سي إن إن بالعربية (ترجمة)", "CNN Arabic (translation)" },
  { "بي بي سي نيوز عربي", "BBC News Arabic" },
  { "اندبندنت عربية", "Independent Arabia" },
  { "الأهرام", "Al-Ahram" },
  { "موقع إخباري عربي (خبر عاجل)", "Arabic news site (urgent item)" },
};

static const char *agencies[] = {
  "Reuters", "Bloomberg", "AFP", "Xinhua", "CNBC", "Financial Times",
  "South China Morning Post",
};

typedef struct
{
  const char *name;
  Pair        label;
  guint       weight;  /* out of 100 */
} KindSpec;

static const KindSpec kind_specs[N_KINDS] = {
  { "capex", { "الإنفاق الرأسمالي", "capex" }, 18 },
  { "investment", { "استثمار", "investment" }, 9 },
  { "campaign-budget", { "ميزانية الحملة", "campaign budget" }, 8 },
  { "prize", { "الجائزة لكل فائز", "prize per winner" }, 3 },
  { "revenue", { "الإيرادات", "revenue" }, 12 },
  { "ipo-proceeds", { "حصيلة الطرح العام", "IPO proceeds" }, 3 },
  { "market-share", { "الحصة السوقية", "market share" }, 7 },
  { "share-price-change", { "تغير سعر السهم", "share price change" }, 4 },
  { "downloads", { "التنزيلات", "downloads" }, 4 },
  { "model-count", { "النماذج المنشورة", "models released" }, 3 },
  { "forecast", { "توقع", "forecast" }, 4 },
  { "event", { "حدث", "event" }, 25 },
};

static const Pair events[] = {
  { "أطلقت نموذجًا جديدًا للذكاء الاصطناعي", "launched a new AI model" },
  { "أعلنت عن شراكة استراتيجية مع شركة صينية", "announced a strategic partnership with a Chinese company" },
  { "افتتحت مركز بيانات جديدًا في شنغهاي", "opened a new data centre in Shanghai" },
  { "كشفت عن رقاقة جديدة مخصصة للذكاء الاصطناعي", "unveiled a new chip designed for AI" },
  { "طرحت أسهمها للاكتتاب العام في هونغ كونغ", "floated its shares in Hong Kong" },
  { "حصلت على موافقة الجهات التنظيمية لتشغيل روبوت الدردشة", "won regulatory approval to run its chatbot" },
  { "أعلنت خفض أسعار خدماتها السحابية", "announced price cuts for its cloud services" },
  { "بدأت حملة ترويجية بمناسبة رأس السنة القمرية", "started a Lunar New Year promotional campaign" },
  { "أعلنت استقالة رئيس وحدة الذكاء الاصطناعي", "announced the resignation of the head of its AI unit" },
};

static const Pair government_events[] = {
  { "رفعت الحظر عن بيع المعالجات المتقدمة لعملاء معتمدين", "lifted the ban on selling advanced processors to approved customers" },
  { "فرضت قيودًا جديدة على تصدير الرقائق", "imposed new restrictions on chip exports" },
  { "أعلنت خطة وطنية لتطوير الذكاء الاصطناعي", "announced a national plan to develop AI" },
  { "أصدرت قواعد جديدة لتنظيم روبوتات الدردشة", "issued new rules to regulate chatbots" },
};

static const char *period_notes[] = {
  "\"This year\" in an article of the same year.",
  "\"Last month\" in the article; resolved from its publication date.",
  "Not dated in the article; placed in the month it reports the figure.",
  "\"Over the next three years\" from the announcement: a multi-year total.",
  "\"Last September\" in an article of the following February.",
  "The article gives only a weekday; resolved from the publication date.",
};

static const char *published_notes[] = {
  "The article gives only \"Monday\"; resolved from the results it reports the week before.",
  "Undated; the page's archive places it in this month.",
  "\"Today\" in an article whose date is only in the page's metadata.",
};

typedef struct
{
  GRand  *rand;
  Writer  w;
  char   *source_ids[N_SOURCES];
} Gen;

static guint
pick (Gen   *gen,
      guint  n)
{
  return (guint)g_rand_int_range (gen->rand, 0, (gint32)n);
}

static gboolean
chance (Gen    *gen,
        double  p)
{
  return g_rand_double (gen->rand) < p;
}

static Date
random_date (Gen *gen,
             int  first_year,
             int  last_year)
{
  Date d = { 0 };
  guint r = pick (gen, 100);

  d.year = g_rand_int_range (gen->rand, first_year, last_year + 1);
  d.month = g_rand_int_range (gen->rand, 1, 13);
  d.day = g_rand_int_range (gen->rand, 1, g_date_get_days_in_month (d.month, d.year) + 1);

  if (r < 30)
    d.precision = PRECISION_YEAR;
  else if (r < 60)
    d.precision = PRECISION_MONTH;
  else if (r < 85)
    d.precision = PRECISION_DAY;
  else if (r < 90)
    d.precision = PRECISION_EARLY;
  else if (r < 95)
    d.precision = PRECISION_MID;
  else
    d.precision = PRECISION_LATE;

  return d;
}

/* Years weighted towards the present, as news about spending is. */
static int
random_year (Gen *gen)
{
  static const int years[] = {
    2015, 2017, 2019, 2021, 2022, 2023, 2023, 2024, 2024, 2024, 2025, 2025,
    2025, 2025, 2026, 2026, 2026, 2027, 2028, 2030,
  };

  return *PICK (gen->rand, years);
}

/* A single date most of the time; else a span of years (a multi-year
 * total), of months or of days. Every end is after the start. */
static Period
random_period (Gen *gen)
{
  Period p = { 0 };
  guint r = pick (gen, 100);

  p.start = random_date (gen, 2015, 2030);
  p.start.year = random_year (gen);
  if (p.start.month == 2 && p.start.day == 29)
    p.start.day = 28;

  if (r < 65)
    return p;

  p.has_end = TRUE;
  p.end = p.start;

  if (r < 80)
    {
      p.start.precision = p.end.precision = PRECISION_YEAR;
      p.end.year = p.start.year + g_rand_int_range (gen->rand, 1, 4);
    }
  else if (r < 92)
    {
      int months_later = g_rand_int_range (gen->rand, 1, 7);

      p.start.precision = p.end.precision = PRECISION_MONTH;
      p.end.month = p.start.month + months_later;
      if (p.end.month > 12)
        {
          p.end.month -= 12;
          p.end.year++;
        }
    }
  else
    {
      GDate date;

      p.start.precision = p.end.precision = PRECISION_DAY;
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, (GDateDay)p.start.day, (GDateMonth)p.start.month,
                      (GDateYear)p.start.year);
      g_date_add_days (&date, (guint)g_rand_int_range (gen->rand, 1, 31));
      p.end.year = g_date_get_year (&date);
      p.end.month = g_date_get_month (&date);
      p.end.day = g_date_get_day (&date);
    }

  return p;
}

/* Numbers */

static double
round_significant (double value,
                   int    digits)
{
  double scale;

  if (value <= 0)
    return 0;

  scale = pow (10, floor (log10 (value)) - digits + 1);
  return round (value / scale) * scale;
}

static const char *qualifier_names[] = {
  "exact", "about", "at-least", "more-than", "up-to", "planned",
};

static Qualifier
random_qualifier (Gen      *gen,
                  gboolean  allow_planned)
{
  guint r = pick (gen, 100);

  if (r < 40)
    return QUALIFIER_EXACT;
  if (r < 63)
    return QUALIFIER_ABOUT;
  if (r < 73)
    return QUALIFIER_AT_LEAST;
  if (r < 88)
    return QUALIFIER_MORE_THAN;
  if (r < 98 || !allow_planned)
    return QUALIFIER_UP_TO;
  return QUALIFIER_PLANNED;
}

static void
date_member (Gen        *gen,
             const char *name,
             const Date *date)
{
  g_autofree char *text = synth_date_to_string (date);

  writer_string_member (&gen->w, name, text);
}

/* The dataset */

static void
write_entities (Gen *gen)
{
  writer_key (&gen->w, "entities");
  writer_begin (&gen->w, '[');

  for (guint i = 0; i < G_N_ELEMENTS (entity_specs); i++)
    {
      const EntitySpec *e = &entity_specs[i];

      writer_begin (&gen->w, '{');
      writer_string_member (&gen->w, "id", e->id);
      writer_string_member (&gen->w, "kind", e->kind);
      writer_text_member (&gen->w, "name", e->en, e->ar);
      writer_string_member (&gen->w, "color", e->color);
      if (e->parent != NULL)
        writer_string_member (&gen->w, "parent", e->parent);
      writer_end (&gen->w, '}');
    }

  writer_end (&gen->w, ']');
}

static void
write_sources (Gen *gen)
{
  writer_key (&gen->w, "sources");
  writer_begin (&gen->w, '[');

  for (guint i = 0; i < N_SOURCES; i++)
    {
      const Pair *publisher = PICK (gen->rand, publishers);
      const EntitySpec *e = &entity_specs[pick (gen, N_COMPANIES)];
      char *id = g_strdup_printf ("src-%02u-%s", i, e->id);
      g_autofree char *title = NULL, *title_en = NULL;
      Date published = random_date (gen, 2024, 2026);
      double amount;
      const char *currency;

      /* Articles are dated to the day, or to the month when the page shows
       * no more; now and then only to a season or a year. */
      if (published.precision == PRECISION_YEAR && chance (gen, 0.8))
        published.precision = PRECISION_DAY;
      if (published.precision == PRECISION_MONTH && chance (gen, 0.5))
        published.precision = PRECISION_DAY;

      amount = round_significant (g_rand_double_range (gen->rand, 1e8, 1e11), 2);
      currency = chance (gen, 0.5) ? "USD" : "CNY";
      synth_source_title (gen->rand, e, amount, currency, &title, &title_en);

      gen->source_ids[i] = id;

      writer_begin (&gen->w, '{');
      writer_string_member (&gen->w, "id", id);
      writer_text_member (&gen->w, "publisher", publisher->en, publisher->ar);
      date_member (gen, "published", &published);
      if (chance (gen, 0.2))
        {
          writer_true_member (&gen->w, "published_inferred");
          writer_string_member (&gen->w, "published_note", *PICK (gen->rand, published_notes));
        }
      writer_string_member (&gen->w, "language", "ar");
      writer_string_member (&gen->w, "title", title);
      if (chance (gen, 0.8))
        writer_string_member (&gen->w, "title_en", title_en);
      if (chance (gen, 0.3))
        {
          writer_key (&gen->w, "via");
          writer_begin (&gen->w, '[');
          writer_string (&gen->w, *PICK (gen->rand, agencies));
          if (chance (gen, 0.3))
            writer_string (&gen->w, *PICK (gen->rand, agencies));
          writer_end (&gen->w, ']');
        }
      if (chance (gen, 0.5))
        {
          guint site = pick (gen, G_N_ELEMENTS (publishers));
          guint32 article = g_rand_int (gen->rand);
          g_autofree char *url = g_strdup_printf ("https://news%u.example/tech/%s-%u",
                                                  site, e->id, article);

          writer_string_member (&gen->w, "url", url);
        }
      writer_end (&gen->w, '}');
    }

  writer_end (&gen->w, ']');
}

/* What later facts need to know of an earlier one to point at it */
typedef struct
{
  char       *id;
  double      value;
  const char *currency;
  Kind        kind;
  guint       entity;
} FactInfo;

/* Money facts that are not themselves parts: candidates for a whole that a
 * later fact is part of, or for the facts a total adds up. Kept to the
 * most recent ones, as related facts sit near each other in a file. */
#define N_RECENT_WHOLES 64

typedef struct
{
  FactInfo *facts;
  guint     n_facts;
  guint     recent_wholes[N_RECENT_WHOLES];
  guint     n_recent_wholes;
} Facts;

static Kind
random_kind (Gen *gen)
{
  guint r = pick (gen, 100);
  guint sum = 0;

  for (Kind k = 0; k < N_KINDS; k++)
    {
      sum += kind_specs[k].weight;
      if (r < sum)
        return k;
    }

  return KIND_EVENT;
}

static gboolean
kind_is_money (Kind kind)
{
  return kind <= KIND_IPO_PROCEEDS;
}

/* Who a fact is about, and the product if it concerns one */
static void
random_entity (Gen   *gen,
               Kind   kind,
               guint *entity,
               int   *product)
{
  guint r = pick (gen, 100);

  *product = -1;

  if ((kind == KIND_EVENT || kind == KIND_FORECAST || kind == KIND_INVESTMENT) && r < 12)
    {
      *entity = FIRST_GOVERNMENT + pick (gen, N_GOVERNMENTS);
      return;
    }

  if ((kind == KIND_MARKET_SHARE || kind == KIND_DOWNLOADS || kind == KIND_MODEL_COUNT) && r < 20)
    {
      *entity = GROUP;
      return;
    }

  if (r < 70)
    {
      *entity = pick (gen, N_COMPANIES);
      return;
    }

  *product = (int)(FIRST_PRODUCT + pick (gen, N_PRODUCTS));
  for (guint i = 0; i < N_COMPANIES; i++)
    if (strcmp (entity_specs[i].id, entity_specs[*product].parent) == 0)
      *entity = i;
}

static double
random_money (Gen  *gen,
              Kind  kind)
{
  double low = 1e8, high = 5e11;

  if (kind == KIND_PRIZE)
    low = 1e3, high = 1e5;
  else if (kind == KIND_CAMPAIGN_BUDGET)
    low = 1e7, high = 1e10;

  /* Uniform in the logarithm: as many millions as billions */
  return round_significant (exp (g_rand_double_range (gen->rand, log (low), log (high))),
                            2 + (int)pick (gen, 3));
}

static Figure
random_figure (Gen         *gen,
               Kind         kind,
               const Facts *facts,
               int          whole)
{
  Figure f = { .kind = kind };

  f.qualifier = random_qualifier (gen, kind_is_money (kind));

  switch (kind)
    {
    case KIND_CAPEX:
    case KIND_INVESTMENT:
    case KIND_CAMPAIGN_BUDGET:
    case KIND_PRIZE:
    case KIND_REVENUE:
    case KIND_IPO_PROCEEDS:
      if (whole >= 0)
        {
          const FactInfo *w = &facts->facts[whole];

          f.currency = w->currency;
          f.value = round_significant (w->value * g_rand_double_range (gen->rand, 0.1, 0.7), 2);
        }
      else
        {
          f.currency = chance (gen, 0.7) ? "CNY" : "USD";
          f.value = random_money (gen, kind);
        }
      f.max = f.value;

      /* The rate each source used: 7.0 to 7.35 yuan to the dollar */
      f.n_conversions = chance (gen, 0.4) ? (chance (gen, 0.25) ? 2 : 1) : 0;
      f.converted_currency = strcmp (f.currency, "CNY") == 0 ? "USD" : "CNY";
      for (guint i = 0; i < f.n_conversions; i++)
        {
          double rate = g_rand_double_range (gen->rand, 7.0, 7.35);

          f.converted[i] = round_significant (strcmp (f.currency, "CNY") == 0 ? f.value / rate
                                                                              : f.value * rate,
                                              3 - (int)i);
          f.converted_qualifier[i] = chance (gen, 0.6) ? QUALIFIER_EXACT : QUALIFIER_ABOUT;
        }
      break;

    case KIND_MARKET_SHARE:
      f.unit = "percent";
      f.value = round (g_rand_double_range (gen->rand, 0.5, 95) * 10) / 10;
      f.max = f.value;
      break;

    case KIND_SHARE_PRICE_CHANGE:
      f.unit = "percent";
      f.value = round (g_rand_double_range (gen->rand, 1, 150));
      f.max = f.value;
      break;

    case KIND_DOWNLOADS:
      f.unit = "count";
      f.value = round_significant (exp (g_rand_double_range (gen->rand, log (1e4), log (2e9))), 2);
      f.max = f.value;
      break;

    case KIND_MODEL_COUNT:
      f.unit = "count";
      f.value = g_rand_int_range (gen->rand, 1, 500);
      f.max = f.value;
      break;

    case KIND_FORECAST:
      if (chance (gen, 0.5))
        {
          f.unit = "basis-points";
          f.qualifier = QUALIFIER_EXACT;
          f.value = 5 * g_rand_int_range (gen->rand, 1, 8);
          f.max = f.value + 5 * g_rand_int_range (gen->rand, 1, 4);
        }
      else
        {
          f.unit = "percent";
          f.value = round (g_rand_double_range (gen->rand, 1, 40) * 10) / 10;
          f.max = f.value;
        }
      break;

    case KIND_EVENT:
    case N_KINDS:
    default:
      break;
    }

  return f;
}

static int
pick_recent_whole (Gen   *gen,
                   Facts *facts,
                   guint  avoid)
{
  guint n = MIN (facts->n_recent_wholes, N_RECENT_WHOLES);
  guint index;

  if (n == 0)
    return -1;

  index = facts->recent_wholes[pick (gen, n)];
  return index == avoid ? -1 : (int)index;
}

static void
id_list_member (Gen        *gen,
                const char *name,
                const int  *indices,
                guint       n,
                Facts      *facts)
{
  writer_key (&gen->w, name);
  writer_begin (&gen->w, '[');
  for (guint i = 0; i < n; i++)
    writer_string (&gen->w, facts->facts[indices[i]].id);
  writer_end (&gen->w, ']');
}

/* Up to @max distinct facts among the thousand before @index */
static guint
pick_earlier (Gen   *gen,
              Facts *facts,
              guint  index,
              guint  max,
              int   *out)
{
  guint n = 0;

  for (guint i = 0; i < max; i++)
    {
      int candidate = index > 0 ? (int)(index - 1 - pick (gen, MIN (index, 1000))) : -1;
      gboolean seen = FALSE;

      for (guint j = 0; j < n; j++)
        seen |= out[j] == candidate;
      if (candidate >= 0 && !seen)
        out[n++] = candidate;
    }

  return n;
}

/* Up to @max distinct recent wholes */
static guint
pick_wholes (Gen   *gen,
             Facts *facts,
             guint  index,
             guint  max,
             int   *out)
{
  guint n = 0;

  for (guint i = 0; i < max; i++)
    {
      int candidate = pick_recent_whole (gen, facts, index);
      gboolean seen = FALSE;

      for (guint j = 0; j < n; j++)
        seen |= out[j] == candidate;
      if (candidate >= 0 && !seen)
        out[n++] = candidate;
    }

  return n;
}

static void
write_fact (Gen   *gen,
            Facts *facts,
            guint  index)
{
  FactInfo *info = &facts->facts[index];
  Kind kind = random_kind (gen);
  Figure figure;
  Period period;
  const Pair *event = NULL;
  g_autofree char *when_ar = NULL, *when_en = NULL;
  g_autofree char *label_ar = NULL, *label_en = NULL;
  const EntitySpec *subject;
  guint sources[3];
  guint n_citations;
  int product;
  int whole = -1;
  int totals[3], related[2];
  guint n_totals = 0, n_related = 0;
  const char *status = NULL;

  random_entity (gen, kind, &info->entity, &product);

  /* One money figure in twelve is a part of an earlier one (85 bn of a
   * 160 bn plan): same entity, kind and currency. One in fifty is the
   * total of earlier ones, as an article states it. */
  if (kind_is_money (kind) && chance (gen, 1.0 / 12))
    {
      whole = pick_recent_whole (gen, facts, index);
      if (whole >= 0)
        {
          kind = facts->facts[whole].kind;
          info->entity = facts->facts[whole].entity;
          product = -1;
        }
    }
  else if (kind_is_money (kind) && chance (gen, 0.02))
    {
      n_totals = pick_wholes (gen, facts, index, 2 + pick (gen, 2), totals);
    }

  if (chance (gen, 0.12))
    n_related = pick_earlier (gen, facts, index, 1 + pick (gen, 2), related);

  subject = &entity_specs[product >= 0 ? (guint)product : info->entity];
  figure = random_figure (gen, kind, facts, whole);
  period = random_period (gen);
  synth_period_short (&period, &when_ar, &when_en);

  info->kind = kind;
  info->value = figure.value;
  info->currency = figure.currency;
  info->id = g_strdup_printf ("%s-%s-%06u", entity_specs[info->entity].id,
                              kind_specs[kind].name, index);

  if (kind_is_money (kind) && whole < 0)
    facts->recent_wholes[facts->n_recent_wholes++ % N_RECENT_WHOLES] = index;

  if (kind == KIND_EVENT)
    {
      event = info->entity >= FIRST_GOVERNMENT && info->entity < FIRST_GOVERNMENT + N_GOVERNMENTS
              ? PICK (gen->rand, government_events) : PICK (gen->rand, events);
      label_ar = g_strdup_printf ("%s %s، %s", subject->ar, event->ar, when_ar);
      label_en = g_strdup_printf ("%s %s, %s", subject->en, event->en, when_en);
    }
  else
    {
      label_ar = g_strdup_printf ("%s لـ%s، %s", kind_specs[kind].label.ar, subject->ar, when_ar);
      label_en = g_strdup_printf ("%s %s, %s", subject->en, kind_specs[kind].label.en, when_en);
    }

  if (kind_is_money (kind) && figure.qualifier != QUALIFIER_PLANNED && chance (gen, 0.25))
    status = "planned";
  else if ((kind == KIND_EVENT && chance (gen, 0.1)) || (kind == KIND_FORECAST && chance (gen, 0.5)))
    status = "expected";
  else if (chance (gen, 0.05))
    status = "actual";

  /* One to three distinct sources; a conversion comes from one of them */
  n_citations = chance (gen, 0.6) ? 1 : chance (gen, 0.75) ? 2 : 3;
  for (guint i = 0; i < n_citations; i++)
    {
      gboolean again;

      do
        {
          sources[i] = pick (gen, N_SOURCES);
          again = FALSE;
          for (guint j = 0; j < i; j++)
            again |= sources[j] == sources[i];
        }
      while (again);
    }
  figure.n_conversions = MIN (figure.n_conversions, n_citations);

  writer_begin (&gen->w, '{');
  writer_string_member (&gen->w, "id", info->id);
  writer_string_member (&gen->w, "kind", kind_specs[kind].name);
  writer_string_member (&gen->w, "entity", entity_specs[info->entity].id);
  if (product >= 0)
    writer_string_member (&gen->w, "product", entity_specs[product].id);
  if (status != NULL)
    writer_string_member (&gen->w, "status", status);

  if (kind != KIND_EVENT)
    {
      writer_key (&gen->w, "amount");
      writer_begin (&gen->w, '{');
      writer_number_member (&gen->w, "value", figure.value);
      if (figure.max > figure.value)
        writer_number_member (&gen->w, "max", figure.max);
      if (figure.currency != NULL)
        writer_string_member (&gen->w, "currency", figure.currency);
      else
        writer_string_member (&gen->w, "unit", figure.unit);
      writer_string_member (&gen->w, "qualifier", qualifier_names[figure.qualifier]);
      writer_end (&gen->w, '}');
    }

  if (figure.n_conversions > 0)
    {
      writer_key (&gen->w, "conversions");
      writer_begin (&gen->w, '[');
      for (guint i = 0; i < figure.n_conversions; i++)
        {
          writer_begin (&gen->w, '{');
          writer_number_member (&gen->w, "value", figure.converted[i]);
          writer_string_member (&gen->w, "currency", figure.converted_currency);
          writer_string_member (&gen->w, "qualifier",
                                qualifier_names[figure.converted_qualifier[i]]);
          writer_string_member (&gen->w, "source", gen->source_ids[sources[i]]);
          writer_end (&gen->w, '}');
        }
      writer_end (&gen->w, ']');
    }

  writer_key (&gen->w, "period");
  writer_begin (&gen->w, '{');
  date_member (gen, "start", &period.start);
  if (period.has_end)
    date_member (gen, "end", &period.end);
  if (chance (gen, 0.3))
    {
      writer_true_member (&gen->w, "inferred");
      writer_string_member (&gen->w, "note", *PICK (gen->rand, period_notes));
    }
  writer_end (&gen->w, '}');

  if (chance (gen, 0.3))
    {
      Date announced = random_date (gen, period.start.year - 1, period.start.year);

      date_member (gen, "announced", &announced);
    }

  writer_text_member (&gen->w, "label", label_en, label_ar);

  if (whole >= 0)
    writer_string_member (&gen->w, "part_of", facts->facts[whole].id);
  if (n_totals > 0)
    id_list_member (gen, "total_of", totals, n_totals, facts);
  if (n_related > 0)
    id_list_member (gen, "related", related, n_related, facts);

  writer_key (&gen->w, "citations");
  writer_begin (&gen->w, '[');
  for (guint i = 0; i < n_citations; i++)
    {
      g_autofree char *quote = NULL, *translation = NULL;

      if (kind == KIND_EVENT)
        synth_event_sentence (gen->rand, event, subject, &period, &quote, &translation);
      else
        synth_citation_sentence (gen->rand, &figure, subject, i, &period, &quote, &translation);
      /* "the Chinese government announced …", but "iFlytek" stays */
      if (g_str_has_prefix (translation, "the "))
        translation[0] = 'T';

      writer_begin (&gen->w, '{');
      writer_string_member (&gen->w, "source", gen->source_ids[sources[i]]);
      writer_string_member (&gen->w, "quote", quote);
      writer_string_member (&gen->w, "language", "ar");
      writer_string_member (&gen->w, "translation", translation);
      writer_end (&gen->w, '}');
    }
  writer_end (&gen->w, ']');

  writer_end (&gen->w, '}');
}

/**
 * outlay_synthetic_generate:
 * @n_facts: how many facts to write
 * @seed: the seed of every random choice
 *
 * Returns: (transfer full): a dataset of @n_facts facts, thirty entities and
 *   fifty sources, the same for the same @n_facts and @seed
 */
GString *
outlay_synthetic_generate (guint   n_facts,
                           guint32 seed)
{
  g_autofree char *title_en = NULL, *title_ar = NULL;
  Facts facts = { 0 };
  Gen gen = { 0 };

  gen.rand = g_rand_new_with_seed (seed);
  /* About 1.3 kB a fact, indented */
  gen.w.out = g_string_sized_new (4096 + (gsize)n_facts * 1400);

  facts.facts = g_new0 (FactInfo, MAX (n_facts, 1));
  facts.n_facts = n_facts;

  title_en = g_strdup_printf ("Synthetic benchmark dataset: %u facts (seed %u)", n_facts, seed);
  title_ar = g_strdup_printf ("مجموعة بيانات اصطناعية لقياس الأداء: %u حقيقة (البذرة %u)",
                              n_facts, seed);

  writer_begin (&gen.w, '{');
  writer_string_member (&gen.w, "format", "outlay-dataset");
  writer_int_member (&gen.w, "version", 1);
  writer_text_member (&gen.w, "title", title_en, title_ar);
  writer_text_member (&gen.w, "description",
               "Generated by outlay-gen-dataset for the loader benchmark. The companies are "
               "real; the figures, dates, sources and quotes are not.",
               "أنشأها outlay-gen-dataset لقياس أداء المحمّل. الشركات حقيقية، أما الأرقام "
               "والتواريخ والمصادر والاقتباسات فليست كذلك.");
  write_entities (&gen);
  write_sources (&gen);

  writer_key (&gen.w, "facts");
  writer_begin (&gen.w, '[');
  for (guint i = 0; i < n_facts; i++)
    write_fact (&gen, &facts, i);
  writer_end (&gen.w, ']');

  writer_end (&gen.w, '}');
  g_string_append_c (gen.w.out, '\n');

  for (guint i = 0; i < n_facts; i++)
    g_free (facts.facts[i].id);
  g_free (facts.facts);
  for (guint i = 0; i < N_SOURCES; i++)
    g_free (gen.source_ids[i]);
  g_rand_free (gen.rand);

  return gen.w.out;
}

/**
 * outlay_synthetic_write:
 * @n_facts: how many facts to write
 * @seed: the seed of every random choice
 * @path: where to write the dataset
 * @error: return location for a #GFileError
 *
 * Writes outlay_synthetic_generate()'s dataset to @path, replacing it
 * whole (g_file_set_contents() writes a temporary file and renames it).
 *
 * Returns: %TRUE if the file was written
 */
gboolean
outlay_synthetic_write (guint        n_facts,
                        guint32      seed,
                        const char  *path,
                        GError     **error)
{
  GString *text = outlay_synthetic_generate (n_facts, seed);
  gboolean ok = g_file_set_contents (path, text->str, (gssize)text->len, error);

  g_string_free (text, TRUE);
  return ok;
}

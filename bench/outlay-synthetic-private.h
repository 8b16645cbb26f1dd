/* outlay-synthetic-private.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Shared by the three parts of the generator: outlay-synthetic.c (the
 * random choices and the dataset's structure), outlay-synthetic-words.c
 * (the phrases and sentences) and outlay-synthetic-writer.c (indented
 * JSON). */

#define PICK(rand, array) \
  (&(array)[g_rand_int_range ((rand), 0, (gint32)G_N_ELEMENTS (array))])

typedef struct
{
  const char *ar;
  const char *en;
} Pair;

typedef struct
{
  const char *id;
  const char *kind;
  const char *en;
  const char *ar;
  const char *color;
  const char *parent;
  const char *subject_en;  /* in a sentence, where the name will not do */
  const char *subject_ar;
} EntitySpec;

typedef enum
{
  KIND_CAPEX,
  KIND_INVESTMENT,
  KIND_CAMPAIGN_BUDGET,
  KIND_PRIZE,
  KIND_REVENUE,
  KIND_IPO_PROCEEDS,
  KIND_MARKET_SHARE,
  KIND_SHARE_PRICE_CHANGE,
  KIND_DOWNLOADS,
  KIND_MODEL_COUNT,
  KIND_FORECAST,
  KIND_EVENT,
  N_KINDS
} Kind;

typedef enum
{
  PRECISION_YEAR,
  PRECISION_MONTH,
  PRECISION_DAY,
  PRECISION_EARLY,
  PRECISION_MID,
  PRECISION_LATE,
} Precision;

typedef struct
{
  int       year;
  int       month;
  int       day;
  Precision precision;
} Date;

typedef struct
{
  Date     start;
  Date     end;
  gboolean has_end;
} Period;

typedef enum
{
  QUALIFIER_EXACT,
  QUALIFIER_ABOUT,
  QUALIFIER_AT_LEAST,
  QUALIFIER_MORE_THAN,
  QUALIFIER_UP_TO,
  QUALIFIER_PLANNED,  /* the first draft's spelling of exact + planned */
} Qualifier;

typedef struct
{
  Kind        kind;
  Qualifier   qualifier;
  const char *currency;   /* money */
  const char *unit;       /* otherwise; NULL for an event */
  double      value;
  double      max;        /* > value for a range */
  double      converted[2];
  const char *converted_currency;
  Qualifier   converted_qualifier[2];
  guint       n_conversions;
} Figure;

/* outlay-synthetic-words.c */

char *synth_date_to_string       (const Date       *date);
void  synth_period_short         (const Period     *period,
                                  char            **ar,
                                  char            **en);
void  synth_source_title         (GRand            *rand,
                                  const EntitySpec *entity,
                                  double            amount,
                                  const char       *currency,
                                  char            **ar,
                                  char            **en);
void  synth_citation_sentence    (GRand            *rand,
                                  const Figure     *figure,
                                  const EntitySpec *subject,
                                  guint             conversion,
                                  const Period     *period,
                                  char            **ar,
                                  char            **en);
void  synth_event_sentence       (GRand            *rand,
                                  const Pair       *event,
                                  const EntitySpec *subject,
                                  const Period     *period,
                                  char            **ar,
                                  char            **en);

/* outlay-synthetic-writer.c: JSON indented by two spaces, as
 * json.dump (…, indent=2) writes it */

typedef struct
{
  GString  *out;
  guint     depth;
  guint     count[32];  /* members or elements written, per depth */
  gboolean  after_key;
} Writer;

void writer_begin          (Writer     *w,
                            char        bracket);
void writer_end            (Writer     *w,
                            char        bracket);
void writer_key            (Writer     *w,
                            const char *name);
void writer_string         (Writer     *w,
                            const char *text);
void writer_string_member  (Writer     *w,
                            const char *name,
                            const char *text);
void writer_number_member  (Writer     *w,
                            const char *name,
                            double      value);
void writer_int_member     (Writer     *w,
                            const char *name,
                            int         value);
void writer_true_member    (Writer     *w,
                            const char *name);
void writer_text_member    (Writer     *w,
                            const char *name,
                            const char *en,
                            const char *ar);

G_END_DECLS

/* outlay-fact.h
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "outlay-amount.h"
#include "outlay-partial-date.h"
#include "outlay-types.h"

G_BEGIN_DECLS

/**
 * OutlayFactKind:
 * @OUTLAY_FACT_CAPEX: capital expenditure, actual or planned
 * @OUTLAY_FACT_INVESTMENT: an investment that is not capex
 * @OUTLAY_FACT_CAMPAIGN_BUDGET: the budget of a promotional campaign
 * @OUTLAY_FACT_PRIZE: a prize or reward per person
 * @OUTLAY_FACT_REVENUE: revenue over a period
 * @OUTLAY_FACT_IPO_PROCEEDS: money raised by a listing
 * @OUTLAY_FACT_MARKET_SHARE: a share of a market or of use, in percent
 * @OUTLAY_FACT_SHARE_PRICE_CHANGE: a share price change, in percent
 * @OUTLAY_FACT_DOWNLOADS: a count of downloads
 * @OUTLAY_FACT_MODEL_COUNT: a count of released models
 * @OUTLAY_FACT_FORECAST: an economic forecast
 * @OUTLAY_FACT_EVENT: a dated event, with no amount
 */
typedef enum
{
  OUTLAY_FACT_CAPEX,
  OUTLAY_FACT_INVESTMENT,
  OUTLAY_FACT_CAMPAIGN_BUDGET,
  OUTLAY_FACT_PRIZE,
  OUTLAY_FACT_REVENUE,
  OUTLAY_FACT_IPO_PROCEEDS,
  OUTLAY_FACT_MARKET_SHARE,
  OUTLAY_FACT_SHARE_PRICE_CHANGE,
  OUTLAY_FACT_DOWNLOADS,
  OUTLAY_FACT_MODEL_COUNT,
  OUTLAY_FACT_FORECAST,
  OUTLAY_FACT_EVENT,
} OutlayFactKind;

/**
 * OutlayFactStatus:
 * @OUTLAY_FACT_ACTUAL: it happened, or the money was spent
 * @OUTLAY_FACT_PLANNED: a budget or plan, not yet spent
 * @OUTLAY_FACT_EXPECTED: an event announced for later
 */
typedef enum
{
  OUTLAY_FACT_ACTUAL,
  OUTLAY_FACT_PLANNED,
  OUTLAY_FACT_EXPECTED,
} OutlayFactStatus;

/**
 * OutlayConversion:
 * @amount: the figure in another currency
 * @source: (transfer none): the source that stated it
 *
 * A conversion of a fact's amount as one source stated it.
 */
typedef struct
{
  OutlayAmount  amount;
  OutlaySource *source;
} OutlayConversion;

#define OUTLAY_TYPE_FACT (outlay_fact_get_type())

G_DECLARE_FINAL_TYPE (OutlayFact, outlay_fact, OUTLAY, FACT, GObject)

const char              *outlay_fact_get_id            (OutlayFact *self);
OutlayFactKind           outlay_fact_get_kind          (OutlayFact *self);
OutlayFactStatus         outlay_fact_get_status        (OutlayFact *self);
OutlayEntity            *outlay_fact_get_entity        (OutlayFact *self);
OutlayEntity            *outlay_fact_get_product       (OutlayFact *self);
const OutlayAmount      *outlay_fact_get_amount        (OutlayFact *self);
const OutlayConversion  *outlay_fact_get_conversions   (OutlayFact *self,
                                                        guint      *n_conversions);
const OutlayPeriod      *outlay_fact_get_period        (OutlayFact *self);
const char              *outlay_fact_get_period_note   (OutlayFact *self);
const OutlayPartialDate *outlay_fact_get_announced     (OutlayFact *self);
const char              *outlay_fact_get_label         (OutlayFact *self,
                                                        const char *language);
OutlayCitation          *outlay_fact_get_citation      (OutlayFact *self,
                                                        guint       position);
guint                    outlay_fact_get_n_citations   (OutlayFact *self);
const char              *outlay_fact_get_part_of       (OutlayFact *self);
const char * const      *outlay_fact_get_total_of      (OutlayFact *self);
const char * const      *outlay_fact_get_related       (OutlayFact *self);
gboolean                 outlay_fact_cites_source      (OutlayFact *self,
                                                        const char *source_id);

gboolean                 outlay_fact_is_filtered_out     (OutlayFact         *self,
                                                          const char * const *hidden_entities,
                                                          guint               hidden_kinds);
const char              *outlay_fact_kind_to_string      (OutlayFactKind    kind);
const char              *outlay_fact_kind_get_label      (OutlayFactKind    kind);
gboolean                 outlay_fact_kind_from_string    (const char       *text,
                                                          OutlayFactKind   *kind);
gboolean                 outlay_fact_kind_is_money       (OutlayFactKind    kind);
const char              *outlay_fact_status_to_string    (OutlayFactStatus  status);
gboolean                 outlay_fact_status_from_string  (const char       *text,
                                                          OutlayFactStatus *status);

G_END_DECLS

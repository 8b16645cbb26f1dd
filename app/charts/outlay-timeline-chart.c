/* outlay-timeline-chart.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "outlay-entity.h"
#include "outlay-fact.h"
#include "outlay-timeline-chart-private.h"

/* Every dated fact on a time axis, one lane per entity. A day is a point;
 * a month, a part of a year, a year or a period is a span as long as the
 * time it covers; a date the source does not print (inferred) is drawn
 * hollow and dashed. Money facts carry their figure.
 *
 * It must stay fast with 100,000 facts. The facts are indexed once per
 * dataset or filter change: per lane, sorted by first day, with the
 * longest span known, so the visible ones are found by binary search.
 * A layout then touches only what is visible, stacks overlapping marks on
 * three tracks and merges what does not fit into counted clusters, and
 * places labels on a per-row pixel occupancy map: what it draws grows with
 * the width of the chart, not with the number of facts. */

G_DEFINE_FINAL_TYPE (OutlayTimelineChart, outlay_timeline_chart, OUTLAY_TYPE_CHART)

static void
lane_free (gpointer data)
{
  Lane *lane = data;

  g_clear_pointer (&lane->entries, g_array_unref);
  for (guint level = 0; level < G_N_ELEMENTS (lane->levels); level++)
    g_clear_pointer (&lane->levels[level], g_array_unref);
  g_free (lane);
}

static void
item_clear (gpointer data)
{
  OutlayTimelineItem *item = data;

  g_clear_pointer (&item->label, g_free);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *ea = a, *eb = b;

  if (ea->first != eb->first)
    return ea->first < eb->first ? -1 : 1;
  return ea->last < eb->last ? -1 : ea->last > eb->last;
}

/* Facts by the bucket of @days their first day falls in: each bucket the
 * run of sorted entries it holds, their first day and their last. */
static GArray *
build_buckets (GArray *entries,
               guint   days)
{
  GArray *buckets = g_array_new (FALSE, FALSE, sizeof (Bucket));
  Bucket *open = NULL;

  for (guint i = 0; i < entries->len; i++)
    {
      const Entry *entry = &g_array_index (entries, Entry, i);

      if (open == NULL || entry->first / days != open->first / days)
        {
          Bucket bucket = { entry->first, entry->last, i, i + 1 };

          g_array_append_val (buckets, bucket);
          open = &g_array_index (buckets, Bucket, buckets->len - 1);
          continue;
        }

      open->last = MAX (open->last, entry->last);
      open->end = i + 1;
    }

  return buckets;
}

static void
ensure_index (OutlayTimelineChart *self)
{
  OutlayChart *chart = OUTLAY_CHART (self);
  OutlayDataset *dataset = outlay_chart_get_dataset (chart);
  GListModel *facts;
  g_autoptr(GHashTable) lane_of = NULL;
  guint n;

  if (self->indexed_dataset == (gpointer)dataset &&
      self->indexed_serial == outlay_chart_get_filter_serial (chart))
    return;

  g_ptr_array_set_size (self->lanes, 0);
  self->indexed_dataset = dataset;
  self->indexed_serial = outlay_chart_get_filter_serial (chart);
  self->data_first = G_MAXUINT32;
  self->data_last = 0;

  if (dataset == NULL)
    return;

  facts = outlay_dataset_get_facts (dataset);
  n = g_list_model_get_n_items (facts);
  lane_of = g_hash_table_new (NULL, NULL);

  /* Lanes in the order entities first appear among the facts */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (facts, i);
      OutlayEntity *entity = outlay_fact_get_entity (fact);
      const OutlayPeriod *period = outlay_fact_get_period (fact);
      Lane *lane;
      Entry entry;

      if (outlay_chart_is_fact_hidden (chart, fact))
        continue;

      lane = g_hash_table_lookup (lane_of, entity);
      if (lane == NULL)
        {
          lane = g_new0 (Lane, 1);
          lane->entity = entity;
          lane->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
          g_hash_table_insert (lane_of, entity, lane);
          g_ptr_array_add (self->lanes, lane);
        }

      entry.fact = fact;
      entry.first = outlay_partial_date_first_day (&period->start);
      entry.last = outlay_partial_date_last_day (&period->end);
      g_array_append_val (lane->entries, entry);

      lane->max_length = MAX (lane->max_length, entry.last - entry.first);
      self->data_first = MIN (self->data_first, entry.first);
      self->data_last = MAX (self->data_last, entry.last);
    }

  for (guint i = 0; i < self->lanes->len; i++)
    {
      Lane *lane = g_ptr_array_index (self->lanes, i);

      g_array_sort (lane->entries, compare_entries);
      for (guint level = 0; level < G_N_ELEMENTS (bucket_days); level++)
        lane->levels[level] = build_buckets (lane->entries, bucket_days[level]);
    }
}

static void
used_range (OutlayTimelineChart *self,
            double              *first,
            double              *last)
{
  if (self->view_last > self->view_first)
    {
      *first = self->view_first;
      *last = self->view_last;
    }
  else if (self->data_last >= self->data_first && self->lanes->len > 0)
    {
      double pad = MAX ((self->data_last - self->data_first + 1) * 0.03, 15);

      *first = self->data_first - pad;
      *last = self->data_last + 1 + pad;
    }
  else
    {
      *first = 0;
      *last = 1;
    }
}


/**
 * outlay_timeline_chart_day_to_x:
 * @self: a timeline
 * @day: a Julian day number (as #GDate counts), fractions allowed
 *
 * Returns: the x of the start of @day: time runs left to right, or right
 *   to left under RTL
 */
double
outlay_timeline_chart_day_to_x (OutlayTimelineChart *self,
                                double               day)
{
  g_return_val_if_fail (OUTLAY_IS_TIMELINE_CHART (self), 0);

  outlay_chart_get_n_marks (OUTLAY_CHART (self));
  return outlay_timeline_chart_x_of (self, day);
}

/* The first entry that may reach into [first, …): entries are sorted by
 * their first day, and none is longer than max_length. */
static guint
first_visible (const Lane *lane,
               double      first)
{
  double from = first - lane->max_length - 1;
  guint low = 0, high = lane->entries->len;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (g_array_index (lane->entries, Entry, mid).first < from)
        low = mid + 1;
      else
        high = mid;
    }

  return low;
}

/* Where a lane's marks go: three tracks, each the reading-direction end
 * of its last mark ("end" mirrored under RTL) and which mark that is. */
typedef struct
{
  double track_end[3];
  guint  track_item[3];
} Tracks;

/* Places one mark for the facts from @first to @last (@count of them,
 * merged into a cluster if more than one). Marks that overlap in time
 * stack on up to three tracks. Level of detail: a mark that finds no free
 * track joins the mark placed last, which becomes a cluster counting its
 * facts, so a lane never holds more marks than its tracks have room for,
 * however many facts it has. */
static void
place_mark (OutlayTimelineChart *self,
            Tracks              *tracks,
            guint                lane,
            OutlayFact          *fact,
            guint32              first,
            guint32              last,
            guint                count)
{
  static const double track_offset[] = { 0, -7, 7 };
  gboolean rtl = outlay_chart_is_rtl (OUTLAY_CHART (self));
  double mid_y = self->plot.y + lane * self->lane_height + self->lane_height / 2;
  double x0 = outlay_timeline_chart_x_of (self, first);
  double x1 = outlay_timeline_chart_x_of (self, last + 1.0);
  double left = MIN (x0, x1), right = MAX (x0, x1);
  OutlayTimelineItemKind kind;
  OutlayTimelineItem item = { 0 };
  double from, to, height, spread;
  guint track = 0, furthest = 0, n_tracks;

  kind = count > 1 ? OUTLAY_TIMELINE_CLUSTER :
         first == last ? OUTLAY_TIMELINE_POINT : OUTLAY_TIMELINE_SPAN;

  if (kind == OUTLAY_TIMELINE_POINT)
    {
      double x = (left + right) / 2;

      left = x - 5;
      right = x + 5;
    }
  else
    {
      /* Clip spans to the plot, keep them visible, at least 4 px, grown
       * towards the end edge */
      left = MAX (left, self->plot.x);
      right = MIN (right, self->plot.x + self->plot.width);
      if (right - left < 4)
        {
          if (rtl)
            left = right - 4;
          else
            right = left + 4;
        }
    }

  from = rtl ? -right : left;
  to = rtl ? -left : right;

  /* Touching is not overlapping: 2025 ends where 2026 starts */
  /* A lane too short for three tracks has one: marks that would overlap
   * there join a cluster rather than hide one another */
  n_tracks = self->lane_height >= 24 ? G_N_ELEMENTS (tracks->track_end) : 1;
  while (track < n_tracks && tracks->track_end[track] > from + 0.5)
    track++;

  if (track == n_tracks)
    {
      OutlayTimelineItem *cluster;
      double cluster_left, cluster_right;

      /* The neighbour in time: the mark placed last, not a long span that
       * happens to reach here */
      for (guint t = 1; t < n_tracks; t++)
        if (tracks->track_item[t] > tracks->track_item[furthest])
          furthest = t;

      cluster = &g_array_index (self->items, OutlayTimelineItem, tracks->track_item[furthest]);
      cluster_left = MIN (cluster->rect.x, left);
      cluster_right = MAX (cluster->rect.x + cluster->rect.width, right);
      cluster->kind = OUTLAY_TIMELINE_CLUSTER;
      cluster->count += count;
      cluster->rect.x = cluster_left;
      cluster->rect.width = cluster_right - cluster_left;
      tracks->track_end[furthest] = MAX (tracks->track_end[furthest], to);
      return;
    }

  tracks->track_end[track] = to;
  tracks->track_item[track] = self->items->len;

  item.fact = fact;
  /* In lanes too short for three tracks 10 px high, the marks shrink and
   * the tracks close up, so that no mark reaches into another lane */
  height = MIN (10, MAX (self->lane_height - 2, 2));
  spread = CLAMP ((self->lane_height - height - 2) / 14, 0, 1);
  item.rect = (OutlayRect) { left, mid_y - height / 2 + track_offset[track] * spread, right - left, height };
  item.lane = lane;
  item.count = count;
  item.kind = kind;
  g_array_append_val (self->items, item);
}

/* The coarsest level of buckets whose buckets are at most a few pixels
 * wide at this zoom, or -1 to lay out every fact. */
static int
choose_level (OutlayTimelineChart *self)
{
  double px_per_day = self->plot.width / (self->used_last - self->used_first);

  for (int level = G_N_ELEMENTS (bucket_days) - 1; level >= 0; level--)
    if (px_per_day * bucket_days[level] <= BUCKET_MAX_PX)
      return level;

  return -1;
}

/* The index of the first entry starting after @last */
static guint
visible_until (const Lane *lane,
               double      last)
{
  guint low = 0, high = lane->entries->len;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (g_array_index (lane->entries, Entry, mid).first <= last)
        low = mid + 1;
      else
        high = mid;
    }

  return low;
}

static guint
first_visible_bucket (GArray     *buckets,
                      const Lane *lane,
                      double      first)
{
  double from = first - lane->max_length - 1;
  guint low = 0, high = buckets->len;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (g_array_index (buckets, Bucket, mid).first < from)
        low = mid + 1;
      else
        high = mid;
    }

  return low;
}

static char *
describe_item (OutlayTimelineChart      *self,
               const OutlayTimelineItem *item)
{
  const char *language = outlay_chart_get_language (OUTLAY_CHART (self));
  const OutlayPeriod *period = outlay_fact_get_period (item->fact);
  g_autofree char *when = outlay_period_format (period, language);
  const char *what = outlay_fact_get_label (item->fact, language);
  const char *entity = outlay_entity_get_name (outlay_fact_get_entity (item->fact), language);

  if (item->kind == OUTLAY_TIMELINE_CLUSTER)
    /* Translators: "12 facts of Alibaba from 6 Feb 2026"; %u facts, %s an entity, %s a date */
    return g_strdup_printf (_("%u facts of %s from %s"), item->count, entity, when);

  if (period->inferred)
    /* Translators: an entity, a date resolved from context, a fact */
    return g_strdup_printf (_("%s, %s (date inferred): %s"), entity, when, what);

  return g_strdup_printf ("%s, %s: %s", entity, when, what);
}

static void
outlay_timeline_chart_layout (OutlayChart      *chart,
                              const OutlayRect *area)
{
  OutlayTimelineChart *self = OUTLAY_TIMELINE_CHART (chart);
  const char *language = outlay_chart_get_language (chart);
  gboolean rtl = outlay_chart_is_rtl (chart);
  double names_width = 0;
  int level;

  ensure_index (self);
  g_array_set_size (self->items, 0);
  g_array_set_size (self->ticks, 0);
  g_ptr_array_set_size (self->shown_lanes, 0);
  used_range (self, &self->used_first, &self->used_last);

  for (guint i = 0; i < self->lanes->len; i++)
    {
      Lane *lane = g_ptr_array_index (self->lanes, i);
      PangoLayout *name = outlay_chart_get_text (chart, outlay_entity_get_name (lane->entity, language),
                                                 NAME_SIZE, TRUE, 0, OUTLAY_TEXT_NO_WIDTH, PANGO_ALIGN_LEFT);
      int width;

      pango_layout_get_pixel_size (name, &width, NULL);
      names_width = MAX (names_width, MIN (width, LANE_LABEL_MAX));
      g_ptr_array_add (self->shown_lanes, lane);
    }

  names_width += 12;
  self->plot = (OutlayRect) {
    rtl ? area->x : area->x + names_width,
    area->y,
    area->width - names_width,
    area->height - AXIS_HEIGHT,
  };

  if (self->shown_lanes->len == 0)
    return;

  outlay_timeline_chart_place_ticks (self);
  self->lane_height = self->plot.height / self->shown_lanes->len;

  level = choose_level (self);

  for (guint l = 0; l < self->shown_lanes->len; l++)
    {
      Lane *lane = g_ptr_array_index (self->shown_lanes, l);
      Tracks tracks = { { -G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE }, { 0, 0, 0 } };

      guint from = first_visible (lane, self->used_first);

      /* Crowded (more facts in view than the width could show apart) and
       * zoomed out: a bucket of facts at a time, where a bucket is a few
       * pixels wide; a bucket of one is still that fact. Otherwise every
       * fact, so a sparse lane keeps each of its marks. */
      if (level >= 0 && visible_until (lane, self->used_last) - from > self->plot.width / 8)
        {
          GArray *buckets = lane->levels[level];

          for (guint i = first_visible_bucket (buckets, lane, self->used_first); i < buckets->len; i++)
            {
              const Bucket *bucket = &g_array_index (buckets, Bucket, i);
              const Entry *first = &g_array_index (lane->entries, Entry, bucket->start);

              if (bucket->first > self->used_last)
                break;
              if (bucket->last + 1 < self->used_first)
                continue;

              if (bucket->end - bucket->start == 1)
                place_mark (self, &tracks, l, first->fact, first->first, first->last, 1);
              else
                place_mark (self, &tracks, l, first->fact, bucket->first, bucket->last,
                            bucket->end - bucket->start);
            }
          continue;
        }

      for (guint i = from; i < lane->entries->len; i++)
        {
          const Entry *entry = &g_array_index (lane->entries, Entry, i);

          if (entry->first > self->used_last)
            break;
          if (entry->last + 1 < self->used_first)
            continue;

          place_mark (self, &tracks, l, entry->fact, entry->first, entry->last, 1);
        }
    }

  outlay_timeline_chart_place_labels (self);

  for (guint i = 0; i < self->items->len; i++)
    {
      OutlayTimelineItem *item = &g_array_index (self->items, OutlayTimelineItem, i);
      OutlayRect hit = item->rect;

      if (hit.width < 8)
        {
          hit.x -= (8 - hit.width) / 2;
          hit.width = 8;
        }
      outlay_chart_add_mark (chart, item->fact, &hit);
    }
}

static char *
outlay_timeline_chart_dup_title (OutlayChart *chart)
{
  return g_strdup (_("Timeline"));
}

static char *
outlay_timeline_chart_dup_units (OutlayChart *chart)
{
  return g_strdup (_("A day is a point; a month, a year or a period is a span. Figures as their sources state them"));
}

static void
outlay_timeline_chart_add_legend (OutlayChart *chart)
{
  outlay_chart_add_legend (chart, OUTLAY_LEGEND_SOLID, _("Dated event or figure"));
  outlay_chart_add_legend (chart, OUTLAY_LEGEND_DERIVED, _("Date inferred (dashed)"));
}

static char *
outlay_timeline_chart_dup_mark_description (OutlayChart *chart,
                                            guint        index)
{
  OutlayTimelineChart *self = OUTLAY_TIMELINE_CHART (chart);

  return describe_item (self, &g_array_index (self->items, OutlayTimelineItem, index));
}

static void
tick_clear (gpointer data)
{
  OutlayTimelineTick *tick = data;

  g_clear_pointer (&tick->label, g_free);
}

static void
outlay_timeline_chart_finalize (GObject *object)
{
  OutlayTimelineChart *self = (OutlayTimelineChart *)object;

  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->ticks, g_array_unref);
  g_clear_pointer (&self->widest_tick_language, g_free);
  g_clear_pointer (&self->shown_lanes, g_ptr_array_unref);
  g_clear_pointer (&self->lanes, g_ptr_array_unref);

  G_OBJECT_CLASS (outlay_timeline_chart_parent_class)->finalize (object);
}

static char *
outlay_timeline_chart_dup_plot_note (OutlayChart *chart)
{
  OutlayTimelineChart *self = OUTLAY_TIMELINE_CHART (chart);

  if (self->n_hidden_labels == 0)
    return NULL;

  /* Translators: said under the timeline when some marks have no room
   * for their label */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u mark without its label for want of room: zoom in, or point at it",
                                       "%u marks without their labels for want of room: zoom in, or point at them",
                                       self->n_hidden_labels),
                          self->n_hidden_labels);
}

/**
 * outlay_timeline_chart_get_n_hidden_labels:
 * @self: a timeline
 *
 * Returns: how many marks are drawn without their label, for want of
 *   room; the chart says so under its plot
 */
guint
outlay_timeline_chart_get_n_hidden_labels (OutlayTimelineChart *self)
{
  g_return_val_if_fail (OUTLAY_IS_TIMELINE_CHART (self), 0);

  outlay_chart_get_n_marks (OUTLAY_CHART (self));
  return self->n_hidden_labels;
}

static void
outlay_timeline_chart_class_init (OutlayTimelineChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  OutlayChartClass *chart_class = OUTLAY_CHART_CLASS (klass);

  object_class->finalize = outlay_timeline_chart_finalize;

  chart_class->layout = outlay_timeline_chart_layout;
  chart_class->draw_plot = outlay_timeline_chart_draw_plot;
  chart_class->dup_title = outlay_timeline_chart_dup_title;
  chart_class->add_legend = outlay_timeline_chart_add_legend;
  chart_class->dup_units = outlay_timeline_chart_dup_units;
  chart_class->dup_mark_description = outlay_timeline_chart_dup_mark_description;
  chart_class->dup_plot_note = outlay_timeline_chart_dup_plot_note;
}

static void
outlay_timeline_chart_init (OutlayTimelineChart *self)
{
  self->lanes = g_ptr_array_new_with_free_func (lane_free);
  self->shown_lanes = g_ptr_array_new ();
  self->items = g_array_new (FALSE, TRUE, sizeof (OutlayTimelineItem));
  g_array_set_clear_func (self->items, item_clear);
  self->ticks = g_array_new (FALSE, TRUE, sizeof (OutlayTimelineTick));
  g_array_set_clear_func (self->ticks, tick_clear);
}

OutlayChart *
outlay_timeline_chart_new (void)
{
  return g_object_new (OUTLAY_TYPE_TIMELINE_CHART, NULL);
}

/**
 * outlay_timeline_chart_set_visible_range:
 * @self: a timeline
 * @first_day: the Julian day at the start edge
 * @last_day: the Julian day at the end edge, or equal to @first_day to
 *   show all the data
 */
void
outlay_timeline_chart_set_visible_range (OutlayTimelineChart *self,
                                         double               first_day,
                                         double               last_day)
{
  g_return_if_fail (OUTLAY_IS_TIMELINE_CHART (self));

  if (last_day > first_day)
    {
      /* Zooming out never shows less than the whole data: a dataset from
       * year 1 to 9999 spans more than the usual widest view */
      double widest = MAX_SPAN_DAYS;
      double middle = (first_day + last_day) / 2;
      double span;

      ensure_index (self);
      if (self->lanes->len > 0)
        widest = MAX (widest, (self->data_last - self->data_first + 1) * 1.2);
      span = CLAMP (last_day - first_day, MIN_SPAN_DAYS, widest);

      first_day = MAX (middle - span / 2, 1);
      last_day = first_day + span;
    }
  else
    {
      first_day = last_day = 0;
    }

  if (self->view_first != first_day || self->view_last != last_day)
    {
      self->view_first = first_day;
      self->view_last = last_day;
      outlay_chart_invalidate (OUTLAY_CHART (self));
    }
}

void
outlay_timeline_chart_get_visible_range (OutlayTimelineChart *self,
                                         double              *first_day,
                                         double              *last_day)
{
  g_return_if_fail (OUTLAY_IS_TIMELINE_CHART (self));

  outlay_chart_get_n_marks (OUTLAY_CHART (self));
  *first_day = self->used_first;
  *last_day = self->used_last;
}

/**
 * outlay_timeline_chart_get_data_range:
 * @self: a timeline
 * @first_day: (out): the first day any fact covers
 * @last_day: (out): the last
 *
 * Returns: %FALSE when there are no facts to show
 */
gboolean
outlay_timeline_chart_get_data_range (OutlayTimelineChart *self,
                                      double              *first_day,
                                      double              *last_day)
{
  g_return_val_if_fail (OUTLAY_IS_TIMELINE_CHART (self), FALSE);

  ensure_index (self);
  *first_day = self->data_first;
  *last_day = self->data_last;
  return self->lanes->len > 0;
}

/**
 * outlay_timeline_chart_zoom:
 * @self: a timeline
 * @x: the point that stays put, in chart units
 * @factor: more than 1 to zoom in, less to zoom out
 */
void
outlay_timeline_chart_zoom (OutlayTimelineChart *self,
                            double               x,
                            double               factor)
{
  double first, last, anchor, t;

  g_return_if_fail (OUTLAY_IS_TIMELINE_CHART (self));
  g_return_if_fail (factor > 0);

  outlay_timeline_chart_get_visible_range (self, &first, &last);
  t = (x - self->plot.x) / self->plot.width;
  if (outlay_chart_is_rtl (OUTLAY_CHART (self)))
    t = 1 - t;
  t = CLAMP (t, 0, 1);
  anchor = first + t * (last - first);

  outlay_timeline_chart_set_visible_range (self, anchor - t * (last - first) / factor,
                                           anchor + (1 - t) * (last - first) / factor);
}

/**
 * outlay_timeline_chart_pan:
 * @self: a timeline
 * @dx: how far the content moves, in chart units, rightwards
 *
 * Drags the time axis by @dx: under RTL, where time runs leftwards,
 * moving content right shows later dates.
 */
void
outlay_timeline_chart_pan (OutlayTimelineChart *self,
                           double               dx)
{
  double first, last, days;

  g_return_if_fail (OUTLAY_IS_TIMELINE_CHART (self));

  outlay_timeline_chart_get_visible_range (self, &first, &last);
  days = dx / self->plot.width * (last - first);
  if (outlay_chart_is_rtl (OUTLAY_CHART (self)))
    days = -days;

  outlay_timeline_chart_set_visible_range (self, first - days, last - days);
}

/**
 * outlay_timeline_chart_get_items:
 * @self: a timeline
 * @n_items: (out): how many
 *
 * Returns: (array length=n_items): the marks as laid out, lane by lane
 */
const OutlayTimelineItem *
outlay_timeline_chart_get_items (OutlayTimelineChart *self,
                                 guint               *n_items)
{
  g_return_val_if_fail (OUTLAY_IS_TIMELINE_CHART (self), NULL);

  outlay_chart_get_n_marks (OUTLAY_CHART (self));
  *n_items = self->items->len;
  return (const OutlayTimelineItem *)(gpointer)self->items->data;
}

guint
outlay_timeline_chart_get_n_lanes (OutlayTimelineChart *self)
{
  outlay_chart_get_n_marks (OUTLAY_CHART (self));
  return self->shown_lanes->len;
}

const OutlayRect *
outlay_timeline_chart_get_plot (OutlayTimelineChart *self)
{
  outlay_chart_get_n_marks (OUTLAY_CHART (self));
  return &self->plot;
}

/**
 * outlay_timeline_chart_get_ticks:
 * @self: a timeline
 * @n_ticks: (out): how many
 *
 * Returns: (array length=n_ticks) (transfer none): the time axis's ticks,
 *   in date order, as laid out
 */
const OutlayTimelineTick *
outlay_timeline_chart_get_ticks (OutlayTimelineChart *self,
                                 guint               *n_ticks)
{
  g_return_val_if_fail (OUTLAY_IS_TIMELINE_CHART (self), NULL);

  outlay_chart_get_n_marks (OUTLAY_CHART (self));   /* lays the chart out */
  *n_ticks = self->ticks->len;
  return (const OutlayTimelineTick *)(gpointer)self->ticks->data;
}

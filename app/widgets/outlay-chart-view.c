/* outlay-chart-view.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "outlay-chart-view.h"
#include "outlay-timeline-chart.h"

/* A chart on screen: the very OutlayChart the exporters draw, drawn in
 * this widget's snapshot at the widget's size, in its text direction and
 * in the style manager's dark or high-contrast variant. One hit test
 * serves hover, tooltip and click; the arrow keys move the selection from
 * mark to mark (mirrored under RTL), and the selected mark's words are
 * the widget's accessible description, so a screen reader says them. */

struct _OutlayChartView
{
  GtkWidget    parent_instance;
  OutlayChart *chart;
  OutlayFact  *selected;
  double       pointer_x;
  double       drag_x;
  double       zoom_scale;
  guint        accessible_filter_serial;  /* the filters the label says */
};

#define ZOOM_STEP 1.25
#define PAN_STEP 48.0

G_DEFINE_FINAL_TYPE (OutlayChartView, outlay_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHART,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
selected_index (OutlayChartView *self)
{
  guint n;

  /* Counting the marks lays the chart out: not worth it for no
   * selection, as at start, when the view is built at no size yet */
  if (self->selected == NULL)
    return -1;

  n = outlay_chart_get_n_marks (self->chart);
  for (guint i = 0; i < n; i++)
    if (outlay_chart_get_mark (self->chart, i)->fact == self->selected)
      return (int)i;

  return -1;
}

static void
update_accessible (OutlayChartView *self)
{
  g_autofree char *title = outlay_chart_dup_title (self->chart);
  g_autofree char *note = outlay_chart_dup_filter_note (self->chart);
  g_autofree char *label = note != NULL ? g_strdup_printf ("%s. %s", title, note) : g_strdup (title);
  int index = selected_index (self);
  g_autofree char *description = index >= 0 ? outlay_chart_dup_mark_description (self->chart, (guint)index) : NULL;

  /* The label says what the filters leave out, as the drawn chart does */
  self->accessible_filter_serial = outlay_chart_get_filter_serial (self->chart);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description
                                                      : _("No mark selected: use the arrow keys to move between marks"),
                                  -1);
}

/* The chart's inputs that come from the widget: size, direction, theme */
static void
sync_chart (OutlayChartView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  AdwStyleManager *style = adw_style_manager_get_default ();
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (width > 0 && height > 0)
    outlay_chart_set_size (self->chart, width, height);

  outlay_chart_set_direction (self->chart,
                              gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL
                              ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
  outlay_chart_set_theme (self->chart,
                          adw_style_manager_get_high_contrast (style) ? OUTLAY_CHART_THEME_HIGH_CONTRAST :
                          adw_style_manager_get_dark (style) ? OUTLAY_CHART_THEME_DARK :
                          OUTLAY_CHART_THEME_LIGHT);
}

static void
outlay_chart_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  OutlayChartView *self = OUTLAY_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;
  int index;

  if (width <= 0 || height <= 0)
    return;

  sync_chart (self);
  /* Filters and datasets change on the chart, from the window */
  if (outlay_chart_get_filter_serial (self->chart) != self->accessible_filter_serial)
    update_accessible (self);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  outlay_chart_draw (self->chart, cr);
  cairo_destroy (cr);

  /* The keyboard focus ring, around the selected mark */
  index = selected_index (self);
  if (gtk_widget_has_visible_focus (widget) && index >= 0)
    {
      const OutlayRect *r = &outlay_chart_get_mark (self->chart, (guint)index)->rect;
      GdkRGBA color;
      GskRoundedRect outline;

      /* gtk_widget_get_color() is GTK 4.10; this is the 4.8 way */
      gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
      gsk_rounded_rect_init_from_rect (&outline,
                                       &GRAPHENE_RECT_INIT (r->x - 6, r->y - 6, r->width + 12, r->height + 12),
                                       4);
      gtk_snapshot_append_border (snapshot, &outline,
                                  (float[4]) { 2, 2, 2, 2 },
                                  (GdkRGBA[4]) { color, color, color, color });
    }
}

static void
select_index (OutlayChartView *self,
              int              index)
{
  if (index < 0)
    return;

  outlay_chart_view_set_selected (self, outlay_chart_get_mark (self->chart, (guint)index)->fact);
}

static void
on_click_pressed_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     OutlayChartView *self)
{
  int index = outlay_chart_hit_test (self->chart, x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (index >= 0)
    select_index (self, index);
}

/* The timeline's view: zoom and pan. Other charts have none. */
static OutlayTimelineChart *
timeline (OutlayChartView *self)
{
  return OUTLAY_IS_TIMELINE_CHART (self->chart) ? OUTLAY_TIMELINE_CHART (self->chart) : NULL;
}

static void
zoom (OutlayChartView *self,
      double           x,
      double           factor)
{
  if (timeline (self) == NULL)
    return;

  outlay_timeline_chart_zoom (timeline (self), x, factor);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
pan (OutlayChartView *self,
     double           dx)
{
  if (timeline (self) == NULL)
    return;

  outlay_timeline_chart_pan (timeline (self), dx);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              OutlayChartView          *self)
{
  self->pointer_x = x;
}

/* Ctrl+scroll zooms about the pointer; scrolling pans. */
static gboolean
on_scroll_cb (GtkEventControllerScroll *controller,
              double                    dx,
              double                    dy,
              OutlayChartView          *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (timeline (self) == NULL)
    return FALSE;

  if (state & GDK_CONTROL_MASK)
    zoom (self, self->pointer_x, dy < 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
  else
    pan (self, -(dx != 0 ? dx : dy) * PAN_STEP);

  return TRUE;
}

static void
on_drag_begin_cb (GtkGestureDrag  *gesture,
                  double           x,
                  double           y,
                  OutlayChartView *self)
{
  self->drag_x = 0;
}

static void
on_drag_update_cb (GtkGestureDrag  *gesture,
                   double           offset_x,
                   double           offset_y,
                   OutlayChartView *self)
{
  pan (self, offset_x - self->drag_x);
  self->drag_x = offset_x;
}

static void
on_zoom_begin_cb (GtkGesture       *gesture,
                  GdkEventSequence *sequence,
                  OutlayChartView  *self)
{
  self->zoom_scale = 1;
}

static void
on_zoom_scale_changed_cb (GtkGestureZoom  *gesture,
                          double           scale,
                          OutlayChartView *self)
{
  double x, y;

  gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y);
  zoom (self, x, scale / self->zoom_scale);
  self->zoom_scale = scale;
}

/* The keys zoom about the selected mark, which stays where it is, as
 * the wheel zooms about the pointer; about the middle when nothing
 * selected is in view */
static double
zoom_centre (OutlayChartView *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  int index = selected_index (self);

  if (index >= 0)
    {
      const OutlayRect *r = &outlay_chart_get_mark (self->chart, (guint)index)->rect;
      double x = r->x + r->width / 2;

      if (x >= 0 && x <= width)
        return x;
    }

  return width / 2.0;
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   OutlayChartView       *self)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int delta;

  /* The timeline's keys: + and − zoom, 0 shows it all, Shift+arrows pan */
  if (timeline (self) != NULL)
    {
      switch (keyval)
        {
        case GDK_KEY_plus:
        case GDK_KEY_equal:
        case GDK_KEY_KP_Add:
          zoom (self, zoom_centre (self), ZOOM_STEP);
          return GDK_EVENT_STOP;
        case GDK_KEY_minus:
        case GDK_KEY_KP_Subtract:
          zoom (self, zoom_centre (self), 1 / ZOOM_STEP);
          return GDK_EVENT_STOP;
        case GDK_KEY_0:
        case GDK_KEY_KP_0:
          outlay_timeline_chart_set_visible_range (timeline (self), 0, 0);
          gtk_widget_queue_draw (GTK_WIDGET (self));
          return GDK_EVENT_STOP;
        case GDK_KEY_Left:
        case GDK_KEY_Right:
          if (state & GDK_SHIFT_MASK)
            {
              pan (self, keyval == GDK_KEY_Left ? PAN_STEP : -PAN_STEP);
              return GDK_EVENT_STOP;
            }
          break;
        default:
          break;
        }
    }

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      delta = rtl ? -1 : 1;
      break;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      delta = rtl ? 1 : -1;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      delta = 1;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      delta = -1;
      break;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  select_index (self, outlay_chart_get_adjacent_mark (self->chart, selected_index (self), delta));
  return GDK_EVENT_STOP;
}

static gboolean
outlay_chart_view_query_tooltip (GtkWidget  *widget,
                                 int         x,
                                 int         y,
                                 gboolean    keyboard,
                                 GtkTooltip *tooltip)
{
  OutlayChartView *self = OUTLAY_CHART_VIEW (widget);
  int index = keyboard ? selected_index (self) : outlay_chart_hit_test (self->chart, x, y);
  g_autofree char *description = NULL;
  const OutlayRect *r;

  if (index < 0)
    return FALSE;

  description = outlay_chart_dup_mark_description (self->chart, (guint)index);
  r = &outlay_chart_get_mark (self->chart, (guint)index)->rect;
  gtk_tooltip_set_text (tooltip, description);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int)r->x, (int)r->y, (int)r->width, (int)r->height });

  return TRUE;
}

static void
on_style_changed_cb (OutlayChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
outlay_chart_view_direction_changed (GtkWidget        *widget,
                                     GtkTextDirection  previous)
{
  GTK_WIDGET_CLASS (outlay_chart_view_parent_class)->direction_changed (widget, previous);
  gtk_widget_queue_draw (widget);
}

static void
outlay_chart_view_dispose (GObject *object)
{
  OutlayChartView *self = (OutlayChartView *)object;

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_object (&self->chart);
  g_clear_object (&self->selected);

  G_OBJECT_CLASS (outlay_chart_view_parent_class)->dispose (object);
}

static void
outlay_chart_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OutlayChartView *self = OUTLAY_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_object (value, self->chart);
      break;
    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outlay_chart_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OutlayChartView *self = OUTLAY_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      self->chart = g_value_dup_object (value);
      break;
    case PROP_SELECTED:
      outlay_chart_view_set_selected (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outlay_chart_view_constructed (GObject *object)
{
  OutlayChartView *self = OUTLAY_CHART_VIEW (object);

  G_OBJECT_CLASS (outlay_chart_view_parent_class)->constructed (object);

  g_assert (self->chart != NULL);
  update_accessible (self);
}

static void
outlay_chart_view_class_init (OutlayChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = outlay_chart_view_dispose;
  object_class->constructed = outlay_chart_view_constructed;
  object_class->get_property = outlay_chart_view_get_property;
  object_class->set_property = outlay_chart_view_set_property;

  widget_class->snapshot = outlay_chart_view_snapshot;
  widget_class->query_tooltip = outlay_chart_view_query_tooltip;
  widget_class->direction_changed = outlay_chart_view_direction_changed;

  properties[PROP_CHART] =
    g_param_spec_object ("chart", NULL, NULL, OUTLAY_TYPE_CHART,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, OUTLAY_TYPE_FACT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "outlaychartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
outlay_chart_view_init (OutlayChartView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *pinch = gtk_gesture_zoom_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES |
                                                                GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self), 480, 320);

  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  /* A drag pans only once it moves: a click still selects */
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (pinch, "begin", G_CALLBACK (on_zoom_begin_cb), self);
  g_signal_connect (pinch, "scale-changed", G_CALLBACK (on_zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (pinch));

  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark",
                            G_CALLBACK (on_style_changed_cb), self);
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::high-contrast",
                            G_CALLBACK (on_style_changed_cb), self);
}

/**
 * outlay_chart_view_new:
 * @chart: the chart to show
 *
 * Returns: (transfer full): a widget that shows @chart
 */
GtkWidget *
outlay_chart_view_new (OutlayChart *chart)
{
  g_return_val_if_fail (OUTLAY_IS_CHART (chart), NULL);

  return g_object_new (OUTLAY_TYPE_CHART_VIEW, "chart", chart, NULL);
}

/**
 * outlay_chart_view_get_chart:
 * @self: a chart view
 *
 * Returns: (transfer none): the chart
 */
OutlayChart *
outlay_chart_view_get_chart (OutlayChartView *self)
{
  g_return_val_if_fail (OUTLAY_IS_CHART_VIEW (self), NULL);

  return self->chart;
}

/**
 * outlay_chart_view_get_selected:
 * @self: a chart view
 *
 * Returns: (transfer none) (nullable): the selected fact
 */
OutlayFact *
outlay_chart_view_get_selected (OutlayChartView *self)
{
  g_return_val_if_fail (OUTLAY_IS_CHART_VIEW (self), NULL);

  return self->selected;
}

/**
 * outlay_chart_view_set_selected:
 * @self: a chart view
 * @fact: (nullable): the fact to select, which this chart may not show
 *
 * The selection is the window's, shared by every view: a fact another
 * chart selected is kept here too, and drawn as selected if shown.
 */
void
outlay_chart_view_set_selected (OutlayChartView *self,
                                OutlayFact      *fact)
{
  g_return_if_fail (OUTLAY_IS_CHART_VIEW (self));
  g_return_if_fail (fact == NULL || OUTLAY_IS_FACT (fact));

  if (!g_set_object (&self->selected, fact))
    return;

  outlay_chart_set_selected (self->chart, fact != NULL ? outlay_fact_get_id (fact) : NULL);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

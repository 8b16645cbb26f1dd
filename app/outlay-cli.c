/* outlay-cli.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "outlay-atomic-file.h"
#include "outlay-bar-chart.h"
#include "outlay-chart-export.h"
#include "outlay-timeline-chart.h"
#include "outlay-csv.h"
#include "outlay-dataset.h"
#include "outlay-fact.h"
#include "outlay-cli.h"
#include "outlay-entity.h"

/* The headless half of Outlay: everything here runs without a display,
 * and reports on stdout, stderr and the exit status (OutlayCliStatus). */

typedef struct
{
  char     *validate;
  char     *export;
  char     *dataset;
  char     *chart;
  char     *currency;
  char     *direction;
  char     *theme;
  char    **hide;
  char    **hide_kind;
  double    rate;
  int       scale;
  int       width;
  int       height;
  gboolean  per_year;
  gboolean  summary;
  gboolean  version;
} Options;

static void
options_clear (Options *options)
{
  g_clear_pointer (&options->validate, g_free);
  g_clear_pointer (&options->export, g_free);
  g_clear_pointer (&options->dataset, g_free);
  g_clear_pointer (&options->chart, g_free);
  g_clear_pointer (&options->currency, g_free);
  g_clear_pointer (&options->direction, g_free);
  g_clear_pointer (&options->theme, g_free);
  g_clear_pointer (&options->hide, g_strfreev);
  g_clear_pointer (&options->hide_kind, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

/**
 * outlay_cli_bundled_dataset_path:
 *
 * The dataset Outlay ships with is installed in its data folder;
 * `OUTLAY_DATADIR` points elsewhere, as `meson devenv` does for a build
 * that is not installed.
 *
 * Returns: (transfer full): the path of the bundled dataset
 */
char *
outlay_cli_bundled_dataset_path (void)
{
  const char *dir = g_getenv ("OUTLAY_DATADIR");

  return g_build_filename (dir != NULL && *dir != '\0' ? dir : PKGDATADIR,
                           BUNDLED_DATASET, NULL);
}

/**
 * outlay_cli_data_language:
 *
 * Returns: "ar" if the user's preferred languages put Arabic before
 *   English, else "en": the two languages a dataset is written in
 */
const char *
outlay_cli_data_language (void)
{
  const char * const *languages = g_get_language_names ();

  for (guint i = 0; languages[i] != NULL; i++)
    {
      if (g_str_has_prefix (languages[i], "ar"))
        return "ar";
      if (g_str_has_prefix (languages[i], "en"))
        return "en";
    }

  return "en";
}

static int
usage_error (const char *message)
{
  g_printerr ("outlay: %s\n", message);
  g_printerr (_("Run “outlay --help” to see the options.\n"));
  return OUTLAY_CLI_USAGE;
}

/**
 * outlay_cli_load_dataset:
 * @path: (nullable): a dataset file, or %NULL for the bundled one
 *
 * Loads a dataset or says on stderr why it cannot.
 *
 * Returns: (transfer full) (nullable): the dataset
 */
OutlayDataset *
outlay_cli_load_dataset (const char *path)
{
  g_autofree char *bundled = NULL;
  g_autoptr(GError) error = NULL;
  OutlayDataset *dataset;

  if (path == NULL)
    path = bundled = outlay_cli_bundled_dataset_path ();

  dataset = outlay_dataset_new_from_file (path, &error);
  if (dataset == NULL)
    {
      g_printerr ("outlay: %s\n", error->message);
      if (bundled != NULL)
        g_printerr (_("outlay: the bundled dataset is missing; install Outlay, run it "
                      "through “meson devenv”, or set OUTLAY_DATADIR\n"));
    }

  return dataset;
}

static int
run_validate (const char *path)
{
  g_autoptr(OutlayDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *display = NULL;
  g_autofree char *printable = NULL;

  dataset = outlay_dataset_new_from_file (path, &error);
  if (dataset == NULL)
    {
      g_printerr ("outlay: %s\n", error->message);
      return OUTLAY_CLI_FAILED;
    }

  summary = outlay_dataset_dup_summary (dataset);
  /* The file's name as the loader's messages give it: UTF-8 whatever the
   * name's bytes, and with no control to steer the terminal */
  display = g_filename_display_name (path);
  printable = outlay_text_dup_printable (display);
  /* Translators: the first %s is a file name, the second a summary of
   * counts ("19 entities, 5 sources, …"). */
  g_print (_("%s: valid: %s\n"), printable, summary);

  return OUTLAY_CLI_OK;
}

static gboolean
has_extension (const char *path,
               const char *extension)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, extension);
}

static int parse_filters (const Options  *options,
                          OutlayDataset  *dataset,
                          GStrv          *hidden_entities,
                          guint          *hidden_kinds);

/* The fact table, less what --hide and --hide-kind leave out, as the
 * window's "Export Data as CSV" writes its filtered table */
static int
run_export_csv (const Options *options)
{
  g_autoptr(OutlayDataset) dataset = NULL;
  g_autoptr(GListStore) facts = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) hidden_entities = NULL;
  GListModel *all;
  guint hidden_kinds;
  int status;

  dataset = outlay_cli_load_dataset (options->dataset);
  if (dataset == NULL)
    return OUTLAY_CLI_FAILED;

  status = parse_filters (options, dataset, &hidden_entities, &hidden_kinds);
  if (status != OUTLAY_CLI_OK)
    return status;

  all = outlay_dataset_get_facts (dataset);
  facts = g_list_store_new (OUTLAY_TYPE_FACT);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (all, i);

      if (!outlay_fact_is_filtered_out (fact, (const char * const *)hidden_entities, hidden_kinds))
        g_list_store_append (facts, fact);
    }
  csv = outlay_csv_from_facts (G_LIST_MODEL (facts), options->rate);

  if (!outlay_atomic_file_set_contents (options->export,
                                        g_bytes_get_data (csv, NULL),
                                        g_bytes_get_size (csv),
                                        &error))
    {
      g_printerr ("outlay: %s\n", error->message);
      return OUTLAY_CLI_FAILED;
    }

  /* Translators: %u is a number of facts, %s a file name. */
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u fact written to %s\n", "%u facts written to %s\n",
                        g_list_model_get_n_items (G_LIST_MODEL (facts))),
           g_list_model_get_n_items (G_LIST_MODEL (facts)), options->export);

  return OUTLAY_CLI_OK;
}

/* Checks the chart options before anything is loaded or drawn, so a
 * mistyped option costs nothing and says what was meant. */
static int
check_chart_options (const Options    *options,
                     OutlayFactKind   *kind,
                     PangoDirection   *direction,
                     OutlayChartTheme *theme)
{
  g_autofree char *message = NULL;

  if (options->chart == NULL)
    return usage_error (_("--export of a chart needs --chart capex, campaign or timeline"));

  if (g_strcmp0 (options->chart, "capex") == 0)
    *kind = OUTLAY_FACT_CAPEX;
  else if (g_strcmp0 (options->chart, "campaign") == 0)
    *kind = OUTLAY_FACT_CAMPAIGN_BUDGET;
  else if (g_strcmp0 (options->chart, "timeline") == 0)
    *kind = OUTLAY_FACT_EVENT;
  else
    {
      message = g_strdup_printf (_("unknown chart “%s”: choose capex, campaign or timeline"), options->chart);
      return usage_error (message);
    }

  if (options->scale < 1 || options->scale > 3)
    return usage_error (_("--scale must be 1, 2 or 3"));

  if (options->width < 320 || options->width > 8000 || options->height < 240 || options->height > 8000)
    return usage_error (_("--width must be 320 to 8000 pixels and --height 240 to 8000"));

  if (options->currency != NULL && !outlay_currency_code_is_valid (options->currency))
    {
      message = g_strdup_printf (_("--currency must be an ISO 4217 code such as CNY or USD, not “%s”"),
                                 options->currency);
      return usage_error (message);
    }

  if (options->direction == NULL)
    *direction = g_str_equal (outlay_cli_data_language (), "ar") ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR;
  else if (g_str_equal (options->direction, "ltr"))
    *direction = PANGO_DIRECTION_LTR;
  else if (g_str_equal (options->direction, "rtl"))
    *direction = PANGO_DIRECTION_RTL;
  else
    return usage_error (_("--direction must be ltr or rtl"));

  if (options->theme == NULL || g_str_equal (options->theme, "light"))
    *theme = OUTLAY_CHART_THEME_LIGHT;
  else if (g_str_equal (options->theme, "dark"))
    *theme = OUTLAY_CHART_THEME_DARK;
  else if (g_str_equal (options->theme, "high-contrast"))
    *theme = OUTLAY_CHART_THEME_HIGH_CONTRAST;
  else
    return usage_error (_("--theme must be light, dark or high-contrast"));

  return OUTLAY_CLI_OK;
}

/* --hide and --hide-kind: each given once or more, and each a list with
 * commas. Ids the dataset does not have and kinds that do not exist are
 * usage errors, named, since a misspelt id would otherwise hide nothing
 * without a word. */
/* An option given once or more, each a list with commas: its items, in
 * order, trimmed, the empty ones left out */
static GStrv
split_list_option (char **values)
{
  g_autoptr(GStrvBuilder) items = g_strv_builder_new ();

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (values[i], ",", -1);

      for (guint j = 0; parts[j] != NULL; j++)
        if (*g_strstrip (parts[j]) != '\0')
          g_strv_builder_add (items, parts[j]);
    }

  return g_strv_builder_end (items);
}

static int
parse_filters (const Options  *options,
               OutlayDataset  *dataset,
               GStrv          *hidden_entities,
               guint          *hidden_kinds)
{
  g_auto(GStrv) ids = split_list_option (options->hide);
  g_auto(GStrv) kinds = split_list_option (options->hide_kind);

  *hidden_kinds = 0;

  for (guint i = 0; ids[i] != NULL; i++)
    if (outlay_dataset_lookup_entity (dataset, ids[i]) == NULL)
      {
        GListModel *all = outlay_dataset_get_entities (dataset);
        g_autoptr(GString) known = g_string_new (NULL);
        g_autofree char *message = NULL;

        for (guint k = 0; k < g_list_model_get_n_items (all); k++)
          {
            g_autoptr(OutlayEntity) entity = g_list_model_get_item (all, k);

            g_string_append_printf (known, "%s%s", k > 0 ? ", " : "", outlay_entity_get_id (entity));
          }
        /* Translators: the first %s is what was given to --hide, the
         * second the dataset's entity ids */
        message = g_strdup_printf (_("--hide: the dataset has no entity “%s”; its entities are %s"),
                                   ids[i], known->str);
        return usage_error (message);
      }

  for (guint i = 0; kinds[i] != NULL; i++)
    {
      OutlayFactKind kind;

      if (!outlay_fact_kind_from_string (kinds[i], &kind))
        {
          g_autoptr(GString) known = g_string_new (NULL);
          g_autofree char *message = NULL;

          for (OutlayFactKind k = 0; k <= OUTLAY_FACT_EVENT; k++)
            g_string_append_printf (known, "%s%s", k > 0 ? ", " : "", outlay_fact_kind_to_string (k));
          /* Translators: the first %s is what was given to --hide-kind,
           * the second the list of kinds, which stay in English */
          message = g_strdup_printf (_("--hide-kind: there is no kind “%s”; the kinds are %s"),
                                     kinds[i], known->str);
          return usage_error (message);
        }
      *hidden_kinds |= 1u << kind;
    }

  *hidden_entities = g_steal_pointer (&ids);
  return OUTLAY_CLI_OK;
}

static int
apply_filters (const Options *options,
               OutlayDataset *dataset,
               OutlayChart   *chart)
{
  g_auto(GStrv) entities = NULL;
  guint kinds;
  int status = parse_filters (options, dataset, &entities, &kinds);

  if (status != OUTLAY_CLI_OK)
    return status;

  outlay_chart_set_hidden_entities (chart, (const char * const *)entities);
  for (OutlayFactKind kind = 0; kind <= OUTLAY_FACT_EVENT; kind++)
    outlay_chart_set_kind_hidden (chart, kind, (kinds & (1u << kind)) != 0);

  return OUTLAY_CLI_OK;
}

static int
run_export_chart (const Options      *options,
                  OutlayExportFormat  format)
{
  g_autoptr(OutlayDataset) dataset = NULL;
  g_autoptr(OutlayChart) chart = NULL;
  g_autoptr(GError) error = NULL;
  OutlayFactKind kind;
  PangoDirection direction;
  OutlayChartTheme theme;
  int status;

  status = check_chart_options (options, &kind, &direction, &theme);
  if (status != OUTLAY_CLI_OK)
    return status;

  /* The timeline holds every dated fact; the bar charts one kind of money.
   * Made before the dataset is read: the chart's font map starts
   * fontconfig in a thread of Pango's, which then loads its configuration
   * and font cache while this thread parses the JSON. */
  chart = kind == OUTLAY_FACT_EVENT ? outlay_timeline_chart_new () : outlay_bar_chart_new (kind);

  dataset = outlay_cli_load_dataset (options->dataset);
  if (dataset == NULL)
    return OUTLAY_CLI_FAILED;

  outlay_chart_set_dataset (chart, dataset);
  outlay_chart_set_size (chart, options->width, options->height);
  outlay_chart_set_direction (chart, direction);
  outlay_chart_set_language (chart, outlay_cli_data_language ());
  outlay_chart_set_theme (chart, theme);
  outlay_chart_set_per_year (chart, options->per_year);
  /* A rate of one's own converts every figure alike; without one, each
   * figure at the rate its source stated. */
  outlay_chart_set_currency (chart, options->currency,
                             options->rate > 0 ? OUTLAY_RATE_MODE_USER : OUTLAY_RATE_MODE_STATED,
                             options->rate);
  status = apply_filters (options, dataset, chart);
  if (status != OUTLAY_CLI_OK)
    return status;

  if (!outlay_chart_export (chart, options->export, format, options->scale, &error))
    {
      g_printerr ("outlay: %s\n", error->message);
      return OUTLAY_CLI_FAILED;
    }

  /* Translators: %s is a file name */
  g_print (_("Chart written to %s\n"), options->export);

  return OUTLAY_CLI_OK;
}

static int
run_export (const Options *options)
{
  OutlayExportFormat format;

  if (has_extension (options->export, ".csv"))
    return run_export_csv (options);

  if (outlay_export_format_from_path (options->export, &format))
    return run_export_chart (options, format);

  {
    g_autofree char *message =
      g_strdup_printf (_("cannot tell what to export from the name “%s”: it must end in "
                         ".csv, .png, .svg or .pdf"), options->export);
    return usage_error (message);
  }
}

/* printf pads by bytes; a column of Arabic or of "≥" needs characters. */
static void
append_padded (GString    *line,
               const char *text,
               glong       width)
{
  glong length = g_utf8_strlen (text, -1);

  g_string_append (line, text);
  for (glong n = 0; n < MAX (width - length, 0) + 2; n++)
    g_string_append_c (line, ' ');
}

/* --summary: the dataset's title, counts, and every figure and event */
static int
run_summary (const Options *options)
{
  g_autoptr(OutlayDataset) dataset = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *title = NULL;
  const char *language = outlay_cli_data_language ();
  GListModel *facts;

  dataset = outlay_cli_load_dataset (options->dataset);
  if (dataset == NULL)
    return OUTLAY_CLI_FAILED;

  summary = outlay_dataset_dup_summary (dataset);
  facts = outlay_dataset_get_facts (dataset);

  /* A dataset's texts may hold tabs and newlines, which would break the
   * table's lines; the loader refuses every other control */
  title = outlay_text_dup_printable (outlay_dataset_get_title (dataset, language));
  g_print ("%s\n%s\n\n", title, summary);

  for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(OutlayFact) fact = g_list_model_get_item (facts, i);
      const OutlayAmount *amount = outlay_fact_get_amount (fact);
      g_autofree char *period = outlay_period_format (outlay_fact_get_period (fact), language);
      g_autofree char *figure = amount ? outlay_amount_format (amount, language) : NULL;
      g_autofree char *label = outlay_text_dup_printable (outlay_fact_get_label (fact, language));

      g_autoptr(GString) line = g_string_new ("  ");

      append_padded (line, period, 20);
      append_padded (line, figure ? figure : "", 28);
      g_string_append (line, label);
      g_print ("%s\n", line->str);
    }

  return OUTLAY_CLI_OK;
}

/**
 * outlay_cli_run:
 * @arguments: the command line, program name first
 *
 * @gui_dataset: (out) (transfer full) (nullable): with no command, the
 *   dataset the window should open, or %NULL for the bundled one
 *
 * Parses and runs a command line: `--validate FILE`, `--export FILE`
 * with its options, or `--summary`. With none of them there is nothing
 * to do here: the window opens.
 *
 * Returns: an #OutlayCliStatus; %OUTLAY_CLI_GUI when the window should
 *   open
 */
int
outlay_cli_run (char * const *arguments,
                char        **gui_dataset)
{
  g_auto(Options) options = { .scale = 1, .width = 1200, .height = 750 };
  g_auto(GStrv) args = g_strdupv ((char **)arguments);
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const GOptionEntry entries[] = {
    { "validate", 0, 0, G_OPTION_ARG_FILENAME, &options.validate,
      N_("Check a dataset file and print a summary of it"), N_("FILE") },
    { "export", 'o', 0, G_OPTION_ARG_FILENAME, &options.export,
      N_("Export the facts (.csv) or a chart (.png, .svg, .pdf) to FILE"), N_("FILE") },
    { "dataset", 'd', 0, G_OPTION_ARG_FILENAME, &options.dataset,
      N_("Use this dataset instead of the bundled one"), N_("FILE") },
    { "chart", 'c', 0, G_OPTION_ARG_STRING, &options.chart,
      N_("The chart to export: capex, campaign or timeline"), N_("NAME") },
    { "scale", 0, 0, G_OPTION_ARG_INT, &options.scale,
      N_("Pixels per point of a PNG: 1, 2 or 3 (default 1)"), N_("N") },
    { "width", 0, 0, G_OPTION_ARG_INT, &options.width,
      N_("Width of the chart in pixels at scale 1 (default 1200)"), N_("PX") },
    { "height", 0, 0, G_OPTION_ARG_INT, &options.height,
      N_("Height of the chart in pixels at scale 1 (default 750)"), N_("PX") },
    { "currency", 0, 0, G_OPTION_ARG_STRING, &options.currency,
      N_("Show money in this currency (CNY, USD); by default as each source states it"), N_("CODE") },
    { "rate", 0, 0, G_OPTION_ARG_DOUBLE, &options.rate,
      N_("Yuan per dollar: a chart converts every figure at it; a CSV, the figures no source converts"),
      N_("N") },
    { "per-year", 0, 0, G_OPTION_ARG_NONE, &options.per_year,
      N_("Show totals over several years as yearly averages"), NULL },
    { "hide", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options.hide,
      N_("Leave out an entity's facts, by id; repeat it or separate ids with commas"), N_("ID") },
    { "hide-kind", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options.hide_kind,
      N_("Leave out a kind of fact, such as event; repeat it or separate kinds with commas"), N_("KIND") },
    { "direction", 0, 0, G_OPTION_ARG_STRING, &options.direction,
      N_("Lay the chart out ltr or rtl (default: from the language)"), N_("DIR") },
    { "theme", 0, 0, G_OPTION_ARG_STRING, &options.theme,
      N_("light, dark or high-contrast (default light)"), N_("THEME") },
    { "summary", 0, 0, G_OPTION_ARG_NONE, &options.summary,
      N_("Print the dataset's figures and events and exit"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &options.version,
      N_("Print the version and exit"), NULL },
    { NULL }
  };

  /* Translators: what follows “outlay” in the usage line */
  context = g_option_context_new (_("[DATASET]"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Explore money figures and events reported in the news, "
                                  "each traced to the sentence it came from."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse_strv (context, &args, &error))
    return usage_error (error->message);

  /* One file may follow the options: the dataset, as with --dataset
   * (so a file manager can open a dataset with Outlay) */
  if (args[0] != NULL && args[1] != NULL && args[2] != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("unexpected argument “%s”"), args[2]);
      return usage_error (message);
    }

  if (args[0] != NULL && args[1] != NULL)
    {
      if (options.dataset != NULL || options.validate != NULL)
        return usage_error (_("give the dataset once: as --dataset, --validate or a file name"));
      options.dataset = g_strdup (args[1]);
    }

  if (options.version)
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return OUTLAY_CLI_OK;
    }

  if (options.validate != NULL && (options.export != NULL || options.dataset != NULL))
    return usage_error (_("--validate takes its own file; it cannot be used with --export or --dataset"));

  if (options.rate != 0 && !outlay_rate_is_valid (options.rate))
    return usage_error (_("--rate must be a positive number of yuan per dollar, from 0.000001 to 1000000"));

  /* Filters act on what is exported; anywhere else they would be ignored
   * without a word (the window has its own, kept in its settings) */
  if ((options.hide != NULL || options.hide_kind != NULL) && options.export == NULL)
    return usage_error (_("--hide and --hide-kind go with --export"));

  if (options.validate != NULL)
    return run_validate (options.validate);

  if (options.export != NULL)
    return run_export (&options);

  if (options.summary)
    return run_summary (&options);

  *gui_dataset = g_steal_pointer (&options.dataset);
  return OUTLAY_CLI_GUI;
}

/* outlay-gen-dataset.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include <glib.h>

#include "outlay-synthetic.h"

/* outlay-gen-dataset N OUT.json [--seed S]: writes a synthetic dataset of
 * N facts, the same for the same N and seed. */

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  gint64 seed = 1;
  guint64 n_facts;
  const GOptionEntry entries[] = {
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed, "Seed of the random choices (default 1)", "S" },
    { NULL }
  };

  context = g_option_context_new ("N OUT.json - write a synthetic Outlay dataset of N facts");
  g_option_context_add_main_entries (context, entries, NULL);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  if (argc != 3 ||
      !g_ascii_string_to_unsigned (argv[1], 10, 0, G_MAXUINT, &n_facts, &error) ||
      seed < 0 || seed > G_MAXUINT32)
    {
      g_printerr ("Usage: %s N OUT.json [--seed S]%s%s\n", g_get_prgname (),
                  error != NULL ? ": " : "", error != NULL ? error->message : "");
      return EXIT_FAILURE;
    }

  if (!outlay_synthetic_write ((guint)n_facts, (guint32)seed, argv[2], &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}

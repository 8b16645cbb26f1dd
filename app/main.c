/* main.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <dlfcn.h>
#include <locale.h>

#include <glib/gi18n.h>

#include "outlay-cli.h"
#include "outlay-gui.h"

/* The window is in liboutlay-gui.so (see outlay-gui.h): beside the
 * program in the build tree, in LIBDIR/outlay once installed, GUI_MODULE_DIR
 * being that folder relative to the program's own. Both are found from
 * where the program is, not where it was configured to be, so a build
 * tree, a DESTDIR and a moved prefix all work. (A run path would do the
 * same, but dlopen() honours it only for its direct caller, and the
 * sanitizers' dlopen() is not main.c.) */
static char *
find_gui_module (char **tried)
{
  g_autofree char *program = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = NULL;
  g_autofree char *beside = NULL;
  g_autofree char *installed = NULL;

  /* Without /proc, only the configured place: never the current folder */
  if (program == NULL)
    {
      installed = g_build_filename (GUI_MODULE_INSTALLED_DIR, OUTLAY_GUI_MODULE, NULL);
      if (g_file_test (installed, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&installed);

      *tried = g_steal_pointer (&installed);
      return NULL;
    }

  dir = g_path_get_dirname (program);
  beside = g_build_filename (dir, OUTLAY_GUI_MODULE, NULL);
  if (g_file_test (beside, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&beside);

  installed = g_canonicalize_filename (GUI_MODULE_DIR "/" OUTLAY_GUI_MODULE, dir);
  if (g_file_test (installed, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&installed);

  *tried = g_strdup_printf ("%s, %s", beside, installed);
  return NULL;
}

static int
run_window (const char    *program,
            OutlayDataset *dataset)
{
  g_autofree char *path = NULL;
  g_autofree char *tried = NULL;
  const char * const *version;
  OutlayGuiMain gui_main;
  void *module;

  path = find_gui_module (&tried);
  if (path == NULL)
    {
      /* Translators: %s is one file path, or two separated by a comma */
      g_printerr (_("outlay: cannot open the window: its module is missing (looked for %s)\n"), tried);
      return OUTLAY_CLI_FAILED;
    }

  /* RTLD_LAZY, as the dynamic linker would have bound GTK at start (NOW
   * costs 2 ms more; check-program.sh binds everything once, to catch a
   * missing symbol). RTLD_GLOBAL: GtkBuilder looks a template's types up
   * by name in the global scope when they are not registered yet. */
  module = dlopen (path, RTLD_LAZY | RTLD_GLOBAL);
  if (module == NULL)
    {
      g_printerr (_("outlay: cannot open the window: %s\n"), dlerror ());
      return OUTLAY_CLI_FAILED;
    }

  gui_main = (OutlayGuiMain) dlsym (module, OUTLAY_GUI_MAIN);
  if (gui_main == NULL)
    {
      g_printerr (_("outlay: cannot open the window: %s\n"), dlerror ());
      return OUTLAY_CLI_FAILED;
    }

  /* A module of another version (an upgrade half done, a stale copy in
   * the configured folder) would bind to functions that are not what it
   * was built against: say so rather than fail later */
  version = dlsym (module, OUTLAY_GUI_VERSION);
  if (version == NULL || g_strcmp0 (*version, PACKAGE_VERSION) != 0)
    {
      /* Translators: %s is a file path; then two version numbers */
      g_printerr (_("outlay: cannot open the window: its module %s is of version %s, the program of %s\n"),
                  path, version != NULL ? *version : "?", PACKAGE_VERSION);
      return OUTLAY_CLI_FAILED;
    }

  /* The module stays loaded: the types it registered live until the end */
  return gui_main (program, dataset);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(OutlayDataset) dataset = NULL;
  g_autofree char *dataset_path = NULL;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  status = outlay_cli_run (argv, &dataset_path);
  if (status != OUTLAY_CLI_GUI)
    return status;

  /* A bad --dataset is said here, before any window (or GTK) starts */
  dataset = outlay_cli_load_dataset (dataset_path);
  if (dataset == NULL)
    return OUTLAY_CLI_FAILED;

  return run_window (argv[0], dataset);
}

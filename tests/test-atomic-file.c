/* test-atomic-file.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "outlay-atomic-file.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("outlay-atomic-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "out.csv", NULL);
}

static void
remove_all (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_all (path);
      else
        g_unlink (path);
    }

  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_all (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* The names in @dir, sorted and joined by spaces: a leftover temporary
 * file shows up here. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc)g_strcmp0);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **)names->pdata);
}

static void
assert_contents (const char *path,
                 const char *expected)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, expected);
}

static void
test_new_file (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  struct stat st;
  mode_t mask;

  g_assert_true (outlay_atomic_file_set_contents (fixture->path, "a,b\r\n", 5, &error));
  g_assert_no_error (error);
  assert_contents (fixture->path, "a,b\r\n");

  names = list_dir (fixture->dir);
  g_assert_cmpstr (names, ==, "out.csv");

  /* An ordinary file as the umask makes them, not mkstemp's private one */
  mask = umask (022);
  umask (mask);
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0666 & ~mask);
}

static void
test_replace_keeps_mode (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  struct stat st;

  g_assert_true (g_file_set_contents (fixture->path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (fixture->path, 0640), ==, 0);

  g_assert_true (outlay_atomic_file_set_contents (fixture->path, "new", 3, &error));
  g_assert_no_error (error);
  assert_contents (fixture->path, "new");
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0640);
}

static void
test_abandoned (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  OutlayAtomicFile *file;

  g_assert_true (g_file_set_contents (fixture->path, "old", -1, NULL));

  file = outlay_atomic_file_new (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (outlay_atomic_file_write (file, "half", 4, &error));
  /* A writer given up before commit, as after a failed draw */
  outlay_atomic_file_free (file);

  assert_contents (fixture->path, "old");
  names = list_dir (fixture->dir);
  g_assert_cmpstr (names, ==, "out.csv");
}

static void
test_missing_folder (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "no", "such", "out.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  g_autofree char *expected = NULL;

  g_assert_false (outlay_atomic_file_set_contents (path, "x", 1, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  expected = g_strdup_printf ("Cannot write in the folder of “%s”: No such file or directory", path);
  g_assert_cmpstr (error->message, ==, expected);

  names = list_dir (fixture->dir);
  g_assert_cmpstr (names, ==, "");
}

static void
test_target_is_folder (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;

  g_assert_cmpint (g_mkdir (fixture->path, 0755), ==, 0);

  g_assert_false (outlay_atomic_file_set_contents (fixture->path, "x", 1, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_DIR));

  names = list_dir (fixture->dir);
  g_assert_cmpstr (names, ==, "out.csv");
}

/* A full disk, as the file size limit makes it: write() fails part way
 * (EFBIG), the old file stays whole and nothing is left behind. Tests run
 * as root in CI, where a read-only folder would not stop a write, so the
 * limit is the dependable way to make the write itself fail. */
static void
test_disk_full (Fixture       *fixture,
                gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      struct rlimit limit = { 4096, 4096 };
      g_autofree char *big = g_malloc0 (64 * 1024);
      g_autoptr(GError) error = NULL;
      g_autofree char *names = NULL;
      const char *dir = g_getenv ("OUTLAY_TEST_DIR");
      g_autofree char *path = g_build_filename (dir, "out.csv", NULL);

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      g_assert_false (outlay_atomic_file_set_contents (path, big, 64 * 1024, &error));
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED);
      g_assert_nonnull (strstr (error->message, "File too large"));

      assert_contents (path, "old");
      names = list_dir (dir);
      g_assert_cmpstr (names, ==, "out.csv");
      return;
    }

  g_assert_true (g_file_set_contents (fixture->path, "old", -1, NULL));
  g_setenv ("OUTLAY_TEST_DIR", fixture->dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  assert_contents (fixture->path, "old");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/outlay/atomic-file/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("new-file", test_new_file);
  ADD ("replace-keeps-mode", test_replace_keeps_mode);
  ADD ("abandoned", test_abandoned);
  ADD ("missing-folder", test_missing_folder);
  ADD ("target-is-folder", test_target_is_folder);
  ADD ("disk-full", test_disk_full);

#undef ADD

  return g_test_run ();
}

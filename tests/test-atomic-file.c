/* test-atomic-file.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

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

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
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
  g_ptr_array_sort (names, compare_names);
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

/* A file no one may write is not replaced, even by root, who could: the
 * mode bits say the user meant to keep it (README.md, "Exit status") */
static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  g_autofree char *expected = NULL;
  struct stat st;

  g_assert_true (g_file_set_contents (fixture->path, "precious", -1, NULL));
  g_assert_cmpint (g_chmod (fixture->path, 0444), ==, 0);

  g_assert_false (outlay_atomic_file_set_contents (fixture->path, "new", 3, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ACCES);
  expected = g_strdup_printf ("Cannot write “%s”: the file is read-only", fixture->path);
  g_assert_cmpstr (error->message, ==, expected);

  assert_contents (fixture->path, "precious");
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0444);
  names = list_dir (fixture->dir);
  g_assert_cmpstr (names, ==, "out.csv");

  /* Writable by its group only: still someone's to change, so replaced */
  g_assert_cmpint (g_chmod (fixture->path, 0464), ==, 0);
  if (getuid () == 0)
    {
      g_clear_error (&error);
      g_assert_true (outlay_atomic_file_set_contents (fixture->path, "new", 3, &error));
      g_assert_no_error (error);
      assert_contents (fixture->path, "new");
    }
}

/* A name of 255 bytes, the most a file system takes: the temporary name
 * beside it must not be longer */
static void
test_longest_name (Fixture       *fixture,
                   gconstpointer  data)
{
  /* "ش" is two bytes: 126 of them, then ".png", make 256 - 1 bytes, and a
   * cut through a character would leave invalid UTF-8 in the temporary
   * name, which a folder listing shows as garbage */
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(GString) ascii = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *ascii_path = NULL;
  g_autofree char *names = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *too_long = NULL;
  OutlayAtomicFile *file;

  for (guint i = 0; i < 125; i++)
    g_string_append (name, "ش");
  g_string_append (name, "x.png");
  g_assert_cmpuint (name->len, ==, 255);
  path = g_build_filename (fixture->dir, name->str, NULL);

  g_string_append (ascii, "a");
  while (ascii->len < 251)
    g_string_append_c (ascii, 'b');
  g_string_append (ascii, ".csv");
  g_assert_cmpuint (ascii->len, ==, 255);
  ascii_path = g_build_filename (fixture->dir, ascii->str, NULL);

  /* While it is written, the temporary file's name is valid UTF-8 */
  file = outlay_atomic_file_new (path, &error);
  g_assert_no_error (error);
  names = list_dir (fixture->dir);
  g_assert_true (g_str_has_prefix (names, "."));
  g_assert_cmpuint (strlen (names), <=, 255);
  g_assert_true (g_utf8_validate (names, -1, NULL));
  g_clear_pointer (&names, g_free);
  g_assert_true (outlay_atomic_file_write (file, "png", 3, &error));
  g_assert_true (outlay_atomic_file_commit (file, &error));
  g_assert_no_error (error);
  outlay_atomic_file_free (file);
  assert_contents (path, "png");

  g_assert_true (outlay_atomic_file_set_contents (ascii_path, "csv", 3, &error));
  g_assert_no_error (error);
  assert_contents (ascii_path, "csv");

  names = list_dir (fixture->dir);
  expected = g_strdup_printf ("%s %s", ascii->str, name->str);
  g_assert_cmpstr (names, ==, expected);

  /* One byte more is a name no file system here takes: said as such */
  g_string_append_c (ascii, 'x');
  too_long = g_build_filename (fixture->dir, ascii->str, NULL);
  g_assert_false (outlay_atomic_file_set_contents (too_long, "x", 1, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NAMETOOLONG);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Cannot write “%s”: File name too long", too_long);
  g_assert_cmpstr (error->message, ==, expected);
}

static struct sigaction
get_action (int sig)
{
  struct sigaction action;

  g_assert_cmpint (sigaction (sig, NULL, &action), ==, 0);
  return action;
}

/* The file size limit (ulimit -f) would kill the process with SIGXFSZ
 * in the middle of a write; while a file is written, the write fails
 * instead, and says why. No signal is changed for good. */
static void
test_file_size_limit (Fixture       *fixture,
                      gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      struct rlimit limit = { 4096, 4096 };
      g_autofree char *big = g_malloc0 (64 * 1024);
      g_autoptr(GError) error = NULL;
      g_autofree char *names = NULL;
      g_autofree char *expected = NULL;
      const char *dir = g_getenv ("OUTLAY_TEST_DIR");
      g_autofree char *path = g_build_filename (dir, "out.csv", NULL);

      g_assert_true (get_action (SIGXFSZ).sa_handler == SIG_DFL);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      g_assert_false (outlay_atomic_file_set_contents (path, big, 64 * 1024, &error));
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED);
      expected = g_strdup_printf ("Cannot write “%s”: File too large", path);
      g_assert_cmpstr (error->message, ==, expected);

      assert_contents (path, "old");
      names = list_dir (dir);
      g_assert_cmpstr (names, ==, "out.csv");
      g_assert_true (get_action (SIGXFSZ).sa_handler == SIG_DFL);
      return;
    }

  g_assert_true (g_file_set_contents (fixture->path, "old", -1, NULL));
  g_setenv ("OUTLAY_TEST_DIR", fixture->dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  assert_contents (fixture->path, "old");
}

/* Interrupted in the middle of a write (Ctrl+C, kill, the terminal
 * closed): the temporary file goes, the old file stays, and the process
 * still ends by the signal, as its caller expects. A child process
 * raises the signal itself, so the moment is exact. */
static void
test_interrupted (Fixture       *fixture,
                  gconstpointer  data)
{
  static const int signals[] = { SIGINT, SIGTERM, SIGHUP };

  g_assert_true (g_file_set_contents (fixture->path, "old", -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    {
      g_autofree char *names = NULL;
      int status;
      pid_t pid = fork ();

      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          OutlayAtomicFile *file = outlay_atomic_file_new (fixture->path, NULL);

          if (file == NULL || !outlay_atomic_file_write (file, "half", 4, NULL))
            _exit (2);
          raise (signals[i]);
          _exit (3);
        }

      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, signals[i]);

      assert_contents (fixture->path, "old");
      names = list_dir (fixture->dir);
      g_assert_cmpstr (names, ==, "out.csv");
    }
}

static void
on_term (int sig)
{
}

/* The handlers are there only while a file is written, and never take
 * the place of the program's own handler, or of a signal it ignores */
static void
test_signals_restored (Fixture       *fixture,
                       gconstpointer  data)
{
  struct sigaction own = { .sa_handler = on_term };
  struct sigaction ignore = { .sa_handler = SIG_IGN };
  struct sigaction old_term, old_hup;
  g_autoptr(GError) error = NULL;
  OutlayAtomicFile *file;

  g_assert_true (get_action (SIGINT).sa_handler == SIG_DFL);

  file = outlay_atomic_file_new (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (get_action (SIGINT).sa_handler != SIG_DFL);
  g_assert_true (get_action (SIGXFSZ).sa_handler == SIG_IGN);
  outlay_atomic_file_free (file);
  g_assert_true (get_action (SIGINT).sa_handler == SIG_DFL);
  g_assert_true (get_action (SIGXFSZ).sa_handler == SIG_DFL);

  sigaction (SIGTERM, &own, &old_term);
  sigaction (SIGHUP, &ignore, &old_hup);
  file = outlay_atomic_file_new (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (get_action (SIGTERM).sa_handler == on_term);
  g_assert_true (get_action (SIGHUP).sa_handler == SIG_IGN);
  g_assert_true (outlay_atomic_file_commit (file, &error));
  outlay_atomic_file_free (file);
  g_assert_true (get_action (SIGTERM).sa_handler == on_term);
  g_assert_true (get_action (SIGHUP).sa_handler == SIG_IGN);
  sigaction (SIGTERM, &old_term, NULL);
  sigaction (SIGHUP, &old_hup, NULL);
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
  ADD ("read-only", test_read_only);
  ADD ("longest-name", test_longest_name);
  ADD ("file-size-limit", test_file_size_limit);
  ADD ("interrupted", test_interrupted);
  ADD ("signals-restored", test_signals_restored);

#undef ADD

  return g_test_run ();
}

/* test-loader-files.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RTLD_NEXT, for the fstat() below */
#define _GNU_SOURCE

#include "config.h"

#include <dlfcn.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "outlay-dataset.h"
#include "outlay-model-private.h"

/* How outlay_dataset_new_from_file() deals with what is not a plain,
 * quiet dataset file: folders, named pipes, devices and sockets, a file
 * that changes while it is read, a name that is not UTF-8. The loader's
 * messages for what a file holds are tested in test-loader-errors.c. */

/* fstat() as the loader sees it: this program's definition comes before
 * the C library's. When fstat_fails is set, the next call fails with EIO
 * and leaves a folder's mode in the buffer, as a failed call may leave
 * anything there. */
static gboolean fstat_fails;

int
fstat (int          fd,
       struct stat *st)
{
  static int (*real_fstat) (int, struct stat *);

  if (fstat_fails)
    {
      fstat_fails = FALSE;
      memset (st, 0, sizeof *st);
      st->st_mode = S_IFDIR | 0755;
      errno = EIO;
      return -1;
    }

  if (real_fstat == NULL)
    real_fstat = (int (*) (int, struct stat *))dlsym (RTLD_NEXT, "fstat");

  return real_fstat (fd, st);
}

static char *
ok_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "ok", name, NULL);
}

static void
assert_refused (const char *path,
                int         code,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  OutlayDataset *dataset;

  dataset = outlay_dataset_new_from_file (path, &error);
  g_assert_null (dataset);
  g_assert_error (error, OUTLAY_DATASET_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *message = NULL;

  folder = g_dir_make_tmp ("outlay-test-loader-XXXXXX", &error);
  g_assert_no_error (error);

  message = g_strconcat (folder, ": is a folder, not a dataset file", NULL);
  assert_refused (folder, OUTLAY_DATASET_ERROR_READ, message);

  g_assert_no_errno (g_rmdir (folder));
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;

  /* A fresh, empty folder, so the file surely does not exist */
  folder = g_dir_make_tmp ("outlay-test-loader-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (folder, "missing.json", NULL);

  message = g_strconcat (path, ": cannot open the file: No such file or directory", NULL);
  assert_refused (path, OUTLAY_DATASET_ERROR_READ, message);

  g_assert_no_errno (g_rmdir (folder));
}

/* Opening a named pipe to read waits for a writer, for ever: the file
 * chooser, a drop or "outlay f.json" would hang. Checked in a child, so
 * that a hang fails the test after 10 s instead of stopping the suite. */
static void
test_fifo (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *folder = NULL;
      g_autofree char *path = NULL;
      g_autofree char *message = NULL;

      folder = g_dir_make_tmp ("outlay-test-loader-XXXXXX", &error);
      g_assert_no_error (error);
      path = g_build_filename (folder, "fifo.json", NULL);
      g_assert_no_errno (mkfifo (path, 0600));

      message = g_strconcat (path, ": is a named pipe, not a dataset file", NULL);
      assert_refused (path, OUTLAY_DATASET_ERROR_READ, message);

      g_assert_no_errno (g_unlink (path));
      g_assert_no_errno (g_rmdir (folder));
      return;
    }

  g_test_trap_subprocess (NULL, 10 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* A device would give an endless stream (/dev/zero) or wait for input
 * (a terminal); a socket cannot even be opened */
static void
test_device_and_socket (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GSocketAddress) address = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;

  assert_refused ("/dev/zero", OUTLAY_DATASET_ERROR_READ, "/dev/zero: is a device, not a dataset file");

  folder = g_dir_make_tmp ("outlay-test-loader-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (folder, "socket.json", NULL);
  socket = g_socket_new (G_SOCKET_FAMILY_UNIX, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_DEFAULT, &error);
  g_assert_no_error (error);
  address = g_unix_socket_address_new (path);
  g_assert_true (g_socket_bind (socket, address, TRUE, &error));
  g_assert_no_error (error);

  message = g_strconcat (path, ": is a socket, not a dataset file", NULL);
  assert_refused (path, OUTLAY_DATASET_ERROR_READ, message);

  g_socket_close (socket, NULL);
  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (folder));
}

/* When fstat() fails, its buffer says nothing: the loader read st_mode
 * from it anyway, and took a file for a folder when the buffer said so */
static void
test_fstat_fails (void)
{
  g_autofree char *path = ok_file ("minimal.json");
  g_autofree char *message = g_strconcat (path, ": cannot read the file: Input/output error", NULL);

  fstat_fails = TRUE;
  assert_refused (path, OUTLAY_DATASET_ERROR_READ, message);
  g_assert_false (fstat_fails);
}

/* The minimal dataset, then 64 kB of blank lines: a file of many pages,
 * as only a page wholly past the end of a mapped file raises SIGBUS */
static char *
copy_minimal (const char *folder)
{
  g_autofree char *minimal = ok_file ("minimal.json");
  g_autofree char *contents = NULL;
  g_autoptr(GString) padded = NULL;
  char *path = g_build_filename (folder, "dataset.json", NULL);

  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));
  padded = g_string_new (contents);
  for (guint i = 0; i < 65536; i++)
    g_string_append_c (padded, '\n');
  g_assert_true (g_file_set_contents (path, padded->str, (gssize)padded->len, NULL));

  return path;
}

/* To a page's end: the next page of a mapping is gone, and reading it
 * raises SIGBUS, while the text so far holds no NUL to stop the reading */
static void
truncate_file (const char *path)
{
  g_assert_no_errno (truncate (path, 4096));
}

static void
grow_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) stream = g_file_append_to (file, G_FILE_CREATE_NONE, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (G_OUTPUT_STREAM (stream), "\n\n", 2, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* A file that shrinks while it is read must not kill Outlay: a mapped
 * file that shrinks raises SIGBUS when its lost pages are read. The read
 * hook changes the file between the loader's look at its size and its
 * reading of the contents; the check runs in a child, which a signal
 * would kill. */
static void
test_changed_while_read (void)
{
  static const OutlayDatasetReadHook hooks[] = { truncate_file, grow_file };

  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *folder = NULL;
      g_autofree char *path = NULL;
      g_autofree char *message = NULL;

      folder = g_dir_make_tmp ("outlay-test-loader-XXXXXX", &error);
      g_assert_no_error (error);

      for (gsize i = 0; i < G_N_ELEMENTS (hooks); i++)
        {
          g_clear_pointer (&path, g_free);
          g_clear_pointer (&message, g_free);
          path = copy_minimal (folder);
          message = g_strconcat (path, ": the file changed while it was being read", NULL);

          _outlay_dataset_set_read_hook (hooks[i]);
          assert_refused (path, OUTLAY_DATASET_ERROR_READ, message);
          _outlay_dataset_set_read_hook (NULL);
        }

      /* Untouched, it loads */
      g_clear_pointer (&path, g_free);
      path = copy_minimal (folder);
      g_assert_finalize_object (outlay_dataset_new_from_file (path, &error));
      g_assert_no_error (error);

      g_assert_no_errno (g_unlink (path));
      g_assert_no_errno (g_rmdir (folder));
      return;
    }

  g_test_trap_subprocess (NULL, 10 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* A folder whose name is not UTF-8 (a byte 0xFF): messages show the
 * name as the file chooser would, never the raw bytes (they end up in a
 * GTK label and on the terminal) */
static void
test_name_not_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *display = NULL;
  g_autofree char *message = NULL;

  folder = g_dir_make_tmp ("outlay-\xff-XXXXXX", &error);
  g_assert_no_error (error);

  missing = g_build_filename (folder, "missing.json", NULL);
  display = g_filename_display_name (missing);
  g_assert_true (g_utf8_validate (display, -1, NULL));
  g_assert_nonnull (strstr (display, "\xef\xbf\xbd"));
  message = g_strconcat (display, ": cannot open the file: No such file or directory", NULL);
  assert_refused (missing, OUTLAY_DATASET_ERROR_READ, message);

  bad = g_build_filename (folder, "bad.json", NULL);
  g_assert_true (g_file_set_contents (bad, "{\n  \"format\": 1\n}\n", -1, NULL));
  g_clear_pointer (&display, g_free);
  g_clear_pointer (&message, g_free);
  display = g_filename_display_name (bad);
  message = g_strconcat (display, ":1:1: not an Outlay dataset: field “format” is not a string", NULL);
  assert_refused (bad, OUTLAY_DATASET_ERROR_FORMAT, message);

  g_assert_no_errno (g_unlink (bad));
  g_assert_no_errno (g_rmdir (folder));
}

/* The minimal dataset, with @padding blank lines after it, and @prefix
 * before it */
static char *
write_padded (const char *folder,
              const char *name,
              const char *prefix,
              gsize       padding)
{
  g_autofree char *minimal = ok_file ("minimal.json");
  g_autofree char *contents = NULL;
  g_autoptr(GString) padded = g_string_new (prefix);
  char *path = g_build_filename (folder, name, NULL);

  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));
  g_string_append (padded, contents);
  for (gsize i = 0; i < padding; i++)
    g_string_append_c (padded, '\n');
  g_assert_true (g_file_set_contents (path, padded->str, (gssize)padded->len, NULL));

  return path;
}

static char *
too_large_message (const char *path,
                   guint64     needed,
                   guint64     available)
{
  GStatBuf st;
  g_autofree char *file_text = NULL;
  g_autofree char *needed_text = NULL;
  g_autofree char *available_text = NULL;

  g_assert_no_errno (g_stat (path, &st));
  file_text = g_format_size ((guint64)st.st_size);
  needed_text = g_format_size ((guint64)st.st_size * needed);
  available_text = g_format_size (available);

  return g_strdup_printf ("%s: too large to load on this computer: a file of %s needs about %s "
                          "of memory, and %s is available", path, file_text, needed_text,
                          available_text);
}

/* A file too large for the memory left is refused before it is read,
 * rather than the machine swapping for minutes; one that would be parsed
 * whole needs more, and is refused once the scan knows. (The memory is
 * set for the test: with resource limits, test-cli checks the real one.) */
static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *whole = NULL;
  g_autofree char *message = NULL;
  const guint64 size = 300000;

  folder = g_dir_make_tmp ("outlay-test-loader-XXXXXX", &error);
  g_assert_no_error (error);
  plain = write_padded (folder, "plain.json", "", size);
  /* json-glib's comment: the facts cannot be read while it is parsed */
  whole = write_padded (folder, "whole.json", "/ read whole /", size);

  _outlay_dataset_set_memory_available (size * 3);
  message = too_large_message (plain, 4, size * 3);
  assert_refused (plain, OUTLAY_DATASET_ERROR_TOO_LARGE, message);

  /* Enough to read it, and to load it while parsed, not to parse it whole */
  _outlay_dataset_set_memory_available (size * 10);
  g_assert_finalize_object (outlay_dataset_new_from_file (plain, &error));
  g_assert_no_error (error);
  g_clear_pointer (&message, g_free);
  message = too_large_message (whole, 25, size * 10);
  assert_refused (whole, OUTLAY_DATASET_ERROR_TOO_LARGE, message);

  _outlay_dataset_set_memory_available (0);
  g_assert_finalize_object (outlay_dataset_new_from_file (whole, &error));
  g_assert_no_error (error);

  g_assert_no_errno (g_unlink (plain));
  g_assert_no_errno (g_unlink (whole));
  g_assert_no_errno (g_rmdir (folder));
}

/* A fault is placed by parsing the file a second time, whole: without
 * the memory for that, the message goes without the place, and is still
 * the fault the walk reaches first */
static void
test_fault_without_place (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GString) json = NULL;
  g_autofree char *message = NULL;
  const guint64 size = 300000;

  folder = g_dir_make_tmp ("outlay-test-loader-XXXXXX", &error);
  g_assert_no_error (error);
  path = write_padded (folder, "bad.json", "", size);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  json = g_string_new (contents);
  /* Two faults: a fact's, found while it is parsed, and the title's */
  g_assert_cmpuint (g_string_replace (json, "\"qualifier\": \"about\"", "\"qualifier\": \"roughly\"", 1), ==, 1);
  g_assert_true (g_file_set_contents (path, json->str, (gssize)json->len, NULL));

  _outlay_dataset_set_memory_available (size * 10);
  message = g_strconcat (path, ": fact “acme-capex-2025”: unknown qualifier “roughly” in “amount.qualifier” "
                         "(expected exact, about, at-least, more-than or up-to)", NULL);
  assert_refused (path, OUTLAY_DATASET_ERROR_INVALID_VALUE, message);

  g_assert_cmpuint (g_string_replace (json, "\"title\": { \"en\": \"Example\"", "\"title\": { \"en\": 1", 1), ==, 1);
  g_assert_true (g_file_set_contents (path, json->str, (gssize)json->len, NULL));
  g_clear_pointer (&message, g_free);
  message = g_strconcat (path, ": the dataset: field “title.en” must be a string", NULL);
  assert_refused (path, OUTLAY_DATASET_ERROR_WRONG_TYPE, message);

  /* With the memory, the same fault, placed */
  _outlay_dataset_set_memory_available (0);
  g_clear_pointer (&message, g_free);
  message = g_strconcat (path, ":4:12: the dataset: field “title.en” must be a string", NULL);
  assert_refused (path, OUTLAY_DATASET_ERROR_WRONG_TYPE, message);

  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (folder));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outlay/loader-files/folder", test_folder);
  g_test_add_func ("/outlay/loader-files/missing-file", test_missing_file);
  g_test_add_func ("/outlay/loader-files/fifo", test_fifo);
  g_test_add_func ("/outlay/loader-files/device-and-socket", test_device_and_socket);
  g_test_add_func ("/outlay/loader-files/fstat-fails", test_fstat_fails);
  g_test_add_func ("/outlay/loader-files/changed-while-read", test_changed_while_read);
  g_test_add_func ("/outlay/loader-files/name-not-utf8", test_name_not_utf8);
  g_test_add_func ("/outlay/loader-files/too-large", test_too_large);
  g_test_add_func ("/outlay/loader-files/fault-without-place", test_fault_without_place);

  return g_test_run ();
}

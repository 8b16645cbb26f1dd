/* outlay-dataset-file.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "outlay-dataset-loader-private.h"

/* Reading a dataset file into memory, whatever the path names.
 *
 * What is opened is checked before anything is read from it: a named pipe
 * would wait for a writer for ever, a device could stream without end
 * (/dev/zero) or wait for input (a terminal). So the file is opened
 * without blocking and refused unless fstat() says it is a regular file.
 *
 * The contents are read, not mapped: a mapped file that shrinks while it
 * is parsed (another program rewriting it) kills the process with SIGBUS
 * when the lost pages are touched. Read, a change shows as a short read,
 * a longer file or a new size or time, and is refused with a message. */

static OutlayDatasetReadHook read_hook;
static guint64 memory_available_for_tests;

void
_outlay_dataset_set_read_hook (OutlayDatasetReadHook hook)
{
  read_hook = hook;
}

void
_outlay_dataset_set_memory_available (guint64 bytes)
{
  memory_available_for_tests = bytes;
}

/* The memory the kernel says can be given out without swapping */
static guint64
read_mem_available (void)
{
  g_autofree char *meminfo = NULL;
  const char *line;
  guint64 kb;

  if (!g_file_get_contents ("/proc/meminfo", &meminfo, NULL, NULL))
    return G_MAXUINT64;

  line = strstr (meminfo, "MemAvailable:");
  if (line == NULL || sscanf (line + strlen ("MemAvailable:"), "%" G_GUINT64_FORMAT, &kb) != 1)
    return G_MAXUINT64;

  return kb * 1024;
}

/* What the resource limits (ulimit -v, -d) leave this process */
static guint64
read_limits_left (void)
{
  g_autofree char *statm = NULL;
  guint64 page = (guint64)sysconf (_SC_PAGESIZE);
  guint64 size_pages, data_pages;
  guint64 left = G_MAXUINT64;
  struct rlimit limit;

  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL) ||
      sscanf (statm, "%" G_GUINT64_FORMAT " %*u %*u %*u %*u %" G_GUINT64_FORMAT,
              &size_pages, &data_pages) != 2)
    return G_MAXUINT64;

  if (getrlimit (RLIMIT_AS, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
    left = MIN (left, (guint64)limit.rlim_cur > size_pages * page
                      ? (guint64)limit.rlim_cur - size_pages * page : 0);

  if (getrlimit (RLIMIT_DATA, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
    left = MIN (left, (guint64)limit.rlim_cur > data_pages * page
                      ? (guint64)limit.rlim_cur - data_pages * page : 0);

  return left;
}

/**
 * outlay_loader_get_memory_available:
 *
 * Returns: how many bytes this process can take without the machine
 *   swapping or a resource limit refusing them, or %G_MAXUINT64 when that
 *   cannot be known
 */
guint64
outlay_loader_get_memory_available (void)
{
  if (memory_available_for_tests > 0)
    return memory_available_for_tests;

  return MIN (read_mem_available (), read_limits_left ());
}

/**
 * outlay_loader_check_memory:
 * @display_name: the file's name, for the message
 * @file_size: its size
 * @needed: the bytes loading it needs beyond what is in use now
 * @error: return location for an #OUTLAY_DATASET_ERROR_TOO_LARGE
 *
 * Refuses a file that cannot be loaded without swapping, rather than
 * freezing the machine for minutes and perhaps being killed at the end.
 *
 * Returns: %FALSE with @error set if @needed is more than there is
 */
gboolean
outlay_loader_check_memory (const char  *display_name,
                            guint64      file_size,
                            guint64      needed,
                            GError     **error)
{
  guint64 available = outlay_loader_get_memory_available ();
  g_autofree char *file_text = NULL;
  g_autofree char *needed_text = NULL;
  g_autofree char *available_text = NULL;

  if (needed <= available)
    return TRUE;

  file_text = g_format_size (file_size);
  needed_text = g_format_size (needed);
  available_text = g_format_size (available);
  /* Translators: the first %s is a file name; then three sizes, such as
   * "219.0 MB", "1.7 GB", "1.2 GB" */
  g_set_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_TOO_LARGE,
               _("%s: too large to load on this computer: a file of %s needs about %s of memory, "
                 "and %s is available"), display_name, file_text, needed_text, available_text);
  return FALSE;
}

/**
 * outlay_loader_dup_display_name:
 * @path: a file name, in the file system's encoding
 *
 * Returns: (transfer full): @path as messages show it: UTF-8, as the file
 *   chooser shows it, and with no control character that could steer a
 *   terminal
 */
char *
outlay_loader_dup_display_name (const char *path)
{
  g_autofree char *display = g_filename_display_name (path);

  return outlay_text_dup_printable (display);
}

/* Why a file that is not a regular file cannot be a dataset */
static void
set_not_regular_error (GError     **error,
                       const char  *display_name,
                       mode_t       mode)
{
  if (S_ISDIR (mode))
    g_set_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_READ,
                 _("%s: is a folder, not a dataset file"), display_name);
  else if (S_ISFIFO (mode))
    g_set_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_READ,
                 _("%s: is a named pipe, not a dataset file"), display_name);
  else if (S_ISSOCK (mode))
    g_set_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_READ,
                 _("%s: is a socket, not a dataset file"), display_name);
  else if (S_ISCHR (mode) || S_ISBLK (mode))
    g_set_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_READ,
                 _("%s: is a device, not a dataset file"), display_name);
  else
    g_set_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_READ,
                 _("%s: is not a regular file"), display_name);
}

static void
set_read_error (GError     **error,
                const char  *display_name,
                int          saved_errno)
{
  g_set_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_READ,
               _("%s: cannot read the file: %s"), display_name, g_strerror (saved_errno));
}

static void
set_changed_error (GError     **error,
                   const char  *display_name)
{
  g_set_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_READ,
               _("%s: the file changed while it was being read"), display_name);
}

/* Reads up to @size bytes; returns how many, or -1 with errno set */
static gssize
read_up_to (int    fd,
            char  *buffer,
            gsize  size)
{
  gsize got = 0;

  while (got < size)
    {
      gssize n = read (fd, buffer + got, MIN (size - got, (gsize)G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return -1;
      if (n == 0)
        break;
      got += (gsize)n;
    }

  return (gssize)got;
}

static gboolean
same_file_state (const struct stat *before,
                 const struct stat *after)
{
  return before->st_size == after->st_size &&
         before->st_mtim.tv_sec == after->st_mtim.tv_sec &&
         before->st_mtim.tv_nsec == after->st_mtim.tv_nsec;
}

static GBytes *
read_contents (int          fd,
               const char  *path,
               const char  *display_name,
               GError     **error)
{
  g_autofree char *contents = NULL;
  struct stat before, after;
  gsize size;
  gssize got;
  char probe;

  if (fstat (fd, &before) != 0)
    {
      set_read_error (error, display_name, errno);
      return NULL;
    }

  if (!S_ISREG (before.st_mode))
    {
      set_not_regular_error (error, display_name, before.st_mode);
      return NULL;
    }

  if (before.st_size < 0 || (guint64)before.st_size >= G_MAXSIZE)
    {
      set_read_error (error, display_name, EFBIG);
      return NULL;
    }
  size = (gsize)before.st_size;

  /* The file, and the model made of it: the most any file needs when it
   * is read while parsed (load_bytes() checks again for one that cannot) */
  if (!outlay_loader_check_memory (display_name, size,
                                   (guint64)size * (1 + OUTLAY_LOADER_MEMORY_STREAMED), error))
    return NULL;

  contents = g_try_malloc (MAX (size, 1));
  if (contents == NULL)
    {
      set_read_error (error, display_name, ENOMEM);
      return NULL;
    }

  if (read_hook != NULL)
    read_hook (path);

  /* The size said, then one byte more: a file that grew has it */
  got = read_up_to (fd, contents, size);
  if (got >= 0 && (gsize)got == size)
    got += read_up_to (fd, &probe, 1);

  if (got < 0)
    {
      set_read_error (error, display_name, errno);
      return NULL;
    }

  if ((gsize)got != size || fstat (fd, &after) != 0 || !same_file_state (&before, &after))
    {
      set_changed_error (error, display_name);
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&contents), size);
}

/**
 * outlay_loader_read_file:
 * @path: a file name
 * @display_name: @path as messages show it
 * @error: return location for an #OUTLAY_DATASET_ERROR_READ
 *
 * Reads a regular file whole into memory, refusing anything else (a
 * folder, a named pipe, a device, a socket) and a file that changes while
 * it is read.
 *
 * Returns: (transfer full): the file's contents, or %NULL with @error set
 */
GBytes *
outlay_loader_read_file (const char  *path,
                         const char  *display_name,
                         GError     **error)
{
  GBytes *bytes;
  int fd;

  /* O_NONBLOCK: opening a named pipe to read would otherwise wait for a
   * writer; O_NOCTTY: a terminal must not become the controlling one */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, 0);
  if (fd < 0)
    {
      int saved_errno = errno;
      GStatBuf st;

      /* A socket cannot be opened at all ("No such device or address"):
       * say what it is instead */
      if (g_stat (path, &st) == 0 && !S_ISREG (st.st_mode))
        set_not_regular_error (error, display_name, st.st_mode);
      else
        g_set_error (error, OUTLAY_DATASET_ERROR, OUTLAY_DATASET_ERROR_READ,
                     _("%s: cannot open the file: %s"), display_name, g_strerror (saved_errno));
      return NULL;
    }

  bytes = read_contents (fd, path, display_name, error);
  g_close (fd, NULL);

  return bytes;
}

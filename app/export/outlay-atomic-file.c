/* outlay-atomic-file.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "outlay-atomic-file.h"
#include "outlay-export-signals-private.h"

/* A file written in full or not at all. The bytes go to a temporary file
 * beside the target (same folder, so same file system), which is synced
 * and renamed over the target only once everything is written. Until
 * then the target is untouched; on any failure, or if the writer is freed
 * without committing, the temporary file is removed.
 *
 * It is a stream rather than a buffer so that cairo's PNG, SVG and PDF
 * surfaces can write through it as they encode.
 *
 * While it is written, an interrupting signal removes the temporary file
 * and the file size limit is an error, not a kill
 * (outlay-export-signals.c). Messages name files by their display names:
 * a folder's name need not be UTF-8, and they are shown in the window. */
struct _OutlayAtomicFile
{
  char *path;
  char *temp_path;
  int   fd;
  int   slot;     /* the signal handler's, or -1 */
  guint holding : 1;
};

/* ".", the stem, ".XXXXXX" */
#define TEMP_EXTRA_BYTES 8

/* Takes ownership of @message. */
static gboolean
set_errno_error (GError **error,
                 int      saved_errno,
                 char    *message)
{
  g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), message);
  g_free (message);
  return FALSE;
}

/* rename() replaces a file whatever its mode, given a folder one may
 * write, so the mode is checked here. A file no one may write (chmod a-w)
 * is refused even to root, whom access() lets through: that is how a
 * user says "keep this one". */
static gboolean
check_replaceable (const char   *path,
                   struct stat  *st,
                   gboolean     *exists,
                   GError      **error)
{
  g_autofree char *display = NULL;

  *exists = FALSE;
  if (g_stat (path, st) != 0)
    return TRUE;

  *exists = TRUE;
  display = g_filename_display_name (path);

  if (S_ISDIR (st->st_mode))
    return set_errno_error (error, EISDIR,
                            g_strdup_printf (_("Cannot write “%s”: %s"), display, g_strerror (EISDIR)));

  if ((st->st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 ||
      (access (path, W_OK) != 0 && errno == EACCES))
    return set_errno_error (error, EACCES,
                            /* Translators: %s is a file name */
                            g_strdup_printf (_("Cannot write “%s”: the file is read-only"), display));

  return TRUE;
}

/* The temporary file's name is the target's with 8 bytes more, which
 * a name near the file system's limit (255 bytes) has no room for: the
 * stem is then cut, at a character boundary when the name is UTF-8. */
static char *
make_temp_template (const char  *path,
                    GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  long name_max = pathconf (dir, _PC_NAME_MAX);
  gsize stem_length = strlen (base);

  if (name_max <= TEMP_EXTRA_BYTES)
    name_max = NAME_MAX;

  if (stem_length > (gsize)name_max)
    {
      g_autofree char *display = g_filename_display_name (path);

      set_errno_error (error, ENAMETOOLONG,
                       g_strdup_printf (_("Cannot write “%s”: %s"), display, g_strerror (ENAMETOOLONG)));
      return NULL;
    }

  if (stem_length > (gsize)name_max - TEMP_EXTRA_BYTES)
    {
      stem_length = (gsize)name_max - TEMP_EXTRA_BYTES;
      if (g_utf8_validate (base, -1, NULL))
        stem_length = (gsize)(g_utf8_find_prev_char (base, base + stem_length + 1) - base);
    }

  return g_strdup_printf ("%s/.%.*s.XXXXXX", dir, (int)stem_length, base);
}

/**
 * outlay_atomic_file_new:
 * @path: the file to write
 * @error: return location for a #G_FILE_ERROR
 *
 * Starts writing @path. Nothing appears at @path until
 * outlay_atomic_file_commit() succeeds. An existing @path is replaced
 * only if it may be written (see check_replaceable()).
 *
 * Returns: (transfer full) (nullable): the writer, or %NULL with @error set
 */
OutlayAtomicFile *
outlay_atomic_file_new (const char  *path,
                        GError     **error)
{
  OutlayAtomicFile *self;
  struct stat st;
  gboolean exists;
  sigset_t saved;
  mode_t mask;
  int saved_errno;

  g_return_val_if_fail (path != NULL, NULL);

  if (!check_replaceable (path, &st, &exists, error))
    return NULL;

  self = g_new0 (OutlayAtomicFile, 1);
  self->path = g_strdup (path);
  self->fd = -1;
  self->slot = -1;
  self->temp_path = make_temp_template (path, error);
  if (self->temp_path == NULL)
    {
      outlay_atomic_file_free (self);
      return NULL;
    }

  _outlay_export_signals_hold ();
  self->holding = TRUE;
  _outlay_export_signals_block (&saved);
  self->fd = g_mkstemp_full (self->temp_path, O_WRONLY | O_CLOEXEC, 0600);
  saved_errno = errno;
  if (self->fd >= 0)
    self->slot = _outlay_export_signals_add (self->temp_path);
  _outlay_export_signals_unblock (&saved);

  if (self->fd < 0)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_clear_pointer (&self->temp_path, g_free);
      outlay_atomic_file_free (self);
      set_errno_error (error, saved_errno,
                       g_strdup_printf (_("Cannot write in the folder of “%s”: %s"),
                                        display, g_strerror (saved_errno)));
      return NULL;
    }

  /* mkstemp makes the file private; an export is an ordinary file, so it
   * gets the mode of the file it replaces, or what the umask allows. */
  if (exists)
    {
      fchmod (self->fd, st.st_mode & 07777);
    }
  else
    {
      mask = umask (0);
      umask (mask);
      fchmod (self->fd, 0666 & ~mask);
    }

  return self;
}

/**
 * outlay_atomic_file_write:
 * @self: a writer
 * @data: (array length=length): bytes to append
 * @length: how many
 * @error: return location for a #G_FILE_ERROR
 *
 * Returns: %TRUE if all of @data was written
 */
gboolean
outlay_atomic_file_write (OutlayAtomicFile  *self,
                          const void        *data,
                          gsize              length,
                          GError           **error)
{
  const guint8 *p = data;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->fd >= 0, FALSE);

  while (length > 0)
    {
      gssize written = write (self->fd, p, length);

      if (written < 0)
        {
          int saved_errno = errno;

          g_autofree char *display = NULL;

          if (saved_errno == EINTR)
            continue;
          display = g_filename_display_name (self->path);
          return set_errno_error (error, saved_errno,
                                  g_strdup_printf (_("Cannot write “%s”: %s"),
                                                   display, g_strerror (saved_errno)));
        }

      p += written;
      length -= (gsize)written;
    }

  return TRUE;
}

/**
 * outlay_atomic_file_commit:
 * @self: a writer
 * @error: return location for a #G_FILE_ERROR
 *
 * Puts the written file in place of the target. Whether it succeeds or
 * not, @self can only be freed afterwards.
 *
 * Returns: %TRUE if the target now holds exactly what was written
 */
gboolean
outlay_atomic_file_commit (OutlayAtomicFile  *self,
                           GError           **error)
{
  g_autofree char *display = NULL;
  struct stat st;
  gboolean exists;
  sigset_t saved;
  int fd;
  int saved_errno = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->fd >= 0, FALSE);

  fd = self->fd;
  self->fd = -1;
  display = g_filename_display_name (self->path);

  /* Synced before the rename, so a crash leaves the old file or the whole
   * new one, never an empty file under the target's name. */
  if (fsync (fd) != 0)
    {
      saved_errno = errno;
      close (fd);
      return set_errno_error (error, saved_errno,
                              g_strdup_printf (_("Cannot write “%s”: %s"),
                                               display, g_strerror (saved_errno)));
    }

  if (close (fd) != 0)
    {
      saved_errno = errno;
      return set_errno_error (error, saved_errno,
                              g_strdup_printf (_("Cannot write “%s”: %s"),
                                               display, g_strerror (saved_errno)));
    }

  /* Made read-only while it was being drawn: still kept */
  if (!check_replaceable (self->path, &st, &exists, error))
    return FALSE;

  _outlay_export_signals_block (&saved);
  if (g_rename (self->temp_path, self->path) == 0)
    {
      _outlay_export_signals_remove (self->slot);
      self->slot = -1;
      g_clear_pointer (&self->temp_path, g_free);
    }
  else
    saved_errno = errno;
  _outlay_export_signals_unblock (&saved);

  if (self->temp_path != NULL)
    return set_errno_error (error, saved_errno,
                            g_strdup_printf (_("Cannot write “%s”: %s"),
                                             display, g_strerror (saved_errno)));

  return TRUE;
}

/**
 * outlay_atomic_file_free:
 * @self: a writer
 *
 * Frees @self. If it was not committed, the temporary file is removed and
 * the target stays as it was.
 */
void
outlay_atomic_file_free (OutlayAtomicFile *self)
{
  if (self == NULL)
    return;

  if (self->fd >= 0)
    close (self->fd);

  if (self->temp_path != NULL)
    {
      sigset_t saved;

      _outlay_export_signals_block (&saved);
      g_unlink (self->temp_path);
      _outlay_export_signals_remove (self->slot);
      _outlay_export_signals_unblock (&saved);
    }

  if (self->holding)
    _outlay_export_signals_release ();

  g_free (self->temp_path);
  g_free (self->path);
  g_free (self);
}

/**
 * outlay_atomic_file_set_contents:
 * @path: the file to write
 * @data: (array length=length): its new contents
 * @length: their length
 * @error: return location for a #G_FILE_ERROR
 *
 * Replaces @path with @data, atomically.
 *
 * Returns: %TRUE on success
 */
gboolean
outlay_atomic_file_set_contents (const char  *path,
                                 const void  *data,
                                 gsize        length,
                                 GError     **error)
{
  g_autoptr(OutlayAtomicFile) file = outlay_atomic_file_new (path, error);

  return file != NULL &&
         outlay_atomic_file_write (file, data, length, error) &&
         outlay_atomic_file_commit (file, error);
}

/* outlay-atomic-file.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "outlay-atomic-file.h"

/* A file written in full or not at all. The bytes go to a temporary file
 * beside the target (same folder, so same file system), which is synced
 * and renamed over the target only once everything is written. Until
 * then the target is untouched; on any failure, or if the writer is freed
 * without committing, the temporary file is removed.
 *
 * It is a stream rather than a buffer so that cairo's PNG, SVG and PDF
 * surfaces can write through it as they encode. */
struct _OutlayAtomicFile
{
  char *path;
  char *temp_path;
  int   fd;
};

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

/**
 * outlay_atomic_file_new:
 * @path: the file to write
 * @error: return location for a #G_FILE_ERROR
 *
 * Starts writing @path. Nothing appears at @path until
 * outlay_atomic_file_commit() succeeds.
 *
 * Returns: (transfer full) (nullable): the writer, or %NULL with @error set
 */
OutlayAtomicFile *
outlay_atomic_file_new (const char  *path,
                        GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  OutlayAtomicFile *self;
  struct stat st;
  mode_t mask;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_stat (path, &st) == 0 && S_ISDIR (st.st_mode))
    {
      set_errno_error (error, EISDIR,
                       g_strdup_printf (_("Cannot write “%s”: %s"), path, g_strerror (EISDIR)));
      return NULL;
    }

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);

  self = g_new0 (OutlayAtomicFile, 1);
  self->path = g_strdup (path);
  self->temp_path = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  self->fd = g_mkstemp_full (self->temp_path, O_WRONLY | O_CLOEXEC, 0600);

  if (self->fd < 0)
    {
      int saved_errno = errno;

      g_clear_pointer (&self->temp_path, g_free);
      outlay_atomic_file_free (self);
      set_errno_error (error, saved_errno,
                       g_strdup_printf (_("Cannot write in the folder of “%s”: %s"),
                                        path, g_strerror (saved_errno)));
      return NULL;
    }

  /* mkstemp makes the file private; an export is an ordinary file, so it
   * gets the mode of the file it replaces, or what the umask allows. */
  if (g_stat (path, &st) == 0)
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

          if (saved_errno == EINTR)
            continue;
          return set_errno_error (error, saved_errno,
                                  g_strdup_printf (_("Cannot write “%s”: %s"),
                                                   self->path, g_strerror (saved_errno)));
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
  int fd;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->fd >= 0, FALSE);

  fd = self->fd;
  self->fd = -1;

  /* Synced before the rename, so a crash leaves the old file or the whole
   * new one, never an empty file under the target's name. */
  if (fsync (fd) != 0)
    {
      int saved_errno = errno;

      close (fd);
      return set_errno_error (error, saved_errno,
                              g_strdup_printf (_("Cannot write “%s”: %s"),
                                               self->path, g_strerror (saved_errno)));
    }

  if (close (fd) != 0 || g_rename (self->temp_path, self->path) != 0)
    {
      int saved_errno = errno;

      return set_errno_error (error, saved_errno,
                              g_strdup_printf (_("Cannot write “%s”: %s"),
                                               self->path, g_strerror (saved_errno)));
    }

  g_clear_pointer (&self->temp_path, g_free);
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
    g_unlink (self->temp_path);

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

/* outlay-export-signals.c
 *
 * Copyright 2026 The Outlay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>

#include "outlay-export-signals-private.h"

/* What signals do to a file being written (see outlay-atomic-file.c).
 *
 * Interrupted (Ctrl+C, kill, the terminal closed), a process dies without
 * unwinding, and the temporary file it was writing stays behind. While a
 * file is written, a handler for SIGINT, SIGTERM and SIGHUP removes every
 * temporary file in progress and then lets the signal end the process as
 * it would have. It is installed only over the default action, never over
 * a handler of the program's own (which then decides, and the writer's
 * own clean-up runs if it unwinds) nor a signal it ignores (nohup), and
 * taken away when the last file is done.
 *
 * Over the file size limit (ulimit -f), the kernel sends SIGXFSZ, which
 * kills by default; while a file is written it is ignored, so that the
 * write fails with EFBIG, which the writer reports like any other.
 *
 * The handler may run in the middle of anything: it reads only the fixed
 * slots below, each published with an atomic store once its path is
 * whole, and calls only unlink(), sigaction() and raise(), which are
 * async-signal-safe. */

#define N_SLOTS 8

enum { SLOT_FREE, SLOT_FILLING, SLOT_SET };

typedef struct
{
  int  state;
  char path[PATH_MAX];
} Slot;

static Slot slots[N_SLOTS];

static const int cleanup_signals[] = { SIGHUP, SIGINT, SIGTERM };

/* Guarded by lock; never read by the handler */
static GMutex lock;
static guint n_held;
static gboolean installed[G_N_ELEMENTS (cleanup_signals)];
static gboolean ignoring_xfsz;

static void
on_signal (int sig)
{
  struct sigaction fallback = { .sa_handler = SIG_DFL };

  for (guint i = 0; i < N_SLOTS; i++)
    if (g_atomic_int_get (&slots[i].state) == SLOT_SET)
      unlink (slots[i].path);

  /* Installed only over SIG_DFL: die of it as the process would have.
   * The signal is blocked while this runs, and arrives when it returns. */
  sigaction (sig, &fallback, NULL);
  raise (sig);
}

static gboolean
is_default (const struct sigaction *action)
{
  return (action->sa_flags & SA_SIGINFO) == 0 && action->sa_handler == SIG_DFL;
}

/**
 * _outlay_export_signals_hold:
 *
 * A file is about to be written: from now on until the matching
 * _outlay_export_signals_release(), SIGXFSZ is ignored and an interrupting
 * signal removes the temporary files added with
 * _outlay_export_signals_add().
 */
void
_outlay_export_signals_hold (void)
{
  g_mutex_lock (&lock);

  if (n_held++ == 0)
    {
      struct sigaction handler = { .sa_handler = on_signal };
      struct sigaction ignore = { .sa_handler = SIG_IGN };
      struct sigaction old;

      /* One clean-up at a time: a second signal waits for the first */
      sigemptyset (&handler.sa_mask);
      for (guint i = 0; i < G_N_ELEMENTS (cleanup_signals); i++)
        sigaddset (&handler.sa_mask, cleanup_signals[i]);

      for (guint i = 0; i < G_N_ELEMENTS (cleanup_signals); i++)
        {
          sigaction (cleanup_signals[i], NULL, &old);
          installed[i] = is_default (&old) && sigaction (cleanup_signals[i], &handler, NULL) == 0;
        }

      sigaction (SIGXFSZ, NULL, &old);
      ignoring_xfsz = is_default (&old) && sigaction (SIGXFSZ, &ignore, NULL) == 0;
    }

  g_mutex_unlock (&lock);
}

/**
 * _outlay_export_signals_release:
 *
 * Undoes _outlay_export_signals_hold(); the last one puts the default
 * actions back, unless the program has set its own meanwhile.
 */
void
_outlay_export_signals_release (void)
{
  g_mutex_lock (&lock);

  g_assert (n_held > 0);
  if (--n_held == 0)
    {
      struct sigaction fallback = { .sa_handler = SIG_DFL };
      struct sigaction current;

      for (guint i = 0; i < G_N_ELEMENTS (cleanup_signals); i++)
        {
          if (installed[i] && sigaction (cleanup_signals[i], NULL, &current) == 0 &&
              (current.sa_flags & SA_SIGINFO) == 0 && current.sa_handler == on_signal)
            sigaction (cleanup_signals[i], &fallback, NULL);
          installed[i] = FALSE;
        }

      if (ignoring_xfsz && sigaction (SIGXFSZ, NULL, &current) == 0 &&
          (current.sa_flags & SA_SIGINFO) == 0 && current.sa_handler == SIG_IGN)
        sigaction (SIGXFSZ, &fallback, NULL);
      ignoring_xfsz = FALSE;
    }

  g_mutex_unlock (&lock);
}

/**
 * _outlay_export_signals_block:
 * @saved: (out): the thread's signal mask before
 *
 * Holds the interrupting signals back in this thread while a temporary
 * file is created or removed and its slot changes, so that none comes in
 * between, when the file exists but the handler does not know it.
 */
void
_outlay_export_signals_block (sigset_t *saved)
{
  sigset_t set;

  sigemptyset (&set);
  for (guint i = 0; i < G_N_ELEMENTS (cleanup_signals); i++)
    sigaddset (&set, cleanup_signals[i]);
  pthread_sigmask (SIG_BLOCK, &set, saved);
}

void
_outlay_export_signals_unblock (sigset_t *saved)
{
  pthread_sigmask (SIG_SETMASK, saved, NULL);
}

/**
 * _outlay_export_signals_add:
 * @temp_path: a temporary file that an interruption should remove
 *
 * Returns: its slot, for _outlay_export_signals_remove(), or -1 if all
 *   are taken or the path is too long for one (then only the writer's
 *   own clean-up removes it)
 */
int
_outlay_export_signals_add (const char *temp_path)
{
  gsize length = strlen (temp_path);

  if (length >= PATH_MAX)
    return -1;

  for (guint i = 0; i < N_SLOTS; i++)
    if (g_atomic_int_compare_and_exchange (&slots[i].state, SLOT_FREE, SLOT_FILLING))
      {
        memcpy (slots[i].path, temp_path, length + 1);
        g_atomic_int_set (&slots[i].state, SLOT_SET);
        return (int)i;
      }

  return -1;
}

void
_outlay_export_signals_remove (int slot)
{
  if (slot < 0)
    return;

  g_assert (slot < N_SLOTS);
  g_atomic_int_set (&slots[slot].state, SLOT_FREE);
}

# interleave.py: the interleaved pass the benchmark scripts judge by.
#
# hyperfine runs each command's runs back to back, and a machine whose
# speed drifts over a minute (this one does) moves one command's mean and
# not the others'. Here each round runs every command once, in
# alternating order, after two rounds of warm-up; the scripts compare the
# medians.

import subprocess
import sys
import time


def interleave(commands, rounds, who):
    """Times each command (an argv list) `rounds` times, interleaved.

    Returns one list of wall times in ms per command, in the order given.
    A command that fails ends the run, with `who` naming the script."""
    times = [[] for _ in commands]
    order = list(range(len(commands)))
    for round_ in range(rounds + 2):            # the first two rounds warm up
        for i in (order if round_ % 2 == 0 else order[::-1]):
            start = time.perf_counter()
            done = subprocess.run(commands[i], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            elapsed = (time.perf_counter() - start) * 1000
            if done.returncode != 0:
                sys.exit(f"{who}: “{' '.join(commands[i])}” failed (exit {done.returncode})")
            if round_ >= 2:
                times[i].append(elapsed)
    return times

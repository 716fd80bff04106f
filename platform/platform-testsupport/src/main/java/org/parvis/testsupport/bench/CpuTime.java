package org.parvis.testsupport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time (user + system) used by a process tree, read from Linux {@code /proc}: on a shared
 * machine, CPU per request says where the work goes better than a rate does.
 */
final class CpuTime {

  private static final double TICK_NANOS = 1e9 / 100; // USER_HZ is 100 on Linux

  private CpuTime() {}

  /**
   * Nanoseconds of CPU used so far by {@code pid} and its living descendants, plus what its
   * children that have exited and been waited for used ({@code cutime}, {@code cstime}): so a
   * PostgreSQL postmaster's count includes the backends of connections already closed.
   */
  static long ofTree(long pid) {
    long ticks = ticks(pid, true);
    ProcessHandle root = ProcessHandle.of(pid).orElse(null);
    if (root != null) {
      try (Stream<ProcessHandle> children = root.descendants()) {
        ticks += children.mapToLong(child -> ticks(child.pid(), false)).sum();
      }
    }
    return (long) (ticks * TICK_NANOS);
  }

  private static long ticks(long pid, boolean withWaitedChildren) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      // Fields after the command name, which is in parentheses and may contain spaces.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long own = Long.parseLong(f[11]) + Long.parseLong(f[12]);
      return withWaitedChildren ? own + Long.parseLong(f[13]) + Long.parseLong(f[14]) : own;
    } catch (IOException | RuntimeException gone) {
      return 0;
    }
  }
}

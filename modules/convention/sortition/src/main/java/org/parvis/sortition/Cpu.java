package org.parvis.sortition;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** CPU time of the current thread (native solver code included), for profiles on a busy machine. */
final class Cpu {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Cpu() {}

  static long nanos() {
    return THREADS.getCurrentThreadCpuTime();
  }
}

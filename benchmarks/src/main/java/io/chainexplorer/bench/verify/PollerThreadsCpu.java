package io.chainexplorer.bench.verify;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of the threads that do the poller's work in this JVM: the calling thread (fetch, map,
 * verify, serialize, compress, commit), the HTTP client's threads (request and body) and the Kafka
 * producer's network thread; the broker and the JSON-RPC server share the JVM but not the count.
 * Apart, the CPU of the JVM's own threads (garbage collection, compilation), which no Java thread
 * reports and which the poller's allocations cause most of here.
 */
final class PollerThreadsCpu {

  private static final String[] POLLER_THREADS = {"HttpClient-", "kafka-producer-network-thread"};

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final OperatingSystemMXBean system =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final long caller = Thread.currentThread().getId();
  private final Map<Long, Boolean> counted = new HashMap<>();

  PollerThreadsCpu() {
    if (!threads.isThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure CPU time per thread");
    }
    threads.setThreadCpuTimeEnabled(true);
  }

  /**
   * CPU nanoseconds so far of the poller's threads alive now and of the JVM's own threads; a
   * difference of two readings is the work between them (a pooled HTTP thread that ends in between
   * moves its share to the JVM's column, which is rare).
   */
  Reading read() {
    long poller = 0;
    long java = 0;
    for (long id : threads.getAllThreadIds()) {
      long cpu = Math.max(0, threads.getThreadCpuTime(id));
      java += cpu;
      if (counted.computeIfAbsent(id, this::isPollerThread)) {
        poller += cpu;
      }
    }
    return new Reading(poller, system.getProcessCpuTime() - java);
  }

  /** CPU nanoseconds of the poller's threads and of the JVM's own threads. */
  record Reading(long poller, long jvm) {}

  private boolean isPollerThread(long id) {
    if (id == caller) {
      return true;
    }
    ThreadInfo info = threads.getThreadInfo(id);
    if (info == null) {
      return false;
    }
    for (String prefix : POLLER_THREADS) {
      if (info.getThreadName().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}

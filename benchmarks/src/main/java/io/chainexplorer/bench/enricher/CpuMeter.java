package io.chainexplorer.bench.enricher;

import io.chainexplorer.bench.common.Run;
import java.lang.management.ManagementFactory;

/**
 * The process CPU time spent between a run's first and last committed offset, polled with its
 * progress: on a machine shared with other work, CPU per block varies far less than wall time.
 */
final class CpuMeter implements Run.Progress {

  private final Run.Progress progress;
  private long firstOffset = -1;
  private long firstCpu;
  private long lastOffset;
  private long lastCpu;

  CpuMeter(Run.Progress progress) {
    this.progress = progress;
  }

  @Override
  public long committed() throws Exception {
    long offset = progress.committed();
    long cpu = processCpuNanos();
    if (firstOffset < 0 && offset > 0) {
      firstOffset = offset;
      firstCpu = cpu;
    }
    lastOffset = offset;
    lastCpu = cpu;
    return offset;
  }

  /** CPU milliseconds of the whole benchmark JVM (broker included) per committed record. */
  double cpuMillisPerRecord() {
    long records = lastOffset - firstOffset;
    return records <= 0 ? Double.NaN : (lastCpu - firstCpu) / 1e6 / records;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}

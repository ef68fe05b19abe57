package io.chainexplorer.sink.metrics;

/** The worker-wide endpoint as an MBean: which port serves {@code /metrics}. */
public interface EndpointInfo {

  int getPort();
}

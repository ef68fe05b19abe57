package io.chainexplorer.sink.metrics;

/**
 * One plugin's registry as the endpoint reads it: a JMX interface, since plugins live in class
 * loaders that share no class of ours, only the JVM's MBean server.
 */
public interface ScrapeSource {

  /** The registry's meters in the Prometheus text format. */
  String getScrape();
}

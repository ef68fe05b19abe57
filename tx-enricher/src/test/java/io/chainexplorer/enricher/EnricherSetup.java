package io.chainexplorer.enricher;

import io.chainexplorer.enricher.config.EnricherConfig;
import io.chainexplorer.platform.streams.TopicSerdes;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import java.nio.file.Path;
import java.util.Map;

/** The enricher's configuration and serdes on the shared broker and registry, for its ITs. */
public final class EnricherSetup {

  private EnricherSetup() {}

  /** The enricher of {@code chain} with its state under {@code stateDir}; defaults elsewhere. */
  public static EnricherConfig config(
      String chain, KafkaEndpoint kafka, SchemaRegistryEndpoint registry, Path stateDir) {
    return EnricherConfig.minimal(
        chain, kafka.bootstrapServers(), registry.confluentApiUrl(), stateDir);
  }

  /** The enricher's serdes on the registry; the caller closes them. */
  public static TopicSerdes serdes(SchemaRegistryEndpoint registry) {
    return TopicSerdes.of(Map.of("schema.registry.url", registry.confluentApiUrl()));
  }
}

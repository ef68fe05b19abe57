package io.chainexplorer.enricher.config;

import io.chainexplorer.platform.config.StreamsServiceConfig;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * Configuration of the transaction enricher: the Streams keys plus how many recent raw blocks stay
 * retractable. How final a block must be for the cold layer is the poller's {@code confirmations}:
 * the enricher derives the confirmed entities from the poller's confirmed raw blocks.
 */
public final class EnricherConfig extends StreamsServiceConfig {

  public static final String SERVICE = "tx-enricher";

  public static final String RETRACTION_WINDOW_BLOCKS = "retraction.window.blocks";

  /** The poller's smallest reorg window: a shorter retraction window would miss its retractions. */
  public static final int MIN_RETRACTION_WINDOW = 128;

  private static final ConfigDef DEFINITION =
      streamsDefinition()
          .define(
              RETRACTION_WINDOW_BLOCKS,
              Type.INT,
              256,
              Range.atLeast(MIN_RETRACTION_WINDOW),
              Importance.MEDIUM,
              "Heights below the newest raw block whose raw blocks stay in the retraction store, "
                  + "so a reorg can retract everything derived from them; at least the poller's "
                  + "reorg.window.blocks.");

  public EnricherConfig(Map<?, ?> properties) {
    super(DEFINITION, properties);
  }

  /**
   * The enricher of {@code chain} on a running cluster, with every other key at its default: what a
   * program that embeds the enricher must give at the least.
   *
   * @param stateDir where the app keeps its local state (RocksDB stores)
   */
  public static EnricherConfig minimal(
      String chain, String bootstrapServers, String schemaRegistryUrl, Path stateDir) {
    return new EnricherConfig(
        Map.of(
            CHAIN_NAME, chain,
            KAFKA_BOOTSTRAP_SERVERS, bootstrapServers,
            SCHEMA_REGISTRY_URL, schemaRegistryUrl,
            STATE_DIR, stateDir.toString()));
  }

  /** A copy of the definition, for loaders and the generated reference. */
  public static ConfigDef definition() {
    return new ConfigDef(DEFINITION);
  }

  @Override
  public String serviceName() {
    return SERVICE;
  }

  public int retractionWindowBlocks() {
    return getInt(RETRACTION_WINDOW_BLOCKS);
  }
}

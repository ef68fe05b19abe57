package io.chainexplorer.enricher.config;

import io.chainexplorer.platform.config.StreamsServiceConfig;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/** Configuration of the transaction enricher: the Streams keys plus how final a block must be. */
public final class EnricherConfig extends StreamsServiceConfig {

  public static final String SERVICE = "tx-enricher";

  public static final String CONFIRMATIONS = "confirmations";

  private static final ConfigDef DEFINITION =
      streamsDefinition()
          .define(
              CONFIRMATIONS,
              Type.INT,
              0,
              Range.atLeast(0),
              Importance.MEDIUM,
              "Confirmations a raw block needs before its transactions, logs and transfers are "
                  + "emitted; 0: emit at once and rely on retractions after a reorg.");

  public EnricherConfig(Map<?, ?> properties) {
    super(DEFINITION, properties);
  }

  /** A copy of the definition, for loaders and the generated reference. */
  public static ConfigDef definition() {
    return new ConfigDef(DEFINITION);
  }

  @Override
  public String serviceName() {
    return SERVICE;
  }

  public int confirmations() {
    return getInt(CONFIRMATIONS);
  }
}

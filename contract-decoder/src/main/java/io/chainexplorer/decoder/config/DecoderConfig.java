package io.chainexplorer.decoder.config;

import io.chainexplorer.platform.config.StreamsServiceConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * Configuration of the contract decoder: the Streams keys and where user ABIs live. It decodes at
 * once and follows the enricher's retractions, so it needs no confirmation depth of its own.
 */
public final class DecoderConfig extends StreamsServiceConfig {

  public static final String SERVICE = "contract-decoder";

  public static final String ABI_DIR = "abi.dir";

  private static final ConfigDef DEFINITION =
      streamsDefinition()
          .define(
              ABI_DIR,
              Type.STRING,
              "",
              Importance.MEDIUM,
              "Directory of contract ABI JSON files (one per contract, named <address>.json) "
                  + "loaded at start; empty: none.");

  public DecoderConfig(Map<?, ?> properties) {
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

  public Optional<Path> abiDir() {
    return Optional.of(getString(ABI_DIR)).filter(dir -> !dir.isBlank()).map(Path::of);
  }
}

package io.chainexplorer.decoder.config;

import io.chainexplorer.platform.config.StreamsServiceConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/** Configuration of the contract decoder: the Streams keys, confirmations and where ABIs live. */
public final class DecoderConfig extends StreamsServiceConfig {

  public static final String SERVICE = "contract-decoder";

  public static final String CONFIRMATIONS = "confirmations";
  public static final String ABI_DIR = "abi.dir";

  private static final ConfigDef DEFINITION =
      streamsDefinition()
          .define(
              CONFIRMATIONS,
              Type.INT,
              0,
              Range.atLeast(0),
              Importance.MEDIUM,
              "Confirmations a transaction's block needs before its calls and events are decoded;"
                  + " 0: decode at once and rely on retractions after a reorg.")
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

  public int confirmations() {
    return getInt(CONFIRMATIONS);
  }

  public Optional<Path> abiDir() {
    return Optional.of(getString(ABI_DIR)).filter(dir -> !dir.isBlank()).map(Path::of);
  }
}

package io.chainexplorer.cli.config;

import io.chainexplorer.cli.batch.BatchLaunchConfig;
import io.chainexplorer.cli.batch.HotStoreSettings;
import io.chainexplorer.platform.config.ConfigDocs;
import io.chainexplorer.platform.config.ConfigLoader;
import io.chainexplorer.platform.config.KafkaClientSecurity;
import io.chainexplorer.platform.config.ServiceConfig;
import io.chainexplorer.platform.config.StreamsServiceConfig;
import org.apache.kafka.common.config.ConfigDef;

/**
 * The README's configuration reference, generated from the apps' definitions: shared keys once,
 * then what each app adds.
 */
public final class ConfigReference {

  private ConfigReference() {}

  /** The Markdown text that belongs between the {@code config-reference} markers. */
  public static String markdown() {
    ConfigDef base = ServiceConfig.baseDefinition();
    ConfigDef streams = StreamsServiceConfig.streamsDefinition();
    StringBuilder text = new StringBuilder();
    text.append("Each app reads its keys, in increasing precedence, from the defaults below, a")
        .append(" properties file (`--config FILE`), environment variables (`")
        .append(ConfigLoader.ENV_PREFIX)
        .append("` + the key upper-cased, every `.` or `-` as `_`) and `--set KEY=VALUE` flags.")
        .append(" An unknown key or an invalid value stops the app with exit code 2, naming the")
        .append(" key and where it came from; passwords are never printed.")
        .append(" `chain-explorer config APP` shows an app's effective configuration.\n\n");
    ConfigDef security = KafkaClientSecurity.definition();
    section(text, "Every service", ConfigDocs.without(base, security));
    text.append("### Kafka client security (every service)\n\n")
        .append("Kafka's own client settings, under Kafka's names: every producer, consumer, admin")
        .append(" and Streams client of the app gets the ones that are set, unchanged; unset ones")
        .append(" keep Kafka's defaults. See the Security section above.\n\n")
        .append(ConfigDocs.markdown(security))
        .append('\n');
    section(
        text,
        "Kafka Streams apps ("
            + ConfiguredApp.TX_ENRICHER.id()
            + ", "
            + ConfiguredApp.CONTRACT_DECODER.id()
            + ")",
        ConfigDocs.without(streams, base));
    section(
        text,
        ConfiguredApp.BLOCK_POLLER.id(),
        ConfigDocs.without(ConfiguredApp.BLOCK_POLLER.definition(), base));
    section(
        text,
        ConfiguredApp.TX_ENRICHER.id(),
        ConfigDocs.without(ConfiguredApp.TX_ENRICHER.definition(), streams));
    section(
        text,
        ConfiguredApp.CONTRACT_DECODER.id(),
        ConfigDocs.without(ConfiguredApp.CONTRACT_DECODER.definition(), streams));
    section(
        text,
        "chain-explorer batch run (and the batch runs of chain-explorer run)",
        BatchLaunchConfig.definition());
    section(
        text,
        "chain-explorer batch run: the hot store the views are loaded into",
        HotStoreSettings.definition());
    return text.toString().stripTrailing() + "\n";
  }

  private static void section(StringBuilder text, String title, ConfigDef definition) {
    text.append("### ")
        .append(title)
        .append("\n\n")
        .append(ConfigDocs.markdown(definition))
        .append('\n');
  }
}

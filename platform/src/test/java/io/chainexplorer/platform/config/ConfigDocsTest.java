package io.chainexplorer.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;

class ConfigDocsTest {

  @Test
  void shouldRenderOneRowPerKeyWithTypeDefaultValidatorImportanceEnvAndDoc() {
    String table = ConfigDocs.markdown(SampleConfig.DEFINITION);

    assertThat(table.lines().filter(line -> line.startsWith("| `")))
        .hasSize(SampleConfig.DEFINITION.names().size());
    assertThat(table)
        .contains(
            "| `sample.batch.size` | int | `10` | [1,...,100] | low"
                + " | `CHAIN_EXPLORER_SAMPLE_BATCH_SIZE` | Batch size. |")
        .contains("| `sample.api.key` | password |  |  | high |")
        .contains("| `chain.name` | string | `eth-mainnet` | lower-case words joined by hyphens |");
  }

  @Test
  void shouldListEveryKeyOnceWhenDefinitionsOverlap() {
    String table = ConfigDocs.markdown(ServiceConfig.baseDefinition(), SampleConfig.DEFINITION);

    for (String key : SampleConfig.DEFINITION.names()) {
      assertThat(table).containsOnlyOnce("| `" + key + "` |");
    }
  }

  @Test
  void shouldKeepOnlyTheKeysAnAppAdds() {
    ConfigDef own = ConfigDocs.without(SampleConfig.DEFINITION, ServiceConfig.baseDefinition());

    assertThat(own.names())
        .containsExactlyInAnyOrder(
            SampleConfig.API_KEY, SampleConfig.BATCH_SIZE, SampleConfig.RPC_URLS);
  }

  @Test
  void shouldEscapePipesAndAngleBracketsInDescriptions() {
    ConfigDef definition =
        new ConfigDef()
            .define(
                "a.key", ConfigDef.Type.STRING, "", ConfigDef.Importance.LOW, "a | <chain.name>");

    assertThat(ConfigDocs.markdown(definition))
        .contains("a \\| &lt;chain.name&gt;")
        .contains("| \"\" |");
  }

  @Test
  void shouldShowAPasswordDefaultAsDeclared() {
    assertThat(ConfigDocs.markdown(SampleConfig.DEFINITION))
        .contains("| `sample.rpc.urls` | password | `http://127.0.0.1:8545` |");
  }
}

package io.chainexplorer.ops.stack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Interpolation as Compose applies it to a stack file when no variable is set. */
class StackFileTest {

  @Test
  void shouldUseDefaultWhenVariableIsUnset() {
    assertThat(StackFile.interpolate("${REGISTRY:-localhost:5000}/app:1"))
        .isEqualTo("localhost:5000/app:1");
    assertThat(StackFile.interpolate("a${UNSET}b")).isEqualTo("ab");
  }

  @Test
  void shouldKeepLiteralDollarWhenEscaped() {
    assertThat(StackFile.interpolate("https://x/v3/$${key}")).isEqualTo("https://x/v3/${key}");
    assertThat(StackFile.interpolate("name=$$(basename \"$$file\")"))
        .isEqualTo("name=$(basename \"$file\")");
  }

  @Test
  void shouldResolveAnchorsAndMergeKeysWhenLoading() {
    StackFile compose = StackFile.load(StackFile.COMPOSE);

    assertThat(compose.environment("tx-enricher"))
        .containsEntry("CHAIN_EXPLORER_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
    assertThat(compose.command("tx-enricher")).isEqualTo("enrich");
  }
}

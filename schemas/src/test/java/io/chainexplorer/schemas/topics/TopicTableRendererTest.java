package io.chainexplorer.schemas.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicTableRendererTest {

  private final TopicCatalogue catalogue = TopicCatalogue.forChain("eth-mainnet");

  @Test
  void shouldRenderOneRowPerTopicUnderAHeader() {
    String table = TopicTableRenderer.render(catalogue);
    String[] lines = table.split("\n");

    assertThat(lines).hasSize(catalogue.all().size() + 2);
    assertThat(lines[0]).startsWith("| Topic | Key | Value schema |").contains("Written by");
    assertThat(lines[1]).isEqualTo("|---|---|---|---|---|---|");
    for (TopicSpec<?, ?> spec : catalogue.all()) {
      assertThat(table).contains("| `" + spec.name() + "` |");
    }
  }

  @Test
  void shouldShowKeySchemaRetentionAndWriter() {
    String table = TopicTableRenderer.render(catalogue);

    assertThat(table)
        .contains(
            "| `eth-mainnet.raw-blocks.v1` | Long | `RawBlock` | block number | delete, 7 d"
                + " | block-poller |")
        .contains(
            "| `eth-mainnet.poller-cursor.v1` | String | `PollerCursor` | chain name |"
                + " compact, forever | block-poller |")
        .contains("| `eth-mainnet.user-abis.v1` | String | string (JSON) |");
  }
}

package io.chainexplorer.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerificationReportTest {

  private static final BlockContent DERIVED =
      BlockContent.builder(7)
          .add(DerivedEntity.BLOCK, "7", new byte[] {1})
          .add(DerivedEntity.TRANSACTION, "0xaa", new byte[] {2})
          .add(DerivedEntity.TRANSACTION, "0xbb", new byte[] {3})
          .build();

  @TempDir Path dir;

  @Test
  void shouldMatchOnlyWhenTheStoredContentIsTheSame() {
    BlockContent same =
        BlockContent.builder(7)
            .add(DerivedEntity.TRANSACTION, "0xbb", new byte[] {3})
            .add(DerivedEntity.TRANSACTION, "0xaa", new byte[] {2})
            .add(DerivedEntity.BLOCK, "7", new byte[] {1})
            .build();

    assertThat(BlockVerdict.compare(DERIVED, same)).isInstanceOf(BlockVerdict.Match.class);
    assertThat(BlockVerdict.compare(DERIVED, BlockContent.builder(7).build()))
        .isInstanceOf(BlockVerdict.Missing.class);
  }

  @Test
  void shouldNameTheBlockEntityAndKeysOfEveryDifferenceInTextAndJson() throws Exception {
    BlockContent stored =
        BlockContent.builder(7)
            .add(DerivedEntity.BLOCK, "7", new byte[] {1})
            .add(DerivedEntity.TRANSACTION, "0xaa", new byte[] {9})
            .add(DerivedEntity.LOG, "0xcc:0", new byte[] {4})
            .build();
    VerificationReport report =
        new VerificationReport(
            "eth-test",
            7,
            9,
            List.of(
                BlockVerdict.compare(DERIVED, stored),
                new BlockVerdict.Missing(8, "ab"),
                new BlockVerdict.Unavailable(9, "the node does not have block 9")));
    StringWriter text = new StringWriter();
    Path json = dir.resolve("report.json");

    report.print(new PrintWriter(text));
    report.writeJson(json);

    assertThat(report.allMatch()).isFalse();
    assertThat(text.toString())
        .contains("3 checked, 0 match, 1 mismatch, 1 missing, 1 unavailable")
        .contains("MISMATCH block 7")
        .contains("transaction missing in the cold store: 0xbb")
        .contains("transaction changed: 0xaa")
        .contains("log not derived from the block: 0xcc:0")
        .contains("MISSING block 8")
        .contains("UNAVAILABLE block 9: the node does not have block 9");
    JsonNode mismatch = new ObjectMapper().readTree(json.toFile()).get("blocks").get(0);
    assertThat(mismatch.get("result").asText()).isEqualTo("mismatch");
    assertThat(mismatch.get("differences").get(0).get("entity").asText()).isEqualTo("transaction");
    assertThat(mismatch.get("differences").get(0).get("changed").get(0).asText()).isEqualTo("0xaa");
  }
}

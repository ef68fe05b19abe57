package io.chainexplorer.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chainexplorer.cli.CliRun;
import io.chainexplorer.testsupport.AnvilEndpoint;
import io.chainexplorer.testsupport.AnvilExtension;
import io.chainexplorer.testsupport.ConnectEndpoint;
import io.chainexplorer.testsupport.ConnectExtension;
import io.chainexplorer.testsupport.HdfsEndpoint;
import io.chainexplorer.testsupport.HdfsExtension;
import io.chainexplorer.testsupport.KafkaEndpoint;
import io.chainexplorer.testsupport.KafkaExtension;
import io.chainexplorer.testsupport.SchemaRegistryEndpoint;
import io.chainexplorer.testsupport.SchemaRegistryExtension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chain-explorer verify} on anvil blocks with a contract creation, an ERC-20 transfer event
 * and a plain transfer, against a cold store written by the real enricher and HDFS sink.
 */
@ExtendWith({
  KafkaExtension.class,
  SchemaRegistryExtension.class,
  ConnectExtension.class,
  HdfsExtension.class,
  AnvilExtension.class
})
class VerifyCommandIT {

  private static final String CHAIN = "verify-it";

  @TempDir static Path workDir;

  private static ColdStoreFixture cold;
  private static AnvilEndpoint anvil;
  private static FileSystem fs;
  private static long from;
  private static long to;
  private static long transferBlock;
  private static String transferHash;

  @BeforeAll
  static void produceColdStore(
      KafkaEndpoint kafka,
      SchemaRegistryEndpoint registry,
      ConnectEndpoint connect,
      HdfsEndpoint hdfs,
      AnvilEndpoint node)
      throws Exception {
    anvil = node;
    fs = hdfs.fileSystem();
    AnvilTraffic traffic = new AnvilTraffic(node.rpcUrl());
    from = traffic.headNumber() + 1;
    String contract = traffic.deployEmitter().get("contractAddress").asText();
    traffic.callEmitter(contract);
    JsonNode transfer = traffic.transfer();
    transferHash = transfer.get("transactionHash").asText();
    transferBlock = Long.decode(transfer.get("blockNumber").asText());
    to = Math.max(transferBlock + 1, traffic.headNumber());
    // The backfill publishes only blocks a reorg window (128 blocks) below the head.
    traffic.mine(140);
    cold = new ColdStoreFixture(CHAIN, kafka, registry, hdfs);
    cold.produce(node, connect, workDir.resolve("state"), from, to);
  }

  @Test
  void shouldExitZeroWithEveryBlockMatchingWhenTheColdStoreIsIntact() throws Exception {
    long blocks = to - from + 1;
    Path report = workDir.resolve("report.json");

    CliRun run = verify(cold.root(), "--report", report.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains(blocks + " checked, " + blocks + " match, 0 mismatch");
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("matches").asLong()).isEqualTo(blocks);
    assertThat(json.get("blocks")).hasSize((int) blocks);
    for (String entity :
        List.of("block", "transaction", "log", "token-transfer", "contract-creation")) {
      assertThat(fs.exists(new org.apache.hadoop.fs.Path(cold.root(), CHAIN + "/" + entity)))
          .as("the range has records of %s", entity)
          .isTrue();
    }
  }

  @Test
  void shouldNameTheBlockEntityAndKeyWhenAStoredValueWasAltered() throws Exception {
    org.apache.hadoop.fs.Path copy = copyOfColdStore("altered");
    org.apache.hadoop.fs.Path file =
        storedFile(
            copy, "transaction", row -> transferHash.equals(String.valueOf(row.get("hash"))));
    ParquetRows.rewrite(fs, file, "gasUsed", 21_001L);

    CliRun run = verify(copy);

    assertThat(run.exitCode()).isEqualTo(VerifyCommand.NOT_VERIFIED);
    assertThat(run.out())
        .contains("1 mismatch, 0 missing")
        .contains("MISMATCH block " + transferBlock + ":")
        .contains("transaction changed: " + transferHash);
  }

  @Test
  void shouldReportABlockMissingWhenItsFileWasDeleted() throws Exception {
    org.apache.hadoop.fs.Path copy = copyOfColdStore("deleted");
    fs.delete(storedFile(copy, "block", row -> row.get("blockNumber").equals(to)), false);

    CliRun run = verify(copy);

    assertThat(run.exitCode()).isEqualTo(VerifyCommand.NOT_VERIFIED);
    assertThat(run.out()).contains("0 mismatch, 1 missing").contains("MISSING block " + to + ":");
  }

  private static org.apache.hadoop.fs.Path copyOfColdStore(String name) throws Exception {
    org.apache.hadoop.fs.Path copy = new org.apache.hadoop.fs.Path(cold.root().getParent(), name);
    FileUtil.copy(fs, cold.root(), fs, copy, false, fs.getConf());
    return copy;
  }

  /** The file of {@code entity} under the cold-store {@code root} that holds a matching row. */
  private static org.apache.hadoop.fs.Path storedFile(
      org.apache.hadoop.fs.Path root, String entity, Predicate<GenericRecord> row)
      throws IOException {
    return ParquetRows.fileWith(fs, new org.apache.hadoop.fs.Path(root, CHAIN + "/" + entity), row)
        .orElseThrow(() -> new AssertionError("no " + entity + " file with the row under " + root));
  }

  private static CliRun verify(org.apache.hadoop.fs.Path root, String... extra) {
    List<String> args = new ArrayList<>(List.of("verify", "--from", "" + from, "--to", "" + to));
    args.addAll(List.of("--cold-store", root.toUri().toString()));
    args.addAll(cold.commonArgs(anvil));
    args.addAll(List.of(extra));
    return CliRun.of(args.toArray(String[]::new));
  }
}

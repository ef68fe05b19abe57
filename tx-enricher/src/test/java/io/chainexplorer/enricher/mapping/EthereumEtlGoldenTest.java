package io.chainexplorer.enricher.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.TransactionClassification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Our split of recorded mainnet blocks against ethereum-etl's expected exports, field by field
 * through {@link EtlView}: every field of our views must exist in the reference and be equal.
 */
class EthereumEtlGoldenTest {

  private static final String STREAM = "ethereum-etl/blocks_1755634_1755635/";
  private static final String BLOCK_483920 = "ethereum-etl/block_483920/";

  /** Stream envelope fields and L2 receipt fields, which no entity of ours carries. */
  private static final Set<String> NO_COUNTERPART =
      Set.of(
          "type",
          "item_id",
          "item_timestamp",
          "l1_fee",
          "l1_gas_used",
          "l1_gas_price",
          "l1_fee_scalar");

  @Test
  void shouldMatchEthereumEtlStreamExportsWhenSplittingBlocks1755634And1755635() {
    List<SplitBlock> splits = List.of(split(STREAM, "0x1ac9f2"), split(STREAM, "0x1ac9f3"));

    compare(
        CorpusBlocks.lines(STREAM + "expected_blocks.json"),
        splits.stream().map(s -> EtlView.block(s.block())).toList(),
        "hash");
    compare(
        CorpusBlocks.lines(STREAM + "expected_transactions.json"),
        splits.stream().flatMap(s -> s.transactions().stream()).map(EtlView::transaction).toList(),
        "hash");
    compare(
        CorpusBlocks.lines(STREAM + "expected_logs.json"),
        splits.stream().flatMap(s -> s.logs().stream()).map(EtlView::log).toList(),
        "transaction_hash",
        "log_index");
    compare(
        CorpusBlocks.lines(STREAM + "expected_token_transfers.json"),
        splits.stream()
            .flatMap(s -> s.tokenTransfers().stream())
            .map(EtlView::tokenTransfer)
            .toList(),
        "transaction_hash",
        "log_index");
  }

  @Test
  void shouldMatchEthereumEtlExportsWhenSplittingPreByzantiumBlock483920() {
    SplitBlock split = split(BLOCK_483920, "0x76250");

    compareCsv(
        csv(BLOCK_483920 + "expected_blocks.csv"), List.of(EtlView.block(split.block())), "hash");
    compareCsv(
        csv(BLOCK_483920 + "expected_transactions.csv"),
        split.transactions().stream().map(EtlView::transaction).toList(),
        "hash");
    compare(
        CorpusBlocks.lines(BLOCK_483920 + "expected_receipts.json"),
        split.transactions().stream().map(EtlView::receipt).toList(),
        "transaction_hash");
    compare(
        CorpusBlocks.lines(BLOCK_483920 + "expected_logs.json"),
        split.logs().stream().map(EtlView::log).toList(),
        "transaction_hash",
        "log_index");
    compareCsv(
        csv(BLOCK_483920 + "expected_token_transfers.csv"),
        split.tokenTransfers().stream().map(EtlView::tokenTransfer).toList(),
        "transaction_hash",
        "log_index");
  }

  @Test
  void shouldCountPreByzantiumReceiptsAsSuccessfulWhenTheyCarryOnlyARoot() {
    SplitBlock split = split(BLOCK_483920, "0x76250");

    assertThat(split.transactions())
        .allSatisfy(tx -> assertThat(tx.getStatus()).isNull())
        .extracting(tx -> tx.getClassification())
        .containsExactly(
            TransactionClassification.CONTRACT_CALL,
            TransactionClassification.CONTRACT_CALL,
            TransactionClassification.NATIVE_TRANSFER,
            TransactionClassification.NATIVE_TRANSFER);
  }

  /** Splits a recorded block, its receipts read from one file per transaction hash. */
  static SplitBlock split(String dir, String hexNumber) {
    JsonNode block =
        CorpusBlocks.result(dir + "web3_response.eth_getBlockByNumber_" + hexNumber + "_true.json");
    List<JsonNode> receipts = new ArrayList<>();
    for (JsonNode tx : block.get("transactions")) {
      receipts.add(
          CorpusBlocks.result(
              dir
                  + "web3_response.eth_getTransactionReceipt_"
                  + tx.get("hash").asText()
                  + ".json"));
    }
    RawBlock raw = CorpusBlocks.rawBlock(block, receipts);
    SplitOutcome outcome = BlockSplitter.split(raw);
    assertThat(outcome).isInstanceOf(SplitBlock.class);
    return (SplitBlock) outcome;
  }

  /**
   * Every reference field must be one of ours (or one without counterpart here) and equal to it;
   * fields of ours the reference lacks (export jobs write fewer than the stream) are not compared.
   */
  private static void compare(
      List<JsonNode> expected, List<Map<String, Object>> ours, String... id) {
    assertThat(ours).as("record count").hasSize(expected.size());
    Map<String, Map<String, Object>> byId = index(ours, view -> id(view::get, id));
    for (JsonNode line : expected) {
      String key = id(field -> EtlView.plain(line.get(field)), id);
      Map<String, Object> mine = byId.get(key);
      assertThat(mine).as("our record %s", key).isNotNull();
      Map<String, Object> reference = new LinkedHashMap<>();
      Map<String, Object> compared = new LinkedHashMap<>();
      line.fieldNames()
          .forEachRemaining(
              field -> {
                if (!NO_COUNTERPART.contains(field) && !field.startsWith("receipt_l1_")) {
                  assertThat(mine).as("our field %s of %s", field, key).containsKey(field);
                  reference.put(field, EtlView.plain(line.get(field)));
                  compared.put(field, mine.get(field));
                }
              });
      assertThat(compared).as(key).isEqualTo(reference);
    }
  }

  /** CSV rows must cover every column: a column we do not produce fails the test. */
  private static void compareCsv(
      List<Map<String, String>> rows, List<Map<String, Object>> ours, String... id) {
    assertThat(ours).as("record count").hasSize(rows.size());
    Map<String, Map<String, Object>> byId =
        index(ours, view -> id(f -> EtlView.cell(view.get(f)), id));
    for (Map<String, String> row : rows) {
      String key = id(row::get, id);
      Map<String, Object> mine = byId.get(key);
      assertThat(mine).as("our record %s", key).isNotNull();
      Map<String, String> mineAsCells = new LinkedHashMap<>();
      row.keySet()
          .forEach(
              column -> {
                assertThat(mine).as("our field %s", column).containsKey(column);
                mineAsCells.put(column, EtlView.cell(mine.get(column)));
              });
      assertThat(mineAsCells).as(key).isEqualTo(row);
    }
  }

  private static Map<String, Map<String, Object>> index(
      List<Map<String, Object>> views, Function<Map<String, Object>, String> key) {
    Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
    views.forEach(view -> byId.put(key.apply(view), view));
    return byId;
  }

  private static String id(Function<String, Object> field, String... names) {
    StringBuilder key = new StringBuilder();
    for (String name : names) {
      key.append(EtlView.cell(field.apply(name))).append(':');
    }
    return key.toString();
  }

  private static List<Map<String, String>> csv(String resource) {
    try (InputStream in = EthereumEtlGoldenTest.class.getResourceAsStream("/corpus/" + resource)) {
      assertThat(in).as(resource).isNotNull();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
      String[] header = lines[0].split(",", -1);
      List<Map<String, String>> rows = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        String[] cells = lines[i].split(",", -1);
        Map<String, String> row = new LinkedHashMap<>();
        for (int c = 0; c < header.length; c++) {
          row.put(header[c], cells[c]);
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new AssertionError(resource, e);
    }
  }
}

package io.chainexplorer.bench.common;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chainexplorer.avro.Provenance;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.embedded.ProjectPaths;
import io.chainexplorer.poller.rpc.MalformedBlockException;
import io.chainexplorer.poller.rpc.RawBlockMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Mainnet block 18,000,000 (94 transactions, 291 logs) mapped by the poller's own mapper from the
 * recorded JSON-RPC answers, replicated into consecutive heights with their own hashes and times.
 */
public final class ReplicatedBlocks {

  private static final String CORPUS =
      "tx-enricher/src/test/resources/corpus/erigon/block-18000000/";
  public static final long FIRST_HEIGHT = 18_000_000L;

  private ReplicatedBlocks() {}

  /** The block as the poller publishes it. */
  public static RawBlock block18000000() throws IOException, MalformedBlockException {
    ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
    JsonNode block = read(json, "eth_getBlockByNumber_0x112a880_true.response.json.gz");
    JsonNode receipts = read(json, "eth_getBlockReceipts_0x112a880.response.json.gz");
    List<JsonNode> receiptList = new ArrayList<>();
    receipts.forEach(receiptList::add);
    Provenance provenance =
        Provenance.newBuilder()
            .setProviderAlias("bench")
            .setFetchedAt(Instant.ofEpochSecond(1_693_066_900L))
            .setChainId(1L)
            .setVerification(null)
            .build();
    return new RawBlockMapper().map(block, receiptList, provenance);
  }

  /** The {@code index}-th copy: height, hash, parent hash and timestamp (12 s slots) renumbered. */
  public static RawBlock copy(RawBlock base, int index) {
    return RawBlock.newBuilder(base)
        .setBlockNumber(FIRST_HEIGHT + index)
        .setBlockHash(hash(index))
        .setParentHash(index == 0 ? base.getParentHash() : hash(index - 1))
        .setBlockTimestamp(base.getBlockTimestamp() + 12L * index)
        .build();
  }

  private static String hash(int index) {
    return String.format("0x%064x", 0xbe0c_0000_0000L + index);
  }

  private static JsonNode read(ObjectMapper json, String file) throws IOException {
    Path path = ProjectPaths.root().resolve(CORPUS + file);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
      return json.readTree(in).get("result");
    }
  }
}

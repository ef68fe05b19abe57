package io.chainexplorer.enricher.mapping;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chainexplorer.avro.AccessListEntry;
import io.chainexplorer.avro.Provenance;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawLog;
import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.avro.RawTransaction;
import io.chainexplorer.avro.Withdrawal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * Test-only reader of recorded JSON-RPC responses (test resources under {@code corpus/}) into
 * {@link RawBlock}s: lenient where old nodes omit fields (type 0, no status, no effective gas
 * price), exact for quantities. Not the poller's strict mapper: apps do not depend on each other.
 */
public final class CorpusBlocks {

  public static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

  private CorpusBlocks() {}

  /** The {@code result} of a recorded response file ({@code .gz} is gunzipped). */
  public static JsonNode result(String resource) {
    return read(resource).get("result");
  }

  /** A recorded resource parsed as JSON, big integers kept exact. */
  public static JsonNode read(String resource) {
    try (InputStream in = open(resource)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  /** JSON lines (ethereum-etl's streaming exports) as nodes. */
  public static List<JsonNode> lines(String resource) {
    try (InputStream in = open(resource)) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : text.split("\n")) {
        if (!line.isBlank()) {
          nodes.add(JSON.readTree(line));
        }
      }
      return nodes;
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = CorpusBlocks.class.getResourceAsStream("/corpus/" + resource);
    if (in == null) {
      throw new IOException("no test resource corpus/" + resource);
    }
    return resource.endsWith(".gz") ? new GZIPInputStream(in) : in;
  }

  /** A raw block from a block with full transactions and its receipts in transaction order. */
  public static RawBlock rawBlock(JsonNode block, List<JsonNode> receipts) {
    List<RawTransaction> txs = new ArrayList<>();
    block.get("transactions").forEach(t -> txs.add(transaction(t)));
    List<RawReceipt> mapped = new ArrayList<>();
    for (int i = 0; i < receipts.size(); i++) {
      mapped.add(receipt(receipts.get(i), txs.get(i)));
    }
    return RawBlock.newBuilder()
        .setBlockNumber(qty(block, "number"))
        .setBlockHash(text(block, "hash"))
        .setBlockTimestamp(qty(block, "timestamp"))
        .setParentHash(text(block, "parentHash"))
        .setNonce(text(block, "nonce"))
        .setSha3Uncles(text(block, "sha3Uncles"))
        .setLogsBloom(text(block, "logsBloom"))
        .setTransactionsRoot(text(block, "transactionsRoot"))
        .setStateRoot(text(block, "stateRoot"))
        .setReceiptsRoot(text(block, "receiptsRoot"))
        .setMiner(address(block, "miner"))
        .setDifficulty(uint(block, "difficulty"))
        .setTotalDifficulty(uint(block, "totalDifficulty"))
        .setExtraData(text(block, "extraData"))
        .setMixHash(text(block, "mixHash"))
        .setSize(qty(block, "size"))
        .setGasLimit(qty(block, "gasLimit"))
        .setGasUsed(qty(block, "gasUsed"))
        .setBaseFeePerGas(uint(block, "baseFeePerGas"))
        .setWithdrawalsRoot(text(block, "withdrawalsRoot"))
        .setBlobGasUsed(optQty(block, "blobGasUsed"))
        .setExcessBlobGas(optQty(block, "excessBlobGas"))
        .setParentBeaconBlockRoot(text(block, "parentBeaconBlockRoot"))
        .setRequestsHash(text(block, "requestsHash"))
        .setUncles(list(block.get("uncles"), JsonNode::asText))
        .setTransactions(txs)
        .setReceipts(mapped)
        .setWithdrawals(
            present(block, "withdrawals") ? withdrawals(block.get("withdrawals")) : null)
        .setProvenance(
            Provenance.newBuilder()
                .setProviderAlias("corpus")
                .setFetchedAt(Instant.EPOCH)
                .setChainId(1)
                .build())
        .build();
  }

  static RawTransaction transaction(JsonNode t) {
    return RawTransaction.newBuilder()
        .setHash(text(t, "hash"))
        .setTransactionIndex(qty(t, "transactionIndex"))
        .setType(present(t, "type") ? qty(t, "type") : 0)
        .setNonce(qty(t, "nonce"))
        .setFrom(address(t, "from"))
        .setTo(address(t, "to"))
        .setValue(uint(t, "value"))
        .setGas(qty(t, "gas"))
        .setGasPrice(uint(t, "gasPrice"))
        .setMaxFeePerGas(uint(t, "maxFeePerGas"))
        .setMaxPriorityFeePerGas(uint(t, "maxPriorityFeePerGas"))
        .setMaxFeePerBlobGas(uint(t, "maxFeePerBlobGas"))
        .setBlobVersionedHashes(
            present(t, "blobVersionedHashes")
                ? list(t.get("blobVersionedHashes"), JsonNode::asText)
                : null)
        .setInput(text(t, "input"))
        .setChainId(optQty(t, "chainId"))
        .setAccessList(present(t, "accessList") ? accessList(t.get("accessList")) : null)
        .setAuthorizationList(null)
        .setV(optQty(t, "v"))
        .setR(text(t, "r"))
        .setS(text(t, "s"))
        .setYParity(optQty(t, "yParity"))
        .build();
  }

  public static RawReceipt receipt(JsonNode r, RawTransaction tx) {
    return RawReceipt.newBuilder()
        .setTransactionHash(text(r, "transactionHash"))
        .setTransactionIndex(qty(r, "transactionIndex"))
        .setType(present(r, "type") ? qty(r, "type") : tx.getType())
        .setFrom(present(r, "from") ? address(r, "from") : tx.getFrom())
        .setTo(present(r, "to") ? address(r, "to") : tx.getTo())
        .setStatus(optQty(r, "status"))
        .setRoot(text(r, "root"))
        .setGasUsed(qty(r, "gasUsed"))
        .setCumulativeGasUsed(qty(r, "cumulativeGasUsed"))
        .setEffectiveGasPrice(uint(r, "effectiveGasPrice"))
        .setContractAddress(address(r, "contractAddress"))
        .setLogsBloom(text(r, "logsBloom"))
        .setBlobGasUsed(optQty(r, "blobGasUsed"))
        .setBlobGasPrice(uint(r, "blobGasPrice"))
        .setLogs(list(r.get("logs"), CorpusBlocks::log))
        .build();
  }

  public static RawLog log(JsonNode l) {
    return RawLog.newBuilder()
        .setAddress(address(l, "address"))
        .setTopics(list(l.get("topics"), JsonNode::asText))
        .setData(text(l, "data"))
        .setLogIndex(qty(l, "logIndex"))
        .setRemoved(present(l, "removed") && l.get("removed").asBoolean())
        .build();
  }

  private static List<AccessListEntry> accessList(JsonNode list) {
    return list(
        list,
        e ->
            AccessListEntry.newBuilder()
                .setAddress(address(e, "address"))
                .setStorageKeys(list(e.get("storageKeys"), JsonNode::asText))
                .build());
  }

  private static List<Withdrawal> withdrawals(JsonNode list) {
    return list(
        list,
        w ->
            Withdrawal.newBuilder()
                .setIndex(qty(w, "index"))
                .setValidatorIndex(qty(w, "validatorIndex"))
                .setAddress(address(w, "address"))
                .setAmountGwei(qty(w, "amount"))
                .build());
  }

  private static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
    List<T> out = new ArrayList<>();
    if (array != null) {
      array.forEach(node -> out.add(element.apply(node)));
    }
    return out;
  }

  static boolean present(JsonNode node, String field) {
    return node.hasNonNull(field);
  }

  private static String text(JsonNode node, String field) {
    return present(node, field) ? node.get(field).asText() : null;
  }

  private static String address(JsonNode node, String field) {
    String value = text(node, field);
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }

  private static long qty(JsonNode node, String field) {
    return new BigInteger(node.get(field).asText().substring(2), 16).longValueExact();
  }

  private static Long optQty(JsonNode node, String field) {
    return present(node, field) ? qty(node, field) : null;
  }

  private static BigDecimal uint(JsonNode node, String field) {
    return present(node, field)
        ? new BigDecimal(new BigInteger(node.get(field).asText().substring(2), 16))
        : null;
  }
}

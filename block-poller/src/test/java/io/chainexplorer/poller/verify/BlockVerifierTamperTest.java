package io.chainexplorer.poller.verify;

import static io.chainexplorer.poller.verify.Tamper.bump;
import static io.chainexplorer.poller.verify.Tamper.flip;
import static io.chainexplorer.poller.verify.Tamper.log;
import static io.chainexplorer.poller.verify.Tamper.receipt;
import static io.chainexplorer.poller.verify.Tamper.tx;
import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawTransaction;
import io.chainexplorer.avro.Withdrawal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One altered byte in any field of a verified mainnet block fails its verification. */
class BlockVerifierTamperTest {

  private static final RawBlock SHANGHAI = CorpusBlocks.block18M();
  private static final RawBlock PRE_BYZANTIUM = CorpusBlocks.block483920();
  private static final RawBlock CANCUN = CorpusBlocks.cancun19_9M();

  private static final Predicate<RawTransaction> LEGACY = t -> t.getType() == 0;
  private static final Predicate<RawTransaction> DYNAMIC =
      t -> t.getType() == 2 && t.getInput().length() > 2;
  private static final Predicate<RawTransaction> ACCESS_LIST =
      t -> t.getAccessList() != null && !t.getAccessList().isEmpty();
  private static final Predicate<RawTransaction> BLOB = t -> t.getType() == 3;
  private static final Predicate<RawTransaction> CREATION = t -> t.getTo() == null;

  private final BlockVerifier verifier = new BlockVerifier();

  static Stream<Arguments> headerFields() {
    return Stream.of(
        shanghai("parentHash", b -> b.put("parentHash", flip(b.getParentHash()))),
        shanghai("sha3Uncles", b -> b.put("sha3Uncles", flip(b.getSha3Uncles()))),
        shanghai("miner", b -> b.put("miner", flip(b.getMiner()))),
        shanghai("stateRoot", b -> b.put("stateRoot", flip(b.getStateRoot()))),
        shanghai("transactionsRoot", b -> b.put("transactionsRoot", flip(b.getTransactionsRoot()))),
        shanghai("receiptsRoot", b -> b.put("receiptsRoot", flip(b.getReceiptsRoot()))),
        shanghai("logsBloom", b -> b.put("logsBloom", flip(b.getLogsBloom()))),
        shanghai("difficulty", b -> b.put("difficulty", bump(b.getDifficulty()))),
        shanghai("number", b -> b.put("blockNumber", b.getBlockNumber() + 1)),
        shanghai("gasLimit", b -> b.put("gasLimit", b.getGasLimit() + 1)),
        shanghai("gasUsed", b -> b.put("gasUsed", b.getGasUsed() + 1)),
        shanghai("timestamp", b -> b.put("blockTimestamp", b.getBlockTimestamp() + 1)),
        shanghai("extraData", b -> b.put("extraData", flip(b.getExtraData()))),
        shanghai("mixHash", b -> b.put("mixHash", flip(b.getMixHash()))),
        shanghai("nonce", b -> b.put("nonce", flip(b.getNonce()))),
        shanghai("baseFeePerGas", b -> b.put("baseFeePerGas", bump(b.getBaseFeePerGas()))),
        shanghai("withdrawalsRoot", b -> b.put("withdrawalsRoot", flip(b.getWithdrawalsRoot()))),
        shanghai("blockHash", b -> b.put("blockHash", flip(b.getBlockHash()))),
        preByzantium("Frontier-era difficulty", b -> b.put("difficulty", bump(b.getDifficulty()))),
        cancun("excessBlobGas", b -> b.put("excessBlobGas", b.getExcessBlobGas() + 1)),
        cancun("blobGasUsed", b -> b.put("blobGasUsed", b.getBlobGasUsed() + 1)),
        cancun(
            "parentBeaconBlockRoot",
            b -> b.put("parentBeaconBlockRoot", flip(b.getParentBeaconBlockRoot()))));
  }

  static Stream<Arguments> transactionFields() {
    return Stream.of(
        shanghai("hash", b -> tx(b, DYNAMIC).put("hash", flip(tx(b, DYNAMIC).getHash()))),
        shanghai("nonce", b -> tx(b, DYNAMIC).put("nonce", tx(b, DYNAMIC).getNonce() + 1)),
        shanghai("gas", b -> tx(b, DYNAMIC).put("gas", tx(b, DYNAMIC).getGas() + 1)),
        shanghai("to", b -> tx(b, DYNAMIC).put("to", flip(tx(b, DYNAMIC).getTo()))),
        shanghai("value", b -> tx(b, DYNAMIC).put("value", bump(tx(b, DYNAMIC).getValue()))),
        shanghai("input", b -> tx(b, DYNAMIC).put("input", flip(tx(b, DYNAMIC).getInput()))),
        shanghai("chainId", b -> tx(b, DYNAMIC).put("chainId", tx(b, DYNAMIC).getChainId() + 1)),
        shanghai("r", b -> tx(b, DYNAMIC).put("r", flip(tx(b, DYNAMIC).getR()))),
        shanghai("s", b -> tx(b, DYNAMIC).put("s", flip(tx(b, DYNAMIC).getS()))),
        shanghai("yParity", b -> tx(b, DYNAMIC).put("yParity", tx(b, DYNAMIC).getYParity() ^ 1)),
        shanghai(
            "maxFeePerGas",
            b -> tx(b, DYNAMIC).put("maxFeePerGas", bump(tx(b, DYNAMIC).getMaxFeePerGas()))),
        shanghai(
            "maxPriorityFeePerGas",
            b ->
                tx(b, DYNAMIC)
                    .put("maxPriorityFeePerGas", bump(tx(b, DYNAMIC).getMaxPriorityFeePerGas()))),
        shanghai(
            "effective gasPrice",
            b -> tx(b, DYNAMIC).put("gasPrice", bump(tx(b, DYNAMIC).getGasPrice()))),
        shanghai(
            "legacy gasPrice",
            b -> tx(b, LEGACY).put("gasPrice", bump(tx(b, LEGACY).getGasPrice()))),
        shanghai("legacy v", b -> tx(b, LEGACY).put("v", tx(b, LEGACY).getV() ^ 1)),
        shanghai("type", b -> tx(b, DYNAMIC).put("type", 1L)),
        shanghai(
            "transactionIndex",
            b -> tx(b, DYNAMIC).put("transactionIndex", tx(b, DYNAMIC).getTransactionIndex() + 1)),
        shanghai("from", b -> tx(b, DYNAMIC).put("from", flip(tx(b, DYNAMIC).getFrom()))),
        preByzantium(
            "pre-EIP-155 v",
            b ->
                b.getTransactions()
                    .get(0)
                    .put("v", b.getTransactions().get(0).getV() == 27L ? 28L : 27L)),
        cancun(
            "accessList",
            b -> {
              var entry = tx(b, ACCESS_LIST).getAccessList().get(0);
              entry.put("address", flip(entry.getAddress()));
            }),
        cancun(
            "maxFeePerBlobGas",
            b -> tx(b, BLOB).put("maxFeePerBlobGas", bump(tx(b, BLOB).getMaxFeePerBlobGas()))),
        cancun(
            "blobVersionedHashes",
            b -> {
              List<String> hashes = new ArrayList<>(tx(b, BLOB).getBlobVersionedHashes());
              hashes.set(0, flip(hashes.get(0)));
              tx(b, BLOB).put("blobVersionedHashes", hashes);
            }));
  }

  static Stream<Arguments> receiptAndLogFields() {
    return Stream.of(
        shanghai(
            "status", b -> receipt(b, DYNAMIC).put("status", receipt(b, DYNAMIC).getStatus() ^ 1)),
        shanghai(
            "cumulativeGasUsed",
            b ->
                receipt(b, DYNAMIC)
                    .put("cumulativeGasUsed", receipt(b, DYNAMIC).getCumulativeGasUsed() + 1)),
        shanghai(
            "gasUsed",
            b -> receipt(b, DYNAMIC).put("gasUsed", receipt(b, DYNAMIC).getGasUsed() + 1)),
        shanghai(
            "receipt logsBloom",
            b -> receipt(b, DYNAMIC).put("logsBloom", flip(receipt(b, DYNAMIC).getLogsBloom()))),
        shanghai(
            "transactionHash",
            b ->
                receipt(b, DYNAMIC)
                    .put("transactionHash", flip(receipt(b, DYNAMIC).getTransactionHash()))),
        shanghai(
            "effectiveGasPrice",
            b ->
                receipt(b, DYNAMIC)
                    .put("effectiveGasPrice", bump(receipt(b, DYNAMIC).getEffectiveGasPrice()))),
        shanghai(
            "receipt from",
            b -> receipt(b, DYNAMIC).put("from", flip(receipt(b, DYNAMIC).getFrom()))),
        shanghai(
            "receipt to", b -> receipt(b, DYNAMIC).put("to", flip(receipt(b, DYNAMIC).getTo()))),
        shanghai("receipt type", b -> receipt(b, DYNAMIC).put("type", 0L)),
        shanghai(
            "contractAddress",
            b ->
                receipt(b, CREATION)
                    .put("contractAddress", flip(receipt(b, CREATION).getContractAddress()))),
        shanghai("dropped receipt", Tamper::dropLastReceipt),
        shanghai("log address", b -> log(b).put("address", flip(log(b).getAddress()))),
        shanghai("log topic", b -> log(b).put("topics", List.of(flip(log(b).getTopics().get(0))))),
        shanghai("log data", b -> log(b).put("data", flip(log(b).getData()))),
        shanghai("logIndex", b -> log(b).put("logIndex", log(b).getLogIndex() + 1)),
        shanghai("removed", b -> log(b).put("removed", true)),
        shanghai("dropped log", Tamper::dropFirstLog),
        preByzantium(
            "post-state root",
            b -> b.getReceipts().get(0).put("root", flip(b.getReceipts().get(0).getRoot()))),
        preByzantium("pre-Byzantium log data", b -> log(b).put("data", flip(log(b).getData()))),
        shanghai(
            "withdrawal amount", b -> first(b).put("amountGwei", first(b).getAmountGwei() + 1)),
        shanghai("withdrawal address", b -> first(b).put("address", flip(first(b).getAddress()))),
        shanghai(
            "withdrawal validator",
            b -> first(b).put("validatorIndex", first(b).getValidatorIndex() + 1)),
        shanghai("withdrawal index", b -> first(b).put("index", first(b).getIndex() + 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"headerFields", "transactionFields", "receiptAndLogFields"})
  void shouldFailVerificationWhenOneFieldIsAltered(String field, RawBlock base, RawBlock tampered) {
    List<Mismatch> before = verifier.verify(base).mismatches();

    BlockVerificationReport report = verifier.verify(tampered);

    assertThat(report.verified()).as(field).isFalse();
    assertThat(report.mismatches()).as(field).anyMatch(m -> !before.contains(m));
    assertThat(report.summary()).contains("failed verification");
  }

  private static Withdrawal first(RawBlock block) {
    return block.getWithdrawals().get(0);
  }

  private static Arguments shanghai(String field, Consumer<RawBlock> change) {
    return Arguments.of(field, SHANGHAI, Tamper.copy(SHANGHAI, change));
  }

  private static Arguments preByzantium(String field, Consumer<RawBlock> change) {
    return Arguments.of(field, PRE_BYZANTIUM, Tamper.copy(PRE_BYZANTIUM, change));
  }

  /** The Cancun block has no recorded receipts: only its header and transactions are checked. */
  private static Arguments cancun(String field, Consumer<RawBlock> change) {
    return Arguments.of("Cancun " + field, CANCUN, Tamper.copy(CANCUN, change));
  }
}

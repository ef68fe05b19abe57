package io.chainexplorer.reliability.truth;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawLog;
import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.avro.RawTransaction;
import io.chainexplorer.devnet.abi.Abi;
import io.chainexplorer.reliability.truth.AbiMembers.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The decoded calls and events a chain implies, found from the blocks alone: a transaction to a
 * contract (a recipient and some input) whose selector the decoder knows, and every log whose
 * topic0 and topic count it knows; reverted transactions are decoded too. EIP-1967 {@code
 * Upgraded(address)} logs, in chain order, tell which implementation stands behind a proxy.
 */
public final class DecodedChain {

  private static final String UPGRADED = Abi.topic0("Upgraded(address)");
  private static final int SELECTOR_HEX = 10;

  private final DecoderKnowledge knowledge;
  private final Map<String, String> implementations = new HashMap<>();
  private final List<DecodedRecord> records = new ArrayList<>();

  private DecodedChain(DecoderKnowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** Every decoded record of {@code blocks} (canonical, in height order). */
  public static List<DecodedRecord> of(List<RawBlock> blocks, DecoderKnowledge knowledge) {
    DecodedChain chain = new DecodedChain(knowledge);
    blocks.forEach(chain::block);
    return List.copyOf(chain.records);
  }

  private void block(RawBlock block) {
    Map<String, RawReceipt> receipts = new HashMap<>();
    block.getReceipts().forEach(r -> receipts.put(r.getTransactionHash(), r));
    for (RawTransaction tx : block.getTransactions()) {
      call(block, tx);
      RawReceipt receipt = receipts.get(tx.getHash());
      if (receipt != null) {
        receipt.getLogs().forEach(log -> log(block, tx, log));
      }
    }
  }

  private void call(RawBlock block, RawTransaction tx) {
    String input = tx.getInput();
    if (tx.getTo() == null || input == null || input.length() < SELECTOR_HEX) {
      return;
    }
    String contract = tx.getTo().toLowerCase(Locale.ROOT);
    Optional<Member> function =
        knowledge.function(contract, implementation(contract), input.substring(0, SELECTOR_HEX));
    function.ifPresent(f -> records.add(record(block, tx, -1, contract, f)));
  }

  private void log(RawBlock block, RawTransaction tx, RawLog log) {
    List<String> topics = log.getTopics();
    if (topics.isEmpty()) {
      return;
    }
    String contract = log.getAddress().toLowerCase(Locale.ROOT);
    String topic0 = topics.get(0).toLowerCase(Locale.ROOT);
    knowledge
        .event(contract, implementation(contract), topic0, topics.size())
        .ifPresent(e -> records.add(record(block, tx, log.getLogIndex(), contract, e)));
    if (UPGRADED.equals(topic0) && topics.size() == 2) {
      String word = topics.get(1).toLowerCase(Locale.ROOT);
      implementations.put(contract, "0x" + word.substring(word.length() - 40));
    }
  }

  private Optional<String> implementation(String contract) {
    return Optional.ofNullable(implementations.get(contract));
  }

  private static DecodedRecord record(
      RawBlock block, RawTransaction tx, long logIndex, String contract, Member member) {
    return new DecodedRecord(
        member.event(),
        block.getBlockNumber(),
        block.getBlockHash(),
        block.getBlockTimestamp(),
        tx.getHash(),
        logIndex,
        contract,
        member.name(),
        member.signature(),
        member.hash(),
        member.inputs());
  }
}

package io.chainexplorer.poller.verify;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawLog;
import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.avro.RawTransaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** One-byte (or one-unit) alterations of fields of a block, as a dishonest provider would serve. */
final class Tamper {

  private Tamper() {}

  /** Flips the lowest bit of the last byte of lowercase 0x-hex. */
  static String flip(String hex) {
    int last = Character.digit(hex.charAt(hex.length() - 1), 16) ^ 1;
    return hex.substring(0, hex.length() - 1) + Character.forDigit(last, 16);
  }

  static BigDecimal bump(BigDecimal value) {
    return value.add(BigDecimal.ONE);
  }

  /** A deep copy of {@code block} with {@code change} applied. */
  static RawBlock copy(RawBlock block, Consumer<RawBlock> change) {
    RawBlock copy = RawBlock.newBuilder(block).build();
    change.accept(copy);
    return copy;
  }

  static RawTransaction tx(RawBlock block, Predicate<RawTransaction> which) {
    return block.getTransactions().stream().filter(which).findFirst().orElseThrow();
  }

  /** The receipt of the first transaction matching {@code which}. */
  static RawReceipt receipt(RawBlock block, Predicate<RawTransaction> which) {
    return block.getReceipts().get((int) tx(block, which).getTransactionIndex());
  }

  static RawLog log(RawBlock block) {
    return block.getReceipts().stream()
        .filter(r -> !r.getLogs().isEmpty())
        .findFirst()
        .orElseThrow()
        .getLogs()
        .get(0);
  }

  static void dropLastReceipt(RawBlock block) {
    List<RawReceipt> receipts = new ArrayList<>(block.getReceipts());
    receipts.remove(receipts.size() - 1);
    block.put("receipts", receipts);
  }

  static void dropFirstLog(RawBlock block) {
    RawReceipt receipt =
        block.getReceipts().stream().filter(r -> !r.getLogs().isEmpty()).findFirst().orElseThrow();
    List<RawLog> logs = new ArrayList<>(receipt.getLogs());
    logs.remove(0);
    receipt.put("logs", logs);
  }
}

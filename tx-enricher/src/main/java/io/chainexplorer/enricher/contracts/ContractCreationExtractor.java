package io.chainexplorer.enricher.contracts;

import io.chainexplorer.avro.ContractCreation;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.avro.TransactionClassification;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Contracts a successful transaction created, as far as receipts show: the receipt's {@code
 * contractAddress} of a top-level creation (creator = sender), and pools announced by trusted
 * factory events (creator = factory, {@code createdByFactory}). Other internal CREATE/CREATE2 leave
 * no trace in receipts; call traces ({@code trace_block} / {@code debug_traceBlock}) would add
 * them, and with them contracts created by failing-then-reverted frames we must not report.
 */
public final class ContractCreationExtractor {

  private static final int WORD_HEX = 64;

  private ContractCreationExtractor() {}

  /** Creations of {@code tx}, given its logs; none for failed transactions. */
  public static List<ContractCreation> extract(Transaction tx, List<Log> txLogs) {
    List<ContractCreation> created = new ArrayList<>();
    if (tx.getClassification() == TransactionClassification.FAILED) {
      return created;
    }
    if (tx.getTo() == null && tx.getContractAddress() != null) {
      created.add(creation(tx, tx.getContractAddress(), tx.getFrom(), false));
    }
    for (Log log : txLogs) {
      String pool = factoryPool(log);
      if (pool != null) {
        created.add(creation(tx, pool, log.getAddress().toLowerCase(Locale.ROOT), true));
      }
    }
    return created;
  }

  /** Key of the contracts topic: the contract address. */
  public static String key(ContractCreation creation) {
    return creation.getAddress();
  }

  /** The pool a trusted factory's creation event names, or null. */
  static String factoryPool(Log log) {
    List<String> topics = log.getTopics();
    String emitter = log.getAddress().toLowerCase(Locale.ROOT);
    if (topics.isEmpty() || !FactoryEvents.TRUSTED_FACTORIES.contains(emitter)) {
      return null;
    }
    String topic0 = topics.get(0).toLowerCase(Locale.ROOT);
    if (topic0.equals(FactoryEvents.PAIR_CREATED) && topics.size() == 3) {
      return addressWord(log.getData(), 0, 2);
    }
    if (topic0.equals(FactoryEvents.POOL_CREATED) && topics.size() == 4) {
      return addressWord(log.getData(), 1, 2);
    }
    return null;
  }

  /** Word {@code index} of data holding exactly {@code words} words, as an address, or null. */
  private static String addressWord(String data, int index, int words) {
    if (data == null || data.length() != 2 + words * WORD_HEX) {
      return null;
    }
    String word = data.substring(2 + index * WORD_HEX, 2 + (index + 1) * WORD_HEX);
    return "0x" + word.substring(WORD_HEX - 40).toLowerCase(Locale.ROOT);
  }

  private static ContractCreation creation(
      Transaction tx, String address, String creator, boolean byFactory) {
    return ContractCreation.newBuilder()
        .setBlockNumber(tx.getBlockNumber())
        .setBlockHash(tx.getBlockHash())
        .setBlockTimestamp(tx.getBlockTimestamp())
        .setTransactionHash(tx.getHash())
        .setAddress(address.toLowerCase(Locale.ROOT))
        .setCreator(creator.toLowerCase(Locale.ROOT))
        .setCreatedByFactory(byFactory)
        .setRetracted(false)
        .build();
  }
}

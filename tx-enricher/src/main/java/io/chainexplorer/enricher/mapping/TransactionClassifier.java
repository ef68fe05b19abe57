package io.chainexplorer.enricher.mapping;

import io.chainexplorer.avro.AccessListEntry;
import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.avro.RawTransaction;
import io.chainexplorer.avro.TransactionClassification;
import java.util.List;

/**
 * Classifies a transaction from its receipt and target, first match wins: FAILED (receipt status 0,
 * whatever the target), CONTRACT_CREATION ({@code to} null), CONTRACT_CALL (input data, or code
 * evidently ran at {@code to}: it logged or burnt more than the intrinsic gas), NATIVE_TRANSFER
 * otherwise. Pre-Byzantium receipts have no status, only a state root that says nothing about
 * success (ethereum-etl exports it as is): they count as successful; only traces could tell.
 */
public final class TransactionClassifier {

  /** Intrinsic gas of any transaction (a call with no data to an account without code). */
  static final long TX_BASE_GAS = 21_000;

  /** EIP-2930 intrinsic cost per access-listed address. */
  static final long ACCESS_LIST_ADDRESS_GAS = 2_400;

  /** EIP-2930 intrinsic cost per access-listed storage key. */
  static final long ACCESS_LIST_STORAGE_KEY_GAS = 1_900;

  /** EIP-7702 intrinsic cost per authorization (before refunds, so an upper bound). */
  static final long AUTHORIZATION_GAS = 25_000;

  private TransactionClassifier() {}

  public static TransactionClassification classify(RawTransaction tx, RawReceipt receipt) {
    if (receipt.getStatus() != null && receipt.getStatus() == 0L) {
      return TransactionClassification.FAILED;
    }
    if (tx.getTo() == null) {
      return TransactionClassification.CONTRACT_CREATION;
    }
    if (hasInput(tx) || !receipt.getLogs().isEmpty() || receipt.getGasUsed() > intrinsicGas(tx)) {
      return TransactionClassification.CONTRACT_CALL;
    }
    return TransactionClassification.NATIVE_TRANSFER;
  }

  static boolean hasInput(RawTransaction tx) {
    String input = tx.getInput();
    return input != null && input.length() > 2;
  }

  /** Gas a call with empty input costs when {@code to} has no code. */
  static long intrinsicGas(RawTransaction tx) {
    long gas = TX_BASE_GAS;
    List<AccessListEntry> accessList = tx.getAccessList();
    if (accessList != null) {
      for (AccessListEntry entry : accessList) {
        gas +=
            ACCESS_LIST_ADDRESS_GAS + ACCESS_LIST_STORAGE_KEY_GAS * entry.getStorageKeys().size();
      }
    }
    if (tx.getAuthorizationList() != null) {
      gas += AUTHORIZATION_GAS * tx.getAuthorizationList().size();
    }
    return gas;
  }
}

package io.chainexplorer.schemas.topics;

import java.time.LocalDate;
import java.util.List;

/** How record keys of composite-keyed topics are spelt, so producers and consumers agree. */
public final class TopicKeys {

  private static final char SEPARATOR = ':';

  private TopicKeys() {}

  /** Key of the logs and decoded-events topics: {@code txHash:logIndex}. */
  public static String log(String transactionHash, long logIndex) {
    return transactionHash + SEPARATOR + logIndex;
  }

  /** Key of the token-transfers topic: {@code txHash:logIndex:batchIndex} (0 outside batches). */
  public static String tokenTransfer(String transactionHash, long logIndex, long batchIndex) {
    return log(transactionHash, logIndex) + SEPARATOR + batchIndex;
  }

  /**
   * Key of the internal-transactions topic: {@code txHash:traceAddress}, the trace address
   * dot-separated ({@code 0x..:1.0}) and empty for the top-level call ({@code 0x..:}).
   */
  public static String internalTransaction(String transactionHash, List<Integer> traceAddress) {
    StringBuilder key = new StringBuilder(transactionHash).append(SEPARATOR);
    for (int i = 0; i < traceAddress.size(); i++) {
      if (i > 0) {
        key.append('.');
      }
      key.append(traceAddress.get(i));
    }
    return key.toString();
  }

  /** Key of the API-key-usage topic: {@code provider:keyAlias:day} with an ISO day. */
  public static String apiKeyUsage(String provider, String keyAlias, LocalDate day) {
    return provider + SEPARATOR + keyAlias + SEPARATOR + day;
  }

  /** Key of a dead-letter topic: {@code sourceTopic:partition:offset}. */
  public static String deadLetter(String sourceTopic, int partition, long offset) {
    return sourceTopic + SEPARATOR + partition + SEPARATOR + offset;
  }
}

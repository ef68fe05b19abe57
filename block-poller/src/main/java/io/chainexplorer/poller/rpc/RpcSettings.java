package io.chainexplorer.poller.rpc;

import io.chainexplorer.poller.verify.VerificationPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * Tuning of the JSON-RPC client and block source.
 *
 * @param chain the chain's name, a metric tag
 * @param chainId the EIP-155 chain id written into provenance
 * @param connectTimeout TCP/TLS connect timeout of the HTTP client
 * @param requestTimeout time limit of one HTTP exchange
 * @param maxAttempts exchanges tried (over keys and providers) before a call fails for good
 * @param backoffBase first retry delay; doubles per attempt, with jitter
 * @param backoffMax cap of the retry delay
 * @param keyWait longest wait for a rate permit when leasing a key
 * @param receiptsBatchSize transactions per batch of {@code eth_getTransactionReceipt} calls
 * @param consistencyAttempts fetches of a block whose receipts do not match it before giving up
 * @param verification where fetched blocks are verified against their roots, and how often
 *     refetched
 */
public record RpcSettings(
    String chain,
    long chainId,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxAttempts,
    Duration backoffBase,
    Duration backoffMax,
    Duration keyWait,
    int receiptsBatchSize,
    int consistencyAttempts,
    VerificationPolicy verification) {

  public RpcSettings {
    Objects.requireNonNull(chain);
    Objects.requireNonNull(verification);
    if (maxAttempts < 1 || receiptsBatchSize < 1 || consistencyAttempts < 1) {
      throw new IllegalArgumentException("attempts and batch sizes must be positive");
    }
  }

  /**
   * Defaults: connect 5 s, request 10 s, 4 attempts, backoff 250 ms doubling to 10 s, key wait 5 s,
   * receipts in batches of 50, 3 fetches of an inconsistent block, every block verified.
   */
  public static RpcSettings defaults(String chain, long chainId) {
    return new RpcSettings(
        chain,
        chainId,
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        4,
        Duration.ofMillis(250),
        Duration.ofSeconds(10),
        Duration.ofSeconds(5),
        50,
        3,
        VerificationPolicy.full());
  }

  public RpcSettings withRequestTimeout(Duration timeout) {
    return new RpcSettings(
        chain,
        chainId,
        connectTimeout,
        timeout,
        maxAttempts,
        backoffBase,
        backoffMax,
        keyWait,
        receiptsBatchSize,
        consistencyAttempts,
        verification);
  }

  public RpcSettings withMaxAttempts(int attempts) {
    return new RpcSettings(
        chain,
        chainId,
        connectTimeout,
        requestTimeout,
        attempts,
        backoffBase,
        backoffMax,
        keyWait,
        receiptsBatchSize,
        consistencyAttempts,
        verification);
  }

  public RpcSettings withReceiptsBatchSize(int size) {
    return new RpcSettings(
        chain,
        chainId,
        connectTimeout,
        requestTimeout,
        maxAttempts,
        backoffBase,
        backoffMax,
        keyWait,
        size,
        consistencyAttempts,
        verification);
  }

  public RpcSettings withVerification(VerificationPolicy policy) {
    return new RpcSettings(
        chain,
        chainId,
        connectTimeout,
        requestTimeout,
        maxAttempts,
        backoffBase,
        backoffMax,
        keyWait,
        receiptsBatchSize,
        consistencyAttempts,
        policy);
  }
}

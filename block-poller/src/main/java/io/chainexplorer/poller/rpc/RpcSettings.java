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
 * @param requestTimeout time limit of one whole HTTP exchange: connect, headers and body
 * @param maxWireBytes most bytes of one answer as sent (gzipped or not)
 * @param maxBodyBytes most bytes of one answer once inflated
 * @param maxBlockTransactions most transactions a block may claim before its answer is refused
 * @param maxAttempts exchanges tried (over keys and providers) before a call fails for good
 * @param backoffBase first retry delay; doubles per attempt, with jitter
 * @param backoffMax cap of the retry delay
 * @param keyWait longest wait for a rate permit when leasing a key
 * @param receiptsBatchSize transactions per batch of {@code eth_getTransactionReceipt} calls
 * @param consistencyAttempts fetches of a block whose receipts do not match it before giving up
 * @param verification where fetched blocks are verified against their roots, and how often
 *     refetched
 * @param traces whether each block's call traces are fetched with it
 */
public record RpcSettings(
    String chain,
    long chainId,
    Duration connectTimeout,
    Duration requestTimeout,
    long maxWireBytes,
    long maxBodyBytes,
    int maxBlockTransactions,
    int maxAttempts,
    Duration backoffBase,
    Duration backoffMax,
    Duration keyWait,
    int receiptsBatchSize,
    int consistencyAttempts,
    VerificationPolicy verification,
    boolean traces) {

  public RpcSettings {
    Objects.requireNonNull(chain);
    Objects.requireNonNull(verification);
    if (maxAttempts < 1 || receiptsBatchSize < 1 || consistencyAttempts < 1) {
      throw new IllegalArgumentException("attempts and batch sizes must be positive");
    }
    if (maxWireBytes < 1 || maxBodyBytes < 1 || maxBlockTransactions < 1) {
      throw new IllegalArgumentException("answer limits must be positive");
    }
  }

  /**
   * Defaults: connect 5 s, request 10 s, answers up to 64 MiB as sent and 256 MiB inflated, 100,000
   * transactions a block, 4 attempts, backoff 250 ms doubling to 10 s, key wait 5 s, receipts in
   * batches of 50, 3 fetches of an inconsistent block, every block verified, no traces.
   */
  public static RpcSettings defaults(String chain, long chainId) {
    return builder(chain, chainId).build();
  }

  /** A builder starting from the {@link #defaults(String, long) defaults}. */
  public static Builder builder(String chain, long chainId) {
    return new Builder(chain, chainId);
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    return new Builder(chain, chainId)
        .connectTimeout(connectTimeout)
        .requestTimeout(requestTimeout)
        .answerLimits(maxWireBytes, maxBodyBytes)
        .maxBlockTransactions(maxBlockTransactions)
        .maxAttempts(maxAttempts)
        .backoff(backoffBase, backoffMax)
        .keyWait(keyWait)
        .receiptsBatchSize(receiptsBatchSize)
        .consistencyAttempts(consistencyAttempts)
        .verification(verification)
        .traces(traces);
  }

  public RpcSettings withRequestTimeout(Duration timeout) {
    return toBuilder().requestTimeout(timeout).build();
  }

  public RpcSettings withMaxAttempts(int attempts) {
    return toBuilder().maxAttempts(attempts).build();
  }

  public RpcSettings withReceiptsBatchSize(int size) {
    return toBuilder().receiptsBatchSize(size).build();
  }

  public RpcSettings withVerification(VerificationPolicy policy) {
    return toBuilder().verification(policy).build();
  }

  /** Settings of one chain, each field at its default until set; {@link #build()} validates. */
  public static final class Builder {

    private final String chain;
    private final long chainId;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(10);
    // A mainnet block with its receipts inflates to tens of MB; gzip shrinks JSON about 5 times.
    private long maxWireBytes = 64L << 20;
    private long maxBodyBytes = 256L << 20;
    private int maxBlockTransactions = 100_000;
    private int maxAttempts = 4;
    private Duration backoffBase = Duration.ofMillis(250);
    private Duration backoffMax = Duration.ofSeconds(10);
    private Duration keyWait = Duration.ofSeconds(5);
    private int receiptsBatchSize = 50;
    private int consistencyAttempts = 3;
    private VerificationPolicy verification = VerificationPolicy.full();
    private boolean traces;

    private Builder(String chain, long chainId) {
      this.chain = chain;
      this.chainId = chainId;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = timeout;
      return this;
    }

    /** The most bytes of one answer as sent and once inflated. */
    public Builder answerLimits(long wireBytes, long bodyBytes) {
      this.maxWireBytes = wireBytes;
      this.maxBodyBytes = bodyBytes;
      return this;
    }

    public Builder maxBlockTransactions(int transactions) {
      this.maxBlockTransactions = transactions;
      return this;
    }

    public Builder maxAttempts(int attempts) {
      this.maxAttempts = attempts;
      return this;
    }

    /** The first retry delay and its cap. */
    public Builder backoff(Duration base, Duration max) {
      this.backoffBase = base;
      this.backoffMax = max;
      return this;
    }

    public Builder keyWait(Duration wait) {
      this.keyWait = wait;
      return this;
    }

    public Builder receiptsBatchSize(int size) {
      this.receiptsBatchSize = size;
      return this;
    }

    public Builder consistencyAttempts(int attempts) {
      this.consistencyAttempts = attempts;
      return this;
    }

    public Builder verification(VerificationPolicy policy) {
      this.verification = policy;
      return this;
    }

    /** Fetch each block's call traces with it (costly on paid providers). */
    public Builder traces(boolean fetch) {
      this.traces = fetch;
      return this;
    }

    public RpcSettings build() {
      return new RpcSettings(
          chain,
          chainId,
          connectTimeout,
          requestTimeout,
          maxWireBytes,
          maxBodyBytes,
          maxBlockTransactions,
          maxAttempts,
          backoffBase,
          backoffMax,
          keyWait,
          receiptsBatchSize,
          consistencyAttempts,
          verification,
          traces);
    }
  }
}

package io.chainexplorer.sink.errors;

import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkTaskContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts a task's consecutive transient failures: Connect redelivers a failed batch after the
 * backoff until {@code maxRetries} are spent; then the caller takes the errant-record path.
 */
public final class RetryCountdown {

  private static final Logger LOG = LoggerFactory.getLogger(RetryCountdown.class);

  private final int maxRetries;
  private final long backoffMs;
  private final Runnable onRetry;
  private int remaining;

  /**
   * A countdown from {@code maxRetries}, each retry after {@code backoffMs} and counted by {@code
   * onRetry}.
   */
  public RetryCountdown(int maxRetries, long backoffMs, Runnable onRetry) {
    this.maxRetries = maxRetries;
    this.backoffMs = backoffMs;
    this.onRetry = onRetry;
    this.remaining = maxRetries;
  }

  /** A batch went through: the next failure starts a new countdown. */
  public void reset() {
    remaining = maxRetries;
  }

  /** Retries left before the errant-record path. */
  public int remaining() {
    return remaining;
  }

  /**
   * After a transient failure of a batch of {@code records}: while retries remain, sets {@code
   * context.timeout} to the backoff and throws the {@link RetriableException} that makes Connect
   * redeliver the batch; once they are spent, starts over and returns.
   */
  public void retryOrGiveUp(SinkTaskContext context, int records, Exception cause) {
    if (remaining <= 0) {
      remaining = maxRetries;
      return;
    }
    remaining--;
    onRetry.run();
    LOG.warn("{} records not written, {} retries left: {}", records, remaining, cause.getMessage());
    context.timeout(backoffMs);
    throw new RetriableException(cause.getMessage(), cause);
  }
}

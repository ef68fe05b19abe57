package io.chainexplorer.sink.errors;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkTaskContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a task's transiently failed batch without limit: Connect redelivers it after a backoff
 * that doubles from {@code backoffMs} up to {@link #MAX_BACKOFF_MS}. Past {@code alertAfter}
 * retries in a row each retry is logged as an error (an outage worth an alert); a transient failure
 * never becomes a task failure or a dead letter.
 */
public final class TransientRetry {

  /** Retries in a row after which each further retry is logged as an error. */
  public static final String MAX_RETRIES = "max.retries";

  /** The first pause before Connect redelivers a batch that failed transiently. */
  public static final String RETRY_BACKOFF_MS = "retry.backoff.ms";

  /** The longest pause between two deliveries of a batch during an outage. */
  public static final long MAX_BACKOFF_MS = 30_000L;

  private static final Logger LOG = LoggerFactory.getLogger(TransientRetry.class);

  private final int alertAfter;
  private final long backoffMs;
  private final Runnable onRetry;
  private int consecutive;

  /**
   * Retries that pause {@code backoffMs} at first, are counted by {@code onRetry}, and are logged
   * as errors after {@code alertAfter} in a row.
   */
  public TransientRetry(int alertAfter, long backoffMs, Runnable onRetry) {
    this.alertAfter = alertAfter;
    this.backoffMs = backoffMs;
    this.onRetry = onRetry;
  }

  /** Adds a connector's two retry settings to {@code def}, with its own first backoff. */
  public static ConfigDef define(ConfigDef def, long defaultBackoffMs) {
    return def.define(
            MAX_RETRIES,
            Type.INT,
            10,
            Range.atLeast(0),
            Importance.MEDIUM,
            "Retries in a row after which each further retry of a batch that failed transiently"
                + " is logged as an error; transient failures are retried without limit and never"
                + " dead-lettered.")
        .define(
            RETRY_BACKOFF_MS,
            Type.LONG,
            defaultBackoffMs,
            Range.atLeast(0),
            Importance.LOW,
            "First pause before Connect redelivers a batch that failed transiently; it doubles at"
                + " each retry in a row, up to 30 s.");
  }

  /** Retries as a connector's configuration (defined by {@link #define}) says. */
  public static TransientRetry from(AbstractConfig config, Runnable onRetry) {
    return new TransientRetry(
        config.getInt(MAX_RETRIES), config.getLong(RETRY_BACKOFF_MS), onRetry);
  }

  /** A batch went through: the next failure starts from the first backoff. */
  public void reset() {
    consecutive = 0;
  }

  /** Retries in a row since the last batch that went through. */
  public int consecutive() {
    return consecutive;
  }

  /**
   * After a transient failure of a batch of {@code records}: sets {@code context.timeout} to the
   * backoff and returns the {@link RetriableException} that makes Connect redeliver the batch, for
   * the caller to throw.
   */
  public RetriableException retry(SinkTaskContext context, int records, Exception cause) {
    long backoff = backoff(consecutive);
    consecutive++;
    onRetry.run();
    if (consecutive > alertAfter) {
      LOG.error(
          "{} records not written after {} retries in a row, retrying in {} ms until it passes: {}",
          records,
          consecutive,
          backoff,
          cause.getMessage());
    } else {
      LOG.warn(
          "{} records not written, retry {} in {} ms: {}",
          records,
          consecutive,
          backoff,
          cause.getMessage());
    }
    context.timeout(backoff);
    return new RetriableException(cause.getMessage(), cause);
  }

  private long backoff(int retriesBefore) {
    long backoff = backoffMs;
    for (int i = 0; i < retriesBefore && backoff < MAX_BACKOFF_MS; i++) {
      backoff *= 2;
    }
    return Math.min(backoff, Math.max(backoffMs, MAX_BACKOFF_MS));
  }
}

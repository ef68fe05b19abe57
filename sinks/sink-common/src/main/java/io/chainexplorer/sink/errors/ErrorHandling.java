package io.chainexplorer.sink.errors;

import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Connect's own error-handling keys as a sink reads them, and the one rule they must obey. */
public final class ErrorHandling {

  /** {@code none} (the default): a failed record fails the task; {@code all}: it is tolerated. */
  public static final String TOLERANCE = "errors.tolerance";

  public static final String DLQ_TOPIC = "errors.deadletterqueue.topic.name";

  /** How long Connect retries a conversion that failed transiently; {@code -1}: without limit. */
  public static final String RETRY_TIMEOUT = "errors.retry.timeout";

  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

  private ErrorHandling() {}

  /**
   * Whether {@code errors.tolerance=all}: a record that cannot be written does not stop the task.
   */
  public static boolean toleratesAll(Map<String, String> props) {
    return "all".equals(tolerance(props));
  }

  /**
   * Fails when a dead-letter topic is set without {@code errors.tolerance=all}: the first failed
   * record would stop the task and nothing would ever reach the topic.
   */
  public static void checkDeadLetterTopic(Map<String, String> props) {
    String dlq = props.getOrDefault(DLQ_TOPIC, "").trim();
    String tolerance = tolerance(props);
    if (!dlq.isEmpty() && !"all".equals(tolerance)) {
      throw new ConfigException(
          DLQ_TOPIC
              + "="
              + dlq
              + " needs "
              + TOLERANCE
              + "=all: with '"
              + tolerance
              + "' the first failed record stops the task and"
              + " nothing ever reaches the dead-letter topic");
    }
  }

  /**
   * True (and a warning logged) when {@code errors.retry.timeout} is not {@code -1}: Connect then
   * gives up on a registry outage after that long and, under {@code errors.tolerance=all},
   * dead-letters good records.
   */
  public static boolean warnIfRetriesAreBounded(Map<String, String> props) {
    String timeout = props.getOrDefault(RETRY_TIMEOUT, "0").trim();
    if ("-1".equals(timeout)) {
      return false;
    }
    LOG.warn(
        "{}={}: a Schema Registry outage longer than that sends good records to the errant-record"
            + " path; set {}=-1 to retry without limit",
        RETRY_TIMEOUT,
        timeout,
        RETRY_TIMEOUT);
    return true;
  }

  private static String tolerance(Map<String, String> props) {
    return props.getOrDefault(TOLERANCE, "none").trim().toLowerCase(Locale.ROOT);
  }
}

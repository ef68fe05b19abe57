package io.chainexplorer.reliability.faults;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.chainexplorer.reliability.secrets.SecretScan;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Every log event of this JVM the configured levels let through, for the secrets scan. */
final class CapturedLogs implements AutoCloseable {

  private final Logger root;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  CapturedLogs() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    appender.setContext(context);
    appender.start();
    root.addAppender(appender);
  }

  /** Feeds every captured event (message, arguments, MDC, stack trace) to {@code scan}. */
  void scan(SecretScan scan) {
    List<ILoggingEvent> events;
    synchronized (appender) {
      events = List.copyOf(appender.list);
    }
    for (ILoggingEvent event : events) {
      StringBuilder text = new StringBuilder(event.getFormattedMessage());
      text.append(' ').append(event.getMDCPropertyMap());
      if (event.getThrowableProxy() != null) {
        text.append(' ').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
      }
      scan.text("log " + event.getLoggerName(), text);
    }
  }

  int size() {
    return appender.list.size();
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    appender.stop();
  }
}

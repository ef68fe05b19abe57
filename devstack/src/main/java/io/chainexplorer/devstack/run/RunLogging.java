package io.chainexplorer.devstack.run;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Where {@code run}'s own process logs: every line to a log file in the data directory, and to the
 * console only the project's own warnings and errors, so that neither the libraries' logs (Kafka
 * clients, the Cassandra driver, Hadoop) nor the pipeline's progress lines drown the banner and the
 * summary lines.
 */
final class RunLogging {

  static final String OWN_LOGGERS = "io.chainexplorer";
  private static final String CONSOLE = "CONSOLE";

  private RunLogging() {}

  /**
   * Sends the root logger to {@code file} instead of the console, and keeps the console for the
   * project's warnings and errors; does nothing when logback is not the logging backend.
   */
  static void toFile(Path file) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Appender<ILoggingEvent> console = root.getAppender(CONSOLE);
    if (console == null) {
      return;
    }
    root.addAppender(fileAppender(context, file));
    root.detachAppender(console);
    ThresholdFilter warnings = new ThresholdFilter();
    warnings.setLevel(Level.WARN.toString());
    warnings.start();
    console.addFilter(warnings);
    context.getLogger(OWN_LOGGERS).addAppender(console);
  }

  private static FileAppender<ILoggingEvent> fileAppender(LoggerContext context, Path file) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d{ISO8601} %-5level [%thread] %logger - %msg%n");
    encoder.start();
    FileAppender<ILoggingEvent> appender = new FileAppender<>();
    appender.setContext(context);
    appender.setName("RUN_FILE");
    appender.setFile(file.toString());
    appender.setAppend(true);
    appender.setEncoder(encoder);
    appender.start();
    return appender;
  }
}

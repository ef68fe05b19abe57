package io.chainexplorer.devstack.run;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class RunLoggingTest {

  @TempDir Path dir;

  @Test
  void shouldKeepLibraryNoiseAndProgressInTheLogFileAndOurWarningsOnTheConsole() throws Exception {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Appender<ILoggingEvent> console = root.getAppender("CONSOLE");
    assertThat(console).as("the CLI's logback.xml console appender").isNotNull();
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    Path file = dir.resolve("run.log");
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      RunLogging.toFile(file);

      LoggerFactory.getLogger("com.datastax.oss.driver.Cql").warn("aggregation query noise");
      LoggerFactory.getLogger("io.chainexplorer.devstack.run.Probe").info("progress line");
      LoggerFactory.getLogger("io.chainexplorer.devstack.run.Probe").warn("port taken line");
    } finally {
      System.setErr(stderr);
      console.clearAllFilters();
      root.addAppender(console);
      context.getLogger(RunLogging.OWN_LOGGERS).detachAppender(console);
      root.detachAppender("RUN_FILE");
    }

    String onConsole = captured.toString(StandardCharsets.UTF_8);
    assertThat(onConsole)
        .contains("port taken line")
        .doesNotContain("aggregation query noise")
        .doesNotContain("progress line");
    assertThat(Files.readString(file))
        .contains("progress line", "port taken line", "aggregation query noise");
  }
}

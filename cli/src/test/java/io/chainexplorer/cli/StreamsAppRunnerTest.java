package io.chainexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.cli.enrich.EnrichCommand;
import io.chainexplorer.enricher.config.EnricherConfig;
import io.chainexplorer.platform.config.ForeignChainException;
import io.chainexplorer.platform.streams.StreamsApp;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class StreamsAppRunnerTest {

  private final StringWriter err = new StringWriter();

  @Test
  void shouldExitWithOneAndSayWhyWhenTheAppFailed() throws InterruptedException {
    StoppedApp app = new StoppedApp(new IllegalStateException("broker gone"));

    int code = StreamsAppRunner.run(spec(), "enrich", config(), registry -> app);

    assertThat(code).isEqualTo(CommandLine.ExitCode.SOFTWARE);
    assertThat(err.toString()).contains("enrich stopped: broker gone");
    assertThat(app.closed).isTrue();
  }

  @Test
  void shouldExitWithTwoAndTheReasonWhenARecordOfAnotherChainStoppedTheApp()
      throws InterruptedException {
    StoppedApp app =
        new StoppedApp(
            new StreamsException(
                "Exception caught in process",
                new ForeignChainException("raw block 7 is of chain id 1 but the namespace is 5")));

    int code = StreamsAppRunner.run(spec(), "enrich", config(), registry -> app);

    assertThat(code).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString())
        .contains("enrich stopped: raw block 7 is of chain id 1 but the namespace is 5");
  }

  @Test
  void shouldExitWithZeroWhenTheAppStoppedCleanly() throws InterruptedException {
    StoppedApp app = new StoppedApp(null);

    int code = StreamsAppRunner.run(spec(), "enrich", config(), registry -> app);

    assertThat(code).isEqualTo(CommandLine.ExitCode.OK);
    assertThat(err.toString()).isEmpty();
    assertThat(app.closed).isTrue();
  }

  private CommandSpec spec() {
    CommandLine commandLine = new CommandLine(new EnrichCommand());
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.getCommandSpec();
  }

  private static EnricherConfig config() {
    return new EnricherConfig(Map.of("metrics.host", "127.0.0.1", "metrics.port", "0"));
  }

  /** An app that has already stopped, as after a fatal error or Ctrl-C. */
  private static final class StoppedApp implements StreamsApp {

    private final Throwable failure;
    private boolean closed;

    StoppedApp(Throwable failure) {
      this.failure = failure;
    }

    @Override
    public boolean isHealthy() {
      return false;
    }

    @Override
    public boolean awaitTermination(Duration timeout) {
      return true;
    }

    @Override
    public Optional<Throwable> failure() {
      return Optional.ofNullable(failure);
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}

package io.chainexplorer.ops.stack;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.cli.ChainExplorer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.ParameterException;

/** Every command line the stacks give our app image is one the chain-explorer CLI accepts. */
class AppCommandLineTest {

  @ParameterizedTest
  @MethodSource("io.chainexplorer.ops.stack.StackFile#files")
  void shouldParseEveryAppCommandWhenImageStarts(Path file) {
    StackFile stack = StackFile.load(file);
    for (String service : AppEnvironmentTest.appServices(stack)) {
      List<String> arguments = stack.arguments(service);

      assertThatCode(() -> ChainExplorer.commandLine().parseArgs(arguments.toArray(String[]::new)))
          .as("command of %s: %s", service, arguments)
          .doesNotThrowAnyException();
    }
  }

  @Test
  void shouldRejectUnknownOptionWhenParsing() {
    assertThatThrownBy(() -> ChainExplorer.commandLine().parseArgs("enrich", "--no-such-option"))
        .isInstanceOf(ParameterException.class);
  }
}

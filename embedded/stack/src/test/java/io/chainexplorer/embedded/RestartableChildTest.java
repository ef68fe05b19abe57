package io.chainexplorer.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class RestartableChildTest {

  private static final List<String> SLEEPER = List.of("sleep", "600");

  @TempDir Path dir;

  @Test
  void shouldStartANewChildWithTheSameLogWhenKilledAndRestarted() {
    List<Long> checked = new ArrayList<>();
    RestartableChild child = child(SLEEPER, started -> checked.add(started.pid()));
    try {
      child.start();
      ProcessHandle first = ProcessHandle.of(child.pid()).orElseThrow();

      child.kill();

      assertThat(first.isAlive()).isFalse();
      assertThat(child.isRunning()).isFalse();
      assertThatThrownBy(child::pid).hasMessageContaining("sleeper is not running");
      child.restart();
      assertThat(child.isRunning()).isTrue();
      assertThat(child.pid()).isNotEqualTo(first.pid());
      assertThat(checked).containsExactly(first.pid(), child.pid());
      assertThat(child.logFile()).isEqualTo(dir.resolve("sleeper.log")).exists();
    } finally {
      child.stop();
    }
    assertThat(child.isRunning()).isFalse();
  }

  @Test
  void shouldKillAChildThatIsNotReadyAndNameItsLog() {
    List<ProcessHandle> started = new ArrayList<>();
    RestartableChild child =
        child(
            SLEEPER,
            process -> {
              started.add(process.process().toHandle());
              throw new IllegalStateException("no answer on port 1");
            });

    assertThatThrownBy(child::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no answer on port 1 (see " + dir.resolve("sleeper.log") + ")");
    assertThat(started).singleElement().matches(handle -> !handle.isAlive());
    assertThat(child.isRunning()).isFalse();
  }

  @Test
  void shouldForgetAChildThatExitsByItselfSoThatARestartStartsAnother() {
    RestartableChild child = child(List.of("sh", "-c", "sleep 0.2"), started -> {});
    child.start();

    child.awaitExit(Duration.ofSeconds(30));

    assertThat(child.isRunning()).isFalse();
    assertThatThrownBy(child::pid).isInstanceOf(IllegalStateException.class);
    child.restart();
    assertThat(child.pid()).isPositive();
    child.awaitExit(Duration.ofSeconds(30));
  }

  @Test
  void shouldFailWhenAChildDoesNotExitInTime() {
    RestartableChild child = child(SLEEPER, started -> {});
    child.start();
    try {
      assertThatThrownBy(() -> child.awaitExit(Duration.ofMillis(100)))
          .hasMessageContaining("sleeper did not exit within");
      assertThat(child.isRunning()).isTrue();
    } finally {
      child.kill();
    }
  }

  private RestartableChild child(List<String> command, RestartableChild.Readiness readiness) {
    return new RestartableChild(
        "sleeper", "sleeper", command, dir, dir.resolve("sleeper.log"), readiness);
  }
}

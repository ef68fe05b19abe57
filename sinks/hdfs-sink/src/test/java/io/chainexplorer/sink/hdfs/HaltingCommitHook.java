package io.chainexplorer.sink.hdfs;

import io.chainexplorer.sink.hdfs.writer.CommitHook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Crash injection for kill tests: halts the whole worker JVM (no shutdown hook, no flush, as a
 * SIGKILL would) at one commit step, once across restarts.
 *
 * <p>Armed only by system properties of the worker JVM, never by connector configuration: {@value
 * #STEP_PROPERTY} ({@code BEFORE_RENAME} or {@code AFTER_RENAME}), {@value #COMMIT_PROPERTY} (the
 * n-th commit of this task, 1 by default) and {@value #MARKER_PROPERTY}, a file created just before
 * the halt, holding the file name whose commit was cut; while it exists the hook never halts again.
 */
public final class HaltingCommitHook implements CommitHook {

  public static final String STEP_PROPERTY = "chainexplorer.sink.hdfs.halt.step";
  public static final String COMMIT_PROPERTY = "chainexplorer.sink.hdfs.halt.commit";
  public static final String MARKER_PROPERTY = "chainexplorer.sink.hdfs.halt.marker";

  /** The exit status of the halted JVM: that of a process killed by SIGKILL. */
  public static final int EXIT_STATUS = 137;

  private final AtomicInteger commits = new AtomicInteger();

  @Override
  public void at(Step step, String finalName) {
    if (!step.name().equals(System.getProperty(STEP_PROPERTY))) {
      return;
    }
    int armedAt = Integer.parseInt(System.getProperty(COMMIT_PROPERTY, "1"));
    if (commits.incrementAndGet() != armedAt) {
      return;
    }
    String marker = System.getProperty(MARKER_PROPERTY);
    if (marker == null) {
      throw new IllegalStateException(STEP_PROPERTY + " is set but " + MARKER_PROPERTY + " is not");
    }
    if (claim(Paths.get(marker), finalName)) {
      Runtime.getRuntime().halt(EXIT_STATUS);
    }
  }

  /** Creates the marker; false when it exists already (the halt happened before a restart). */
  private static boolean claim(Path marker, String finalName) {
    try {
      Files.createFile(marker);
      Files.writeString(marker, finalName);
      return true;
    } catch (FileAlreadyExistsException alreadyHalted) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the halt marker " + marker, e);
    }
  }
}

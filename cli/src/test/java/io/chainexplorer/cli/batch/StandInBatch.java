package io.chainexplorer.cli.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * A batch installation ({@code batch.home}) whose jar holds the stand-in BatchJob of the tests and
 * whose {@code spark-jvm.options} sets {@code -Dstand.in.option=from-options}.
 */
public final class StandInBatch {

  private static final String CLASS_FILE = "io/chainexplorer/batch/job/BatchJob.class";

  private StandInBatch() {}

  /** Lays the installation out in {@code home} and returns it. */
  public static Path install(Path home) {
    try {
      Files.createDirectories(home.resolve("lib"));
      Files.writeString(home.resolve("spark-jvm.options"), "-Dstand.in.option=from-options\n");
      try (OutputStream file = Files.newOutputStream(home.resolve("chain-explorer-batch.jar"));
          JarOutputStream jar = new JarOutputStream(file);
          InputStream bytes = StandInBatch.class.getClassLoader().getResourceAsStream(CLASS_FILE)) {
        jar.putNextEntry(new JarEntry(CLASS_FILE));
        bytes.transferTo(jar);
        jar.closeEntry();
      }
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.chainexplorer.cli.batch;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The batch module as its build lays it out: {@code chain-explorer-batch.jar}, {@code lib/} with
 * Spark and every other runtime dependency, and {@code spark-jvm.options}, the Java 17 options
 * spark-submit would pass. Its classpath never meets this JVM's: Spark needs Netty 4.2.
 */
public record BatchInstallation(Path jar, Path lib, List<String> jvmOptions) {

  static final String JAR = "chain-explorer-batch.jar";
  static final String LIB = "lib";
  static final String JVM_OPTIONS = "spark-jvm.options";

  /**
   * The installation in {@code home}.
   *
   * @throws IllegalStateException naming what is missing and how to build it
   */
  public static BatchInstallation in(Path home) {
    Path dir = home.toAbsolutePath().normalize();
    Path jar = dir.resolve(JAR);
    Path lib = dir.resolve(LIB);
    Path options = dir.resolve(JVM_OPTIONS);
    for (Path required : List.of(jar, lib, options)) {
      if (!Files.exists(required)) {
        throw new IllegalStateException(
            required
                + " is missing: build the batch layer first (make build, or ./mvnw -pl batch -am"
                + " package -DskipTests), or set "
                + BatchLaunchConfig.HOME);
      }
    }
    try {
      String text = Files.readString(options).trim();
      List<String> jvmOptions = text.isEmpty() ? List.of() : Arrays.asList(text.split("\\s+"));
      return new BatchInstallation(jar, lib, List.copyOf(jvmOptions));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + options, e);
    }
  }

  /** The job's classpath: the jar, then every jar of {@code lib/} (a JVM wildcard). */
  public String classpath() {
    return jar + File.pathSeparator + lib.resolve("*");
  }
}

package io.chainexplorer.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apicurio Registry in memory in a child JVM, serving the Confluent Schema Registry API with
 * compatibility set to BACKWARD, as production's registry is configured.
 *
 * <p>{@link #saveSchemas()} keeps the registered schemas in the work directory; the next {@link
 * #start(Path)} on that directory registers them again under the same ids.
 */
public final class EmbeddedSchemaRegistry implements AutoCloseable {

  /** Where the {@code embedded/schema-registry} module leaves the runnable registry. */
  public static final String RUNNER_JAR =
      "embedded/schema-registry/target/schema-registry-runner.jar";

  public static final String BUILD_COMMAND = "./mvnw -B -pl embedded/schema-registry install";

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSchemaRegistry.class);
  private static final String CCOMPAT_PATH = "/apis/ccompat/v6";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
  private static final int START_ATTEMPTS = 3;
  private static final String SAVED_SCHEMAS = "schemas.json";

  private final ChildProcess process;
  private final int port;
  private final Path workDir;
  private final SelfSignedTls tls;

  private EmbeddedSchemaRegistry(ChildProcess process, int port, Path workDir, SelfSignedTls tls) {
    this.process = process;
    this.port = port;
    this.workDir = workDir;
    this.tls = tls;
  }

  /**
   * Starts the registry with its log in {@code workDir}, waits until it serves requests, and
   * registers the schemas an earlier {@link #saveSchemas()} left there.
   */
  public static EmbeddedSchemaRegistry start(Path workDir) {
    return start(workDir, FreePorts.next());
  }

  /** As {@link #start(Path)}, on {@code port} of the loopback first, on a free one if it fails. */
  public static EmbeddedSchemaRegistry start(Path workDir, int port) {
    return start(workDir, port, null);
  }

  /**
   * As {@link #start(Path)}, serving https only, with the certificate of {@code tls}: clients need
   * its truststore. Its schemas are not kept across starts ({@link #saveSchemas()} speaks http).
   */
  public static EmbeddedSchemaRegistry startTls(Path workDir, SelfSignedTls tls) {
    return start(workDir, FreePorts.next(), tls);
  }

  private static EmbeddedSchemaRegistry start(Path workDir, int port, SelfSignedTls tls) {
    Path runner =
        ProjectPaths.required(RUNNER_JAR, "build the test Schema Registry with " + BUILD_COMMAND);
    for (int attempt = 1; ; attempt++) {
      try {
        return launch(runner, workDir, attempt == 1 ? port : FreePorts.next(), tls);
      } catch (ExitedEarly e) {
        // The free port may have been taken between choosing it and the child binding it.
        if (attempt == START_ATTEMPTS) {
          throw e;
        }
        LOG.warn("{}; retrying on another port", e.getMessage());
      }
    }
  }

  private static EmbeddedSchemaRegistry launch(
      Path runner, Path workDir, int port, SelfSignedTls tls) {
    List<String> command =
        new ArrayList<>(
            List.of(
                javaExecutable(),
                "-Xmx128m",
                "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.host=127.0.0.1"));
    if (tls == null) {
      command.add("-Dquarkus.http.port=" + port);
    } else {
      command.add("-Dquarkus.http.port=" + FreePorts.next());
      command.add("-Dquarkus.http.ssl-port=" + port);
      command.add("-Dquarkus.http.insecure-requests=disabled");
      command.add("-Dquarkus.http.ssl.certificate.key-store-file=" + tls.keystore());
      command.add("-Dquarkus.http.ssl.certificate.key-store-file-type=PKCS12");
      // the password is on the child's command line: a test certificate of the loopback only
      command.add("-Dquarkus.http.ssl.certificate.key-store-password=" + tls.password());
    }
    command.addAll(List.of("-jar", runner.toString()));
    ChildProcess child = ChildProcess.start("schema-registry", command, workDir, logFile(workDir));
    EmbeddedSchemaRegistry registry = new EmbeddedSchemaRegistry(child, port, workDir, tls);
    try {
      registry.awaitReady();
      registry.put("/config", "{\"compatibility\":\"BACKWARD\"}");
      registry.restoreSchemas();
    } catch (RuntimeException e) {
      child.close();
      throw e;
    }
    LOG.info("Schema Registry ready at {}", registry.confluentApiUrl());
    return registry;
  }

  private static Path logFile(Path workDir) {
    try {
      Files.createDirectories(workDir);
      return workDir.resolve("schema-registry.log");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + workDir, e);
    }
  }

  private static String javaExecutable() {
    return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * Base URL of the Confluent-compatible API, e.g. {@code http://127.0.0.1:1234/apis/ccompat/v6}.
   */
  public String confluentApiUrl() {
    return (tls == null ? "http" : "https") + "://127.0.0.1:" + port + CCOMPAT_PATH;
  }

  /**
   * Saves every registered schema version in the work directory, for the next start there.
   *
   * @return the number of versions saved
   */
  public synchronized int saveSchemas() {
    return new SchemaJournal(confluentApiUrl()).save(workDir.resolve(SAVED_SCHEMAS));
  }

  private void restoreSchemas() {
    Path saved = workDir.resolve(SAVED_SCHEMAS);
    if (Files.isRegularFile(saved)) {
      int count = new SchemaJournal(confluentApiUrl()).replay(saved);
      LOG.info("registered again {} schema versions saved in {}", count, saved);
    }
  }

  public int port() {
    return port;
  }

  public Path logFile() {
    return process.logFile();
  }

  private void awaitReady() {
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new ExitedEarly(
            "Schema Registry on port "
                + port
                + " exited before it was ready (see "
                + logFile()
                + ")");
      }
      if (statusOf(HttpRequest.newBuilder(uri("/subjects")).GET()) == 200) {
        return;
      }
      pause();
    }
    throw new IllegalStateException(
        "Schema Registry not ready within " + READY_TIMEOUT + " (see " + logFile() + ")");
  }

  private void put(String path, String json) {
    int status =
        statusOf(
            HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    if (status != 200) {
      throw new IllegalStateException(
          "PUT " + path + " answered HTTP " + status + " (see " + logFile() + ")");
    }
  }

  private URI uri(String path) {
    return URI.create(confluentApiUrl() + path);
  }

  /** The HTTP status, or -1 while the server does not answer yet. */
  private int statusOf(HttpRequest.Builder request) {
    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2));
    if (tls != null) {
      builder.sslContext(tls.clientContext());
    }
    HttpClient client = builder.build();
    try {
      return client
          .send(
              request.timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling the Schema Registry", e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the Schema Registry", e);
    }
  }

  @Override
  public void close() {
    process.close();
  }

  /** The child died while starting, typically because its port was taken meanwhile. */
  private static final class ExitedEarly extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    ExitedEarly(String message) {
      super(message);
    }
  }
}

package io.chainexplorer.ops.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chainexplorer.embedded.ProjectPaths;
import io.chainexplorer.sink.hdfs.HdfsSinkConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HDFS checks permissions, and the HDFS sink writes as a user that owns its root directory, which a
 * one-shot service creates as the superuser before Connect starts.
 */
class HdfsPermissionsTest {

  static final Path HADOOP_ENV = Path.of("compose", "hadoop.env");
  static final String PERMISSIONS = "HDFS-SITE.XML_dfs.permissions.enabled";
  private static final String HADOOP_IMAGE = "apache/hadoop:";

  @Test
  void shouldCheckPermissionsWhenHdfsStarts() throws IOException {
    Map<String, String> hadoop = hadoopEnv();

    assertThat(hadoop).containsEntry(PERMISSIONS, "true");
    for (Path file : StackFile.files().toList()) {
      StackFile stack = StackFile.load(file);
      for (String service : stack.servicesRunning(HADOOP_IMAGE)) {
        assertThat(stack.environment(service)).as(service).doesNotContainKey(PERMISSIONS);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("io.chainexplorer.ops.stack.StackFile#files")
  void shouldOwnRootDirectoryWhenHdfsSinkWrites(Path file) throws IOException {
    StackFile stack = StackFile.load(file);
    String root =
        new ObjectMapper()
            .readTree(stack.directory().resolve("connectors/hdfs-sink.json").toFile())
            .path(HdfsSinkConfig.ROOT_DIR)
            .asText();
    for (String worker : stack.servicesRunning(ConnectorSecretsTest.CONNECT_IMAGE)) {
      String user = stack.environment(worker).getOrDefault("HADOOP_USER_NAME", "");

      assertThat(user).as("HDFS user of %s", worker).isNotBlank().isNotEqualTo("root");
      assertThat(stack.servicesRunning(HADOOP_IMAGE))
          .extracting(service -> String.join(" ", stack.arguments(service)))
          .as("a service creating %s for %s", root, user)
          .anySatisfy(
              command ->
                  assertThat(command)
                      .contains("hdfs dfs -mkdir -p " + root)
                      .contains("hdfs dfs -chown " + user + ":" + user + " " + root));
    }
  }

  private static Map<String, String> hadoopEnv() throws IOException {
    Map<String, String> variables = new LinkedHashMap<>();
    for (String line : Files.readAllLines(ProjectPaths.root().resolve(HADOOP_ENV))) {
      int equals = line.indexOf('=');
      if (!line.isBlank() && !line.startsWith("#") && equals > 0) {
        variables.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
      }
    }
    return variables;
  }
}

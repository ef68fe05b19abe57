package io.chainexplorer.ops.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chainexplorer.embedded.ProjectPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The batch layer of the stacks: a Spark master, workers, and a batch service submitting the job to
 * that master on a schedule, over the cold store the HDFS sink writes, into a directory HDFS gives
 * the job's user.
 */
class BatchServicesTest {

  private static final String SPARK_IMAGE = "apache/spark:4.1.3-scala2.13-java17-ubuntu";
  private static final String MASTER_URL = "spark://spark-master:7077";

  @ParameterizedTest
  @MethodSource("io.chainexplorer.ops.stack.StackFile#files")
  void shouldRunASparkClusterOfTheBatchLayersVersionWhenTheStackRuns(Path file) {
    StackFile stack = StackFile.load(file);

    assertThat(stack.serviceNames()).contains("spark-master", "spark-worker", "batch");
    assertThat(stack.servicesRunning(SPARK_IMAGE)).contains("spark-master", "spark-worker");
    assertThat(String.join(" ", stack.arguments("spark-master")))
        .contains("org.apache.spark.deploy.master.Master")
        .contains("--port 7077");
    assertThat(String.join(" ", stack.arguments("spark-worker")))
        .contains("org.apache.spark.deploy.worker.Worker")
        .contains(MASTER_URL);
    assertThat(read("batch/pom.xml")).contains("<spark.version>4.1.3</spark.version>");
  }

  @ParameterizedTest
  @MethodSource("io.chainexplorer.ops.stack.StackFile#files")
  void shouldSubmitToTheMasterOverTheSinksColdStoreWhenBatchRuns(Path file) throws IOException {
    StackFile stack = StackFile.load(file);
    Map<String, String> environment = stack.environment("batch");
    List<String> arguments = stack.arguments("batch");
    String root =
        new ObjectMapper()
            .readTree(stack.directory().resolve("connectors/hdfs-sink.json").toFile())
            .path("root.dir")
            .asText();

    assertThat(environment).containsEntry("SPARK_MASTER_URL", MASTER_URL);
    assertThat(Integer.parseInt(environment.get("BATCH_INTERVAL_MINUTES"))).isPositive();
    assertThat(argument(arguments, "--cold-store")).isEqualTo("hdfs://namenode:8020" + root);
    String out = argument(arguments, "--out");
    assertThat(out).startsWith("hdfs://namenode:8020/").isNotEqualTo("hdfs://namenode:8020" + root);
    String user = environment.getOrDefault("HADOOP_USER_NAME", "");
    assertThat(user).isNotBlank().isNotEqualTo("root");
    assertThat(stack.environment("spark-worker")).containsEntry("HADOOP_USER_NAME", user);
    String outDir = out.substring("hdfs://namenode:8020".length());
    assertThat(stack.servicesRunning("apache/hadoop:"))
        .extracting(service -> String.join(" ", stack.arguments(service)))
        .anySatisfy(
            command ->
                assertThat(command)
                    .contains("hdfs dfs -mkdir -p " + outDir)
                    .contains("hdfs dfs -chown " + user + ":" + user + " " + outDir));
  }

  @Test
  void shouldReplicateSparkWorkersWhenOnSwarm() {
    StackFile swarm = StackFile.load(StackFile.SWARM);

    assertThat(swarm.service("spark-worker").path("deploy").path("replicas").asInt())
        .isGreaterThanOrEqualTo(2);
    assertThat(swarm.service("batch").path("image").asText())
        .endsWith("/chain-explorer/batch:0.1.0");
  }

  @Test
  void shouldShipTheBatchPackageAndItsSubmitScriptWhenTheBatchImageBuilds() throws IOException {
    String dockerfile = read("docker/Dockerfile");

    assertThat(dockerfile)
        .contains("-pl batch -am package")
        .contains("FROM ${SPARK_IMAGE} AS batch")
        .contains("/src/batch/target/chain-explorer-batch.jar")
        .contains("/src/batch/target/lib/ /opt/chain-explorer/batch/target/lib/")
        .contains("ENTRYPOINT [\"/opt/chain-explorer/bin/submit-every.sh\"]");
    assertThat(read("batch/pom.xml")).contains("<finalName>chain-explorer-batch</finalName>");
    Path script = ProjectPaths.root().resolve("docker/batch/submit-every.sh");
    assertThat(Files.isExecutable(script)).as("%s is executable", script).isTrue();
    assertThat(Files.readString(script))
        .contains("spark-submit")
        .contains("--class io.chainexplorer.batch.job.BatchJob");
  }

  private static String argument(List<String> arguments, String option) {
    int at = arguments.indexOf(option);
    assertThat(at).as("%s among %s", option, arguments).isNotNegative();
    return arguments.get(at + 1);
  }

  private static String read(String relative) {
    try {
      return Files.readString(ProjectPaths.root().resolve(relative));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

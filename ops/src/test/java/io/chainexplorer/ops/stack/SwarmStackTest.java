package io.chainexplorer.ops.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.poller.config.ProviderConfig;
import io.chainexplorer.poller.keys.ApiKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The Swarm stack is the multi-node deployment: a 3-broker KRaft quorum, 3 Scylla nodes, HDFS,
 * replicated apps with a hot-standby poller that reads its API keys from Docker secrets only, and
 * every service placed, limited and rolled out one task at a time.
 */
class SwarmStackTest {

  private final StackFile swarm = StackFile.load(StackFile.SWARM);

  @Test
  void shouldFormThreeBrokerQuorumWhenKafkaDeploys() {
    List<String> brokers = servicesOf("confluentinc/cp-kafka:");
    Set<String> nodeIds = new TreeSet<>();
    for (String broker : brokers) {
      Map<String, String> environment = swarm.environment(broker);
      nodeIds.add(environment.get("KAFKA_NODE_ID"));
      String voters = environment.get("KAFKA_CONTROLLER_QUORUM_VOTERS");
      assertThat(voters.split(","))
          .extracting(voter -> voter.substring(voter.indexOf('@') + 1, voter.lastIndexOf(':')))
          .containsExactlyInAnyOrderElementsOf(brokers);
    }

    assertThat(brokers).hasSize(3);
    assertThat(nodeIds).containsExactly("1", "2", "3");
  }

  @Test
  void shouldRunThreeScyllaNodesAndHdfsWhenStoresDeploy() {
    List<String> scylla = servicesOf("scylladb/scylla:");

    assertThat(scylla).hasSize(3);
    for (String node : scylla) {
      List<String> arguments = swarm.arguments(node);
      int seeds = arguments.indexOf("--seeds");
      assertThat(seeds).as("--seeds of %s", node).isNotNegative();
      assertThat(scylla).contains(arguments.get(seeds + 1));
    }
    assertThat(swarm.serviceNames()).contains("namenode", "datanode");
  }

  @Test
  void shouldReplicateAppsWhenStreamsAndPollerDeploy() {
    assertThat(replicas("tx-enricher")).isGreaterThanOrEqualTo(2);
    assertThat(replicas("contract-decoder")).isGreaterThanOrEqualTo(2);
    assertThat(replicas("block-poller")).isEqualTo(2);
    assertThat(
            swarm
                .service("block-poller")
                .path("deploy")
                .path("placement")
                .path("max_replicas_per_node")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  void shouldPlaceLimitAndRollEveryServiceWhenDeployed() {
    for (String service : swarm.serviceNames()) {
      JsonNode deploy = swarm.service(service).path("deploy");
      assertThat(deploy.path("resources").path("limits").isEmpty()).as(service).isFalse();
      if (isOneShot(deploy)) {
        continue;
      }
      assertThat(deploy.path("resources").path("reservations").isEmpty()).as(service).isFalse();
      assertThat(deploy.path("placement").path("constraints").isEmpty()).as(service).isFalse();
      assertThat(deploy.path("update_config").path("parallelism").asInt()).as(service).isEqualTo(1);
      assertThat(deploy.path("update_config").path("failure_action").asText())
          .as(service)
          .isEqualTo("rollback");
      assertThat(deploy.path("rollback_config").isEmpty()).as(service).isFalse();
    }
  }

  @Test
  void shouldUseOverlayNetworksAndRegistryImagesWhenOnSwarm() {
    assertThat(swarm.declared("networks"))
        .isNotEmpty()
        .allSatisfy(
            network ->
                assertThat(swarm.root().path("networks").path(network).path("driver").asText())
                    .isEqualTo("overlay"));
    for (String service : swarm.serviceNames()) {
      assertThat(swarm.service(service).has("build")).as(service).isFalse();
    }
  }

  @Test
  void shouldEncryptOverlayNetworksWhenOnSwarm() {
    // Without it, records, passwords and keys cross the hosts' network in clear.
    assertThat(swarm.declared("networks"))
        .isNotEmpty()
        .allSatisfy(
            network ->
                assertThat(
                        swarm
                            .root()
                            .path("networks")
                            .path(network)
                            .path("driver_opts")
                            .path("encrypted")
                            .asText())
                    .as("driver_opts.encrypted of %s", network)
                    .isEqualTo("true"));
  }

  @Test
  void shouldReadApiKeysFromSecretsOnlyWhenPollerRuns() {
    JsonNode poller = swarm.service("block-poller");
    List<String> secrets = swarm.references("block-poller", "secrets");
    Map<String, String> values = AppConfigs.POLL.load(swarm.environment("block-poller"));

    assertThat(poller.has("env_file")).isFalse();
    assertThat(values).containsEntry(PollerConfig.RPC_KEYS_ENV, "");
    assertThat(ProviderConfig.names(values)).isNotEmpty();
    for (String provider : ProviderConfig.names(values)) {
      String prefix = ProviderConfig.PREFIX + provider + ".";
      assertThat(values)
          .doesNotContainKeys(prefix + ProviderConfig.KEYS_ENV, prefix + ProviderConfig.KEYS_FILE);
      assertThat(values).containsEntry(prefix + ProviderConfig.SECRETS_DIR, "/run/secrets");
    }
    assertThat(secrets)
        .isNotEmpty()
        .allSatisfy(
            secret ->
                assertThat(swarm.root().path("secrets").path(secret).path("external").asBoolean())
                    .isTrue());
    assertThat(poller.path("secrets"))
        .allSatisfy(
            secret -> assertThat(ApiKey.isValidAlias(secret.path("target").asText())).isTrue());
  }

  /** The servers of an image: one-shot clients of the same image replace its entrypoint. */
  private List<String> servicesOf(String imagePrefix) {
    return swarm.serviceNames().stream()
        .filter(s -> swarm.service(s).path("image").asText().startsWith(imagePrefix))
        .filter(s -> !swarm.service(s).has("entrypoint"))
        .toList();
  }

  private int replicas(String service) {
    return swarm.service(service).path("deploy").path("replicas").asInt();
  }

  private static boolean isOneShot(JsonNode deploy) {
    return "on-failure".equals(deploy.path("restart_policy").path("condition").asText());
  }
}

package io.chainexplorer.devstack.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.decoder.topology.DecoderTopics;
import io.chainexplorer.embedded.BrokerSecurity;
import io.chainexplorer.embedded.EmbeddedSchemaRegistry;
import io.chainexplorer.embedded.FreePorts;
import io.chainexplorer.embedded.JsonRpcClient;
import io.chainexplorer.embedded.KafkaBrokerProcess;
import io.chainexplorer.embedded.SelfSignedTls;
import io.chainexplorer.enricher.app.EnricherTopics;
import io.chainexplorer.platform.config.ServiceConfig;
import io.chainexplorer.platform.config.StreamsServiceConfig;
import io.chainexplorer.poller.config.PollerConfig;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.testsupport.AnvilEndpoint;
import io.chainexplorer.testsupport.AnvilExtension;
import io.chainexplorer.testsupport.CassandraEndpoint;
import io.chainexplorer.testsupport.CassandraExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The poller, the enricher, the decoder and a Connect worker running the hot-store sink, each as
 * its own principal, run through a broker that takes SASL_SSL (SCRAM-SHA-512) clients only and
 * enforces ACLs, with a registry that speaks https only: a transaction sent to the node comes out
 * decoded and as a row in the hot store; another principal cannot write the poller's cursor or the
 * user ABIs; a client without credentials gets nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith({AnvilExtension.class, CassandraExtension.class})
class SecuredPipelineIT {

  private static final String CHAIN = "devnet-secured";
  private static final TopicCatalogue TOPICS = TopicCatalogue.forChain(CHAIN);
  private static final String ADMIN = "admin";
  private static final String POLLER = PipelineApps.POLLER;
  private static final String ENRICHER = PipelineApps.ENRICHER;
  private static final String DECODER = PipelineApps.DECODER;
  private static final String CONNECT = "connect";
  private static final String TRANSACTIONAL_ID = "block-poller-" + CHAIN;
  private static final Duration ARRIVAL = Duration.ofMinutes(3);

  /** An ERC-20 transfer(address,uint256) call: the decoder knows its selector. */
  private static final String TRANSFER_CALLDATA =
      "0xa9059cbb"
          + "000000000000000000000000000000000000000000000000000000000000beef"
          + "00000000000000000000000000000000000000000000000000000000000003e8";

  private Path dir;
  private SelfSignedTls tls;
  private KafkaBrokerProcess broker;
  private EmbeddedSchemaRegistry registry;
  private ScramUsers users;
  private final List<AppProcess> apps = new ArrayList<>();
  private SecuredSinkWorker sinks;

  @BeforeAll
  void startSecuredPipeline(@TempDir Path tempDir, AnvilEndpoint anvil, CassandraEndpoint cql)
      throws Exception {
    dir = tempDir;
    tls = SelfSignedTls.generate(dir.resolve("tls"));
    registry = EmbeddedSchemaRegistry.startTls(dir.resolve("registry"), tls);
    users = new ScramUsers(tls, ADMIN, POLLER, ENRICHER, DECODER, CONNECT);
    broker =
        KafkaBrokerProcess.start(
            dir.resolve("kafka"),
            "384m",
            FreePorts.next(),
            BrokerSecurity.saslSsl(tls, ADMIN, users.password(ADMIN)));
    try (Admin admin = Admin.create(client(ADMIN))) {
      users.create(admin, ADMIN);
      admin.createAcls(acls()).all().get(30, TimeUnit.SECONDS);
      SecuredSinkWorker.createTopics(admin, TOPICS);
    }
    Path appDir = Files.createDirectories(dir.resolve("apps"));
    Map<String, String> poller = config();
    poller.put(PollerConfig.CHAIN_ID, "0");
    poller.put(PollerConfig.START_BLOCK, "0");
    poller.put(PollerConfig.CONFIRMATIONS, "2");
    poller.put(PollerConfig.BLOCK_TIME_MS, "1000");
    Map<String, String> pollerEnv = users.appEnvironment(POLLER);
    pollerEnv.put("CHAIN_EXPLORER_RPC_URLS", anvil.rpcUrl().toString());
    apps.add(AppFiles.app(POLLER, "poll", poller, pollerEnv, appDir));
    for (String name : List.of(ENRICHER, DECODER)) {
      Map<String, String> config = config();
      config.put(StreamsServiceConfig.APPLICATION_ID, applicationId(name));
      config.put(StreamsServiceConfig.STATE_DIR, appDir.resolve(name + "-state").toString());
      apps.add(
          AppFiles.app(
              name,
              name.equals(ENRICHER) ? "enrich" : "decode",
              config,
              users.appEnvironment(name),
              appDir));
    }
    apps.forEach(AppProcess::start);
    sinks =
        SecuredSinkWorker.start(
            broker.bootstrapServers(),
            BrokerSecurity.scramClient(tls, CONNECT, users.password(CONNECT)),
            tls,
            registry.confluentApiUrl(),
            cql,
            TOPICS,
            dir.resolve("connect"));
  }

  @AfterAll
  void stopPipeline() {
    if (sinks != null) {
      sinks.close();
    }
    apps.forEach(AppProcess::close);
    if (broker != null) {
      broker.close();
    }
    if (registry != null) {
      registry.close();
    }
  }

  @Test
  void shouldCarryATransactionFromTheNodeToItsDecodedCallThroughTheSecuredBroker(
      AnvilEndpoint anvil) throws Exception {
    JsonRpcClient rpc = new JsonRpcClient(anvil.rpcUrl());
    String from = rpc.call("eth_accounts").get(0).asText();
    String hash =
        rpc.call("eth_sendTransaction", Map.of("from", from, "to", from, "data", TRANSFER_CALLDATA))
            .asText();

    String topic = TOPICS.decodedCalls().name();
    assertThat(KeyArrival.await(client(ADMIN), topic, hash, ARRIVAL, this::appsAlive))
        .as("decoded call of %s (logs in %s)", hash, dir.resolve("apps"))
        .isTrue();
    assertThat(apps).allMatch(AppProcess::isAlive);
    for (AppProcess app : apps) {
      assertSecretsMasked(app.name() + "'s log", Files.readString(app.logFile()));
    }
  }

  @Test
  void shouldWriteATransactionToTheHotStoreThroughAConnectWorkerAuthenticatedAsItsOwnPrincipal(
      AnvilEndpoint anvil) throws Exception {
    JsonRpcClient rpc = new JsonRpcClient(anvil.rpcUrl());
    String from = rpc.call("eth_accounts").get(0).asText();
    String hash = rpc.call("eth_sendTransaction", Map.of("from", from, "to", from)).asText();

    assertThat(sinks.awaitTransactionRow(hash, ARRIVAL))
        .as("row of %s (worker log %s)", hash, sinks.logFile())
        .isTrue();
    assertThat(sinks.taskState()).isEqualTo("RUNNING");
    assertSecretsMasked("worker log", Files.readString(sinks.logFile()));
  }

  @Test
  void shouldRefuseAnotherPrincipalWritingThePollerCursorOrTheUserAbis() {
    for (String topic : List.of(TOPICS.pollerCursor().name(), TOPICS.userAbis().name())) {
      try (KafkaProducer<String, String> producer =
          new KafkaProducer<>(
              producerSettings(client(ENRICHER)), new StringSerializer(), new StringSerializer())) {
        assertThatThrownBy(
                () ->
                    producer
                        .send(new ProducerRecord<>(topic, CHAIN, "forged"))
                        .get(30, TimeUnit.SECONDS))
            .as(topic)
            .isInstanceOf(ExecutionException.class)
            .hasCauseInstanceOf(TopicAuthorizationException.class);
      }
    }
  }

  @Test
  void shouldRefuseAClientWithoutValidCredentials() {
    Map<String, Object> noSasl = new HashMap<>(client(POLLER));
    noSasl.keySet().removeIf(key -> key.startsWith("sasl."));
    noSasl.put("security.protocol", "SSL");
    assertThatThrownBy(() -> describeCluster(noSasl))
        .as("TLS without SASL")
        .hasCauseInstanceOf(TimeoutException.class);

    Map<String, Object> wrongPassword = new HashMap<>(client(POLLER));
    wrongPassword.put("sasl.jaas.config", BrokerSecurity.scramJaas(POLLER, "not-the-password"));
    assertThatThrownBy(() -> describeCluster(wrongPassword))
        .as("wrong password")
        .hasCauseInstanceOf(SaslAuthenticationException.class);
  }

  /** The log shows the JAAS line masked, and no password or store password anywhere. */
  private void assertSecretsMasked(String name, String log) {
    assertThat(log).as(name).contains("sasl.jaas.config = [hidden]");
    users.passwords().forEach(secret -> assertThat(log).as(name).doesNotContain(secret));
    assertThat(log).as(name).doesNotContain(tls.password());
  }

  private void describeCluster(Map<String, Object> security) throws Exception {
    Map<String, Object> settings = new HashMap<>(security);
    settings.put("bootstrap.servers", broker.bootstrapServers());
    settings.put("default.api.timeout.ms", 5_000);
    settings.put("request.timeout.ms", 5_000);
    try (Admin admin = Admin.create(settings)) {
      admin.describeCluster().nodes().get(10, TimeUnit.SECONDS);
    }
  }

  /** Each principal's ACLs, as the README lists them. */
  private static List<AclBinding> acls() {
    List<AclBinding> acls = new ArrayList<>();
    acls.addAll(PipelineAcls.poller(POLLER, TOPICS, TRANSACTIONAL_ID));
    acls.addAll(
        PipelineAcls.streamsApp(
            ENRICHER,
            applicationId(ENRICHER),
            PipelineAcls.enricherInputs(TOPICS),
            EnricherTopics.used(TOPICS)));
    acls.addAll(
        PipelineAcls.streamsApp(
            DECODER,
            applicationId(DECODER),
            PipelineAcls.decoderInputs(TOPICS),
            DecoderTopics.used(TOPICS)));
    acls.addAll(SecuredSinkWorker.acls(CONNECT, TOPICS));
    return acls;
  }

  private boolean appsAlive() {
    return apps.stream().allMatch(AppProcess::isAlive);
  }

  private Map<String, Object> client(String user) {
    return users.client(user, broker.bootstrapServers());
  }

  private static Map<String, Object> producerSettings(Map<String, Object> client) {
    Map<String, Object> settings = new HashMap<>(client);
    settings.put("max.block.ms", 20_000);
    settings.put("delivery.timeout.ms", 25_000);
    settings.put("request.timeout.ms", 20_000);
    return settings;
  }

  /** What every app is given in its file: no secrets. */
  private Map<String, String> config() {
    Map<String, String> config = new LinkedHashMap<>();
    config.put(ServiceConfig.CHAIN_NAME, CHAIN);
    config.put(ServiceConfig.KAFKA_BOOTSTRAP_SERVERS, broker.bootstrapServers());
    config.put(ServiceConfig.SCHEMA_REGISTRY_URL, registry.confluentApiUrl());
    config.put("schema.registry.ssl.truststore.location", tls.truststore().toString());
    config.put(ServiceConfig.METRICS_HOST, "127.0.0.1");
    config.put(ServiceConfig.METRICS_PORT, Integer.toString(FreePorts.next()));
    config.put("security.protocol", "SASL_SSL");
    config.put("sasl.mechanism", BrokerSecurity.SCRAM_MECHANISM);
    config.put("ssl.truststore.type", "PKCS12");
    config.put("ssl.truststore.location", tls.truststore().toString());
    return config;
  }

  private static String applicationId(String app) {
    return PipelineApps.applicationId(CHAIN, app);
  }
}

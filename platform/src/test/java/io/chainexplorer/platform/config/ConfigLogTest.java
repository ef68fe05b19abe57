package io.chainexplorer.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ConfigLogTest {

  @Test
  void shouldLogEffectiveConfigurationWithPasswordsHidden() {
    SampleConfig config =
        new SampleConfig(
            Map.of(
                SampleConfig.API_KEY,
                "s3cr3t-api-key",
                SampleConfig.RPC_URLS,
                "https://rpc.example.com/v2/s3cr3t-url-key",
                ServiceConfig.SCHEMA_REGISTRY_USER_INFO,
                "alice:s3cr3t-password",
                "sasl.jaas.config",
                "ScramLoginModule required password=\"s3cr3t-jaas\";",
                "ssl.keystore.password",
                "s3cr3t-keystore",
                "schema.registry.ssl.truststore.password",
                "s3cr3t-truststore",
                ServiceConfig.CHAIN_NAME,
                "eth-sepolia"));
    Logger logger = (Logger) LoggerFactory.getLogger(ConfigLog.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    try {
      ConfigLog.logEffective(config);
    } finally {
      logger.detachAppender(appender);
    }

    assertThat(appender.list).hasSize(1);
    String logged = appender.list.get(0).getFormattedMessage();
    assertThat(logged)
        .contains("chain.name = eth-sepolia")
        .contains("sample.api.key = [hidden]")
        .contains("sample.rpc.urls = [hidden]")
        .contains("schema.registry.basic.auth.user.info = [hidden]")
        .contains("sasl.jaas.config = [hidden]")
        .contains("ssl.keystore.password = [hidden]")
        .contains("schema.registry.ssl.truststore.password = [hidden]")
        .contains("kafka.bootstrap.servers = localhost:9092")
        .doesNotContain("s3cr3t");
  }

  @Test
  void shouldRenderEveryDeclaredKeyOnce() {
    SampleConfig config = new SampleConfig(Map.of());

    String rendered = ConfigLog.render(config);

    for (String key : SampleConfig.DEFINITION.names()) {
      assertThat(rendered).containsOnlyOnce("  " + key + " = ");
    }
    assertThat(ConfigLog.lines(config))
        .hasSize(SampleConfig.DEFINITION.names().size())
        .isSorted()
        .contains("sample.batch.size = 10");
  }
}

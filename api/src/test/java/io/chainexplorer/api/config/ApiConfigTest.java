package io.chainexplorer.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.platform.config.ConfigDocs;
import io.chainexplorer.platform.config.ConfigLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class ApiConfigTest {

  private static Map<String, String> minimal() {
    Map<String, String> props = new HashMap<>();
    props.put(ApiConfig.KEYS_FILE, "/run/secrets/api-keys");
    props.put(ApiConfig.LOCAL_DATACENTER, "dc1");
    return props;
  }

  @Test
  void shouldMaskPasswordsWhenTheEffectiveConfigurationIsLogged() {
    Map<String, String> props = minimal();
    props.put(ApiConfig.USERNAME, "reader");
    props.put(ApiConfig.PASSWORD, "cql-secret");
    props.put(ApiConfig.TLS_KEYSTORE_PATH, "/run/secrets/api.p12");
    props.put(ApiConfig.TLS_KEYSTORE_PASSWORD, "tls-secret");

    String logged = ConfigLog.render(new ApiConfig(props));

    assertThat(logged).doesNotContain("cql-secret").doesNotContain("tls-secret");
  }

  @Test
  void shouldFailAtStartWhenTlsHasAKeystoreButNoPassword() {
    Map<String, String> props = minimal();
    props.put(ApiConfig.TLS_KEYSTORE_PATH, "/run/secrets/api.p12");

    assertThatThrownBy(() -> new ApiConfig(props)).isInstanceOf(ConfigException.class);
  }

  @Test
  void shouldFailAtStartWhenThePageCapIsOutOfRange() {
    Map<String, String> props = minimal();
    props.put(ApiConfig.PAGE_SIZE_MAX, "0");

    assertThatThrownBy(() -> new ApiConfig(props)).isInstanceOf(ConfigException.class);
  }

  @Test
  void shouldRejectAScrapeUrlWithUserInfoWithoutEchoingIt() {
    Map<String, String> props = minimal();
    props.put(ApiConfig.OPS_SCRAPE_URLS, "http://poller:9400/metrics,http://ops:s3cret@lag:9408/m");

    assertThatThrownBy(() -> new ApiConfig(props))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(ApiConfig.OPS_SCRAPE_URLS)
        .hasMessageNotContaining("s3cret");
  }

  /** The module README's reference is generated: run with -Dapi.docs.update=true to rewrite it. */
  @Test
  void shouldDocumentEveryKeyInTheModuleReadme() throws Exception {
    Path readme = Path.of(System.getProperty("chainexplorer.root"), "api", "README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    String begin = "<!-- config-reference:begin -->\n";
    String end = "<!-- config-reference:end -->";
    String generated = ConfigDocs.markdown(ApiConfig.CONFIG_DEF);
    int from = text.indexOf(begin) + begin.length();
    int to = text.indexOf(end);
    assertThat(from)
        .as("the README's config-reference markers")
        .isPositive()
        .isLessThanOrEqualTo(to);
    String current = text.substring(from, to);
    if (Boolean.getBoolean("api.docs.update")) {
      String updated = text.substring(0, from) + generated + text.substring(to);
      Files.writeString(readme, updated, StandardCharsets.UTF_8);
      current = generated;
    }
    assertThat(current).as("api/README.md's configuration reference").isEqualTo(generated);
  }
}

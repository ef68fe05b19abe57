package io.chainexplorer.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyFileTest {

  private static final String HASH = KeyRing.sha256("ce_secret");

  @Test
  void shouldReadNamesHashesRatesAndRevocationWhenLinesAreWellFormed() {
    List<ApiKey> keys =
        KeyFile.parse(
            List.of(
                "# comment", "", "app:" + HASH + ":50", "old:" + "a".repeat(64) + ":5:revoked"));

    assertThat(keys)
        .containsExactly(
            new ApiKey("app", HASH, 50, false), new ApiKey("old", "a".repeat(64), 5, true));
  }

  @Test
  void shouldFindAKeyByTheHashOfWhatTheClientPresents() {
    KeyRing ring = new KeyRing(KeyFile.parse(List.of("app:" + HASH + ":50")));

    assertThat(ring.find("ce_secret")).map(ApiKey::name).contains("app");
    assertThat(ring.find("ce_other")).isEmpty();
  }

  @Test
  void shouldRejectAMalformedLineNamingItsNumberButNotItsContent() {
    for (String bad :
        List.of(
            "app:" + HASH,
            "app:ce_secret_in_clear:5",
            "app:" + HASH + ":0",
            "app:" + HASH + ":fast",
            "app:" + HASH + ":5:maybe",
            "a b:" + HASH + ":5")) {
      assertThatThrownBy(() -> KeyFile.parse(List.of("# keys", bad)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("line 2")
          .hasMessageNotContaining("ce_secret_in_clear");
    }
  }

  @Test
  void shouldRejectARepeatedName() {
    assertThatThrownBy(() -> KeyFile.parse(List.of("app:" + HASH + ":5", "app:" + HASH + ":6")))
        .hasMessageContaining("repeated name");
  }
}

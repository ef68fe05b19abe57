package io.chainexplorer.poller.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeySourcesTest {

  @TempDir Path dir;

  @Test
  void shouldReadAliasKeyPairsFromPropertiesFile() throws Exception {
    Path file = dir.resolve("keys.properties");
    Files.writeString(file, "# comment\nmain=aaaa1111\nbackup = bbbb2222\n");

    List<ApiKey> keys = KeySources.fromPropertiesFile("infura", file);

    assertThat(keys)
        .extracting(ApiKey::qualifiedAlias)
        .containsExactly("infura/backup", "infura/main");
    assertThat(keys.get(1).secret()).contains("aaaa1111");
  }

  @Test
  void shouldReadCommaSeparatedPairsFromEnvironmentValue() {
    List<ApiKey> keys =
        KeySources.fromEnvValue("alchemy", "ALCHEMY_KEYS", "k1=secret-one, k2=secret-two,");

    assertThat(keys).extracting(ApiKey::alias).containsExactly("k1", "k2");
    assertThat(keys.get(1).secret()).contains("secret-two");
  }

  @Test
  void shouldRejectEnvironmentEntryWithoutAliasNamingPositionNotValue() {
    assertThatThrownBy(
            () -> KeySources.fromEnvValue("alchemy", "ALCHEMY_KEYS", "k1=one,naked-secret-xyz"))
        .hasMessageContaining("entry 2 of ALCHEMY_KEYS")
        .hasMessageNotContaining("naked-secret-xyz");
  }

  @Test
  void shouldReadOneKeyPerFileFromSecretsDirectoryTrimmed() throws Exception {
    Files.writeString(dir.resolve("node-a"), "  key-of-a\n");
    Files.writeString(dir.resolve("node-b"), "key-of-b");
    Files.writeString(dir.resolve(".hidden"), "ignored");

    List<ApiKey> keys = KeySources.fromSecretsDir("quicknode", dir);

    assertThat(keys).extracting(ApiKey::alias).containsExactly("node-a", "node-b");
    assertThat(keys.get(0).secret()).contains("key-of-a");
  }

  @Test
  void shouldTreatMissingSecretsDirectoryAsNoKeys() {
    assertThat(KeySources.fromSecretsDir("infura", dir.resolve("absent"))).isEmpty();
  }

  @Test
  void shouldRejectEmptyKeyNamingAliasOnly() throws Exception {
    Files.writeString(dir.resolve("empty"), "   \n");

    assertThatThrownBy(() -> KeySources.fromSecretsDir("infura", dir))
        .hasMessageContaining("infura/empty");
  }

  @Test
  void shouldRenderKeyAsAliasNeverSecret() {
    ApiKey key = ApiKey.of("infura", "main", "0123456789abcdef");

    assertThat(key).hasToString("infura/main");
    assertThat(key.equals(ApiKey.keyless("infura", "main"))).isTrue();
  }
}

package io.chainexplorer.devstack.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotEnvTest {

  @TempDir Path dir;

  @Test
  void shouldReadVariablesSkippingCommentsAndQuotes() throws IOException {
    Path file = dir.resolve(".env");
    Files.writeString(
        file,
        "# keys\n\nINFURA_API_KEYS=infura-1=abc,infura-2=def\n"
            + "export ALCHEMY_API_KEYS=\"alchemy-1=xyz\"\nEMPTY=\n");

    assertThat(DotEnv.read(file))
        .containsEntry(Network.INFURA_KEYS, "infura-1=abc,infura-2=def")
        .containsEntry(Network.ALCHEMY_KEYS, "alchemy-1=xyz")
        .containsEntry("EMPTY", "")
        .hasSize(3);
  }

  @Test
  void shouldReadNothingWhenTheFileIsAbsent() {
    assertThat(DotEnv.read(dir.resolve("missing.env"))).isEmpty();
  }

  @Test
  void shouldNameTheLineButNotItsContentWhenALineIsMalformed() throws IOException {
    Path file = dir.resolve(".env");
    Files.writeString(file, "OK=1\nsecret-key-without-a-name\n");

    assertThatThrownBy(() -> DotEnv.read(file))
        .hasMessageContaining("line 2")
        .hasMessageNotContaining("secret-key");
  }

  @Test
  void shouldConfigureOnlyTheProvidersWhoseKeysAreSet() {
    var settings =
        Network.mainnet.pollerSettings(java.util.Map.of(Network.INFURA_KEYS, "infura-1=abc"));

    assertThat(settings)
        .containsEntry("chain.id", "1")
        .containsEntry("provider.infura.keys.env", Network.INFURA_KEYS)
        .containsKey("provider.infura.url.template")
        .doesNotContainKey("provider.alchemy.url.template");
    assertThat(settings.values()).noneMatch(value -> value.contains("abc"));
  }
}

package io.chainexplorer.platform.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.config.ConfigDef.Validator;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;
import org.junit.jupiter.api.Test;

class ValidatorsTest {

  private final Validator urls = Validators.secretUrlList();

  @Test
  void shouldAcceptAUrlTemplateWithAKeySlot() {
    assertThatCode(
            () ->
                urls.ensureValid(
                    "rpc.urls",
                    new Password(
                        "https://mainnet.infura.io/v3/${key}, http://127.0.0.1:8545/?key=${key}")))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldRejectABadEntryWithoutRepeatingIt() {
    assertThatThrownBy(
            () ->
                urls.ensureValid(
                    "rpc.urls", new Password("https://node.example/v3/${key},ftp://secret-key-42")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("entry 2")
        .hasMessageNotContaining("secret-key-42");
  }

  @Test
  void shouldRefuseWebSocketUrlsAtStartSayingWhy() {
    assertThatThrownBy(
            () ->
                urls.ensureValid(
                    "rpc.urls", new Password("https://a.example/${key}, wss://b.example/ws/k-99")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("entry 2 is a WebSocket URL")
        .hasMessageContaining("https endpoint")
        .hasMessageNotContaining("k-99");
  }

  @Test
  void shouldStillRejectAnEntryThatIsNoUrlOnceTheSlotIsFilled() {
    assertThatThrownBy(() -> urls.ensureValid("rpc.urls", new Password("https://${key}host/a b")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("entry 1");
  }

  @Test
  void shouldAcceptAPositiveNumberOrNothingAndRejectZeroOrBelow() {
    Validator positive = Validators.positiveOrNull();

    positive.ensureValid("rate", null);
    positive.ensureValid("rate", 0.5);
    positive.ensureValid("budget", 1L);

    assertThatThrownBy(() -> positive.ensureValid("rate", 0.0))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("above zero");
    assertThatThrownBy(() -> positive.ensureValid("budget", -3L))
        .isInstanceOf(ConfigException.class);
  }
}

package io.chainexplorer.sink.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class ErrorHandlingTest {

  @Test
  void shouldTolerateNothingByDefault() {
    assertThat(ErrorHandling.toleratesAll(Map.of())).isFalse();
    assertThat(ErrorHandling.toleratesAll(Map.of(ErrorHandling.TOLERANCE, " ALL "))).isTrue();
  }

  @Test
  void shouldRefuseADeadLetterTopicWhenNothingIsTolerated() {
    assertThatThrownBy(
            () -> ErrorHandling.checkDeadLetterTopic(Map.of(ErrorHandling.DLQ_TOPIC, "dlq")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("errors.tolerance=all")
        .hasMessageContaining("'none'");
  }

  @Test
  void shouldAcceptADeadLetterTopicWhenAllIsTolerated() {
    assertThatCode(
            () ->
                ErrorHandling.checkDeadLetterTopic(
                    Map.of(ErrorHandling.DLQ_TOPIC, "dlq", ErrorHandling.TOLERANCE, "all")))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldWarnUnlessConnectRetriesConversionsWithoutLimit() {
    assertThat(ErrorHandling.warnIfRetriesAreBounded(Map.of())).isTrue();
    assertThat(ErrorHandling.warnIfRetriesAreBounded(Map.of(ErrorHandling.RETRY_TIMEOUT, "60000")))
        .isTrue();
    assertThat(ErrorHandling.warnIfRetriesAreBounded(Map.of(ErrorHandling.RETRY_TIMEOUT, "-1")))
        .isFalse();
  }
}

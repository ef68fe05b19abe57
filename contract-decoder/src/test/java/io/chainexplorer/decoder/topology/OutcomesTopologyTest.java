package io.chainexplorer.decoder.topology;

import static io.chainexplorer.decoder.topology.Fixtures.address;
import static io.chainexplorer.decoder.topology.Fixtures.call;
import static io.chainexplorer.decoder.topology.Fixtures.calldata;
import static io.chainexplorer.decoder.topology.Fixtures.log;
import static io.chainexplorer.decoder.topology.Fixtures.topic0;
import static io.chainexplorer.decoder.topology.Fixtures.uint;
import static io.chainexplorer.decoder.topology.Fixtures.word;
import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.decoder.errors.DecoderMetrics;
import io.chainexplorer.schemas.topics.App;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every input ends in exactly one outcome: decoded on its topic, unknown or malformed on the
 * dead-letter topic with the reason, or skipped (no contract called); each is counted.
 */
class OutcomesTopologyTest {

  private static final String TOKEN = address(0x7070);
  private static final String HOLDER = address(0xa1);
  private static final String TRANSFER = topic0("Transfer(address,address,uint256)");

  private final DecoderDriver driver = new DecoderDriver();

  @AfterEach
  void close() {
    driver.close();
  }

  @Test
  void shouldGiveEveryInputExactlyOneCountedOutcomeAndDeadLetterTheUndecodedWithTheReason() {
    driver.pipe(call(1, TOKEN, calldata("transfer(address,uint256)", HOLDER, BigInteger.TEN)));
    driver.pipe(call(2, TOKEN, "0xdeadbeef"));
    driver.pipe(
        call(
            3,
            TOKEN,
            calldata("transfer(address,uint256)", HOLDER, BigInteger.ONE).substring(0, 40)));
    driver.pipe(call(4, TOKEN, "0xa9059cbbzz"));
    driver.pipe(call(5, TOKEN, "0x"));
    driver.pipe(call(6, null, "0x6080604052"));
    driver.transactionBytes.pipeInput("k".getBytes(), new byte[] {0, 0, 0, 0, 9});
    driver.pipe(log(7, 0, TOKEN, List.of(TRANSFER, word(HOLDER), word(address(2))), uint(5)));
    driver.pipe(log(7, 1, TOKEN, List.of(), "0x"));
    driver.pipe(log(7, 2, TOKEN, List.of(TRANSFER, word(HOLDER), word(address(2))), "0x0q"));
    driver.pipe(log(7, 3, TOKEN, List.of(TRANSFER, word(HOLDER), word(address(2))), "0x01"));

    assertThat(driver.total(DecoderMetrics.OUTCOMES)).isEqualTo(11);
    assertThat(outcomes("call", "decoded")).isEqualTo(1);
    assertThat(outcomes("call", "unknown")).isEqualTo(1);
    assertThat(outcomes("call", "malformed")).isEqualTo(3);
    assertThat(outcomes("call", "skipped")).isEqualTo(2);
    assertThat(outcomes("event", "decoded")).isEqualTo(1);
    assertThat(outcomes("event", "unknown")).isEqualTo(1);
    assertThat(outcomes("event", "malformed")).isEqualTo(2);
    assertThat(driver.output(driver.topics.decodedCalls()).readValuesToList()).hasSize(1);
    assertThat(driver.output(driver.topics.decodedEvents()).readValuesToList()).hasSize(1);
    assertThat(deadLetters())
        .extracting(DeadLetter::getReason)
        .satisfiesExactlyInAnyOrder(
            reason ->
                assertThat(reason).isEqualTo("unknown-selector: no ABI source knows 0xdeadbeef"),
            reason ->
                assertThat(reason).startsWith("malformed: transfer(address,uint256) (STANDARD)"),
            reason -> assertThat(reason).startsWith("invalid-field: input: "),
            reason -> assertThat(reason).startsWith("undeserializable: "),
            reason ->
                assertThat(reason)
                    .isEqualTo("unknown-selector: no ABI source knows none (anonymous log)"),
            reason -> assertThat(reason).startsWith("invalid-field: topics or data: "),
            reason ->
                assertThat(reason)
                    .startsWith("malformed: Transfer(address,address,uint256) (STANDARD)"));
    assertThat(driver.total(DecoderMetrics.DEAD_LETTERS)).isEqualTo(7);
  }

  @Test
  void shouldCountADeadLetteredRetractionWithoutASecondDeadLetter() {
    var unknown = call(1, TOKEN, "0xdeadbeef");
    driver.pipe(unknown);
    driver.pipe(Fixtures.retracted(unknown));

    assertThat(deadLetters()).hasSize(1);
    assertThat(outcomes("call", "unknown")).isEqualTo(2);
  }

  @Test
  void shouldDeadLetterAsMalformedACallThatNoneOfTheCollidingSignaturesReencodes() {
    // burn(uint256) (OpenZeppelin) and collate_propagate_storage(bytes16) share 0x42966c68;
    // trailing bytes make the calldata something neither encodes
    driver.pipe(call(1, TOKEN, calldata("burn(uint256)", BigInteger.TEN) + "abcdef"));

    assertThat(deadLetters())
        .extracting(DeadLetter::getReason)
        .containsExactly(
            "malformed: none of the 2 signatures of selector 0x42966c68 re-encodes to the calldata");
    assertThat(outcomes("call", "malformed")).isEqualTo(1);
  }

  private double outcomes(String kind, String outcome) {
    return driver.total(DecoderMetrics.OUTCOMES, "kind", kind, "outcome", outcome);
  }

  private List<DeadLetter> deadLetters() {
    return driver.output(driver.topics.deadLetters(App.CONTRACT_DECODER)).readValuesToList();
  }
}

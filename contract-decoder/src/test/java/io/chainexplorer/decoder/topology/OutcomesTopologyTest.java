package io.chainexplorer.decoder.topology;

import static io.chainexplorer.decoder.topology.Fixtures.address;
import static io.chainexplorer.decoder.topology.Fixtures.call;
import static io.chainexplorer.decoder.topology.Fixtures.calldata;
import static io.chainexplorer.decoder.topology.Fixtures.log;
import static io.chainexplorer.decoder.topology.Fixtures.topic0;
import static io.chainexplorer.decoder.topology.Fixtures.uint;
import static io.chainexplorer.decoder.topology.Fixtures.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.avro.DecodeOutcome;
import io.chainexplorer.avro.DecodedCall;
import io.chainexplorer.avro.DecodedEvent;
import io.chainexplorer.decoder.errors.DecoderMetrics;
import io.chainexplorer.schemas.topics.App;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every input ends in exactly one outcome: decoded, unknown or malformed on its decoded topic (the
 * last two as compact outcome records with the reason), skipped (no contract called), or poison on
 * the dead-letter topic; each is counted.
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
  void shouldGiveEveryInputExactlyOneCountedOutcomeAndDeadLetterOnlyWhatCannotBeRead() {
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
    assertThat(outcomes("call", "malformed")).isEqualTo(1);
    assertThat(outcomes("call", "poison")).isEqualTo(2);
    assertThat(outcomes("call", "skipped")).isEqualTo(2);
    assertThat(outcomes("event", "decoded")).isEqualTo(1);
    assertThat(outcomes("event", "unknown")).isEqualTo(1);
    assertThat(outcomes("event", "malformed")).isEqualTo(1);
    assertThat(outcomes("event", "poison")).isEqualTo(1);
    assertThat(driver.output(driver.topics.decodedCalls()).readValuesToList())
        .extracting(DecodedCall::getOutcome, DecodedCall::getSelector, DecodedCall::getReason)
        .containsExactly(
            tuple(DecodeOutcome.DECODED, "0xa9059cbb", null),
            tuple(DecodeOutcome.UNKNOWN_SELECTOR, "0xdeadbeef", "no ABI source knows 0xdeadbeef"),
            tuple(
                DecodeOutcome.MALFORMED,
                "0xa9059cbb",
                "transfer(address,uint256) (STANDARD): address at byte 0 needs 32 bytes, 15 left"));
    assertThat(driver.output(driver.topics.decodedEvents()).readValuesToList())
        .extracting(DecodedEvent::getOutcome, DecodedEvent::getTopic0)
        .containsExactly(
            tuple(DecodeOutcome.DECODED, TRANSFER),
            tuple(DecodeOutcome.UNKNOWN_EVENT, ""),
            tuple(DecodeOutcome.MALFORMED, TRANSFER));
    assertThat(deadLetters())
        .extracting(DeadLetter::getReason)
        .satisfiesExactlyInAnyOrder(
            reason -> assertThat(reason).startsWith("invalid-field: input: "),
            reason -> assertThat(reason).startsWith("undeserializable: "),
            reason -> assertThat(reason).startsWith("invalid-field: topics or data: "));
    assertThat(driver.total(DecoderMetrics.DEAD_LETTERS)).isEqualTo(3);
  }

  @Test
  void shouldRetractAnUnknownSelectorsOutcomeRecordWhenItsTransactionIsRetracted() {
    var unknown = call(1, TOKEN, "0xdeadbeef");
    driver.pipe(unknown);
    driver.pipe(Fixtures.retracted(unknown));

    assertThat(driver.output(driver.topics.decodedCalls()).readValuesToList())
        .extracting(DecodedCall::getOutcome, DecodedCall::getRetracted)
        .containsExactly(
            tuple(DecodeOutcome.UNKNOWN_SELECTOR, false),
            tuple(DecodeOutcome.UNKNOWN_SELECTOR, true));
    assertThat(deadLetters()).isEmpty();
    assertThat(outcomes("call", "unknown")).isEqualTo(2);
  }

  @Test
  void shouldCountADeadLetteredRetractionWithoutASecondDeadLetter() {
    var poison = call(1, TOKEN, "0xdeadbeefzz");
    driver.pipe(poison);
    driver.pipe(Fixtures.retracted(poison));

    assertThat(deadLetters()).hasSize(1);
    assertThat(outcomes("call", "poison")).isEqualTo(2);
  }

  @Test
  void shouldPublishAsMalformedACallThatNoneOfTheCollidingSignaturesReencodes() {
    // burn(uint256) (OpenZeppelin) and collate_propagate_storage(bytes16) share 0x42966c68;
    // trailing bytes make the calldata something neither encodes
    driver.pipe(call(1, TOKEN, calldata("burn(uint256)", BigInteger.TEN) + "abcdef"));

    assertThat(driver.output(driver.topics.decodedCalls()).readValuesToList())
        .extracting(DecodedCall::getOutcome, DecodedCall::getReason)
        .containsExactly(
            tuple(
                DecodeOutcome.MALFORMED,
                "none of the 2 signatures of selector 0x42966c68 re-encodes to the calldata"));
    assertThat(deadLetters()).isEmpty();
    assertThat(outcomes("call", "malformed")).isEqualTo(1);
  }

  private double outcomes(String kind, String outcome) {
    return driver.total(DecoderMetrics.OUTCOMES, "kind", kind, "outcome", outcome);
  }

  private List<DeadLetter> deadLetters() {
    return driver.output(driver.topics.deadLetters(App.CONTRACT_DECODER)).readValuesToList();
  }
}

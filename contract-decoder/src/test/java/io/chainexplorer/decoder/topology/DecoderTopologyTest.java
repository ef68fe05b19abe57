package io.chainexplorer.decoder.topology;

import static io.chainexplorer.decoder.topology.Fixtures.abi;
import static io.chainexplorer.decoder.topology.Fixtures.address;
import static io.chainexplorer.decoder.topology.Fixtures.call;
import static io.chainexplorer.decoder.topology.Fixtures.calldata;
import static io.chainexplorer.decoder.topology.Fixtures.log;
import static io.chainexplorer.decoder.topology.Fixtures.topic0;
import static io.chainexplorer.decoder.topology.Fixtures.txHash;
import static io.chainexplorer.decoder.topology.Fixtures.uint;
import static io.chainexplorer.decoder.topology.Fixtures.word;
import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.AbiSource;
import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.avro.DecodeOutcome;
import io.chainexplorer.avro.DecodedCall;
import io.chainexplorer.avro.DecodedEvent;
import io.chainexplorer.avro.DecodedParameter;
import io.chainexplorer.decoder.errors.DecoderMetrics;
import io.chainexplorer.decoder.proxy.ProxyEvents;
import io.chainexplorer.schemas.topics.App;
import java.math.BigInteger;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DecoderTopologyTest {

  private static final String TOKEN = address(0x7070);
  private static final String HOLDER = address(0xa1);

  private final DecoderDriver driver = new DecoderDriver();

  @AfterEach
  void close() {
    driver.close();
  }

  @Test
  void shouldDecodeAnErc20TransferByTheStandardsKeyedByTransactionHash() {
    driver.pipe(call(1, TOKEN, calldata("transfer(address,uint256)", HOLDER, BigInteger.TEN)));

    List<KeyValue<String, DecodedCall>> calls = calls();
    assertThat(calls).hasSize(1);
    DecodedCall decoded = calls.get(0).value;
    assertThat(calls.get(0).key).isEqualTo(txHash(1));
    assertThat(decoded.getSignature()).isEqualTo("transfer(address,uint256)");
    assertThat(decoded.getSelector()).isEqualTo("0xa9059cbb");
    assertThat(decoded.getAbiSource()).isEqualTo(AbiSource.STANDARD);
    assertThat(decoded.getAbiSourceDetail()).isEqualTo("ERC-20");
    assertThat(decoded.getParameters())
        .extracting(DecodedParameter::getName, DecodedParameter::getValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("to", "\"" + HOLDER + "\""),
            org.assertj.core.groups.Tuple.tuple("value", "\"10\""));
    assertThat(driver.counter(DecoderMetrics.OUTCOMES, "kind", "call", "source", "standard"))
        .isEqualTo(1);
  }

  @Test
  void shouldProduceNothingForANativeTransfer() {
    driver.pipe(call(1, TOKEN, "0x"));

    assertThat(calls()).isEmpty();
    assertThat(deadLetters()).isEmpty();
  }

  @Test
  void shouldDecodeLaterCallsWithAUserAbiThatArrivesAfterTheFirstCall() {
    String input = calldata("setValue(uint256)", BigInteger.valueOf(42));
    driver.pipe(call(1, TOKEN, input));
    driver.publishAbi(TOKEN, abi("setValue", "uint256", "newValue"));
    driver.pipe(call(2, TOKEN, input));

    assertThat(deadLetters()).isEmpty();
    List<KeyValue<String, DecodedCall>> calls = calls();
    assertThat(calls).extracting(kv -> kv.key).containsExactly(txHash(1), txHash(2));
    assertThat(calls.get(0).value.getOutcome()).isEqualTo(DecodeOutcome.UNKNOWN_SELECTOR);
    assertThat(calls.get(1).value.getOutcome()).isEqualTo(DecodeOutcome.DECODED);
    assertThat(calls.get(1).value.getAbiSource()).isEqualTo(AbiSource.USER);
    assertThat(calls.get(1).value.getParameters().get(0).getName()).isEqualTo("newValue");
  }

  @Test
  void shouldDecodeProxyCallsWithTheImplementationOfTheirTimeWhenUpgradedMidStream() {
    String proxy = address(0x9999);
    String oldImpl = address(0x1001);
    String newImpl = address(0x1002);
    driver.publishAbi(oldImpl, abi("setValue", "uint256", "oldName"));
    driver.publishAbi(newImpl, abi("setValue", "uint256", "newName"));
    String input = calldata("setValue(uint256)", BigInteger.ONE);

    driver.pipe(log(1, 0, proxy, List.of(ProxyEvents.upgradedTopic0(), word(oldImpl)), "0x"));
    driver.pipe(call(2, proxy, input));
    driver.pipe(log(3, 0, proxy, List.of(ProxyEvents.upgradedTopic0(), word(newImpl)), "0x"));
    driver.pipe(call(4, proxy, input));

    List<DecodedCall> calls = calls().stream().map(kv -> kv.value).toList();
    assertThat(calls).extracting(DecodedCall::getAbiSource).containsOnly(AbiSource.PROXY);
    assertThat(calls).extracting(DecodedCall::getAbiSourceDetail).containsExactly(oldImpl, newImpl);
    assertThat(calls)
        .extracting(call -> call.getParameters().get(0).getName())
        .containsExactly("oldName", "newName");
  }

  @Test
  void shouldForgetAProxyTargetWhoseUpgradeIsRetracted() {
    String proxy = address(0x9999);
    String impl = address(0x1001);
    driver.publishAbi(impl, abi("setValue", "uint256", "implName"));
    var upgraded = log(1, 0, proxy, List.of(ProxyEvents.upgradedTopic0(), word(impl)), "0x");
    driver.pipe(upgraded);
    driver.pipe(io.chainexplorer.avro.Log.newBuilder(upgraded).setRetracted(true).build());
    driver.pipe(call(2, proxy, calldata("setValue(uint256)", BigInteger.ONE)));

    assertThat(calls())
        .singleElement()
        .satisfies(
            kv -> assertThat(kv.value.getOutcome()).isEqualTo(DecodeOutcome.UNKNOWN_SELECTOR));
    assertThat(deadLetters()).isEmpty();
  }

  @Test
  void shouldDecodeBeaconProxyCallsWithTheBeaconsImplementation() {
    String proxy = address(0x9999);
    String beacon = address(0xbeac);
    String impl = address(0x1001);
    driver.publishAbi(impl, abi("setValue", "uint256", "viaBeacon"));

    driver.pipe(log(1, 0, beacon, List.of(ProxyEvents.upgradedTopic0(), word(impl)), "0x"));
    driver.pipe(log(1, 1, proxy, List.of(ProxyEvents.beaconUpgradedTopic0(), word(beacon)), "0x"));
    driver.pipe(call(2, proxy, calldata("setValue(uint256)", BigInteger.ONE)));

    assertThat(calls())
        .singleElement()
        .satisfies(kv -> assertThat(kv.value.getAbiSourceDetail()).isEqualTo(impl));
  }

  @Test
  void shouldPublishAnUnknownSelectorAsACompactOutcomeRecordAndNoDeadLetter() {
    driver.pipe(call(1, TOKEN, "0xdeadbeef" + "00".repeat(2000)));

    KeyValue<String, DecodedCall> outcome = calls().get(0);
    assertThat(outcome.key).isEqualTo(txHash(1));
    assertThat(outcome.value.getOutcome()).isEqualTo(DecodeOutcome.UNKNOWN_SELECTOR);
    assertThat(outcome.value.getSelector()).isEqualTo("0xdeadbeef");
    assertThat(outcome.value.getReason()).isEqualTo("no ABI source knows 0xdeadbeef");
    assertThat(outcome.value.getContractAddress()).isEqualTo(TOKEN);
    assertThat(outcome.value.getFunctionName()).isEmpty();
    assertThat(outcome.value.getSignature()).isEmpty();
    assertThat(outcome.value.getParameters()).isEmpty();
    assertThat(outcome.value.getAbiSource()).isNull();
    assertThat(outcome.value.toString()).hasSizeLessThan(600);
    assertThat(deadLetters()).isEmpty();
    assertThat(driver.counter(DecoderMetrics.OUTCOMES, "kind", "call", "outcome", "unknown"))
        .isEqualTo(1);
  }

  @Test
  void shouldDeadLetterAnInputThatIsNotHexWithItsCoordinatesAndBytes() {
    driver.pipe(call(1, TOKEN, "0xdeadbeefzz"));

    assertThat(calls()).isEmpty();
    DeadLetter letter = deadLetters().get(0);
    assertThat(letter.getApp()).isEqualTo(App.CONTRACT_DECODER.id());
    assertThat(letter.getReason()).startsWith("invalid-field: input: ");
    assertThat(letter.getSourceTopic()).isEqualTo(driver.topics.transactions().name());
    assertThat(letter.getOffset()).isZero();
    assertThat(letter.getValue()).isNotNull();
    assertThat(letter.getFailedAt()).isEqualTo(DecoderDriver.NOW);
    assertThat(driver.counter(DecoderMetrics.OUTCOMES, "kind", "call", "outcome", "poison"))
        .isEqualTo(1);
  }

  @Test
  void shouldPublishMalformedCalldataAsAnOutcomeWithTheReason() {
    String truncated =
        calldata("transfer(address,uint256)", HOLDER, BigInteger.TEN).substring(0, 50);

    driver.pipe(call(1, TOKEN, truncated));

    assertThat(deadLetters()).isEmpty();
    assertThat(calls())
        .singleElement()
        .satisfies(
            kv -> {
              assertThat(kv.value.getOutcome()).isEqualTo(DecodeOutcome.MALFORMED);
              assertThat(kv.value.getSelector()).isEqualTo("0xa9059cbb");
              assertThat(kv.value.getReason()).startsWith("transfer(address,uint256) (STANDARD): ");
            });
    assertThat(driver.counter(DecoderMetrics.OUTCOMES, "kind", "call", "outcome", "malformed"))
        .isEqualTo(1);
  }

  @Test
  void shouldDeadLetterUnreadableBytesWithoutStopping() {
    driver.transactionBytes.pipeInput("k".getBytes(), new byte[] {1, 2, 3});
    driver.pipe(call(1, TOKEN, calldata("transfer(address,uint256)", HOLDER, BigInteger.TEN)));

    assertThat(deadLetters())
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.getReason()).startsWith("undeserializable: ");
              assertThat(letter.getValue().array()).containsExactly(1, 2, 3);
            });
    assertThat(calls()).hasSize(1);
  }

  @Test
  void shouldRepublishTheDecodedCallRetractedWhenItsTransactionIsRetracted() {
    var tx = call(1, TOKEN, calldata("transfer(address,uint256)", HOLDER, BigInteger.TEN));
    driver.pipe(tx);
    driver.pipe(Fixtures.retracted(tx));

    List<KeyValue<String, DecodedCall>> calls = calls();
    assertThat(calls).extracting(kv -> kv.key).containsExactly(txHash(1), txHash(1));
    assertThat(calls).extracting(kv -> kv.value.getRetracted()).containsExactly(false, true);
    assertThat(calls).extracting(kv -> kv.value.getBlockHash()).containsOnly(Fixtures.BLOCK_HASH);
  }

  @Test
  void shouldKeepTheAmbiguousCandidateThatReencodesToTheSameCalldata() {
    driver.pipe(call(1, TOKEN, calldata("burn(uint256)", BigInteger.valueOf(1000))));

    DecodedCall decoded = calls().get(0).value;
    assertThat(decoded.getSignature()).isEqualTo("burn(uint256)");
    assertThat(decoded.getAbiSource()).isEqualTo(AbiSource.SELECTOR_DATABASE);
    assertThat(decoded.getAbiSourceDetail())
        .isEqualTo("@openzeppelin/contracts@5.7.0/ERC20Burnable (1 of 2 candidates re-encode)");
  }

  @Test
  void shouldDecodeEventsByTopic0AndTopicCountKeyedByTxHashAndLogIndex() {
    String transfer = topic0("Transfer(address,address,uint256)");
    driver.pipe(log(1, 3, TOKEN, List.of(transfer, word(HOLDER), word(address(2))), uint(5)));
    driver.pipe(log(1, 4, TOKEN, List.of(transfer, word(HOLDER), word(address(2)), uint(7)), "0x"));

    List<KeyValue<String, DecodedEvent>> events =
        driver.output(driver.topics.decodedEvents()).readKeyValuesToList();
    assertThat(events).extracting(kv -> kv.key).containsExactly(txHash(1) + ":3", txHash(1) + ":4");
    assertThat(events)
        .extracting(kv -> kv.value.getAbiSourceDetail())
        .containsExactly("ERC-20", "ERC-721");
    assertThat(events.get(1).value.getParameters().get(2).getIndexed()).isTrue();
  }

  private List<KeyValue<String, DecodedCall>> calls() {
    return driver.output(driver.topics.decodedCalls()).readKeyValuesToList();
  }

  private List<DeadLetter> deadLetters() {
    return driver.output(driver.topics.deadLetters(App.CONTRACT_DECODER)).readValuesToList();
  }
}

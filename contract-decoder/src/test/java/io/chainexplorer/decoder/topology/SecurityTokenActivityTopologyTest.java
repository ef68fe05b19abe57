package io.chainexplorer.decoder.topology;

import static io.chainexplorer.decoder.topology.Fixtures.BLOCK_TIME;
import static io.chainexplorer.decoder.topology.Fixtures.ZERO;
import static io.chainexplorer.decoder.topology.Fixtures.address;
import static io.chainexplorer.decoder.topology.Fixtures.call;
import static io.chainexplorer.decoder.topology.Fixtures.calldata;
import static io.chainexplorer.decoder.topology.Fixtures.log;
import static io.chainexplorer.decoder.topology.Fixtures.topic0;
import static io.chainexplorer.decoder.topology.Fixtures.uint;
import static io.chainexplorer.decoder.topology.Fixtures.word;
import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.SecurityTokenActivity;
import io.chainexplorer.decoder.abi.AbiEncoder;
import io.chainexplorer.decoder.abi.Hex;
import io.chainexplorer.decoder.abi.SignatureParser;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SecurityTokenActivityTopologyTest {

  private static final String ERC1400 = address(0x1400);
  private static final String OTHER_1400 = address(0x1401);
  private static final String TREX = address(0x3643);
  private static final String PLAIN_ERC20 = address(0x2020);
  private static final String A = address(0xa);
  private static final String B = address(0xb);
  private static final String TRANSFER = topic0("Transfer(address,address,uint256)");
  private static final long HOUR_MS = Instant.ofEpochSecond(BLOCK_TIME).toEpochMilli();

  private final DecoderDriver driver = new DecoderDriver();

  @AfterEach
  void close() {
    driver.close();
  }

  @Test
  void shouldCountEachKindOfActivityPerStandardAndHourOnceATokenIsRecognised() {
    driver.pipe(documentUpdated(1, ERC1400));
    driver.pipe(transfer(2, ERC1400, ZERO, A));
    driver.pipe(transfer(3, ERC1400, A, B));
    driver.pipe(transfer(4, ERC1400, B, ZERO));
    driver.pipe(controllerTransfer(5, ERC1400));
    driver.pipe(documentUpdated(6, OTHER_1400));
    driver.pipe(transfer(7, PLAIN_ERC20, A, B));

    SecurityTokenActivity activity = latest().get("ERC-1400:" + HOUR_MS);
    assertThat(activity.getTransfers()).isEqualTo(1);
    assertThat(activity.getIssuances()).isEqualTo(1);
    assertThat(activity.getRedemptions()).isEqualTo(1);
    assertThat(activity.getForcedTransfers()).isEqualTo(1);
    assertThat(activity.getDocumentsSet()).isEqualTo(2);
    assertThat(activity.getDistinctActiveTokens()).isEqualTo(2);
    assertThat(activity.getActiveTokens()).containsExactly(ERC1400, OTHER_1400);
    assertThat(activity.getHourStart()).isEqualTo(Instant.ofEpochMilli(HOUR_MS));
  }

  @Test
  void shouldRecogniseErc3643ByItsMembersAndCountForcedTransferCalls() {
    driver.pipe(
        log(1, 0, TREX, List.of(topic0("TokensFrozen(address,uint256)"), word(A)), uint(5)));
    driver.pipe(
        call(2, TREX, calldata("forcedTransfer(address,address,uint256)", A, B, BigInteger.TWO)));
    driver.pipe(transfer(2, TREX, A, B));

    SecurityTokenActivity activity = latest().get("ERC-3643:" + HOUR_MS);
    assertThat(activity.getForcedTransfers()).isEqualTo(1);
    assertThat(activity.getTransfers()).isEqualTo(1);
    assertThat(activity.getActiveTokens()).containsExactly(TREX);
  }

  @Test
  void shouldSubtractARetractedTransfer() {
    driver.pipe(documentUpdated(1, ERC1400));
    var transfer = transfer(2, ERC1400, A, B);
    driver.pipe(transfer);
    driver.pipe(io.chainexplorer.avro.Log.newBuilder(transfer).setRetracted(true).build());

    assertThat(latest().get("ERC-1400:" + HOUR_MS).getTransfers()).isZero();
  }

  @Test
  void shouldPublishNoActivityForTokensThatAreNotSecurityTokens() {
    driver.pipe(transfer(1, PLAIN_ERC20, A, B));

    assertThat(latest()).isEmpty();
  }

  private Map<String, SecurityTokenActivity> latest() {
    return driver.output(driver.topics.securityTokenActivity()).readKeyValuesToMap();
  }

  private static io.chainexplorer.avro.Log transfer(int tx, String token, String from, String to) {
    return log(tx, 1, token, List.of(TRANSFER, word(from), word(to)), uint(100));
  }

  private static io.chainexplorer.avro.Log documentUpdated(int tx, String token) {
    String data =
        Hex.encode(
            AbiEncoder.encodeParameters(
                SignatureParser.function("f(string,bytes32)").types(),
                List.of("ipfs://prospectus", new byte[32])));
    return log(
        tx, 0, token, List.of(topic0("DocumentUpdated(bytes32,string,bytes32)"), uint(1)), data);
  }

  private static io.chainexplorer.avro.Log controllerTransfer(int tx, String token) {
    String data =
        Hex.encode(
            AbiEncoder.encodeParameters(
                SignatureParser.function("f(address,uint256,bytes,bytes)").types(),
                List.of(address(0xc), BigInteger.ONE, new byte[0], new byte[0])));
    return log(
        tx,
        2,
        token,
        List.of(
            topic0("ControllerTransfer(address,address,address,uint256,bytes,bytes)"),
            word(A),
            word(B)),
        data);
  }
}

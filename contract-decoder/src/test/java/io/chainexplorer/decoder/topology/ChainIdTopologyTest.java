package io.chainexplorer.decoder.topology;

import static io.chainexplorer.decoder.topology.Fixtures.address;
import static io.chainexplorer.decoder.topology.Fixtures.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.avro.Transaction;
import io.chainexplorer.platform.config.ForeignChainException;
import io.chainexplorer.schemas.topics.App;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A transaction signed for another chain than the namespace's stops the decoder. */
class ChainIdTopologyTest {

  private static final String TOKEN = address(0x7070);
  private static final String TRANSFER = "0xa9059cbb" + "00".repeat(64);

  private final DecoderDriver driver = new DecoderDriver(1);

  @AfterEach
  void close() {
    driver.close();
  }

  @Test
  void shouldStopOnATransactionSignedForAnotherChainWithoutDeadLetteringIt() {
    Transaction foreign = Transaction.newBuilder(call(1, TOKEN, TRANSFER)).setChainId(5L).build();

    assertThatThrownBy(() -> driver.pipe(foreign))
        .isInstanceOf(StreamsException.class)
        .hasRootCauseInstanceOf(ForeignChainException.class)
        .rootCause()
        .hasMessageContaining("is of chain id 5")
        .hasMessageContaining("namespace eth-test is chain id 1");
    assertThat(driver.output(driver.topics.deadLetters(App.CONTRACT_DECODER)).readValuesToList())
        .isEmpty();
  }

  @Test
  void shouldDecodeTransactionsOfItsChainAndUnsignedOnes() {
    driver.pipe(Transaction.newBuilder(call(1, TOKEN, TRANSFER)).setChainId(1L).build());
    driver.pipe(call(2, TOKEN, TRANSFER));

    assertThat(driver.output(driver.topics.decodedCalls()).readValuesToList()).hasSize(2);
  }
}

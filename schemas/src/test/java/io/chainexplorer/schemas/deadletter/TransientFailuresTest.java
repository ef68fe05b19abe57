package io.chainexplorer.schemas.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.schemas.registry.SchemaNotFoundException;
import io.chainexplorer.schemas.registry.SchemaRegistryException;
import io.chainexplorer.schemas.registry.SchemaRegistryUnavailableException;
import io.chainexplorer.schemas.serde.BoundedDecoder;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.apache.avro.AvroRuntimeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

  @Test
  void shouldCallOutagesOfOurInfrastructureTransientWhereverTheyAreWrapped() {
    assertThat(
            TransientFailures.isTransient(
                new SerializationException(
                    "x", new SchemaRegistryUnavailableException("down", null))))
        .isTrue();
    assertThat(TransientFailures.isTransient(registry(503))).isTrue();
    assertThat(TransientFailures.isTransient(registry(429))).isTrue();
    assertThat(TransientFailures.isTransient(new TimeoutException("broker"))).isTrue();
    assertThat(
            TransientFailures.isTransient(
                new IOException("write", new ConnectException("Connection refused"))))
        .isTrue();
    assertThat(TransientFailures.isTransient(new SocketTimeoutException("read"))).isTrue();
  }

  @Test
  void shouldRetryARegistryRefusingOurCredentialsAndSaySo() {
    assertThat(TransientFailures.isTransient(registry(401))).isTrue();
    assertThat(TransientFailures.isAccessDenied(registry(403))).isTrue();
    assertThat(TransientFailures.isAccessDenied(registry(503))).isFalse();
  }

  @Test
  void shouldCallFailuresOfTheRecordItselfPoison() {
    assertThat(TransientFailures.isTransient(new SerializationException("bad magic byte")))
        .isFalse();
    assertThat(
            TransientFailures.isTransient(
                new SerializationException(
                    "unknown id", new SchemaNotFoundException("no schema 9", 404, 40403))))
        .isFalse();
    assertThat(TransientFailures.isTransient(new SerializationException("x", new EOFException())))
        .isFalse();
    assertThat(
            TransientFailures.isTransient(
                new SerializationException("x", new AvroRuntimeException("bad union index"))))
        .isFalse();
    assertThat(TransientFailures.isTransient(registry(422))).isFalse();
    assertThat(TransientFailures.isTransient(new IllegalStateException("bug"))).isFalse();
  }

  @Test
  void shouldTakeTheCallersOwnTransientTypesToo() {
    Exception driver = new IllegalStateException("no node was available");

    assertThat(TransientFailures.isTransient(driver, IllegalStateException.class::isInstance))
        .isTrue();
    assertThat(TransientFailures.isTransient(declaredSizeFailure())).isFalse();
  }

  private static SchemaRegistryException registry(int status) {
    return new SchemaRegistryException("GET /schemas/ids/1 answered " + status, status, 0);
  }

  /** A frame declaring more than it holds, refused by the serde's decoder and wrapped by Kafka. */
  private static Exception declaredSizeFailure() {
    byte[] hugeStringLength = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 8};
    try {
      new BoundedDecoder().reset(hugeStringLength, 0, hugeStringLength.length).readString();
    } catch (IOException e) {
      return new SerializationException("frame", e);
    }
    throw new AssertionError("a 2^30-byte string in a 5-byte frame was read");
  }
}

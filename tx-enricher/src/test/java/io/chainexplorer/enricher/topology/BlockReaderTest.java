package io.chainexplorer.enricher.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chainexplorer.avro.BlockRetraction;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.platform.config.ChainIdGuard;
import io.chainexplorer.platform.config.ForeignChainException;
import io.chainexplorer.schemas.deadletter.DeadLetterReason;
import io.chainexplorer.schemas.registry.SchemaRegistryUnavailableException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;

class BlockReaderTest {

  private static final ChainIdGuard ANY_CHAIN = new ChainIdGuard("eth-mainnet", 0);

  @Test
  void shouldPropagateAnUnavailableRegistryInsteadOfDeadLettering() {
    Deserializer<RawBlock> unavailable =
        (topic, data) -> {
          throw new SerializationException(
              "cannot fetch schema", new SchemaRegistryUnavailableException("registry down", null));
        };
    BlockReader reader = new BlockReader(unavailable, retractions(), ANY_CHAIN);

    assertThatThrownBy(() -> reader.rawBlock("raw", new byte[] {0, 0, 0, 0, 1}))
        .isInstanceOf(SerializationException.class);
  }

  @Test
  void shouldRejectBytesTheDeserializerRefuses() {
    Deserializer<RawBlock> refusing =
        (topic, data) -> {
          throw new SerializationException("unknown magic byte 1");
        };
    BlockReader reader = new BlockReader(refusing, retractions(), ANY_CHAIN);

    Read<RawBlock> read = reader.rawBlock("raw", new byte[] {1});

    assertThat(read)
        .isInstanceOfSatisfying(
            Read.Failed.class,
            failed -> {
              assertThat(failed.rejection().reason()).isEqualTo(DeadLetterReason.UNDESERIALIZABLE);
              assertThat(failed.rejection().detail()).contains("magic byte");
              assertThat(failed.rejection().errorClass())
                  .isEqualTo(SerializationException.class.getName());
            });
  }

  @Test
  void shouldSplitAValidBlock() {
    BlockReader reader = new BlockReader((topic, data) -> null, retractions(), ANY_CHAIN);

    Read<?> read = reader.split(RawBlockBuilder.block(3, "a").build());

    assertThat(read).isInstanceOf(Read.Ok.class);
  }

  @Test
  void shouldStopOnARawBlockOfAnotherChainThanTheNamespaces() {
    RawBlock block = RawBlockBuilder.block(7, "a").build(); // chain id 1
    BlockReader reader =
        new BlockReader((topic, data) -> block, retractions(), new ChainIdGuard("chain-5", 5));

    assertThatThrownBy(() -> reader.rawBlock("chain-5.raw-blocks.v1", new byte[] {0}))
        .isInstanceOf(ForeignChainException.class)
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("chain id 1")
        .hasMessageContaining("namespace chain-5 is chain id 5");
  }

  @Test
  void shouldReadARawBlockOfTheNamespacesChain() {
    RawBlock block = RawBlockBuilder.block(7, "a").build();
    BlockReader reader =
        new BlockReader((topic, data) -> block, retractions(), new ChainIdGuard("eth-mainnet", 1));

    assertThat(reader.rawBlock("eth-mainnet.raw-blocks.v1", new byte[] {0}))
        .isInstanceOf(Read.Ok.class);
  }

  private static Deserializer<BlockRetraction> retractions() {
    return (topic, data) -> null;
  }
}

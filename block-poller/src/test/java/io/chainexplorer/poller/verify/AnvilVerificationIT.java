package io.chainexplorer.poller.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawTransaction;
import io.chainexplorer.avro.VerificationStatus;
import io.chainexplorer.poller.rpc.RpcBlockSource;
import io.chainexplorer.testsupport.AnvilEndpoint;
import io.chainexplorer.testsupport.AnvilExtension;
import io.chainexplorer.testsupport.rpc.JsonRpcStub;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Blocks of the latest hard fork, as anvil mines them, verify through the poller's source. */
@ExtendWith(AnvilExtension.class)
class AnvilVerificationIT {

  @Test
  void shouldVerifyLatestForkBlocksWithLegacyAccessListDynamicFeeAndSetCodeTransactions(
      AnvilEndpoint anvil) throws Exception {
    AnvilTraffic traffic = new AnvilTraffic(anvil.rpcUrl());
    long[] blocks = {
      traffic.legacy(),
      traffic.accessList(),
      traffic.dynamicFee(),
      traffic.logging(),
      traffic.setCode()
    };
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    BlockVerifier verifier = new BlockVerifier();
    TreeSet<Long> types = new TreeSet<>();

    try (JsonRpcStub stub = JsonRpcStub.proxying(anvil.rpcUrl())) {
      RpcBlockSource source = Providers.source(Map.of("anvil", stub), registry);
      for (long number : blocks) {
        RawBlock block = source.blockByNumber(number).orElseThrow();

        assertThat(block.getProvenance().getVerification().getStatus())
            .as("block %d", number)
            .isEqualTo(VerificationStatus.VERIFIED);
        assertThat(verifier.verify(block).mismatches()).isEmpty();
        assertThat(block.getRequestsHash()).as("a Prague header").isNotNull();
        assertThat(block.getParentBeaconBlockRoot()).isNotNull();
        block.getTransactions().stream().map(RawTransaction::getType).forEach(types::add);
      }
    }

    assertThat(types).contains(0L, 1L, 2L, 4L);
    assertThat(
            registry
                .get("chainexplorer.poller.verification")
                .tag("result", "verified")
                .counter()
                .count())
        .isEqualTo(blocks.length);
  }
}

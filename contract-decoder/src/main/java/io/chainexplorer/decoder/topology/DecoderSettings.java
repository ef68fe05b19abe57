package io.chainexplorer.decoder.topology;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Objects;

/**
 * What the topology needs beyond topics and serdes: where meters go, the clock that stamps dead
 * letters (fixed in tests) and the chain id signed transactions must carry.
 *
 * @param chainId the chain id of the namespace; 0: not checked
 */
public record DecoderSettings(MeterRegistry meterRegistry, Clock clock, long chainId) {

  public DecoderSettings {
    Objects.requireNonNull(meterRegistry, "meterRegistry");
    Objects.requireNonNull(clock, "clock");
    if (chainId < 0) {
      throw new IllegalArgumentException("chainId must not be negative: " + chainId);
    }
  }

  /** Settings that check no chain id. */
  public DecoderSettings(MeterRegistry meterRegistry, Clock clock) {
    this(meterRegistry, clock, 0);
  }
}

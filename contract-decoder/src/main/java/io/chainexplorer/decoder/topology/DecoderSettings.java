package io.chainexplorer.decoder.topology;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Objects;

/**
 * What the topology needs beyond topics and serdes: where meters go and the clock that stamps dead
 * letters (fixed in tests).
 */
public record DecoderSettings(MeterRegistry meterRegistry, Clock clock) {

  public DecoderSettings {
    Objects.requireNonNull(meterRegistry, "meterRegistry");
    Objects.requireNonNull(clock, "clock");
  }
}

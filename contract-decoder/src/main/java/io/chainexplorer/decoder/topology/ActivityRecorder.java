package io.chainexplorer.decoder.topology;

import io.chainexplorer.avro.SecurityTokenActivity;
import io.chainexplorer.decoder.security.ActivityKind;
import io.chainexplorer.decoder.security.SecurityActivity;
import io.chainexplorer.decoder.sources.Resolution;
import io.chainexplorer.decoder.standards.StandardCatalogue;
import java.time.Instant;
import java.util.Optional;

/**
 * Recognises security tokens by the members they use (whatever ABI decoded them) and turns each
 * decoded record of a recognised token into an activity increment of its standard and hour.
 */
final class ActivityRecorder {

  /** One keyed increment. */
  record Increment(String key, SecurityTokenActivity activity) {}

  private final StandardCatalogue standards;

  ActivityRecorder(StandardCatalogue standards) {
    this.standards = standards;
  }

  Optional<Increment> of(
      String contract,
      Resolution.Decoded decoded,
      long blockTimestamp,
      boolean retracted,
      DecoderState state) {
    if (!retracted) {
      standards.recognisedFamily(decoded.entry()).ifPresent(f -> state.recognise(contract, f));
    }
    Optional<String> family = state.securityFamily(contract);
    if (family.isEmpty()) {
      return Optional.empty();
    }
    Instant hour = SecurityActivity.hourStart(blockTimestamp);
    ActivityKind kind = ActivityKind.of(decoded.entry(), decoded.values());
    return Optional.of(
        new Increment(
            SecurityActivity.key(family.get(), hour),
            SecurityActivity.increment(family.get(), hour, contract, kind, retracted)));
  }
}

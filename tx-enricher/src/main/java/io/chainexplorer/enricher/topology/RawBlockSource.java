package io.chainexplorer.enricher.topology;

import java.util.Optional;

/**
 * Reads one record of the raw-block topic back by its coordinates: how a retraction recovers the
 * block it undoes, so the retraction store holds offsets rather than whole blocks.
 */
@FunctionalInterface
public interface RawBlockSource {

  /**
   * The value bytes of the committed record at {@code offset} of {@code topic}-{@code partition};
   * empty when the topic no longer holds it (retention). Failing to reach the broker throws.
   */
  Optional<byte[]> read(String topic, int partition, long offset);
}

package io.chainexplorer.poller.tokens;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.TokenMetadata;
import io.chainexplorer.poller.rpc.RpcException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which tokens of a step need their metadata read: those never read before, and known ones whose
 * proxy emitted {@code Upgraded}. Knows what the tokens topic held at the start of the leader term
 * and what the term read since: a failed transaction ends the term and the next one starts again
 * from the topic, so no token read for a step that was never committed is taken as known. Not
 * thread-safe: one publisher thread uses it.
 */
public final class TokenTracker {

  private static final Logger LOG = LoggerFactory.getLogger(TokenTracker.class);

  private final TokenMetadataReader reader;
  private final Map<String, String> known;
  private final Map<String, TokenSighting> pending = new LinkedHashMap<>();

  /**
   * @param known address to standard of every token the tokens topic already has
   */
  public TokenTracker(TokenMetadataReader reader, Map<String, String> known) {
    this.reader = reader;
    this.known = new HashMap<>(known);
  }

  /**
   * The metadata to publish with {@code blocks}, each block's new tokens read at that block. When
   * no key can answer, the step goes on without them: they are read with a later step, at its
   * newest block, since metadata must never hold the blocks back.
   */
  public List<TokenMetadata> due(List<RawBlock> blocks) {
    List<TokenMetadata> out = new ArrayList<>();
    for (RawBlock block : blocks) {
      collect(TokenSightings.of(block));
      if (pending.isEmpty()) {
        continue;
      }
      List<TokenSighting> wanted = List.copyOf(pending.values());
      try {
        out.addAll(reader.read(wanted, block));
        for (TokenSighting token : wanted) {
          pending.remove(token.address());
          known.put(token.address(), token.standard());
        }
      } catch (RpcException e) {
        LOG.warn(
            "Block {}: metadata of {} new tokens not read ({}); read with a later block",
            block.getBlockNumber(),
            wanted.size(),
            e.getMessage());
      }
    }
    return out;
  }

  /** How many tokens are known, for the start-up log line. */
  public int knownCount() {
    return known.size();
  }

  private void collect(TokenSightings sightings) {
    sightings
        .tokens()
        .forEach(
            (address, standard) -> {
              if (!known.containsKey(address)) {
                pending.putIfAbsent(
                    address, new TokenSighting(address, standard, TokenSighting.FIRST_SEEN));
              }
            });
    for (String address : sightings.upgraded()) {
      String standard = known.get(address);
      if (standard != null) {
        pending.put(
            address, new TokenSighting(address, standard, TokenSighting.FIRST_SEEN).upgraded());
      }
    }
  }
}

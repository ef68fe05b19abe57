package io.chainexplorer.cli.verify;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.enricher.mapping.BlockSplitter;
import io.chainexplorer.enricher.mapping.InvalidBlock;
import io.chainexplorer.enricher.mapping.SplitBlock;
import io.chainexplorer.enricher.mapping.SplitOutcome;
import io.chainexplorer.poller.rpc.BlockSource;
import io.chainexplorer.poller.rpc.RpcException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-fetches each block of a range, derives its records with the enricher's own mapping and
 * compares their content hash with the cold store's, block by block.
 */
public final class RangeVerifier {

  private static final Logger LOG = LoggerFactory.getLogger(RangeVerifier.class);
  private static final int PROGRESS_EVERY = 100;

  private final BlockSource source;
  private final ColdStoreReader coldStore;

  public RangeVerifier(BlockSource source, ColdStoreReader coldStore) {
    this.source = source;
    this.coldStore = coldStore;
  }

  /**
   * Checks blocks {@code from..to} (inclusive).
   *
   * @throws RpcException when the providers cannot serve a block after retries and failover
   */
  public VerificationReport verify(String chain, long from, long to) throws RpcException {
    long started = System.nanoTime();
    List<BlockVerdict> verdicts = new ArrayList<>();
    for (long number = from; number <= to; number++) {
      verdicts.add(check(number));
      if ((number - from + 1) % PROGRESS_EVERY == 0) {
        LOG.info("verified blocks {}..{} of {}..{}", from, number, from, to);
      }
    }
    LOG.info(
        "verified blocks {}..{} in {} ms", from, to, (System.nanoTime() - started) / 1_000_000);
    return new VerificationReport(chain, from, to, verdicts);
  }

  private BlockVerdict check(long number) throws RpcException {
    Optional<RawBlock> raw = source.blockByNumber(number);
    if (raw.isEmpty()) {
      return new BlockVerdict.Unavailable(number, "the node does not have block " + number);
    }
    SplitOutcome outcome = BlockSplitter.split(raw.get());
    if (outcome instanceof InvalidBlock invalid) {
      return new BlockVerdict.Unavailable(number, invalid.reason());
    }
    SplitBlock split = (SplitBlock) outcome;
    BlockContent stored = coldStore.contentOf(number, split.block().getBlockTimestamp());
    return BlockVerdict.compare(BlockContent.of(split), stored);
  }
}

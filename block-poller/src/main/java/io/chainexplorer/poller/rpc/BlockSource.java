package io.chainexplorer.poller.rpc;

import io.chainexplorer.avro.RawBlock;
import java.util.Optional;

/**
 * Complete blocks by height: the header, every transaction, every receipt with its logs, and the
 * withdrawals, checked to belong together, with provenance filled in.
 */
public interface BlockSource {

  /**
   * The canonical block at {@code number} as the provider sees it now, or empty when the provider
   * does not have it yet.
   *
   * @throws RpcException when no key or provider could serve it after retries and failover
   */
  Optional<RawBlock> blockByNumber(long number) throws RpcException;

  /** The provider's current head height; one call, used at start and when falling behind. */
  long headNumber() throws RpcException;
}

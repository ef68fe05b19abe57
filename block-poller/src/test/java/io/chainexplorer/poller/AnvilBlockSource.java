package io.chainexplorer.poller;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.avro.Provenance;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.embedded.JsonRpcClient;
import io.chainexplorer.poller.rpc.BlockSource;
import io.chainexplorer.poller.rpc.MalformedBlockException;
import io.chainexplorer.poller.rpc.RawBlockMapper;
import io.chainexplorer.poller.rpc.RpcException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal block source over one JSON-RPC node without keys or retries, until the RPC package's
 * own lands: block by number, then its receipts by hash (a reorg in between cannot mix blocks).
 */
final class AnvilBlockSource implements BlockSource {

  private final JsonRpcClient rpc;
  private final RawBlockMapper mapper = new RawBlockMapper();
  private final AtomicLong calls = new AtomicLong();

  AnvilBlockSource(URI url) {
    this.rpc = new JsonRpcClient(url);
  }

  @Override
  public Optional<RawBlock> blockByNumber(long number) throws RpcException {
    JsonNode block = call("eth_getBlockByNumber", "0x" + Long.toHexString(number), true);
    if (block == null || block.isNull()) {
      return Optional.empty();
    }
    JsonNode receipts = call("eth_getBlockReceipts", block.get("hash").asText());
    List<JsonNode> list = new ArrayList<>();
    receipts.forEach(list::add);
    Provenance provenance =
        Provenance.newBuilder()
            .setProviderAlias("anvil/local")
            .setFetchedAt(Instant.now())
            .setChainId(31337)
            .build();
    try {
      return Optional.of(mapper.map(block, list, provenance));
    } catch (MalformedBlockException e) {
      throw new RpcException("malformed block " + number, e);
    }
  }

  @Override
  public long headNumber() throws RpcException {
    return Long.decode(call("eth_blockNumber").asText());
  }

  long calls() {
    return calls.get();
  }

  private JsonNode call(String method, Object... params) throws RpcException {
    calls.incrementAndGet();
    try {
      return rpc.call(method, params);
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      throw new RpcException(method + " failed", e);
    }
  }
}

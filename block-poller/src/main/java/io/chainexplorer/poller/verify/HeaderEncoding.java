package io.chainexplorer.poller.verify;

import io.chainexplorer.avro.RawBlock;
import java.math.BigDecimal;

/**
 * The RLP of a block header, whose Keccak-256 is the block hash. Each fork appended fields: London
 * the base fee, Shanghai the withdrawals root, Cancun blob gas used, excess blob gas and the parent
 * beacon root, Prague the requests hash; the shape follows the fields the block carries.
 */
final class HeaderEncoding {

  private HeaderEncoding() {}

  static byte[] encode(RawBlock block) throws UnencodableException {
    if (block.getMixHash() == null) {
      throw new UnencodableException("the header lacks mixHash");
    }
    RlpWriter out = new RlpWriter(1024);
    int start = out.startList();
    out.data(block.getParentHash());
    out.data(block.getSha3Uncles());
    out.data(block.getMiner());
    out.data(block.getStateRoot());
    out.data(block.getTransactionsRoot());
    out.data(block.getReceiptsRoot());
    out.data(block.getLogsBloom());
    out.quantity(block.getDifficulty());
    out.quantity(block.getBlockNumber());
    out.quantity(block.getGasLimit());
    out.quantity(block.getGasUsed());
    out.quantity(block.getBlockTimestamp());
    out.data(block.getExtraData());
    out.data(block.getMixHash());
    out.data(block.getNonce());
    forkFields(block, out);
    out.endList(start);
    return out.toByteArray();
  }

  /** Fields of later forks, in order; a field present after an absent one is malformed. */
  private static void forkFields(RawBlock block, RlpWriter out) throws UnencodableException {
    boolean gap = false;
    Object[] values = {
      block.getBaseFeePerGas(),
      block.getWithdrawalsRoot(),
      block.getBlobGasUsed(),
      block.getExcessBlobGas(),
      block.getParentBeaconBlockRoot(),
      block.getRequestsHash()
    };
    for (Object value : values) {
      if (value == null) {
        gap = true;
      } else if (gap) {
        throw new UnencodableException("the header has a fork field after a missing one");
      } else {
        forkField(value, out);
      }
    }
  }

  private static void forkField(Object value, RlpWriter out) {
    if (value instanceof BigDecimal decimal) {
      out.quantity(decimal);
    } else if (value instanceof Long number) {
      out.quantity(number);
    } else {
      out.data(value.toString());
    }
  }
}

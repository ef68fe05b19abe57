package io.chainexplorer.poller.verify;

import static io.chainexplorer.poller.verify.RlpFields.data;
import static io.chainexplorer.poller.verify.RlpFields.quantity;

import io.chainexplorer.avro.RawBlock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpType;

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
    List<RlpType> fields = new ArrayList<>(21);
    fields.add(data(block.getParentHash()));
    fields.add(data(block.getSha3Uncles()));
    fields.add(data(block.getMiner()));
    fields.add(data(block.getStateRoot()));
    fields.add(data(block.getTransactionsRoot()));
    fields.add(data(block.getReceiptsRoot()));
    fields.add(data(block.getLogsBloom()));
    fields.add(quantity(block.getDifficulty()));
    fields.add(quantity(block.getBlockNumber()));
    fields.add(quantity(block.getGasLimit()));
    fields.add(quantity(block.getGasUsed()));
    fields.add(quantity(block.getBlockTimestamp()));
    fields.add(data(block.getExtraData()));
    fields.add(data(block.getMixHash()));
    fields.add(data(block.getNonce()));
    forkFields(block, fields);
    return RlpEncoder.encode(new RlpList(fields));
  }

  /** Fields of later forks, in order; a field present after an absent one is malformed. */
  private static void forkFields(RawBlock block, List<RlpType> fields) throws UnencodableException {
    List<RlpType> later = new ArrayList<>(6);
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
        continue;
      }
      if (gap) {
        throw new UnencodableException("the header has a fork field after a missing one");
      }
      later.add(forkField(value));
    }
    fields.addAll(later);
  }

  private static RlpType forkField(Object value) {
    if (value instanceof BigDecimal decimal) {
      return quantity(decimal);
    }
    if (value instanceof Long number) {
      return quantity(number);
    }
    return data(value.toString());
  }
}

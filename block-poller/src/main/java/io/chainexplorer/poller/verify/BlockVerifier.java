package io.chainexplorer.poller.verify;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.avro.RawTransaction;
import io.chainexplorer.avro.Withdrawal;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifies a fetched block against its own header: recomputes the transactions, receipts and
 * withdrawals trie roots and the block hash, each transaction's hash, and checks that the fields a
 * receipt repeats agree with its transaction. Stateless and thread-safe.
 */
public final class BlockVerifier {

  /** Keccak-256 of the RLP of an empty list: the uncles hash of a block without uncles. */
  static final String EMPTY_UNCLES_HASH =
      "0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347";

  /** First size of the buffer of a block's encoded transactions or receipts; it grows as needed. */
  private static final int ITEMS_CAPACITY = 1 << 16;

  private final ReceiptConsistency consistency = new ReceiptConsistency();

  /** Every comparison that failed for {@code block}; none when it verifies. */
  public VerificationReport verify(RawBlock block) {
    List<Mismatch> out = new ArrayList<>();
    try {
      transactions(block, out);
      receipts(block, out);
      withdrawals(block, out);
      uncles(block, out);
      compare(Check.BLOCK_HASH, "block hash", blockHash(block), block.getBlockHash(), out);
    } catch (UnencodableException e) {
      out.add(new Mismatch(Check.UNENCODABLE, e.getMessage()));
    }
    return new VerificationReport(block.getBlockNumber(), out);
  }

  /** Keccak-256 of the block's RLP header, lowercase 0x-hex. */
  public static String blockHash(RawBlock block) throws UnencodableException {
    return Hex.hex(Keccak256.hash(HeaderEncoding.encode(block)));
  }

  /** The root of the transactions trie of {@code txs}, in block order. */
  public static String transactionsRoot(List<RawTransaction> txs) throws UnencodableException {
    EncodedItems items = new EncodedItems(txs.size(), ITEMS_CAPACITY);
    for (RawTransaction tx : txs) {
      items.add(TransactionEncoding.encodeDetached(tx, items.writer()));
    }
    return TrieRoot.of(items);
  }

  /** The root of the receipts trie of {@code receipts}, in block order. */
  public static String receiptsRoot(List<RawReceipt> receipts) throws UnencodableException {
    EncodedItems items = new EncodedItems(receipts.size(), ITEMS_CAPACITY);
    for (RawReceipt receipt : receipts) {
      items.add(ReceiptEncoding.encodeDetached(receipt, items.writer()));
    }
    return TrieRoot.of(items);
  }

  /**
   * One encoding per transaction, written once into one buffer, serves both its hash and its trie
   * leaf, which is hashed where the encoding lies.
   */
  private static void transactions(RawBlock block, List<Mismatch> out) throws UnencodableException {
    List<RawTransaction> txs = block.getTransactions();
    EncodedItems items = new EncodedItems(txs.size(), ITEMS_CAPACITY);
    byte[] hash = new byte[Keccak256.LENGTH];
    for (int i = 0; i < txs.size(); i++) {
      RawTransaction tx = txs.get(i);
      int item = items.add(TransactionEncoding.encodeDetached(tx, items.writer()));
      Keccak256.hash(items.buffer(), items.begin(item), items.length(item), hash, 0);
      if (!Hex.spells(tx.getHash(), hash)) {
        out.add(
            new Mismatch(
                Check.TRANSACTION_HASH,
                "transaction " + i + " encodes to " + Hex.hex(hash) + ", not " + tx.getHash()));
      }
    }
    compare(
        Check.TRANSACTIONS_ROOT,
        "transactions root",
        TrieRoot.of(items),
        block.getTransactionsRoot(),
        out);
  }

  private void receipts(RawBlock block, List<Mismatch> out) throws UnencodableException {
    consistency.check(block, out);
    compare(
        Check.RECEIPTS_ROOT,
        "receipts root",
        receiptsRoot(block.getReceipts()),
        block.getReceiptsRoot(),
        out);
  }

  private static void withdrawals(RawBlock block, List<Mismatch> out) {
    List<Withdrawal> withdrawals = block.getWithdrawals();
    if (withdrawals == null && block.getWithdrawalsRoot() == null) {
      return;
    }
    if (withdrawals == null || block.getWithdrawalsRoot() == null) {
      out.add(
          new Mismatch(
              Check.WITHDRAWALS_ROOT,
              withdrawals == null
                  ? "the header has a withdrawals root but the block no withdrawals"
                  : "the block has withdrawals but the header no withdrawals root"));
      return;
    }
    EncodedItems items = new EncodedItems(withdrawals.size(), 64 * withdrawals.size() + 64);
    RlpWriter writer = items.writer();
    for (Withdrawal w : withdrawals) {
      int payload = writer.startDetachedList();
      writer.quantity(w.getIndex());
      writer.quantity(w.getValidatorIndex());
      writer.data(w.getAddress());
      writer.quantity(w.getAmountGwei());
      items.add(writer.endDetachedList(payload));
    }
    compare(
        Check.WITHDRAWALS_ROOT,
        "withdrawals root",
        TrieRoot.of(items),
        block.getWithdrawalsRoot(),
        out);
  }

  /** Only hashes of uncles are fetched, so their list is checkable only when it is empty. */
  private static void uncles(RawBlock block, List<Mismatch> out) {
    if (block.getUncles().isEmpty()) {
      compare(Check.UNCLES_HASH, "uncles hash", EMPTY_UNCLES_HASH, block.getSha3Uncles(), out);
    }
  }

  private static void compare(
      Check check, String what, String computed, String claimed, List<Mismatch> out) {
    if (!computed.equals(claimed)) {
      out.add(new Mismatch(check, what + " computes to " + computed + ", block says " + claimed));
    }
  }
}

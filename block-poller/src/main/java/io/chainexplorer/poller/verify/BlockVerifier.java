package io.chainexplorer.poller.verify;

import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.avro.RawTransaction;
import io.chainexplorer.avro.Withdrawal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

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
  private final Supplier<HashBatch> batches;

  /** Hashes in vector lanes when the JVM has the incubating vector module, else in scalar. */
  public BlockVerifier() {
    this(HashBatch::create);
  }

  /**
   * Hashes through a batch from {@code batches} per block; a fresh one each, to stay thread-safe.
   */
  public BlockVerifier(Supplier<HashBatch> batches) {
    this.batches = batches;
  }

  /** Every comparison that failed for {@code block}; none when it verifies. */
  public BlockVerificationReport verify(RawBlock block) {
    List<Mismatch> out = new ArrayList<>();
    try {
      Hashed hashed = hashAll(block);
      compareTransactionHashes(block.getTransactions(), hashed.transactionHashes, out);
      compare(
          Check.TRANSACTIONS_ROOT,
          "transactions root",
          hashed.transactions.root(),
          block.getTransactionsRoot(),
          out);
      out.addAll(hashed.receiptMismatches);
      compare(
          Check.RECEIPTS_ROOT,
          "receipts root",
          hashed.receipts.root(),
          block.getReceiptsRoot(),
          out);
      withdrawals(block, hashed.withdrawals, out);
      uncles(block, out);
      compare(
          Check.BLOCK_HASH, "block hash", HexBytes.hex(hashed.header), block.getBlockHash(), out);
    } catch (UnencodableException e) {
      out.add(new Mismatch(Check.UNENCODABLE, e.getMessage()));
    }
    return new BlockVerificationReport(block.getBlockNumber(), out);
  }

  /** Keccak-256 of the block's RLP header, lowercase 0x-hex. */
  public static String blockHash(RawBlock block) throws UnencodableException {
    return HexBytes.hex(Keccak256.hash(HeaderEncoding.encode(block)));
  }

  /** The root of the transactions trie of {@code txs}, in block order. */
  public static String transactionsRoot(List<RawTransaction> txs) throws UnencodableException {
    return TrieRoot.of(encodeTransactions(txs));
  }

  /** The root of the receipts trie of {@code receipts}, in block order. */
  public static String receiptsRoot(List<RawReceipt> receipts) throws UnencodableException {
    return TrieRoot.of(encodeReceipts(receipts));
  }

  /**
   * Encodes everything the header commits to and hashes every input that needs no other hash first
   * in one batch: each transaction's encoding (its hash), the trie leaves, the header. One encoding
   * per transaction serves both its hash and its trie leaf, which is hashed where it lies.
   */
  private Hashed hashAll(RawBlock block) throws UnencodableException {
    HashBatch batch = batches.get();
    Hashed hashed = new Hashed();
    EncodedItems txs = encodeTransactions(block.getTransactions());
    hashed.transactionHashes = new byte[Keccak256.LENGTH * txs.size()];
    for (int i = 0; i < txs.size(); i++) {
      batch.add(
          txs.buffer(),
          txs.begin(i),
          txs.length(i),
          hashed.transactionHashes,
          Keccak256.LENGTH * i);
    }
    hashed.transactions = TrieRoot.prepare(txs, batch);
    consistency.check(block, hashed.receiptMismatches);
    hashed.receipts = TrieRoot.prepare(encodeReceipts(block.getReceipts()), batch);
    EncodedItems withdrawals = encodeWithdrawals(block.getWithdrawals());
    hashed.withdrawals = withdrawals == null ? null : TrieRoot.prepare(withdrawals, batch);
    byte[] header = HeaderEncoding.encode(block);
    batch.add(header, 0, header.length, hashed.header, 0);
    batch.run();
    return hashed;
  }

  private static EncodedItems encodeTransactions(List<RawTransaction> txs)
      throws UnencodableException {
    EncodedItems items = new EncodedItems(txs.size(), ITEMS_CAPACITY);
    for (RawTransaction tx : txs) {
      items.add(TransactionEncoding.encodeDetached(tx, items.writer()));
    }
    return items;
  }

  private static EncodedItems encodeReceipts(List<RawReceipt> receipts)
      throws UnencodableException {
    EncodedItems items = new EncodedItems(receipts.size(), ITEMS_CAPACITY);
    for (RawReceipt receipt : receipts) {
      items.add(ReceiptEncoding.encodeDetached(receipt, items.writer()));
    }
    return items;
  }

  private static void compareTransactionHashes(
      List<RawTransaction> txs, byte[] hashes, List<Mismatch> out) {
    byte[] hash = new byte[Keccak256.LENGTH];
    for (int i = 0; i < txs.size(); i++) {
      System.arraycopy(hashes, Keccak256.LENGTH * i, hash, 0, Keccak256.LENGTH);
      if (!HexBytes.spells(txs.get(i).getHash(), hash)) {
        out.add(
            new Mismatch(
                Check.TRANSACTION_HASH,
                "transaction "
                    + i
                    + " encodes to "
                    + HexBytes.hex(hash)
                    + ", not "
                    + txs.get(i).getHash()));
      }
    }
  }

  private static void withdrawals(RawBlock block, TrieRoot trie, List<Mismatch> out) {
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
    compare(
        Check.WITHDRAWALS_ROOT, "withdrawals root", trie.root(), block.getWithdrawalsRoot(), out);
  }

  /** The encodings of the block's withdrawals, or null when it has none (before Shanghai). */
  private static EncodedItems encodeWithdrawals(List<Withdrawal> withdrawals) {
    if (withdrawals == null) {
      return null;
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
    return items;
  }

  /** Only hashes of uncles are fetched, so their list is checkable only when it is empty. */
  private static void uncles(RawBlock block, List<Mismatch> out) {
    if (block.getUncles().isEmpty()) {
      compare(Check.UNCLES_HASH, "uncles hash", EMPTY_UNCLES_HASH, block.getSha3Uncles(), out);
    }
  }

  /** What {@link #hashAll} computed, the tries' branch nodes still to hash. */
  private static final class Hashed {
    private final byte[] header = new byte[Keccak256.LENGTH];
    private final List<Mismatch> receiptMismatches = new ArrayList<>();
    private byte[] transactionHashes;
    private TrieRoot transactions;
    private TrieRoot receipts;
    private TrieRoot withdrawals;
  }

  private static void compare(
      Check check, String what, String computed, String claimed, List<Mismatch> out) {
    if (!computed.equals(claimed)) {
      out.add(new Mismatch(check, what + " computes to " + computed + ", block says " + claimed));
    }
  }
}

package io.chainexplorer.enricher.mapping;

import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.avro.RawTransaction;
import java.math.BigDecimal;

/**
 * Fee paid by a transaction in wei, exact: {@code gasUsed × effectiveGasPrice}, plus {@code
 * blobGasUsed × blobGasPrice} for blob (type 3) transactions, whose blob fee is burnt separately
 * from execution gas. Receipts older than London carry no effective gas price: the transaction's
 * {@code gasPrice} is what was paid then.
 */
public final class Fees {

  private Fees() {}

  /** The gas price actually paid, or null when neither receipt nor transaction reports one. */
  public static BigDecimal effectiveGasPrice(RawTransaction tx, RawReceipt receipt) {
    return receipt.getEffectiveGasPrice() != null
        ? receipt.getEffectiveGasPrice()
        : tx.getGasPrice();
  }

  /** Total fee in wei (scale 0); the validator guarantees a gas price is known. */
  public static BigDecimal feePaid(RawTransaction tx, RawReceipt receipt) {
    BigDecimal price = effectiveGasPrice(tx, receipt);
    BigDecimal execution =
        price == null ? BigDecimal.ZERO : price.multiply(BigDecimal.valueOf(receipt.getGasUsed()));
    if (receipt.getBlobGasUsed() == null || receipt.getBlobGasPrice() == null) {
      return execution.setScale(0);
    }
    BigDecimal blob =
        receipt.getBlobGasPrice().multiply(BigDecimal.valueOf(receipt.getBlobGasUsed()));
    return execution.add(blob).setScale(0);
  }
}

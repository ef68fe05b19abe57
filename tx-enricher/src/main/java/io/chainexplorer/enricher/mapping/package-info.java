/**
 * Pure functions from a raw block to the enricher's entities; no Kafka. Entry point: {@link
 * io.chainexplorer.enricher.mapping.BlockSplitter#split}, which validates first and never throws.
 *
 * <p>Decisions: the fee paid is {@code gasUsed × effectiveGasPrice} (the transaction's gas price
 * when an old receipt has no effective price) plus {@code blobGasUsed × blobGasPrice} for blob
 * transactions, exact in wei. Classification precedence: FAILED, CONTRACT_CREATION, CONTRACT_CALL,
 * NATIVE_TRANSFER; pre-Byzantium receipts (a state root, no status) count as successful, as
 * ethereum-etl leaves their status unknown and only traces could tell.
 */
package io.chainexplorer.enricher.mapping;

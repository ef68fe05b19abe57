package io.chainexplorer.reliability.truth;

/**
 * One record as a store holds it (or as the chain says it should be), reduced to what the
 * comparison needs.
 *
 * @param entity the entity or table ({@code transaction}, {@code transactions_by_address})
 * @param key the record's identity within the entity (topic key, or primary-key values)
 * @param blockNumber the block it was derived from
 * @param blockHash the hash of that block, telling canonical from orphaned records
 * @param content the record's canonical content: equal contents mean equal records, field by field
 */
public record Observed(
    String entity, String key, long blockNumber, String blockHash, String content) {}

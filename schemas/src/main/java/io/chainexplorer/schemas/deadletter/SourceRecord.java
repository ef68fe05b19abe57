package io.chainexplorer.schemas.deadletter;

/**
 * Where a record was read and its bytes as read: what a dead letter must carry to be replayed.
 *
 * @param key raw key bytes, null without a key
 * @param value raw value bytes, null for a tombstone
 */
public record SourceRecord(String topic, int partition, long offset, byte[] key, byte[] value) {}

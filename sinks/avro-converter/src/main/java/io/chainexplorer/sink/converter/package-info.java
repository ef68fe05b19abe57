/**
 * Kafka Connect support: {@link io.chainexplorer.sink.converter.AvroConverter} reads and writes
 * Confluent wire-format Avro so that connectors receive {@code Struct}s, on top of {@link
 * io.chainexplorer.sink.converter.AvroConnectData}, the Avro ↔ Connect data mapping.
 *
 * <p>Worker or connector settings: {@code
 * value.converter=io.chainexplorer.sink.converter.AvroConverter} and {@code
 * value.converter.schema.registry.url=...} (likewise for keys), with the registry client's auth and
 * TLS keys under the same prefix.
 */
package io.chainexplorer.sink.converter;

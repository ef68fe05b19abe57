/**
 * Kafka serializers, deserializers and serdes for Avro records in the Confluent wire format, with
 * TopicNameStrategy subjects ({@code <topic>-key}, {@code <topic>-value}).
 */
package io.chainexplorer.schemas.serde;

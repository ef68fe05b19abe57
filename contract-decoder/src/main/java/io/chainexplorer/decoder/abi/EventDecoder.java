package io.chainexplorer.decoder.abi;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a log by an event: the topic count must match (topic0 first unless anonymous), indexed
 * value types come from their topic, indexed strings, bytes, arrays and tuples are their 32-byte
 * topic hash, the other inputs are decoded from the data; never an exception.
 */
public final class EventDecoder {
  private EventDecoder() {}

  /** The inputs of {@code event} from the log's {@code topics} and {@code data}. */
  public static DecodeResult decode(AbiEvent event, List<byte[]> topics, byte[] data) {
    String problem = checkTopics(event, topics, data);
    if (problem != null) {
      return new DecodeResult.Malformed(problem);
    }
    int next = event.anonymous() ? 0 : 1;
    List<AbiParameter> unindexed = new ArrayList<>();
    for (AbiParameter input : event.inputs()) {
      if (!input.indexed()) {
        unindexed.add(input);
      }
    }
    DecodeResult fromData = CalldataDecoder.decodeInputs(unindexed, data, 0, data.length, false);
    if (!(fromData instanceof DecodeResult.Decoded decodedData)) {
      return fromData;
    }
    return merge(event, topics, next, decodedData.values());
  }

  /** Why the topics cannot be those of {@code event}, or null. */
  private static String checkTopics(AbiEvent event, List<byte[]> topics, byte[] data) {
    if (topics == null || data == null) {
      return "no topics or no data";
    }
    if (topics.size() != event.topicCount()) {
      return topics.size() + " topics where " + event.signature() + " has " + event.topicCount();
    }
    for (int i = 0; i < topics.size(); i++) {
      if (topics.get(i) == null || topics.get(i).length != AbiType.WORD) {
        return "topic " + i + " is not 32 bytes";
      }
    }
    if (!event.anonymous() && !event.topic0Matches(topics.get(0))) {
      return "topic0 " + Hex.encode(topics.get(0)) + " is not that of " + event.signature();
    }
    return null;
  }

  private static DecodeResult merge(
      AbiEvent event, List<byte[]> topics, int firstTopic, List<DecodedValue> fromData) {
    List<DecodedValue> values = new ArrayList<>(event.inputs().size());
    int topic = firstTopic;
    int dataIndex = 0;
    for (AbiParameter input : event.inputs()) {
      if (!input.indexed()) {
        values.add(fromData.get(dataIndex++));
        continue;
      }
      byte[] word = topics.get(topic);
      if (hashedWhenIndexed(input.type())) {
        values.add(
            new DecodedValue(
                input.name(), input.type().canonical(), true, '"' + Hex.encode(word) + '"', word));
      } else {
        DecodeResult one = CalldataDecoder.decodeInputs(List.of(input), word, 0, word.length, true);
        if (one instanceof DecodeResult.Malformed malformed) {
          return new DecodeResult.Malformed("topic " + topic + ": " + malformed.reason());
        }
        values.add(((DecodeResult.Decoded) one).values().get(0));
      }
      topic++;
    }
    return new DecodeResult.Decoded(values);
  }

  /** Whether an indexed input of this type is stored as the keccak-256 of its encoding. */
  public static boolean hashedWhenIndexed(AbiType type) {
    return type.dynamic() || type instanceof AbiType.ArrayType || type instanceof AbiType.TupleType;
  }
}

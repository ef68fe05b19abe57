package io.chainexplorer.reliability.truth;

import io.chainexplorer.avro.DecodedCall;
import io.chainexplorer.avro.DecodedEvent;
import io.chainexplorer.sink.scylla.mapping.Tables;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A decoded call or event reduced to what the checker can know without decoding parameter values:
 * where it comes from (block, transaction, log, contract) and what it was decoded as (name,
 * signature, selector or topic0, parameter count).
 *
 * @param logIndex the log's position in the block; -1 for a call
 * @param hash the selector of a call, the topic0 of an event
 * @param parameters how many parameters were decoded; -1 when the store does not say (a table)
 */
public record DecodedRecord(
    boolean event,
    long blockNumber,
    String blockHash,
    long blockTimestamp,
    String transactionHash,
    long logIndex,
    String contractAddress,
    String name,
    String signature,
    String hash,
    int parameters) {

  /** The entity name of decoded calls in reports. */
  public static final String CALL = "decoded_call";

  /** The entity name of decoded events in reports. */
  public static final String EVENT = "decoded_event";

  public DecodedRecord {
    contractAddress = contractAddress.toLowerCase(Locale.ROOT);
    hash = hash.toLowerCase(Locale.ROOT);
  }

  /** A decoded call as its topic holds it. */
  public static DecodedRecord of(DecodedCall call) {
    return new DecodedRecord(
        false,
        call.getBlockNumber(),
        call.getBlockHash(),
        call.getBlockTimestamp(),
        call.getTransactionHash(),
        -1,
        call.getContractAddress(),
        call.getFunctionName(),
        call.getSignature(),
        call.getSelector(),
        call.getParameters().size());
  }

  /** A decoded event as its topic holds it. */
  public static DecodedRecord of(DecodedEvent event) {
    return new DecodedRecord(
        true,
        event.getBlockNumber(),
        event.getBlockHash(),
        event.getBlockTimestamp(),
        event.getTransactionHash(),
        event.getLogIndex(),
        event.getContractAddress(),
        event.getEventName(),
        event.getSignature(),
        event.getTopic0(),
        event.getParameters().size());
  }

  /** As the decoded-calls or decoded-events topic holds it: keyed like the topic. */
  public Observed inTopic() {
    String key = event ? transactionHash + ":" + logIndex : transactionHash;
    return new Observed(
        event ? EVENT : CALL, key, blockNumber, blockHash, content(List.of(parameters)));
  }

  /** As the sink's table of decoded calls or events holds it: keyed by the table's primary key. */
  public Observed inTable() {
    ZonedDateTime time = Instant.ofEpochSecond(blockTimestamp).atZone(ZoneOffset.UTC);
    int bucket = time.getYear() * 100 + time.getMonthValue();
    String position = event ? Long.toString(logIndex) : transactionHash;
    String table =
        event ? Tables.DECODED_EVENTS_BY_CONTRACT.name() : Tables.DECODED_CALLS_BY_CONTRACT.name();
    return new Observed(
        table,
        String.join("|", contractAddress, Integer.toString(bucket), Long.toString(blockNumber))
            + "|"
            + position,
        blockNumber,
        blockHash,
        content(List.of()));
  }

  private String content(List<Object> more) {
    StringBuilder text = new StringBuilder();
    for (Object field :
        List.of(
            blockTimestamp, transactionHash, logIndex, contractAddress, name, signature, hash)) {
      text.append(field).append('|');
    }
    more.forEach(field -> text.append(field).append('|'));
    return AvroRecords.digest(text.toString().getBytes(StandardCharsets.UTF_8));
  }
}

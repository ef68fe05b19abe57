package io.chainexplorer.decoder.topology;

import io.chainexplorer.avro.DecodeOutcome;
import io.chainexplorer.avro.DecodedCall;
import io.chainexplorer.avro.DecodedEvent;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.decoder.abi.Hex;
import io.chainexplorer.decoder.sources.Resolution;
import java.util.List;

/**
 * The compact record of a call or log the decoder read but could not decode: its coordinates, the
 * selector or topic0, the outcome and a short reason; no name, signature, parameters or input
 * bytes, so an undecodable contract costs a few hundred bytes a record, not its whole calldata.
 */
final class OutcomeRecords {

  /** Longest reason kept: reasons name a selector or a signature, never the data. */
  static final int MAX_REASON = 200;

  private OutcomeRecords() {}

  /** The outcome record of a call to {@code contract} that {@code resolution} did not decode. */
  static DecodedCall call(Transaction tx, String contract, byte[] calldata, Resolution resolution) {
    return DecodedCall.newBuilder()
        .setBlockNumber(tx.getBlockNumber())
        .setBlockHash(tx.getBlockHash())
        .setBlockTimestamp(tx.getBlockTimestamp())
        .setTransactionHash(tx.getHash())
        .setContractAddress(contract)
        .setFunctionName("")
        .setSignature("")
        .setSelector(Hex.encode(calldata, 0, Math.min(4, calldata.length)))
        .setParameters(List.of())
        .setAbiSource(null)
        .setOutcome(
            resolution instanceof Resolution.Unknown
                ? DecodeOutcome.UNKNOWN_SELECTOR
                : DecodeOutcome.MALFORMED)
        .setReason(reason(resolution))
        .setRetracted(tx.getRetracted())
        .build();
  }

  /** The outcome record of a log whose {@code topic0} (empty: none) was not decoded. */
  static DecodedEvent event(Log log, String contract, String topic0, Resolution resolution) {
    return DecodedEvent.newBuilder()
        .setBlockNumber(log.getBlockNumber())
        .setBlockHash(log.getBlockHash())
        .setBlockTimestamp(log.getBlockTimestamp())
        .setTransactionHash(log.getTransactionHash())
        .setLogIndex(log.getLogIndex())
        .setContractAddress(contract)
        .setEventName("")
        .setSignature("")
        .setTopic0(topic0)
        .setParameters(List.of())
        .setAbiSource(null)
        .setOutcome(
            resolution instanceof Resolution.Unknown
                ? DecodeOutcome.UNKNOWN_EVENT
                : DecodeOutcome.MALFORMED)
        .setReason(reason(resolution))
        .setRetracted(log.getRetracted())
        .build();
  }

  private static String reason(Resolution resolution) {
    String reason =
        resolution instanceof Resolution.Unknown unknown
            ? "no ABI source knows " + unknown.selector()
            : ((Resolution.Malformed) resolution).reason();
    return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
  }
}

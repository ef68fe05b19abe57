package io.chainexplorer.enricher.reorg;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.avro.Provenance;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawTrace;
import io.chainexplorer.avro.TraceProvenance;
import io.chainexplorer.avro.VerificationStatus;
import io.chainexplorer.embedded.EmbeddedAnvil;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A raw block with the frames anvil's callTracer gives for it, as the poller would attach them. */
final class AnvilTraces {

  private AnvilTraces() {}

  static RawBlock traced(EmbeddedAnvil anvil, RawBlock block) {
    String height = "0x" + Long.toHexString(block.getBlockNumber());
    JsonNode result =
        anvil.rpc().call("debug_traceBlockByNumber", height, Map.of("tracer", "callTracer"));
    List<RawTrace> frames = new ArrayList<>();
    for (int i = 0; i < result.size(); i++) {
      walk(
          result.get(i).get("result"),
          block.getTransactions().get(i).getHash(),
          i,
          List.of(),
          frames);
    }
    Provenance provenance =
        Provenance.newBuilder(block.getProvenance())
            .setTraces(
                TraceProvenance.newBuilder()
                    .setMethod("debug_traceBlockByNumber/callTracer")
                    .setProviderAlias("anvil")
                    .setVerification(VerificationStatus.NOT_APPLICABLE)
                    .build())
            .build();
    return RawBlock.newBuilder(block).setTraces(frames).setProvenance(provenance).build();
  }

  private static void walk(
      JsonNode frame, String tx, int index, List<Integer> address, List<RawTrace> out) {
    out.add(
        RawTrace.newBuilder()
            .setTransactionHash(tx)
            .setTransactionIndex(index)
            .setTraceAddress(address)
            .setCallType(frame.get("type").asText().toLowerCase(Locale.ROOT))
            .setFrom(frame.get("from").asText())
            .setTo(frame.path("to").isTextual() ? frame.get("to").asText() : null)
            .setValue(
                new BigDecimal(new BigInteger(frame.path("value").asText("0x0").substring(2), 16)))
            .setGas(Long.decode(frame.get("gas").asText()))
            .setGasUsed(Long.decode(frame.get("gasUsed").asText()))
            .setInput(frame.path("input").asText("0x"))
            .setError(frame.path("error").isTextual() ? frame.get("error").asText() : null)
            .build());
    JsonNode calls = frame.path("calls");
    for (int i = 0; i < calls.size(); i++) {
      List<Integer> child = new ArrayList<>(address);
      child.add(i);
      walk(calls.get(i), tx, index, child, out);
    }
  }
}

package io.chainexplorer.reliability.truth;

import io.chainexplorer.avro.AbiSource;
import io.chainexplorer.avro.DecodedCall;
import io.chainexplorer.avro.DecodedEvent;
import io.chainexplorer.avro.DecodedParameter;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.RawLog;
import io.chainexplorer.avro.RawReceipt;
import io.chainexplorer.avro.RawTransaction;
import java.util.ArrayList;
import java.util.List;

/**
 * What a correct decoder publishes for the hand-made chains of {@link Chains} once each block's
 * transaction calls {@code transfer(address,uint256)}: one call and one ERC-20 event per block.
 */
final class DecodedOutputs {

  static final String TRANSFER_SELECTOR = "0xa9059cbb";

  /** A minimal ERC-20 ABI, as a user would hand it to the decoder. */
  static final String ERC20_ABI =
      """
      [{"type":"function","name":"transfer","stateMutability":"nonpayable",
        "inputs":[{"name":"to","type":"address"},{"name":"value","type":"uint256"}]},
       {"type":"event","name":"Transfer","anonymous":false,
        "inputs":[{"name":"from","type":"address","indexed":true},
                  {"name":"to","type":"address","indexed":true},
                  {"name":"value","type":"uint256","indexed":false}]}]
      """;

  private DecodedOutputs() {}

  /** Blocks {@code from..to} of {@link Chains} whose transaction calls {@code transfer}. */
  static List<RawBlock> blocks(long from, long to, long fork) {
    String input = TRANSFER_SELECTOR + Chains.word(2).substring(2) + Chains.word(5).substring(2);
    return Chains.blocks(from, to, fork).stream().map(block -> withInput(block, input)).toList();
  }

  /** {@code block} with its one transaction's input replaced. */
  static RawBlock withInput(RawBlock block, String input) {
    RawTransaction tx =
        RawTransaction.newBuilder(block.getTransactions().get(0)).setInput(input).build();
    return RawBlock.newBuilder(block).setTransactions(new ArrayList<>(List.of(tx))).build();
  }

  /** {@code block} with {@code log} added to its one receipt. */
  static RawBlock withLog(RawBlock block, RawLog log) {
    RawReceipt receipt = block.getReceipts().get(0);
    List<RawLog> logs = new ArrayList<>(receipt.getLogs());
    logs.add(log);
    RawReceipt more = RawReceipt.newBuilder(receipt).setLogs(logs).build();
    return RawBlock.newBuilder(block).setReceipts(new ArrayList<>(List.of(more))).build();
  }

  static DecodedCall call(RawBlock block) {
    RawTransaction tx = block.getTransactions().get(0);
    return DecodedCall.newBuilder()
        .setBlockNumber(block.getBlockNumber())
        .setBlockHash(block.getBlockHash())
        .setBlockTimestamp(block.getBlockTimestamp())
        .setTransactionHash(tx.getHash())
        .setContractAddress(tx.getTo())
        .setFunctionName("transfer")
        .setSignature("transfer(address,uint256)")
        .setSelector(TRANSFER_SELECTOR)
        .setParameters(
            new ArrayList<>(List.of(parameter("to", "address"), parameter("value", "uint256"))))
        .setAbiSource(AbiSource.STANDARD)
        .setAbiSourceDetail("ERC-20")
        .build();
  }

  static DecodedEvent event(RawBlock block) {
    RawTransaction tx = block.getTransactions().get(0);
    RawLog log = block.getReceipts().get(0).getLogs().get(0);
    return DecodedEvent.newBuilder()
        .setBlockNumber(block.getBlockNumber())
        .setBlockHash(block.getBlockHash())
        .setBlockTimestamp(block.getBlockTimestamp())
        .setTransactionHash(tx.getHash())
        .setLogIndex(log.getLogIndex())
        .setContractAddress(log.getAddress())
        .setEventName("Transfer")
        .setSignature("Transfer(address,address,uint256)")
        .setTopic0(Chains.TRANSFER_TOPIC)
        .setParameters(
            new ArrayList<>(
                List.of(
                    parameter("from", "address"),
                    parameter("to", "address"),
                    parameter("value", "uint256"))))
        .setAbiSource(AbiSource.USER)
        .build();
  }

  private static DecodedParameter parameter(String name, String type) {
    return DecodedParameter.newBuilder().setName(name).setType(type).setValue("\"0\"").build();
  }
}

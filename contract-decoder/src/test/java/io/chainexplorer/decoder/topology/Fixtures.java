package io.chainexplorer.decoder.topology;

import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.avro.TransactionClassification;
import io.chainexplorer.decoder.abi.AbiEncoder;
import io.chainexplorer.decoder.abi.Hex;
import io.chainexplorer.decoder.abi.SignatureParser;
import java.math.BigDecimal;
import java.util.List;

/** Transactions, logs and ABIs for the decoder's tests. */
public final class Fixtures {

  public static final String BLOCK_HASH = "0x" + "b1".repeat(32);
  public static final long BLOCK_TIME = 1_763_726_400L; // 2025-11-21T12:00:00Z, on the hour
  public static final String ZERO = "0x0000000000000000000000000000000000000000";

  private Fixtures() {}

  public static String address(int n) {
    return String.format("0x%040x", n);
  }

  public static String txHash(int n) {
    return String.format("0x%064x", n);
  }

  public static String word(String address) {
    return "0x" + "0".repeat(24) + address.substring(2);
  }

  /** Calldata of a text signature and its values. */
  public static String calldata(String signature, Object... values) {
    return Hex.encode(AbiEncoder.encode(SignatureParser.function(signature), List.of(values)));
  }

  public static Transaction call(int n, String to, String input) {
    return Transaction.newBuilder()
        .setBlockNumber(100)
        .setBlockHash(BLOCK_HASH)
        .setBlockTimestamp(BLOCK_TIME)
        .setHash(txHash(n))
        .setTransactionIndex(n)
        .setType(2)
        .setNonce(n)
        .setFrom(address(0xf00))
        .setTo(to)
        .setValue(BigDecimal.ZERO)
        .setGas(100_000)
        .setInput(input)
        .setR("0x01")
        .setS("0x02")
        .setStatus(1L)
        .setGasUsed(50_000)
        .setCumulativeGasUsed(50_000)
        .setLogsBloom("0x" + "00".repeat(256))
        .setFeePaid(BigDecimal.ONE)
        .setClassification(TransactionClassification.CONTRACT_CALL)
        .build();
  }

  public static Transaction retracted(Transaction tx) {
    return Transaction.newBuilder(tx).setRetracted(true).build();
  }

  public static Log log(int tx, int index, String address, List<String> topics, String data) {
    return Log.newBuilder()
        .setBlockNumber(100)
        .setBlockHash(BLOCK_HASH)
        .setBlockTimestamp(BLOCK_TIME)
        .setTransactionHash(txHash(tx))
        .setTransactionIndex(tx)
        .setLogIndex(index)
        .setAddress(address)
        .setTopics(topics)
        .setData(data)
        .build();
  }

  public static String topic0(String eventSignature) {
    return SignatureParser.event(eventSignature).topic0Hex();
  }

  public static String uint(long value) {
    return String.format("0x%064x", value);
  }

  /** A one-function user ABI, e.g. {@code abi("setValue", "uint256", "newValue")}. */
  public static String abi(String function, String type, String name) {
    return "[{\"type\":\"function\",\"name\":\""
        + function
        + "\",\"inputs\":[{\"name\":\""
        + name
        + "\",\"type\":\""
        + type
        + "\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"}]";
  }
}

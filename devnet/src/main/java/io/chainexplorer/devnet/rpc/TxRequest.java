package io.chainexplorer.devnet.rpc;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A transaction for an unlocked account to send: {@code to} empty for a contract creation, {@code
 * gas} 0 to let the node estimate it (only safe when the call does not depend on pending state).
 */
public record TxRequest(String from, String to, String data, BigInteger value, long gas) {

  public TxRequest {
    if (from == null || from.isEmpty()) {
      throw new IllegalArgumentException("a transaction needs a sender");
    }
    data = data == null ? "0x" : data;
    value = value == null ? BigInteger.ZERO : value;
  }

  /** A call of {@code to} with ABI-encoded {@code data}. */
  public static TxRequest call(String from, String to, String data, long gas) {
    return new TxRequest(from, to, data, BigInteger.ZERO, gas);
  }

  /** A contract creation running {@code initCode} (bytecode followed by constructor arguments). */
  public static TxRequest create(String from, String initCode, long gas) {
    return new TxRequest(from, "", initCode, BigInteger.ZERO, gas);
  }

  public boolean isCreation() {
    return to == null || to.isEmpty();
  }

  /** The {@code eth_sendTransaction} parameter object. */
  Map<String, String> toJson() {
    Map<String, String> json = new LinkedHashMap<>();
    json.put("from", from);
    if (!isCreation()) {
      json.put("to", to);
    }
    json.put("data", data);
    if (value.signum() > 0) {
      json.put("value", "0x" + value.toString(16));
    }
    if (gas > 0) {
      json.put("gas", "0x" + Long.toHexString(gas));
    }
    return json;
  }
}

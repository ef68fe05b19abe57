package io.chainexplorer.bench.abi;

import io.chainexplorer.decoder.abi.AbiEncoder;
import io.chainexplorer.decoder.abi.AbiEvent;
import io.chainexplorer.decoder.abi.AbiFunction;
import io.chainexplorer.decoder.abi.AbiParameter;
import io.chainexplorer.decoder.abi.AbiType;
import io.chainexplorer.decoder.abi.Hex;
import io.chainexplorer.decoder.abi.SignatureParser;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed benchmark cases (typical mainnet calls and logs, from ERC-20 transfers to nested router
 * tuples); {@code main(file)} writes them as JSON lines for the ethers v6 side.
 */
public final class AbiBenchCases {

  /** A call: its function and calldata. */
  public record Call(AbiFunction function, byte[] calldata) {}

  /** A log: its event, topics and data. */
  public record Log(AbiEvent event, List<byte[]> topics, byte[] data) {}

  private static final String ALICE = "0xab5801a7d398351b8be11c439e05c5b3259aec9b";
  private static final String WETH = "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2";
  private static final String USDC = "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48";

  private AbiBenchCases() {}

  /** Calls: transfer, V2 swap with a path, V3 exactInput tuple, multicall of bytes[], order. */
  public static List<Call> calls() {
    List<Call> calls = new ArrayList<>();
    calls.add(call("transfer(address,uint256)", List.of(ALICE, big("1000000000000000000"))));
    calls.add(
        call(
            "swapExactTokensForTokens(uint256,uint256,address[],address,uint256)",
            List.of(
                big("5000000"), big("1"), List.of(USDC, WETH, ALICE), ALICE, big("1700000000"))));
    byte[] path = new byte[43];
    path[0] = 1;
    calls.add(
        call(
            "exactInput((bytes,address,uint256,uint256,uint256))",
            List.of(List.of(path, ALICE, big("1700000000"), big("1000000"), big("1")))));
    List<Object> inner = new ArrayList<>();
    for (Call c : List.copyOf(calls)) {
      inner.add(c.calldata());
    }
    calls.add(call("multicall(uint256,bytes[])", List.of(big("1700000000"), inner)));
    calls.add(
        call(
            "fillOrder((address,address,uint256,uint256,bytes32,uint256[],string),bytes)",
            List.of(
                List.of(
                    ALICE,
                    WETH,
                    big("123456789"),
                    big("987654321"),
                    new byte[32],
                    List.of(big("1"), big("2"), big("3")),
                    "order note"),
                new byte[65])));
    return calls;
  }

  /** Logs: ERC-20 Transfer, Uniswap V3 Swap (signed ints), ERC-1155 URI (a string). */
  public static List<Log> logs() {
    List<Log> logs = new ArrayList<>();
    AbiEvent transfer = SignatureParser.event("Transfer(address indexed,address indexed,uint256)");
    logs.add(
        new Log(
            transfer,
            List.of(transfer.topic0(), topic(ALICE), topic(WETH)),
            encode("uint256", List.of(big("1000000")))));
    AbiEvent swap =
        SignatureParser.event(
            "Swap(address indexed,address indexed,int256,int256,uint160,uint128,int24)");
    logs.add(
        new Log(
            swap,
            List.of(swap.topic0(), topic(ALICE), topic(USDC)),
            encode(
                "int256,int256,uint160,uint128,int24",
                List.of(
                    big("-5000000"),
                    big("2500000000000000000"),
                    big("1461446703485210103287273052203988822378723970341"),
                    big("12345678901234567"),
                    big("-201234")))));
    AbiEvent uri = SignatureParser.event("URI(string,uint256 indexed)");
    logs.add(
        new Log(
            uri,
            List.of(uri.topic0(), new byte[32]),
            encode(
                "string",
                List.of("ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"))));
    return logs;
  }

  private static Call call(String signature, List<Object> values) {
    AbiFunction function = SignatureParser.function(signature);
    return new Call(function, AbiEncoder.encode(function, values));
  }

  private static byte[] encode(String types, List<Object> values) {
    List<AbiType> parsed = new ArrayList<>();
    for (String type : types.split(",")) {
      parsed.add(AbiType.parse(type));
    }
    return AbiEncoder.encodeParameters(parsed, values);
  }

  private static byte[] topic(String address) {
    byte[] word = new byte[32];
    System.arraycopy(Hex.decode(address), 0, word, 12, 20);
    return word;
  }

  private static BigInteger big(String decimal) {
    return new BigInteger(decimal);
  }

  /** Writes the cases as the JSON lines {@code chain-explorer abi decode} reads. */
  public static void main(String[] args) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Call call : calls()) {
      lines.add(
          "{\"signature\":\""
              + call.function().signature()
              + "\",\"calldata\":\""
              + Hex.encode(call.calldata())
              + "\"}");
    }
    for (Log log : logs()) {
      List<String> topics = log.topics().stream().map(t -> '"' + Hex.encode(t) + '"').toList();
      lines.add(
          "{\"event\":\""
              + eventText(log.event())
              + "\",\"topics\":["
              + String.join(",", topics)
              + "],\"data\":\""
              + Hex.encode(log.data())
              + "\"}");
    }
    Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
  }

  private static String eventText(AbiEvent event) {
    List<String> inputs = new ArrayList<>();
    for (AbiParameter p : event.inputs()) {
      inputs.add(p.type().canonical() + (p.indexed() ? " indexed" : ""));
    }
    return event.name() + "(" + String.join(",", inputs) + ")";
  }
}

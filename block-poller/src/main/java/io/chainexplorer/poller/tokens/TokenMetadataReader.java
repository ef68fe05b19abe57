package io.chainexplorer.poller.tokens;

import com.fasterxml.jackson.databind.JsonNode;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.TokenMetadata;
import io.chainexplorer.poller.rpc.PooledJsonRpcClient;
import io.chainexplorer.poller.rpc.RpcCall;
import io.chainexplorer.poller.rpc.RpcException;
import io.chainexplorer.poller.rpc.RpcExchange;
import io.chainexplorer.poller.rpc.RpcReply;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads tokens' metadata by {@code eth_call} at one block: name, symbol and totalSupply of every
 * token, decimals of ERC-20 ones, all of a block's tokens in one JSON-RPC batch of at most {@code
 * batchSize} calls (more batches only when more tokens are new in one block).
 */
public final class TokenMetadataReader {

  /** JSON-RPC codes of a request the node did not understand: ours to fix, not the token's. */
  private static final int INVALID_REQUEST = -32600;

  private static final int INVALID_PARAMS = -32602;

  private final PooledJsonRpcClient client;
  private final int batchSize;

  public TokenMetadataReader(PooledJsonRpcClient client, int batchSize) {
    if (batchSize < 4) {
      throw new IllegalArgumentException("a batch must hold the 4 calls of one token");
    }
    this.client = client;
    this.batchSize = batchSize;
  }

  /** The calls a token of {@code standard} is asked: ERC-721 and ERC-1155 have no decimals. */
  public static List<TokenCall> callsOf(String standard) {
    return switch (standard) {
      case "ERC20" ->
          List.of(TokenCall.NAME, TokenCall.SYMBOL, TokenCall.DECIMALS, TokenCall.TOTAL_SUPPLY);
      case "ERC721" -> List.of(TokenCall.NAME, TokenCall.SYMBOL, TokenCall.TOTAL_SUPPLY);
      default -> List.of(TokenCall.NAME, TokenCall.SYMBOL);
    };
  }

  /**
   * The metadata of {@code tokens} at {@code block}; a call that reverts or returns nothing leaves
   * its value null with the reason.
   *
   * @throws RpcException when no key could answer: none of the tokens is read then
   */
  public List<TokenMetadata> read(List<TokenSighting> tokens, RawBlock block) throws RpcException {
    String at = "0x" + Long.toHexString(block.getBlockNumber());
    List<TokenMetadata> out = new ArrayList<>(tokens.size());
    List<TokenSighting> chunk = new ArrayList<>();
    int calls = 0;
    for (TokenSighting token : tokens) {
      int needed = callsOf(token.standard()).size();
      if (calls + needed > batchSize) {
        out.addAll(readChunk(chunk, block, at));
        chunk.clear();
        calls = 0;
      }
      chunk.add(token);
      calls += needed;
    }
    if (!chunk.isEmpty()) {
      out.addAll(readChunk(chunk, block, at));
    }
    return out;
  }

  private List<TokenMetadata> readChunk(List<TokenSighting> tokens, RawBlock block, String at)
      throws RpcException {
    List<RpcCall> calls = new ArrayList<>();
    for (TokenSighting token : tokens) {
      for (TokenCall call : callsOf(token.standard())) {
        calls.add(
            RpcCall.of("eth_call", Map.of("to", token.address(), "data", call.selector()), at));
      }
    }
    RpcExchange exchange = client.exchange(calls);
    List<TokenMetadata> out = new ArrayList<>(tokens.size());
    int index = 0;
    for (TokenSighting token : tokens) {
      TokenMetadata.Builder record = base(token, block, exchange.alias());
      for (TokenCall call : callsOf(token.standard())) {
        set(record, call, returned(exchange, index++));
      }
      out.add(record.build());
    }
    return out;
  }

  private static TokenMetadata.Builder base(TokenSighting token, RawBlock block, String alias) {
    String none = Answer.NOT_APPLICABLE;
    return TokenMetadata.newBuilder()
        .setAddress(token.address())
        .setStandard(token.standard())
        .setTrigger(token.trigger())
        .setBlockNumber(block.getBlockNumber())
        .setBlockHash(block.getBlockHash())
        .setBlockTimestamp(block.getBlockTimestamp())
        .setProviderAlias(alias)
        .setNameUnavailable(none)
        .setSymbolUnavailable(none)
        .setDecimalsUnavailable(none)
        .setTotalSupplyUnavailable(none);
  }

  private static void set(TokenMetadata.Builder record, TokenCall call, String returned) {
    switch (call) {
      case NAME -> {
        Answer<String> name = text(returned);
        record.setName(name.value()).setNameUnavailable(name.unavailable());
      }
      case SYMBOL -> {
        Answer<String> symbol = text(returned);
        record.setSymbol(symbol.value()).setSymbolUnavailable(symbol.unavailable());
      }
      case DECIMALS -> {
        Answer<Integer> decimals =
            returned == null
                ? Answer.unavailable(Answer.REVERTED)
                : ReturnDecoder.decimals(returned);
        record.setDecimals(decimals.value()).setDecimalsUnavailable(decimals.unavailable());
      }
      default -> {
        Answer<BigInteger> supply =
            returned == null
                ? Answer.unavailable(Answer.REVERTED)
                : ReturnDecoder.uint256(returned);
        record
            .setTotalSupply(supply.value() == null ? null : new BigDecimal(supply.value()))
            .setTotalSupplyUnavailable(supply.unavailable());
      }
    }
  }

  private static Answer<String> text(String returned) {
    return returned == null ? Answer.unavailable(Answer.REVERTED) : ReturnDecoder.text(returned);
  }

  /**
   * The 0x-hex a call returned, "0x" for a null result, null when it reverted.
   *
   * @throws RpcException when the node refused the request itself
   */
  private static String returned(RpcExchange exchange, int index) throws RpcException {
    RpcReply reply = exchange.reply(index);
    if (reply.isError()) {
      if (reply.methodNotFound()
          || reply.errorCode() == INVALID_REQUEST
          || reply.errorCode() == INVALID_PARAMS) {
        throw new RpcException(
            "eth_call answered JSON-RPC error " + reply.errorCode() + " from " + exchange.alias());
      }
      // Any other error of eth_call is the contract's: a revert, an invalid opcode, out of gas.
      return null;
    }
    JsonNode result = reply.result();
    return result.isNull() ? "0x" : result.asText();
  }
}

package io.chainexplorer.sink.scylla;

import io.chainexplorer.avro.AbiSource;
import io.chainexplorer.avro.Block;
import io.chainexplorer.avro.ChainMetrics;
import io.chainexplorer.avro.DecodedCall;
import io.chainexplorer.avro.DecodedEvent;
import io.chainexplorer.avro.DecodedParameter;
import io.chainexplorer.avro.InternalTransaction;
import io.chainexplorer.avro.TokenMetadata;
import io.chainexplorer.avro.TokenStandard;
import io.chainexplorer.avro.TokenTransfer;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.avro.TransactionClassification;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Entities of one block as the enricher and decoder publish them. */
public final class SampleRecords {

  /** 2026-11-21T20:00:00Z: month bucket 202611, day 2026-11-21. */
  public static final long BLOCK_TIME = 1_795_291_200L;

  public static final String ALICE = "0x00000000000000000000000000000000000a11ce";
  public static final String BOB = "0x0000000000000000000000000000000000000b0b";
  public static final String TOKEN = "0x00000000000000000000000000000000000070c3";
  public static final BigDecimal UINT256_MAX =
      new BigDecimal(
          "115792089237316195423570985008687907853269984665640564039457584007913129639935");

  private SampleRecords() {}

  public static String hash(String prefix, long n) {
    String digits = Long.toHexString(n);
    return "0x" + prefix + "0".repeat(64 - prefix.length() - digits.length()) + digits;
  }

  public static Block block(long number, String blockHash) {
    return Block.newBuilder()
        .setBlockNumber(number)
        .setBlockHash(blockHash)
        .setBlockTimestamp(BLOCK_TIME + number)
        .setParentHash(hash("aa", number - 1))
        .setNonce("0x0000000000000000")
        .setSha3Uncles(hash("55", 0))
        .setLogsBloom("0x00")
        .setTransactionsRoot(hash("77", number))
        .setStateRoot(hash("88", number))
        .setReceiptsRoot(hash("99", number))
        .setMiner(BOB)
        .setDifficulty(BigDecimal.ZERO)
        .setExtraData("0x")
        .setSize(1_000L)
        .setGasLimit(30_000_000L)
        .setGasUsed(21_000L)
        .setBaseFeePerGas(BigDecimal.valueOf(7))
        .setUncles(List.of())
        .setTransactionCount(1L)
        .setRetracted(false)
        .build();
  }

  public static Transaction transaction(String txHash, long number, String blockHash, long index) {
    return Transaction.newBuilder()
        .setBlockNumber(number)
        .setBlockHash(blockHash)
        .setBlockTimestamp(BLOCK_TIME + number)
        .setHash(txHash)
        .setTransactionIndex(index)
        .setType(2L)
        .setNonce(index)
        .setFrom(ALICE)
        .setTo(BOB)
        .setValue(UINT256_MAX)
        .setGas(21_000L)
        .setInput("0x")
        .setR("0x01")
        .setS("0x02")
        .setStatus(1L)
        .setGasUsed(21_000L)
        .setCumulativeGasUsed(21_000L * (index + 1))
        .setLogsBloom("0x00")
        .setEffectiveGasPrice(BigDecimal.TEN)
        .setFeePaid(BigDecimal.valueOf(210_000))
        .setClassification(TransactionClassification.NATIVE_TRANSFER)
        .setRetracted(false)
        .build();
  }

  public static TokenTransfer transfer(
      String txHash, long number, String blockHash, long logIndex) {
    return TokenTransfer.newBuilder()
        .setBlockNumber(number)
        .setBlockHash(blockHash)
        .setBlockTimestamp(BLOCK_TIME + number)
        .setTransactionHash(txHash)
        .setLogIndex(logIndex)
        .setBatchIndex(0L)
        .setStandard(TokenStandard.ERC20)
        .setTokenAddress(TOKEN)
        .setFrom(ALICE)
        .setTo(BOB)
        .setAmount(BigDecimal.valueOf(5))
        .setRetracted(false)
        .build();
  }

  /** ERC-20 metadata of {@link #TOKEN} read at {@code number}: MKR-like, all four values. */
  public static TokenMetadata token(long number, String blockHash) {
    return TokenMetadata.newBuilder()
        .setAddress(TOKEN)
        .setStandard("ERC20")
        .setBlockNumber(number)
        .setBlockHash(blockHash)
        .setBlockTimestamp(BLOCK_TIME + number)
        .setTrigger("first-seen")
        .setName("Maker")
        .setSymbol("MKR")
        .setDecimals(18)
        .setTotalSupply(UINT256_MAX)
        .setProviderAlias("infura/main")
        .build();
  }

  /** Metadata of a contract whose calls all reverted: every value null with its reason. */
  public static TokenMetadata revertingToken(String address, long number, String blockHash) {
    return TokenMetadata.newBuilder(token(number, blockHash))
        .setAddress(address)
        .setStandard("ERC1155")
        .setName(null)
        .setNameUnavailable("reverted")
        .setSymbol(null)
        .setSymbolUnavailable("reverted")
        .setDecimals(null)
        .setDecimalsUnavailable("not-applicable")
        .setTotalSupply(null)
        .setTotalSupplyUnavailable("not-applicable")
        .build();
  }

  public static DecodedCall call(String txHash, long number, String blockHash) {
    return DecodedCall.newBuilder()
        .setBlockNumber(number)
        .setBlockHash(blockHash)
        .setBlockTimestamp(BLOCK_TIME + number)
        .setTransactionHash(txHash)
        .setContractAddress(TOKEN)
        .setFunctionName("transfer")
        .setSignature("transfer(address,uint256)")
        .setSelector("0xa9059cbb")
        .setParameters(List.of(parameter("to", "address", "\"" + BOB + "\"")))
        .setAbiSource(AbiSource.STANDARD)
        .setRetracted(false)
        .build();
  }

  public static DecodedEvent event(String txHash, long number, String blockHash, long logIndex) {
    return DecodedEvent.newBuilder()
        .setBlockNumber(number)
        .setBlockHash(blockHash)
        .setBlockTimestamp(BLOCK_TIME + number)
        .setTransactionHash(txHash)
        .setLogIndex(logIndex)
        .setContractAddress(TOKEN)
        .setEventName("Transfer")
        .setSignature("Transfer(address,address,uint256)")
        .setTopic0(hash("dd", 1))
        .setParameters(List.of(parameter("value", "uint256", "\"5\"")))
        .setAbiSource(AbiSource.STANDARD)
        .setRetracted(false)
        .build();
  }

  /** The token's first internal call (trace address 0): it forwards 3 wei to Bob. */
  public static InternalTransaction internal(
      String txHash, long number, String blockHash, long txIndex) {
    return InternalTransaction.newBuilder()
        .setBlockNumber(number)
        .setBlockHash(blockHash)
        .setBlockTimestamp(BLOCK_TIME + number)
        .setTransactionHash(txHash)
        .setTransactionIndex(txIndex)
        .setTraceAddress(List.of(0))
        .setDepth(1)
        .setCallType("call")
        .setFrom(TOKEN)
        .setTo(BOB)
        .setValue(BigDecimal.valueOf(3))
        .setGas(50_000L)
        .setGasUsed(0L)
        .setTraceSource("debug_traceBlockByNumber/callTracer")
        .setRetracted(false)
        .build();
  }

  public static ChainMetrics metrics(long minuteOffset) {
    return ChainMetrics.newBuilder()
        .setMinuteStart(Instant.ofEpochSecond(BLOCK_TIME + 60 * minuteOffset))
        .setBlockCount(5L)
        .setTransactionCount(50L)
        .setGasUsed(1_050_000L)
        .setFeesPaid(UINT256_MAX)
        .setDistinctSenders(7L)
        .build();
  }

  private static DecodedParameter parameter(String name, String type, String json) {
    return DecodedParameter.newBuilder()
        .setName(name)
        .setType(type)
        .setIndexed(false)
        .setValue(json)
        .build();
  }
}

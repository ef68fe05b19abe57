package io.chainexplorer.batch.bench;

import io.chainexplorer.avro.Block;
import io.chainexplorer.avro.ContractCreation;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.TokenTransfer;
import io.chainexplorer.avro.Transaction;
import io.chainexplorer.batch.Records;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.avro.generic.GenericRecord;

/**
 * One block's records. Mix per transaction: 3 % failed, 1 % contract creations, 26 % native
 * transfers, 70 % contract calls with 1 to 6 logs, of which about half are token transfers (85 %
 * ERC-20, 12 % ERC-721, 3 % ERC-1155 batches of 1 to 3 ids); 2 % of transfers mint, 1 % burn.
 */
final class BlockBuilder {

  private static final String TRANSFER_EVENT =
      "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
  private static final String TRANSFER_BATCH_EVENT =
      "0x4a39dc06d4c0dbc64b70af90fd698a233a518aa5d07e595d983b8c0526c8f7fb";
  private static final String PAD = "0x000000000000000000000000";

  private final MainnetDay day;
  private final SplittableRandom random;
  private final long number;
  private final long time;
  private final String hash;
  private final BigInteger baseFee;
  private final List<GenericRecord> transactions = new ArrayList<>();
  private final List<GenericRecord> logs = new ArrayList<>();
  private final List<GenericRecord> transfers = new ArrayList<>();
  private final List<GenericRecord> contracts = new ArrayList<>();
  private long gasUsed;

  BlockBuilder(MainnetDay day, SplittableRandom random, long number, long time) {
    this.day = day;
    this.random = random;
    this.number = number;
    this.time = time;
    this.hash = MainnetDay.hex(new SplittableRandom(MainnetDay.mix(number)), 32);
    this.baseFee = Amounts.baseFee(random);
  }

  GeneratedBlock build() {
    int count = 120 + random.nextInt(95);
    for (int i = 0; i < count; i++) {
      transaction(i);
    }
    GenericRecord block =
        Records.of(
            Block.getClassSchema(),
            "blockNumber",
            number,
            "blockHash",
            hash,
            "blockTimestamp",
            time,
            "parentHash",
            MainnetDay.hex(new SplittableRandom(MainnetDay.mix(number - 1)), 32),
            "miner",
            day.address(random),
            "gasLimit",
            30_000_000L,
            "gasUsed",
            gasUsed,
            "baseFeePerGas",
            Records.uint256(baseFee),
            "transactionCount",
            (long) count);
    return new GeneratedBlock(block, transactions, logs, transfers, contracts);
  }

  /** What a transaction does: its classification, recipient, created contract, gas and value. */
  private record Call(String kind, String to, String created, long gas, BigInteger value) {}

  private Call call(String txHash, int index, String from) {
    int roll = random.nextInt(100);
    if (roll < 3) {
      return new Call("FAILED", day.token(random), null, 21_000 + random.nextInt(200_000), null);
    }
    if (roll < 4) {
      String created = MainnetDay.hex(random, 20);
      contracts.add(creation(txHash, created, from, false));
      return new Call(
          "CONTRACT_CREATION", null, created, 500_000 + random.nextInt(3_000_000), null);
    }
    if (roll < 30) {
      return new Call("NATIVE_TRANSFER", day.address(random), null, 21_000, Amounts.ether(random));
    }
    int n = 1 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      log(txHash, index, from);
    }
    return new Call(
        "CONTRACT_CALL", day.token(random), null, 40_000 + random.nextInt(250_000), null);
  }

  private void transaction(int index) {
    String txHash = MainnetDay.hex(random, 32);
    String from = day.address(random);
    Call call = call(txHash, index, from);
    String kind = call.kind();
    long gas = call.gas();
    gasUsed += gas;
    BigInteger price = baseFee.add(Amounts.tip(random));
    transactions.add(
        Records.of(
            Transaction.getClassSchema(),
            "blockNumber",
            number,
            "blockHash",
            hash,
            "blockTimestamp",
            time,
            "hash",
            txHash,
            "transactionIndex",
            (long) index,
            "type",
            2L,
            "nonce",
            (long) random.nextInt(100_000),
            "from",
            from,
            "to",
            call.to(),
            "value",
            call.value() == null ? BigInteger.ZERO : call.value(),
            "gas",
            gas + gas / 4,
            "input",
            "CONTRACT_CALL".equals(kind) ? MainnetDay.hex(random, 68) : "0x",
            "r",
            MainnetDay.hex(random, 32),
            "s",
            MainnetDay.hex(random, 32),
            "status",
            "FAILED".equals(kind) ? 0L : 1L,
            "gasUsed",
            gas,
            "cumulativeGasUsed",
            gasUsed,
            "effectiveGasPrice",
            Records.uint256(price),
            "contractAddress",
            call.created(),
            "feePaid",
            price.multiply(BigInteger.valueOf(gas)),
            "classification",
            kind));
  }

  /** A log of a contract call: half are token transfers; 1 in 200 is a factory's creation. */
  private void log(String txHash, int txIndex, String sender) {
    long logIndex = logs.size();
    String token = day.token(random);
    List<String> topics;
    String data;
    if (random.nextInt(100) < 51) {
      topics = transfer(txHash, logIndex, token, sender);
      data = MainnetDay.hex(random, 32);
    } else {
      topics = List.of(MainnetDay.hex(random, 32), PAD + day.address(random).substring(2));
      data = MainnetDay.hex(random, 32 * (1 + random.nextInt(4)));
      if (random.nextInt(200) == 0) {
        contracts.add(creation(txHash, MainnetDay.hex(random, 20), token, true));
      }
    }
    logs.add(
        Records.of(
            Log.getClassSchema(),
            "blockNumber",
            number,
            "blockHash",
            hash,
            "blockTimestamp",
            time,
            "transactionHash",
            txHash,
            "transactionIndex",
            (long) txIndex,
            "logIndex",
            logIndex,
            "address",
            token,
            "topics",
            topics,
            "data",
            data));
  }

  /** The token transfers of one Transfer (or ERC-1155 TransferBatch) log; its topics. */
  private List<String> transfer(String txHash, long logIndex, String token, String sender) {
    String standard = standard();
    int mintOrBurn = random.nextInt(100);
    String from = mintOrBurn < 2 ? MainnetDay.ZERO_ADDRESS : sender(sender);
    String to = mintOrBurn == 2 ? MainnetDay.ZERO_ADDRESS : day.address(random);
    int ids = "ERC1155".equals(standard) ? 1 + random.nextInt(3) : 1;
    for (int batch = 0; batch < ids; batch++) {
      BigInteger amount = amount(standard);
      BigInteger id = "ERC20".equals(standard) ? null : Amounts.tokenId(random);
      transfers.add(
          Records.of(
              TokenTransfer.getClassSchema(),
              "blockNumber",
              number,
              "blockHash",
              hash,
              "blockTimestamp",
              time,
              "transactionHash",
              txHash,
              "logIndex",
              logIndex,
              "batchIndex",
              (long) batch,
              "standard",
              standard,
              "tokenAddress",
              token,
              "from",
              from,
              "to",
              to,
              "amount",
              amount == null ? null : Records.uint256(amount),
              "tokenId",
              id == null ? null : Records.uint256(id)));
    }
    String topic0 = ids > 1 ? TRANSFER_BATCH_EVENT : TRANSFER_EVENT;
    return List.of(topic0, PAD + from.substring(2), PAD + to.substring(2));
  }

  private String standard() {
    int roll = random.nextInt(100);
    return roll < 85 ? "ERC20" : roll < 97 ? "ERC721" : "ERC1155";
  }

  /** The token's sender: the transaction's sender half of the time, else another address. */
  private String sender(String transactionSender) {
    return random.nextBoolean() ? transactionSender : day.address(random);
  }

  private static ByteBuffer uint256OrNull(BigInteger value) {
    return value == null ? null : Records.uint256(value);
  }

  /** The amount of one transfer: none for ERC-721, whose token id is the thing moved. */
  private BigInteger amount(String standard) {
    return switch (standard) {
      case "ERC20" -> Amounts.erc20(random);
      case "ERC1155" -> Amounts.erc1155(random);
      default -> null;
    };
  }

  private GenericRecord creation(String txHash, String address, String creator, boolean factory) {
    return Records.of(
        ContractCreation.getClassSchema(),
        "blockNumber",
        number,
        "blockHash",
        hash,
        "blockTimestamp",
        time,
        "transactionHash",
        txHash,
        "address",
        address,
        "creator",
        creator,
        "createdByFactory",
        factory);
  }
}

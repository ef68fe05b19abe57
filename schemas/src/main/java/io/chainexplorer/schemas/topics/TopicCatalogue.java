package io.chainexplorer.schemas.topics;

import io.chainexplorer.avro.ApiKeyUsage;
import io.chainexplorer.avro.Block;
import io.chainexplorer.avro.BlockRetraction;
import io.chainexplorer.avro.ChainMetrics;
import io.chainexplorer.avro.ContractCreation;
import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.avro.DecodedCall;
import io.chainexplorer.avro.DecodedEvent;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.PollerCursor;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.TokenTransfer;
import io.chainexplorer.avro.Transaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * Every topic of one chain, named {@code <chain>.<entity>.v<version>}: the only place topic names
 * are written.
 */
public final class TopicCatalogue {

  static final Duration HOT_RETENTION = Duration.ofDays(7);
  static final Duration LONG_RETENTION = Duration.ofDays(30);

  private static final String BLOCK_NUMBER = "block number";
  private static final String TX_HASH = "transaction hash";
  private static final String TX_HASH_LOG_INDEX = "'txHash:logIndex'";
  private static final String CONTRACT_ADDRESS = "contract address";

  private final ChainName chain;
  private final TopicSpec<Long, RawBlock> rawBlocks;
  private final TopicSpec<Long, BlockRetraction> blockRetractions;
  private final TopicSpec<Long, Block> blocks;
  private final TopicSpec<String, Transaction> transactions;
  private final TopicSpec<String, Log> logs;
  private final TopicSpec<String, TokenTransfer> tokenTransfers;
  private final TopicSpec<String, ContractCreation> contracts;
  private final TopicSpec<String, DecodedCall> decodedCalls;
  private final TopicSpec<String, DecodedEvent> decodedEvents;
  private final TopicSpec<Long, ChainMetrics> chainMetrics;
  private final TopicSpec<String, ApiKeyUsage> apiKeyUsage;
  private final TopicSpec<String, PollerCursor> pollerCursor;
  private final TopicSpec<String, String> userAbis;
  private final TopicSpec<Long, Block> confirmedBlocks;
  private final TopicSpec<String, Transaction> confirmedTransactions;
  private final TopicSpec<String, Log> confirmedLogs;
  private final TopicSpec<String, TokenTransfer> confirmedTokenTransfers;
  private final TopicSpec<String, ContractCreation> confirmedContracts;
  private final Map<App, TopicSpec<String, DeadLetter>> deadLetters = new EnumMap<>(App.class);

  private TopicCatalogue(ChainName chain) {
    this.chain = chain;
    rawBlocks =
        hot("raw-blocks", Long.class, RawBlock.class, RawBlock.getClassSchema(), BLOCK_NUMBER)
            .description("Blocks as fetched, with receipts, logs and provenance")
            .producer(App.BLOCK_POLLER)
            .build();
    blockRetractions =
        spec(
                "block-retractions",
                Long.class,
                BlockRetraction.class,
                BlockRetraction.getClassSchema())
            .keyMeaning(BLOCK_NUMBER)
            .retention(LONG_RETENTION)
            .description("Reorg notices: orphaned block hash and the new canonical hash")
            .producer(App.BLOCK_POLLER)
            .build();
    blocks = blocks("blocks", "Canonical block headers with transaction count and withdrawals");
    transactions = transactions("transactions", "Transactions joined with their receipts");
    logs = logs("logs", "Event logs");
    tokenTransfers = tokenTransfers("token-transfers", "ERC-20, ERC-721 and ERC-1155 transfers");
    contracts = contracts("contracts", "Contract creations");
    decodedCalls =
        hot("decoded-calls", String.class, DecodedCall.class, DecodedCall.getClassSchema(), TX_HASH)
            .description("Top-level calls decoded by ABI")
            .producer(App.CONTRACT_DECODER)
            .build();
    decodedEvents =
        hot(
                "decoded-events",
                String.class,
                DecodedEvent.class,
                DecodedEvent.getClassSchema(),
                TX_HASH_LOG_INDEX)
            .description("Event logs decoded by ABI")
            .producer(App.CONTRACT_DECODER)
            .build();
    chainMetrics =
        spec("chain-metrics", Long.class, ChainMetrics.class, ChainMetrics.getClassSchema())
            .keyMeaning("minute start, epoch milliseconds")
            .retention(LONG_RETENTION)
            .description("Per-minute aggregates of block time")
            .producer(App.TX_ENRICHER)
            .build();
    apiKeyUsage =
        spec("api-key-usage", String.class, ApiKeyUsage.class, ApiKeyUsage.getClassSchema())
            .keyMeaning("'provider:keyAlias:day'")
            .compacted()
            .description("Daily consumption of each provider API key, by alias")
            .producer(App.BLOCK_POLLER)
            .build();
    pollerCursor =
        spec("poller-cursor", String.class, PollerCursor.class, PollerCursor.getClassSchema())
            .keyMeaning("chain name")
            .compacted()
            .description("Last published block and recent hashes, for restarts and reorgs")
            .producer(App.BLOCK_POLLER)
            .build();
    userAbis =
        spec("user-abis", String.class, String.class, Schema.create(Schema.Type.STRING))
            .keyMeaning(CONTRACT_ADDRESS)
            .compacted()
            .description("ABIs supplied by users, as JSON text")
            .producer(App.CLI)
            .build();
    confirmedBlocks = blocks("confirmed.blocks", "Blocks past the confirmation depth");
    confirmedTransactions =
        transactions("confirmed.transactions", "Transactions past the confirmation depth");
    confirmedLogs = logs("confirmed.logs", "Logs past the confirmation depth");
    confirmedTokenTransfers =
        tokenTransfers("confirmed.token-transfers", "Token transfers past the confirmation depth");
    confirmedContracts = contracts("confirmed.contracts", "Contract creations past the depth");
    for (App app : App.values()) {
      deadLetters.put(app, deadLetter(app));
    }
  }

  /** The catalogue of one chain. */
  public static TopicCatalogue forChain(ChainName chain) {
    return new TopicCatalogue(chain);
  }

  /** The catalogue of one chain, validating its name. */
  public static TopicCatalogue forChain(String chain) {
    return new TopicCatalogue(ChainName.of(chain));
  }

  public ChainName chain() {
    return chain;
  }

  public TopicSpec<Long, RawBlock> rawBlocks() {
    return rawBlocks;
  }

  public TopicSpec<Long, BlockRetraction> blockRetractions() {
    return blockRetractions;
  }

  public TopicSpec<Long, Block> blocks() {
    return blocks;
  }

  public TopicSpec<String, Transaction> transactions() {
    return transactions;
  }

  public TopicSpec<String, Log> logs() {
    return logs;
  }

  public TopicSpec<String, TokenTransfer> tokenTransfers() {
    return tokenTransfers;
  }

  public TopicSpec<String, ContractCreation> contracts() {
    return contracts;
  }

  public TopicSpec<String, DecodedCall> decodedCalls() {
    return decodedCalls;
  }

  public TopicSpec<String, DecodedEvent> decodedEvents() {
    return decodedEvents;
  }

  public TopicSpec<Long, ChainMetrics> chainMetrics() {
    return chainMetrics;
  }

  public TopicSpec<String, ApiKeyUsage> apiKeyUsage() {
    return apiKeyUsage;
  }

  public TopicSpec<String, PollerCursor> pollerCursor() {
    return pollerCursor;
  }

  public TopicSpec<String, String> userAbis() {
    return userAbis;
  }

  public TopicSpec<Long, Block> confirmedBlocks() {
    return confirmedBlocks;
  }

  public TopicSpec<String, Transaction> confirmedTransactions() {
    return confirmedTransactions;
  }

  public TopicSpec<String, Log> confirmedLogs() {
    return confirmedLogs;
  }

  public TopicSpec<String, TokenTransfer> confirmedTokenTransfers() {
    return confirmedTokenTransfers;
  }

  public TopicSpec<String, ContractCreation> confirmedContracts() {
    return confirmedContracts;
  }

  /** The dead-letter topic of one app, {@code <chain>.dlq.<app>.v1}. */
  public TopicSpec<String, DeadLetter> deadLetters(App app) {
    return deadLetters.get(app);
  }

  /** Every topic of the chain, in a stable order (data flow order, then dead letters). */
  public List<TopicSpec<?, ?>> all() {
    List<TopicSpec<?, ?>> all = new ArrayList<>();
    Collections.addAll(
        all,
        rawBlocks,
        blockRetractions,
        blocks,
        transactions,
        logs,
        tokenTransfers,
        contracts,
        decodedCalls,
        decodedEvents,
        chainMetrics,
        apiKeyUsage,
        pollerCursor,
        userAbis,
        confirmedBlocks,
        confirmedTransactions,
        confirmedLogs,
        confirmedTokenTransfers,
        confirmedContracts);
    all.addAll(deadLetters.values());
    return List.copyOf(all);
  }

  private TopicSpec<Long, Block> blocks(String entity, String description) {
    return hot(entity, Long.class, Block.class, Block.getClassSchema(), BLOCK_NUMBER)
        .description(description)
        .producer(App.TX_ENRICHER)
        .build();
  }

  private TopicSpec<String, Transaction> transactions(String entity, String description) {
    return hot(entity, String.class, Transaction.class, Transaction.getClassSchema(), TX_HASH)
        .description(description)
        .producer(App.TX_ENRICHER)
        .build();
  }

  private TopicSpec<String, Log> logs(String entity, String description) {
    return hot(entity, String.class, Log.class, Log.getClassSchema(), TX_HASH_LOG_INDEX)
        .description(description)
        .producer(App.TX_ENRICHER)
        .build();
  }

  private TopicSpec<String, TokenTransfer> tokenTransfers(String entity, String description) {
    return hot(
            entity,
            String.class,
            TokenTransfer.class,
            TokenTransfer.getClassSchema(),
            "'txHash:logIndex:batchIndex'")
        .description(description)
        .producer(App.TX_ENRICHER)
        .build();
  }

  private TopicSpec<String, ContractCreation> contracts(String entity, String description) {
    return hot(
            entity,
            String.class,
            ContractCreation.class,
            ContractCreation.getClassSchema(),
            CONTRACT_ADDRESS)
        .description(description)
        .producer(App.TX_ENRICHER)
        .build();
  }

  private TopicSpec<String, DeadLetter> deadLetter(App app) {
    return spec("dlq." + app.id(), String.class, DeadLetter.class, DeadLetter.getClassSchema())
        .keyMeaning("'sourceTopic:partition:offset'")
        .retention(LONG_RETENTION)
        .description("Records " + app.id() + " could not process, with their cause")
        .producer(app)
        .build();
  }

  private <K, V> TopicSpec.Builder<K, V> hot(
      String entity, Class<K> keyType, Class<V> valueType, Schema schema, String keyMeaning) {
    return spec(entity, keyType, valueType, schema).keyMeaning(keyMeaning).retention(HOT_RETENTION);
  }

  private <K, V> TopicSpec.Builder<K, V> spec(
      String entity, Class<K> keyType, Class<V> valueType, Schema schema) {
    return TopicSpec.builder(chain.value() + "." + entity + ".v1", keyType, valueType, schema);
  }
}

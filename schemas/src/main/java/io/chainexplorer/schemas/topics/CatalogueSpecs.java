package io.chainexplorer.schemas.topics;

import io.chainexplorer.avro.ApiKeyUsage;
import io.chainexplorer.avro.Block;
import io.chainexplorer.avro.BlockRetraction;
import io.chainexplorer.avro.ChainMetrics;
import io.chainexplorer.avro.ContractCreation;
import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.avro.DecodedCall;
import io.chainexplorer.avro.DecodedEvent;
import io.chainexplorer.avro.InternalTransaction;
import io.chainexplorer.avro.Log;
import io.chainexplorer.avro.PollerCursor;
import io.chainexplorer.avro.RawBlock;
import io.chainexplorer.avro.SecurityTokenActivity;
import io.chainexplorer.avro.TokenMetadata;
import io.chainexplorer.avro.TokenTransfer;
import io.chainexplorer.avro.Transaction;
import java.time.Duration;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Builds each topic spec of one chain: entity names, keys, retention and writers live here. */
final class CatalogueSpecs {

  /** Event topics: long enough for a consumer to be down over a long weekend. */
  static final Duration HOT_RETENTION = Duration.ofDays(7);

  /** Reorg notices, metrics and dead letters: kept long enough to investigate. */
  static final Duration LONG_RETENTION = Duration.ofDays(30);

  private static final String BLOCK_NUMBER = "block number";
  private static final String TX_HASH = "transaction hash";
  private static final String TX_HASH_LOG_INDEX = "'txHash:logIndex'";
  private static final String CONTRACT_ADDRESS = "contract address";

  private static final Key<Long> LONG_KEY = new Key<>(Long.class, Serdes.Long());
  private static final Key<String> STRING_KEY = new Key<>(String.class, Serdes.String());

  private final ChainName chain;

  CatalogueSpecs(ChainName chain) {
    this.chain = chain;
  }

  TopicSpec<Long, RawBlock> rawBlocks() {
    return hot("raw-blocks", LONG_KEY, RawBlock.class, RawBlock.getClassSchema(), BLOCK_NUMBER)
        .description("Blocks as fetched, with receipts, logs and provenance")
        .producer(App.BLOCK_POLLER)
        .build();
  }

  TopicSpec<Long, RawBlock> confirmedRawBlocks() {
    return hot(
            "confirmed.raw-blocks",
            LONG_KEY,
            RawBlock.class,
            RawBlock.getClassSchema(),
            BLOCK_NUMBER)
        .description(
            "Raw blocks once they are the confirmation depth deep, never retracted ones: the"
                + " canonical source of the cold layer")
        .producer(App.BLOCK_POLLER)
        .build();
  }

  TopicSpec<Long, BlockRetraction> blockRetractions() {
    return spec(
            "block-retractions", LONG_KEY, BlockRetraction.class, BlockRetraction.getClassSchema())
        .keyMeaning(BLOCK_NUMBER)
        .retention(LONG_RETENTION)
        .description("Reorg notices: orphaned block hash and the new canonical hash")
        .producer(App.BLOCK_POLLER)
        .build();
  }

  TopicSpec<Long, Block> blocks(String entity, String description) {
    return hot(entity, LONG_KEY, Block.class, Block.getClassSchema(), BLOCK_NUMBER)
        .description(description)
        .producer(App.TX_ENRICHER)
        .build();
  }

  TopicSpec<String, Transaction> transactions(String entity, String description) {
    return hot(entity, STRING_KEY, Transaction.class, Transaction.getClassSchema(), TX_HASH)
        .description(description)
        .producer(App.TX_ENRICHER)
        .build();
  }

  TopicSpec<String, Log> logs(String entity, String description) {
    return hot(entity, STRING_KEY, Log.class, Log.getClassSchema(), TX_HASH_LOG_INDEX)
        .description(description)
        .producer(App.TX_ENRICHER)
        .build();
  }

  TopicSpec<String, TokenTransfer> tokenTransfers(String entity, String description) {
    return hot(
            entity,
            STRING_KEY,
            TokenTransfer.class,
            TokenTransfer.getClassSchema(),
            "'txHash:logIndex:batchIndex'")
        .description(description)
        .producer(App.TX_ENRICHER)
        .build();
  }

  TopicSpec<String, ContractCreation> contracts(String entity, String description) {
    return hot(
            entity,
            STRING_KEY,
            ContractCreation.class,
            ContractCreation.getClassSchema(),
            CONTRACT_ADDRESS)
        .description(description)
        .producer(App.TX_ENRICHER)
        .build();
  }

  TopicSpec<String, InternalTransaction> internalTransactions(String entity, String description) {
    return hot(
            entity,
            STRING_KEY,
            InternalTransaction.class,
            InternalTransaction.getClassSchema(),
            "'txHash:traceAddress' (dot-separated, empty at the top level)")
        .description(description)
        .producer(App.TX_ENRICHER)
        .build();
  }

  TopicSpec<String, DecodedCall> decodedCalls() {
    return hot(
            "decoded-calls", STRING_KEY, DecodedCall.class, DecodedCall.getClassSchema(), TX_HASH)
        .description("Top-level calls decoded by ABI")
        .producer(App.CONTRACT_DECODER)
        .build();
  }

  TopicSpec<String, DecodedEvent> decodedEvents() {
    return hot(
            "decoded-events",
            STRING_KEY,
            DecodedEvent.class,
            DecodedEvent.getClassSchema(),
            TX_HASH_LOG_INDEX)
        .description("Event logs decoded by ABI")
        .producer(App.CONTRACT_DECODER)
        .build();
  }

  TopicSpec<String, SecurityTokenActivity> securityTokenActivity() {
    return spec(
            "security-token-activity",
            STRING_KEY,
            SecurityTokenActivity.class,
            SecurityTokenActivity.getClassSchema())
        .keyMeaning("'standard:hourStart'")
        .retention(LONG_RETENTION)
        .description("Security-token activity per standard and hour of block time")
        .producer(App.CONTRACT_DECODER)
        .build();
  }

  TopicSpec<Long, ChainMetrics> chainMetrics() {
    return spec("chain-metrics", LONG_KEY, ChainMetrics.class, ChainMetrics.getClassSchema())
        .keyMeaning("minute start, epoch milliseconds")
        .retention(LONG_RETENTION)
        .description("Per-minute aggregates of block time")
        .producer(App.TX_ENRICHER)
        .build();
  }

  TopicSpec<String, ApiKeyUsage> apiKeyUsage() {
    return spec("api-key-usage", STRING_KEY, ApiKeyUsage.class, ApiKeyUsage.getClassSchema())
        .keyMeaning("'provider:keyAlias:day'")
        .compacted()
        .description("Daily consumption of each provider API key, by alias")
        .producer(App.BLOCK_POLLER)
        .build();
  }

  TopicSpec<String, TokenMetadata> tokens() {
    // Compacted rather than retracted: metadata read at an orphaned block is still the
    // contract's, and a consumer wants the latest record of each token, not its history.
    return spec("tokens", STRING_KEY, TokenMetadata.class, TokenMetadata.getClassSchema())
        .keyMeaning("token address")
        .compacted()
        .description("Token name, symbol, decimals and supply by eth_call, once per token")
        .producer(App.BLOCK_POLLER)
        .build();
  }

  TopicSpec<String, PollerCursor> pollerCursor() {
    return spec("poller-cursor", STRING_KEY, PollerCursor.class, PollerCursor.getClassSchema())
        .keyMeaning("chain name")
        .compacted()
        .description("Last published block and recent hashes, for restarts and reorgs")
        .producer(App.BLOCK_POLLER)
        .build();
  }

  TopicSpec<String, String> userAbis() {
    return TopicSpec.builder(
            name("user-abis"), String.class, String.class, Schema.create(Schema.Type.STRING))
        .serdes(Serdes.String(), ValueSerdeFactory.utf8())
        .keyMeaning(CONTRACT_ADDRESS)
        .compacted()
        .description("ABIs supplied by users, as JSON text")
        .producer(App.CLI)
        .build();
  }

  TopicSpec<String, DeadLetter> deadLetter(App app) {
    return spec("dlq." + app.id(), STRING_KEY, DeadLetter.class, DeadLetter.getClassSchema())
        .keyMeaning("'sourceTopic:partition:offset'")
        .retention(LONG_RETENTION)
        .description("Records " + app.id() + " could not process, with their cause")
        .producer(app)
        .build();
  }

  private <K, V extends SpecificRecord> TopicSpec.Builder<K, V> hot(
      String entity, Key<K> key, Class<V> valueType, Schema schema, String keyMeaning) {
    return spec(entity, key, valueType, schema).keyMeaning(keyMeaning).retention(HOT_RETENTION);
  }

  /** An Avro-valued topic. */
  private <K, V extends SpecificRecord> TopicSpec.Builder<K, V> spec(
      String entity, Key<K> key, Class<V> valueType, Schema schema) {
    return TopicSpec.builder(name(entity), key.type(), valueType, schema)
        .serdes(key.serde(), ValueSerdeFactory.avro(valueType));
  }

  private String name(String entity) {
    return chain.value() + "." + entity + ".v1";
  }

  /** A key type with its serde, so each spec gets a serde of its own key type. */
  private record Key<K>(Class<K> type, Serde<K> serde) {}
}

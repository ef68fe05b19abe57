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
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every topic of one chain, named {@code <chain>.<entity>.v<version>}: the only place topic names
 * are written.
 */
public final class TopicCatalogue {

  private final ChainName chain;
  private final TopicSpec<Long, RawBlock> rawBlocks;
  private final TopicSpec<Long, BlockRetraction> blockRetractions;
  private final TopicSpec<Long, Block> blocks;
  private final TopicSpec<String, Transaction> transactions;
  private final TopicSpec<String, Log> logs;
  private final TopicSpec<String, TokenTransfer> tokenTransfers;
  private final TopicSpec<String, ContractCreation> contracts;
  private final TopicSpec<String, InternalTransaction> internalTransactions;
  private final TopicSpec<String, DecodedCall> decodedCalls;
  private final TopicSpec<String, DecodedEvent> decodedEvents;
  private final TopicSpec<String, SecurityTokenActivity> securityTokenActivity;
  private final TopicSpec<Long, ChainMetrics> chainMetrics;
  private final TopicSpec<String, ApiKeyUsage> apiKeyUsage;
  private final TopicSpec<String, TokenMetadata> tokens;
  private final TopicSpec<String, PollerCursor> pollerCursor;
  private final TopicSpec<String, String> userAbis;
  private final TopicSpec<Long, RawBlock> confirmedRawBlocks;
  private final TopicSpec<Long, Block> confirmedBlocks;
  private final TopicSpec<String, Transaction> confirmedTransactions;
  private final TopicSpec<String, Log> confirmedLogs;
  private final TopicSpec<String, TokenTransfer> confirmedTokenTransfers;
  private final TopicSpec<String, ContractCreation> confirmedContracts;
  private final TopicSpec<String, InternalTransaction> confirmedInternalTransactions;
  private final Map<App, TopicSpec<String, DeadLetter>> deadLetters = new EnumMap<>(App.class);

  private TopicCatalogue(ChainName chain) {
    this.chain = chain;
    CatalogueSpecs specs = new CatalogueSpecs(chain);
    rawBlocks = specs.rawBlocks();
    blockRetractions = specs.blockRetractions();
    blocks =
        specs.blocks("blocks", "Canonical block headers with transaction count and withdrawals");
    transactions = specs.transactions("transactions", "Transactions joined with their receipts");
    logs = specs.logs("logs", "Event logs");
    tokenTransfers =
        specs.tokenTransfers("token-transfers", "ERC-20, ERC-721 and ERC-1155 transfers");
    contracts = specs.contracts("contracts", "Contract creations");
    internalTransactions =
        specs.internalTransactions(
            "internal-transactions",
            "Call frames from traces: internal value transfers and creations");
    decodedCalls = specs.decodedCalls();
    decodedEvents = specs.decodedEvents();
    securityTokenActivity = specs.securityTokenActivity();
    chainMetrics = specs.chainMetrics();
    apiKeyUsage = specs.apiKeyUsage();
    tokens = specs.tokens();
    pollerCursor = specs.pollerCursor();
    userAbis = specs.userAbis();
    confirmedRawBlocks = specs.confirmedRawBlocks();
    confirmedBlocks = specs.blocks("confirmed.blocks", "Blocks past the confirmation depth");
    confirmedTransactions =
        specs.transactions("confirmed.transactions", "Transactions past the confirmation depth");
    confirmedLogs = specs.logs("confirmed.logs", "Logs past the confirmation depth");
    confirmedTokenTransfers =
        specs.tokenTransfers(
            "confirmed.token-transfers", "Token transfers past the confirmation depth");
    confirmedContracts =
        specs.contracts("confirmed.contracts", "Contract creations past the confirmation depth");
    confirmedInternalTransactions =
        specs.internalTransactions(
            "confirmed.internal-transactions", "Call frames past the confirmation depth");
    for (App app : App.values()) {
      deadLetters.put(app, specs.deadLetter(app));
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

  /** Call frames of the traced blocks; empty on chains with {@code traces.enabled} off. */
  public TopicSpec<String, InternalTransaction> internalTransactions() {
    return internalTransactions;
  }

  public TopicSpec<String, DecodedCall> decodedCalls() {
    return decodedCalls;
  }

  public TopicSpec<String, DecodedEvent> decodedEvents() {
    return decodedEvents;
  }

  /**
   * Security-token activity per standard and hour of block time, keyed {@code standard:hourStart}.
   */
  public TopicSpec<String, SecurityTokenActivity> securityTokenActivity() {
    return securityTokenActivity;
  }

  public TopicSpec<Long, ChainMetrics> chainMetrics() {
    return chainMetrics;
  }

  public TopicSpec<String, ApiKeyUsage> apiKeyUsage() {
    return apiKeyUsage;
  }

  /** Token metadata keyed by address, compacted; empty on chains with token metadata off. */
  public TopicSpec<String, TokenMetadata> tokens() {
    return tokens;
  }

  public TopicSpec<String, PollerCursor> pollerCursor() {
    return pollerCursor;
  }

  public TopicSpec<String, String> userAbis() {
    return userAbis;
  }

  /** Raw blocks past the confirmation depth, never retracted: what the cold layer derives from. */
  public TopicSpec<Long, RawBlock> confirmedRawBlocks() {
    return confirmedRawBlocks;
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

  public TopicSpec<String, InternalTransaction> confirmedInternalTransactions() {
    return confirmedInternalTransactions;
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
        internalTransactions,
        decodedCalls,
        decodedEvents,
        securityTokenActivity,
        chainMetrics,
        apiKeyUsage,
        tokens,
        pollerCursor,
        userAbis,
        confirmedRawBlocks,
        confirmedBlocks,
        confirmedTransactions,
        confirmedLogs,
        confirmedTokenTransfers,
        confirmedContracts,
        confirmedInternalTransactions);
    all.addAll(deadLetters.values());
    return List.copyOf(all);
  }
}

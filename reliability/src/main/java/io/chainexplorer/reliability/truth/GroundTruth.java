package io.chainexplorer.reliability.truth;

import io.chainexplorer.cli.verify.DerivedEntity;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks each store of a finished run against the node's canonical chain, into one report. */
public final class GroundTruth {

  private final NodeChain chain;
  private final TruthReport report;

  public GroundTruth(String chainName, NodeChain chain) {
    this.chain = chain;
    this.report = new TruthReport(chainName, chain.from(), chain.to());
  }

  /** The raw-block topic (retraction topic applied) and every derived-entity topic. */
  public GroundTruth topics(TopicSnapshot topics, TopicCatalogue catalogue) {
    Map<String, Counts> counts =
        new LinkedHashMap<>(
            TruthChecker.compare(
                chain.rawBlocks(),
                topics.rawBlocks(catalogue.rawBlocks(), catalogue.blockRetractions())));
    List<Observed> derived = new ArrayList<>();
    for (DerivedEntity entity : DerivedEntity.values()) {
      derived.addAll(topics.derived(entity, topicOf(entity, catalogue)));
    }
    derived.addAll(topics.internalTransactions(catalogue.internalTransactions()));
    counts.putAll(TruthChecker.compare(chain.derived(), derived));
    report.put(Store.TOPICS, counts);
    return this;
  }

  /** The block-derived hot tables. */
  public GroundTruth scylla(ScyllaSnapshot scylla) {
    report.put(Store.SCYLLA, TruthChecker.compare(chain.hotRows(), scylla.rows()));
    return this;
  }

  /**
   * The cold store, which holds confirmed blocks only: those up to {@code lastConfirmed}.
   *
   * @throws IOException when the cold store cannot be listed
   */
  public GroundTruth coldStore(ColdStoreSnapshot cold, long lastConfirmed) throws IOException {
    long last = Math.min(lastConfirmed, chain.to());
    if (last >= chain.from()) {
      report.put(Store.HDFS, TruthChecker.compare(chain.derived(chain.from(), last), cold.rows()));
    }
    return this;
  }

  /**
   * The decoded-calls and decoded-events topics (retractions applied) against what a decoder with
   * {@code knowledge} must have decoded from the chain.
   */
  public GroundTruth decodedTopics(
      DecoderKnowledge knowledge, TopicSnapshot topics, TopicCatalogue catalogue) {
    merge(
        Store.TOPICS,
        TruthChecker.compare(chain.decoded(knowledge, false), topics.decoded(catalogue)));
    return this;
  }

  /** The decoded hot tables; the cold store holds no decoded records. */
  public GroundTruth decodedRows(DecoderKnowledge knowledge, ScyllaSnapshot scylla) {
    merge(Store.SCYLLA, TruthChecker.compare(chain.decoded(knowledge, true), scylla.decodedRows()));
    return this;
  }

  private void merge(Store store, Map<String, Counts> counts) {
    Map<String, Counts> all = new LinkedHashMap<>(report.counts(store));
    all.putAll(counts);
    report.put(store, all);
  }

  public TruthReport report() {
    return report;
  }

  private static TopicSpec<?, ?> topicOf(DerivedEntity entity, TopicCatalogue catalogue) {
    return switch (entity) {
      case BLOCK -> catalogue.blocks();
      case TRANSACTION -> catalogue.transactions();
      case LOG -> catalogue.logs();
      case TOKEN_TRANSFER -> catalogue.tokenTransfers();
      case CONTRACT_CREATION -> catalogue.contracts();
    };
  }
}

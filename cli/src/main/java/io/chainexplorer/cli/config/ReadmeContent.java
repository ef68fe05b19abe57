package io.chainexplorer.cli.config;

import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicTableRenderer;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every generated region of the README, by marker name, for one chain's topic names. */
public final class ReadmeContent {

  public static final String CONFIG_REFERENCE = "config-reference";
  public static final String TOPIC_TABLE = "topic-table";

  /** The chain whose topic names the README shows. */
  public static final String README_CHAIN = "eth-mainnet";

  private ReadmeContent() {}

  /** Region name to the Markdown it should hold, in document order. */
  public static Map<String, String> regions(String chain) {
    Map<String, String> regions = new LinkedHashMap<>();
    regions.put(TOPIC_TABLE, TopicTableRenderer.render(TopicCatalogue.forChain(chain)));
    regions.put(CONFIG_REFERENCE, ConfigReference.markdown());
    return regions;
  }
}

package io.chainexplorer.sink.hdfs;

import io.chainexplorer.schemas.topics.ChainName;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import io.chainexplorer.sink.errors.ErrorHandling;
import io.chainexplorer.sink.errors.TransientRetry;
import io.chainexplorer.sink.hdfs.writer.CommitHook;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.sink.SinkConnector;
import org.apache.kafka.connect.sink.SinkTask;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * The HDFS sink's settings, declared once: every key typed, documented and validated; {@link
 * #validateTopics} rejects any topic outside the chain's confirmed stream at start-up.
 */
public final class HdfsSinkConfig extends AbstractConfig {

  public static final String HDFS_URL = "hdfs.url";
  public static final String HADOOP_CONF_DIR = "hadoop.conf.dir";
  public static final String ROOT_DIR = "root.dir";
  public static final String CHAIN = "chain";
  public static final String FLUSH_SIZE = "flush.size";
  public static final String ROTATE_BYTES = "rotate.bytes";
  public static final String ROTATE_INTERVAL_MS = "rotate.interval.ms";
  public static final String COMPRESSION = "parquet.compression";
  public static final String COMMIT_HOOK_CLASS = "commit.hook.class";

  public static final ConfigDef CONFIG_DEF = configDef();

  public HdfsSinkConfig(Map<String, String> props) {
    super(CONFIG_DEF, props);
    ErrorHandling.checkDeadLetterTopic(props);
  }

  private static ConfigDef configDef() {
    // A file-system outage is retried from the committed files, after 1 s doubling to 30 s.
    return TransientRetry.define(defineFiles(defineLocation(new ConfigDef())), 1_000L);
  }

  private static ConfigDef defineLocation(ConfigDef def) {
    return def.define(
            HDFS_URL,
            Type.STRING,
            ConfigDef.NO_DEFAULT_VALUE,
            new ConfigDef.NonEmptyString(),
            Importance.HIGH,
            "The file system URI (Hadoop fs.defaultFS), e.g. hdfs://namenode:8020; file:/// works"
                + " for a local directory.")
        .define(
            HADOOP_CONF_DIR,
            Type.STRING,
            "",
            Importance.LOW,
            "A directory holding core-site.xml and hdfs-site.xml (HA name services, Kerberos);"
                + " empty: Hadoop's defaults plus hdfs.url.")
        .define(
            ROOT_DIR,
            Type.STRING,
            "/chain-explorer",
            new ConfigDef.NonEmptyString(),
            Importance.HIGH,
            "Directory under which files land as <root>/<chain>/<entity>/date=YYYY-MM-DD/hour=HH/;"
                + " temporary files live in <root>/_tmp/.")
        .define(
            CHAIN,
            Type.STRING,
            ConfigDef.NO_DEFAULT_VALUE,
            new ConfigDef.NonEmptyString(),
            Importance.HIGH,
            "Chain name (e.g. eth-mainnet): first path level, and every topic must be one of"
                + " this chain's confirmed topics.");
  }

  private static ConfigDef defineFiles(ConfigDef def) {
    return def.define(
            FLUSH_SIZE,
            Type.INT,
            50_000,
            ConfigDef.Range.atLeast(1),
            Importance.HIGH,
            "Records per file: a file is committed once it holds this many.")
        .define(
            ROTATE_BYTES,
            Type.LONG,
            128L * 1024 * 1024,
            ConfigDef.Range.atLeast(1),
            Importance.MEDIUM,
            "Bytes per file (Parquet data written plus buffered, checked every 64 records): a file"
                + " is committed once it reaches this size. Each open file buffers up to this much"
                + " in memory (one row group, at most 128 MiB).")
        .define(
            ROTATE_INTERVAL_MS,
            Type.LONG,
            Duration.ofMinutes(10).toMillis(),
            ConfigDef.Range.atLeast(1),
            Importance.MEDIUM,
            "Wall-clock age after which an open file is committed, even when no record arrives:"
                + " bounds how late data becomes visible.")
        .define(
            COMPRESSION,
            Type.STRING,
            CompressionCodecName.SNAPPY.name(),
            ConfigDef.ValidString.in(
                CompressionCodecName.UNCOMPRESSED.name(),
                CompressionCodecName.SNAPPY.name(),
                CompressionCodecName.GZIP.name(),
                CompressionCodecName.ZSTD.name()),
            Importance.LOW,
            "Parquet compression codec.")
        .define(
            COMMIT_HOOK_CLASS,
            Type.CLASS,
            null,
            Importance.LOW,
            "Fault injection for crash tests: a "
                + CommitHook.class.getName()
                + " called around each file's rename. Leave unset in production.");
  }

  public URI hdfsUrl() {
    return URI.create(getString(HDFS_URL));
  }

  public String hadoopConfDir() {
    return getString(HADOOP_CONF_DIR);
  }

  public String rootDir() {
    return getString(ROOT_DIR);
  }

  public ChainName chain() {
    return ChainName.of(getString(CHAIN));
  }

  public int flushSize() {
    return getInt(FLUSH_SIZE);
  }

  public long rotateBytes() {
    return getLong(ROTATE_BYTES);
  }

  public Duration rotateInterval() {
    return Duration.ofMillis(getLong(ROTATE_INTERVAL_MS));
  }

  public CompressionCodecName compression() {
    return CompressionCodecName.valueOf(getString(COMPRESSION));
  }

  /** The configured commit hook, or {@link CommitHook#NONE}. */
  public CommitHook commitHook() {
    CommitHook hook = getConfiguredInstance(COMMIT_HOOK_CLASS, CommitHook.class);
    return hook == null ? CommitHook.NONE : hook;
  }

  /**
   * Fails unless the connector reads an explicit list of the chain's confirmed topics: the cold
   * layer holds canonical data only, so a retractable topic or a regex is a configuration error.
   */
  public static void validateTopics(Map<String, String> props, ChainName chain) {
    String regex = props.get(SinkTask.TOPICS_REGEX_CONFIG);
    if (regex != null && !regex.isBlank()) {
      throw new ConfigException(
          SinkTask.TOPICS_REGEX_CONFIG,
          regex,
          "list the confirmed topics in 'topics' instead: a regex could match retractable topics");
    }
    Set<String> confirmed = confirmedTopics(chain);
    List<String> topics =
        List.of(props.getOrDefault(SinkConnector.TOPICS_CONFIG, "").split(",")).stream()
            .map(String::trim)
            .filter(t -> !t.isEmpty())
            .toList();
    if (topics.isEmpty()) {
      throw new ConfigException(SinkConnector.TOPICS_CONFIG, "", "no topic to read");
    }
    for (String topic : topics) {
      if (!confirmed.contains(topic)) {
        throw new ConfigException(
            SinkConnector.TOPICS_CONFIG,
            topic,
            "not a confirmed topic of chain " + chain + "; expected one of " + confirmed);
      }
    }
  }

  /** The confirmed (never retracted) topics of a chain and its tokens, from the topic catalogue. */
  static Set<String> confirmedTopics(ChainName chain) {
    TopicCatalogue catalogue = TopicCatalogue.forChain(chain);
    return List.of(
            catalogue.confirmedRawBlocks(),
            catalogue.confirmedBlocks(),
            catalogue.confirmedTransactions(),
            catalogue.confirmedLogs(),
            catalogue.confirmedTokenTransfers(),
            catalogue.confirmedContracts(),
            catalogue.confirmedInternalTransactions(),
            // never retracted either: metadata read at an orphaned block is still the token's
            catalogue.tokens())
        .stream()
        .map(TopicSpec::name)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}

package io.chainexplorer.poller.config;

import io.chainexplorer.platform.config.Validators;
import io.chainexplorer.poller.verify.VerificationPolicy;
import io.chainexplorer.poller.verify.VerificationPolicy.BlockRange;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/** The {@code verification.*} keys: where fetched blocks are verified against their roots. */
final class VerificationKeys {

  static final String MODE = "verification.mode";
  static final String SKIP_RANGES = "verification.skip.ranges";
  static final String ATTEMPTS = "verification.attempts";

  static final String FULL = "full";
  static final String OFF = "off";

  private VerificationKeys() {}

  static ConfigDef define(ConfigDef def) {
    return def.define(
            MODE,
            Type.STRING,
            FULL,
            Validators.matches("full|off", "full or off"),
            Importance.HIGH,
            "Verification of every fetched block against its own header (transactions, receipts"
                + " and withdrawals roots, block hash) before it is published: full, or off for a"
                + " chain whose blocks do not follow Ethereum's encodings (their records say"
                + " NOT_APPLICABLE).")
        .define(
            SKIP_RANGES,
            Type.STRING,
            "",
            Validators.matches(
                "|\\s*[0-9]{1,19}\\s*-\\s*[0-9]{1,19}\\s*(,\\s*[0-9]{1,19}\\s*-\\s*[0-9]{1,19}\\s*)*",
                "comma-separated from-to block ranges"),
            Importance.MEDIUM,
            "Inclusive block ranges (from-to, comma-separated) where verification does not apply,"
                + " for example blocks of a chain before it adopted Ethereum's header format; their"
                + " records say NOT_APPLICABLE. Empty: none.")
        .define(
            ATTEMPTS,
            Type.INT,
            VerificationPolicy.DEFAULT_ATTEMPTS,
            Range.between(1, 20),
            Importance.LOW,
            "Fetches of a block that fails verification, each from a key not tried yet for it;"
                + " when every one fails, the poller of the chain stops rather than publish it.");
  }

  /**
   * The policy the keys declare.
   *
   * @throws ConfigException when a range ends before it starts
   */
  static VerificationPolicy policy(AbstractConfig config) {
    List<BlockRange> ranges = new ArrayList<>();
    String text = config.getString(SKIP_RANGES).trim();
    if (!text.isEmpty()) {
      for (String part : text.split(",")) {
        try {
          ranges.add(BlockRange.parse(part));
        } catch (IllegalArgumentException e) {
          throw new ConfigException(SKIP_RANGES, text, e.getMessage());
        }
      }
    }
    return new VerificationPolicy(
        FULL.equals(config.getString(MODE)), ranges, config.getInt(ATTEMPTS));
  }
}

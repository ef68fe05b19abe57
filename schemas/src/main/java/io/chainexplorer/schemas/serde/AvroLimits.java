package io.chainexplorer.schemas.serde;

import org.apache.avro.SystemLimitException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Avro's own allocation limits ({@code org.apache.avro.limits.*}) at the size of the largest frame
 * a topic of ours accepts; a value the JVM was started with wins.
 */
public final class AvroLimits {

  /** The largest frame any topic of ours accepts (the raw-blocks topics' max.message.bytes). */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  /** No list of ours comes near a million items: a block holds thousands of logs at most. */
  public static final int MAX_ITEMS = 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(AvroLimits.class);

  static {
    // Avro reads these properties once, when SystemLimitException initialises. Setting them here,
    // when the decoder every reader of ours goes through loads, covers every JVM that reads our
    // frames (the apps the CLI starts, the embedded, Compose and Swarm Connect workers running our
    // converter, a consumer's own process) without each launcher, image and stack file having to
    // pass -D options; a JVM where another library initialised Avro first gets the warning below.
    // The frame-bound check of BoundedDecoder does not depend on them.
    setIfAbsent(SystemLimitException.MAX_STRING_LENGTH_PROPERTY, MAX_BYTES);
    setIfAbsent(SystemLimitException.MAX_BYTES_LENGTH_PROPERTY, MAX_BYTES);
    setIfAbsent(SystemLimitException.MAX_COLLECTION_LENGTH_PROPERTY, MAX_ITEMS);
    if (!effective()) {
      LOG.warn(
          "Avro's allocation limits were initialised before {} set them: start this JVM with {}",
          AvroLimits.class.getSimpleName(),
          jvmOptions());
    }
  }

  private AvroLimits() {}

  /** Sets the limits if they are not yet set; the class initialiser does the work. */
  public static void install() {
    // Intentionally empty: calling it runs the static initialiser once.
  }

  /** The JVM options that set the same limits, for launchers of JVMs that read our frames. */
  public static String jvmOptions() {
    return String.join(
        " ",
        "-D" + SystemLimitException.MAX_STRING_LENGTH_PROPERTY + "=" + MAX_BYTES,
        "-D" + SystemLimitException.MAX_BYTES_LENGTH_PROPERTY + "=" + MAX_BYTES,
        "-D" + SystemLimitException.MAX_COLLECTION_LENGTH_PROPERTY + "=" + MAX_ITEMS);
  }

  /** True when Avro refuses a string longer than the limit in this JVM. */
  static boolean effective() {
    try {
      SystemLimitException.checkMaxStringLength(MAX_BYTES + 1L);
      return false;
    } catch (SystemLimitException e) {
      return true;
    }
  }

  private static void setIfAbsent(String property, int value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, Integer.toString(value));
    }
  }
}

package io.chainexplorer.cli;

import java.util.List;

/**
 * Subcommands a module adds to {@code chain-explorer} when it is on the classpath, found through
 * {@link java.util.ServiceLoader}: the development stack adds {@code run} and {@code devnet}, so
 * the production image, without it, has neither.
 */
public interface CommandExtension {

  /** Instances of picocli {@code @Command} classes, added in this order after the built-in ones. */
  List<Object> commands();
}

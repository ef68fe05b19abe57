package io.chainexplorer.testsupport;

import io.chainexplorer.embedded.EmbeddedAnvil;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Boots one anvil node (from {@code node_modules}, one block per second) per test JVM and injects
 * its {@link AnvilEndpoint} into parameters and fields of that type.
 *
 * <p>Use with {@code @ExtendWith(AnvilExtension.class)}. The chain is shared and only grows: assert
 * on what a test sent, not on block numbers. Tests that need manual mining or reorgs start their
 * own {@link EmbeddedAnvil}.
 */
public final class AnvilExtension extends EndpointExtension<AnvilEndpoint> {

  public AnvilExtension() {
    super(AnvilEndpoint.class);
  }

  /** The JVM's shared node, started on first use. */
  static EmbeddedAnvil node(ExtensionContext context) {
    return SharedComponent.getOrStart(context, "anvil", EmbeddedAnvil::start);
  }

  @Override
  AnvilEndpoint endpoint(ExtensionContext context) {
    return new AnvilEndpoint(node(context).rpcUrl());
  }
}

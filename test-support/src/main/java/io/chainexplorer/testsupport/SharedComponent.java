package io.chainexplorer.testsupport;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A component started once per test JVM and kept in the root store of the JUnit context.
 *
 * <p>JUnit closes it when the whole run ends; a shutdown hook closes it when the JVM dies first.
 */
@SuppressWarnings("deprecation") // CloseableResource: still how JUnit 5.13 closes root values.
final class SharedComponent<T extends AutoCloseable>
    implements ExtensionContext.Store.CloseableResource {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedComponent.class);

  private final T component;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Thread shutdownHook;

  private SharedComponent(String name, T component) {
    this.component = component;
    this.shutdownHook = new Thread(this::closeComponent, "close-" + name);
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** The component stored under {@code key}, started by {@code starter} on first use. */
  @SuppressWarnings("unchecked")
  static <T extends AutoCloseable> T getOrStart(
      ExtensionContext context, String key, Supplier<T> starter) {
    ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
    SharedComponent<T> shared =
        store.getOrComputeIfAbsent(
            key, k -> new SharedComponent<>(k, starter.get()), SharedComponent.class);
    return shared.component;
  }

  @Override
  public void close() {
    closeComponent();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook is running or about to: closeComponent() runs once either way
    }
  }

  private void closeComponent() {
    if (closed.compareAndSet(false, true)) {
      try {
        component.close();
      } catch (Exception e) {
        throw new IllegalStateException("cannot stop " + component, e);
      }
    }
  }
}

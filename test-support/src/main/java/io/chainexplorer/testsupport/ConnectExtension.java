package io.chainexplorer.testsupport;

import io.chainexplorer.embedded.ConnectWorker;
import io.chainexplorer.embedded.ConnectWorkerProcess;
import io.chainexplorer.embedded.EmbeddedConnect;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Boots one real Kafka Connect worker (distributed mode, byte-array converters) per test JVM
 * against {@link KafkaExtension}'s broker and injects its {@link ConnectEndpoint}.
 *
 * <p>Connectors are found only through {@code META-INF/services} files on the test classpath;
 * connectors set their own converters in their configuration. The worker runs in this JVM, or in a
 * child JVM ({@link ConnectWorkerProcess}) when the system property {@value #CHILD_PROPERTY} is
 * {@code true}, e.g. to run a suite against a worker a chaos test may kill or with a small heap
 * ({@value #HEAP_PROPERTY}).
 */
public final class ConnectExtension extends EndpointExtension<ConnectEndpoint> {

  public static final String CHILD_PROPERTY = "chainexplorer.connect.child";

  /** The child worker's heap, as in {@code -Xmx} (384m by default). */
  public static final String HEAP_PROPERTY = "chainexplorer.connect.heap";

  public ConnectExtension() {
    super(ConnectEndpoint.class);
  }

  @Override
  ConnectEndpoint endpoint(ExtensionContext context) {
    String bootstrap = KafkaExtension.broker(context).bootstrapServers();
    ConnectWorker worker = SharedComponent.getOrStart(context, "connect", () -> start(bootstrap));
    return new ConnectEndpoint(worker);
  }

  private static ConnectWorker start(String bootstrap) {
    if (Boolean.getBoolean(CHILD_PROPERTY)) {
      return ConnectWorkerProcess.start(
          bootstrap,
          new ConnectWorkerProcess.Options().heap(System.getProperty(HEAP_PROPERTY, "384m")));
    }
    return EmbeddedConnect.start(bootstrap);
  }
}

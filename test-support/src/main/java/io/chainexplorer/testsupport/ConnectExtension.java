package io.chainexplorer.testsupport;

import io.chainexplorer.embedded.EmbeddedConnect;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Boots one real Kafka Connect worker (distributed mode, byte-array converters) per test JVM
 * against {@link KafkaExtension}'s broker and injects its {@link ConnectEndpoint}.
 *
 * <p>Connectors are found only through {@code META-INF/services} files on the test classpath;
 * connectors set their own converters in their configuration.
 */
public final class ConnectExtension extends EndpointExtension<ConnectEndpoint> {

  public ConnectExtension() {
    super(ConnectEndpoint.class);
  }

  @Override
  ConnectEndpoint endpoint(ExtensionContext context) {
    String bootstrap = KafkaExtension.broker(context).bootstrapServers();
    EmbeddedConnect worker =
        SharedComponent.getOrStart(context, "connect", () -> EmbeddedConnect.start(bootstrap));
    return new ConnectEndpoint(worker);
  }
}

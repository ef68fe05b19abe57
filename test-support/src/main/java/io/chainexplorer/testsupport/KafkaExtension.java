package io.chainexplorer.testsupport;

import io.chainexplorer.embedded.EmbeddedKafka;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Boots one real Kafka KRaft broker per test JVM and injects its {@link KafkaEndpoint} into
 * parameters and fields of that type.
 *
 * <p>Use with {@code @ExtendWith(KafkaExtension.class)}. Topics outlive test classes: give each
 * test its own topic names.
 */
public final class KafkaExtension extends EndpointExtension<KafkaEndpoint> {

  public KafkaExtension() {
    super(KafkaEndpoint.class);
  }

  /** The JVM's shared broker, started on first use; for extensions that build on it. */
  static EmbeddedKafka broker(ExtensionContext context) {
    return SharedComponent.getOrStart(context, "kafka", EmbeddedKafka::start);
  }

  @Override
  KafkaEndpoint endpoint(ExtensionContext context) {
    return new KafkaEndpoint(broker(context).bootstrapServers());
  }
}

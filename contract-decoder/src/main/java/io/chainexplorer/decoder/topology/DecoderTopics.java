package io.chainexplorer.decoder.topology;

import io.chainexplorer.schemas.topics.App;
import io.chainexplorer.schemas.topics.TopicAdmin;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;

/**
 * Creates the topics the decoder reads and writes when they are absent, with the catalogue's
 * cleanup and retention and one partition each; inputs too, so a fresh cluster does not stop the
 * app with a missing source topic.
 */
public final class DecoderTopics {

  private DecoderTopics() {}

  /** Every topic of the topology, inputs first. */
  public static List<TopicSpec<?, ?>> used(TopicCatalogue topics) {
    return List.of(
        topics.transactions(),
        topics.logs(),
        topics.userAbis(),
        topics.decodedCalls(),
        topics.decodedEvents(),
        topics.securityTokenActivity(),
        topics.deadLetters(App.CONTRACT_DECODER));
  }

  /** Creates each missing topic; existing ones are left as they are. */
  public static void ensure(Admin admin, TopicCatalogue topics) {
    TopicAdmin.ensure(admin, used(topics));
  }
}

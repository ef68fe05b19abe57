package io.chainexplorer.devstack.run;

import io.chainexplorer.decoder.topology.DecoderTopics;
import io.chainexplorer.enricher.app.EnricherTopics;
import io.chainexplorer.poller.publish.PollerTopics;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import io.chainexplorer.schemas.topics.TopicSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The ACLs each app's principal needs, as the README's Security section lists them: every topic it
 * creates at start (Create, Describe), reads (Read) or writes (Write), its consumer group, its
 * transactional ids and IdempotentWrite on the cluster; nothing else.
 */
final class PipelineAcls {

  private PipelineAcls() {}

  /** The poller: its six topics, the election group and its transactional id. */
  static List<AclBinding> poller(String principal, TopicCatalogue topics, String transactionalId) {
    List<AclBinding> acls = new ArrayList<>();
    Set<String> read =
        Set.of(topics.pollerCursor().name(), topics.apiKeyUsage().name(), topics.tokens().name());
    for (TopicSpec<?, ?> topic : PollerTopics.written(topics)) {
      acls.addAll(topic(principal, topic.name(), AclOperation.CREATE, AclOperation.WRITE));
      if (read.contains(topic.name())) {
        acls.addAll(topic(principal, topic.name(), AclOperation.READ));
      }
    }
    acls.add(
        allow(
            principal,
            new ResourcePattern(
                ResourceType.GROUP, transactionalId + ".leader", PatternType.LITERAL),
            AclOperation.READ));
    acls.addAll(transactionalIds(principal, transactionalId, PatternType.LITERAL));
    return acls;
  }

  /** A Streams app: its inputs read, its outputs written, everything under its application id. */
  static List<AclBinding> streamsApp(
      String principal,
      String applicationId,
      List<TopicSpec<?, ?>> inputs,
      List<TopicSpec<?, ?>> used) {
    List<AclBinding> acls = new ArrayList<>();
    for (TopicSpec<?, ?> topic : used) {
      AclOperation access = inputs.contains(topic) ? AclOperation.READ : AclOperation.WRITE;
      acls.addAll(topic(principal, topic.name(), AclOperation.CREATE, access));
    }
    // internal topics (changelogs, repartitions) are named after the application id
    acls.add(
        allow(
            principal,
            new ResourcePattern(ResourceType.TOPIC, applicationId, PatternType.PREFIXED),
            AclOperation.ALL));
    acls.add(
        allow(
            principal,
            new ResourcePattern(ResourceType.GROUP, applicationId, PatternType.LITERAL),
            AclOperation.READ));
    acls.addAll(transactionalIds(principal, applicationId, PatternType.PREFIXED));
    return acls;
  }

  /**
   * A Connect worker running sink connectors: its storage topics (named after its group id) and
   * group, each connector's group ({@code connect-<name>}), the sinks' inputs read and their
   * dead-letter topics written.
   */
  static List<AclBinding> connect(
      String principal,
      String groupId,
      List<String> connectors,
      List<String> inputs,
      List<String> deadLetters) {
    List<AclBinding> acls = new ArrayList<>();
    acls.add(
        allow(
            principal,
            new ResourcePattern(ResourceType.TOPIC, groupId, PatternType.PREFIXED),
            AclOperation.ALL));
    List<String> groups = new ArrayList<>(List.of(groupId));
    connectors.forEach(connector -> groups.add(SinkConnectors.group(connector)));
    for (String group : groups) {
      acls.add(
          allow(
              principal,
              new ResourcePattern(ResourceType.GROUP, group, PatternType.LITERAL),
              AclOperation.READ));
    }
    inputs.forEach(topic -> acls.addAll(topic(principal, topic, AclOperation.READ)));
    deadLetters.forEach(topic -> acls.addAll(topic(principal, topic, AclOperation.WRITE)));
    acls.add(idempotentWrite(principal));
    return acls;
  }

  /** The enricher's inputs: the poller's three topics. */
  static List<TopicSpec<?, ?>> enricherInputs(TopicCatalogue topics) {
    return EnricherTopics.used(topics).subList(0, 3);
  }

  /** The decoder's inputs: transactions, logs and user ABIs. */
  static List<TopicSpec<?, ?>> decoderInputs(TopicCatalogue topics) {
    return DecoderTopics.used(topics).subList(0, 3);
  }

  private static List<AclBinding> topic(String principal, String topic, AclOperation... ops) {
    ResourcePattern pattern = new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL);
    List<AclBinding> acls = new ArrayList<>();
    acls.add(allow(principal, pattern, AclOperation.DESCRIBE));
    for (AclOperation op : ops) {
      acls.add(allow(principal, pattern, op));
    }
    return acls;
  }

  private static List<AclBinding> transactionalIds(
      String principal, String id, PatternType patternType) {
    ResourcePattern pattern = new ResourcePattern(ResourceType.TRANSACTIONAL_ID, id, patternType);
    return List.of(
        allow(principal, pattern, AclOperation.WRITE),
        allow(principal, pattern, AclOperation.DESCRIBE),
        idempotentWrite(principal));
  }

  private static AclBinding idempotentWrite(String principal) {
    return allow(
        principal,
        new ResourcePattern(ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL),
        AclOperation.IDEMPOTENT_WRITE);
  }

  private static AclBinding allow(String principal, ResourcePattern pattern, AclOperation op) {
    return new AclBinding(
        pattern, new AccessControlEntry("User:" + principal, "*", op, AclPermissionType.ALLOW));
  }
}

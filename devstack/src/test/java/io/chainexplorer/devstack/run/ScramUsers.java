package io.chainexplorer.devstack.run;

import io.chainexplorer.embedded.BrokerSecurity;
import io.chainexplorer.embedded.SelfSignedTls;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;

/**
 * The SCRAM users of a secured test broker, each with a random password: their client settings, and
 * the environment an app takes its secrets from, as a deployment passes them.
 */
final class ScramUsers {

  private final SelfSignedTls tls;
  private final Map<String, String> passwords = new LinkedHashMap<>();

  ScramUsers(SelfSignedTls tls, String... users) {
    this.tls = tls;
    for (String user : users) {
      passwords.put(user, UUID.randomUUID().toString());
    }
  }

  String password(String user) {
    return passwords.get(user);
  }

  /** Every user's password, for tests that no log shows any. */
  Collection<String> passwords() {
    return passwords.values();
  }

  /** Creates every user but {@code superUser}, whom the broker's format step already wrote. */
  void create(Admin admin, String superUser) throws Exception {
    List<UserScramCredentialAlteration> users = new ArrayList<>();
    passwords.forEach(
        (user, password) -> {
          if (!user.equals(superUser)) {
            users.add(
                new UserScramCredentialUpsertion(
                    user, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password));
          }
        });
    admin.alterUserScramCredentials(users).all().get(30, TimeUnit.SECONDS);
  }

  /** The user's client settings against {@code bootstrapServers}. */
  Map<String, Object> client(String user, String bootstrapServers) {
    Map<String, Object> settings =
        new HashMap<>(BrokerSecurity.scramClient(tls, user, password(user)));
    settings.put("bootstrap.servers", bootstrapServers);
    return settings;
  }

  /** An app's secrets, through its environment as a deployment passes them. */
  Map<String, String> appEnvironment(String user) {
    Map<String, String> environment = new HashMap<>();
    environment.put(
        "CHAIN_EXPLORER_SASL_JAAS_CONFIG", BrokerSecurity.scramJaas(user, password(user)));
    environment.put("CHAIN_EXPLORER_SSL_TRUSTSTORE_PASSWORD", tls.password());
    environment.put("CHAIN_EXPLORER_SCHEMA_REGISTRY_SSL_TRUSTSTORE_PASSWORD", tls.password());
    return environment;
  }
}

package io.chainexplorer.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed server certificate for the loopback ({@code 127.0.0.1} and {@code localhost} as
 * subject alternative names), made with the JDK's keytool: a PKCS12 keystore for the server and a
 * PKCS12 truststore holding only its certificate for the clients. Test and development use only.
 *
 * @param keystore the server's key and certificate
 * @param truststore the certificate alone, for clients to trust
 * @param password the password of both stores and of the key
 */
public record SelfSignedTls(Path keystore, Path truststore, String password) {

  private static final long KEYTOOL_TIMEOUT_SECONDS = 60;

  /** Generates the stores in {@code dir} (created if absent) under a random password. */
  public static SelfSignedTls generate(Path dir) {
    String password = UUID.randomUUID().toString();
    try {
      Files.createDirectories(dir);
      Path keystore = dir.resolve("server.p12");
      Path certificate = dir.resolve("server.crt");
      Path truststore = dir.resolve("truststore.p12");
      keytool(
          dir,
          "-genkeypair",
          "-alias",
          "server",
          "-keyalg",
          "EC",
          "-groupname",
          "secp256r1",
          "-dname",
          "CN=localhost",
          "-ext",
          "SAN=ip:127.0.0.1,dns:localhost",
          "-validity",
          "7",
          "-storetype",
          "PKCS12",
          "-keystore",
          keystore.toString(),
          "-storepass",
          password);
      keytool(
          dir,
          "-exportcert",
          "-alias",
          "server",
          "-keystore",
          keystore.toString(),
          "-storepass",
          password,
          "-file",
          certificate.toString());
      keytool(
          dir,
          "-importcert",
          "-noprompt",
          "-alias",
          "server",
          "-file",
          certificate.toString(),
          "-storetype",
          "PKCS12",
          "-keystore",
          truststore.toString(),
          "-storepass",
          password);
      return new SelfSignedTls(keystore, truststore, password);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot generate a certificate in " + dir, e);
    }
  }

  /** A TLS context that trusts this certificate alone, for a JDK client of the server. */
  public SSLContext clientContext() {
    try (InputStream in = Files.newInputStream(truststore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password.toCharArray());
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + truststore, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot load " + truststore, e);
    }
  }

  private static void keytool(Path dir, String... arguments) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(arguments));
    Path log = dir.resolve("keytool.log");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    try {
      if (!process.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        // the arguments hold the password: name the step only
        throw new IllegalStateException("keytool " + arguments[0] + " failed (see " + log + ")");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running keytool", e);
    }
  }

  @Override
  public String toString() {
    return "SelfSignedTls[keystore=" + keystore + ", truststore=" + truststore + "]";
  }
}

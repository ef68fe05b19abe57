package io.chainexplorer.cql;

/**
 * TLS to the nodes: a truststore (null: the JVM's default trust), an optional keystore for client
 * authentication, and whether a node's certificate must name its host. {@link #toString()} never
 * shows a password.
 */
public record CqlTls(
    String truststorePath,
    String truststorePassword,
    String keystorePath,
    String keystorePassword,
    boolean hostnameValidation) {

  public CqlTls {
    if (keystorePath != null && keystorePassword == null) {
      throw new IllegalArgumentException("a keystore needs its password: " + keystorePath);
    }
  }

  @Override
  public String toString() {
    return "CqlTls[truststore="
        + truststorePath
        + ", keystore="
        + keystorePath
        + ", hostnameValidation="
        + hostnameValidation
        + "]";
  }
}

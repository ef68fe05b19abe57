package io.chainexplorer.api.auth;

/**
 * A client key as the keys file declares it: the key itself is never stored, only its SHA-256.
 *
 * @param name the alias that logs and metrics show
 * @param sha256 lower-case hex SHA-256 of the key's UTF-8 bytes
 * @param ratePerSecond requests per second the key may make
 * @param revoked whether the key is refused with 403
 */
public record ApiKey(String name, String sha256, int ratePerSecond, boolean revoked) {}

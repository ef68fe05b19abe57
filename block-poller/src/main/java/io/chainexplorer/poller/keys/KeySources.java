package io.chainexplorer.poller.keys;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Reads a provider's API keys from a properties file ({@code alias=key}), an environment variable
 * ({@code alias=key,alias2=key2}) or a Docker secrets directory (one file per key, named after the
 * alias, content trimmed). Errors name the source and the alias or position, never a key.
 */
public final class KeySources {

  private KeySources() {}

  /** Keys of a properties file of {@code alias=key} lines. */
  public static List<ApiKey> fromPropertiesFile(String provider, Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the key file of provider " + provider, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("malformed key file of provider " + provider);
    }
    Map<String, String> entries = new LinkedHashMap<>();
    properties.stringPropertyNames().stream()
        .sorted()
        .forEach(alias -> entries.put(alias, properties.getProperty(alias)));
    return keys(provider, entries, "key file");
  }

  /**
   * Keys of an environment variable's value, {@code alias=key} pairs separated by commas; the value
   * is passed in so tests need no process environment.
   */
  public static List<ApiKey> fromEnvValue(String provider, String variable, String value) {
    Map<String, String> entries = new LinkedHashMap<>();
    if (value == null || value.isBlank()) {
      return List.of();
    }
    String[] pairs = value.split(",");
    for (int i = 0; i < pairs.length; i++) {
      String pair = pairs[i].trim();
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException(
            "entry " + (i + 1) + " of " + variable + " is not alias=key");
      }
      entries.put(pair.substring(0, equals).trim(), pair.substring(equals + 1));
    }
    return keys(provider, entries, "variable " + variable);
  }

  /**
   * Keys of a secrets directory: each regular, non-hidden file is one key named after the file. A
   * missing directory holds no keys.
   */
  public static List<ApiKey> fromSecretsDir(String provider, Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    Map<String, String> entries = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.sorted().toList()) {
        String alias = file.getFileName().toString();
        if (Files.isRegularFile(file) && !alias.startsWith(".")) {
          entries.put(alias, Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the secrets directory of " + provider, e);
    }
    return keys(provider, entries, "secrets directory");
  }

  private static List<ApiKey> keys(String provider, Map<String, String> entries, String source) {
    List<ApiKey> keys = new ArrayList<>();
    entries.forEach(
        (alias, secret) -> {
          if (!ApiKey.isValidAlias(alias)) {
            throw new IllegalArgumentException(
                "entry "
                    + (keys.size() + 1)
                    + " of the "
                    + source
                    + " of "
                    + provider
                    + " has an invalid alias");
          }
          if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException(
                "key " + provider + "/" + alias + " in the " + source + " is empty");
          }
          keys.add(ApiKey.of(provider, alias, secret));
        });
    return List.copyOf(keys);
  }
}

package io.chainexplorer.devnet.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A contract compiled by the build ({@code contracts/<Name>.json} on the class path): its ABI as
 * JSON and its creation bytecode.
 */
public record ContractArtifact(String name, String abiJson, String bytecode) {

  /** Where the build writes the artifacts, relative to the class path root. */
  public static final String FOLDER = "contracts/";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Loads the artifact of contract {@code name}.
   *
   * @throws IllegalStateException when the build did not produce it
   */
  public static ContractArtifact load(String name) {
    String resource = FOLDER + name + ".json";
    try (InputStream in = ContractArtifact.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource
                + " is not on the class path: the devnet module's build compiles it with solc");
      }
      JsonNode artifact = JSON.readTree(in);
      String bytecode = artifact.path("bytecode").asText();
      if (bytecode.length() <= 2) {
        throw new IllegalStateException(resource + " has no bytecode");
      }
      return new ContractArtifact(name, artifact.path("abi").toString(), bytecode);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}

package io.chainexplorer.devnet.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a deployment's ABIs as {@code <address>.json} files, the layout of the decoder's {@code
 * abi.dir}. The proxy gets none on purpose: a proxy's own ABI would outrank its implementation's,
 * which the decoder finds through the proxy's {@code Upgraded} event.
 */
public final class AbiDirectory {

  private AbiDirectory() {}

  /** The contract compiled for each deployed address, implementations included. */
  public static Map<String, String> contractsByAddress(Deployment deployment) {
    Map<String, String> contracts = new LinkedHashMap<>();
    contracts.put(deployment.token(), "DevToken");
    contracts.put(deployment.collectible(), "DevCollectible");
    contracts.put(deployment.multiToken(), "DevMultiToken");
    contracts.put(deployment.securityToken(), "SecurityToken");
    contracts.put(deployment.factory(), "ChildFactory");
    contracts.put(deployment.flaky(), "Flaky");
    contracts.put(deployment.counterV1(), "DevCounterV1");
    contracts.put(deployment.counterV2(), "DevCounterV2");
    return contracts;
  }

  /**
   * Writes one file per deployed contract into {@code directory} (created when missing).
   *
   * @return how many files were written
   */
  public static int write(Deployment deployment, Path directory) {
    Map<String, String> contracts = contractsByAddress(deployment);
    try {
      Files.createDirectories(directory);
      for (Map.Entry<String, String> contract : contracts.entrySet()) {
        String abi = ContractArtifact.load(contract.getValue()).abiJson();
        Files.writeString(
            directory.resolve(contract.getKey() + ".json"), abi, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the devnet's ABIs to " + directory, e);
    }
    return contracts.size();
  }
}

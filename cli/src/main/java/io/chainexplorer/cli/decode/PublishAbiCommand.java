package io.chainexplorer.cli.decode;

import io.chainexplorer.cli.VersionProvider;
import io.chainexplorer.cli.config.ConfigOptions;
import io.chainexplorer.decoder.config.DecoderConfig;
import io.chainexplorer.decoder.sources.UserAbiPublisher;
import io.chainexplorer.schemas.topics.TopicCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Publishes one contract's ABI JSON file to the chain's compacted user-ABI topic. */
@Command(
    name = "publish-abi",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Publishes the JSON ABI of one contract to the chain's user-ABI topic (compacted, keyed by"
          + " address): the running decoder uses it for later calls and events of that address,"
          + " and of proxies whose EIP-1967 implementation it is. The file is checked first.",
      "Exit code 0 when published, 1 when the broker cannot be reached, 2 on a bad address,"
          + " file or configuration."
    })
public final class PublishAbiCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ConfigOptions options;

  @Option(
      names = {"-a", "--address"},
      required = true,
      paramLabel = "ADDRESS",
      description = "Contract address, 0x and 40 hex digits.")
  String address;

  @Option(
      names = {"-f", "--file"},
      required = true,
      paramLabel = "FILE",
      description = "JSON ABI: an array, or an object with an \"abi\" array (compiler output).")
  Path file;

  @Override
  public Integer call() throws InterruptedException {
    String key;
    String json;
    try {
      key = UserAbiPublisher.key(address);
      json = UserAbiPublisher.checked(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | IOException e) {
      spec.commandLine().getErr().println("publish-abi: " + e.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
    DecoderConfig config = DecodeCommand.load(options);
    TopicCatalogue topics = TopicCatalogue.forChain(config.chainName());
    UserAbiPublisher.publish(config.kafkaClientProperties(), topics.userAbis(), Map.of(key, json));
    spec.commandLine()
        .getOut()
        .println("published the ABI of " + key + " to " + topics.userAbis().name());
    return CommandLine.ExitCode.OK;
  }
}

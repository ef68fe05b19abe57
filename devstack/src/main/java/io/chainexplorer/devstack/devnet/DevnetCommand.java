package io.chainexplorer.devstack.devnet;

import io.chainexplorer.cli.VersionProvider;
import picocli.CommandLine.Command;

/** {@code chain-explorer devnet}: groups the devnet commands; alone it asks for one. */
@Command(
    name = "devnet",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Work on a local devnet node (anvil) with unlocked dev accounts.",
    subcommands = {DevnetTrafficCommand.class})
public final class DevnetCommand {}

package io.chainexplorer.devstack;

import io.chainexplorer.cli.CommandExtension;
import io.chainexplorer.devstack.devnet.DevnetCommand;
import io.chainexplorer.devstack.run.RunCommand;
import java.util.List;

/**
 * Adds {@code run} and {@code devnet} to {@code chain-explorer} wherever this module is present.
 */
public final class DevstackCommands implements CommandExtension {

  @Override
  public List<Object> commands() {
    return List.of(new RunCommand(), new DevnetCommand());
  }
}

/** The {@code abi} commands: the contract-decoder's ABI codec on its own, for checking it. */
package io.chainexplorer.cli.abi;

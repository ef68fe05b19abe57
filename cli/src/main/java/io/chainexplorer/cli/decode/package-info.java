/** The {@code decode} command (the contract decoder) and {@code decode publish-abi}. */
package io.chainexplorer.cli.decode;

/** The {@code devnet} commands: the traffic generator on a local devnet node. */
package io.chainexplorer.devstack.devnet;

/** {@code chain-explorer dlq}: the dead-letter topics of the apps and connectors. */
package io.chainexplorer.cli.dlq;

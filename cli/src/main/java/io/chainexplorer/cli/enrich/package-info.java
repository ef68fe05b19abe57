/** The {@code enrich} command: runs the transaction enricher from a configuration. */
package io.chainexplorer.cli.enrich;

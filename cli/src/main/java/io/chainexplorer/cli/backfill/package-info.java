/** The {@code backfill} command: one closed range of blocks into Kafka, resumable. */
package io.chainexplorer.cli.backfill;

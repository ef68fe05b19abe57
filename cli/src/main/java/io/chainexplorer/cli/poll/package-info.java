/** The {@code poll} command: runs the block poller of one chain until stopped. */
package io.chainexplorer.cli.poll;

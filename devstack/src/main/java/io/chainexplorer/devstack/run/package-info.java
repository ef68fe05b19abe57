/** The {@code run} command: the embedded infrastructure for a local devnet. */
package io.chainexplorer.devstack.run;

/** Chaos runs: the whole pipeline under kills and reorgs, then checked against the chain. */
package io.chainexplorer.reliability.chaos;

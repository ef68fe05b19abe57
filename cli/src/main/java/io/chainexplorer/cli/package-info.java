/** The chain-explorer command line: one entry point for every service. */
package io.chainexplorer.cli;

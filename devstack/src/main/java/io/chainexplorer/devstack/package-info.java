/**
 * The development stack: the whole pipeline embedded on one machine ({@code run}) and the devnet
 * commands, added to the command line for developers and the harnesses, never deployed.
 */
package io.chainexplorer.devstack;

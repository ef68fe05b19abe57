/**
 * Launchers for the real components of the embedded stack: Kafka, registry, Connect, Cassandra,
 * anvil.
 */
package io.chainexplorer.embedded;

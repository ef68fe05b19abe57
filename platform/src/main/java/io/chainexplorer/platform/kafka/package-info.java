/** Kafka plumbing every service shares: consumer-group lag measured with the AdminClient. */
package io.chainexplorer.platform.kafka;

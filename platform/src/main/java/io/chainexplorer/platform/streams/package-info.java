/** The lifecycle every Kafka Streams app shares: failure handling, termination, metrics binding. */
package io.chainexplorer.platform.streams;

/** Kafka Streams application decoding contract calls and event logs by ABI. */
package io.chainexplorer.decoder;

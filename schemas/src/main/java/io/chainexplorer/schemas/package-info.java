/** Avro schemas of every topic, the topic catalogue and the Confluent wire-format serde. */
package io.chainexplorer.schemas;

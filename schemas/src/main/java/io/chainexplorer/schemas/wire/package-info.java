/** The Confluent wire format: one magic byte, a 4-byte big-endian schema id, then Avro binary. */
package io.chainexplorer.schemas.wire;

package io.chainexplorer.decoder.topology;

import io.chainexplorer.avro.DeadLetter;
import io.chainexplorer.avro.DecodedCall;
import io.chainexplorer.avro.DecodedEvent;
import io.chainexplorer.avro.SecurityTokenActivity;

/** What a decoder processor forwards: each kind goes to its own branch and topic. */
sealed interface Routed {

  /** An input record as read (its bytes), on its way to the by-contract repartition topic. */
  record Raw(byte[] value) implements Routed {}

  record Call(DecodedCall call) implements Routed {}

  record Event(DecodedEvent event) implements Routed {}

  record Activity(SecurityTokenActivity activity) implements Routed {}

  record Dead(DeadLetter letter) implements Routed {}
}

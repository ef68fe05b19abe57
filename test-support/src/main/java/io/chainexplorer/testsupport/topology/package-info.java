/** Helpers for pinning a Kafka Streams topology's description in a module's tests. */
package io.chainexplorer.testsupport.topology;

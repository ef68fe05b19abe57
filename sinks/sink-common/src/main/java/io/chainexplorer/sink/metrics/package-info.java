/** The Prometheus endpoint shared by every sink plugin of a Connect worker. */
package io.chainexplorer.sink.metrics;

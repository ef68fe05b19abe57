/** The Prometheus metrics and health endpoint every service exposes. */
package io.chainexplorer.platform.metrics;

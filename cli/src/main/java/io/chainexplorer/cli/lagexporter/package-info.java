/** The {@code lag-exporter} command: every consumer group's lag as Prometheus metrics. */
package io.chainexplorer.cli.lagexporter;

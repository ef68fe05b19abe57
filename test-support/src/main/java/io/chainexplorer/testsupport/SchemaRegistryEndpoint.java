package io.chainexplorer.testsupport;

/**
 * The shared Schema Registry as tests see it.
 *
 * @param confluentApiUrl base URL of the Confluent-compatible API, without a trailing slash
 */
public record SchemaRegistryEndpoint(String confluentApiUrl) {}

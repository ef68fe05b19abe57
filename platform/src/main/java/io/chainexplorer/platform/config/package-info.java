/**
 * Typed service configuration: Kafka {@code ConfigDef} definitions, loading from file, environment
 * and flags, masked logging and the generated reference.
 */
package io.chainexplorer.platform.config;

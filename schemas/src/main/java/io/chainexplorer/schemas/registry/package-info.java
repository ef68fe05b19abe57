/**
 * A client of the Confluent Schema Registry REST API (Confluent's server or Apicurio's ccompat
 * API), a caching decorator, and an in-memory {@code mock://} registry for unit tests.
 */
package io.chainexplorer.schemas.registry;

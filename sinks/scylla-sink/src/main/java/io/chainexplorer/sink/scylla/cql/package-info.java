/** Driver sessions (contact points, local DC, auth, TLS) and the schema migration. */
package io.chainexplorer.sink.scylla.cql;

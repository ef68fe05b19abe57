/** How a writer of the hot store opens its CQL session: contact points, datacenter, auth, TLS. */
package io.chainexplorer.cql;

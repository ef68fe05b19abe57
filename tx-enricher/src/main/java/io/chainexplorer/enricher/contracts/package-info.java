/** Contract creations visible in receipts: top-level deployments and trusted factory events. */
package io.chainexplorer.enricher.contracts;

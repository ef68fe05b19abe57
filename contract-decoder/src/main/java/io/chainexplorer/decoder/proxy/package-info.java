/** Proxy resolution from EIP-1967 Upgraded and BeaconUpgraded events. */
package io.chainexplorer.decoder.proxy;

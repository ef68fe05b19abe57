/**
 * JSON-RPC access to a chain through the key pool: {@link
 * io.chainexplorer.poller.rpc.PooledJsonRpcClient} (exchanges on leased keys, failure
 * classification, retries, breakers, failover), {@link io.chainexplorer.poller.rpc.RpcBlockSource}
 * (complete blocks in two calls, checked receipts) and {@link
 * io.chainexplorer.poller.rpc.RawBlockMapper} (JSON to {@code RawBlock}, strict and exact), with
 * {@link io.chainexplorer.poller.rpc.FetchMetrics}. Only key aliases leave this package.
 */
package io.chainexplorer.poller.rpc;

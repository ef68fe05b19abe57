/** A fault-injecting JSON-RPC server for tests of JSON-RPC clients: {@link JsonRpcStub}. */
package io.chainexplorer.testsupport.rpc;

package io.chainexplorer.poller.chain;

import java.time.Duration;

/** How the scripted chain mints and serves blocks: every block time, after propagation + jitter. */
record ScriptedChainSpec(Duration blockTime, Duration propagation, Duration jitter) {}

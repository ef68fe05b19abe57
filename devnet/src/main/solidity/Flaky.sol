// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice A call that succeeds or reverts on demand, so the chain holds failed transactions.
contract Flaky {
    error DeliberateFailure(uint256 attempt);

    uint256 public successes;

    event Attempted(address indexed caller, uint256 successes);

    /// @dev mode 0 succeeds, 1 reverts with a reason string, anything else with a custom error.
    function attempt(uint256 mode) external {
        require(mode != 1, "Flaky: deliberate failure");
        if (mode > 1) {
            revert DeliberateFailure(mode);
        }
        successes++;
        emit Attempted(msg.sender, successes);
    }
}

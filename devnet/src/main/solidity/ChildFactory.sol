// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice A contract created either directly or by ChildFactory; remembers who made it.
contract Child {
    address public immutable creator;
    uint256 public immutable seed;

    constructor(uint256 seed_) {
        creator = msg.sender;
        seed = seed_;
    }
}

/// @notice Creates Child contracts from a call (CREATE, or CREATE2 with a salt).
contract ChildFactory {
    event ChildCreated(address indexed child, uint256 seed, bool deterministic);

    uint256 public created;

    function create(uint256 seed) external returns (address child) {
        child = address(new Child(seed));
        created++;
        emit ChildCreated(child, seed, false);
    }

    function createDeterministic(uint256 seed, bytes32 salt) external returns (address child) {
        child = address(new Child{salt: salt}(seed));
        created++;
        emit ChildCreated(child, seed, true);
    }
}

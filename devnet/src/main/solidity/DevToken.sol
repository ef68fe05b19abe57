// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice ERC-20 whose whole supply starts with the deployer.
contract DevToken is ERC20 {
    constructor(uint256 initialSupply) ERC20("Devnet Token", "DEV") {
        _mint(msg.sender, initialSupply);
    }
}

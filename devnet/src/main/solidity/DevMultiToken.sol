// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC1155} from "@openzeppelin/contracts/token/ERC1155/ERC1155.sol";

/// @notice ERC-1155 whose ids 1 to `kinds` start with the deployer, `supply` of each (one TransferBatch).
contract DevMultiToken is ERC1155 {
    constructor(uint256 kinds, uint256 supply) ERC1155("https://devnet.invalid/items/{id}.json") {
        uint256[] memory ids = new uint256[](kinds);
        uint256[] memory values = new uint256[](kinds);
        for (uint256 i = 0; i < kinds; i++) {
            ids[i] = i + 1;
            values[i] = supply;
        }
        _mintBatch(msg.sender, ids, values, "");
    }
}

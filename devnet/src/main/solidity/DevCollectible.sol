// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";

/// @notice ERC-721 anyone may mint; token ids count up from 1 in mint order.
contract DevCollectible is ERC721 {
    uint256 public lastTokenId;

    constructor() ERC721("Devnet Collectible", "DEVC") {}

    function mint(address to) external returns (uint256 tokenId) {
        tokenId = ++lastTokenId;
        _mint(to, tokenId);
    }
}

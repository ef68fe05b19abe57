// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts/proxy/utils/UUPSUpgradeable.sol";

/// @notice First implementation behind the EIP-1967 proxy: a counter only its admin may upgrade.
contract DevCounterV1 is Initializable, UUPSUpgradeable {
    error NotAdmin(address caller);

    event Counted(address indexed caller, uint256 value, uint256 version);

    address public admin;
    uint256 public value;

    constructor() {
        _disableInitializers();
    }

    function initialize(address admin_) external initializer {
        admin = admin_;
    }

    function increment() external {
        value += 1;
        emit Counted(msg.sender, value, version());
    }

    function version() public pure virtual returns (uint256) {
        return 1;
    }

    function _authorizeUpgrade(address) internal view override {
        if (msg.sender != admin) {
            revert NotAdmin(msg.sender);
        }
    }
}

/// @notice Second implementation: the proxy is upgraded to it once; adds incrementBy.
contract DevCounterV2 is DevCounterV1 {
    function incrementBy(uint256 amount) external {
        value += amount;
        emit Counted(msg.sender, value, version());
    }

    function version() public pure override returns (uint256) {
        return 2;
    }
}

/// @notice OpenZeppelin's ERC1967Proxy under a devnet name, so the build emits its artifact.
contract DevProxy is ERC1967Proxy {
    constructor(address implementation, bytes memory data) payable ERC1967Proxy(implementation, data) {}
}

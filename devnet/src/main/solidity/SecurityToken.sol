// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice ERC-1400-style security token: partitioned balances (ERC-1410), issuance and redemption
/// (ERC-1594), documents (ERC-1643) and controller operations (ERC-1644). The deployer is both the
/// issuer and the controller. Event signatures follow the standards exactly.
contract SecurityToken {
    bytes32 public constant DEFAULT_PARTITION = "DEFAULT";

    error NotIssuer(address caller);
    error NotController(address caller);
    error InsufficientBalance(address holder, bytes32 partition, uint256 balance, uint256 needed);

    // ERC-20 compatibility
    event Transfer(address indexed from, address indexed to, uint256 value);

    // ERC-1410
    event TransferByPartition(
        bytes32 indexed fromPartition,
        address operator,
        address indexed from,
        address indexed to,
        uint256 value,
        bytes data,
        bytes operatorData
    );
    event IssuedByPartition(
        bytes32 indexed partition, address indexed operator, address indexed to, uint256 amount, bytes data, bytes operatorData
    );
    event RedeemedByPartition(
        bytes32 indexed partition, address indexed operator, address indexed from, uint256 amount, bytes operatorData
    );

    // ERC-1594
    event Issued(address indexed operator, address indexed to, uint256 value, bytes data);
    event Redeemed(address indexed operator, address indexed from, uint256 value, bytes data);

    // ERC-1643
    event DocumentUpdated(bytes32 indexed name, string uri, bytes32 documentHash);
    event DocumentRemoved(bytes32 indexed name, string uri, bytes32 documentHash);

    // ERC-1644
    event ControllerTransfer(
        address controller, address indexed from, address indexed to, uint256 value, bytes data, bytes operatorData
    );
    event ControllerRedemption(
        address controller, address indexed tokenHolder, uint256 value, bytes data, bytes operatorData
    );

    struct Document {
        string uri;
        bytes32 documentHash;
    }

    string public name;
    string public symbol;
    uint8 public constant decimals = 18;
    address public immutable issuer;
    address public immutable controller;
    uint256 public totalSupply;

    mapping(address => mapping(bytes32 => uint256)) private _byPartition;
    mapping(address => uint256) private _balances;
    mapping(address => bytes32[]) private _partitions;
    mapping(bytes32 => Document) private _documents;
    bytes32[] private _documentNames;

    constructor(string memory name_, string memory symbol_) {
        name = name_;
        symbol = symbol_;
        issuer = msg.sender;
        controller = msg.sender;
    }

    modifier onlyIssuer() {
        if (msg.sender != issuer) revert NotIssuer(msg.sender);
        _;
    }

    modifier onlyController() {
        if (msg.sender != controller) revert NotController(msg.sender);
        _;
    }

    // ---- views ----

    function balanceOf(address holder) external view returns (uint256) {
        return _balances[holder];
    }

    function balanceOfByPartition(bytes32 partition, address tokenHolder) external view returns (uint256) {
        return _byPartition[tokenHolder][partition];
    }

    function partitionsOf(address tokenHolder) external view returns (bytes32[] memory) {
        return _partitions[tokenHolder];
    }

    function isIssuable() external pure returns (bool) {
        return true;
    }

    function isControllable() external pure returns (bool) {
        return true;
    }

    function getDocument(bytes32 docName) external view returns (string memory, bytes32) {
        Document storage doc = _documents[docName];
        return (doc.uri, doc.documentHash);
    }

    function getAllDocuments() external view returns (bytes32[] memory) {
        return _documentNames;
    }

    // ---- ERC-1410 ----

    function transferByPartition(bytes32 partition, address to, uint256 value, bytes calldata data)
        external
        returns (bytes32)
    {
        _move(partition, msg.sender, to, value);
        emit TransferByPartition(partition, msg.sender, msg.sender, to, value, data, "");
        return partition;
    }

    function issueByPartition(bytes32 partition, address tokenHolder, uint256 value, bytes calldata data)
        external
        onlyIssuer
    {
        _issue(partition, tokenHolder, value);
        emit IssuedByPartition(partition, msg.sender, tokenHolder, value, data, "");
    }

    function redeemByPartition(bytes32 partition, uint256 value, bytes calldata data) external {
        _redeem(partition, msg.sender, value);
        emit RedeemedByPartition(partition, msg.sender, msg.sender, value, data);
    }

    // ---- ERC-1594 ----

    function issue(address tokenHolder, uint256 value, bytes calldata data) external onlyIssuer {
        _issue(DEFAULT_PARTITION, tokenHolder, value);
        emit Issued(msg.sender, tokenHolder, value, data);
    }

    function redeem(uint256 value, bytes calldata data) external {
        _redeem(DEFAULT_PARTITION, msg.sender, value);
        emit Redeemed(msg.sender, msg.sender, value, data);
    }

    // ---- ERC-1643 ----

    function setDocument(bytes32 docName, string calldata uri, bytes32 documentHash) external onlyIssuer {
        if (bytes(_documents[docName].uri).length == 0) {
            _documentNames.push(docName);
        }
        _documents[docName] = Document(uri, documentHash);
        emit DocumentUpdated(docName, uri, documentHash);
    }

    // ---- ERC-1644 ----

    function controllerTransfer(address from, address to, uint256 value, bytes calldata data, bytes calldata operatorData)
        external
        onlyController
    {
        _move(DEFAULT_PARTITION, from, to, value);
        emit ControllerTransfer(msg.sender, from, to, value, data, operatorData);
    }

    function controllerRedeem(address tokenHolder, uint256 value, bytes calldata data, bytes calldata operatorData)
        external
        onlyController
    {
        _redeem(DEFAULT_PARTITION, tokenHolder, value);
        emit ControllerRedemption(msg.sender, tokenHolder, value, data, operatorData);
    }

    // ---- internals ----

    function _move(bytes32 partition, address from, address to, uint256 value) private {
        _debit(partition, from, value);
        _credit(partition, to, value);
        emit Transfer(from, to, value);
    }

    function _issue(bytes32 partition, address to, uint256 value) private {
        totalSupply += value;
        _credit(partition, to, value);
        emit Transfer(address(0), to, value);
    }

    function _redeem(bytes32 partition, address from, uint256 value) private {
        _debit(partition, from, value);
        totalSupply -= value;
        emit Transfer(from, address(0), value);
    }

    function _debit(bytes32 partition, address holder, uint256 value) private {
        uint256 balance = _byPartition[holder][partition];
        if (balance < value) revert InsufficientBalance(holder, partition, balance, value);
        _byPartition[holder][partition] = balance - value;
        _balances[holder] -= value;
    }

    function _credit(bytes32 partition, address holder, uint256 value) private {
        if (_byPartition[holder][partition] == 0 && !_holds(holder, partition)) {
            _partitions[holder].push(partition);
        }
        _byPartition[holder][partition] += value;
        _balances[holder] += value;
    }

    function _holds(address holder, bytes32 partition) private view returns (bool) {
        bytes32[] storage held = _partitions[holder];
        for (uint256 i = 0; i < held.length; i++) {
            if (held[i] == partition) return true;
        }
        return false;
    }
}

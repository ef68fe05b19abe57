#!/usr/bin/env node
// Compiles every .sol file of a folder with solc-js from the repository's node_modules (offline) and
// writes one <ContractName>.json (abi, bytecode, deployedBytecode) per deployable contract defined there.
// Usage: node compile-contracts.js <repository root> <solidity folder> <output folder>
'use strict';

const fs = require('fs');
const path = require('path');

function fail(message) {
  console.error('compile-contracts: ' + message);
  process.exit(1);
}

const [root, sourceDir, outDir] = process.argv.slice(2);
if (!root || !sourceDir || !outDir) {
  fail('usage: compile-contracts.js <repository root> <solidity folder> <output folder>');
}
const nodeModules = path.join(root, 'node_modules');
if (!fs.existsSync(path.join(nodeModules, 'solc', 'package.json'))) {
  fail(nodeModules + '/solc is missing: run `npm ci --ignore-scripts` at the repository root first');
}

const sources = {};
for (const file of fs.readdirSync(sourceDir).filter((f) => f.endsWith('.sol')).sort()) {
  sources[file] = { content: fs.readFileSync(path.join(sourceDir, file), 'utf8') };
}
if (Object.keys(sources).length === 0) {
  fail('no .sol file in ' + sourceDir);
}

// Loading solc-js takes seconds: skip when sources, compiler and this script are what built outDir.
const inputsHash = require('crypto')
  .createHash('sha256')
  .update(JSON.stringify(sources))
  .update(fs.readFileSync(path.join(nodeModules, 'solc', 'package.json')))
  .update(fs.readFileSync(__filename))
  .digest('hex');
const stampFile = path.join(outDir, '.inputs-sha256');
if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === inputsHash) {
  console.log('compile-contracts: contracts in ' + outDir + ' are up to date');
  process.exit(0);
}
const solc = require(path.join(nodeModules, 'solc'));

// Imports such as "@openzeppelin/contracts/..." resolve inside node_modules, never over the network.
function findImports(importPath) {
  const candidate = path.resolve(nodeModules, importPath);
  if (!candidate.startsWith(nodeModules + path.sep)) {
    return { error: 'import outside node_modules: ' + importPath };
  }
  if (!fs.existsSync(candidate)) {
    return { error: 'not found in node_modules: ' + importPath };
  }
  return { contents: fs.readFileSync(candidate, 'utf8') };
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};
const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const errors = (output.errors || []).filter((e) => e.severity === 'error');
for (const message of output.errors || []) {
  console.error(message.formattedMessage);
}
if (errors.length > 0) {
  fail(errors.length + ' compilation error(s)');
}

fs.mkdirSync(outDir, { recursive: true });
for (const stale of fs.readdirSync(outDir).filter((f) => f.endsWith('.json'))) {
  fs.unlinkSync(path.join(outDir, stale)); // a renamed or removed contract must not linger
}
let written = 0;
for (const file of Object.keys(sources)) {
  for (const [name, contract] of Object.entries(output.contracts[file] || {})) {
    const bytecode = contract.evm.bytecode.object;
    if (!bytecode) {
      continue; // abstract contracts and interfaces cannot be deployed
    }
    const artifact = {
      contractName: name,
      sourceName: file,
      compiler: 'solc-js ' + solc.version(),
      abi: contract.abi,
      bytecode: '0x' + bytecode,
      deployedBytecode: '0x' + contract.evm.deployedBytecode.object,
    };
    fs.writeFileSync(path.join(outDir, name + '.json'), JSON.stringify(artifact, null, 2) + '\n');
    written++;
  }
}
fs.writeFileSync(stampFile, inputsHash);
console.log('compile-contracts: ' + written + ' contracts from ' + Object.keys(sources).length
  + ' sources with solc ' + solc.version() + ' into ' + outDir);

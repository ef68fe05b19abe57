// Builds the selector database from the ABIs that npm packages ship: every function and event of
// every artifact, as a canonical text signature (tuples expanded) with its selector or topic0, the
// parameter names of the first artifact that declares it and the package and contract it came from.
// De-duplicated by (kind, canonical signature, indexed inputs) and sorted, so the output only
// changes when the packages do.
//
// Usage: node selector-db.mjs <repository root> <output file>
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const PACKAGES = [
  { name: '@openzeppelin/contracts', dir: 'build/contracts' },
  { name: '@uniswap/v2-core', dir: 'build' },
  { name: '@uniswap/v2-periphery', dir: 'build' },
  { name: '@uniswap/v3-core', dir: 'artifacts' },
  { name: '@uniswap/v3-periphery', dir: 'artifacts' },
];

function fail(message) {
  console.error(`selector-db: ${message}`);
  process.exit(1);
}

const [root, output] = process.argv.slice(2);
if (!root || !output) {
  fail('usage: node selector-db.mjs <repository root> <output file>');
}
const modules = join(resolve(root), 'node_modules');
for (const pkg of PACKAGES) {
  if (!existsSync(join(modules, pkg.name, pkg.dir))) {
    fail(`${join(modules, pkg.name, pkg.dir)} is missing: run "npm ci --ignore-scripts" at the ` +
      'repository root before Maven (the selector database is built from those ABIs)');
  }
}
const { ethers } = createRequire(join(modules, 'package.json'))('ethers');

function artifacts(dir) {
  const found = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      found.push(...artifacts(path));
    } else if (entry.endsWith('.json') && !entry.endsWith('.dbg.json')) {
      found.push(path);
    }
  }
  return found;
}

function canonical(param) {
  const type = param.type;
  if (!type.startsWith('tuple')) {
    return type;
  }
  return '(' + param.components.map(canonical).join(',') + ')' + type.slice('tuple'.length);
}

function named(param, event) {
  const words = [canonical(param)];
  if (event && param.indexed) {
    words.push('indexed');
  }
  if (param.name && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(param.name)) {
    words.push(param.name);
  }
  return words.join(' ');
}

const entries = new Map();
let files = 0;
for (const pkg of PACKAGES) {
  const version = JSON.parse(readFileSync(join(modules, pkg.name, 'package.json'), 'utf8')).version;
  for (const path of artifacts(join(modules, pkg.name, pkg.dir))) {
    const artifact = JSON.parse(readFileSync(path, 'utf8'));
    if (!Array.isArray(artifact.abi)) {
      continue;
    }
    files++;
    const contract = artifact.contractName || basename(path, '.json');
    for (const item of artifact.abi) {
      if ((item.type !== 'function' && item.type !== 'event') || item.anonymous) {
        continue;
      }
      const event = item.type === 'event';
      const inputs = item.inputs || [];
      const signature = `${item.name}(${inputs.map(canonical).join(',')})`;
      const fragment = ethers.Fragment.from(item);
      if (fragment.format('sighash') !== signature) {
        fail(`${path}: ${signature} is ${fragment.format('sighash')} for ethers`);
      }
      const mask = event ? inputs.map((p) => (p.indexed ? '1' : '0')).join('') : '';
      const key = `${item.type} ${signature} ${mask}`;
      const origin = `${pkg.name}@${version}/${contract}`;
      const known = entries.get(key);
      if (known) {
        known.declarations++;
        continue;
      }
      const hash = ethers.id(signature);
      entries.set(key, {
        kind: item.type,
        selector: event ? hash : hash.slice(0, 10),
        signature,
        line: `${item.type} ${item.name}(${inputs.map((p) => named(p, event)).join(',')})`,
        origin,
        declarations: 1,
      });
    }
  }
}

const sorted = [...entries.values()].sort((a, b) =>
  a.kind.localeCompare(b.kind) || a.selector.localeCompare(b.selector) ||
  a.signature.localeCompare(b.signature) || a.line.localeCompare(b.line));
const lines = [
  '# Selector database generated at build time from the ABIs of ' +
    PACKAGES.map((p) => p.name).join(', ') + '. Do not edit.',
  '# kind\tselector or topic0\tcanonical signature\tsignature with names\tfirst origin\tdeclarations',
  ...sorted.map((e) =>
    [e.kind, e.selector, e.signature, e.line, e.origin, e.declarations].join('\t')),
];
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, lines.join('\n') + '\n');
const functions = sorted.filter((e) => e.kind === 'function').length;
console.log(`selector-db: ${functions} functions and ${sorted.length - functions} events ` +
  `from ${files} artifacts into ${output}`);

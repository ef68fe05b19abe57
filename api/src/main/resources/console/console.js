// The web console: a hash-routed page over the API's own endpoints, with the key the person enters.
'use strict';

const KEY = 'chainExplorer.apiKey';
const view = document.getElementById('view');
const keyForm = document.getElementById('key-form');
let refresh = null;

/** An element with attributes and children (strings become text: nothing is parsed as HTML). */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  children.flat().forEach(c => node.append(c instanceof Node ? c : String(c ?? '')));
  return node;
}
const link = (href, text, cls) => el('a', { href, class: cls || 'mono' }, text);
const txLink = h => link('#/tx/' + h, h);
const addressLink = a => (a ? link('#/address/' + a, a) : '');
const blockLink = n => link('#/block/' + n, n, 'num');
const table = (head, rows) =>
  el('table', {}, el('thead', {}, el('tr', {}, head.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(r => el('tr', {}, r.map(c => el('td', {}, c))))));

class ApiError extends Error {
  constructor(status, detail) { super(detail); this.status = status; }
}

/** GET of the API with the session's key; a 401 or 403 asks for a key again. */
async function api(path) {
  const response = await fetch(path, {
    headers: { Authorization: 'Bearer ' + sessionStorage.getItem(KEY), Accept: 'application/json' },
  });
  const body = await response.json().catch(() => ({}));
  if (response.status === 401 || response.status === 403) {
    sessionStorage.removeItem(KEY);
    askForKey(body.detail || 'The key was refused.');
    throw new ApiError(response.status, body.detail);
  }
  if (!response.ok) throw new ApiError(response.status, body.detail || body.title);
  return body;
}

function askForKey(message) {
  stopRefresh();
  view.replaceChildren();
  keyForm.hidden = false;
  document.getElementById('forget-key').hidden = true;
  const error = document.getElementById('key-error');
  error.hidden = !message;
  error.textContent = message || '';
  document.getElementById('key-input').focus();
}

function stopRefresh() {
  if (refresh) clearInterval(refresh);
  refresh = null;
}

const figure = (id, label, value) => el('div', { class: 'figure' }, label, el('b', { id }, value ?? '–'));

async function statusPage() {
  const [status, keys] = await Promise.all([api('/v1/ops/pipeline'), api('/v1/ops/keys')]);
  const run = status.lastBatchRun;
  return [
    el('h1', {}, 'Pipeline'),
    el('div', { class: 'figures' },
      figure('status-head', 'Chain head seen', status.headSeen),
      figure('status-published', 'Last block published', status.lastPublished),
      figure('status-lag', 'Poller lag (blocks)', status.lagBlocks),
      figure('status-lag-seconds', 'Behind by (s)', status.lagSeconds == null ? null : Math.round(status.lagSeconds))),
    el('h2', {}, 'Consumer lag'),
    table(['Group', 'Kind', 'Records behind'],
      status.consumers.map(c => [c.group, c.kind, c.lag])),
    el('h2', {}, 'Dead letters'),
    table(['Source', 'Kind', 'Records'], status.deadLetters.map(d => [d.source, d.kind, d.count])),
    el('h2', {}, 'Last batch run'),
    run ? table(['Run', 'Complete up to', 'Finished', 'Mode'],
      [[run.runId, run.watermark, run.finishedAt, run.mode]]) : el('p', { class: 'muted' }, 'No batch run loaded yet.'),
    el('h2', {}, 'Provider keys'),
    table(['Key alias', 'Used today', 'Budget left', 'Burn-down', 'Runs out in', 'State'],
      keys.keys.map(k => [k.alias, k.usedToday, k.budgetLeft, burnDown(k),
        k.secondsToExhaustion == null ? 'not spending' : duration(k.secondsToExhaustion),
        k.disabled ? el('span', { class: 'down' }, 'refused') : 'ok'])),
    table(['Provider', 'Keys needed at the tip', 'Keys refused'],
      keys.providers.map(p => [p.provider, p.keysNeeded, p.keysDisabled])),
    el('p', { class: 'muted' }, 'Sources: ',
      status.targets.map(t => el('span', { class: t.up ? '' : 'down' }, t.url + (t.up ? '' : ' (down)') + ' '))),
  ];
}

/** The share of today's budget left, as a bar. */
function burnDown(k) {
  const total = k.usedToday + k.budgetLeft;
  const left = total === 0 ? 0 : (100 * k.budgetLeft) / total;
  return el('div', { class: 'bar', title: Math.round(left) + '% left' }, el('span', { style: 'width:' + left + '%' }));
}

function duration(seconds) {
  const h = Math.floor(seconds / 3600);
  return h >= 1 ? h + ' h ' + Math.floor((seconds % 3600) / 60) + ' min' : Math.ceil(seconds / 60) + ' min';
}

async function blocksPage() {
  const blocks = await api('/v1/blocks/latest?count=15');
  return [el('h1', {}, 'Latest blocks'), table(['Block', 'Hash', 'Time', 'Transactions', 'Gas used'],
    blocks.items.map(b => [blockLink(b.blockNumber), el('span', { class: 'mono' }, b.blockHash),
      b.blockTimestamp, b.transactionCount, b.gasUsed]))];
}

async function blockPage(id) {
  const b = await api(/^0x[0-9a-fA-F]{64}$/.test(id) ? '/v1/blocks/by-hash/' + id : '/v1/blocks/' + id);
  return [el('h1', {}, 'Block ' + b.blockNumber), fields(b)];
}

function fields(object) {
  return table(['Field', 'Value'], Object.entries(object)
    .filter(([, v]) => v === null || typeof v !== 'object')
    .map(([k, v]) => [k, value(k, v)]));
}

/** A field's value; addresses and block numbers lead to their pages. */
function value(name, v) {
  if (typeof v === 'string' && /^0x[0-9a-fA-F]{40}$/.test(v)) return addressLink(v);
  if (name === 'blockNumber') return blockLink(v);
  return el('span', { class: 'mono' }, v ?? '');
}

const parameters = ps => table(['Parameter', 'Type', 'Value'],
  (ps || []).map(p => [p.name, p.type, el('span', { class: 'mono' }, typeof p.value === 'string' ? p.value : JSON.stringify(p.value))]));

async function transactionPage(hash) {
  const tx = await api('/v1/transactions/' + hash);
  const call = tx.decodedCall;
  return [
    el('h1', {}, 'Transaction'),
    el('p', { id: 'tx-hash', class: 'mono' }, tx.txHash),
    fields(tx),
    el('h2', {}, 'Decoded call'),
    call ? el('div', { id: 'decoded-call' }, el('p', {}, el('b', { class: 'function' }, call.functionName || call.selector),
      ' ', el('span', { class: 'mono muted' }, call.signature || '')), parameters(call.parameters))
      : el('p', { class: 'muted' }, 'Not decoded.'),
    el('h2', {}, 'Events'),
    ...(tx.decodedEvents || []).map(e => el('div', { class: 'event' },
      el('p', {}, el('b', {}, e.eventName || '?'), ' log ' + e.logIndex + ' of ', addressLink(e.contractAddress)),
      parameters(e.parameters))),
    el('h2', {}, 'Token transfers'),
    table(['From', 'To', 'Token', 'Standard', 'Amount', 'Token id'], (tx.tokenTransfers || []).map(t =>
      [addressLink(t.fromAddress), addressLink(t.toAddress), addressLink(t.tokenAddress), t.standard, t.amount, t.tokenId])),
  ];
}

/** A listing with a "Next page" button that follows the API's cursor. */
function listing(title, id, path, columns, row) {
  const body = el('tbody', {});
  const more = el('button', { type: 'button', id: id + '-next', hidden: '' }, 'Next page');
  let cursor = null;
  async function load() {
    const page = await api(path + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''));
    page.items.forEach(item => body.append(el('tr', {}, row(item).map(c => el('td', {}, c)))));
    cursor = page.next;
    more.hidden = !cursor;
  }
  more.addEventListener('click', () => load().catch(showError));
  return { load, node: el('div', { id }, el('h2', {}, title),
    el('table', {}, el('thead', {}, el('tr', {}, columns.map(c => el('th', {}, c)))), body), more) };
}

async function addressPage(address) {
  const txs = listing('Transactions', 'address-transactions', '/v1/addresses/' + address + '/transactions?limit=25',
    ['Block', 'Transaction', 'Direction', 'Counterparty', 'Value'],
    t => [blockLink(t.blockNumber), txLink(t.txHash), t.direction, addressLink(t.counterparty), t.value]);
  const transfers = listing('Token transfers', 'address-transfers', '/v1/addresses/' + address + '/token-transfers?limit=25',
    ['Block', 'Transaction', 'Direction', 'Counterparty', 'Token', 'Amount', 'Token id'],
    t => [blockLink(t.blockNumber), txLink(t.txHash), t.direction, addressLink(t.counterparty),
      addressLink(t.tokenAddress), t.amount, t.tokenId]);
  await Promise.all([txs.load(), transfers.load()]);
  return [el('h1', {}, 'Address'), el('p', { class: 'mono' }, address), txs.node, transfers.node];
}

/** A 32-byte hash is a transaction's or a block's: the transaction is tried first. */
async function hashPage(hash) {
  try {
    return await transactionPage(hash);
  } catch (e) {
    if (e.status !== 404) throw e;
  }
  try {
    return await blockPage(hash);
  } catch (e) {
    if (e.status === 404) throw new ApiError(404, 'no transaction or block has this hash');
    throw e;
  }
}

function search(text) {
  const q = text.trim();
  if (/^[0-9]{1,18}$/.test(q)) return '#/block/' + q;
  if (/^0x[0-9a-fA-F]{64}$/.test(q)) return '#/hash/' + q;
  if (/^0x[0-9a-fA-F]{40}$/.test(q)) return '#/address/' + q;
  return null;
}

function showError(e) {
  if (e instanceof ApiError && (e.status === 401 || e.status === 403)) return;
  view.replaceChildren(el('p', { class: 'error', id: 'error' },
    e instanceof ApiError && e.status === 404 ? 'Not found: ' + (e.message || '') : 'Error: ' + e.message));
}

const pages = { status: statusPage, blocks: blocksPage, block: blockPage, tx: transactionPage, hash: hashPage, address: addressPage };

async function route() {
  stopRefresh();
  if (!sessionStorage.getItem(KEY)) return askForKey();
  keyForm.hidden = true;
  document.getElementById('forget-key').hidden = false;
  const [, name, arg] = (location.hash || '#/status').match(/^#\/(\w+)\/?(.*)$/) || [];
  const page = pages[name] || statusPage;
  const render = () => page(decodeURIComponent(arg || '')).then(nodes => view.replaceChildren(...nodes));
  try {
    await render();
    // The status follows the pipeline while it is on screen.
    if (page === statusPage) refresh = setInterval(() => render().catch(showError), 5000);
  } catch (e) {
    showError(e);
  }
}

keyForm.addEventListener('submit', event => {
  event.preventDefault();
  const key = document.getElementById('key-input').value.trim();
  if (!key) return;
  sessionStorage.setItem(KEY, key);
  document.getElementById('key-input').value = '';
  route();
});
document.getElementById('forget-key').addEventListener('click', () => {
  sessionStorage.removeItem(KEY);
  askForKey();
});
document.getElementById('search-form').addEventListener('submit', event => {
  event.preventDefault();
  const target = search(document.getElementById('search-input').value);
  if (target) location.hash = target;
  else view.replaceChildren(el('p', { class: 'error', id: 'error' }, 'Enter a block number, a 32-byte hash or an address.'));
});
window.addEventListener('hashchange', route);
route();

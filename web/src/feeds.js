// The feeds panel: each watched feed's health (last success, last error, items stored
// today), read from api/feeds every half minute. When a feed has handed on new items since
// the last look, the views reload, so events from `serve --watch` appear without a reload.
// The panel stays hidden while the store has no feeds.

import { fetchJson, itemsOf } from './api.js';
import { byId } from './dom.js';
import { textElement } from './text.js';

const EVERY_MS = 30_000;

function when(iso) {
  return iso ? iso.replace('T', ' ').replace(/(:\d\d)(\.\d+)?Z$/, '$1 UTC') : 'never';
}

function row(feed) {
  const tr = document.createElement('tr');
  tr.dataset.healthy = String(feed.healthy);
  const health = feed.healthy ? 'ok' : `failing (${feed.failures} in a row)`;
  tr.append(
    textElement('td', feed.url, 'feed-url'),
    textElement('td', health, feed.healthy ? 'feed-ok' : 'feed-failing'),
    textElement('td', when(feed.last_success)),
    textElement('td', feed.last_error ?? ''),
    textElement('td', String(feed.items_today), 'num'),
  );
  return tr;
}

/**
 * Shows the feeds and calls onNewItems when their items grew since the last call (not on the
 * first). Errors show in the panel, not in the page's error box: the views still work.
 */
export function watchFeeds(onNewItems) {
  let seen = null;
  const panel = byId('feeds-panel');
  const table = byId('feeds-table');
  async function load() {
    try {
      const feeds = itemsOf(await fetchJson('feeds'));
      panel.hidden = feeds.length === 0;
      table.querySelector('tbody').replaceChildren(...feeds.map(row));
      byId('feeds-error').hidden = true;
      table.dataset.state = 'ready';
      const total = feeds.reduce((sum, feed) => sum + feed.items_seen, 0);
      if (seen !== null && total > seen) onNewItems();
      seen = total;
    } catch (error) {
      byId('feeds-error').textContent = error.message;
      byId('feeds-error').hidden = false;
      table.dataset.state = 'error';
    }
  }
  load();
  return setInterval(load, EVERY_MS);
}

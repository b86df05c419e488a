// Shared helpers for the end-to-end tests: a static server for dist/, a Chromium launcher, and
// waits for what the page shows a moment after an action (Leptos 0.8 renders in effects) and for
// the autosave that follows an edit.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { staticServer } from '../../scripts/static-server.mjs';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * Serves dist/ (or a copy of it, `dir`) on 127.0.0.1 under `prefix` (e.g. '/skp/' as on a
 * trainer's laptop), like any plain static server: no fallback to index.html for unknown paths.
 */
export async function serveDist(prefix = '/', dir = DIST) {
  const server = staticServer(dir, prefix);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Headless Debian Chromium with no background traffic of its own; `extra`: more switches. */
export function launchBrowser(extra = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extra,
    ],
  });
}

/**
 * Opens a fresh page that records console errors, uncaught exceptions and every request,
 * so a test can assert the page stayed quiet and talked only to its own origin.
 */
export async function openPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  return { context, page, problems, requests };
}

/**
 * Retries `check` (a function that asserts) until it passes, then returns its result; after
 * `timeout` ms rethrows its last failure. For any read right after an action: the page shows the
 * result a moment later, so a read at once can see the state from before the action.
 */
export async function eventually(check, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > end) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until `locator` shows exactly `expected` (a string) or matches it (a RegExp). */
export async function expectText(locator, expected, timeout) {
  await eventually(async () => {
    const text = await locator.innerText({ timeout: 1000 });
    if (expected instanceof RegExp) assert.match(text, expected);
    else assert.equal(text, expected);
  }, timeout);
}

/** Waits until the field `locator` holds exactly `expected`. */
export async function expectValue(locator, expected, timeout) {
  await eventually(async () => assert.equal(await locator.inputValue({ timeout: 1000 }), expected), timeout);
}

/** Waits until `locator` matches exactly `expected` elements. */
export async function expectCount(locator, expected, timeout) {
  await eventually(async () => assert.equal(await locator.count(), expected), timeout);
}

/**
 * Call before an edit; await the function it returns after the edit, before a reload or a
 * read of storage. It resolves once the stored SKP records differ from what they were at the
 * call AND the status strip says the work is saved, i.e. once the save that follows the edit
 * has run and none is pending. (Waiting for "Tersimpan" alone can see the status from before
 * the edit; a fixed sleep races the 800 ms autosave on a busy machine.)
 */
export async function watchSave(page) {
  // The same snapshot in both page functions (the page's CSP forbids building one from text).
  const before = await page.evaluate(() =>
    JSON.stringify(Object.keys(localStorage).filter((k) => k.startsWith('skp-mandiri/skp/')).sort().map((k) => [k, localStorage.getItem(k)])),
  );
  return () =>
    page.waitForFunction(
      (before) =>
        JSON.stringify(Object.keys(localStorage).filter((k) => k.startsWith('skp-mandiri/skp/')).sort().map((k) => [k, localStorage.getItem(k)])) !== before &&
        (document.querySelector('.save-status')?.textContent ?? '').includes('Tersimpan di perangkat ini'),
      before,
      { timeout: 10000 },
    );
}

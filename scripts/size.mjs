// Loads the release dist/ once in Chromium and prints what the first page load fetched, then
// every WebAssembly chunk that a page fetches on its first visit (src/ui/chunks.rs).
import { gzipSync } from 'node:zlib';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launchBrowser, openPage, DIST } from '../tests/e2e/support.mjs';

const server = await serveDist('/');
const browser = await launchBrowser();
try {
  const { page, requests } = await openPage(browser);
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  let raw = 0;
  let gzip = 0;
  const rows = [];
  for (const url of new Set(requests)) {
    const file = new URL(url).pathname.slice(1) || 'index.html';
    const body = await readFile(join(DIST, file));
    const packed = gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gzip += packed;
    rows.push([file, body.length, packed]);
  }
  rows.sort((a, b) => b[1] - a[1]);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
  console.log(`${'file'.padEnd(40)}${'raw'.padStart(10)}${'gzip'.padStart(10)}`);
  for (const [file, bytes, packed] of rows) console.log(`${file.padEnd(40)}${kb(bytes)}${kb(packed)}`);
  console.log(`${'first load total'.padEnd(40)}${kb(raw)}${kb(gzip)}   (${raw} / ${gzip} bytes)`);

  // The chunks: split_<page>.wasm holds what only that page uses, chunk_<n>.wasm what several
  // pages share; a page fetches its own and the shared ones it needs.
  const folder = (await readdir(DIST)).find((f) => f.startsWith('wasm-'));
  const fetched = new Set(rows.map(([file]) => file));
  const chunks = [];
  for (const file of await readdir(join(DIST, folder))) {
    if (!file.endsWith('.wasm') || fetched.has(`${folder}/${file}`)) continue;
    const body = await readFile(join(DIST, folder, file));
    chunks.push([file, body.length, gzipSync(body, { level: 9 }).length]);
  }
  chunks.sort((a, b) => b[1] - a[1]);
  console.log(`\n${'chunks loaded on first visit of a page'.padEnd(40)}${'raw'.padStart(10)}${'gzip'.padStart(10)}`);
  for (const [file, bytes, packed] of chunks) console.log(`${file.padEnd(40)}${kb(bytes)}${kb(packed)}`);
  const sum = (i) => chunks.reduce((total, row) => total + row[i], 0);
  console.log(`${`${chunks.length} chunks in all`.padEnd(40)}${kb(sum(1))}${kb(sum(2))}`);
} finally {
  await browser.close();
  await server.close();
}

// Loads the release dist/ once in Chromium and prints what the first page load fetched.
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
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
} finally {
  await browser.close();
  await server.close();
}

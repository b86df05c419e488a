// The workshop room: participants open the trainer's laptop over plain HTTP by a network name,
// which is not a secure context. The page says where their work is kept and offers handing in
// the file; the serve command gives one address and warns when it changed since last time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, serveDist, launchBrowser, expectText } from './support.mjs';

/** Runs the serve command's server until it prints its stop line; returns what it printed. */
async function serveOnce(state, port) {
  const child = spawn(
    process.execPath,
    ['scripts/static-server.mjs', DIST, '--base', '/skp/', '--address', '0.0.0.0', '--port', String(port)],
    { env: { ...process.env, SKP_MANDIRI_STATE: state } },
  );
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no stop line in: ${out}`)), 10000);
      child.stdout.on('data', () => {
        if (out.includes('Ctrl+C')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
  } finally {
    child.kill();
  }
  return out;
}

test('the room serve command gives one address and warns when the port differs from the last time', async () => {
  const state = join(await mkdtemp(join(tmpdir(), 'skp-serve-')), 'last-serve.json');
  const first = await serveOnce(state, 18931);
  const { host } = JSON.parse(await readFile(state, 'utf8'));
  const address = `http://${host}:18931/skp/`;
  assert.ok(first.includes(`Open:\n  ${address}\n`), first);
  assert.doesNotMatch(first, /PERHATIAN/);
  const same = await serveOnce(state, 18931);
  assert.doesNotMatch(same, /PERHATIAN/);
  const moved = await serveOnce(state, 18932);
  assert.ok(moved.includes(`PERHATIAN: terakhir kali aplikasi disajikan di ${address}, sekarang di http://${host}:18932/skp/.`), moved);
  assert.match(moved, /--port 18931 --base \/skp\//);
});

test('opened by a network name over plain http, the page says where the work is kept and hands in the file', async () => {
  const server = await serveDist('/skp/');
  const port = new URL(server.url).port;
  const browser = await launchBrowser(['--host-resolver-rules=MAP kelas.lan 127.0.0.1']);
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const address = `http://kelas.lan:${port}/skp/`;
    await page.goto(address);
    assert.equal(await page.evaluate(() => window.isSecureContext), false);
    const line = page.locator('.room-line');
    await expectText(line, new RegExp(`hanya tersimpan di peramban ini, di alamat ${address.replace(/[.]/g, '\\.')}:`));
    // Nothing open yet: no file to hand in.
    assert.equal(await line.getByRole('button').count(), 0);
    await page.goto(`${address}#/skp`);
    await page.getByRole('button', { name: 'Kepala Seksi (pejabat pengawas, JA)' }).click();
    const handIn = line.getByRole('button', { name: /^Serahkan berkas \(SKP_.*\.json\)$/ });
    await handIn.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), handIn.click()]);
    const label = await handIn.textContent();
    assert.equal(`Serahkan berkas (${download.suggestedFilename()})`, label);
    const text = await readFile(await download.path(), 'utf8');
    assert.equal(JSON.parse(text).format, 'skp-mandiri/skp');
    await context.close();
    // On 127.0.0.1 the browser protects the storage as usual: no such line.
    const local = await browser.newPage();
    await local.goto(server.url);
    await local.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await local.locator('.room-line').count(), 0);
  } finally {
    await browser.close();
    await server.close();
  }
});

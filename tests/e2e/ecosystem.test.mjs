// At home in a civil servant's tools: the app installs (manifest, icons, Chromium's own
// installability check) and offers a new version without losing what is typed; the dates
// that matter download as an .ics calendar; the tunjangan kinerja simulation keeps the
// agency's own table; the SKP goes to e-Kinerja as CSV or pasted text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist, launchBrowser, openPage, expectValue, watchSave, DIST } from './support.mjs';

const EXAMPLE = 'JF Analis Kebijakan Ahli Pertama';

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await serveDist('/');
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: (await readFile(await file.path())).toString() };
}

async function withExample(page, base = server.url) {
  await page.goto(base + '#/skp');
  const saved = await watchSave(page);
  await page.getByRole('button', { name: EXAMPLE }).click();
  await saved();
}

test('the app installs from its manifest, and a new version is loaded only on the person\'s word', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'skp-dist-'));
  await cp(DIST, dir, { recursive: true });
  const served = await serveDist('/skp/', dir);
  // A profile of its own: Chromium does not offer installing in an incognito-like context.
  const profile = await mkdtemp(join(tmpdir(), 'skp-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  try {
    const manifest = await (await fetch(served.url + 'manifest.webmanifest')).json();
    assert.equal(manifest.name, 'SKP Mandiri');
    assert.equal(manifest.start_url, './');
    assert.equal(manifest.scope, './');
    assert.equal(manifest.display, 'standalone');
    for (const icon of manifest.icons) {
      const answer = await fetch(served.url + icon.src);
      assert.equal(answer.status, 200, icon.src);
      assert.equal(answer.headers.get('content-type').split(';')[0], icon.type, icon.src);
    }
    await withExample(page, served.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, [], 'Chromium finds the app installable');

    // A rebuild is served: the page says so, and loads it only when asked, after saving.
    await page.goto(served.url + '#/perencanaan');
    const field = page.locator('.rhk-card').first().getByLabel('Rumusan Rencana Hasil Kerja');
    const sw = join(dir, 'sw.js');
    await writeFile(sw, (await readFile(sw, 'utf8')).replace(/const VERSION = ["'][^"']*["']/, "const VERSION = 'versi-baru'"));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const line = page.getByRole('status').filter({ hasText: 'Versi baru SKP Mandiri sudah tersedia' });
    await line.waitFor();
    await field.fill('Rumusan yang diketik sesaat sebelum pembaruan');
    await Promise.all([
      page.waitForEvent('load'),
      line.getByRole('button', { name: 'Simpan dan muat versi baru' }).click(),
    ]);
    await expectValue(page.locator('.rhk-card').first().getByLabel('Rumusan Rencana Hasil Kerja'), 'Rumusan yang diketik sesaat sebelum pembaruan');
    const caches = await page.evaluate(() => self.caches.keys());
    assert.deepEqual(caches, ['skp-mandiri-versi-baru']);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await served.close();
    await rm(dir, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
});

test('the dates that matter download as a calendar that updates rather than duplicates', async () => {
  const { page, context } = await openPage(browser);
  await withExample(page);
  await page.goto(server.url + '#/ringkasan');
  const section = page.locator('section[aria-labelledby=kalender]');
  await section.getByText(/Akhir Triwulan I 2025/).waitFor();
  await section.getByLabel('Zona waktu').selectOption('WITA');
  await section.getByLabel('Pengingat (hari sebelumnya)').fill('3');
  await section.getByLabel('Pengingat (hari sebelumnya)').blur();
  const first = await download(page, () => section.getByRole('button', { name: 'Unduh kalender (.ics)' }).click());
  assert.match(first.name, /\.ics$/);
  const text = first.text;
  assert.ok(text.startsWith('BEGIN:VCALENDAR\r\n'));
  assert.ok(!/[^\r]\n/.test(text), 'every line ends in CRLF');
  for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
  assert.match(text, /X-WR-TIMEZONE:Asia\/Makassar/);
  assert.match(text, /SUMMARY:Akhir Triwulan I 2025/);
  const uids = (t) => t.split('\r\n').filter((l) => l.startsWith('UID:')).sort();
  // The choices stay, and a second download carries the same events.
  await page.reload();
  await expectValue(section.getByLabel('Pengingat (hari sebelumnya)'), '3');
  const second = await download(page, () => section.getByRole('button', { name: 'Unduh kalender (.ics)' }).click());
  assert.deepEqual(uids(second.text), uids(text));
  assert.ok(uids(text).length >= 5);
  await context.close();
});

test("the tunjangan simulation keeps the agency's table and says it is not national law", async () => {
  const { page, context } = await openPage(browser);
  await withExample(page);
  await page.goto(server.url + '#/penilaian');
  const section = page.locator('section[aria-labelledby=tunjangan]');
  await section.getByText('bukan oleh ketentuan nasional', { exact: false }).waitFor();
  await section.getByText(/^CONTOH:/).waitFor();
  // Typed as people write rupiah; it reads back whole (not 10000000,01).
  await section.getByLabel('Tunjangan kinerja penuh jabatan Anda (Rp)').fill('Rp 10.000.000,-');
  await section.getByLabel('Tunjangan kinerja penuh jabatan Anda (Rp)').blur();
  await expectValue(section.getByLabel('Tunjangan kinerja penuh jabatan Anda (Rp)'), '10000000');
  await section.getByRole('row', { name: /^Sangat Baik/ }).getByText('Rp10.000.000').first().waitFor();
  await section.getByLabel('Persentase untuk Baik').fill('90');
  await section.getByLabel('Persentase untuk Baik').blur();
  await section.getByRole('row', { name: /^Baik/ }).getByText('Rp9.000.000').first().waitFor();
  assert.equal(await section.getByText(/^CONTOH:/).count(), 0, 'the table is the person\'s now');
  await page.reload();
  await expectValue(section.getByLabel('Persentase untuk Baik'), '90');
  await context.close();
});

test('the SKP goes to e-Kinerja as a CSV file and as text to paste', async () => {
  const { page, context } = await openPage(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await withExample(page);
  await page.goto(server.url + '#/ringkasan');
  const section = page.locator('section[aria-labelledby=ekinerja]');
  const rows = section.locator('.ekinerja-row');
  const csv = await download(page, () => rows.first().getByRole('button', { name: 'Unduh CSV' }).click());
  assert.match(csv.name, /-ekinerja-skp\.csv$/);
  assert.match(csv.text.split('\r\n')[0], /No;RHK Atasan yang Diintervensi;Jenis RHK;Rencana Hasil Kerja/);
  await rows.nth(1).getByRole('button', { name: 'Salin untuk ditempel' }).click();
  await section.getByText('Progres harian disalin.', { exact: false }).waitFor();
  const pasted = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(pasted.split('\n')[0].split('\t')[0], 'Rencana Aksi');
  assert.ok(pasted.split('\n').length > 1);
  await context.close();
});

// The release build is split: the start page and the library come with the first load, every
// other page's code is a WebAssembly chunk fetched on its first visit (src/ui/chunks.rs).
// These tests run against that split build: every page opens offline after one visit, and a
// chunk that cannot be fetched says so and can be fetched again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser, openPage, eventually, expectText } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Every page but the start page and the library, with the heading it opens with. */
const PAGES = [
  ['#/kelas', 'Kelas & Latihan'],
  ['#/bawahan', 'SKP Bawahan'],
  ['#/perencanaan', 'Perencanaan Kinerja'],
  ['#/pelaksanaan', 'Pelaksanaan, Pemantauan, dan Pembinaan'],
  ['#/penilaian', 'Penilaian Kinerja'],
  ['#/tindak-lanjut', 'Tindak Lanjut'],
  ['#/pengembangan', 'Pengembangan Kompetensi'],
  ['#/ringkasan', 'Ringkasan SKP'],
  ['#/cetak/skp', 'SASARAN KINERJA PEGAWAI'],
  ['#/cetak/evaluasi/tahunan', 'EVALUASI KINERJA PEGAWAI'],
  ['#/cetak/pengembangan', 'RENCANA PENGEMBANGAN KOMPETENSI'],
];

test('after one visit of the start page, every page opens offline, its chunk from the kept copy', async () => {
  const server = await serveDist('/');
  const { page, context, problems, requests } = await openPage(browser);
  try {
    await page.goto(server.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.evaluate(() => navigator.serviceWorker.ready);
    // Online, the page itself fetched no chunk: only the first load.
    assert.deepEqual(requests.filter((url) => /\/(split|chunk)_\w+\.wasm$/.test(url)), []);
    await server.close();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'SKP kosong' }).click();
    await expectText(page.locator('h1'), 'Perencanaan Kinerja');
    await page.getByLabel('Nama', { exact: true }).first().fill('Dewi Lestari');
    for (const [hash, heading] of PAGES) {
      await page.evaluate((h) => (location.hash = h), hash);
      await expectText(page.locator('main h1').first(), heading);
      assert.equal(await page.locator('.chunk-failed').count(), 0, hash);
    }
    // A reload offline on a page that loads a chunk.
    await page.evaluate(() => (location.hash = '#/penilaian'));
    await page.reload();
    await expectText(page.locator('main h1').first(), 'Penilaian Kinerja');
    await page.evaluate(() => (location.hash = '#/perencanaan'));
    const nama = page.getByLabel('Nama', { exact: true }).first();
    await eventually(async () => assert.equal(await nama.inputValue(), 'Dewi Lestari'));
    assert.deepEqual(problems.filter((p) => !p.includes('net::ERR_INTERNET_DISCONNECTED')), []);
  } finally {
    await context.close();
  }
});

test('a page whose chunk cannot be fetched says so, keeps the app usable, and loads on retry', async () => {
  const server = await serveDist('/');
  // No service worker: the chunk comes from the server, which is made to fail it.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    let fail = true;
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/\/split_penilaian\.wasm$/, async (route) => {
      if (fail) return route.abort('connectionrefused');
      await held;
      return route.continue();
    });
    await page.goto(server.url + '#/penilaian');
    const failed = page.getByRole('alert').filter({ hasText: 'Halaman ini belum bisa dibuka' });
    await failed.waitFor();
    await expectText(failed, /Data Anda aman di perangkat ini/);
    // The rest of the app still works: the navigation, the library.
    await page.getByRole('link', { name: 'SKP Saya' }).click();
    await expectText(page.locator('main h1').first(), 'SKP Saya');
    await page.goBack();
    await failed.waitFor();
    // Retry: a short loading line while the chunk comes, then the page.
    fail = false;
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await expectText(page.getByRole('status').filter({ hasText: 'Memuat halaman' }), 'Memuat halaman\u2026');
    release();
    await expectText(page.locator('main h1').first(), 'Penilaian Kinerja');
    assert.equal(await page.locator('.chunk-failed').count(), 0);
    // In English too.
    await page.getByRole('button', { name: /English/ }).click();
    await expectText(page.locator('main h1').first(), 'Performance Assessment');
  } finally {
    await context.close();
    await server.close();
  }
});

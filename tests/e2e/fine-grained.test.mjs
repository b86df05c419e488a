// Views that watch one part of an SKP (an RHK, an IKI, its realisasi, the plan's shape) must
// still show every change where it is shown, after reload too; a long plan opens its cards
// brief and draws them in steps; and visiting pages leaves nothing behind.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launchBrowser, openPage, eventually, expectCount, watchSave } from './support.mjs';

const EXAMPLE = 'JA Pengadministrasi Perkantoran';

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

async function startExample(page) {
  await page.goto(server.url + '#/skp');
  await page.getByRole('button', { name: EXAMPLE }).click();
  await page.waitForURL(/#\/perencanaan$/);
}

const rhkCard = (page, n) => page.locator('.rhk-card').nth(n);

/**
 * Waits until `locator`'s text content matches. Not innerText: cards off screen are not laid
 * out (content-visibility), and innerText of what is not laid out is empty.
 */
async function expectContent(locator, expected) {
  await eventually(async () => {
    const text = ((await locator.textContent({ timeout: 1000 })) ?? '').trim();
    if (expected instanceof RegExp) assert.match(text, expected);
    else assert.equal(text, expected);
  });
}

test('an edit in one card shows on every page that shows it, and after reload', async () => {
  const { context, page, problems } = await openPage(browser);
  try {
    await startExample(page);
    const first = rhkCard(page, 0);
    await first.getByLabel('Rumusan Rencana Hasil Kerja').fill('Surat masuk terdistribusi tepat waktu');
    await first.locator('.iki-card').first().getByLabel('Rumusan indikator').fill('Persentase surat terdistribusi dalam 1 hari');
    // A change of kind moves the RHK to the other list and renumbers both (the plan's shape).
    const utama = await page.locator('.rhk-list').first().locator('> li').count();
    const second = rhkCard(page, 1);
    const secondText = await second.getByLabel('Rumusan Rencana Hasil Kerja').inputValue();
    const saved = await watchSave(page);
    await second.getByLabel('Jenis kinerja').selectOption({ label: 'RHK tambahan' });
    await expectCount(page.locator('.rhk-list').first().locator('> li'), utama - 1);
    // It keeps its place in the SKP, so it comes first among the tambahan, which renumber.
    const tambahan = page.locator('.rhk-list').nth(1).locator('> li');
    await expectContent(tambahan.first().locator('h4'), 'RHK tambahan 1');
    assert.equal(await tambahan.first().getByLabel('Rumusan Rencana Hasil Kerja').inputValue(), secondText);
    await expectContent(tambahan.nth(1).locator('h4'), 'RHK tambahan 2');
    await saved();

    for (const round of ['as typed', 'after reload']) {
      await page.goto(server.url + '#/pelaksanaan');
      const note = page.locator('.note-group').first().locator('h4');
      await expectContent(note, 'RHK utama 1: Surat masuk terdistribusi tepat waktu');
      const row = page.locator('.year-table tbody tr').first().locator('th');
      await expectContent(row, 'RHK utama 1 · IKI 1: Persentase surat terdistribusi dalam 1 hari');
      const card = page.locator('.realisasi-card').first();
      await expectContent(card.locator('.iki-text'), 'Persentase surat terdistribusi dalam 1 hari');
      if (round === 'as typed') {
        // A realisasi typed on this page shows in its own row of the year table at once.
        const saved = await watchSave(page);
        const period = await page.getByLabel('Periode evaluasi').inputValue();
        await card.getByLabel('Realisasi (angka)').fill('50');
        const cell = page.locator('.year-table tbody tr').first().locator('td').nth(Number(period) - 1);
        await expectContent(cell, /%\)/);
        await saved();
        await page.reload();
      }
    }
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

/** The example, exported, with its RHK repeated `times` under new ids: a long plan. */
async function longPlan(page, times) {
  await page.goto(server.url + '#/skp');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.skp-card').first().getByRole('button', { name: 'Ekspor berkas' }).click(),
  ]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  const rhk = file.data.rhk;
  const copies = [];
  for (let i = 1; i < times; i++) {
    for (const r of rhk) {
      copies.push({ ...r, id: `${r.id}-${i}`, iki: r.iki.map((k) => ({ ...k, id: `${k.id}-${i}` })), rhk_pimpinan: { ...r.rhk_pimpinan, rujukan: null } });
    }
  }
  file.data.rhk = [...rhk, ...copies];
  file.data.id = 'skp-panjang';
  delete file.ringkasan;
  delete file.summary;
  return { name: 'panjang.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
}

test('a long plan opens with its RHK cards brief, drawn in steps, each opening to its fields', async () => {
  const { context, page, problems } = await openPage(browser);
  try {
    await startExample(page);
    const file = await longPlan(page, 8);
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByRole('button', { name: 'Impor berkas' }).last().click();
    await page.waitForURL(/#\/skp$/);
    await page.goto(server.url + '#/perencanaan');
    await page.getByText('Rencana ini panjang').waitFor();
    const total = await eventually(async () => {
      const n = await page.locator('.rhk-card').count();
      assert.ok(n >= 16, `every card drawn, ${n} so far`);
      return n;
    });
    const card = rhkCard(page, total - 1);
    await expectContent(card.locator('.hint'), /^\d+ IKI; /);
    assert.equal(await card.getByLabel('Rumusan Rencana Hasil Kerja').count(), 0);
    const details = card.getByRole('button', { name: 'Buka rincian' });
    assert.equal(await details.getAttribute('aria-expanded'), 'false');
    await details.click();
    await card.getByLabel('Rumusan Rencana Hasil Kerja').waitFor();
    assert.equal(await card.getByRole('button', { name: 'Tutup rincian' }).getAttribute('aria-expanded'), 'true');
    // A card added now opens at once.
    await page.getByRole('button', { name: 'Tambah RHK utama' }).click();
    await expectCount(page.locator('.rhk-card'), total + 1);
    assert.equal(await page.locator('.rhk-list').first().locator('> li').last().getByLabel('Rumusan Rencana Hasil Kerja').count(), 1);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('visiting every page ten times leaves no event listeners or page nodes behind', async () => {
  const { context, page, problems } = await openPage(browser);
  try {
    await startExample(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const pages = ['#/perencanaan', '#/pelaksanaan', '#/penilaian', '#/tindak-lanjut', '#/pengembangan', '#/ringkasan', '#/skp'];
    const visit = async () => {
      for (const hash of pages) {
        await page.evaluate((hash) => (location.hash = hash), hash);
        await page.locator('main h1').waitFor();
        await page.waitForTimeout(30);
      }
      await page.evaluate(() => (location.hash = '#/'));
      await page.locator('article.home').waitFor();
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const get = (name) => metrics.find((m) => m.name === name).value;
      return { listeners: get('JSEventListeners'), nodes: get('Nodes') };
    };
    await visit();
    const first = await visit();
    for (let i = 0; i < 8; i++) await visit();
    const last = await visit();
    assert.ok(last.listeners <= first.listeners, `listeners ${first.listeners} -> ${last.listeners}`);
    assert.ok(last.nodes <= first.nodes * 1.05, `nodes ${first.nodes} -> ${last.nodes}`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

// Ordinary actions that must never lose or hide a person's SKP: deleting items, a full store,
// the same SKP on two devices, a change of the evaluation period, leaving with unsaved work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launchBrowser, openPage, expectText, expectCount, watchSave } from './support.mjs';

const EXAMPLE = 'JF Analis Kebijakan Ahli Pertama';
const EXAMPLE_NAME = 'Rina Kartika, S.AP., M.Si.';

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

/** A device of its own: a separate browser context (its own storage). */
async function device() {
  const session = await openPage(browser);
  await session.page.goto(server.url + '#/skp');
  await session.page.getByRole('heading', { name: 'SKP Saya', level: 1 }).waitFor();
  return session;
}

async function addExample(page) {
  await page.goto(server.url + '#/skp');
  await page.getByRole('button', { name: EXAMPLE }).click();
  await page.waitForURL(/#\/perencanaan$/);
  await page.goto(server.url + '#/skp');
  await page.locator('.skp-card').first().waitFor();
}

/** Exports the first SKP of the library through a real download; returns its text. */
async function exportFirst(page) {
  await page.goto(server.url + '#/skp');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.skp-card').first().getByRole('button', { name: 'Ekspor berkas' }).click(),
  ]);
  return { text: await readFile(await download.path(), 'utf8'), name: download.suggestedFilename() };
}

async function importText(page, { text, name }) {
  await page.goto(server.url + '#/skp');
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  return page.getByRole('region', { name: 'Periksa sebelum mengimpor' });
}

test('the same SKP carried laptop → phone → laptop stays one SKP, and the preview says what changed', async () => {
  const laptop = await device();
  const phone = await device();
  try {
    await addExample(laptop.page);
    const first = await exportFirst(laptop.page);

    // On the phone it is new: taken in with its own id.
    const preview = await importText(phone.page, first);
    await expectText(preview.locator('p').first(), 'SKP ini belum ada di perangkat.');
    await preview.getByRole('button', { name: 'Impor berkas' }).click();
    await expectCount(phone.page.locator('.skp-card'), 1);
    const id = JSON.parse(first.text).data.id;
    assert.ok(await phone.page.evaluate((id) => localStorage.getItem('skp-mandiri/skp/' + id) !== null, id));

    // Edited on the phone, carried back.
    await phone.page.goto(server.url + '#/perencanaan');
    const saved = await watchSave(phone.page);
    await phone.page.getByLabel('Unit kerja').first().fill('Bidang Analisis Kebijakan (diubah di ponsel)');
    await saved();
    const second = await exportFirst(phone.page);
    assert.equal(JSON.parse(second.text).data.id, id);

    const back = await importText(laptop.page, second);
    await back.getByText('SKP ini sudah ada di perangkat').waitFor();
    await expectText(back.locator('.differences'), /Identitas diubah/);
    assert.match(await back.innerText(), /Terakhir disimpan/);
    await back.getByRole('button', { name: 'Ganti yang tersimpan' }).click();
    await expectCount(laptop.page.locator('.skp-card'), 1);
    await laptop.page.reload();
    await expectCount(laptop.page.locator('.skp-card'), 1);
    await laptop.page.goto(server.url + '#/perencanaan');
    assert.equal(await laptop.page.getByLabel('Unit kerja').first().inputValue(), 'Bidang Analisis Kebijakan (diubah di ponsel)');
    assert.deepEqual(laptop.problems, []);
    assert.deepEqual(phone.problems, []);
  } finally {
    await laptop.context.close();
    await phone.context.close();
  }
});

test('keeping both makes a copy with an id of its own', async () => {
  const { page, context } = await device();
  try {
    await addExample(page);
    const file = await exportFirst(page);
    const preview = await importText(page, file);
    await expectText(preview.locator('p').nth(1), 'Isinya sama dengan yang tersimpan.');
    await preview.getByRole('button', { name: 'Simpan keduanya' }).click();
    await expectCount(page.locator('.skp-card'), 2);
    const ids = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('skp-mandiri/skp/')));
    assert.equal(new Set(ids).size, 2);
  } finally {
    await context.close();
  }
});

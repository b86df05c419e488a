// Ordinary actions that must never lose or hide a person's SKP: deleting items, a full store,
// the same SKP on two devices, a change of the evaluation period, leaving with unsaved work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launchBrowser, openPage, eventually, expectText, expectCount, watchSave } from './support.mjs';

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
async function device({ init } = {}) {
  const session = await openPage(browser);
  if (init) await session.context.addInitScript(init);
  await session.page.goto(server.url + '#/skp');
  await session.page.getByRole('heading', { name: 'SKP Saya', level: 1 }).waitFor();
  return session;
}

/**
 * An init script: while `window.__hold` is set, this page's writes of the app's keys fail as
 * on a full store (the other pages of the context write as usual).
 */
function holdable() {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (window.__hold && key.startsWith('skp-mandiri/')) {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    }
    return setItem.call(this, key, value);
  };
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

/** How many SKPs the library page lists, after a reload. */
async function libraryCount(page) {
  await page.goto(server.url + '#/skp');
  await page.getByRole('heading', { name: 'SKP Saya', level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  return page.locator('.skp-card').count();
}

test('deleting an RHK with results says what goes with it, and the SKP still opens, exports and imports', async () => {
  const { page, context, problems } = await device();
  try {
    await addExample(page);
    await page.goto(server.url + '#/perencanaan');
    const first = page.locator('.rhk-card').first();
    await first.getByRole('button', { name: 'Hapus RHK utama 1' }).click();
    const question = first.getByRole('alertdialog');
    await expectText(question, /3 IKI ikut terhapus[\s\S]*realisasi \(beserta \d+ bukti dukung\) di Triwulan I 2025[^\n]* ikut terhapus/);
    await expectText(question, /kegiatan pengembangan tetap ada/);
    const saved = await watchSave(page);
    await question.getByRole('button', { name: 'Hapus RHK utama 1 beserta semuanya' }).click();
    await expectCount(page.locator('.rhk-card'), 2);
    await saved();

    // Reload: still one readable SKP, nothing set aside.
    await page.reload();
    assert.equal(await libraryCount(page), 1);
    await expectCount(page.getByText('disisihkan'), 0);
    await page.goto(server.url + '#/perencanaan');
    await expectCount(page.locator('.rhk-card'), 2);

    // Its own export is taken back by its own import.
    const file = await exportFirst(page);
    const preview = await importText(page, file);
    await expectText(preview.locator('p').first(), /SKP ini sudah ada di perangkat/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('one undo brings a deleted RHK back with its IKI and realisasi', async () => {
  const { page, context } = await device();
  try {
    await addExample(page);
    // The page's text, not its innerText: cards off screen are not laid out
    // (content-visibility), and long lists are drawn a few cards per frame.
    const pageText = () => page.locator('main').textContent();
    await page.goto(server.url + '#/pelaksanaan');
    await page.locator('.realisasi-card').first().waitFor();
    const before = await eventually(async () => {
      const first = await pageText();
      await page.waitForTimeout(300);
      assert.equal(await pageText(), first, 'every card drawn');
      return first;
    });
    await page.goto(server.url + '#/perencanaan');
    const first = page.locator('.rhk-card').first();
    await first.getByRole('button', { name: 'Hapus RHK utama 1' }).click();
    await first.getByRole('button', { name: 'Hapus RHK utama 1 beserta semuanya' }).click();
    await expectCount(page.locator('.rhk-card'), 2);
    await page.getByRole('button', { name: 'Urungkan' }).click();
    await expectCount(page.locator('.rhk-card'), 3);
    await page.goto(server.url + '#/pelaksanaan');
    await eventually(async () => assert.equal(await pageText(), before));
  } finally {
    await context.close();
  }
});

test('cancelling the question deletes nothing', async () => {
  const { page, context } = await device();
  try {
    await addExample(page);
    await page.goto(server.url + '#/perencanaan');
    const first = page.locator('.rhk-card').first();
    await first.getByRole('button', { name: 'Hapus RHK utama 1' }).click();
    await first.getByRole('alertdialog').getByRole('button', { name: 'Batal' }).click();
    await expectCount(first.getByRole('alertdialog'), 0);
    await expectCount(page.locator('.rhk-card'), 3);
  } finally {
    await context.close();
  }
});

test('changing quarters to semesters moves results by date and asks first', async () => {
  const { page, context, problems } = await device();
  try {
    await addExample(page);
    await page.goto(server.url + '#/perencanaan');
    await page.getByRole('combobox', { name: /^Evaluasi periodik/ }).selectOption({ label: 'Semesteran' });
    const question = page.getByRole('alertdialog');
    await expectText(question, /Triwulan I 2025 masuk ke Semester I 2025[\s\S]*Triwulan II 2025 masuk ke Semester I 2025[\s\S]*Triwulan III 2025 masuk ke Semester II 2025/);
    await expectText(question, /Rating Triwulan I 2025 tidak dibawa ke Semester I 2025/);
    // Until confirmed, nothing changed.
    assert.equal(await page.getByRole('combobox', { name: /^Evaluasi periodik/ }).inputValue(), await page.getByRole('combobox', { name: /^Evaluasi periodik/ }).locator('option', { hasText: 'Triwulanan' }).getAttribute('value'));
    const saved = await watchSave(page);
    await question.getByRole('button', { name: 'Ganti evaluasi periodik' }).click();
    await saved();
    await page.reload();
    await page.goto(server.url + '#/pelaksanaan');
    // The page's chunk comes a moment after the address changes.
    await eventually(async () => {
      const periods = await page.getByLabel('Periode evaluasi').locator('option').allInnerTexts();
      assert.deepEqual(periods.map((p) => p.split(' (')[0]), ['Semester I 2025', 'Semester II 2025']);
    });
    // Semester II holds what Triwulan III held (the latest state reached), not Triwulan II.
    await page.getByLabel('Periode evaluasi').selectOption({ index: 1 });
    await eventually(async () => {
      const written = (await page.locator('main textarea').evaluateAll((els) => els.map((e) => e.value))).join('\n');
      assert.match(written, /Tujuh belas kabupaten\/kota selesai dievaluasi/);
      assert.doesNotMatch(written, /Sebelas kabupaten\/kota/);
    });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

/**
 * Fills this origin's real localStorage with filler keys of another app until it is full, then
 * frees `leave` characters: the browser's own quota, not a mock.
 */
async function fillStorage(page, leave) {
  await page.evaluate((leave) => {
    let size = 1 << 20;
    let i = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`filler/${i}`, 'x'.repeat(size));
        i += 1;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    let freed = 0;
    while (freed < leave && i > 0) {
      const key = `filler/${i - 1}`;
      const value = localStorage.getItem(key);
      if (value.length + key.length <= leave - freed) {
        localStorage.removeItem(key);
        freed += value.length + key.length;
        i -= 1;
      } else {
        localStorage.setItem(key, value.slice(0, value.length - (leave - freed)));
        freed = leave;
      }
    }
  }, leave);
}

test('a full store still opens every SKP, and a delete whose safety copy does not fit is not done', async () => {
  const { page, context } = await device();
  try {
    await addExample(page);
    await fillStorage(page, 10);
    await page.reload();
    assert.equal(await libraryCount(page), 1);
    await expectCount(page.getByText('tidak tersedia'), 0);

    await page.goto(server.url + '#/perencanaan');
    const last = page.locator('.rhk-card').last();
    await last.getByRole('button', { name: 'Hapus RHK tambahan 1' }).click();
    await last.getByRole('button', { name: 'Hapus RHK tambahan 1 beserta semuanya' }).click();
    await page.getByText('Belum dilakukan').waitFor();
    await expectCount(page.locator('.rhk-card'), 3);
    await page.reload();
    await page.goto(server.url + '#/perencanaan');
    await expectCount(page.locator('.rhk-card'), 3);

    // With room again, the same delete works.
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler/')).forEach((k) => localStorage.removeItem(k)));
    const saved = await watchSave(page);
    await page.locator('.rhk-card').last().getByRole('button', { name: 'Hapus RHK tambahan 1' }).click();
    await page.locator('.rhk-card').last().getByRole('button', { name: 'Hapus RHK tambahan 1 beserta semuanya' }).click();
    await expectCount(page.locator('.rhk-card'), 2);
    await saved();
  } finally {
    await context.close();
  }
});

test('leaving with a change that could not be kept asks first', async () => {
  const { page, context } = await device({ init: holdable });
  try {
    await addExample(page);
    await page.goto(server.url + '#/perencanaan');
    await page.evaluate(() => { window.__hold = true; });
    await page.getByLabel('Instansi', { exact: true }).fill('Instansi yang belum tersimpan');
    await page.getByText('Belum tersimpan: penyimpanan peramban penuh').waitFor();
    const asked = new Promise((resolve) => page.once('dialog', (dialog) => { resolve(dialog.type()); dialog.accept(); }));
    await page.close({ runBeforeUnload: true });
    assert.equal(await asked, 'beforeunload');
  } finally {
    await context.close();
  }
});

test('a file saved as UTF-16 by Notepad is read, and a wrong value is told in plain words', async () => {
  const { page, context } = await device();
  try {
    await addExample(page);
    const file = await exportFirst(page);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(file.text, 'utf16le')]);
    await page.locator('input[type=file]').setInputFiles({ name: 'notepad.json', mimeType: 'application/json', buffer: utf16 });
    await page.getByText('SKP ini sudah ada di perangkat').waitFor();
    await page.getByRole('button', { name: 'Batal' }).click();

    const bad = file.text.replace('"periode_ke": 1', '"periode_ke": "satu"');
    assert.notEqual(bad, file.text);
    await page.locator('input[type=file]').setInputFiles({ name: 'salah.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    const refused = page.locator('.error-box');
    await expectText(refused, /data\.evaluasi\[0\]\.periode_ke/);
    const message = await refused.innerText();
    assert.match(message, /bilangan/);
    assert.doesNotMatch(message, /u32|a string|sequence|integer/);
  } finally {
    await context.close();
  }
});

test('two tabs changing different fields of the same SKP keep both changes', async () => {
  // Tab A's writes are held back, so that tab B saves while A still has a change of its own.
  const { page: tabA, context } = await device({ init: holdable });
  try {
    await addExample(tabA);
    const tabB = await context.newPage();
    await tabB.goto(server.url + '#/perencanaan');
    await tabA.goto(server.url + '#/perencanaan');
    await tabA.evaluate(() => { window.__hold = true; });
    await tabA.getByLabel('Instansi', { exact: true }).fill('Instansi dari tab A');
    await tabA.getByText('Belum tersimpan: penyimpanan peramban penuh').waitFor();

    const savedB = await watchSave(tabB);
    await tabB.getByLabel('Unit kerja').first().fill('Unit dari tab B');
    await savedB();

    await tabA.evaluate(() => { window.__hold = false; });
    const savedA = await watchSave(tabA);
    await tabA.getByLabel('Instansi', { exact: true }).fill('Instansi dari tab A.');
    await savedA();
    await tabA.getByText('Perubahan kedua tab digabung').waitFor();
    await tabA.reload();
    await tabA.goto(server.url + '#/perencanaan');
    assert.equal(await tabA.getByLabel('Instansi', { exact: true }).inputValue(), 'Instansi dari tab A.');
    assert.equal(await tabA.getByLabel('Unit kerja').first().inputValue(), 'Unit dari tab B');
  } finally {
    await context.close();
  }
});

// Behaviour fixed after review: changing or emptying a target or a period date never loses
// data silently, periods that no longer exist are not counted or chosen, and delete buttons
// say what they delete.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser, openPage } from './support.mjs';

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

async function withExample(name, run) {
  const session = await openPage(browser);
  try {
    await session.page.goto(server.url + '#/skp');
    await session.page.getByRole('button', { name }).click();
    await session.page.waitForURL(/#\/perencanaan$/);
    await run(session);
  } finally {
    await session.context.close();
  }
}

const saved = (page) => page.getByText('Tersimpan di perangkat ini').first().waitFor();

test('switching the target form can be undone, an emptied or zero target is flagged and nothing becomes 0', async () => {
  await withExample('JF Analis Kebijakan Ahli Pertama', async ({ page, problems }) => {
    await page.goto(server.url + '#/perencanaan');
    const iki = page.locator('.iki-card').first();
    const target = iki.getByLabel('Target', { exact: true });
    const before = await target.inputValue();
    assert.match(before, /^\d/);

    await iki.getByLabel('Bentuk target').selectOption({ label: 'Uraian ekspektasi' });
    await page.getByText('Bentuk target IKI 1 diubah.').waitFor();
    await page.getByRole('button', { name: 'Urungkan' }).click();
    assert.equal(await target.inputValue(), before);

    await target.fill('');
    await iki.getByText(/Angka target wajib diisi\. Target yang tersimpan tidak berubah: /).waitFor();
    await saved(page);
    await page.reload();
    assert.equal(await page.locator('.iki-card').first().getByLabel('Target', { exact: true }).inputValue(), before);

    const again = page.locator('.iki-card').first();
    await again.getByLabel('Bentuk target').selectOption({ label: '— pilih —' });
    await page.getByRole('button', { name: 'Urungkan' }).waitFor();
    await again.getByLabel('Bentuk target').selectOption({ label: 'Angka dan satuan' });
    await again.getByText('Target 0 tidak dapat dipakai untuk menghitung capaian.', { exact: false }).waitFor();
    // The fresh number form shows no 0 to type after.
    assert.equal(await again.getByLabel('Target', { exact: true }).inputValue(), '');
    assert.deepEqual(problems, []);
  });
});

test('an emptied period date says it is required and keeps the saved date', async () => {
  await withExample('JF Analis Kebijakan Ahli Pertama', async ({ page }) => {
    await page.goto(server.url + '#/perencanaan');
    const mulai = page.getByLabel('Mulai', { exact: true });
    const before = await mulai.inputValue();
    await mulai.fill('');
    await page.getByText(/Tanggal wajib diisi\. Tanggal yang tersimpan tidak berubah: /).waitFor();
    await page.reload();
    assert.equal(await page.getByLabel('Mulai', { exact: true }).inputValue(), before);
    assert.equal(await page.getByText('Tanggal wajib diisi').count(), 0);
  });
});

test('records of periods the SKP no longer has are neither counted nor chosen', async () => {
  await withExample('JA Pengadministrasi Perkantoran', async ({ page, problems }) => {
    await page.goto(server.url + '#/ringkasan');
    await page.getByText('2 dari 4 periode terisi').waitFor();
    await page.goto(server.url + '#/pelaksanaan');
    await page.getByLabel('Periode evaluasi').selectOption('4');
    await page.locator('.realisasi-card').first().getByLabel('Realisasi (angka)').fill('5');
    await saved(page);

    // The SKP's period is shortened to the first half year: Triwulan IV is no longer in it.
    await page.goto(server.url + '#/perencanaan');
    await page.getByLabel('Selesai', { exact: true }).fill('2025-06-30');
    await saved(page);
    await page.goto(server.url + '#/ringkasan');
    await page.getByText('2 dari 2 periode terisi').waitFor();
    await page.goto(server.url + '#/pelaksanaan');
    const choice = page.getByLabel('Periode evaluasi');
    assert.deepEqual(await choice.locator('option').evaluateAll((o) => o.map((x) => x.value)), ['1', '2']);
    assert.equal(await choice.inputValue(), '2');
    assert.notEqual(await page.locator('.realisasi-card').first().getByLabel('Realisasi (angka)').inputValue(), '5');
    assert.deepEqual(problems, []);
  });
});

test('delete buttons name what they delete, and the gap table names its action column', async () => {
  await withExample('JA Pengadministrasi Perkantoran', async ({ page }) => {
    await page.goto(server.url + '#/pelaksanaan');
    await page.getByLabel('Periode evaluasi').selectOption('1');
    const first = page.locator('.realisasi-card').first();
    await first.getByRole('button', { name: /^Hapus realisasi periode ini: RHK utama 1 · IKI 1$/ }).waitFor();
    assert.ok(await first.getByRole('button', { name: /^Hapus (Bukti dukung “.+”|bukti dukung \d+)$/ }).count() > 0);

    await page.goto(server.url + '#/tindak-lanjut');
    await page.getByRole('button', { name: 'Tambah' }).first().click();
    await page.getByLabel('Uraian penghargaan 1').fill('Prioritas pelatihan');
    await page.getByRole('button', { name: 'Hapus penghargaan 1' }).waitFor();

    await page.goto(server.url + '#/penilaian');
    await page.getByRole('columnheader', { name: 'Tindakan' }).waitFor({ state: 'attached' });
  });
});

test('the annual evaluation print shows the realisasi the assessment page uses, with its own text', async () => {
  await withExample('JF Analis Kebijakan Ahli Pertama', async ({ page, problems }) => {
    // A later period with words but no value: the year still takes the latest value.
    await page.goto(server.url + '#/pelaksanaan');
    await page.getByLabel('Periode evaluasi').selectOption('4');
    const card = page.locator('.realisasi-card').first();
    await card.getByLabel('Realisasi berdasarkan bukti dukung').fill('HANYA URAIAN TANPA ANGKA');
    await saved(page);

    await page.goto(server.url + '#/penilaian');
    await page.locator('#periode-penilaian').selectOption('');
    const cells = await page.locator('tr[data-iki="iki-1"] td').evaluateAll((tds) => tds.map((td) => td.innerText.trim()));
    const [indikator, , realisasi] = cells.slice(-4);
    assert.match(realisasi, /^\d/);

    await page.goto(server.url + '#/cetak/evaluasi/tahunan');
    const row = page.locator('#dokumen-evaluasi tr').filter({ hasText: indikator });
    const shown = await row.locator('td strong').first().innerText();
    assert.equal(shown.split(' ')[0], realisasi);
    assert.equal(await page.locator('#dokumen-evaluasi').getByText('HANYA URAIAN TANPA ANGKA').count(), 0);
    assert.deepEqual(problems, []);
  });
});

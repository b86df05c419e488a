// Monitoring an SKP through the year as a person would: fill a quarter with realisasi and
// evidence, see the capaian at once, find it all after reload, in both languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser, openPage, eventually, expectText, expectValue, watchSave, expectCount } from './support.mjs';

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

const card = (page, name) =>
  page.locator('.realisasi-card').filter({ has: page.getByRole('heading', { name, exact: true }) });

test('a quarter is filled with realisasi and evidence, computed at once and kept after reload', async () => {
  const { context, page, problems } = await openPage(browser);
  try {
    await page.goto(server.url + '#/skp');
    await page.getByRole('button', { name: 'JA Pengadministrasi Perkantoran' }).click();
    await page.waitForURL(/#\/perencanaan$/);
    await page.goto(server.url + '#/ringkasan');
    await page.getByText('2 dari 4 periode terisi').waitFor();
    await page.getByRole('link', { name: 'Ke Pelaksanaan, Pemantauan, dan Pembinaan' }).click();
    await page.waitForURL(/#\/pelaksanaan$/);

    const saved = await watchSave(page);
    await page.getByLabel('Periode evaluasi').selectOption({ label: 'Triwulan III 2025 (01-07-2025 – 30-09-2025)' });
    const first = card(page, 'RHK utama 1 · IKI 1');
    await first.getByLabel('Realisasi (angka)').fill('96');
    await first.getByText('Capaian terhadap target tahunan: 101,05%.').waitFor();
    await first.getByLabel('Realisasi berdasarkan bukti dukung').fill('470 dari 490 surat masuk terdistribusi paling lambat 1 hari kerja');
    await first.getByLabel('Kendala yang dihadapi').fill('Tidak ada kendala berarti');
    await first.getByRole('button', { name: 'Tambah bukti dukung' }).click();
    // The new evidence's first field gets the keyboard.
    await eventually(async () => assert.ok(
      await first.getByLabel('Keterangan bukti').evaluate((el) => el === document.activeElement),
      'the new evidence has the focus',
    ));
    await first.getByLabel('Keterangan bukti').fill('Rekap aplikasi persuratan Triwulan III');
    // Only an http(s) address becomes a link: one typed without its scheme opens as https,
    // a javascript: one or plain words are refused and say why.
    const tautan = first.getByLabel('Tautan (boleh kosong)');
    const bukti = first.locator('.bukti').first();
    await tautan.fill('javascript:alert(1)');
    await bukti.getByText('Tautan \u201cjavascript:\u201d tidak dibuka').waitFor();
    await expectCount(bukti.getByRole('link', { name: 'Buka tautan' }), 0);
    await tautan.fill('rekap persuratan');
    await bukti.getByText('Isian ini tidak dikenali sebagai alamat tautan.').waitFor();
    await expectCount(bukti.getByRole('link', { name: 'Buka tautan' }), 0);
    await tautan.fill('drive.example.go.id/persuratan-tw3');
    await bukti.getByText('Alamat ini dibuka sebagai https://drive.example.go.id/persuratan-tw3.').waitFor();
    assert.equal(await bukti.getByRole('link', { name: 'Buka tautan' }).getAttribute('href'), 'https://drive.example.go.id/persuratan-tw3');
    await tautan.fill('https://drive.example.go.id/persuratan-tw3');
    await expectCount(bukti.locator('[role="note"]'), 0);
    await first.getByLabel('Tanggal').fill('2025-10-02');

    // A quantity IKI is compared with its share of the year's target up to this quarter.
    const rekap = card(page, 'RHK utama 1 · IKI 3');
    await rekap.getByLabel('Realisasi (angka)').fill('8');
    await rekap.getByText('Capaian terhadap target sampai periode ini (9 Laporan): 88,89%.').waitFor();

    const year = page.locator('.year-table');
    const row = (n) => year.locator('tbody tr').nth(n);
    await expectText(row(0).locator('td').nth(2), /sesuai rencana \(101,05%\)/);
    await expectText(row(2).locator('td').nth(2), /tertinggal \(88,89%\)/);
    await expectText(row(2).locator('td').nth(2), /tanpa bukti dukung/);
    await expectText(row(0).locator('td').nth(3), /belum diisi/);

    await page.locator('.note-group').first().getByRole('button', { name: 'Tambah umpan balik' }).click();
    await page.locator('.note-group').first().getByLabel('Isi umpan balik').fill('Pertahankan distribusi surat di hari yang sama.');

    await saved();
    await page.reload();
    await page.getByLabel('Periode evaluasi').selectOption({ label: 'Triwulan III 2025 (01-07-2025 – 30-09-2025)' });
    const back = card(page, 'RHK utama 1 · IKI 1');
    await expectValue(back.getByLabel('Realisasi (angka)'), '96');
    await expectValue(back.getByLabel('Realisasi berdasarkan bukti dukung'), '470 dari 490 surat masuk terdistribusi paling lambat 1 hari kerja');
    await expectValue(back.getByLabel('Kendala yang dihadapi'), 'Tidak ada kendala berarti');
    await expectValue(back.getByLabel('Keterangan bukti'), 'Rekap aplikasi persuratan Triwulan III');
    await expectValue(back.getByLabel('Tanggal'), '2025-10-02');
    await eventually(async () =>
      assert.equal(await back.getByRole('link', { name: 'Buka tautan' }).getAttribute('href', { timeout: 1000 }), 'https://drive.example.go.id/persuratan-tw3'),
    );
    await expectValue(card(page, 'RHK utama 1 · IKI 3').getByLabel('Realisasi (angka)'), '8');
    await expectValue(page.locator('.note-group').first().getByLabel('Isi umpan balik'), 'Pertahankan distribusi surat di hari yang sama.');

    // Quarter I of the example is still there.
    await page.getByLabel('Periode evaluasi').selectOption({ label: 'Triwulan I 2025 (01-01-2025 – 31-03-2025)' });
    await expectValue(card(page, 'RHK utama 1 · IKI 1').getByLabel('Realisasi (angka)'), '92');

    await page.getByRole('button', { name: 'Switch the language to English' }).click();
    await page.getByRole('heading', { name: 'Execution, Monitoring and Coaching', level: 1 }).waitFor();
    await page.getByText('Achievement against the annual target: 96.84%.').waitFor();
    await page.getByRole('button', { name: 'Ganti bahasa ke Bahasa Indonesia' }).click();
    await page.getByText('Capaian terhadap target tahunan: 96,84%.').waitFor();

    await page.goto(server.url + '#/ringkasan');
    await page.getByText('3 dari 4 periode terisi').waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('deleting a realisasi can be undone', async () => {
  const { context, page } = await openPage(browser);
  try {
    await page.goto(server.url + '#/skp');
    await page.getByRole('button', { name: 'JF Analis Kebijakan Ahli Pertama' }).click();
    await page.waitForURL(/#\/perencanaan$/);
    await page.goto(server.url + '#/pelaksanaan');
    await page.getByLabel('Periode evaluasi').selectOption({ label: 'Triwulan I 2025 (01-01-2025 – 31-03-2025)' });
    const first = card(page, 'RHK utama 1 · IKI 1');
    const value = first.getByLabel('Realisasi (angka)');
    await expectValue(value, '1');
    await first.getByRole('button', { name: 'Hapus realisasi periode ini' }).click();
    await expectValue(value, '');
    await page.getByRole('button', { name: 'Urungkan' }).click();
    await expectValue(value, '1');
    await expectValue(first.getByLabel('Realisasi berdasarkan bukti dukung'), 'Policy brief penyederhanaan perizinan berusaha disampaikan kepada Kepala Biro');
  } finally {
    await context.close();
  }
});

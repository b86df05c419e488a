// Planning an SKP as a person would: from scratch and from an example, with the plan checks,
// undo, reload and the language switch.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser, openPage, eventually, expectText, expectValue, expectCount, watchSave } from './support.mjs';

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

async function withPage(run) {
  const session = await openPage(browser);
  try {
    await run(session);
  } finally {
    await session.context.close();
  }
}

test('an empty SKP is planned from scratch, checked beside the fields, and kept after reload', async () => {
  await withPage(async ({ page, problems }) => {
    await page.goto(server.url + '#/skp');
    await page.getByRole('button', { name: 'SKP kosong' }).click();
    await page.waitForURL(/#\/perencanaan$/);
    const saved = await watchSave(page);
    const summary = page.locator('.plan-summary');
    // A blank SKP lists everything the document needs, each with the way to its field.
    await expectText(summary, /Belum siap: 9 hal wajib/);
    await expectText(summary, /SKP belum memiliki Rencana Hasil Kerja utama/);
    await expectText(summary, /Nama Pejabat Penilai Kinerja belum diisi/);
    await summary.locator('button[data-goto="pejabat_penilai.nama"]').click();
    const penilai = page.getByRole('group', { name: 'Pejabat Penilai Kinerja', exact: true });
    await eventually(async () => assert.ok(
      await penilai.getByLabel('Nama', { exact: true }).evaluate((el) => el === document.activeElement),
      'the appraiser\'s name field has the focus',
    ));
    for (const [label, value] of [['Nama', 'Drs. Bambang Hartono'], ['NIP', '197001011995031002'], ['Pangkat/golongan', 'Pembina (IV/a)'], ['Jabatan', 'Kepala Bagian Keuangan'], ['Unit kerja', 'Bagian Keuangan']]) {
      await penilai.getByLabel(label, { exact: true }).fill(value);
    }

    const pegawai = page.getByRole('group', { name: 'Pegawai yang dinilai' });
    // The NIP opens the phone's number keyboard.
    assert.equal(await pegawai.getByLabel('NIP', { exact: true }).getAttribute('inputmode'), 'numeric');
    for (const [label, value] of [['Jabatan', 'Analis Keuangan'], ['Unit kerja', 'Bagian Keuangan']]) {
      await pegawai.getByLabel(label, { exact: true }).fill(value);
    }
    await pegawai.getByLabel('Nama', { exact: true }).fill('Sari Wulandari, S.E.');
    await pegawai.getByLabel('NIP', { exact: true }).fill('1990');
    await pegawai.getByText('NIP harus terdiri atas 18 angka, bukan 4.').waitFor();
    await pegawai.getByLabel('NIP', { exact: true }).fill('199001012015032001');
    await pegawai.getByText('Format NIP sesuai: lahir 01-01-1990, pengangkatan 03-2015.').waitFor();

    // What is added gets the keyboard, so Tab does not skip it; after a delete, the undo.
    const focused = (locator, what) => eventually(async () => assert.ok(
      await locator.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)),
      `${what} has the focus`,
    ));
    await page.getByRole('button', { name: 'Tambah RHK utama' }).click();
    const rhk = page.locator('.rhk-card').first();
    await focused(rhk.getByLabel('Rumusan Rencana Hasil Kerja'), 'the new RHK\'s first field');
    await rhk.getByLabel('Rumusan Rencana Hasil Kerja').fill('Menyusun laporan keuangan');
    await rhk.getByText('terbaca sebagai kegiatan').waitFor();
    await rhk.getByLabel('Rumusan Rencana Hasil Kerja').fill('Tersusunnya laporan keuangan bulanan yang tepat waktu');
    await expectCount(rhk.getByText('terbaca sebagai kegiatan'), 0);
    await rhk.getByLabel('RHK pimpinan yang diintervensi').fill('Terwujudnya pengelolaan keuangan yang akuntabel');
    await rhk.getByText('Rencana Hasil Kerja ini belum memiliki Indikator Kinerja Individu.').waitFor();

    await rhk.getByRole('button', { name: 'Tambah IKI' }).click();
    const iki = rhk.locator('.iki-card').first();
    await focused(iki.getByLabel('Aspek'), 'the new IKI\'s first field');
    await iki.getByLabel('Rumusan indikator').fill('Jumlah laporan keuangan bulanan yang diterima pimpinan tepat waktu');
    await iki.getByText('IKI belum memiliki target.').waitFor();
    await iki.getByLabel('Bentuk target').selectOption({ label: 'Angka dan satuan' });
    // A fresh target shows no 0 to type after: typing 4 gives 4, not 04.
    await expectValue(iki.getByLabel('Target', { exact: true }), '');
    await iki.getByLabel('Target', { exact: true }).pressSequentially('4');
    await expectValue(iki.getByLabel('Target', { exact: true }), '4');
    await iki.getByLabel('Target', { exact: true }).fill('12');
    await iki.getByText('Target IKI belum memiliki satuan').waitFor();
    await iki.getByLabel('Satuan', { exact: true }).fill('Laporan');
    await summary.getByText('Tidak ada kekurangan yang menghalangi').waitFor();

    // A second IKI, deleted and brought back with undo.
    await rhk.getByRole('button', { name: 'Tambah IKI' }).click();
    await rhk.locator('.iki-card').nth(1).getByLabel('Rumusan indikator').fill('Persentase laporan tanpa koreksi');
    await rhk.getByRole('button', { name: 'Hapus IKI 2' }).click();
    await expectCount(rhk.locator('.iki-card'), 1);
    await focused(page.getByRole('button', { name: 'Urungkan' }), 'the undo');
    await page.locator('.undo-line').getByText('Bisa diurungkan sampai ada penghapusan berikutnya.').waitFor();
    await page.getByRole('button', { name: 'Urungkan' }).click();
    await expectCount(rhk.locator('.iki-card'), 2);
    await expectValue(rhk.locator('.iki-card').nth(1).getByLabel('Rumusan indikator'), 'Persentase laporan tanpa koreksi');

    await page.getByRole('button', { name: 'Tambah butir: Dukungan sumber daya' }).click();
    await focused(page.getByLabel('Dukungan sumber daya 1', { exact: true }), 'the new item');
    await page.getByLabel('Dukungan sumber daya 1', { exact: true }).fill('Akses aplikasi SAKTI');

    await saved();
    await page.reload();
    const again = page.locator('.rhk-card').first();
    await expectValue(again.getByLabel('Rumusan Rencana Hasil Kerja'), 'Tersusunnya laporan keuangan bulanan yang tepat waktu');
    await expectCount(again.locator('.iki-card'), 2);
    await expectValue(again.locator('.iki-card').first().getByLabel('Target', { exact: true }), '12');
    await expectValue(again.locator('.iki-card').first().getByLabel('Satuan', { exact: true }), 'Laporan');
    await expectValue(page.getByRole('group', { name: 'Pegawai yang dinilai' }).getByLabel('NIP', { exact: true }), '199001012015032001');
    await expectValue(page.getByLabel('Dukungan sumber daya 1', { exact: true }), 'Akses aplikasi SAKTI');
    assert.deepEqual(problems, []);
  });
});

test('RHK move up and down within their kind, and typing is kept when leaving the page at once', async () => {
  await withPage(async ({ page }) => {
    await page.goto(server.url + '#/skp');
    await page.getByRole('button', { name: 'SKP kosong' }).click();
    await page.waitForURL(/#\/perencanaan$/);
    for (const text of ['Tersedianya data A', 'Tersedianya data B']) {
      await page.getByRole('button', { name: 'Tambah RHK utama' }).click();
      await page.locator('.rhk-card').last().getByLabel('Rumusan Rencana Hasil Kerja').fill(text);
    }
    await page.getByRole('button', { name: 'Naikkan RHK utama 2' }).click();
    const texts = () => page.locator('.rhk-card').getByLabel('Rumusan Rencana Hasil Kerja').evaluateAll((els) => els.map((e) => e.value));
    const order = ['Tersedianya data B', 'Tersedianya data A'];
    await eventually(async () => assert.deepEqual(await texts(), order));
    await page.getByRole('link', { name: 'Ringkasan dan Cetak' }).click();
    await page.reload();
    await page.goto(server.url + '#/perencanaan');
    // A hash-only goto returns before the page is drawn: the list can still be empty.
    await eventually(async () => assert.deepEqual(await texts(), order));
  });
});

test('an example opens ready, with BerAKHLAK guides, and the page switches to English and back', async () => {
  await withPage(async ({ page, problems }) => {
    await page.goto(server.url + '#/skp');
    await page.getByRole('button', { name: 'Kepala Seksi (pejabat pengawas, JA)' }).click();
    await page.waitForURL(/#\/perencanaan$/);
    await page.goto(server.url + '#/ringkasan');
    await page.getByText('3 dari 4 periode terisi').waitFor();
    await page.getByRole('link', { name: 'Ke Perencanaan Kinerja' }).click();
    await page.locator('.plan-summary').getByText('Tidak ada kekurangan yang menghalangi').waitFor();
    await expectValue(
      page.locator('.rhk-card').first().getByLabel('Rumusan Rencana Hasil Kerja'),
      'Meningkatnya ketepatan waktu penerbitan perizinan berusaha sesuai standar pelayanan',
    );
    await expectCount(page.locator('.perilaku-card'), 7);
    await page.getByText('Ramah, cekatan, solutif, dan dapat diandalkan').waitFor();
    await expectValue(
      page.getByLabel('Ekspektasi khusus pimpinan: Kompeten'),
      'Membimbing staf seksi sampai mahir menggunakan OSS berbasis risiko.',
    );

    await page.getByRole('button', { name: 'Switch the language to English' }).click();
    await page.getByRole('heading', { name: 'Performance Planning', level: 1 }).waitFor();
    await page.locator('.plan-summary').getByText('Nothing blocks the plan').waitFor();
    await page.getByText('Friendly, quick, solution-minded and reliable').waitFor();
    await page.getByRole('button', { name: 'Ganti bahasa ke Bahasa Indonesia' }).click();
    await page.getByRole('heading', { name: 'Perencanaan Kinerja', level: 1 }).waitFor();
    assert.deepEqual(problems, []);
  });
});

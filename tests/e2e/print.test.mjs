// The documents on A4 (printed to PDF by Chromium, read back with pdftotext) and the CSV export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { serveDist, launchBrowser, openPage, expectText, expectCount, expectValue, watchSave } from './support.mjs';

const OUT = process.env.SHOTS ?? '/tmp/shots-assess';
mkdirSync(OUT, { recursive: true });

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

async function withExample(run) {
  const session = await openPage(browser);
  try {
    const { page } = session;
    await page.goto(server.url + '#/skp');
    await page.getByRole('button', { name: 'JF Analis Kebijakan Ahli Pertama' }).click();
    await page.waitForURL(/#\/perencanaan$/);
    await run(session);
  } finally {
    await session.context.close();
  }
}

/**
 * Opens a print view and waits until its document shows `marker`: the address changes before
 * the page is drawn, and the previous page's document (or .stage) may still be there.
 */
async function goto(page, hash, marker) {
  await page.evaluate((h) => { window.location.hash = h; }, hash);
  await page.waitForURL((url) => url.hash === hash);
  await expectText(page.locator('.print-doc'), marker);
}

/** Prints the current page to an A4 PDF and returns its text (layout kept) and page count. */
async function printed(page, name) {
  const file = `${OUT}/${name}.pdf`;
  await page.pdf({ path: file, format: 'A4', printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
  assert.match(info, /Page size:\s+59[56]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
  execFileSync('pdftoppm', ['-png', '-r', '60', file, `${OUT}/${name}`]);
  const dom = (await page.locator('.print-doc').innerText()).replace(/\s+/g, ' ');
  const words = new Set(text.split(/\s+/).filter(Boolean));
  /**
   * A phrase is printed when the document shows it whole and every word of it is in the PDF
   * text (table cells wrap, so the PDF splits long phrases across lines and columns).
   */
  const has = (phrase) => {
    assert.ok(dom.includes(phrase), `document shows ${JSON.stringify(phrase)}`);
    for (const w of phrase.split(' ')) assert.ok(words.has(w), `PDF has ${JSON.stringify(w)} of ${JSON.stringify(phrase)}`);
  };
  return { text: text.replace(/\s+/g, ' '), pages, has };
}

const CHROME = ['Perencanaan Kinerja', 'Kelola SKP', 'Cetak', 'Tempat penandatanganan'];

function signed({ text, has }) {
  has('Makassar, 2 Januari 2026');
  has('Pegawai yang Dinilai');
  has('Pejabat Penilai Kinerja');
  has('Rina Kartika, S.AP., M.Si.');
  has('NIP 199203152019032011');
  has('Ahmad Fauzi, S.E., M.M.');
  has('NIP 197806122005011003');
  for (const word of CHROME) assert.ok(!text.includes(word), word);
}

/** Fills the place and date of signing and waits until the document shows them, before printing. */
async function sign(page) {
  await page.fill('#ttd-tempat', 'Makassar');
  await page.fill('#ttd-tanggal', '2026-01-02');
  await expectText(page.locator('.print-doc .sign-place').first(), 'Makassar, 2 Januari 2026');
}

test('the SKP document prints on A4 in the official columns, with perilaku, lampiran and signatures', async () => {
  await withExample(async ({ page, problems }) => {
    await goto(page, '#/cetak/skp', /SASARAN KINERJA PEGAWAI/);
    await sign(page);
    const printout = await printed(page, 'skp');
    const { pages, has } = printout;
    assert.ok(pages >= 2 && pages <= 5, `pages ${pages}`);
    has('SASARAN KINERJA PEGAWAI');
    has('Pemerintah Provinsi Sulawesi Selatan');
    has('1 Januari 2025 s.d. 31 Desember 2025');
    has('PEGAWAI YANG DINILAI');
    has('PEJABAT PENILAI KINERJA');
    for (const col of ['RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI', 'ASPEK', 'INDIKATOR KINERJA INDIVIDU', 'TARGET', 'A. UTAMA', 'B. TAMBAHAN']) has(col);
    has('Jumlah modul yang digunakan');
    has('PERILAKU KERJA');
    has('EKSPEKTASI KHUSUS PIMPINAN');
    has('Membagikan hasil belajar analisis data');
    has('LAMPIRAN SASARAN KINERJA PEGAWAI');
    has('Akses data capaian SPM dari Dinas Kesehatan');
    signed(printout);
    assert.deepEqual(problems, []);
  });
});

test('the evaluation documents of a period and of the year print realisasi, umpan balik, ratings and predikat', async () => {
  await withExample(async ({ page, problems }) => {
    await page.evaluate(() => { window.location.hash = '#/penilaian'; });
    await page.locator('#rating-mandiri-hasil').waitFor();
    await page.selectOption('#rating-mandiri-hasil', 'sesuai');
    await page.selectOption('#rating-mandiri-perilaku', 'di_atas');
    await page.fill('#catatan-tahunan', 'Pertahankan kualitas policy brief.');
    await expectText(page.locator('#predikat-rule'), /menghasilkan predikat Baik\. Predikat ini berasal dari penilaian mandiri Anda/);
    await page.locator('#kinerja-organisasi select').selectOption({ label: 'Baik' });
    await page.locator('#kinerja-organisasi input').fill('97,5');
    await goto(page, '#/cetak/evaluasi/2', /Triwulan II 2025/);
    await sign(page);
    let printout = await printed(page, 'evaluasi-2');
    let { has } = printout;
    has('EVALUASI KINERJA PEGAWAI');
    has('Triwulan II 2025 (1 April 2025 s.d. 30 Juni 2025)');
    has('REALISASI BERDASARKAN BUKTI DUKUNG');
    has('Sebelas kabupaten/kota selesai dievaluasi');
    has('Bukti dukung: Surat Edaran Sekretaris Daerah');
    has('Percepat evaluasi: prioritaskan kabupaten');
    has('Cepat menyesuaikan metode');
    // Triwulan II was rated by the appraiser: the official rows show theirs, the person's
    // own beside them.
    has('CAPAIAN KINERJA ORGANISASI Belum ditetapkan');
    has('RATING HASIL KERJA Sesuai Ekspektasi');
    has('RATING PERILAKU KERJA Di Atas Ekspektasi');
    has('PREDIKAT KINERJA PEGAWAI Baik');
    has('Penilaian mandiri pegawai');
    assert.ok(!printout.text.includes('belum ditetapkan Pejabat'), 'the appraiser rated Triwulan II');
    signed(printout);

    await goto(page, '#/cetak/evaluasi/tahunan', /TAHUNAN \(1 Januari 2025/);
    await sign(page);
    printout = await printed(page, 'evaluasi-tahunan');
    ({ has } = printout);
    has('TAHUNAN (1 Januari 2025 s.d. 31 Desember 2025)');
    has('CAPAIAN KINERJA ORGANISASI Baik (97,5%)');
    has('Tujuh belas kabupaten/kota selesai dievaluasi');
    // Only the person has rated the year: the print says so beside each rating.
    has('RATING HASIL KERJA Sesuai Ekspektasi (penilaian mandiri, belum ditetapkan Pejabat Penilai Kinerja)');
    has('PREDIKAT KINERJA PEGAWAI Baik (penilaian mandiri, belum ditetapkan Pejabat Penilai Kinerja)');
    has('Pertahankan kualitas policy brief.');
    signed(printout);

    await page.evaluate(() => { window.location.hash = '#/cetak/evaluasi/9'; });
    await expectText(page.locator('main .callout'), 'Periode evaluasi ini tidak ada dalam SKP.');
    await expectCount(page.locator('.print-doc'), 0);
    assert.deepEqual(problems, []);
  });
});

test('the development plan prints its activities, JP and the IKI they serve', async () => {
  await withExample(async ({ page, problems }) => {
    await goto(page, '#/cetak/pengembangan', /RENCANA PENGEMBANGAN KOMPETENSI/);
    await sign(page);
    const printout = await printed(page, 'pengembangan');
    const { has } = printout;
    has('RENCANA PENGEMBANGAN KOMPETENSI');
    has('E-learning Analisis Data untuk Kebijakan Publik');
    has('Puslatbang KDOD LAN');
    has('Pelatihan nonklasikal');
    has('JUMLAH 78 26');
    // Every column header in capitals, as the others.
    has('NAMA KEGIATAN');
    signed(printout);
    assert.deepEqual(problems, []);
  });
});

test('the CSV exports open in an Indonesian spreadsheet: BOM, semicolons, decimal comma, dd/mm/yyyy', async () => {
  await withExample(async ({ page, problems }) => {
    await page.evaluate(() => { window.location.hash = '#/penilaian'; });
    await page.locator('#rating-mandiri-hasil').waitFor();
    const grab = async (name) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      assert.match(download.suggestedFilename(), /\.csv$/);
      return readFileSync(await download.path());
    };
    const tabel = await grab('Unduh tabel SKP (CSV)');
    assert.deepEqual([...tabel.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const rows = tabel.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    assert.equal(rows.length, 9);
    assert.equal(rows[0], 'No;Jenis;RHK Pimpinan yang Diintervensi;Rencana Hasil Kerja;Aspek;Indikator Kinerja Individu;Target;Target maks;Satuan');
    assert.ok(rows.every((r) => r.split(';').length === 9), 'nine cells on every row');
    assert.match(rows.at(-1), /^3;Tambahan;;.+;Kualitas;.+;4;;Skor$/);

    const realisasi = (await grab('Unduh realisasi (CSV)')).toString('utf8');
    assert.ok(realisasi.startsWith('\ufeffPeriode;Mulai;Selesai;'));
    const lines = realisasi.slice(1).split('\r\n').filter(Boolean);
    assert.equal(lines.length, 1 + 9);
    const q2 = lines.find((l) => l.includes('Sebelas kabupaten'));
    const cells = q2.split(';');
    assert.deepEqual(cells.slice(0, 3), ['Triwulan II 2025', '01/04/2025', '30/06/2025']);
    // The evidence's link is there beside its description.
    assert.deepEqual(cells.slice(11, 13), ['Rekap evaluasi SPM', 'https://drive.example.go.id/skp-2025/re-6']);
    assert.equal(cells[8], '11');
    assert.match(cells[5], /^\d+(,\d+)?$/);
    assert.match(cells[9], /^\d+(,\d{1,2})?$/);
    assert.ok(lines.some((l) => /;\d+,\d{1,2};/.test(l)), 'some value has a decimal comma');
    assert.deepEqual(problems, []);
  });
});

test('the place and date of signing are kept per document and period, and Kembali goes back to where the print was opened from', async () => {
  await withExample(async ({ page, problems }) => {
    // Opened from the summary page, Kembali leads back there.
    await page.evaluate(() => { window.location.hash = '#/ringkasan'; });
    await page.waitForURL((url) => url.hash === '#/ringkasan');
    await goto(page, '#/cetak/evaluasi/2', /Triwulan II 2025/);
    assert.equal(await page.getByRole('link', { name: 'Kembali' }).getAttribute('href'), '#/ringkasan');
    // A Triwulan II evaluation is dated at the end of the quarter until one is chosen.
    await expectValue(page.locator('#ttd-tanggal'), '2025-06-30');
    await expectText(page.locator('.print-doc .sign-place').first(), /, 30 Juni 2025$/);
    const saved = await watchSave(page);
    await page.fill('#ttd-tempat', 'Makassar');
    await page.fill('#ttd-tanggal', '2025-07-04');
    await expectText(page.locator('.print-doc .sign-place').first(), 'Makassar, 4 Juli 2025');
    await saved();
    // Another period: the place is offered, the date is that quarter's end.
    await goto(page, '#/cetak/evaluasi/1', /Triwulan I 2025/);
    await expectText(page.locator('.print-doc .sign-place').first(), 'Makassar, 31 Maret 2025');
    assert.equal(await page.getByRole('link', { name: 'Kembali' }).getAttribute('href'), '#/ringkasan');
    // After a reload the chosen place and date are still there.
    await page.reload();
    await goto(page, '#/cetak/evaluasi/2', /Triwulan II 2025/);
    await expectText(page.locator('.print-doc .sign-place').first(), 'Makassar, 4 Juli 2025');
    await expectValue(page.locator('#ttd-tempat'), 'Makassar');
    assert.deepEqual(problems, []);
  });
});

test('an empty lampiran part prints a dash, not a bare heading', async () => {
  await withExample(async ({ page, problems }) => {
    await page.evaluate(() => { window.location.hash = '#/perencanaan'; });
    const item = page.getByLabel('Skema pertanggungjawaban 1', { exact: true });
    await item.waitFor();
    await page.getByRole('button', { name: 'Hapus Skema pertanggungjawaban 1' }).click();
    await expectCount(item, 0);
    await goto(page, '#/cetak/skp', /SASARAN KINERJA PEGAWAI/);
    const lampiran = page.locator('.print-doc .lampiran');
    await expectText(lampiran.locator('h3').nth(1), /SKEMA PERTANGGUNGJAWABAN/i);
    await expectText(lampiran.locator('h3').nth(1).locator('xpath=following-sibling::*[1]'), '\u2013');
    assert.deepEqual(problems, []);
  });
});

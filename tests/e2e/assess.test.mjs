// The second half of the cycle on the bundled example: assess, close gaps, develop, follow up.
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

/** Opens the app with the example SKP of a JF Analis Kebijakan Ahli Pertama loaded and open. */
async function withExample(browser, server, run) {
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

async function goto(page, hash) {
  await page.evaluate((h) => { window.location.hash = h; }, hash);
  await page.waitForURL(new RegExp(hash.replace('/', '\\/') + '$'));
}

test('the predikat follows the PermenPANRB 6/2022 matrix for several rating pairs, and is kept', async () => {
  await withExample(browser, server, async ({ page, problems }) => {
    await goto(page, '#/penilaian');
    await page.getByRole('heading', { name: 'Penilaian Kinerja', level: 1 }).waitFor();
    // The year's latest realisasi of the example: iki-1 3 of 4 (75%), iki-2 50 under the range
    // 60–80 (83,33%), iki-3 18 days for 20, lower is better (110%), iki-4 17 of 24 (70,83%);
    // iki-5 and iki-6 have none. Mean 84,79% < 90%: Di Bawah Ekspektasi.
    await expectText(
      page.locator('.suggestion'),
      'Saran (bukan penetapan): Di Bawah Ekspektasi karena rata-rata capaian 4 IKI kinerja utama adalah 84,79%. Rating ditetapkan oleh Pejabat Penilai Kinerja.',
    );
    const rule = page.locator('#predikat-rule');
    await expectText(rule, 'Tetapkan kedua rating untuk melihat predikat.');
    const saved = await watchSave(page);
    const pairs = [
      ['di_atas', 'di_atas', 'Sangat Baik'],
      ['sesuai', 'di_bawah', 'Kurang/Misconduct'],
      ['di_bawah', 'sesuai', 'Butuh Perbaikan'],
      ['di_bawah', 'di_bawah', 'Sangat Kurang'],
      ['di_atas', 'sesuai', 'Baik'],
    ];
    for (const [h, p, predikat] of pairs) {
      await page.selectOption('#rating-mandiri-hasil', h);
      await page.selectOption('#rating-mandiri-perilaku', p);
      await expectText(rule, new RegExp(`menghasilkan predikat ${predikat.replace('/', '\\/')}\\. Predikat ini berasal dari penilaian mandiri Anda`));
      await expectText(page.locator('.predikat-matrix td.chosen'), predikat);
    }
    // JF: Baik earns 100% of the 12.5 coefficient over 12 months.
    await expectText(page.locator('.angka-kredit'), 'Predikat Baik = 100% dari koefisien: 12,5 angka kredit.');
    await page.fill('#ak-bulan', '6');
    await expectText(page.locator('.angka-kredit'), 'Predikat Baik = 100% dari koefisien: 6,25 angka kredit.');

    // What-if changes what is shown, never what is saved.
    await page.getByLabel('Coba rating lain (tidak disimpan)').check();
    await page.selectOption('#coba-hasil', 'di_bawah');
    await page.selectOption('#coba-perilaku', 'di_bawah');
    await expectText(page.locator('.whatif-result'), 'Jika demikian, predikatnya Sangat Kurang.');
    await expectText(page.locator('.predikat-matrix td.whatif'), 'Sangat Kurang');
    await expectText(page.locator('.predikat-matrix td.chosen'), 'Baik');

    // The former method beside it, with its assumptions.
    await page.getByLabel('Tampilkan juga metode angka PP 30/2019 (untuk pelatihan)').check();
    // Nilai per IKI (src/domain/rules/legacy.rs) from the capaian above: 75% → 50 + 15 = 65;
    // 83,33% → 70 + 3,33 = 73,33; 110% → 120; 70,83% → 50 + 10,83 = 60,83. RHK 1 = mean of
    // 65, 73,33, 120 = 86,11; RHK 2 = 60,83; nilai SKP = (86,11 + 60,83) / 2 + 0 = 73,47;
    // nilai kinerja = 73,47 × 70% + 90 × 30% = 78,43: Cukup (70 to < 90).
    const legacy = page.locator('.legacy-result');
    await expectText(legacy, /^Nilai SKP\s+73,47\s+Nilai kinerja\s+78,43\s+Predikat PP 30\/2019\s+Cukup$/);
    assert.deepEqual(await page.locator('.legacy tbody td.num').allInnerTexts(), ['65', '73,33', '120', '60,83']);
    // The rule module's four (Sangat Baik/Baik formulas, equal RHK weights, Kurang bands, the
    // kinerja tambahan score as typed) and the capaian's three (inside a range is 100%, never
    // below 0, rounded to what is shown).
    await expectCount(page.locator('.legacy .assumptions li'), 7);
    // Behaviour 120 and tambahan 10: nilai SKP 83,47; 83,47 × 70% + 120 × 30% = 94,43: Baik.
    await page.fill('#legacy-perilaku', '120');
    await page.fill('#legacy-tambahan', '10');
    await expectText(legacy, /^Nilai SKP\s+83,47\s+Nilai kinerja\s+94,43\s+Predikat PP 30\/2019\s+Baik$/);

    // The appraiser's ratings sit beside the self-assessment and the predikat follows them
    // once both are given; the self-assessment is kept.
    await page.selectOption('#rating-pejabat-hasil', 'di_atas');
    await expectText(rule, /menghasilkan predikat Baik\. Predikat ini berasal dari penilaian mandiri Anda/);
    await page.selectOption('#rating-pejabat-perilaku', 'di_atas');
    await expectText(rule, 'Rating hasil kerja Di Atas Ekspektasi dan rating perilaku kerja Di Atas Ekspektasi menghasilkan predikat Sangat Baik. Predikat mengikuti rating Pejabat Penilai Kinerja.');
    await expectText(page.locator('.predikat-matrix td.chosen'), 'Sangat Baik');
    await expectValue(page.locator('#rating-mandiri-perilaku'), 'sesuai');
    await expectText(page.locator('.rating-by .by-pejabat'), /^Diisi oleh Ahmad Fauzi, S\.E\., M\.M\. pada \d{2}-\d{2}-\d{4}\.$/);
    await expectText(page.locator('.rating-by .by-mandiri'), /^Diisi oleh Rina Kartika, S\.AP\., M\.Si\. pada /);

    // A period has its own ratings: the example's Triwulan II was rated by both.
    await page.selectOption('#periode-penilaian', '2');
    await expectValue(page.locator('#rating-mandiri-hasil'), 'sesuai');
    await expectValue(page.locator('#rating-mandiri-perilaku'), 'di_atas');
    await expectValue(page.locator('#rating-pejabat-hasil'), 'sesuai');
    await expectText(rule, /menghasilkan predikat Baik\. Predikat mengikuti rating Pejabat Penilai Kinerja\.$/);

    await saved();
    await page.reload();
    await expectValue(page.locator('#rating-mandiri-hasil'), 'di_atas');
    await expectValue(page.locator('#rating-mandiri-perilaku'), 'sesuai');
    await expectValue(page.locator('#rating-pejabat-hasil'), 'di_atas');
    await expectValue(page.locator('#rating-pejabat-perilaku'), 'di_atas');
    await expectText(page.locator('.predikat-matrix td.chosen'), 'Sangat Baik');
    assert.deepEqual(problems, []);
  });
});

test('a gap becomes a rencana aksi in the next period and a development activity, both kept', async () => {
  await withExample(browser, server, async ({ page, problems }) => {
    await goto(page, '#/penilaian');
    const rows = page.locator('.gap-row');
    await rows.first().waitFor();
    const row = page.locator('.gap-row[data-iki="iki-4"]');
    await expectText(row, /Dua kabupaten belum menyerahkan data/);
    await expectText(row, /Triwulan III 2025/);
    const saved = await watchSave(page);
    await row.getByRole('button', { name: 'Buat rencana aksi' }).click();
    const action = page.locator('.action-item');
    await expectCount(action, 1);
    await expectText(action.locator('.action-iki'), /Triwulan IV 2025$/);
    await action.getByLabel('Aksi', { exact: true }).fill('Evaluasi daring untuk dua kabupaten yang tertinggal');
    await row.getByRole('button', { name: 'Buat kegiatan pengembangan' }).click();
    await page.getByText('Kegiatan pengembangan ditambahkan').waitFor();
    await saved();
    await page.reload();
    await expectCount(page.locator('.action-item'), 1);
    await expectValue(page.getByLabel('Aksi', { exact: true }), 'Evaluasi daring untuk dua kabupaten yang tertinggal');
    await goto(page, '#/pengembangan');
    // The example's four activities and the new one.
    await expectCount(page.locator('li.activity'), 5);
    const card = page.locator('li.activity').last();
    await expectText(card.locator('h3'), /^Pengembangan untuk: .+Menutup kesenjangan$/s);
    await expectValue(card.locator('select[name="untuk_iki"]'), 'iki-4');
    // The action carries over to next year's notes.
    await goto(page, '#/tindak-lanjut');
    await expectText(page.locator('.carry-over'), /Evaluasi daring untuk dua kabupaten yang tertinggal/);
    assert.deepEqual(problems, []);
  });
});

test('development activities reach 20 JP this year; a delete can be undone', async () => {
  await withExample(browser, server, async ({ page, problems }) => {
    await goto(page, '#/pengembangan');
    const status = page.locator('#jp-status');
    await expectText(status, 'Tahun 2025: 26 JP diperoleh (target 20 JP); 68 JP direncanakan.');
    const saved = await watchSave(page);
    const elearning = page.locator('li.activity', { hasText: 'E-learning Analisis Data' });
    await elearning.getByRole('button', { name: 'Hapus kegiatan' }).click();
    await expectText(status, 'Tahun 2025: 6 JP diperoleh (target 20 JP); 48 JP direncanakan.');
    await page.getByRole('button', { name: 'Urungkan' }).click();
    await expectText(status, 'Tahun 2025: 26 JP diperoleh (target 20 JP); 68 JP direncanakan.');
    await elearning.getByRole('button', { name: 'Hapus kegiatan' }).click();
    await expectText(status, 'Tahun 2025: 6 JP diperoleh (target 20 JP); 48 JP direncanakan.');
    await expectText(page.locator('.jp-verdict'), 'Target 20 JP belum tercapai: masih kurang 14 JP.');
    const pelatihan = page.locator('li.activity', { hasText: 'Pelatihan Evaluasi Kebijakan' });
    const earned = pelatihan.locator('input[name="jp_diperoleh"]');
    await earned.fill('14');
    await earned.press('Tab');
    await expectText(status, 'Tahun 2025: 20 JP diperoleh (target 20 JP); 48 JP direncanakan.');
    await expectText(page.locator('.jp-verdict'), 'Target 20 JP tahun ini tercapai.');
    // A new activity with a form from the list.
    await page.getByRole('button', { name: 'Tambah kegiatan' }).click();
    const baru = page.locator('li.activity').last();
    await baru.locator('input[name="nama"]').fill('Magang di Bappenas');
    await baru.locator('select[name="bentuk"]').selectOption('Magang');
    await saved();
    await page.reload();
    await expectText(status, 'Tahun 2025: 20 JP diperoleh (target 20 JP); 48 JP direncanakan.');
    // The deleted e-learning stays gone: three of the example's activities and the new one.
    await expectCount(page.locator('li.activity'), 4);
    await expectValue(page.locator('li.activity').last().locator('input[name="nama"]'), 'Magang di Bappenas');
    await expectValue(page.locator('li.activity').last().locator('select[name="bentuk"]'), 'Magang');
    assert.deepEqual(problems, []);
  });
});

test('a keberatan shows its deadline 14 days after the result was received', async () => {
  await withExample(browser, server, async ({ page, problems }) => {
    await goto(page, '#/tindak-lanjut');
    const saved = await watchSave(page);
    await page.getByRole('button', { name: 'Catat keberatan' }).click();
    await page.fill('#keberatan-diterima', '2026-01-10');
    await page.locator('#keberatan-diterima').dispatchEvent('change');
    await expectText(page.locator('#batas-keberatan'), 'Batas akhir pengajuan keberatan: 24 Januari 2026');
    await page.fill('#keberatan-diajukan', '2026-01-30');
    await page.locator('#keberatan-diajukan').dispatchEvent('change');
    await expectText(page.locator('.appeal-status'), 'Diajukan melewati batas waktu.');
    await page.fill('#keberatan-diajukan', '2026-01-20');
    await page.locator('#keberatan-diajukan').dispatchEvent('change');
    await expectText(page.locator('.appeal-status'), 'Diajukan tepat waktu.');
    await page.getByLabel('Ibadah').check();
    await page.selectOption('#motif-utama', 'Ibadah');
    await saved();
    await page.reload();
    await expectText(page.locator('#batas-keberatan'), 'Batas akhir pengajuan keberatan: 24 Januari 2026');
    await expectValue(page.locator('#keberatan-diajukan'), '2026-01-20');
    await expectText(page.locator('.appeal-status'), 'Diajukan tepat waktu.');
    await expectValue(page.locator('#motif-utama'), 'Ibadah');
    await eventually(async () => assert.ok(await page.getByLabel('Ibadah').isChecked()));
    assert.ok(await page.getByLabel('Melayani masyarakat').isChecked());
    assert.deepEqual(problems, []);
  });
});

// The second half of the cycle on the bundled example: assess, close gaps, develop, follow up.
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

/** Opens the app with the example SKP of a JF Analis Kebijakan Ahli Pertama loaded and open. */
async function withExample(browser, server, run) {
  const session = await openPage(browser);
  try {
    const { page } = session;
    await page.goto(server.url + '#/skp');
    await page.getByRole('button', { name: 'JF Analis Kebijakan Ahli Pertama' }).click();
    await page.waitForURL(/#\/ringkasan$/);
    await run(session);
  } finally {
    await session.context.close();
  }
}

async function goto(page, hash) {
  await page.evaluate((h) => { window.location.hash = h; }, hash);
  await page.waitForURL(new RegExp(hash.replace('/', '\\/') + '$'));
}

/** Waits for the autosave (within a second) before a reload. */
const settle = (page) => page.waitForTimeout(1500);

test('the predikat follows the PermenPANRB 6/2022 matrix for several rating pairs, and is kept', async () => {
  await withExample(browser, server, async ({ page, problems }) => {
    await goto(page, '#/penilaian');
    await page.getByRole('heading', { name: 'Penilaian Kinerja', level: 1 }).waitFor();
    assert.match(await page.locator('.suggestion').innerText(), /^Saran \(bukan penetapan\): .+ karena rata-rata capaian \d+ IKI kinerja utama/);
    const rule = page.locator('#predikat-rule');
    assert.equal(await rule.innerText(), 'Tetapkan kedua rating untuk melihat predikat.');
    const pairs = [
      ['di_atas', 'di_atas', 'Sangat Baik'],
      ['sesuai', 'di_bawah', 'Kurang/Misconduct'],
      ['di_bawah', 'sesuai', 'Butuh Perbaikan'],
      ['di_bawah', 'di_bawah', 'Sangat Kurang'],
      ['di_atas', 'sesuai', 'Baik'],
    ];
    for (const [h, p, predikat] of pairs) {
      await page.selectOption('#rating-hasil', h);
      await page.selectOption('#rating-perilaku', p);
      assert.match(await rule.innerText(), new RegExp(`menghasilkan predikat ${predikat.replace('/', '\\/')}\\.$`));
      assert.equal(await page.locator('.predikat-matrix td.chosen').innerText(), predikat);
    }
    // JF: Baik earns 100% of the 12.5 coefficient over 12 months.
    assert.equal(await page.locator('.angka-kredit').innerText(), 'Predikat Baik = 100% dari koefisien: 12,5 angka kredit.');
    await page.fill('#ak-bulan', '6');
    assert.match(await page.locator('.angka-kredit').innerText(), /6,25 angka kredit\.$/);

    // What-if changes what is shown, never what is saved.
    await page.getByLabel('Coba rating lain (tidak disimpan)').check();
    await page.selectOption('#coba-hasil', 'di_bawah');
    await page.selectOption('#coba-perilaku', 'di_bawah');
    assert.equal(await page.locator('.whatif-result').innerText(), 'Jika demikian, predikatnya Sangat Kurang.');
    assert.equal(await page.locator('.predikat-matrix td.whatif').innerText(), 'Sangat Kurang');
    assert.equal(await page.locator('.predikat-matrix td.chosen').innerText(), 'Baik');

    // The former method beside it, with its assumptions.
    await page.getByLabel('Tampilkan juga metode angka PP 30/2019 (untuk pelatihan)').check();
    assert.match(await page.locator('.legacy-result').innerText(), /Nilai SKP\s+[\d,]+\s+Nilai kinerja\s+[\d,]+\s+Predikat PP 30\/2019\s+(Baik|Cukup|Kurang|Sangat Kurang|Sangat Baik)/);
    assert.ok(await page.locator('.legacy .assumptions li').count() >= 3);

    // A period has its own ratings.
    await page.selectOption('#periode-penilaian', '2');
    assert.equal(await page.inputValue('#rating-hasil'), 'sesuai');
    assert.equal(await page.inputValue('#rating-perilaku'), 'di_atas');
    assert.match(await rule.innerText(), /menghasilkan predikat Baik\.$/);

    await settle(page);
    await page.reload();
    await page.locator('#rating-hasil').waitFor();
    assert.equal(await page.inputValue('#rating-hasil'), 'di_atas');
    assert.equal(await page.inputValue('#rating-perilaku'), 'sesuai');
    assert.equal(await page.locator('.predikat-matrix td.chosen').innerText(), 'Baik');
    assert.deepEqual(problems, []);
  });
});

test('a gap becomes a rencana aksi in the next period and a development activity, both kept', async () => {
  await withExample(browser, server, async ({ page, problems }) => {
    await goto(page, '#/penilaian');
    const rows = page.locator('.gap-row');
    await rows.first().waitFor();
    const row = page.locator('.gap-row[data-iki="iki-4"]');
    assert.match(await row.innerText(), /Dua kabupaten belum menyerahkan data/);
    assert.match(await row.innerText(), /Triwulan III 2025/);
    await row.getByRole('button', { name: 'Buat rencana aksi' }).click();
    const action = page.locator('.action-item');
    assert.equal(await action.count(), 1);
    assert.match(await action.locator('.action-iki').innerText(), /Triwulan IV 2025$/);
    await action.getByLabel('Aksi', { exact: true }).fill('Evaluasi daring untuk dua kabupaten yang tertinggal');
    await row.getByRole('button', { name: 'Buat kegiatan pengembangan' }).click();
    await page.getByText('Kegiatan pengembangan ditambahkan').waitFor();
    await settle(page);
    await page.reload();
    await page.locator('.action-item').waitFor();
    assert.equal(await page.getByLabel('Aksi', { exact: true }).inputValue(), 'Evaluasi daring untuk dua kabupaten yang tertinggal');
    await goto(page, '#/pengembangan');
    const card = page.locator('li.activity').last();
    assert.match(await card.locator('h3').innerText(), /^Pengembangan untuk: .+Menutup kesenjangan$/s);
    assert.equal(await card.locator('select[name="untuk_iki"]').inputValue(), 'iki-4');
    // The action carries over to next year's notes.
    await goto(page, '#/tindak-lanjut');
    assert.match(await page.locator('.carry-over').innerText(), /Evaluasi daring untuk dua kabupaten yang tertinggal/);
    assert.deepEqual(problems, []);
  });
});

test('development activities reach 20 JP this year; a delete can be undone', async () => {
  await withExample(browser, server, async ({ page, problems }) => {
    await goto(page, '#/pengembangan');
    const status = page.locator('#jp-status');
    assert.equal(await status.innerText(), 'Tahun 2025: 26 JP diperoleh dari 20 JP, 68 JP direncanakan.');
    const elearning = page.locator('li.activity', { hasText: 'E-learning Analisis Data' });
    await elearning.getByRole('button', { name: 'Hapus kegiatan' }).click();
    assert.equal(await status.innerText(), 'Tahun 2025: 6 JP diperoleh dari 20 JP, 48 JP direncanakan.');
    await page.getByRole('button', { name: 'Urungkan' }).click();
    assert.equal(await status.innerText(), 'Tahun 2025: 26 JP diperoleh dari 20 JP, 68 JP direncanakan.');
    await elearning.getByRole('button', { name: 'Hapus kegiatan' }).click();
    assert.equal(await status.innerText(), 'Tahun 2025: 6 JP diperoleh dari 20 JP, 48 JP direncanakan.');
    assert.equal(await page.locator('.jp-verdict').innerText(), 'Masih kurang 14 JP untuk mencapai 20 JP.');
    const pelatihan = page.locator('li.activity', { hasText: 'Pelatihan Evaluasi Kebijakan' });
    const earned = pelatihan.locator('input[name="jp_diperoleh"]');
    await earned.fill('14');
    await earned.press('Tab');
    assert.equal(await status.innerText(), 'Tahun 2025: 20 JP diperoleh dari 20 JP, 48 JP direncanakan.');
    assert.equal(await page.locator('.jp-verdict').innerText(), 'Target 20 JP tahun ini tercapai.');
    // A new activity with a form from the list.
    await page.getByRole('button', { name: 'Tambah kegiatan' }).click();
    const baru = page.locator('li.activity').last();
    await baru.locator('input[name="nama"]').fill('Magang di Bappenas');
    await baru.locator('select[name="bentuk"]').selectOption('Magang');
    await settle(page);
    await page.reload();
    await status.waitFor();
    assert.equal(await status.innerText(), 'Tahun 2025: 20 JP diperoleh dari 20 JP, 48 JP direncanakan.');
    assert.equal(await page.locator('li.activity').last().locator('select[name="bentuk"]').inputValue(), 'Magang');
    assert.deepEqual(problems, []);
  });
});

test('a keberatan shows its deadline 14 days after the result was received', async () => {
  await withExample(browser, server, async ({ page, problems }) => {
    await goto(page, '#/tindak-lanjut');
    await page.getByRole('button', { name: 'Catat keberatan' }).click();
    await page.fill('#keberatan-diterima', '2026-01-10');
    await page.locator('#keberatan-diterima').dispatchEvent('change');
    assert.equal(await page.locator('#batas-keberatan').innerText(), 'Batas akhir pengajuan keberatan: 24 Januari 2026');
    await page.fill('#keberatan-diajukan', '2026-01-30');
    await page.locator('#keberatan-diajukan').dispatchEvent('change');
    assert.equal(await page.locator('.appeal-status').innerText(), 'Tanggal pengajuan di luar batas waktu.');
    await page.fill('#keberatan-diajukan', '2026-01-20');
    await page.locator('#keberatan-diajukan').dispatchEvent('change');
    assert.equal(await page.locator('.appeal-status').innerText(), 'Diajukan tepat waktu.');
    await page.getByLabel('Ibadah').check();
    await page.selectOption('#motif-utama', 'Ibadah');
    await settle(page);
    await page.reload();
    await page.locator('#batas-keberatan').waitFor();
    assert.equal(await page.inputValue('#motif-utama'), 'Ibadah');
    assert.ok(await page.getByLabel('Melayani masyarakat').isChecked());
    assert.deepEqual(problems, []);
  });
});

// A LAN workshop from end to end, under a sub-path as on a trainer's laptop: the trainer makes a
// case pack, two participants (their own browsers) start practice SKPs from it and hand back
// their files, and the trainer takes the class in with a broken file, sees the table, the
// SE 3/2023 check and the three levels of gaps, anonymises, exports CSV, prints, reloads and
// works offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist, launchBrowser, openPage, eventually, expectText, expectCount } from './support.mjs';

const dir = await mkdtemp(join(tmpdir(), 'skp-kelas-'));

/** Waits until `locator`'s text holds `part`. */
const has = (locator, part) => expectText(locator, new RegExp(part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

/** Clicks `button` and keeps the file it downloads; returns its path. */
async function downloadFrom(page, button, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(dir, name ?? download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** A participant opens the pack, starts, fills in who they are and one RHK cascaded from the pack's leader. */
async function participant(browser, server, pack, nama, nip, wilayah) {
  const { context, page, problems } = await openPage(browser);
  await page.goto(server.url + '#/kelas');
  await page.getByLabel('Buka paket kasus').setInputFiles(pack);
  await page.getByRole('heading', { name: 'Latihan penyusunan SKP' }).waitFor();
  await page.getByText('Susun satu RHK yang mengintervensi RHK Kepala Seksi.').waitFor();
  await page.getByRole('button', { name: 'Mulai latihan' }).click();
  await page.waitForURL(/#\/perencanaan$/);
  const line = page.locator('.practice-line');
  await has(line, 'SKP latihan dari paket \u201cLatihan penyusunan SKP\u201d, bukan SKP resmi.');
  await has(page.locator('.library-link').first(), 'LATIHAN');
  await page.getByLabel('Nama', { exact: true }).first().fill(nama);
  await page.getByLabel('NIP').first().fill(nip);
  await page.getByRole('button', { name: 'Tambah RHK utama' }).click();
  const rhk = page.locator('.rhk-card').first();
  await rhk.getByLabel('Rumusan Rencana Hasil Kerja').fill(`Tersedianya data perizinan yang mutakhir di ${wilayah}`);
  // The pack's leader RHK are offered without opening another file.
  const pick = rhk.getByLabel('Pilih dari SKP pimpinan');
  const option = pick.locator('option').nth(1);
  const leaderRhk = (await option.textContent()).replace(/ \(.*\)$/, '');
  await pick.selectOption({ index: 1 });
  await eventually(async () => assert.equal(await rhk.getByLabel('RHK pimpinan yang diintervensi').inputValue(), leaderRhk));
  return { context, page, problems, line };
}

test('a trainer hands out a pack, two participants hand back practice SKPs, and the class shows on one screen', async () => {
  const server = await serveDist('/skp/');
  const browser = await launchBrowser();
  try {
    // The trainer: a leader's SKP (the bundled Kepala Seksi example) becomes the case.
    const trainer = await openPage(browser);
    const t = trainer.page;
    await t.goto(server.url + '#/skp');
    await t.getByRole('button', { name: 'Kepala Seksi (pejabat pengawas, JA)' }).click();
    await t.waitForURL(/#\/perencanaan$/);
    // And a staff member's SKP with realisasi below target, to read gaps from.
    await t.goto(server.url + '#/skp');
    await t.getByRole('button', { name: 'JF Analis Kebijakan Ahli Pertama' }).click();
    await t.waitForURL(/#\/perencanaan$/);
    await t.goto(server.url + '#/skp');
    const analis = await downloadFrom(t, t.locator('.skp-card.open').getByRole('button', { name: 'Ekspor berkas' }), 'analis.json');
    await t.goto(server.url + '#/kelas');
    await t.getByText('Buat paket kasus dari SKP di perangkat ini').click();
    await t.getByLabel('Judul paket').fill('Latihan penyusunan SKP');
    await t.getByLabel('Petunjuk untuk peserta').fill('Susun satu RHK yang mengintervensi RHK Kepala Seksi.');
    await t.getByLabel(/Kepala Seksi Pelayanan Perizinan Berusaha/).check();
    await t.getByLabel('Predikat kinerja organisasi').first().selectOption({ label: 'Baik' });
    const pack = await downloadFrom(t, t.getByRole('button', { name: 'Unduh paket kasus' }));
    assert.match(pack, /Paket-kasus-Latihan-penyusunan-SKP\.json$/);
    assert.equal(JSON.parse(await readFile(pack, 'utf8')).format, 'skp-mandiri/paket-kasus');

    // The ordinary import refuses the pack and says where it opens.
    await t.goto(server.url + '#/skp');
    await t.locator('section[aria-labelledby="impor"] input[type=file]').setInputFiles(pack);
    await has(t.locator('.error-box'), 'paket kasus latihan, bukan SKP');

    // Two participants, each in their own browser.
    const a = await participant(browser, server, pack, 'Rina Kartika', '199203152019032011', 'Mataram');
    const fileA1 = await downloadFrom(a.page, a.line.getByRole('button', { name: /^Serahkan berkas/ }), 'rina-1.json');
    const b = await participant(browser, server, pack, 'Dewi Lestari', '199507212020122005', 'Bima');
    const fileB = await downloadFrom(b.page, b.line.getByRole('button', { name: /^Serahkan berkas/ }), 'dewi.json');
    const handedIn = JSON.parse(await readFile(fileA1, 'utf8'));
    assert.equal(handedIn.data.latihan.judul, 'Latihan penyusunan SKP');
    // Rina goes on and hands in again: a newer file of the same SKP.
    await a.page.locator('.rhk-card').first().getByLabel('Rumusan Rencana Hasil Kerja').fill('Tersedianya data perizinan yang mutakhir dan terbuka');
    await a.page.waitForTimeout(1200);
    const fileA2 = await downloadFrom(a.page, a.line.getByRole('button', { name: /^Serahkan berkas/ }), 'rina-2.json');
    assert.equal(JSON.parse(await readFile(fileA2, 'utf8')).data.id, handedIn.data.id);
    const broken = join(dir, 'rusak.json');
    await writeFile(broken, '{"format": "skp-mandiri/skp", "version": 3, "data": ');

    // The trainer takes the files in.
    await t.goto(server.url + '#/kelas');
    await t.getByLabel('Nama kelas').fill('Angkatan I');
    await t.getByRole('button', { name: 'Buat kelas' }).click();
    await t.waitForURL(/#\/kelas\?k=kelas-/);
    const input = t.locator('section[aria-labelledby="kelas-impor"] input[type=file]');
    await input.setInputFiles([fileA1, fileB, analis, broken]);
    const results = t.locator('.import-results li');
    await expectCount(results, 4);
    await has(results.nth(0), 'rina-1.json: Rina Kartika ditambahkan.');
    await has(results.nth(3), 'rusak.json: ditolak.');
    await has(results.nth(3), 'baris 1');
    await input.setInputFiles([fileA2]);
    await has(results.nth(0), 'rina-2.json: Rina Kartika diperbarui; berkas ini menggantikan rina-1.json.');
    const rows = t.locator('.class-table tbody tr');
    await expectCount(rows, 3);
    // Files given while an import still runs wait their turn and are taken too.
    const texts = [await readFile(fileB, 'utf8'), await readFile(fileA2, 'utf8')];
    await t.evaluate((texts) => {
      const input = document.querySelector('section[aria-labelledby="kelas-impor"] input[type=file]');
      texts.forEach((text, i) => {
        const files = new DataTransfer();
        files.items.add(new File([text], `antre-${i + 1}.json`, { type: 'application/json' }));
        input.files = files.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
    }, texts);
    await has(t.locator('.import-results'), 'antre-1.json: Dewi Lestari diperbarui');
    await has(t.locator('.import-results'), 'antre-2.json: Rina Kartika diperbarui');
    await expectCount(rows, 3);
    await has(rows.nth(0), 'LATIHAN');

    // The distribution against the organisation's predikat, and the three levels.
    await t.locator('.class-toolbar').getByLabel('Predikat kinerja organisasi').selectOption({ label: 'Baik' });
    await has(t.locator('.distribution'), 'Distribusi belum sesuai dengan pola untuk predikat organisasi Baik');
    await has(t.locator('.distribution'), 'Butuh Perbaikan');
    assert.equal(await t.locator('.dist-chart rect').count(), 5);
    const levels = t.locator('.three-levels');
    await has(levels, 'Individu');
    await has(levels, 'IKI di bawah target');
    await has(levels, 'Seluruh kelas');
    assert.ok((await levels.locator('table').count()) >= 3);

    // A participant's SKP, read-only.
    await rows.nth(1).getByRole('button', { name: 'Lihat SKP' }).click();
    await has(t.locator('#peserta'), 'SKP Dewi Lestari');

    // Anonymised for the projector: no name or NIP of a participant anywhere in the view.
    await t.getByRole('button', { name: 'Mode samaran (untuk proyektor)' }).click();
    const view = t.locator('.kelas-view');
    await has(rows.nth(0), 'P01');
    for (const secret of ['Rina Kartika', 'Dewi Lestari', '199203152019032011', '199507212020122005']) {
      await eventually(async () => assert.ok(!(await view.innerText()).includes(secret), `${secret} is hidden`));
    }
    const csv = await readFile(await downloadFrom(t, t.getByRole('button', { name: 'Unduh tabel (CSV)' }), 'kelas.csv'), 'utf8');
    assert.equal(csv.trim().split(/\r?\n/).length, 4);
    assert.ok(!csv.includes('Rina Kartika') && !csv.includes('199203152019032011'));
    assert.match(csv, /P01/);

    // The class report prints on A4 across the page.
    const pdf = join(dir, 'kelas.pdf');
    await t.emulateMedia({ media: 'print' });
    await t.pdf({ path: pdf, preferCSSPageSize: true });
    await t.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    assert.match(text, /Distribusi predikat/);
    assert.match(text, /Kesenjangan kinerja di tiga tingkat/);
    assert.ok(!text.includes('Rina Kartika'));
    const size = execFileSync('pdfinfo', [pdf]).toString().match(/Page size:\s+([\d.]+) x ([\d.]+)/);
    assert.ok(Number(size[1]) > Number(size[2]), `landscape: ${size[0]}`);

    // A reload keeps the class, its organisation predikat and the anonymised view.
    await t.reload();
    await expectCount(rows, 3);
    await has(rows.nth(0), 'P01');
    await has(t.locator('.distribution'), 'Distribusi belum sesuai');
    // Offline (the app was opened once), the class still opens.
    await t.evaluate(() => navigator.serviceWorker.ready);
    await t.reload();
    await t.evaluate(() => navigator.serviceWorker.ready);
    await trainer.context.setOffline(true);
    await t.reload();
    await expectCount(rows, 3);
    await trainer.context.setOffline(false);

    // Removing the class removes only it: the trainer's own SKPs stay.
    await t.getByRole('link', { name: '\u2190 Semua kelas' }).click();
    await t.getByRole('button', { name: 'Hapus kelas' }).click();
    await t.locator('.class-item .confirm').getByRole('button', { name: 'Hapus kelas' }).click();
    await expectCount(t.locator('.class-item'), 0);
    await t.reload();
    await expectCount(t.locator('.class-item'), 0);
    await t.goto(server.url + '#/skp');
    await expectCount(t.locator('.skp-card'), 2);

    // A participant's practice stays apart: deleting all practice SKPs leaves a real one.
    await b.page.goto(server.url + '#/skp');
    await b.page.getByRole('button', { name: 'JA Pengadministrasi Perkantoran' }).click();
    await b.page.waitForURL(/#\/perencanaan$/);
    await b.page.goto(server.url + '#/skp');
    await b.page.getByRole('button', { name: 'Hapus semua SKP latihan' }).click();
    await b.page.locator('.practice .confirm').getByRole('button', { name: 'Hapus semua SKP latihan' }).click();
    await expectCount(b.page.locator('.practice'), 0);
    await b.page.reload();
    await expectCount(b.page.locator('.practice'), 0);
    await expectCount(b.page.locator('.skp-card'), 1);

    for (const who of [trainer, a, b]) assert.deepEqual(who.problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('without IndexedDB a class lasts while the page is open, and the page says so', async () => {
  const server = await serveDist('/');
  const browser = await launchBrowser();
  try {
    const { page, context, problems } = await openPage(browser);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get: () => undefined });
    });
    await page.goto(server.url + '#/kelas');
    await has(page.locator('section[aria-labelledby="kelas-daftar"]'), 'Kelas hanya ada selama tab ini terbuka');
    await page.getByRole('button', { name: 'Buat kelas' }).click();
    await page.waitForURL(/#\/kelas\?k=/);
    await has(page.locator('.kelas-view h1'), 'Kelas 1');
    await has(page.locator('.kelas-view'), 'Kelas hanya ada selama tab ini terbuka');
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

// Working with others' files and other tabs: cascading from a leader's SKP file without the
// leader's account, and two tabs editing the same SKP without losing either version.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launchBrowser, openPage, expectValue, watchSave, expectCount } from './support.mjs';

const EXAMPLE = 'JF Analis Kebijakan Ahli Pertama';

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

test("an RHK is linked to a leader's RHK chosen from the leader's SKP file", async () => {
  const { page, context, problems } = await openPage(browser);
  // The leader's SKP: exported from the example, as a leader would hand it over.
  await page.goto(server.url + '#/skp');
  await page.getByRole('button', { name: EXAMPLE }).click();
  await page.goto(server.url + '#/skp');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ekspor berkas' }).click(),
  ]);
  const leaderFile = await readFile(await download.path());
  const leaderRhk = JSON.parse(leaderFile.toString()).data.rhk[0].rencana_hasil_kerja;

  await page.getByRole('button', { name: 'SKP kosong' }).click();
  await page.waitForURL(/#\/perencanaan$/);
  const leaderBox = page.locator('details.leader-file');
  await leaderBox.locator('summary').click();
  // A file that is not an SKP is refused with its reason.
  await leaderBox.locator('input[type=file]').setInputFiles({ name: 'catatan.json', mimeType: 'application/json', buffer: Buffer.from('{"judul": "rapat"}') });
  await leaderBox.getByText('Berkas \u201ccatatan.json\u201d tidak dapat dibaca.').waitFor();
  await leaderBox.getByText('bukan dari SKP Mandiri').waitFor();
  await leaderBox.locator('input[type=file]').setInputFiles({ name: 'skp-pimpinan.json', mimeType: 'application/json', buffer: leaderFile });
  await leaderBox.getByText(leaderRhk).waitFor();
  // The example is a 2025 SKP and the new one is this year's: the file is flagged, still usable.
  await leaderBox.getByText(/tidak bertepatan dengan periode SKP Anda/).waitFor();
  // The empty Pejabat Penilai block is offered the leader's identity, once.
  await leaderBox.getByRole('button', { name: 'Jadikan Rina Kartika, S.AP., M.Si. Pejabat Penilai Kinerja saya' }).click();
  const penilai = page.getByRole('group', { name: 'Pejabat Penilai Kinerja', exact: true });
  await expectValue(penilai.getByLabel('NIP', { exact: true }), '199203152019032011');
  await expectCount(leaderBox.locator('.leader-as-penilai'), 0);

  const saved = await watchSave(page);
  await page.getByRole('button', { name: 'Tambah RHK utama' }).click();
  const rhk = page.locator('.rhk-card').first();
  await rhk.getByLabel('Pilih dari SKP pimpinan').selectOption({ index: 1 });
  const field = rhk.getByLabel('RHK pimpinan yang diintervensi');
  await page.waitForFunction((el) => el.value !== '', await field.elementHandle());
  assert.equal(await field.inputValue(), leaderRhk);
  await rhk.getByText('Terkait dengan RHK pada berkas SKP pimpinan.').waitFor();
  await saved();

  // The reload reopens the SKP that was open, not the first one in the library.
  await page.reload();
  const again = page.locator('.rhk-card').first();
  await expectValue(again.getByLabel('RHK pimpinan yang diintervensi'), leaderRhk);
  await again.getByText('Terkait dengan RHK pada berkas SKP pimpinan.').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('two tabs editing the same SKP keep both versions and say so', async () => {
  const { page: tabA, context } = await openPage(browser);
  await tabA.goto(server.url + '#/skp');
  await tabA.getByRole('heading', { name: 'SKP Saya', level: 1 }).waitFor();
  const saved = await watchSave(tabA);
  await tabA.getByRole('button', { name: EXAMPLE }).click();
  await saved();
  const tabB = await context.newPage();
  await tabB.goto(server.url + '#/perencanaan');
  await tabA.goto(server.url + '#/perencanaan');

  // Both change the same field before either autosave has run.
  await tabB.getByLabel('Instansi', { exact: true }).fill('Versi tab B');
  await tabA.getByLabel('Instansi', { exact: true }).fill('Versi tab A');

  await tabA.getByText('juga diubah di tab lain. Versi tab lain disimpan di riwayat').waitFor();
  await tabB.getByText('diubah di tab lain; yang ditampilkan sekarang adalah versi terbaru tersebut').waitFor();
  await expectValue(tabB.getByLabel('Instansi', { exact: true }), 'Versi tab A');

  // Tab B's version is in the history and comes back with one click.
  await tabA.goto(server.url + '#/skp');
  await tabA.locator('.history summary').click();
  await tabA.locator('.history li').filter({ hasText: 'versi dari tab lain' }).getByRole('button', { name: 'Pulihkan versi ini' }).click();
  await tabA.goto(server.url + '#/perencanaan');
  await expectValue(tabA.getByLabel('Instansi', { exact: true }), 'Versi tab B');
  await context.close();
});

test('when another tab deletes the open SKP, this tab says so instead of taking input into nothing', async () => {
  const { page: tabA, context } = await openPage(browser);
  await tabA.goto(server.url + '#/skp');
  await tabA.getByRole('button', { name: EXAMPLE }).click();
  await tabA.locator('.save-status').getByText('Tersimpan di perangkat ini').waitFor();
  const tabB = await context.newPage();
  await tabB.goto(server.url + '#/perencanaan');
  await tabB.getByLabel('Instansi', { exact: true }).waitFor();
  await tabA.goto(server.url + '#/skp');
  await tabA.getByRole('button', { name: 'Hapus' }).click();
  await tabB.getByText('dihapus di tab lain').waitFor();
  await tabB.getByText('Belum ada SKP yang dibuka.').waitFor();
  assert.equal(await tabB.getByLabel('Instansi', { exact: true }).count(), 0);
  await context.close();
});

test('undo of a deletion keeps what was typed after it in the history', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(server.url + '#/skp');
  await page.getByRole('button', { name: 'SKP kosong' }).click();
  await page.waitForURL(/#\/perencanaan$/);
  await page.getByRole('button', { name: 'Tambah RHK utama' }).click();
  await page.getByRole('button', { name: 'Tambah butir: Dukungan sumber daya' }).click();
  await page.getByLabel('Dukungan sumber daya 1', { exact: true }).fill('Butir yang akan dihapus');
  await page.getByRole('button', { name: 'Hapus Dukungan sumber daya 1' }).click();
  await page.getByLabel('Instansi', { exact: true }).fill('Diketik setelah menghapus');
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await page.getByLabel('Dukungan sumber daya 1', { exact: true }).waitFor();
  await page.goto(server.url + '#/skp');
  await page.locator('.history summary').click();
  const kept = page.locator('.history li').filter({ hasText: 'sebelum memulihkan' });
  await kept.getByRole('button', { name: 'Pulihkan versi ini' }).click();
  await page.goto(server.url + '#/perencanaan');
  assert.equal(await page.getByLabel('Instansi', { exact: true }).inputValue(), 'Diketik setelah menghapus');
  await context.close();
});

test('a target typed the Indonesian way, 1.000, is a thousand', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(server.url + '#/skp');
  await page.getByRole('button', { name: 'SKP kosong' }).click();
  await page.waitForURL(/#\/perencanaan$/);
  await page.getByRole('button', { name: 'Tambah RHK utama' }).click();
  const rhk = page.locator('.rhk-card').first();
  await rhk.getByRole('button', { name: 'Tambah IKI' }).click();
  const iki = rhk.locator('.iki-card').first();
  await iki.getByLabel('Bentuk target').selectOption({ label: 'Angka dan satuan' });
  await iki.getByLabel('Target', { exact: true }).fill('1.000');
  await iki.getByLabel('Satuan', { exact: true }).fill('Dokumen');
  await page.getByText('Tersimpan di perangkat ini').waitFor();
  await page.waitForFunction(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('skp-mandiri/skp/'));
    return key && localStorage.getItem(key).includes('"satuan":"Dokumen"');
  });
  const stored = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('skp-mandiri/skp/'));
    return JSON.parse(localStorage.getItem(key)).data.rhk[0].iki[0].target;
  });
  assert.deepEqual(stored, { jenis: 'nilai', nilai: 1000, satuan: 'Dokumen' });
  await context.close();
});

test('for PPPK the 20 JP minimum is shown as an assumption, not as their rule', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(server.url + '#/skp');
  await page.getByRole('button', { name: 'SKP kosong' }).click();
  await page.goto(server.url + '#/pengembangan');
  await page.locator('#jp-status').waitFor();
  assert.equal(await page.getByText('Untuk PPPK, pengembangan kompetensi diatur').count(), 0);
  await page.goto(server.url + '#/perencanaan');
  await page.getByLabel('Jenis pegawai').selectOption({ label: 'PPPK' });
  await page.goto(server.url + '#/pengembangan');
  await page.getByText('Untuk PPPK, pengembangan kompetensi diatur dalam PP 49/2018').waitFor();
  await context.close();
});

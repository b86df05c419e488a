// Leader review by file, as people do it, in separate browser contexts (two devices): the
// employee sends their SKP file, the leader reviews it and sends back a feedback slip, the
// employee takes it in, changes their SKP and sends it again, the leader sees their earlier
// notes and what changed. Also: a slip for an SKP that is not on the device, the same slip
// twice, and a slip for a version that has since diverged.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launchBrowser, openPage, expectValue, expectCount, watchSave } from './support.mjs';

const EXAMPLE = 'JF Analis Kebijakan Ahli Pertama';
const PEGAWAI = 'Rina Kartika, S.AP., M.Si.';
const RHK1 = 'Tersusunnya rekomendasi kebijakan peningkatan kualitas pelayanan publik perangkat daerah yang dimanfaatkan pimpinan';
const NOTE = 'Rekomendasi Triwulan I sudah dibahas; lengkapi data survei kepuasan.';

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

/** Downloads what `click` starts and returns its file name and bytes. */
async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), buffer: await readFile(await file.path()) };
}

/** The employee: the example SKP, exported as they would send it. */
async function employeeWithExample() {
  const employee = await openPage(browser);
  const { page } = employee;
  await page.goto(server.url + '#/skp');
  const saved = await watchSave(page);
  await page.getByRole('button', { name: EXAMPLE }).click();
  await saved();
  await page.goto(server.url + '#/skp');
  const file = await download(page, () => page.getByRole('button', { name: 'Ekspor berkas' }).first().click());
  return { ...employee, file };
}

/** The leader opens `file` in "SKP Bawahan" and goes to its review. */
async function leaderReviews(page, file, said) {
  await page.goto(server.url + '#/bawahan');
  await page.getByRole('heading', { name: 'SKP Bawahan', level: 1 }).waitFor();
  await page.locator('input[type=file]').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.buffer });
  await page.getByText(said).waitFor();
  await page.getByRole('link', { name: `Tinjau SKP ${PEGAWAI}` }).click();
  await page.getByRole('heading', { name: `Tinjauan SKP ${PEGAWAI}`, level: 1 }).waitFor();
}

/** The employee imports a file (an SKP or a slip) through the library's import. */
async function importFile(page, file) {
  await page.goto(server.url + '#/skp');
  await page.locator('section[aria-labelledby=impor] input[type=file]').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.buffer });
}

/** The leader writes a note on RHK 1 in period 1, rates it, and approves the plan. */
async function leaderWrites(page) {
  await page.getByLabel('Keputusan atas rencana').selectOption('disetujui');
  await page.getByLabel(`Catatan untuk RHK: ${RHK1}`).fill('Target sudah terukur.');
  await page.getByLabel(`Catatan untuk RHK: ${RHK1}`).blur();
  await page.getByRole('button', { name: `Tambah: Umpan balik untuk RHK: ${RHK1}` }).click();
  const note = page.getByLabel(`Umpan balik untuk RHK: ${RHK1}`).first();
  await note.fill(NOTE);
  await note.blur();
  const period = page.locator('section[aria-labelledby=periode-tinjauan]');
  await period.getByLabel('Rating hasil kerja (Pejabat Penilai Kinerja)').selectOption({ label: 'Di Atas Ekspektasi' });
  await period.getByLabel('Rating perilaku kerja (Pejabat Penilai Kinerja)').selectOption({ label: 'Sesuai Ekspektasi' });
  await page.getByRole('button', { name: 'Tambah sesi bimbingan' }).click();
  await page.getByLabel('Topik yang dibahas').fill('Menyusun instrumen survei kepuasan');
  await page.getByLabel('Topik yang dibahas').blur();
}

test('employee, leader, employee, leader: feedback by file keeps everything both wrote', async () => {
  const employee = await employeeWithExample();
  const leader = await openPage(browser);

  // Leader: review, write, send the slip.
  await leaderReviews(leader.page, employee.file, `SKP ${PEGAWAI} ditambahkan ke daftar.`);
  await leader.page.getByText('Ini pertama kali Anda melihat SKP ini.').waitFor();
  await leader.page.getByText('tidak dapat diubah di sini').waitFor();
  await leaderWrites(leader.page);
  // What the leader wrote is kept on their device.
  await leader.page.reload();
  await expectValue(leader.page.getByLabel(`Umpan balik untuk RHK: ${RHK1}`).first(), NOTE);
  // A note removed by mistake comes back with one click.
  await leader.page.getByRole('button', { name: `Hapus catatan: Umpan balik untuk RHK: ${RHK1}` }).click();
  await expectCount(leader.page.getByRole('textbox', { name: `Umpan balik untuk RHK: ${RHK1}` }), 0);
  await leader.page.getByRole('button', { name: 'Urungkan' }).click();
  await expectValue(leader.page.getByLabel(`Umpan balik untuk RHK: ${RHK1}`).first(), NOTE);
  const slip = await download(leader.page, () => leader.page.getByRole('button', { name: 'Unduh lembar umpan balik' }).click());
  assert.match(slip.name, /^umpan-balik_.*\.json$/);
  assert.ok(slip.buffer.length < 8000, `a slip is small: ${slip.buffer.length} bytes`);
  const data = JSON.parse(slip.buffer.toString());
  assert.equal(data.format, 'skp-mandiri/lembar-umpan-balik');
  assert.equal(data.data.skp_id, JSON.parse(employee.file.buffer.toString()).data.id, 'tied to the SKP it answers');

  // Employee: preview, take, see the leader's rating; it survives a reload.
  const { page } = employee;
  await importFile(page, slip);
  const preview = page.getByRole('region', { name: 'Lembar umpan balik dari pimpinan' });
  await preview.getByText('Yang akan ditambahkan atau diperbarui di SKP Anda:').waitFor();
  await preview.getByText(NOTE, { exact: false }).waitFor();
  await preview.getByText(/Rencana SKP disetujui/).waitFor();
  const saved = await watchSave(page);
  await preview.getByRole('button', { name: 'Ambil umpan balik' }).click();
  await saved();
  await page.reload();
  await page.goto(server.url + '#/cetak/evaluasi/1');
  await page.getByText(NOTE).first().waitFor();
  await page.getByText('Di Atas Ekspektasi').first().waitFor();

  // The same slip again adds nothing.
  await importFile(page, slip);
  await page.getByText('Semua isi lembar ini sudah ada di SKP Anda. Tidak ada yang ditambahkan.').waitFor();
  assert.equal(await preview.getByRole('button', { name: 'Ambil umpan balik' }).count(), 0);
  await preview.getByRole('button', { name: 'Tutup' }).click();

  // Employee changes a realisasi and sends the whole file again.
  await page.goto(server.url + '#/pelaksanaan');
  const card = page.locator('.realisasi-card').first();
  const saved2 = await watchSave(page);
  await card.getByLabel('Realisasi berdasarkan bukti dukung').fill('Rekomendasi diperbaiki dengan data survei');
  await saved2();
  await page.goto(server.url + '#/skp');
  const second = await download(page, () => page.getByRole('button', { name: 'Ekspor berkas' }).first().click());

  // Leader: the newer file replaces the old one, their notes stay, the change is shown.
  await leaderReviews(leader.page, second, `SKP ${PEGAWAI} diperbarui dari berkas yang lebih baru; catatan Anda tetap ada.`);
  await expectValue(leader.page.getByLabel(`Umpan balik untuk RHK: ${RHK1}`).first(), NOTE);
  await expectValue(leader.page.getByLabel(`Catatan untuk RHK: ${RHK1}`), 'Target sudah terukur.');
  const changes = leader.page.locator('section[aria-labelledby=perubahan]');
  await changes.locator('li').first().waitFor();
  await leader.page.getByRole('button', { name: 'Tandai sudah dilihat' }).click();
  await changes.getByText('Tidak ada perubahan oleh pegawai sejak terakhir Anda lihat.').waitFor();

  // Removing the subordinate asks first, then lasts across a reload.
  await leader.page.goto(server.url + '#/bawahan');
  await leader.page.getByRole('button', { name: `Hapus SKP ${PEGAWAI} dari daftar` }).click();
  const ask = leader.page.getByRole('alertdialog');
  await ask.getByText('ikut terhapus dari perangkat ini').waitFor();
  await ask.getByRole('button', { name: 'Hapus', exact: true }).click();
  await leader.page.getByText('Belum ada SKP bawahan di perangkat ini.').waitFor();
  await leader.page.reload();
  await leader.page.getByText('Belum ada SKP bawahan di perangkat ini.').waitFor();

  assert.deepEqual(employee.problems, []);
  assert.deepEqual(leader.problems, []);
  await employee.context.close();
  await leader.context.close();
});

test('a slip for an SKP that is not here, or for a version since changed, says so', async () => {
  const employee = await employeeWithExample();
  const leader = await openPage(browser);
  await leaderReviews(leader.page, employee.file, `SKP ${PEGAWAI} ditambahkan ke daftar.`);
  await leaderWrites(leader.page);
  const slip = await download(leader.page, () => leader.page.getByRole('button', { name: 'Unduh lembar umpan balik' }).click());

  // Another device without that SKP: nothing to take it into.
  const other = await openPage(browser);
  await importFile(other.page, slip);
  await other.page.getByText(/yang tidak ada di perangkat ini/).waitFor();
  assert.equal(await other.page.getByRole('button', { name: 'Ambil umpan balik' }).count(), 0);

  // A second subordinate: the leader's list becomes a team at a glance.
  await other.page.goto(server.url + '#/skp');
  const savedOther = await watchSave(other.page);
  await other.page.getByRole('button', { name: 'JA Pengadministrasi Perkantoran' }).click();
  await savedOther();
  await other.page.goto(server.url + '#/skp');
  const secondFile = await download(other.page, () => other.page.getByRole('button', { name: 'Ekspor berkas' }).first().click());
  await leader.page.goto(server.url + '#/bawahan');
  await leader.page.locator('input[type=file]').setInputFiles({ name: secondFile.name, mimeType: 'application/json', buffer: secondFile.buffer });
  const team = leader.page.locator('section[aria-labelledby=tim]');
  await team.getByRole('heading', { name: 'Ringkasan tim' }).waitFor();
  assert.equal(await team.locator('tbody tr').count(), 2);

  // The employee changed the plan since: warned, and may still take what matches.
  const { page } = employee;
  await page.goto(server.url + '#/perencanaan');
  const saved = await watchSave(page);
  const field = page.locator('.rhk-card').first().getByLabel('Rumusan Rencana Hasil Kerja');
  await field.fill(RHK1 + ' tahun 2025');
  await saved();
  await importFile(page, slip);
  await page.getByText('SKP Anda sudah berubah sejak pimpinan membacanya.', { exact: false }).waitFor();
  // Taken, then undone: the leader's feedback is gone again, after a reload too.
  await page.getByRole('button', { name: 'Ambil umpan balik' }).click();
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await page.reload();
  await page.goto(server.url + '#/cetak/evaluasi/1');
  await page.locator('.print-doc h1').first().waitFor();
  assert.equal(await page.getByText(NOTE).count(), 0);

  await other.context.close();
  await employee.context.close();
  await leader.context.close();
});

// Keeping a person's work: reload, export and import through real files, refusal of bad
// files, hostile text, and the storage faults (blocked, full, corrupted, two tabs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

async function fresh({ init } = {}) {
  const session = await openPage(browser);
  if (init) await session.context.addInitScript(init);
  await session.page.goto(server.url + '#/skp');
  await session.page.getByRole('heading', { name: 'SKP Saya', level: 1 }).waitFor();
  return session;
}

async function addExample(page) {
  await page.goto(server.url + '#/skp');
  await page.getByRole('button', { name: EXAMPLE }).click();
  await page.goto(server.url + '#/skp');
  await page.locator('.skp-card').first().waitFor();
}

async function storedKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('skp-mandiri/')).sort());
}

async function chooseFile(page, name, buffer, mimeType = 'application/json') {
  if (buffer.length < 40 * 1024 * 1024) {
    await page.locator('input[type=file]').setInputFiles({ name, mimeType, buffer });
    return;
  }
  // Playwright passes large files by path only.
  const path = join(await mkdtemp(join(tmpdir(), 'skp-')), name);
  await writeFile(path, buffer);
  await page.locator('input[type=file]').setInputFiles(path);
}

test('work survives a reload and says it is saved', async () => {
  const { page, context, problems } = await fresh();
  const saved = await watchSave(page);
  await addExample(page);
  await saved();
  await page.reload();
  await page.getByRole('heading', { name: EXAMPLE_NAME }).waitFor();
  await expectCount(page.locator('.skp-card'), 1);
  await expectText(page.locator('.skp-card .badge'), 'Sedang dibuka');
  assert.deepEqual(problems, []);
  await context.close();
});

test('export then import through a real download and upload gives the same SKP', async () => {
  const { page, context } = await fresh();
  await addExample(page);
  const dir = await mkdtemp(join(tmpdir(), 'skp-'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ekspor berkas' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^SKP_2025_Rina-Kartika-S-AP-M-Si_\d{18}\.json$/);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  const exported = await readFile(path, 'utf8');

  // Import it back as a copy: the preview names the file and compares with the stored one.
  await page.locator('input[type=file]').setInputFiles(path);
  await page.getByText('SKP ini sudah ada di perangkat').waitFor();
  const preview = page.getByRole('region', { name: 'Periksa sebelum mengimpor' });
  assert.match(await preview.innerText(), /Tersimpan[\s\S]*Dari berkas/);
  await page.getByRole('button', { name: 'Impor sebagai salinan' }).click();
  await expectCount(page.locator('.skp-card'), 2);

  // The copy exports to the same bytes, apart from its id and the time of writing.
  const [second] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.skp-card').nth(1).getByRole('button', { name: 'Ekspor berkas' }).click(),
  ]);
  const again = await readFile(await second.path(), 'utf8');
  const normalise = (text) =>
    text.replace(/"written_at": "[^"]*"/, '').replace(/"id": "skp-[^"]*"/, '');
  assert.equal(normalise(again), normalise(exported));
  await context.close();
});

test('replacing by import keeps the replaced version restorable with one click', async () => {
  const { page, context } = await fresh();
  await addExample(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ekspor berkas' }).click(),
  ]);
  const text = (await readFile(await download.path(), 'utf8')).replace(EXAMPLE_NAME, 'Nama Dari Berkas');
  await chooseFile(page, 'ubahan.json', Buffer.from(text));
  await page.getByRole('button', { name: 'Ganti yang tersimpan' }).click();
  await page.getByRole('heading', { name: 'Nama Dari Berkas' }).waitFor();
  // Replacing keeps one SKP, and so does the undo: it must not bring the old one back beside it.
  await expectCount(page.locator('.skp-card'), 1);
  const saved = await watchSave(page);
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await page.getByRole('heading', { name: EXAMPLE_NAME }).waitFor();
  await expectCount(page.locator('.skp-card'), 1);
  await saved();
  await page.reload();
  await page.getByRole('heading', { name: EXAMPLE_NAME }).waitFor();
  await expectCount(page.locator('.skp-card'), 1);
  await expectCount(page.getByRole('heading', { name: 'Nama Dari Berkas' }), 0);
  await context.close();
});

const envelope = (data, extra = {}) =>
  JSON.stringify({
    format: 'skp-mandiri/skp',
    version: 2,
    app: { name: 'skp-mandiri', version: '0.1.0' },
    written_at: '2026-01-01T00:00:00Z',
    data,
    ...extra,
  });

const badFiles = [
  ['terpotong.json', () => Buffer.from('{"format": "skp-mandiri/skp", "version": 2, "data": {"id": "x", '), /bukan JSON yang sah \(baris 1, kolom \d+\)/],
  ['tipe-salah.json', () => Buffer.from(envelope({ id: 42 })), /Isian `data\.id`/],
  ['aplikasi-lain.json', () => Buffer.from(JSON.stringify({ name: 'resep', items: [1, 2] })), /bukan dari SKP Mandiri/],
  ['versi-baru.json', () => Buffer.from(envelope({}, { version: 9 })), /versi SKP Mandiri yang lebih baru \(format versi 9/],
  ['besar.json', () => Buffer.alloc(50 * 1024 * 1024, 0x20), /Berkas terlalu besar \(50\.0 MB\)/],
  ['kosong.json', () => Buffer.alloc(0), /Berkas kosong/],
  ['gambar.png', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x00]), /bukan teks/],
];

test('each bad file is refused with a clear message and nothing changes', async () => {
  const { page, context } = await fresh();
  const saved = await watchSave(page);
  await addExample(page);
  await saved();
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  for (const [name, make, message] of badFiles) {
    await chooseFile(page, name, make(), name.endsWith('.png') ? 'image/png' : 'application/json');
    // The box of the previous file is still there until this one replaces it: wait for this name.
    const alert = page.locator('.error-box', { hasText: `\u201c${name}\u201d` });
    await alert.waitFor();
    await expectCount(page.locator('.error-box'), 1);
    const shown = await alert.innerText();
    assert.match(shown, new RegExp(`Berkas \u201c${name.replace('.', '\\.')}\u201d tidak dapat diimpor`), name);
    assert.match(shown, message, name);
    assert.equal(await page.locator('.preview').count(), 0, name);
  }
  assert.equal(await page.evaluate(() => JSON.stringify(localStorage)), before);
  assert.equal(await page.locator('.skp-card').count(), 1);
  await context.close();
});

test('HTML and scripts in every text field are shown as text, never run', async () => {
  const { page, context } = await fresh();
  await addExample(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ekspor berkas' }).click(),
  ]);
  const hostile = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  // Every string in the SKP except ids, dates, enum choices and links.
  const poison = (value, key) => {
    if (Array.isArray(value)) return value.map((v) => poison(v, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
    }
    const plain = typeof value === 'string' && !/(^|_)id$|^(mulai|selesai|tanggal|tautan|nip)$/.test(key) && !/^[a-z_]+$/.test(value) && !/^\d{4}-\d\d-\d\d$/.test(value);
    return plain ? `${value} ${hostile}` : value;
  };
  file.data = poison(file.data, 'data');
  await chooseFile(page, 'berbahaya.json', Buffer.from(JSON.stringify(file)));
  await page.getByRole('button', { name: 'Ganti yang tersimpan' }).click();
  const heading = page.locator('.skp-card h2');
  await heading.filter({ hasText: '<script>' }).waitFor();
  assert.equal(await heading.innerText(), `${EXAMPLE_NAME} ${hostile}`);
  const stages = {
    '': 'Kelola SKP Anda sendiri, di perangkat Anda sendiri',
    perencanaan: 'Perencanaan Kinerja',
    pelaksanaan: 'Pelaksanaan, Pemantauan, dan Pembinaan',
    penilaian: 'Penilaian Kinerja',
    'tindak-lanjut': 'Tindak Lanjut',
    pengembangan: 'Pengembangan Kompetensi',
    ringkasan: 'Ringkasan SKP',
  };
  for (const [stage, title] of Object.entries(stages)) {
    await page.goto(server.url + '#/' + stage);
    // A hash-only goto returns before the page is drawn; wait until this stage is shown.
    await expectText(page.locator('h1'), title);
    if (stage === '') continue; // the start page shows no SKP text
    if (stage === 'perencanaan') {
      // Planning shows the texts in fields: the value carries the markup verbatim.
      const rumusan = page.locator('.rhk-card').first().getByLabel('Rumusan Rencana Hasil Kerja');
      await eventually(async () => assert.ok((await rumusan.inputValue()).endsWith(hostile), stage));
    } else {
      // The markup is shown as visible text, so it was not parsed as HTML.
      await eventually(async () => assert.ok((await page.locator('main').innerText()).includes(hostile), stage));
    }
  }
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.locator('main img[src=x], main script').count(), 0);
  await context.close();
});

test('when storage is blocked the app works in memory and says nothing will be kept', async () => {
  const { page, context, problems } = await fresh({
    init: () => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    },
  });
  await page.getByText('Penyimpanan peramban tidak tersedia').waitFor();
  await addExample(page);
  await page.getByRole('heading', { name: EXAMPLE_NAME }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('when storage is full the work stays on the page and one click exports it', async () => {
  const { page, context } = await fresh({
    init: () => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (window.__full && key.startsWith('skp-mandiri/')) {
          throw new DOMException('Quota exceeded', 'QuotaExceededError');
        }
        return setItem.call(this, key, value);
      };
    },
  });
  await page.evaluate(() => {
    window.__full = true;
  });
  await page.getByRole('button', { name: EXAMPLE }).click();
  await page.getByText('Belum tersimpan: penyimpanan peramban penuh').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ekspor sekarang' }).first().click(),
  ]);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(saved.data.pegawai.nama, EXAMPLE_NAME);
  await context.close();
});

test('corrupted stored data is set aside untouched, downloadable, and the rest keeps working', async () => {
  const { page, context } = await fresh();
  const saved = await watchSave(page);
  await addExample(page);
  await saved();
  const damaged = '{"format": "skp-mandiri/skp", "version": 2, "data": {"id": "rusak"';
  await page.evaluate((text) => localStorage.setItem('skp-mandiri/skp/rusak', text), damaged);
  await page.reload();
  await page.getByText('1 data tersimpan tidak dapat dibaca dan disisihkan tanpa diubah').waitFor();
  await page.getByRole('heading', { name: 'Data yang disisihkan' }).waitFor();
  await expectCount(page.locator('.skp-card'), 1);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh apa adanya' }).click(),
  ]);
  assert.equal(await readFile(await download.path(), 'utf8'), damaged);
  assert.ok(!(await storedKeys(page)).includes('skp-mandiri/skp/rusak'));
  await context.close();
});

test('a change saved in one tab appears in the other', async () => {
  const { page: first, context } = await fresh();
  const second = await context.newPage();
  await second.goto(server.url + '#/skp');
  await second.getByText('Belum ada SKP di perangkat ini').waitFor();
  await addExample(first);
  await second.getByRole('heading', { name: EXAMPLE_NAME }).waitFor();
  await context.close();
});

test('earlier versions and deleted SKPs can be restored from the library', async () => {
  const { page, context } = await fresh();
  await addExample(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ekspor berkas' }).click(),
  ]);
  const text = (await readFile(await download.path(), 'utf8')).replace(EXAMPLE_NAME, 'Versi Impor');
  await chooseFile(page, 'impor.json', Buffer.from(text));
  await page.getByRole('button', { name: 'Ganti yang tersimpan' }).click();
  await page.getByRole('heading', { name: 'Versi Impor' }).waitFor();

  await page.locator('.history summary').click();
  const version = page.locator('.history li').filter({ hasText: 'sebelum diganti melalui impor' });
  await version.getByRole('button', { name: 'Pulihkan versi ini' }).click();
  await page.getByRole('heading', { name: EXAMPLE_NAME }).waitFor();
  await expectCount(page.locator('.skp-card'), 1);

  await page.getByRole('button', { name: 'Hapus' }).click();
  await page.getByText('Belum ada SKP di perangkat ini').waitFor();
  await page.reload();
  const deleted = page.getByRole('heading', { name: 'SKP yang dihapus' });
  await deleted.waitFor();
  await page.getByRole('button', { name: 'Pulihkan', exact: true }).click();
  await page.getByRole('heading', { name: EXAMPLE_NAME }).waitFor();
  await expectCount(page.locator('.skp-card'), 1);
  await context.close();
});

test('a backup restores the whole library and says which SKPs it replaces and adds', async () => {
  const { page, context } = await fresh();
  await addExample(page);
  const [backup] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh cadangan semua SKP' }).click(),
  ]);
  assert.match(backup.suggestedFilename(), /^SKP-Mandiri_cadangan_\d{4}-\d\d-\d\d\.json$/);
  const file = await readFile(await backup.path());
  await page.getByRole('button', { name: 'Hapus' }).click();
  await page.getByRole('button', { name: 'SKP kosong' }).click();
  await page.goto(server.url + '#/skp');
  await chooseFile(page, 'cadangan.json', file);
  const preview = page.getByRole('region', { name: 'Periksa sebelum mengimpor' });
  await preview.getByText('Berkas cadangan berisi 1 SKP').waitFor();
  await preview.getByText('Akan ditambahkan:').waitFor();
  assert.match(await preview.innerText(), new RegExp(`${EXAMPLE_NAME.replace(/[.,]/g, '.')} · 01-01-2025`));
  assert.equal(await preview.getByText('Akan mengganti').count(), 0);
  await page.getByRole('button', { name: 'Pulihkan dari cadangan' }).click();
  await page.getByRole('heading', { name: EXAMPLE_NAME }).waitFor();
  assert.equal(await page.locator('.skp-card').count(), 2);
  await context.close();
});

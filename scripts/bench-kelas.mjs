// A class in the browser: importing 40 and 1,000 realistic SKP files through the page (timed
// in the page from the file input's change event until the class table shows its first page of
// rows, 100, with the distribution and the gaps of the whole class drawn beside it),
// and a reload of the 40-file class until its table is back. The files are those
// `cargo bench --bench domain` writes to SKP_KELAS_OUT. Prints figures; asserts nothing.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launchBrowser, openPage } from '../tests/e2e/support.mjs';

const dir = process.argv[2];
/** Rows the class table draws at first (ui/pages/kelas/tabel.rs `HALAMAN`). */
const PAGE = 100;
const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));

/** Resolves, in the page, with the ms from `start` until the class table has `rows` rows. */
const untilRows = (page, rows) =>
  page.evaluate(
    (rows) =>
      new Promise((resolve) => {
        const poll = () => {
          if (document.querySelectorAll('.class-table tbody tr').length >= rows) {
            void document.body.offsetHeight;
            resolve(performance.now() - window.__start);
          } else {
            requestAnimationFrame(poll);
          }
        };
        poll();
      }),
    rows,
  );

async function importClass(page, server, name, paths) {
  await page.goto(server.url + '#/kelas');
  await page.getByLabel('Nama kelas').fill(name);
  await page.getByRole('button', { name: 'Buat kelas' }).click();
  await page.waitForURL(/#\/kelas\?k=/);
  const input = page.locator('section[aria-labelledby="kelas-impor"] input[type=file]');
  await input.evaluate((el) => {
    el.addEventListener('change', () => { window.__start = performance.now(); }, { capture: true, once: true });
  });
  await input.setInputFiles(paths);
  return untilRows(page, Math.min(PAGE, paths.length));
}

const server = await serveDist('/');
const browser = await launchBrowser();
try {
  const { page } = await openPage(browser);
  await page.goto(server.url + '#/kelas');
  await page.getByRole('heading', { level: 1 }).waitFor();
  const forty = await importClass(page, server, 'Empat puluh', files.slice(0, 40));
  console.log(`\nclass of 40 SKP files: import through the page until the table shows them: ${forty.toFixed(0)} ms`);
  const reloads = [];
  for (let i = 0; i < 3; i++) {
    await page.reload();
    await page.evaluate(() => { window.__start = 0; });
    reloads.push(await untilRows(page, 40));
  }
  console.log(`  reload with the class kept, until its table shows (from navigation start): ${reloads.map((r) => r.toFixed(0)).join(', ')} ms`);
  const thousand = await importClass(page, server, 'Seribu', files.slice(0, 1000));
  console.log(`class of ${Math.min(1000, files.length)} SKP files: import through the page until the table shows them: ${thousand.toFixed(0)} ms`);
  await page.reload();
  await page.evaluate(() => { window.__start = 0; });
  const reloadThousand = await untilRows(page, PAGE);
  console.log(`  reload with the class kept, until its table shows (from navigation start): ${reloadThousand.toFixed(0)} ms`);
} finally {
  await browser.close();
  await server.close();
}

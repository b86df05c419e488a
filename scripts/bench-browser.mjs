// Imports a large SKP file through the page's file picker five times and prints how long the
// preview took to appear, how long the import took to be saved, and what it takes in storage.
import { serveDist, launchBrowser, openPage } from '../tests/e2e/support.mjs';

const file = process.argv[2];
const server = await serveDist('/');
const browser = await launchBrowser();
const previews = [];
const saves = [];
let stored = 0;
try {
  for (let run = 0; run < 5; run++) {
    const { page, context } = await openPage(browser);
    await page.goto(server.url + '#/skp');
    await page.getByRole('heading', { name: 'SKP Saya', level: 1 }).waitFor();
    const start = Date.now();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByRole('region', { name: 'Periksa sebelum mengimpor' }).waitFor();
    previews.push(Date.now() - start);
    const click = Date.now();
    await page.getByRole('button', { name: 'Impor berkas' }).last().click();
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('skp-mandiri/skp/')));
    await page.getByText('Tersimpan di perangkat ini').waitFor();
    saves.push(Date.now() - click);
    stored = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('skp-mandiri/skp/'));
      return localStorage.getItem(key).length;
    });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`large SKP stored in localStorage: ${stored} characters (${(stored / 1024).toFixed(0)} KiB of a ~5 MiB origin quota)`);
console.log(`file chosen -> preview shown: median ${median(previews)} ms (runs: ${previews.join(', ')})`);
console.log(`import confirmed -> saved:    median ${median(saves)} ms (runs: ${saves.join(', ')})`);

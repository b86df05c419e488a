// A phone's screen: at 360 px no page of an SKP is wider than the screen (a page that scrolls
// sideways hides the end of every field and button).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser } from './support.mjs';

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

test('at 360 px no page of the example SKP scrolls sideways', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(server.url + '#/skp');
    await page.getByRole('button', { name: 'JA Pengadministrasi Perkantoran' }).click();
    await page.waitForURL(/#\/perencanaan$/);
    const wide = [];
    for (const hash of ['#/perencanaan', '#/pelaksanaan', '#/penilaian', '#/tindak-lanjut', '#/pengembangan', '#/ringkasan', '#/skp', '#/']) {
      await page.goto(server.url + hash);
      await page.locator('main h1').waitFor();
      await page.waitForTimeout(200);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`${hash}: ${width} px`);
    }
    assert.deepEqual(wide, []);
  } finally {
    await context.close();
  }
});

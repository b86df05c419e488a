// What the screen shows, not only what the DOM holds: the stylesheet's rules for the screen
// must reach the screen (a print-only block left open once hid them all).
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

test('the chosen predikat cell is highlighted on screen and the print toolbar shows on screen only', async () => {
  const { page, context } = await openPage(browser);
  await page.goto(server.url + '#/skp');
  await page.getByRole('button', { name: 'JF Analis Kebijakan Ahli Pertama' }).click();
  await page.goto(server.url + '#/penilaian');
  await page.selectOption('#rating-mandiri-hasil', 'sesuai');
  await page.selectOption('#rating-mandiri-perilaku', 'di_atas');
  const chosen = page.locator('.predikat-matrix td.chosen');
  await chosen.waitFor();
  const [cell, other] = await Promise.all([
    chosen.evaluate((el) => getComputedStyle(el).backgroundColor),
    page.locator('.predikat-matrix td:not(.chosen)').first().evaluate((el) => getComputedStyle(el).backgroundColor),
  ]);
  assert.notEqual(cell, other, 'the chosen cell stands out');
  assert.notEqual(cell, 'rgba(0, 0, 0, 0)');

  await page.goto(server.url + '#/cetak/skp');
  const toolbar = page.locator('.print-toolbar');
  await toolbar.waitFor();
  assert.equal(await toolbar.isVisible(), true);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await toolbar.isVisible(), false);
  await context.close();
});

test('on a wide screen the English gap actions each fit on one line', async () => {
  const { page, context } = await openPage(browser);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(server.url + '#/skp');
  await page.getByRole('button', { name: 'JF Analis Kebijakan Ahli Pertama' }).click();
  await page.goto(server.url + '#/penilaian');
  await page.getByRole('button', { name: 'English' }).click();
  const buttons = page.locator('.gap-actions button');
  await page.getByRole('button', { name: 'Create an action plan' }).first().waitFor();
  const lines = await buttons.evaluateAll((all) => all.map((b) => {
    const range = document.createRange();
    range.selectNodeContents(b);
    return [b.textContent, range.getClientRects().length];
  }));
  assert.ok(lines.length >= 2);
  assert.deepEqual(lines.filter(([, n]) => n !== 1), []);
  await context.close();
});

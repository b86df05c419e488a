// A phone's screen: at 360 px no page of an SKP is wider than the screen (a page that scrolls
// sideways hides the end of every field and button).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launchBrowser, eventually } from './support.mjs';

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
    const wide = [];
    // Every route, with each bundled example open (their longest texts differ).
    for (const example of ['JA Pengadministrasi Perkantoran', 'JF Analis Kebijakan Ahli Pertama']) {
      await page.goto(server.url + '#/skp');
      await page.getByRole('button', { name: example }).click();
      await page.waitForURL(/#\/perencanaan$/);
      for (const hash of ['#/perencanaan', '#/pelaksanaan', '#/penilaian', '#/tindak-lanjut', '#/pengembangan', '#/ringkasan', '#/skp', '#/', '#/kelas', '#/bawahan',
        '#/cetak/skp', '#/cetak/evaluasi/1', '#/cetak/evaluasi/tahunan', '#/cetak/pengembangan']) {
        await page.goto(server.url + hash);
        await page.locator('main h1, .print-doc h1').first().waitFor();
        await page.waitForTimeout(200);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 360) wide.push(`${example} ${hash}: ${width} px`);
        // The current stage's tab is scrolled fully into the row, its label not cut.
        if (await page.locator('.stage-nav a.current').count()) {
          await eventually(async () => {
            const [l, r] = await page.locator('.stage-nav a.current').evaluate((a) => {
              const box = a.getBoundingClientRect();
              return [box.left, box.right];
            });
            assert.ok(l >= 0 && r <= 360, `${hash}: the current tab spans ${l}–${r} px`);
          });
        }
      }
    }
    assert.deepEqual(wide, []);
  } finally {
    await context.close();
  }
});

test('every focus indicator stands out at least 3:1 from what is behind it', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(server.url + '#/skp');
    await page.getByRole('button', { name: 'JF Analis Kebijakan Ahli Pertama' }).click();
    await page.waitForURL(/#\/perencanaan$/);
    // The assessment page has every kind: buttons, a text field and links to the prints.
    await page.goto(server.url + '#/penilaian');
    await page.locator('main h1').waitFor();
    const targets = {
      'the header\'s language switch': '.site-header .language-switch',
      'a stage link': '.stage-nav a',
      'a button': 'main button',
      'a text field': 'main input[type="text"]',
      'a link': 'main a[href]',
    };
    const low = [];
    for (const [what, selector] of Object.entries(targets)) {
      const el = page.locator(selector).first();
      // A key press first, so the browser draws the ring as it does for keyboard users.
      await page.keyboard.press('Shift');
      await el.focus();
      const ratio = await el.evaluate((node) => {
        const rgb = (c) => (c.match(/[\d.]+/g) || []).slice(0, 4).map(Number);
        const lum = ([r, g, b]) => {
          const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
          return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
        };
        // The ring is drawn outside the element: compare it with the first opaque ancestor.
        let behind = node.parentElement;
        while (behind) {
          const bg = rgb(getComputedStyle(behind).backgroundColor);
          if (bg.length === 3 || bg[3] > 0) break;
          behind = behind.parentElement;
        }
        const bg = behind ? rgb(getComputedStyle(behind).backgroundColor) : [255, 255, 255];
        const style = getComputedStyle(node);
        if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) return 0;
        const [a, b] = [lum(rgb(style.outlineColor)), lum(bg)];
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      });
      if (!(ratio >= 3)) low.push(`${what}: ${ratio.toFixed(2)}:1`);
    }
    assert.deepEqual(low, []);
  } finally {
    await context.close();
  }
});

test('at 360 px an import preview keeps a long file name inside its card', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(server.url + '#/skp');
    await page.getByRole('button', { name: 'JF Analis Kebijakan Ahli Pertama' }).click();
    await page.waitForURL(/#\/perencanaan$/);
    await page.goto(server.url + '#/skp');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ekspor berkas' }).click(),
    ]);
    const buffer = await readFile(await download.path());
    const name = 'SKP_2025_Rina_Kartika_Analis_Kebijakan_Ahli_Pertama_Bappeda_Sulawesi_Selatan_revisi_final_v3.json';
    await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer });
    const preview = page.locator('.preview');
    await preview.waitFor();
    const overflow = await preview.evaluate((el) => el.scrollWidth - el.clientWidth);
    assert.equal(overflow, 0, 'the preview card does not scroll sideways');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 360);
  } finally {
    await context.close();
  }
});

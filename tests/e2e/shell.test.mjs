// The app shell as a person meets it: start page, stages, language, addresses, sub-paths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser, openPage, eventually, expectText } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function withApp(prefix, run) {
  const server = await serveDist(prefix);
  const session = await openPage(browser);
  try {
    await run({ ...session, server });
  } finally {
    await session.context.close();
    await server.close();
  }
}

test('the start page loads quietly and requests nothing outside its own origin', async () => {
  await withApp('/', async ({ page, problems, requests, server }) => {
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await page.title(), 'SKP Mandiri');
    await expectText(page.locator('h1'), 'Kelola SKP Anda sendiri, di perangkat Anda sendiri');
    await expectText(page.locator('main'), /Data Anda tetap di perangkat ini/);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(problems, []);
    const outside = requests.filter((url) => !url.startsWith(server.origin));
    assert.deepEqual(outside, []);
  });
});

test('the navigation reaches every stage in the order of PP 30/2019, and reload keeps the page', async () => {
  await withApp('/', async ({ page, problems, server }) => {
    await page.goto(server.url);
    const links = page.getByRole('navigation').locator('ol').getByRole('link');
    await links.first().waitFor();
    assert.deepEqual(await links.allInnerTexts(), [
      'Perencanaan Kinerja',
      'Pelaksanaan, Pemantauan, dan Pembinaan',
      'Penilaian Kinerja',
      'Tindak Lanjut',
      'Pengembangan Kompetensi',
      'Ringkasan dan Cetak',
    ]);
    await links.nth(2).click();
    await page.waitForURL(/#\/penilaian$/);
    // The address changes before the page is drawn.
    await expectText(page.locator('h1'), 'Penilaian Kinerja');
    await eventually(async () => assert.equal(await links.nth(2).getAttribute('aria-current', { timeout: 1000 }), 'page'));
    // Focus moves to the new page's content (an effect, so it may land a moment later).
    await page.waitForFunction(() => document.activeElement?.id === 'isi', null, { timeout: 5000 });
    await page.reload();
    await expectText(page.locator('h1'), 'Penilaian Kinerja');
    await page.goBack();
    await page.getByRole('heading', { name: 'Kelola SKP Anda sendiri, di perangkat Anda sendiri' }).waitFor();
    assert.deepEqual(problems, []);
  });
});

test('English is a switch that is remembered, and switching back restores Indonesian', async () => {
  await withApp('/', async ({ page, server }) => {
    await page.goto(server.url + '#/tindak-lanjut');
    await expectText(page.locator('h1'), 'Tindak Lanjut');
    await page.getByRole('button', { name: 'Switch the language to English' }).click();
    await page.getByRole('heading', { name: 'Follow-up', level: 1 }).waitFor();
    // The document language is set by an effect.
    await eventually(async () => assert.equal(await page.locator('html').getAttribute('lang'), 'en'));
    await page.reload();
    await page.getByRole('heading', { name: 'Follow-up', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Ganti bahasa ke Bahasa Indonesia' }).click();
    await page.getByRole('heading', { name: 'Tindak Lanjut', level: 1 }).waitFor();
    await eventually(async () => assert.equal(await page.locator('html').getAttribute('lang'), 'id'));
  });
});

test('an unknown address says so and offers the way home', async () => {
  await withApp('/', async ({ page, server }) => {
    await page.goto(server.url + '#/tidak-ada');
    await expectText(page.locator('h1'), 'Halaman tidak ditemukan');
    await page.getByRole('main').getByRole('link', { name: 'Beranda' }).click();
    await page.getByRole('heading', { name: 'Kelola SKP Anda sendiri, di perangkat Anda sendiri' }).waitFor();
  });
});

test('the same build works under a sub-path of a plain static server, reload included', async () => {
  await withApp('/skp/', async ({ page, problems, requests, server }) => {
    await page.goto(server.url + '#/pengembangan');
    await expectText(page.locator('h1'), 'Pengembangan Kompetensi');
    await page.reload();
    await expectText(page.locator('h1'), 'Pengembangan Kompetensi');
    assert.deepEqual(problems, []);
    const outside = requests.filter((url) => !url.startsWith(server.url));
    assert.deepEqual(outside, []);
  });
});

test('once opened, the app reloads without a network, also under a sub-path', async () => {
  await withApp('/skp/', async ({ page, context, problems, server }) => {
    await page.goto(server.url + '#/penilaian');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);
    await page.reload();
    await expectText(page.locator('h1'), 'Penilaian Kinerja');
    await page.getByRole('link', { name: 'Pengembangan Kompetensi' }).first().click();
    await expectText(page.locator('h1'), 'Pengembangan Kompetensi');
    assert.deepEqual(problems, []);
  });
});

test('a first visit starts an empty SKP from the start page and lands in Perencanaan with it open', async () => {
  await withApp('/', async ({ page, problems, server }) => {
    await page.goto(server.url);
    const begin = page.locator('section[aria-labelledby="mulai"]');
    // One click: the start page itself offers the ways to begin.
    await begin.getByRole('button', { name: 'SKP kosong' }).click();
    await page.waitForURL(/#\/perencanaan$/);
    await expectText(page.locator('h1'), 'Perencanaan Kinerja');
    await page.getByLabel('Nama', { exact: true }).first().waitFor();
    // Back on the start page the same place now continues the open SKP.
    await page.goto(server.url + '#/');
    await begin.getByRole('link', { name: 'Lanjutkan di Perencanaan Kinerja' }).click();
    await page.waitForURL(/#\/perencanaan$/);
    assert.deepEqual(problems, []);
  });
});

test('a stage page with no SKP open offers to start one there, from an example too', async () => {
  await withApp('/', async ({ page, problems, server }) => {
    await page.goto(server.url + '#/penilaian');
    await page.getByText('Belum ada SKP yang dibuka.').waitFor();
    await page.getByRole('button', { name: 'JF Analis Kebijakan Ahli Pertama' }).click();
    await page.waitForURL(/#\/perencanaan$/);
    await expectText(page.locator('.open-skp'), /Rina Kartika/);
    assert.deepEqual(problems, []);
  });
});

test('the navigation marks only the page that is shown', async () => {
  await withApp('/', async ({ page, server }) => {
    for (const [hash, current] of [['#/', null], ['#/skp', 'SKP Saya'], ['#/penilaian', 'Penilaian Kinerja']]) {
      await page.goto(server.url + hash);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await eventually(async () => {
        const marked = await page.getByRole('navigation').locator('a[aria-current="page"], a.current').allInnerTexts();
        assert.deepEqual(marked.map((t) => t.split('\n')[0].trim()), current ? [current] : []);
        // Nor does any other link look current: the ones not shown share one weight and colour.
        const looks = await page.getByRole('navigation').locator('a:not([aria-current])').evaluateAll((links) =>
          links.map((a) => `${getComputedStyle(a).fontWeight} ${getComputedStyle(a).color} ${getComputedStyle(a).boxShadow}`),
        );
        assert.equal(new Set(looks).size, 1, `links not shown look different: ${[...new Set(looks)].join(' | ')}`);
      });
    }
  });
});

test('when the WebAssembly stops, a notice says the saved data is safe; other script errors do not', async () => {
  await withApp('/', async ({ page, server }) => {
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const notice = page.locator('#fatal');
    // An ordinary script error (a browser extension, say) is not a crash of the app.
    await page.evaluate(() => setTimeout(() => { throw new Error('not the app'); }));
    await page.waitForTimeout(200);
    assert.equal(await notice.isVisible(), false);
    // A trap (what a panic in the release build ends in), from a task or a promise.
    await page.evaluate(() => {
      Promise.reject(new WebAssembly.RuntimeError('unreachable'));
    });
    await expectText(notice, /Data yang terakhir tersimpan tetap aman di perangkat ini/);
    await expectText(notice, /The data saved last is still safe on this device/);
    assert.equal(await notice.isVisible(), true);
  });
});

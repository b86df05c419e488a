// How the app feels with a large SKP: the cost of a keystroke on the planning and monitoring
// pages, the time until each main page shows the SKP, the main-thread time of one autosave, of
// a delete + undo, and whether an edit gets slower after every page was visited ten times;
// each beside the same figure for an SKP with one RHK. Prints figures; asserts nothing.
//
// A keystroke is timed from its `input` event (a capture listener, before the app's own) to
// the end of the work it causes: the app's handler, the effects it schedules, and the layout
// of the DOM they changed (a timer task after them forces layout and reads the clock).
import { serveDist, launchBrowser, openPage } from '../tests/e2e/support.mjs';

const file = process.argv[2];
const KEYS = 40;
const PAGES = ['#/perencanaan', '#/pelaksanaan', '#/penilaian', '#/tindak-lanjut', '#/pengembangan', '#/ringkasan', '#/skp'];

const pct = (xs, p) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
};
const fmt = (xs) => `p50 ${pct(xs, 0.5).toFixed(1)} ms, p95 ${pct(xs, 0.95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;

async function installTimers(page) {
  await page.evaluate(() => {
    window.__keys = [];
    document.addEventListener(
      'input',
      () => {
        const start = performance.now();
        setTimeout(() => {
          void document.body.offsetHeight;
          window.__keys.push(performance.now() - start);
        }, 0);
      },
      { capture: true },
    );
  });
}

/** Types KEYS characters at a person's pace into `field` and returns each keystroke's cost. */
async function typeInto(page, field) {
  await field.click();
  await page.evaluate(() => {
    window.__keys = [];
  });
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.type(i % 10 === 9 ? ' ' : 'a');
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(200);
  return page.evaluate(() => window.__keys);
}

/** The first RHK card's field, its details shown (a long plan opens with its cards closed). */
async function firstRhkField(page) {
  const card = page.locator('.rhk-card').first();
  await card.waitFor();
  const details = card.getByRole('button', { name: 'Buka rincian' });
  if (await details.count()) await details.click();
  return card.getByLabel('Rumusan Rencana Hasil Kerja');
}

/** The longest stretch the main thread was busy within the next `ms`, while `action` runs. */
async function longestBusy(page, ms, action) {
  await page.evaluate((ms) => {
    window.__busy = 0;
    const end = performance.now() + ms;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      window.__busy = Math.max(window.__busy, now - last);
      last = now;
      if (now < end) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
  }, ms);
  await action();
  await page.waitForTimeout(ms + 100);
  return page.evaluate(() => window.__busy);
}

/**
 * What a page shows when it is ready: at least `min` elements matching `sel` (each of `all`
 * of them), and the page's text including `text`. Data, not code: the page's Content Security
 * Policy forbids evaluating strings.
 */
const when = (all, text) => ({ all, text });

/**
 * Time from a change of address until `ready` holds; with `complete`, also until that holds
 * (a long list is drawn a few items per frame).
 */
async function timeToShow(page, hash, ready, complete = ready) {
  const [shown, done] = await page.evaluate(
    async ({ hash, ready, complete }) => {
      const holds = ({ all, text }) =>
        all.every(([sel, min]) => document.querySelectorAll(sel).length >= min) &&
        (!text || document.querySelector('main')?.innerText.includes(text));
      const until = (condition) =>
        new Promise((resolve) => {
          const poll = () => (holds(condition) ? resolve() : setTimeout(poll, 0));
          poll();
        });
      const start = performance.now();
      location.hash = hash;
      await until(ready);
      void document.body.offsetHeight;
      const shown = performance.now() - start;
      await until(complete);
      void document.body.offsetHeight;
      return [shown, performance.now() - start];
    },
    { hash, ready, complete },
  );
  return complete === ready ? shown : [shown, done];
}

async function measure(page, label, rhkCount, ikiCount) {
  const results = {};
  // On screen: the page's first cards; complete: every card of the list drawn.
  const show = {
    '#/perencanaan': when([['.rhk-card', 1]]),
    '#/pelaksanaan': when([['.realisasi-card', 1]]),
    '#/penilaian': when([['.predikat-matrix', 1]]),
    '#/ringkasan': when([['main h1', 1]], 'periode'),
  };
  await page.goto(page.url().split('#')[0] + '#/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  // The start page, as the yardstick: from the summary page back to it.
  // Each page five times, the median: one showing varies with what else the machine does.
  const median = async (times) => {
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await times());
    return runs.sort((a, b) => a - b)[2];
  };
  results.showStart = await median(async () => {
    await timeToShow(page, '#/ringkasan', when([]));
    return timeToShow(page, '#/', when([['article.home', 1]]));
  });
  for (const [hash, ready] of Object.entries(show)) {
    results[`show ${hash}`] = await median(async () => {
      await timeToShow(page, '#/', when([]));
      return timeToShow(page, hash, ready);
    });
  }
  const complete = {
    '#/perencanaan': when([['.rhk-card', rhkCount]]),
    '#/pelaksanaan': when([['.realisasi-card', ikiCount], ['.year-table tbody tr', ikiCount]]),
  };
  for (const [hash, done] of Object.entries(complete)) {
    await timeToShow(page, '#/', when([]));
    results[`complete ${hash}`] = (await timeToShow(page, hash, show[hash], done))[1];
  }
  await installTimers(page);
  await page.evaluate(() => {
    location.hash = '#/perencanaan';
  });
  await page.locator('.rhk-card').first().waitFor();
  results.planning = await typeInto(page, await firstRhkField(page));
  // The first save of a session also keeps the stored version in the history (every ten
  // minutes while working); the next ones only save.
  results.autosaveWithSnapshot = await longestBusy(page, 1500, async () => {
    await (await firstRhkField(page)).press('b');
  });
  results.autosave = await longestBusy(page, 1500, async () => {
    await (await firstRhkField(page)).press('c');
  });
  await page.evaluate(() => {
    location.hash = '#/pelaksanaan';
  });
  await page.locator('.realisasi-card').first().waitFor();
  results.monitoring = await typeInto(page, page.locator('.realisasi-card').first().locator('textarea').first());

  // Delete + undo of the last RHK utama, ten times.
  const deletes = [];
  await page.evaluate(() => {
    location.hash = '#/perencanaan';
  });
  await page.locator('.rhk-card').first().waitFor();
  for (let i = 0; i < 10; i++) {
    const card = page.locator('.rhk-card').first();
    await card.getByRole('button', { name: /^Hapus RHK/ }).click();
    const confirm = card.getByRole('button', { name: /beserta semuanya$/ });
    // Buttons are found before the clock starts: Playwright's search by role runs in the
    // page and would be counted as the app's work.
    const press = (handle) => () => handle.evaluate((button) => button.click());
    const confirmButton = (await confirm.count()) ? await confirm.elementHandle() : null;
    const del = confirmButton ? await longestBusy(page, 400, press(confirmButton)) : 0;
    const undoButton = await page.getByRole('button', { name: 'Urungkan' }).elementHandle();
    const undo = await longestBusy(page, 400, press(undoButton));
    deletes.push({ del, undo });
  }
  results.deleteUndo = deletes;

  // Every page ten times, then the same keystrokes again.
  for (let round = 0; round < 10; round++) {
    for (const hash of PAGES) {
      await page.evaluate((hash) => {
        location.hash = hash;
      }, hash);
      await page.waitForTimeout(50);
    }
  }
  await page.evaluate(() => {
    location.hash = '#/perencanaan';
  });
  await page.locator('.rhk-card').first().waitFor();
  results.planningAfterVisits = await typeInto(page, await firstRhkField(page));

  console.log(`\n${label}`);
  console.log(`  start page (#/) on screen: ${results.showStart.toFixed(0)} ms (each page: the median of 5)`);
  for (const hash of Object.keys(show)) {
    const all = results[`complete ${hash}`];
    console.log(`  ${hash} on screen: ${results[`show ${hash}`].toFixed(0)} ms${all === undefined ? '' : ` (every card drawn: ${all.toFixed(0)} ms)`}`);
  }
  console.log(`  keystroke, planning:   ${fmt(results.planning)}`);
  console.log(`  keystroke, monitoring: ${fmt(results.monitoring)}`);
  console.log(`  autosave, longest main-thread task: ${results.autosave.toFixed(0)} ms (${results.autosaveWithSnapshot.toFixed(0)} ms for one that also keeps a history snapshot)`);
  const cycle = (d) => `${(d.del + d.undo).toFixed(0)} ms (delete ${d.del.toFixed(0)}, undo ${d.undo.toFixed(0)})`;
  console.log(`  delete + undo of an RHK, longest task of each: first ${cycle(deletes[0])}, tenth ${cycle(deletes[9])}`);
  console.log(`  keystroke, planning, after visiting every page 10 times: ${fmt(results.planningAfterVisits)}`);
  return results;
}

const server = await serveDist('/');
const browser = await launchBrowser();
try {
  const empty = await openPage(browser);
  await empty.page.goto(server.url + '#/skp');
  await empty.page.getByRole('button', { name: 'SKP kosong' }).click();
  await empty.page.getByRole('button', { name: 'Tambah RHK utama' }).click();
  await empty.page.getByRole('button', { name: 'Tambah IKI' }).click();
  // The monitoring page needs one IKI with a field: the small SKP gets one RHK with one IKI.
  await measure(empty.page, 'SKP with one RHK and one IKI', 1, 1).catch((e) => console.log(`  (not measured: ${e.message.split('\n')[0]})`));
  await empty.context.close();

  const large = await openPage(browser);
  await large.page.goto(server.url + '#/skp');
  await large.page.locator('input[type=file]').setInputFiles(file);
  await large.page.getByRole('button', { name: 'Impor berkas' }).last().click();
  await large.page.waitForURL(/#\/skp$/);
  await large.page.locator('.skp-card').first().waitFor();
  await measure(large.page, 'large SKP: 50 RHK, 150 IKI, 12 monthly periods', 50, 150);
  await large.context.close();
} finally {
  await browser.close();
  await server.close();
}

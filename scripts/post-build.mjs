// Trunk post_build hook, after scripts/build-wasm:
// 1. names the WebAssembly folder after its content (wasm-<hash>/) and points index.html at it,
//    so no browser or plain static server ever mixes a main module with another build's chunks;
// 2. writes sw.js with every built file, in sub-folders too, and a version derived from their
//    content, so a new build replaces the kept copy and every page's chunk opens offline.
import { readdir, readFile, writeFile, rename } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this from Trunk');

/** Every file under `dir`, as paths relative to it with '/', sorted; dot files left out. */
async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1).split('\\').join('/'))
    .sort();
}

async function digest(dir, files) {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file);
    hash.update(await readFile(join(dir, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

const wasm = join(staging, 'wasm');
const folder = `wasm-${await digest(wasm, await filesUnder(wasm))}`;
await rename(wasm, join(staging, folder));
const index = join(staging, 'index.html');
const html = await readFile(index, 'utf8');
if (!html.includes('./wasm/')) throw new Error('index.html no longer loads ./wasm/skp-mandiri.js');
// The placeholder that stops Trunk building the Rust itself has no use on the page.
await writeFile(
  index,
  html.replaceAll('./wasm/', `./${folder}/`).replace(/<link[^>]*data-trunk-skip[^>]*>/, ''),
);

const files = (await filesUnder(staging)).filter((f) => f !== 'sw.js');
const template = await readFile(new URL('../src/service_worker.js', import.meta.url), 'utf8');
const worker = template
  .replace("'__VERSION__'", JSON.stringify(await digest(staging, files)))
  .replace('__FILES__', JSON.stringify(files));
await writeFile(join(staging, 'sw.js'), worker);

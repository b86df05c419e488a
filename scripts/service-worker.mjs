// Trunk post_build hook: writes sw.js into the build with the list of built files and a
// version derived from their content, so a new build replaces the kept copy.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this from Trunk');
const files = (await readdir(staging)).filter((f) => !f.startsWith('.') && f !== 'sw.js').sort();
const hash = createHash('sha256');
for (const file of files) {
  hash.update(file);
  hash.update(await readFile(join(staging, file)));
}
const template = await readFile(new URL('../src/service_worker.js', import.meta.url), 'utf8');
const worker = template
  .replace("'__VERSION__'", JSON.stringify(hash.digest('hex').slice(0, 16)))
  .replace('__FILES__', JSON.stringify(files));
await writeFile(join(staging, 'sw.js'), worker);

// A plain static server for dist/, as a trainer's laptop or any web server would serve it: the
// files under a base path (`/` or `/skp/`), no fallback to index.html, nothing else. Used by
// `scripts/serve` and by the end-to-end tests, so both see the app the same way.
import { createServer } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir, networkInterfaces } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** Normalises a base path to the form `/` or `/skp/`. */
export function normaliseBase(base = '/') {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A `node:http` server for the files of `dir` under `base`. Not yet listening. */
export function staticServer(dir, base = '/') {
  const prefix = normaliseBase(base);
  return createServer(async (request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    } catch {
      response.writeHead(400).end('bad request');
      return;
    }
    if (path === prefix.slice(0, -1) && prefix !== '/') {
      // `/skp` without its slash: relative asset addresses need the slash.
      response.writeHead(301, { location: prefix }).end();
      return;
    }
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end('not found');
      return;
    }
    let file = path.slice(prefix.length) || 'index.html';
    file = normalize(file).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(dir, file));
      // The service worker must always be checked anew, so a rebuilt app is noticed.
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (file === 'sw.js' || file === 'index.html') headers['cache-control'] = 'no-cache';
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
}

/** The IPv4 addresses of this machine's network cards (what a room's phones can open). */
export function lanAddresses() {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}

/**
 * The one address to give a room: the one served last time if this laptop still has it (the
 * participants' work is kept under it), else the first private-network address, else the
 * first address at all.
 */
export function roomAddress(addresses, last) {
  if (last && addresses.includes(last.host)) return last.host;
  // A home or office router's range first; 172.16/12 is often a container's bridge.
  const ranges = [/^192\.168\./, /^10\./, /^172\.(1[6-9]|2\d|3[01])\./];
  for (const range of ranges) {
    const found = addresses.find((a) => range.test(a));
    if (found) return found;
  }
  return addresses[0] ?? '127.0.0.1';
}

/** What differs from the last time this laptop served the app, as lines to print. */
export function changesSinceLast(last, now) {
  if (!last) return [];
  const was = `http://${last.host}:${last.port}${last.base}`;
  const is = `http://${now.host}:${now.port}${now.base}`;
  if (was === is) return [];
  return [
    `PERHATIAN: terakhir kali aplikasi disajikan di ${was}, sekarang di ${is}.`,
    'Peramban menyimpan pekerjaan peserta per alamat dan port: di alamat baru aplikasi tampak kosong,',
    'padahal pekerjaan mereka masih ada di alamat lama. Sajikan lagi di alamat lama bila bisa',
    `(--port ${last.port}${last.base === '/' ? '' : ` --base ${last.base}`}), atau minta peserta menyerahkan berkas dari alamat lama.`,
    `WARNING: last time the app was served at ${was}; now at ${is}. Participants' work is kept per address and port.`,
  ];
}

/** Where the last served address is remembered: `SKP_MANDIRI_STATE`, or the user's state folder. */
function stateFile() {
  if (process.env.SKP_MANDIRI_STATE) return process.env.SKP_MANDIRI_STATE;
  const base = process.env.XDG_STATE_HOME || join(homedir(), '.local', 'state');
  return join(base, 'skp-mandiri', 'last-serve.json');
}

async function readLast() {
  try {
    const last = JSON.parse(await readFile(stateFile(), 'utf8'));
    return typeof last?.host === 'string' && Number.isInteger(last?.port) && typeof last?.base === 'string' ? last : null;
  } catch {
    return null;
  }
}

async function rememberServed(now) {
  try {
    await mkdir(dirname(stateFile()), { recursive: true });
    await writeFile(stateFile(), JSON.stringify(now));
  } catch {
    // Remembering is a help, not a condition of serving.
  }
}

// `node scripts/static-server.mjs DIR --base /skp/ --address 0.0.0.0 --port 8080`
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const dir = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--'))) ?? 'dist';
  const base = normaliseBase(option('--base', '/'));
  const address = option('--address', '127.0.0.1');
  const port = Number(option('--port', '8080'));
  const server = staticServer(dir, base);
  server.on('error', (error) => {
    if (error.code === 'EADDRINUSE') {
      console.error(`Port ${port} is already in use on ${address}. Stop the other server or choose another port with --port.`);
    } else {
      console.error(`Cannot serve on ${address}:${port}: ${error.message}`);
    }
    process.exit(1);
  });
  server.listen(port, address, async () => {
    const room = address === '0.0.0.0';
    const last = room ? await readLast() : null;
    const host = room ? roomAddress(lanAddresses(), last) : address;
    const now = { host, port, base };
    console.log('\nSKP Mandiri is served. Open:');
    console.log(`  http://${host}:${port}${base}`);
    if (room) {
      console.log('\nAlamat untuk peserta (the address for participants): the one above; on this laptop also');
      console.log(`  http://127.0.0.1:${port}${base}`);
      console.log('Pekerjaan peserta tersimpan di peramban mereka di alamat dan port itu: sajikan di alamat yang sama setiap hari.');
      console.log('Their work is kept in their browser under that exact address and port: serve on the same one every day.');
    }
    // Only a room's address matters from day to day; serving on this laptop alone does not
    // move the participants' work.
    if (room) {
      const changes = changesSinceLast(last, now);
      if (changes.length) console.log(`\n${changes.join('\n')}`);
      await rememberServed(now);
    }
    console.log('\nStop with Ctrl+C.');
  });
}

// A plain static server for dist/, as a trainer's laptop or any web server would serve it: the
// files under a base path (`/` or `/skp/`), no fallback to index.html, nothing else. Used by
// `scripts/serve` and by the end-to-end tests, so both see the app the same way.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import { extname, join, normalize } from 'node:path';
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
  server.listen(port, address, () => {
    const hosts = address === '0.0.0.0' ? ['127.0.0.1', ...lanAddresses()] : [address];
    console.log('\nSKP Mandiri is served. Open:');
    for (const host of hosts) console.log(`  http://${host}:${port}${base}`);
    if (address === '0.0.0.0') {
      console.log('\nIn a workshop room, participants open the address of this laptop\'s network (not 127.0.0.1).');
      console.log('Their work is kept in their browser under that exact address and port: serve on the same one every day.');
    }
    console.log('\nStop with Ctrl+C.');
  });
}

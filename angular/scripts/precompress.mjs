// Writes a Brotli (.br, quality 11) and a gzip (.gz, level 9) copy next to every script, stylesheet and
// translation of the Angular build, once per build. The host serves them to browsers that accept them
// (host/Suite.Host/Hosting/StaticAssets.cs): the best compression at no cost per request, where response
// compression at run time would spend CPU on every visit for bigger files (docs/static-assets.md).
import { brotliCompress, constants, gzip } from 'node:zlib';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = process.argv[2] ?? '../host/Suite.Host/wwwroot';
const compressible = /\.(js|mjs|css|json|svg|txt|html)$/;
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const files = (await readdir(root, { recursive: true })).filter((f) => compressible.test(f) && !f.endsWith('index.html'));
let raw = 0, br = 0, gzipped = 0;
await Promise.all(files.map(async (file) => {
  const path = join(root, file);
  const content = await readFile(path);
  const [b, g] = await Promise.all([
    brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
    gz(content, { level: 9 }),
  ]);
  await Promise.all([writeFile(path + '.br', b), writeFile(path + '.gz', g)]);
  raw += content.length; br += b.length; gzipped += g.length;
}));
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`Precompressed ${files.length} files: ${kb(raw)} → ${kb(br)} Brotli, ${kb(gzipped)} gzip`);

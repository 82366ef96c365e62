// Downloads the running host's OpenAPI document into openapi.json, pretty-printed (2 spaces, trailing
// newline) so a contract change reads as a small diff. Base URL: env SUITE_URL.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const base = (process.env.SUITE_URL || 'http://127.0.0.1:5099').replace(/\/+$/, '');
const url = `${base}/openapi/v1.json`;
const target = join(new URL('..', import.meta.url).pathname, 'openapi.json');

let response;
try {
  response = await fetch(url);
} catch (error) {
  console.error(`api:fetch FAILED: cannot reach ${url} (${error.cause?.code ?? error.message}). Is the host running?`);
  process.exit(1);
}
if (!response.ok) {
  console.error(`api:fetch FAILED: ${url} answered ${response.status} ${response.statusText}.`);
  process.exit(1);
}
const document = JSON.parse(await response.text());
writeFileSync(target, JSON.stringify(document, null, 2) + '\n');
console.log(`api:fetch OK: ${url} -> openapi.json (${Object.keys(document.paths ?? {}).length} paths).`);

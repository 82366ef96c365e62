// Fails when src/app/api is not what ng-openapi-gen makes from openapi.json,
// so a client that was not regenerated after the contract changed is caught.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const committed = join(root, 'src/app/api');
const fresh = mkdtempSync(join(tmpdir(), 'suite-api-check-'));

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...files(full));
    else out.push(full);
  }
  return out;
}

try {
  execFileSync(
    join(root, 'node_modules/.bin/ng-openapi-gen'),
    ['-c', join(root, 'ng-openapi-gen.json'), '--input', join(root, 'openapi.json'), '--output', fresh],
    { cwd: root, stdio: 'inherit' },
  );
  const expected = new Map(files(fresh).map((f) => [relative(fresh, f), readFileSync(f, 'utf8')]));
  const actual = new Map(files(committed).map((f) => [relative(committed, f), readFileSync(f, 'utf8')]));
  const problems = [];
  for (const [name, text] of expected) {
    if (!actual.has(name)) problems.push(`missing:  src/app/api/${name}`);
    else if (actual.get(name) !== text) problems.push(`differs:  src/app/api/${name}`);
  }
  for (const name of actual.keys()) {
    if (!expected.has(name)) problems.push(`extra:    src/app/api/${name}`);
  }
  if (problems.length > 0) {
    console.error('api:check FAILED: src/app/api is stale; it does not match what openapi.json generates.');
    for (const p of problems) console.error('  ' + p);
    console.error('Run `npm run api:generate` and commit the result.');
    process.exitCode = 1;
  } else {
    console.log(`api:check OK: src/app/api matches openapi.json (${expected.size} files).`);
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}

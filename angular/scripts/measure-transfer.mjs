// What a first visit to one page of a running Suite costs in JavaScript: bytes on the wire (as the
// browser received them, compressed or not) and bytes after decoding. Uses headless Chromium over the
// DevTools protocol, no extra packages.
//
//   node --experimental-websocket scripts/measure-transfer.mjs http://127.0.0.1:5080/login
//   (Node 22 needs no flag; CHROMIUM=/path/to/chromium to use another browser)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const url = process.argv[2] ?? 'http://127.0.0.1:5080/login';
const port = 9300 + Math.floor(Math.random() * 500);
const profile = mkdtempSync(join(tmpdir(), 'suite-measure-'));
const chromium = spawn(process.env.CHROMIUM ?? '/usr/bin/chromium', [
  '--headless', '--no-sandbox', '--disable-gpu', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank',
], { stdio: 'ignore' });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
try {
  let targets;
  for (let i = 0; i < 100 && !targets; i++) {
    await sleep(200);
    targets = await fetch(`http://127.0.0.1:${port}/json`).then((r) => r.json()).catch(() => undefined);
  }
  const page = targets.find((t) => t.type === 'page');
  const socket = new WebSocket(page.webSocketDebuggerUrl);
  await new Promise((r) => socket.addEventListener('open', r, { once: true }));

  let id = 0;
  const pending = new Map();
  const scripts = new Map(); // requestId -> { url, encoded, decoded }
  let loaded = false;
  socket.addEventListener('message', ({ data }) => {
    const message = JSON.parse(data);
    if (message.id && pending.has(message.id)) pending.get(message.id)(message.result);
    if (message.method === 'Network.responseReceived' && message.params.type === 'Script')
      scripts.set(message.params.requestId, { url: message.params.response.url, encoding: message.params.response.headers['content-encoding'] ?? message.params.response.headers['Content-Encoding'] ?? 'none', encoded: 0, decoded: 0 });
    if (message.method === 'Network.dataReceived' && scripts.has(message.params.requestId))
      scripts.get(message.params.requestId).decoded += message.params.dataLength;
    if (message.method === 'Network.loadingFinished' && scripts.has(message.params.requestId))
      scripts.get(message.params.requestId).encoded = message.params.encodedDataLength;
    if (message.method === 'Page.loadEventFired') loaded = true;
  });
  const send = (method, params = {}) => new Promise((resolve) => {
    pending.set(++id, resolve);
    socket.send(JSON.stringify({ id, method, params }));
  });

  await send('Network.enable');
  await send('Network.setCacheDisabled', { cacheDisabled: true });
  await send('Page.enable');
  await send('Page.navigate', { url });
  for (let i = 0; i < 300 && !loaded; i++) await sleep(100);
  await sleep(3000); // lazy chunks of the route

  let encoded = 0, decoded = 0;
  for (const s of scripts.values()) {
    encoded += s.encoded;
    decoded += s.decoded;
  }
  const encodings = [...new Set([...scripts.values()].map((s) => s.encoding))].join(', ');
  console.log(`${url}: ${scripts.size} scripts, ${decoded.toLocaleString('en')} bytes of JavaScript, ` +
    `${encoded.toLocaleString('en')} bytes transferred (headers included; content-encoding: ${encodings})`);
  socket.close();
} finally {
  chromium.kill();
  await sleep(300);
  rmSync(profile, { recursive: true, force: true });
}

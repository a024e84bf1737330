// Idle and slow WebSockets against the host (the `ws` package, no browser): IDLE students join and
// never answer (they read what the host sends), SLOW ones join and then never read a byte again,
// ACTIVE ones answer every question at once and time answer -> `locked`. During the second
// question a flood of FLOOD WebSockets opens and never says hello. They come from many loopback
// addresses (127.0.x.y: all of 127/8 is this machine), as a school network's devices would, so the
// host's per-address budgets do not simply turn them away. Samples the host's resident memory
// (/proc/PID/status) along the way. Prints one JSON line with the figures.
//   node idle.mjs WS_URL CODE HOST_PID IDLE SLOW ACTIVE FLOOD
// (IDLE_TRACE=1: the last answering student logs each message it gets, with the time, on stderr)
import WebSocket from 'ws';
import fs from 'node:fs';

const [url, code, hostPid] = process.argv.slice(2, 5);
const [nIdle, nSlow, nActive, nFlood] = process.argv.slice(5, 9).map(Number);
const rss = () => {
  const m = fs.readFileSync(`/proc/${hostPid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return m ? Math.round(Number(m[1]) / 102.4) / 10 : null;  // MiB, one decimal
};
const report = { rss_mib: { start: rss() }, latencies: [], sent: 0, locked: 0, rejected: 0, ended: 0, refused: 0 };
const stamp = what => process.stderr.write(`${((performance.now() - T0) / 1000).toFixed(1)} s: ${what}\n`);
const T0 = performance.now();
const address = i => `127.0.${1 + Math.floor(i / 250)}.${2 + (i % 250)}`;  // 250 devices a /24

// One student: joins from its own address, then plays as its kind says. Resolves once welcomed.
function student(kind, i, onEnd) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { localAddress: address(i) });
    let seq = 0, asked = null;
    const send = m => { m.v = 1; m.seq = ++seq; ws.send(JSON.stringify(m)); };
    ws.on('open', () => send({ t: 'hello', code, name: `${kind}-${i}` }));
    ws.on('error', e => reject(e));
    ws.on('message', data => {
      const m = JSON.parse(data);
      if (process.env.IDLE_TRACE && kind === 'active' && i === kinds.length - 1) stamp(`${m.t} ${m.q ?? ''}`);
      if (m.t === 'welcome') {
        resolve(ws);
        if (kind === 'slow') ws._socket.pause();  // never reads again: the host's writes pile up
      } else if (m.t === 'refused') {
        report.refused++;
        reject(new Error(`${kind}-${i} refused: ${m.reason}`));
      } else if (kind === 'active' && m.t === 'open' && m.left_ms === undefined) {
        asked = performance.now();
        send({ t: 'answer', q: m.q, choice: i % 4 });
        report.sent++;
      } else if (m.t === 'locked' && asked !== null) {
        report.latencies.push(performance.now() - asked);
        report.locked++;
        asked = null;
      } else if (m.t === 'rejected') {
        report.rejected++;
      } else if (m.t === 'end') {
        report.ended++;
        onEnd();
      }
    });
  });
}

const sockets = [];
let ends = 0;
let allEnded;
const ended = new Promise(r => { allEnded = r; });
const onEnd = () => { if (++ends === nIdle + nActive) allEnded(); };
// Join in waves of 100 (each from its own address), the active ones last so that they start the game.
const kinds = [...Array(nIdle).fill('idle'), ...Array(nSlow).fill('slow'), ...Array(nActive).fill('active')];
const t0 = performance.now();
for (let i = 0; i < kinds.length; i += 100) {
  const wave = kinds.slice(i, i + 100).map((k, j) => student(k, i + j, onEnd));
  sockets.push(...await Promise.all(wave));
}
report.join_s = Math.round((performance.now() - t0) / 100) / 10;
report.rss_mib.joined = rss();
stamp('joined');

// The flood, once the game runs: FLOOD sockets that never say hello, from other addresses.
await new Promise(r => setTimeout(r, 3000));
const flood = [];
const floodStart = performance.now();
let floodOpen = 0, floodOpenPeak = 0, floodClosed = 0, floodFailed = 0;
for (let i = 0; i < nFlood; i++) {
  const ws = new WebSocket(url, { localAddress: address(2000 + i) });
  ws.on('open', () => { floodOpen++; floodOpenPeak = Math.max(floodOpenPeak, floodOpen); });
  ws.on('close', () => { if (floodOpen > 0) floodOpen--; floodClosed++; });
  ws.on('error', () => { floodFailed++; });
  flood.push(ws);
}
await new Promise(r => setTimeout(r, 1500));
report.rss_mib.flood = rss();
stamp('flood open');
report.flood_open_after_1500ms = floodOpen;
// The host closes a stranger after 3 s without a hello; wait for the last one.
const floodDeadline = performance.now() + 20000;
while (floodClosed < nFlood && performance.now() < floodDeadline) await new Promise(r => setTimeout(r, 200));
stamp('flood closed');
report.flood = { sockets: nFlood, opened_peak: floodOpenPeak, closed: floodClosed, failed: floodFailed,
  all_closed_s: Math.round((performance.now() - floodStart) / 100) / 10 };

await Promise.race([ended, new Promise(r => setTimeout(r, 120000))]);
stamp(`ended ${ends}`);
report.game_end_s = Math.round((performance.now() - t0) / 100) / 10;
report.rss_mib.end = rss();
report.connections = sockets.length;
const l = report.latencies.sort((a, b) => a - b);
const pct = p => (l.length ? Math.round(l[Math.min(l.length - 1, Math.floor(p * l.length))] * 10) / 10 : null);
report.p50_ms = pct(0.5);
report.p99_ms = pct(0.99);
delete report.latencies;
console.log(JSON.stringify(report));
for (const ws of [...sockets, ...flood]) ws.terminate();
stamp("terminated");
process.exit(0);

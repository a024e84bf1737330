// N WebSocket students (the `ws` package, no browser) play a whole game against the host: each
// answers every question at once when it opens and measures answer -> `locked` on its own clock.
// Prints one JSON line: answers sent, locked, rejected, games ended, latency p50/p99 in ms.
//   node load.mjs WS_URL CODE N
import WebSocket from 'ws';

const [url, code, count] = [process.argv[2], process.argv[3], Number(process.argv[4] || 200)];
const latencies = [];
let sent = 0, locked = 0, rejected = 0, ended = 0, refused = 0, failed = 0;

// All come from 127.0.0.1, and the host lets one address hold at most 16 connections that have
// not said hello yet (a flood from one computer evicts its own): at most 8 join at once here.
let joining = 0;
const joinedOne = [];
function student(i) {
  joining++;
  return new Promise(resolve => {
    let welcomed = false;
    const settle = () => { if (!welcomed) { welcomed = true; joining--; (joinedOne.shift() || (() => {}))(); } };
    const ws = new WebSocket(url);
    let seq = 0, pending = null;
    const send = m => { m.v = 1; m.seq = ++seq; ws.send(JSON.stringify(m)); };
    ws.on('open', () => send({ t: 'hello', code, name: `ws-${i}` }));
    ws.on('message', data => {
      const m = JSON.parse(data);
      if (m.t === 'welcome') settle();
      if (m.t === 'open' && m.left_ms === undefined) {
        pending = performance.now();
        send({ t: 'answer', q: m.q, choice: i % 4 });
        sent++;
      } else if (m.t === 'locked') {
        locked++;
        if (pending !== null) latencies.push(performance.now() - pending);
        pending = null;
      } else if (m.t === 'rejected') {
        rejected++;
      } else if (m.t === 'refused') {
        refused++;
      } else if (m.t === 'end') {
        ended++;
        ws.close();
      }
    });
    ws.on('error', () => { failed++; });
    ws.on('close', () => { settle(); resolve(); });
  });
}

const all = [];
for (let i = 0; i < count; i++) {
  while (joining >= 8) await new Promise(r => joinedOne.push(r));
  all.push(student(i));
}
await Promise.all(all);
latencies.sort((a, b) => a - b);
const pct = p => latencies.length ? Number(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(2)) : null;
console.log(JSON.stringify({ students: count, sent, locked, rejected, refused, failed, ended, p50_ms: pct(0.5), p99_ms: pct(0.99) }));

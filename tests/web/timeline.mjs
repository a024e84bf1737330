// Timeline questions in real browsers (Debian's chromium, headless, through puppeteer-core): four
// students put the events of every timeline question in order, each another way — a touch drag on
// a phone, a mouse drag on a laptop, the ▲ ▼ buttons by touch, the keyboard (Alt+↓, Enter) — and
// submit. Each page checks that the list shows what its moves should give before it submits; the
// report (what each page submitted, what its reveal said) goes to OUT/timeline-report.json for
// the shell side to compare with the host's standings and the scoring rule.
// A fifth page (Xaver) reaches the host through a relay that goes deaf once the first question
// is shown: what the host sends no longer arrives, what the page sends still does, nothing is
// closed. The page sits idle (nothing to answer yet), so only the host's pings can tell it that
// its link is dead; it must come back with its token by itself and play on.
//   node timeline.mjs URL OUT
import puppeteer from 'puppeteer-core';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const [url, out] = process.argv.slice(2);
if (!url || !out) { console.error('usage: node timeline.mjs URL OUT'); process.exit(2); }
fs.mkdirSync(out, { recursive: true });
const fail = msg => { console.error('FAIL: ' + msg); process.exitCode = 1; throw new Error(msg); };
const sleep = ms => new Promise(r => setTimeout(r, ms));

// move(order) gives the order the page's moves should produce from the order shown.
const students = [
  { name: 'Tara', size: [360, 640], how: 'touch-drag', touch: true, lang: 'de-DE' },
  { name: 'Uwe', size: [1280, 800], how: 'mouse-drag', touch: false, lang: 'de-DE' },
  { name: 'Vera', size: [360, 640], how: 'buttons', touch: true, lang: 'en-GB' },
  { name: 'Wim', size: [768, 1024], how: 'keys', touch: false, lang: 'de-DE' },
  { name: 'Xaver', size: [360, 640], how: 'deaf', touch: false, lang: 'de-DE' },
];

// Host -> page traffic of the links open at deafen() is dropped from then on; later links pass.
function relay(target) {
  const links = new Set();
  const server = net.createServer(client => {
    const up = net.connect(Number(target.port), target.hostname);
    const link = { client, up, deaf: false };
    links.add(link);
    client.on('data', d => up.write(d));
    up.on('data', d => { if (!link.deaf) client.write(d); });
    client.on('error', () => {}); up.on('error', () => {});
    const drop = () => { client.destroy(); up.destroy(); links.delete(link); };
    client.on('close', drop); up.on('close', drop);
  });
  return {
    listen: () => new Promise(r => server.listen(0, '127.0.0.1', () => r(server.address().port))),
    deafen() { for (const l of links) l.deaf = true; },
    close() { for (const l of links) { l.client.destroy(); l.up.destroy(); } server.close(); },
  };
}
const deafRelay = relay(new URL(url));
const deafPort = await deafRelay.listen();

const chromium = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--headless=new', '--disable-background-networking', '--disable-component-update',
         '--no-first-run', '--disable-sync', '--disable-gpu'],
});
const report = { students: {} };
try {
  const pages = [];
  for (const s of students) {
    const page = await (await chromium.createBrowserContext()).newPage();
    await page.setViewport({ width: s.size[0], height: s.size[1], deviceScaleFactor: 1, isMobile: s.size[0] < 700, hasTouch: s.touch });
    await page.evaluateOnNewDocument(lang => {
      Object.defineProperty(navigator, 'languages', { get: () => [lang] });
    }, s.lang);
    await page.evaluateOnNewDocument(() => {  // every message the page gets, for the report
      const Native = window.WebSocket;
      window.__log = [];
      const Logged = function (...args) {
        const ws = new Native(...args);
        window.__log.push({ t: '_connect', _at: Date.now() });
        ws.addEventListener('message', e => {
          try { window.__log.push(Object.assign(JSON.parse(e.data), { _at: Date.now() })); } catch (err) { /* not JSON */ }
        });
        return ws;
      };
      Logged.prototype = Native.prototype;
      for (const k of ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED']) Logged[k] = Native[k];
      window.WebSocket = Logged;
    });
    const errors = [];
    page.on('pageerror', e => errors.push(String(e)));
    page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
    pages.push({ s, page, errors, tag: `timeline-${s.name}-${s.size[0]}x${s.size[1]}`, submitted: {}, shots: new Set() });
  }
  const shot = async (p, name) => {
    if (p.shots.has(name)) return;
    p.shots.add(name);
    await p.page.screenshot({ path: path.join(out, `${p.tag}-${name}.png`) });
  };
  for (const p of pages) {
    await p.page.goto(p.s.how === 'deaf' ? url.replace(/:\d+\//, `:${deafPort}/`) : url, { waitUntil: 'load' });
    await p.page.type('#name', p.s.name);
    await p.page.click('#join');
  }
  for (const p of pages) await p.page.waitForFunction(() => document.getElementById('me').textContent, { timeout: 15000 });

  const shown = p => p.page.$$eval('#order li', lis => lis.map(li => Number(li.dataset.event)));
  const centre = (p, sel) => p.page.$eval(sel, el => {
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2, top: r.top, bottom: r.bottom };
  });
  // One question: the page's moves, then a check of the list, then submit.
  async function answer(p, q) {
    const before = await shown(p);
    const n = before.length;
    let expected;
    if (p.s.how === 'touch-drag') {
      // The last event dragged by a finger to the top (onto the first event's upper half).
      expected = [before[n - 1], ...before.slice(0, n - 1)];
      const last = await centre(p, '#order li:last-child');
      const first = await p.page.$eval('#order li:first-child', el => el.getBoundingClientRect().top + 5);
      await p.page.touchscreen.touchStart(last.x - 60, last.y);
      for (let i = 1; i <= 8; ++i) await p.page.touchscreen.touchMove(last.x - 60, last.y + (first - last.y) * i / 8);
      await p.page.touchscreen.touchEnd();
    } else if (p.s.how === 'mouse-drag') {
      // The first event dragged with the mouse below the last one.
      expected = [...before.slice(1), before[0]];
      const a = await centre(p, '#order li:first-child');
      const end = await p.page.$eval('#order li:last-child', el => el.getBoundingClientRect().bottom - 3);
      await p.page.mouse.move(a.x - 100, a.y);
      await p.page.mouse.down();
      for (let i = 1; i <= 8; ++i) await p.page.mouse.move(a.x - 100, a.y + (end - a.y) * i / 8);
      await p.page.mouse.up();
    } else if (p.s.how === 'buttons') {
      // The first event two slots down, the last one up by one: four taps on ▼ and ▲.
      expected = before.slice();
      const first = expected.splice(0, 1)[0];
      expected.splice(2, 0, first);
      const lastId = before[n - 1];
      [expected[n - 2], expected[n - 1]] = [expected[n - 1], expected[n - 2]];
      for (let i = 0; i < 2; ++i) await p.page.tap(`#order li[data-event="${first}"] button.down`);
      await p.page.tap(`#order li[data-event="${lastId}"] button.up`);
    } else {
      // The keyboard: the first event focused, Alt+↓ three times; Enter submits.
      expected = before.slice();
      const first = expected.splice(0, 1)[0];
      expected.splice(3, 0, first);
      await p.page.focus('#order li:first-child');
      for (let i = 0; i < 3; ++i) {
        await p.page.keyboard.down('Alt'); await p.page.keyboard.press('ArrowDown'); await p.page.keyboard.up('Alt');
      }
    }
    const after = await shown(p);
    if (JSON.stringify(after) !== JSON.stringify(expected))
      fail(`${p.s.name} q${q}: ${p.s.how} gave ${JSON.stringify(after)} from ${JSON.stringify(before)}, expected ${JSON.stringify(expected)}`);
    await shot(p, `q${q}-placed`);
    if (p.s.how === 'keys') await p.page.keyboard.press('Enter');
    // (A tap on submit right after a touchscreen drag was now and then not taken in headless
    // chromium; the touch-drag page submits with a click, the buttons page with a tap.)
    else if (p.s.touch && p.s.how !== 'touch-drag') await p.page.tap('#submit-order');
    else await p.page.click('#submit-order');
    p.submitted[q] = after;
    await p.page.waitForFunction(() => document.getElementById('choices').classList.contains('closed'), { timeout: 10000 })
      .catch(async e => { await shot(p, `q${q}-stuck`); fail(`${p.s.name} q${q}: not locked after submitting: ${e}`); });
    await shot(p, `q${q}-locked`);
  }

  async function play(p) {
    const deadline = Date.now() + 120000;
    while (Date.now() < deadline) {
      const st = await p.page.evaluate(() => ({
        screen: document.body.dataset.screen,
        q: Number((document.getElementById('q-count').textContent.match(/\d+/) || ['0'])[0]) - 1,
        open: !!document.getElementById('submit-order') && !document.getElementById('submit-order').disabled,
        choice: !!document.querySelector('#choices button.choice:not(:disabled)'),
      }));
      if (p.s.how === 'deaf' && st.screen === 'question' && !p.deafAt) {
        deafRelay.deafen();
        p.deafAt = Date.now();
        console.log(`${p.s.name}: the link went deaf on question ${st.q + 1}`);
        await shot(p, 'deaf');
      }
      if (p.s.how === 'deaf' && st.screen === 'question' && st.open && p.submitted[st.q] === undefined) {
        p.submitted[st.q] = await shown(p);  // the order as shown, unchanged
        await p.page.click('#submit-order');
      } else if (st.screen === 'question' && st.open && p.submitted[st.q] === undefined) await answer(p, st.q);
      else if (st.screen === 'question' && st.choice && p.submitted[st.q] === undefined) {
        p.submitted[st.q] = 'choice';  // the multiple-choice question between: the first answer
        await p.page.keyboard.press('1');
      }
      else if (st.screen === 'question') await shot(p, `q${st.q}-reading`);
      else if (st.screen === 'reveal') await shot(p, `q${st.q}-reveal`);
      else if (st.screen === 'end') {
        await shot(p, 'end');
        const log = await p.page.evaluate(() => window.__log);
        p.reveals = Object.fromEntries(log.filter(m => m.t === 'reveal').map(m => [m.q, m]));
        p.welcomes = log.filter(m => m.t === 'welcome').map(m => ({ rejoined: m.rejoined, at: m._at }));
        p.pings = log.filter(m => m.t === 'ping').length;
        p.screen = await p.page.evaluate(() => document.getElementById('end-score').textContent);
        return;
      } else if (st.screen === 'gone' || st.screen === 'join') fail(`${p.s.name}: thrown out`);
      await sleep(100);
    }
    fail(`${p.s.name}: did not reach the end`);
  }
  await Promise.all(pages.map(play));
  for (const p of pages) {
    if (p.errors.length) fail(`${p.s.name}: ${p.errors.join('; ')}`);
    for (const [q, v] of Object.entries(p.submitted)) if (v === 'choice') delete p.submitted[q];
    report.students[p.s.name] = { how: p.s.how, submitted: p.submitted, reveals: p.reveals, end: p.screen,
      welcomes: p.welcomes, pings: p.pings, deaf_at: p.deafAt || null };
  }
  fs.writeFileSync(path.join(out, 'timeline-report.json'), JSON.stringify(report, null, 1));
  console.log(`${pages.length} browser students put the events of every timeline question in order`);
} finally {
  deafRelay.close();
  await chromium.close();
}

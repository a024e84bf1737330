// A whole classroom game in real browsers: Debian's chromium (headless, through puppeteer-core,
// never a downloaded browser) opens the host's web app as several students at phone, tablet and
// laptop sizes, next to a desktop bot; they join by the URL, answer by touch and by key, one
// answers late, one reloads mid-question and takes its seat back with its token; hostile
// WebSocket messages go nowhere. Writes screenshots and a report (report.json) into OUT; the
// shell side compares it with the host's standings.
//   node classroom.mjs URL OUT
import puppeteer from 'puppeteer-core';
import fs from 'node:fs';
import path from 'node:path';

const [url, out] = process.argv.slice(2);
if (!url || !out) { console.error('usage: node classroom.mjs URL OUT'); process.exit(2); }
fs.mkdirSync(out, { recursive: true });
const fail = msg => { console.error('FAIL: ' + msg); process.exitCode = 1; throw new Error(msg); };

// Who plays how: answer by tapping choice `pick` (or pressing its key), late (never answers),
// or reloads the page once the second question is open and answers afterwards.
const students = [
  { name: 'Anna', size: [360, 640], how: 'tap', pick: 0, lang: 'de-DE', shots: true },
  { name: 'Ben', size: [360, 640], how: 'key', pick: 1, lang: 'en-GB', shots: true },
  { name: 'Cem', size: [768, 1024], how: 'tap', pick: 2, lang: 'de-DE', shots: true },
  { name: 'Dana', size: [1280, 800], how: 'reload', pick: 3, lang: 'de-DE', shots: true },
  { name: 'Emil', size: [360, 640], how: 'late', pick: 0, lang: 'de-DE', shots: false },
];

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-background-networking', '--disable-component-update',
         '--no-first-run', '--disable-sync', '--disable-gpu'],
  headless: true,
});
const report = { students: {}, hostile: {} };
try {
  const pages = [];
  for (const s of students) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: s.size[0], height: s.size[1], deviceScaleFactor: 1 });
    await page.evaluateOnNewDocument(lang => {
      Object.defineProperty(navigator, 'languages', { get: () => [lang] });
      Object.defineProperty(navigator, 'language', { get: () => lang });
    }, s.lang);
    // Every message the page receives, kept in the tab's session storage (so across a reload):
    // the reveals are checked from it, not from screens a slow poll could miss.
    await page.evaluateOnNewDocument(() => {
      const Native = window.WebSocket;
      const Logged = function (...args) {
        const ws = new Native(...args);
        ws.addEventListener('message', e => {
          try {
            const log = JSON.parse(sessionStorage.getItem('test.log') || '[]');
            log.push(JSON.parse(e.data));
            sessionStorage.setItem('test.log', JSON.stringify(log));
          } catch (err) { /* not JSON: the page ignores it too */ }
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
    page.on('request', r => { if (!r.url().startsWith(url.replace(/\/\?.*$/, ''))) errors.push('request elsewhere: ' + r.url()); });
    pages.push({ s, page, errors, answers: {}, reveals: {}, seen: {}, shot: new Set() });
  }
  const shot = async (p, tag) => {
    if (!p.s.shots || p.shot.has(tag)) return;
    p.shot.add(tag);
    await p.page.screenshot({ path: path.join(out, `${p.s.name}-${p.s.size[0]}x${p.s.size[1]}-${tag}.png`) });
  };
  const screen = p => p.page.evaluate(() => document.body.dataset.screen);

  // Join by the URL: the code is filled in already, the student types a name.
  for (const p of pages) {
    await p.page.goto(url, { waitUntil: 'load' });
    const code = await p.page.$eval('#code', e => e.value);
    if (code !== new URL(url).searchParams.get('code')) fail(`${p.s.name}: code not prefilled (${code})`);
    const lang = await p.page.evaluate(() => document.documentElement.lang);
    if (lang !== p.s.lang.slice(0, 2)) fail(`${p.s.name}: page language ${lang}`);
    await shot(p, '1-join');
    await p.page.type('#name', p.s.name);
    await p.page.click('#join');
  }
  for (const p of pages) {
    // Welcomed (the last one in starts the game, so it may be on the first question already).
    await p.page.waitForFunction(() => document.getElementById('me').textContent, { timeout: 10000 });
    p.token = await p.page.evaluate(() => JSON.parse(sessionStorage.getItem('chronik.seat')).token);
    if (!/^[0-9a-f]{32}$/.test(p.token)) fail(`${p.s.name}: no token kept (${p.token})`);
    if (await p.page.evaluate(() => document.cookie) !== '') fail('a cookie was set');
    await shot(p, '2-lobby');
  }

  // Hostile messages from a page of the host's own origin: nothing reaches the game.
  report.hostile = await pages[4].page.evaluate(async () => {
    const result = {};
    const ws = new WebSocket(`ws://${location.host}/ws`);
    await new Promise(r => { ws.onopen = r; });
    const replies = [];
    ws.onmessage = e => replies.push(JSON.parse(e.data));
    ws.send('garbage {');
    ws.send(JSON.stringify({ v: 1, t: 'answer', seq: 1, q: 0, choice: 0 }));  // before hello
    ws.send(JSON.stringify({ v: 1, t: 'hello', seq: 2, code: 'ZZZZZZ', name: 'Mallory' }));
    const closed = await new Promise(r => { ws.onclose = e => r(e.code); setTimeout(() => r('open'), 4000); });
    result.wrongCode = { replies, closed };
    const big = new WebSocket(`ws://${location.host}/ws`);
    await new Promise(r => { big.onopen = r; });
    big.send('x'.repeat(70000));
    result.oversized = await new Promise(r => { big.onclose = e => r(e.code); setTimeout(() => r('open'), 4000); });
    return result;
  });
  const wrong = report.hostile.wrongCode;
  if (!(wrong.replies.length === 1 && wrong.replies[0].t === 'refused' && wrong.replies[0].reason === 'wrong-code'))
    fail('hostile socket: ' + JSON.stringify(wrong));
  if (wrong.closed === 'open') fail('a refused socket stayed open');
  if (report.hostile.oversized === 'open') fail('an oversized message did not close its socket');

  // Play: each page answers each question as it opens; the game runs by the host's timers.
  const done = new Set();
  const deadline = Date.now() + 120000;
  const seenQuestion = new Map();
  while (done.size < pages.length && Date.now() < deadline) {
    for (const p of pages) {
      if (done.has(p)) continue;
      const st = await p.page.evaluate(() => ({
        screen: document.body.dataset.screen,
        q: document.getElementById('q-count').textContent,
        open: [...document.querySelectorAll('#choices button')].some(b => !b.disabled),
        status: document.getElementById('q-status').textContent,
        verdict: document.getElementById('verdict').className,
        points: document.getElementById('reveal-points').textContent,
        score: document.getElementById('reveal-score').textContent,
      }));
      const qnum = Number((st.q.match(/\d+/) || ['0'])[0]) - 1;
      if (st.screen === 'question') {
        seenQuestion.set(p, qnum);
        await shot(p, '3-question');
        if (st.open && p.answers[qnum] === undefined && p.s.how !== 'late') {
          if (p.s.how === 'reload' && qnum === 1 && !p.reloaded) {
            p.reloaded = true;
            await p.page.reload({ waitUntil: 'load' });
            await p.page.waitForFunction(() => document.body.dataset.screen === 'question' &&
              [...document.querySelectorAll('#choices button')].some(b => !b.disabled), { timeout: 10000 });
            const again = await p.page.evaluate(() => JSON.parse(sessionStorage.getItem('chronik.seat')));
            if (again.token !== p.token || again.name !== p.s.name) fail(`${p.s.name}: seat not taken back after reload`);
            p.rejoined = true;
            await shot(p, '3-back-after-reload');
          }
          const count = await p.page.$$eval('#choices button', b => b.length);
          const pick = (p.s.pick + qnum) % count;
          if (p.s.how === 'key') await p.page.keyboard.press(String(pick + 1));
          else await p.page.click(`#choices button[data-choice="${pick}"]`);
          p.answers[qnum] = pick;
          await p.page.waitForFunction(() => document.getElementById('q-status').textContent.length > 0 &&
            document.getElementById('choices').classList.contains('closed'), { timeout: 5000 });
          await shot(p, '4-locked');
        }
      } else if (st.screen === 'reveal' && p.seen[qnum] === undefined) {
        // What the screen says, checked against the reveal message at the end.
        p.seen[qnum] = { verdict: st.verdict.replace('verdict ', ''), points: Number(st.points.replace('+', '')), score: Number(st.score) };
        await shot(p, '5-reveal-' + p.seen[qnum].verdict);
      } else if (st.screen === 'board') {
        await shot(p, '6-leaderboard');
      } else if (st.screen === 'end') {
        await shot(p, '7-end');
        const log = await p.page.evaluate(() => JSON.parse(sessionStorage.getItem('test.log') || '[]'));
        for (const m of log) {
          if (m.t !== 'reveal') continue;
          const mine = m.your_choice === undefined || m.your_choice === null ? null : m.your_choice;
          p.reveals[m.q] = { verdict: mine === null ? 'none' : mine === m.correct ? 'right' : 'wrong', points: m.points, score: m.score };
        }
        for (const [q, seen] of Object.entries(p.seen)) {
          const r = p.reveals[q];
          if (!r || r.verdict !== seen.verdict || r.points !== seen.points || r.score !== seen.score)
            fail(`${p.s.name}: question ${q}: the screen said ${JSON.stringify(seen)}, the host ${JSON.stringify(r)}`);
        }
        p.end = await p.page.evaluate(() => ({
          place: document.getElementById('end-place').textContent,
          score: document.getElementById('end-score').textContent,
        }));
        done.add(p);
      } else if (st.screen === 'gone' || st.screen === 'join') {
        fail(`${p.s.name}: thrown out (${st.screen}): ` + await p.page.evaluate(() => document.body.innerText));
      }
    }
    await new Promise(r => setTimeout(r, 50));
  }
  if (done.size < pages.length) fail('not every page reached the end: ' + pages.filter(p => !done.has(p)).map(p => p.s.name));
  for (const p of pages) {
    if (p.errors.length) fail(`${p.s.name}: ${p.errors.join('; ')}`);
    report.students[p.s.name] = { answers: p.answers, reveals: p.reveals, seen: Object.keys(p.seen).length, end: p.end, rejoined: !!p.rejoined, how: p.s.how };
  }
  fs.writeFileSync(path.join(out, 'report.json'), JSON.stringify(report, null, 1));
  console.log(`${pages.length} browser students played to the end`);
} finally {
  await browser.close();
}

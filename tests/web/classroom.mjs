// A whole classroom game in real browsers: Debian's chromium (headless, through puppeteer-core,
// never a downloaded browser), and Debian's firefox-esr over WebDriver BiDi when asked for, open
// the host's web app as students at phone, tablet and laptop sizes, next to a desktop bot. They
// join by the URL, answer by touch, mouse and key, some late; one reloads mid-question, one loses
// its network mid-question (a Wi-Fi that drops: its link goes silent) and comes back with its
// seat and score; hostile WebSocket messages go nowhere. Every page plays on its own, at once.
// Writes screenshots and a report (report.json) into OUT; the shell side compares it with the
// host's standings.
//   node classroom.mjs URL OUT [--firefox]
import puppeteer from 'puppeteer-core';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const [url, out, ...flags] = process.argv.slice(2);
if (!url || !out) { console.error('usage: node classroom.mjs URL OUT [--firefox]'); process.exit(2); }
const withFirefox = flags.includes('--firefox');
fs.mkdirSync(out, { recursive: true });
const fail = msg => { console.error('FAIL: ' + msg); process.exitCode = 1; throw new Error(msg); };
const sleep = ms => new Promise(r => setTimeout(r, ms));
const t0 = Date.now();
const stamp = what => console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s: ${what}`);

// Who plays how. `pick` and the question number choose the answer, so each page has some right
// and some wrong. how: tap (touch), click (mouse), key (1-4), late (answers only in the last
// two seconds of even questions, never on odd ones), reload (reloads once question 2 is open), cut
// (its Wi-Fi drops once question 3 is open, it answers into the dead link, the Wi-Fi comes back).
const students = [
  { name: 'Anna', size: [360, 640], how: 'tap', pick: 0, lang: 'de-DE' },
  { name: 'Ben', size: [360, 640], how: 'key', pick: 1, lang: 'en-GB' },
  { name: 'Cem', size: [768, 1024], how: 'tap', pick: 2, lang: 'de-DE' },
  { name: 'Dana', size: [1280, 800], how: 'reload', pick: 3, lang: 'de-DE' },
  { name: 'Emil', size: [360, 640], how: 'late', pick: 0, lang: 'de-DE' },
  { name: 'Fatma', size: [412, 915], how: 'cut', pick: 1, lang: 'en-US' },
  { name: 'Gregor', size: [1366, 768], how: 'click', pick: 2, lang: 'de-AT' },
  { name: 'Hanna', size: [360, 640], how: 'tap', pick: 3, lang: 'de-DE' },
  { name: 'Ilja', size: [768, 1024], how: 'key', pick: 1, lang: 'de-DE' },
  { name: 'Jule', size: [360, 640], how: 'tap', pick: 2, lang: 'en-GB' },
];
if (withFirefox) {
  students.push({ name: 'Kai', size: [360, 640], how: 'click', pick: 0, lang: 'de-DE', firefox: true },
                { name: 'Lea', size: [768, 1024], how: 'key', pick: 3, lang: 'en-GB', firefox: true });
}

// The cut page's Wi-Fi: a TCP relay in front of the host. cut() makes every link through it
// silent (nothing forwarded, nothing closed: what a dropped Wi-Fi looks like from both ends), and
// connections made while it is cut stay silent too; restore() forwards new connections again,
// the old links stay dead (the page must notice that by itself).
function wifi(target) {
  let down = false;
  const links = new Set();
  const server = net.createServer(client => {
    const up = net.connect(Number(target.port), target.hostname);
    const link = { client, up, dead: down };
    links.add(link);
    const drop = () => { if (!link.dead) { client.destroy(); up.destroy(); } links.delete(link); };
    client.on('data', d => { if (!link.dead) up.write(d); });
    up.on('data', d => { if (!link.dead) client.write(d); });
    client.on('error', () => {}); up.on('error', () => {});
    client.on('close', drop); up.on('close', drop);
  });
  return {
    listen: () => new Promise(r => server.listen(0, '127.0.0.1', () => r(server.address().port))),
    cut() { down = true; for (const l of links) l.dead = true; },
    restore() { down = false; },
    close() { for (const l of links) { l.client.destroy(); l.up.destroy(); } server.close(); },
  };
}

const launchArgs = ['--no-sandbox', '--headless=new', '--disable-background-networking', '--disable-component-update',
                    '--no-first-run', '--disable-sync', '--disable-gpu'];
const chromium = await puppeteer.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: launchArgs, headless: true });
let firefox = null;
const relay = wifi(new URL(url));
const report = { students: {}, hostile: {}, firefox: withFirefox };
try {
  if (withFirefox) {
    firefox = await puppeteer.launch({
      browser: 'firefox', executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr', headless: true,
      // Nothing from the internet: no update, captive-portal, telemetry or safe-browsing calls.
      extraPrefsFirefox: { 'app.update.enabled': false, 'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false,
        'browser.safebrowsing.malware.enabled': false, 'browser.safebrowsing.phishing.enabled': false },
    });
    stamp(await firefox.version());
  }
  const relayPort = await relay.listen();
  const pages = [];
  for (const s of students) {
    const browser = s.firefox ? firefox : chromium;
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const phone = s.size[0] < 700;
    const touch = s.how === 'tap';
    await page.setViewport({ width: s.size[0], height: s.size[1], deviceScaleFactor: 1, isMobile: phone && !s.firefox, hasTouch: touch });
    await page.evaluateOnNewDocument(lang => {
      Object.defineProperty(navigator, 'languages', { get: () => [lang] });
      Object.defineProperty(navigator, 'language', { get: () => lang });
    }, s.lang);
    // Every message the page receives, kept in the tab's session storage (so across a reload):
    // the reveals are checked from it, not from screens a slow poll could miss.
    await page.evaluateOnNewDocument(() => {
      const Native = window.WebSocket;
      const keep = m => {
        const log = JSON.parse(sessionStorage.getItem('test.log') || '[]');
        log.push(m);
        sessionStorage.setItem('test.log', JSON.stringify(log));
      };
      // The links' lives too (t starting with _), to see what a cut page did when.
      const at = () => Math.round(performance.timeOrigin + performance.now());
      const Logged = function (...args) {
        const ws = new Native(...args);
        keep({ t: '_connect', at: at() });
        // What the page sent: the answers the host must count or refuse, whatever the test
        // believed it clicked (a slow poll can see one question and click on the next).
        const send = ws.send.bind(ws);
        ws.send = data => {
          try {
            const m = JSON.parse(data);
            if (m.t === 'answer') keep({ t: '_sent', q: m.q, choice: m.choice, at: at() });
          } catch (err) { /* not JSON: the test's hostile socket */ }
          return send(data);
        };
        ws.addEventListener('open', () => keep({ t: '_open', at: at() }));
        ws.addEventListener('close', e => keep({ t: '_close', code: e.code, at: at() }));
        ws.addEventListener('message', e => {
          try { keep(JSON.parse(e.data)); } catch (err) { /* not JSON: the page ignores it too */ }
        });
        return ws;
      };
      window.addEventListener('offline', () => keep({ t: '_offline', at: at() }));
      window.addEventListener('online', () => keep({ t: '_online', at: at() }));
      Logged.prototype = Native.prototype;
      for (const k of ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED']) Logged[k] = Native[k];
      window.WebSocket = Logged;
    });
    // The cut page reaches the host through the relay (its Wi-Fi), the others directly.
    const base = s.how === 'cut' ? url.replace(/:\d+\//, `:${relayPort}/`) : url;
    const origin = new URL(base).origin;
    const errors = [];
    page.on('pageerror', e => errors.push(String(e)));
    page.on('console', m => { if (m.type() === 'error' && s.how !== 'cut') errors.push(m.text()); });
    page.on('request', r => { if (new URL(r.url()).origin !== origin) errors.push('request elsewhere: ' + r.url()); });
    const tag = `${s.firefox ? 'firefox-' : ''}${s.name}-${s.size[0]}x${s.size[1]}`;
    pages.push({ s, page, base, tag, errors, answers: {}, reveals: {}, seen: {}, shot: new Set() });
  }
  const shot = async (p, name) => {
    if (p.shot.has(name)) return;
    p.shot.add(name);
    await p.page.screenshot({ path: path.join(out, `${p.tag}-${name}.png`) });
  };

  stamp('browsers open');
  for (const p of pages) await p.page.goto(p.base, { waitUntil: 'load' });
  // Hostile messages from a page of the host's own origin: nothing reaches the game.
  report.hostile = await pages[0].page.evaluate(async () => {
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

  // Join by the URL: the code is filled in already, the student types a name.
  for (const p of pages) {
    const code = await p.page.$eval('#code', e => e.value);
    if (code !== new URL(url).searchParams.get('code')) fail(`${p.s.name}: code not prefilled (${code})`);
    const lang = await p.page.evaluate(() => document.documentElement.lang);
    if (lang !== p.s.lang.slice(0, 2)) fail(`${p.s.name}: page language ${lang}`);
    await shot(p, '1-join');
    await p.page.type('#name', p.s.name);
    if (p.s.how === 'tap') await p.page.tap('#join'); else await p.page.click('#join');
  }
  for (const p of pages) {
    // Welcomed (the last one in starts the game, so it may be on the first question already).
    await p.page.waitForFunction(() => document.getElementById('me').textContent, { timeout: 120000 });
    p.token = await p.page.evaluate(() => JSON.parse(sessionStorage.getItem('chronik.seat')).token);
    if (!/^[0-9a-f]{32}$/.test(p.token)) fail(`${p.s.name}: no token kept (${p.token})`);
    if (await p.page.evaluate(() => document.cookie) !== '') fail('a cookie was set');
    await shot(p, '2-lobby');
  }
  stamp('every page joined');

  const deadline = Date.now() + 240000;
  const state = page => page.evaluate(() => ({
    screen: document.body.dataset.screen,
    q: document.getElementById('q-count').textContent,
    open: [...document.querySelectorAll('#choices button')].some(b => !b.disabled),
    timer: document.getElementById('q-timer').textContent,
    verdict: document.getElementById('verdict').className,
    points: document.getElementById('reveal-points').textContent,
    score: document.getElementById('reveal-score').textContent,
  }));
  const press = async (p, pick) => {
    const how = p.s.how === 'late' || p.s.how === 'cut' ? 'tap' : p.s.how;
    if (how === 'key') await p.page.keyboard.press(String(pick + 1));
    else if (how === 'tap' && p.s.size[0] < 700 && !p.s.firefox) await p.page.tap(`#choices button[data-choice="${pick}"]`);
    else {
      // The mouse at the button's centre (puppeteer's own element click finds no clickable point
      // in firefox-esr over BiDi at phone size).
      const box = await p.page.$eval(`#choices button[data-choice="${pick}"]`, b => {
        const r = b.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      });
      await p.page.mouse.click(box.x, box.y);
    }
  };
  const locked = p => p.page.waitForFunction(() => document.getElementById('q-status').textContent.length > 0 &&
    document.getElementById('choices').classList.contains('closed'), { timeout: 8000 }).catch(async e => {
    await shot(p, 'stuck');
    fail(`${p.s.name}: no locked: ${e}; ${JSON.stringify(await state(p.page))}; ` + JSON.stringify((await log(p)).slice(-12)));
  });

  const log = p => p.page.evaluate(() => JSON.parse(sessionStorage.getItem('test.log') || '[]'));
  // Takes the Wi-Fi of the cut page away mid-question: the link goes silent (and the browser
  // knows it is offline), the student taps an answer anyway, the Wi-Fi comes back 1.5 s later.
  const cutOff = async (p, pick) => {
    relay.cut();
    await p.page.setOfflineMode(true);
    await shot(p, '3-cut-off');
    await sleep(500);
    await press(p, pick);
    await sleep(1000);
    relay.restore();
    await p.page.setOfflineMode(false);
    // Back with its seat: the same name and token, on a new link through the relay.
    await p.page.waitForFunction(() => document.getElementById('banner').hidden, { timeout: 10000 });
    const again = await p.page.evaluate(() => JSON.parse(sessionStorage.getItem('chronik.seat')));
    if (again.token !== p.token || again.name !== p.s.name) fail(`${p.s.name}: seat not taken back after the cut`);
    p.cut = true;
    stamp(`${p.s.name} back after the cut: ` + JSON.stringify((await log(p)).filter(m => String(m.t).startsWith('_') || m.t === 'welcome').slice(-8)));
  };

  async function play(p) {
    while (Date.now() < deadline) {
      const st = await state(p.page);
      const qnum = Number((st.q.match(/\d+/) || ['0'])[0]) - 1;
      if (st.screen === 'question') {
        // No screenshot between the answers opening and the answer: ten pages' screenshots at
        // once take seconds on a loaded machine, and the first question's ones once pushed a
        // click past the host's deadline (a page that is not late came out "too late").
        if (!st.open) await shot(p, '3-question');
        const pick = (p.s.pick + qnum) % await p.page.$$eval('#choices button', b => b.length);
        const wants = st.open && p.answers[qnum] === undefined &&
          (p.s.how !== 'late' || (qnum % 2 === 0 && /^[12] /.test(st.timer)));
        if (wants && p.s.how === 'reload' && qnum === 1 && !p.reloaded) {
          p.reloaded = true;
          p.awayAt = qnum;
          await p.page.reload({ waitUntil: 'load' });
          // Back in the game: on this question still, or (on a slow machine) a later screen.
          await p.page.waitForFunction(() => document.getElementById('me').textContent &&
            ['question', 'reveal', 'board', 'end'].includes(document.body.dataset.screen), { timeout: 15000 });
          const again = await p.page.evaluate(() => JSON.parse(sessionStorage.getItem('chronik.seat')));
          if (again.token !== p.token || again.name !== p.s.name) fail(`${p.s.name}: seat not taken back after reload`);
          p.rejoined = true;
          await shot(p, '3-back-after-reload');
          continue;  // what the page shows now decides
        }
        if (wants && p.s.how === 'cut' && qnum === 2 && !p.cut) {
          p.answers[qnum] = pick;
          p.awayAt = qnum;
          await cutOff(p, pick);
          await shot(p, '4-back-after-the-cut');
        } else if (wants) {
          // A click can miss when the page closed the question meanwhile (its time ran out while
          // this slow machine drove eleven other pages): then nothing was sent.
          const why = await press(p, pick).then(() => '', e => String(e));
          // Sent when the page took it (a late press can find the page's own clock at 0 already).
          if (await p.page.$('#choices .mine')) p.answers[qnum] = pick;
          else if (p.s.how !== 'late') {
            const now = await state(p.page);
            if (now.screen === 'question' && now.q === st.q && now.open)
              fail(`${p.s.name}: question ${qnum}: the answer was not taken ${why}`);
            p.missed = (p.missed || 0) + 1;
            continue;
          }
          await locked(p);
          await shot(p, p.s.how === 'late' ? '4-locked-late' : '4-locked');
        }
      } else if (st.screen === 'reveal' && p.seen[qnum] === undefined) {
        // What the screen says, checked against the reveal message at the end.
        p.seen[qnum] = { verdict: st.verdict.replace('verdict ', ''), points: Number(st.points.replace('+', '')), score: Number(st.score) };
        await shot(p, '5-reveal-' + p.seen[qnum].verdict);
      } else if (st.screen === 'board') {
        await shot(p, '6-leaderboard');
      } else if (st.screen === 'end') {
        await shot(p, '7-end');
        const messages = await log(p);
        // The answers as sent (the first per question; a page sends one again only on a new link
        // after a drop): a click meant for one question may have landed on the next.
        const sent = {};
        for (const m of messages) if (m.t === '_sent' && sent[m.q] === undefined) sent[m.q] = m.choice;
        for (const [q, choice] of Object.entries(p.answers)) {
          if (sent[q] === undefined && !(p.s.how === 'cut' && Number(q) === p.awayAt))
            stamp(`${p.s.name}: the test clicked ${choice} for question ${q}, the page sent nothing for it`);
        }
        if (p.s.how !== 'cut') p.answers = sent;
        else p.answers = Object.assign(sent, { [p.awayAt]: p.answers[p.awayAt] });
        p.rejected = {};
        p.welcomes = messages.filter(m => m.t === 'welcome').map(m => m.rejoined);
        p.links = messages.filter(m => String(m.t).startsWith('_'));
        for (const m of messages) {
          if (m.t === 'rejected') p.rejected[m.q] = m.reason;
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
        return;
      } else if (st.screen === 'gone' || st.screen === 'join') {
        fail(`${p.s.name}: thrown out (${st.screen}): ` + await p.page.evaluate(() => document.body.innerText));
      }
      await sleep(150);
    }
    fail(`${p.s.name}: did not reach the end`);
  }
  // Every page plays by itself, at once, like a class does.
  await Promise.all(pages.map(play));
  stamp('every page at the end');
  for (const p of pages) {
    if (p.errors.length) fail(`${p.s.name}: ${p.errors.join('; ')}`);
    report.students[p.s.name] = {
      answers: p.answers, reveals: p.reveals, rejected: p.rejected, welcomes: p.welcomes, seen: Object.keys(p.seen).length,
      end: p.end, missed: p.missed || 0, rejoined: !!p.rejoined, cut: !!p.cut, away_at: p.awayAt, links: p.links, how: p.s.how, firefox: !!p.s.firefox,
    };
  }
  fs.writeFileSync(path.join(out, 'report.json'), JSON.stringify(report, null, 1));
  console.log(`${pages.length} browser students played to the end${withFirefox ? ' (2 in firefox)' : ''}; ` +
              `clicks that came after the page's time was up: ${pages.reduce((n, p) => n + (p.missed || 0), 0)}`);
} finally {
  relay.close();
  await chromium.close();
  if (firefox) await firefox.close();
}

// Every stage of the student's page at three sizes, in one real game (Debian's chromium, headless,
// through puppeteer-core): a phone (360×640), a tablet (768×1024) and a laptop (1280×800) join,
// wait, read, answer a multiple-choice question (locked), see its reveal and the standings, put a
// timeline question's events in order (▼ buttons) and submit it (locked), see its reveal and the
// end. A screenshot of each stage per size goes to OUT (kept as test artefacts, looked at by eye);
// what each page showed goes to OUT/stages-report.json for the shell side. Checks on the page:
// the timeline's submit button is in sight without scrolling at every size, and the reveal names
// the pairs once.
//   node stages.mjs URL OUT
import puppeteer from 'puppeteer-core';
import fs from 'node:fs';
import path from 'node:path';

const [url, out] = process.argv.slice(2);
if (!url || !out) { console.error('usage: node stages.mjs URL OUT'); process.exit(2); }
fs.mkdirSync(out, { recursive: true });
const fail = msg => { console.error('FAIL: ' + msg); process.exitCode = 1; throw new Error(msg); };

const sizes = [
  { name: 'Pia', size: [360, 640], touch: true },
  { name: 'Tom', size: [768, 1024], touch: true },
  { name: 'Lea', size: [1280, 800], touch: false },
];
const chromium = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--headless=new', '--disable-background-networking', '--disable-component-update',
         '--no-first-run', '--disable-sync', '--disable-gpu', '--lang=de-DE'],
});
const report = {};
try {
  const pages = [];
  for (const s of sizes) {
    const page = await (await chromium.createBrowserContext()).newPage();
    await page.setViewport({ width: s.size[0], height: s.size[1], deviceScaleFactor: 1,
                             isMobile: s.size[0] < 700, hasTouch: s.touch });
    await page.evaluateOnNewDocument(() => {
      Object.defineProperty(navigator, 'languages', { get: () => ['de-DE'] });
    });
    const errors = [];
    page.on('pageerror', e => errors.push(String(e)));
    page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
    const p = { s, page, errors, tag: `stage-${s.size[0]}x${s.size[1]}`, seen: {} };
    report[s.name] = p.seen;
    pages.push(p);
  }
  const shot = (p, name) => p.page.screenshot({ path: path.join(out, `${p.tag}-${name}.png`) });
  const screen = p => p.page.evaluate(() => document.body.dataset.screen);
  const until = (p, fn, arg, timeout = 30000) => p.page.waitForFunction(fn, { timeout, polling: 50 }, arg);
  const each = f => Promise.all(pages.map(f));

  await each(async p => {
    await p.page.goto(url, { waitUntil: 'load' });
    await p.page.type('#name', p.s.name);
    await shot(p, '01-join');
    await p.page.click('#join');
    await until(p, () => document.body.dataset.screen === 'wait' && document.getElementById('me').textContent);
    await shot(p, '02-waiting');
  });
  // Everyone waits in the lobby: the shell side lets the desktop bot in, and the game starts.
  fs.writeFileSync(path.join(out, 'stages-joined'), 'yes\n');
  // Question 1 (multiple choice): reading, answering, locked, reveal, standings.
  await each(async p => {
    await until(p, () => document.body.dataset.screen === 'question', null, 60000);
    await shot(p, '03-reading');
    await until(p, () => document.querySelector('#choices button.choice:not(:disabled)'));
    await shot(p, '04-answering');
  });
  for (const p of pages) {  // one after the other: the slow desktop bot keeps the question open
    await p.page.click('#choices button.choice');
    await until(p, () => !document.querySelector('#choices button.choice:not(:disabled)'));
    await new Promise(r => setTimeout(r, 300));
    await shot(p, '05-locked');
  }
  await each(async p => {
    await until(p, () => document.body.dataset.screen === 'reveal', null, 60000);
    await shot(p, '06-reveal');
    await until(p, () => document.body.dataset.screen === 'board', null, 60000);
    await shot(p, '07-standings');
  });
  // Question 2 (timeline): the first event two slots down by its ▼ button, submitted.
  await each(async p => {
    await until(p, () => document.body.dataset.screen === 'question' && document.getElementById('order'), null, 60000);
    await shot(p, '08-timeline-reading');
    await until(p, () => document.querySelector('#submit-order:not(:disabled)'));
    await shot(p, '09-timeline-answering');
    // In sight without scrolling: the page is at its top, the button inside the viewport.
    const seen = await p.page.evaluate(() => {
      const r = document.getElementById('submit-order').getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: innerHeight, scrollY };
    });
    p.seen.submit = seen;
    if (seen.scrollY !== 0 || seen.top < 0 || seen.bottom > seen.height)
      fail(`${p.tag}: the submit button is out of sight (${JSON.stringify(seen)})`);
  });
  for (const p of pages) {
    const first = await p.page.$eval('#order li', li => li.dataset.event);
    for (let i = 0; i < 2; ++i) await p.page.click(`#order li[data-event="${first}"] button.down`);
    p.seen.order = await p.page.$$eval('#order li', lis => lis.map(li => Number(li.dataset.event)));
    await p.page.click('#submit-order');
    await until(p, () => document.querySelector('#submit-order:disabled'));
    await new Promise(r => setTimeout(r, 300));
    await shot(p, '10-timeline-locked');
  }
  await each(async p => {
    await until(p, () => document.body.dataset.screen === 'reveal', null, 60000);
    await shot(p, '11-timeline-reveal');
    p.seen.verdict = await p.page.$eval('#verdict', el => el.textContent);
    p.seen.reveal = await p.page.$eval('#reveal-answer', el => el.textContent);
    await until(p, () => document.body.dataset.screen === 'end', null, 60000);
    await new Promise(r => setTimeout(r, 300));
    await shot(p, '12-final');
    p.seen.end = await p.page.$eval('#end-score', el => el.textContent);
    if (p.errors.length) fail(`${p.tag}: page errors: ${p.errors.join(' | ')}`);
  });
} finally {
  fs.writeFileSync(path.join(out, 'stages-report.json'), JSON.stringify(report, null, 1));
  await chromium.close();
}

// Writes handmade-vectors.json: a small FSRS vector file with configurations that
// tests/data/fsrs/vectors.json does not have, its outputs computed by the plain
// JavaScript implementation of tests/data/fsrs/README.md below (independent of the C++ code,
// written from the README alone). Run: node make_handmade_vectors.mjs > handmade-vectors.json
const DAY = 86400000;
const jsround = Math.round;
const round8 = (x) => Math.round(x * 1e8) / 1e8;
const clamp = (x, lo, hi) => Math.min(Math.max(x, lo), hi);
const dayNumber = (ms) => Math.floor(ms / DAY);
const DEFAULT_W = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666,
  0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542];

function stepMinutes(s) {
  const unit = s.slice(-1);
  const v = parseInt(s.slice(0, -1), 10);
  if (isNaN(v) || v < 0) throw new Error('bad step ' + s);
  return { m: 1, h: 60, d: 1440 }[unit] * v;
}

function makeScheduler(params) {
  const p = {
    w: params.w_input ?? params.w ?? DEFAULT_W,
    request_retention: params.request_retention || 0.9,
    maximum_interval: params.maximum_interval || 36500,
    enable_short_term: params.enable_short_term ?? true,
    learning: (params.learning_steps ?? ['1m', '10m']).map(stepMinutes),
    relearning: (params.relearning_steps ?? ['10m']).map(stepMinutes),
  };
  const n = p.relearning.length;
  let C = 2;
  if (n > 1) {
    const a = clamp(p.w[11], 0.001, 5), b = clamp(p.w[13], 0.001, 0.9), c = clamp(p.w[14], 0, 4);
    const v = -(Math.log(a) + Math.log(Math.pow(2, b) - 1) + 0.3 * c) / n;
    C = clamp(round8(Math.sqrt(Math.max(v, 0))), 0.01, 2);
  }
  const lo = [0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001, 0.001, 0.001, 0.001,
    0, 0, 1, 0, 0, p.enable_short_term ? 0.01 : 0, 0.1];
  const hi = [100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6, C, C, 0.8, 0.8];
  const w = p.w.map((x, i) => clamp(x, lo[i], hi[i]));
  const decay = -w[20];
  const factor = round8(Math.exp((1 / decay) * Math.log(0.9)) - 1);
  const im = round8((Math.pow(p.request_retention, 1 / decay) - 1) / factor);
  const R = (t, s) => round8(Math.pow(1 + factor * t / s, decay));
  const D0 = (g) => round8(w[4] - Math.exp((g - 1) * w[5]) + 1);
  const ivl = (s) => Math.min(Math.max(1, jsround(s * im)), p.maximum_interval);
  const nextD = (d, g) => {
    const dp = d + round8((-w[6] * (g - 3)) * (10 - d) / 9);
    return clamp(round8(w[7] * D0(4) + (1 - w[7]) * dp), 1, 10);
  };
  const memory = (card, t, g) => {
    const { s, d } = card;
    let ns;
    if (t === 0 && p.enable_short_term) {
      let sinc = Math.pow(s, -w[19]) * Math.exp(w[17] * (g - 3 + w[18]));
      if (g >= 2) sinc = Math.max(sinc, 1);
      ns = round8(clamp(s * sinc, 0.001, 36500));
    } else {
      const r = R(t, s);
      if (g === 1) {
        const sf = round8(clamp(w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) *
          Math.exp((1 - r) * w[14]), 0.001, 36500));
        const k = p.enable_short_term ? w[17] * w[18] : 0;
        ns = Math.min(Math.max(round8(s / Math.exp(k)), 0.001), sf);
      } else {
        const hp = g === 2 ? w[15] : 1, eb = g === 4 ? w[16] : 1;
        ns = round8(clamp(s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) *
          (Math.exp((1 - r) * w[10]) - 1) * hp * eb), 0.001, 36500));
      }
    }
    return { s: ns, d: nextD(d, g) };
  };
  // returns [minutes, next] or null
  const table = (L, i, state, g) => {
    const n = L.length;
    if (n === 0 || i >= n) return null;
    if (state === 2) return g === 1 ? [L[i], 0] : null;
    if (g === 1) return [L[0], 0];
    if (g === 2) return [n === 1 ? jsround(1.5 * L[0]) : jsround((L[0] + L[1]) / 2), i];
    if (g === 3) return (i + 1 < n && L[i + 1] !== 0) ? [L[i + 1], i + 1] : null;
    return null;
  };
  function review(card, now, g) {
    const isNew = card.state === 0;
    const t = isNew ? 0 : dayNumber(now) - dayNumber(card.last_review);
    if (t < 0) throw new Error('time goes back');
    const base = { reps: card.reps + 1, lapses: card.lapses, elapsed_days: t, last_review: now };
    const days = (m, n) => ({ ...base, s: m.s, d: m.d, state: 2, learning_steps: 0,
      scheduled_days: n, due: now + n * DAY });
    const stepped = (m, st, target) => {
      if (!st || st[0] === 0) return days(m, ivl(m.s));
      const [mins, next] = st;
      if (mins < 1440) return { ...base, s: m.s, d: m.d, state: target, learning_steps: next,
        scheduled_days: 0, due: now + jsround(mins) * 60000 };
      return { ...base, s: m.s, d: m.d, state: 2, learning_steps: next,
        scheduled_days: Math.floor(mins / 1440), due: now + mins * 60000 };
    };
    const mem = (gg) => isNew ? { s: Math.max(w[gg - 1], 0.1), d: clamp(D0(gg), 1, 10) }
      : memory(card, t, gg);
    if (!p.enable_short_term) {
      const m = [1, 2, 3, 4].map(mem);
      let [a, h, gd, e] = m.map((x) => ivl(x.s));
      a = Math.min(a, h); h = Math.max(h, a + 1); gd = Math.max(gd, h + 1); e = Math.max(e, gd + 1);
      const out = days(m[g - 1], [a, h, gd, e][g - 1]);
      if (g === 1 && !isNew) out.lapses += 1;
      return out;
    }
    if (card.state !== 2) {
      const L = card.state === 3 ? p.relearning : p.learning;
      const i = isNew ? 0 : card.learning_steps;
      return stepped(mem(g), table(L, i, card.state, g), isNew ? 1 : card.state);
    }
    if (g === 1) {
      const out = stepped(mem(1), table(p.relearning, card.learning_steps, 2, 1), 3);
      out.lapses += 1;
      return out;
    }
    const mh = mem(2), mg = mem(3), me = mem(4);
    let h = ivl(mh.s), gd = ivl(mg.s);
    h = Math.min(h, gd); gd = Math.max(gd, h + 1);
    const e = Math.max(ivl(me.s), gd + 1);
    return days([mh, mg, me][g - 2], [h, gd, e][g - 2]);
  }
  const apiR = (card, now) => card.state === 0 ? 0
    : R(Math.max(Math.floor((now - card.last_review) / DAY), 0), round8(card.s));
  const reviewR = (card, now) => card.state === 0 ? null
    : R(dayNumber(now) - dayNumber(card.last_review), card.s);
  return { review, apiR, reviewR, derived: { decay, factor, interval_modifier: im }, w };
}

// mulberry32: a small seeded generator for the histories.
function rng(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const configs = [
  { id: 'e_short_custom', description: 'custom weights, retention 0.8, max 400 d, 3 learning and 2 relearning steps; no derived, no retrievability fields',
    params: { w_input: [0.3, 1.1, 2.9, 9.5, 5.8, 0.9, 2.7, 0.004, 1.7, 0.2, 0.85, 1.3, 0.07, 0.3, 1.5,
      0.55, 2.1, 0.61, 0.12, 0.08, 0.2], request_retention: 0.8, maximum_interval: 400,
      enable_fuzz: false, enable_short_term: true, learning_steps: ['2m', '15m', '3h'],
      relearning_steps: ['5m', '30m'] }, derived: false, retr: false },
  { id: 'f_long_custom', description: 'long-term scheduler, retention 0.95, max 1000 d, w16 = 7 clipped to 6, only w_input',
    params: { w_input: [0.5, 1.6, 3.1, 12, 7, 0.7, 2.2, 0.01, 2.0, 0.12, 0.9, 1.6, 0.05, 0.25, 1.9,
      0.7, 7, 0.4, 0.2, 0.05, 0.12], request_retention: 0.95, maximum_interval: 1000,
      enable_fuzz: false, enable_short_term: false, learning_steps: ['1m', '10m'],
      relearning_steps: ['10m'] }, derived: true, retr: true },
  { id: 'g_no_steps', description: 'short-term on with empty step lists: everything graduates at once',
    params: { w: DEFAULT_W, request_retention: 0.9, maximum_interval: 36500, enable_fuzz: false,
      enable_short_term: true, learning_steps: [], relearning_steps: [] }, derived: true, retr: true },
  { id: 'h_parseint_steps', description: 'steps 1.5h (read as 1h), 90m, 2d; relearning 1d; only a few params keys',
    params: { learning_steps: ['1.5h', '90m', '2d'], relearning_steps: ['1d'], request_retention: 0.87 },
    derived: false, retr: true },
];

const rand = rng(20261129);
const pick = (probs) => { let u = rand(); for (let i = 0; i < probs.length; i++) { if ((u -= probs[i]) < 0) return i + 1; } return 4; };
const out = { format: 'fsrs-vectors/1', generator: 'tests/cli_srs/data/make_handmade_vectors.mjs',
  ts_fsrs_version: 'none: README spec re-implemented in plain JavaScript', seed: 20261129, configs: [] };
for (const c of configs) {
  const s = makeScheduler(c.params);
  const cfg = { id: c.id, description: c.description, params: c.params };
  if (c.derived) cfg.derived = s.derived;
  cfg.histories = [];
  for (let h = 0; h < 8; h++) {
    const created = Date.UTC(2026, 2, 1, h % 3 === 0 ? 23 : 8, h % 3 === 0 ? 40 : 0);
    let card = { state: 0, s: 0, d: 0, reps: 0, lapses: 0, learning_steps: 0, due: created };
    const hist = { id: `${c.id}/${String(h).padStart(3, '0')}` };
    if (h === 2) hist.created_at = new Date(created).toISOString();
    else hist.created_at_ms = created;
    hist.reviews = [];
    let now = created;
    const count = 6 + Math.floor(rand() * 12);
    for (let j = 0; j < count; j++) {
      const u = rand();
      if (j === 0) now = created + Math.floor(rand() * 600) * 1000;
      else if (u < 0.15) now = now + Math.floor(rand() * 3 * 3600) * 1000;          // early, often same day
      else if (u < 0.35) now = card.due + Math.floor(rand() * 5 * DAY / 1000) * 1000; // late
      else now = Math.max(now, card.due);
      const g = pick([0.2, 0.15, 0.5, 0.15]);
      const review = { input: {} };
      if (h === 2) review.input.review_at = new Date(now).toISOString();
      else { review.input.review_at = new Date(now).toISOString(); review.input.review_at_ms = now; }
      review.input.rating = g;
      if (c.retr) {
        review.retrievability_before = s.reviewR(card, now);
        review.retrievability_before_api = s.apiR(card, now);
      }
      const n = s.review(card, now, g);
      const preview = [1, 2, 3, 4].map((gg) => s.review(card, now, gg).due);
      review.output = { state: n.state, stability: n.s, difficulty: n.d,
        due: new Date(n.due).toISOString(), due_ms: n.due, scheduled_days: n.scheduled_days,
        elapsed_days: n.elapsed_days, learning_steps: n.learning_steps, reps: n.reps,
        lapses: n.lapses, last_review_ms: now };
      review.preview_due_ms = preview;
      hist.reviews.push(review);
      card = n;
    }
    cfg.histories.push(hist);
  }
  out.configs.push(cfg);
}
console.log(JSON.stringify(out));

// Chronik's student page: joins the teacher's class game over a WebSocket at /ws and speaks the
// same JSON messages as the desktop client (game/io/net/README.md), one per text message.
// Plain JavaScript, no build step, nothing loaded from elsewhere.
'use strict';

(() => {
  const TEXT = {
    de: {
      join_title: 'Beim Klassenspiel mitmachen', code_label: 'Raumcode', name_label: 'Dein Name',
      join_button: 'Mitmachen', again: 'Neu beitreten', points: 'Punkte', total: 'gesamt',
      streak: 'in Folge', end_title: 'Spielende',
      privacy: 'Chronik speichert nur deinen Namen und deine Punkte für dieses Spiel. Keine Anmeldung, keine Cookies.',
      connecting: 'Verbinde …', reconnecting: 'Verbindung verloren – verbinde neu …',
      lobby_title: name => `Du bist dabei, ${name}!`, lobby_text: 'Gleich geht es los. Schau auf den Beamer.',
      seat_title: name => `Du möchtest als ${name} zurück`,
      seat_text: 'Die Lehrkraft bestätigt, dass du es bist.',
      question_of: (q, n) => `Frage ${q} von ${n}`, read: 'Lies die Frage …',
      answer_now: 'Antworte jetzt!', locked: 'Eingeloggt – warte auf die Auflösung.',
      paused: 'Pause', too_late: 'Zu spät – die Zeit ist um.',
      rejected: { 'too-late': 'Zu spät – die Zeit ist um.', 'already-answered': 'Du hast schon geantwortet.',
        'wrong-question': 'Diese Frage ist vorbei.', 'not-answering': 'Gerade werden keine Antworten angenommen.',
        paused: 'Das Spiel ist pausiert.', 'no-such-choice': 'Diese Antwort gibt es nicht.',
        'bad-order': 'Diese Reihenfolge passt nicht zu den Ereignissen. Bitte noch einmal.' },
      earlier: 'früher', later: 'später', submit_order: 'Reihenfolge abgeben',
      move_up: t => `${t} nach oben`, move_down: t => `${t} nach unten`,
      order_hint: 'Ziehe die Ereignisse oder nutze ▲ ▼. Oben steht das früheste.',
      pairs: (k, n) => `${k} von ${n} Paaren richtig`, in_order: 'Die richtige Reihenfolge:',
      right: 'Richtig!', wrong: 'Leider falsch', none: 'Keine Antwort', skipped: 'Frage übersprungen',
      correct_was: a => `Richtig war: ${a}`, your_was: a => `Deine Antwort: ${a}`,
      board_title: 'Zwischenstand', you_place: (r, s) => `Du bist auf Platz ${r} mit ${s} Punkten.`,
      end_place: r => `Platz ${r}`, end_score: (s, c) => `${s} Punkte · ${c} richtig`,
      end_partial: k => k === 1 ? '1 Zeitleiste teilweise' : `${k} Zeitleisten teilweise`,
      refused: { 'wrong-code': 'Diesen Raumcode gibt es nicht. Prüfe ihn auf dem Beamer.',
        'too-many-tries': s => `Zu viele falsche Codes. Versuch es in ${s} s wieder.`,
        'empty-name': 'Bitte gib einen Namen ein.', 'game-full': 'Das Spiel ist voll.',
        'game-over': 'Das Spiel ist schon vorbei.', 'room-locked': 'Der Raum ist geschlossen. Frag deine Lehrkraft.',
        replaced: 'Du spielst jetzt in einem anderen Fenster weiter.' },
      removed_title: 'Du wurdest entfernt', removed_text: 'Die Lehrkraft hat dich aus dem Spiel genommen.',
      gone_title: 'Nicht dabei', lost: 'Keine Verbindung zum Spiel. Ist die Adresse richtig?',
      need_code: 'Bitte gib den Raumcode ein.', need_name: 'Bitte gib einen Namen ein.',
      seconds: s => `${s} s`, points_label: p => `${p} Pkt.`, shapes: ['Dreieck', 'Raute', 'Kreis', 'Quadrat'],
    },
    en: {
      join_title: 'Join the class game', code_label: 'Room code', name_label: 'Your name',
      join_button: 'Join', again: 'Join again', points: 'points', total: 'total', streak: 'in a row',
      end_title: 'Game over',
      privacy: 'Chronik keeps only your name and points for this game. No sign-up, no cookies.',
      connecting: 'Connecting …', reconnecting: 'Connection lost – reconnecting …',
      lobby_title: name => `You're in, ${name}!`, lobby_text: 'The game starts soon. Watch the projector.',
      seat_title: name => `You want to come back as ${name}`,
      seat_text: 'Your teacher confirms that it is you.',
      question_of: (q, n) => `Question ${q} of ${n}`, read: 'Read the question …',
      answer_now: 'Answer now!', locked: 'Locked in – wait for the reveal.',
      paused: 'Paused', too_late: "Too late – time's up.",
      rejected: { 'too-late': "Too late – time's up.", 'already-answered': 'You have already answered.',
        'wrong-question': 'That question is over.', 'not-answering': 'No answers are taken right now.',
        paused: 'The game is paused.', 'no-such-choice': 'That answer does not exist.',
        'bad-order': 'That order does not fit the events. Please try again.' },
      earlier: 'earlier', later: 'later', submit_order: 'Submit the order',
      move_up: t => `Move ${t} up`, move_down: t => `Move ${t} down`,
      order_hint: 'Drag the events or use ▲ ▼. The earliest goes on top.',
      pairs: (k, n) => `${k} of ${n} pairs in order`, in_order: 'The right order:',
      right: 'Correct!', wrong: 'Wrong', none: 'No answer', skipped: 'Question skipped',
      correct_was: a => `The answer was: ${a}`, your_was: a => `Your answer: ${a}`,
      board_title: 'Standings', you_place: (r, s) => `You are in place ${r} with ${s} points.`,
      end_place: r => `Place ${r}`, end_score: (s, c) => `${s} points · ${c} correct`,
      end_partial: k => k === 1 ? '1 timeline partly right' : `${k} timelines partly right`,
      refused: { 'wrong-code': 'There is no room with this code. Check the projector.',
        'too-many-tries': s => `Too many wrong codes. Try again in ${s} s.`,
        'empty-name': 'Please enter a name.', 'game-full': 'The game is full.',
        'game-over': 'The game is already over.', 'room-locked': 'The room is closed. Ask your teacher.',
        replaced: 'You are playing on in another window now.' },
      removed_title: 'You were removed', removed_text: 'Your teacher took you out of the game.',
      gone_title: 'Not in the game', lost: 'Cannot reach the game. Is the address right?',
      need_code: 'Please enter the room code.', need_name: 'Please enter a name.',
      seconds: s => `${s} s`, points_label: p => `${p} pts`, shapes: ['triangle', 'diamond', 'circle', 'square'],
    },
  };
  // The projector numbers the answers 1-4; the page adds a colour and a shape, never colour alone.
  const SHAPES = ['▲', '◆', '●', '■'];

  const params = new URLSearchParams(location.search);
  const lang = (() => {
    const wanted = params.get('lang') || (navigator.languages && navigator.languages[0]) || navigator.language || 'de';
    return wanted.toLowerCase().startsWith('en') ? 'en' : 'de';
  })();
  const T = TEXT[lang];
  document.documentElement.lang = lang;
  document.title = lang === 'en' ? 'Chronik – class game' : 'Chronik – Klassenspiel';

  const $ = id => document.getElementById(id);
  const STORE = 'chronik.seat';  // session storage: this tab only, gone when it closes

  const state = {
    ws: null, seq: 0, code: '', name: '', token: '', joined: false, finished: false,
    retry: 0, retryTimer: null, question: null, choice: null, answering: false,
    deadline: null, paused: false, leftAtPause: null, score: 0, tick: null,
    pending: null, watchdog: null, order: null, pinged: false, silence: null,
    partial: [],  // the timeline questions (q) this seat had partly in order
  };
  // The host answers an answer at once (locked or rejected); silence this long means the link
  // is dead although the browser has not noticed (a Wi-Fi that dropped without a word).
  const ANSWER_SILENCE_MS = 4000;
  // The host pings every seated page every 5 s (and the page answers with a pong); a page that
  // hears nothing at all for this long takes its seat back on a new link: a dead link is noticed
  // also by a page that sits idle (nothing to answer) while the browser still thinks it is open.
  const HOST_SILENCE_MS = 12000;

  function show(screen) {
    if (document.body.dataset.screen !== screen) window.scrollTo(0, 0);  // a new screen starts at its top
    document.body.dataset.screen = screen;
  }
  function banner(text) { const b = $('banner'); b.textContent = text || ''; b.hidden = !text; }
  function setStatus(text) { $('q-status').textContent = text || ''; }

  for (const el of document.querySelectorAll('[data-t]')) {
    const v = T[el.dataset.t];
    if (typeof v === 'string') el.textContent = v;
  }

  // ------------------------------------------------------------------ the connection
  function saved() {
    try { return JSON.parse(sessionStorage.getItem(STORE) || 'null'); } catch (e) { return null; }
  }
  function save() {
    try {
      sessionStorage.setItem(STORE, JSON.stringify({ code: state.code, name: state.name, token: state.token,
        partial: state.partial }));
    } catch (e) { /* private mode: no rejoin after a reload, the game still works */ }
  }
  function forget() { try { sessionStorage.removeItem(STORE); } catch (e) { /* nothing kept */ } }

  function send(message) {
    if (!state.ws || state.ws.readyState !== WebSocket.OPEN) return false;
    message.v = 1;
    message.seq = ++state.seq;
    state.ws.send(JSON.stringify(message));
    return true;
  }

  function connect() {
    clearTimeout(state.retryTimer);
    clearTimeout(state.watchdog);
    if (state.ws) {  // a socket the network left for dead: drop it without waiting for its close
      const old = state.ws; state.ws = null;
      try { old.close(); } catch (e) { /* closing a dead socket: nothing to do */ }
    }
    const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    let ws;
    try { ws = new WebSocket(scheme + location.host + '/ws'); } catch (e) { lost(); return; }
    state.ws = ws;
    state.seq = 0;
    ws.onopen = () => {
      const hello = { t: 'hello', code: state.code, name: state.name };
      if (state.token) hello.token = state.token;
      send(hello);
    };
    ws.onmessage = event => {
      if (state.ws !== ws) return;
      let m;
      try { m = JSON.parse(event.data); } catch (e) { return; }
      if (m && typeof m === 'object' && m.v === 1) handle(m);
      heard();
    };
    heard();
    ws.onclose = () => {
      if (state.ws !== ws) return;
      state.ws = null;
      if (state.finished) return;
      if (!state.joined) { lost(); return; }
      // A Wi-Fi drop: come back by ourselves and take the seat back with the token.
      banner(T.reconnecting);
      const wait = Math.min(8000, 500 * 2 ** state.retry++);
      state.retryTimer = setTimeout(connect, wait);
    };
  }

  // Back on the network (the phone's Wi-Fi came back): the old socket may be dead without the
  // browser knowing, so take the seat back on a fresh one with the token.
  function reconnectNow() {
    if (!state.joined || state.finished) return;
    state.retry = 0;
    banner(T.reconnecting);
    connect();
  }
  // Anything from the host proves the link; silence past HOST_SILENCE_MS (once the host has shown
  // that it pings) means the link is dead.
  function heard() {
    clearTimeout(state.silence);
    if (state.pinged && state.joined && !state.finished) state.silence = setTimeout(reconnectNow, HOST_SILENCE_MS);
  }
  window.addEventListener('offline', () => { if (state.joined && !state.finished) banner(T.reconnecting); });
  window.addEventListener('online', reconnectNow);

  function lost() {
    $('join').disabled = false;
    if (document.body.dataset.screen === 'join') {
      $('join-error').textContent = T.lost;
    } else {
      banner(T.reconnecting);
      state.retryTimer = setTimeout(connect, Math.min(8000, 500 * 2 ** state.retry++));
    }
  }

  function stop() {
    state.finished = true;
    clearTimeout(state.retryTimer);
    clearTimeout(state.silence);
    banner('');
    if (state.ws) { const ws = state.ws; state.ws = null; ws.close(); }
  }

  // ------------------------------------------------------------------ messages
  function handle(m) {
    switch (m.t) {
      case 'welcome':
        state.joined = true; state.retry = 0; state.name = m.name; state.token = m.token;
        save(); banner('');
        $('me').textContent = m.name;
        if (!m.rejoined || document.body.dataset.screen === 'join' || document.body.dataset.screen === 'wait') lobby();
        break;
      case 'waiting':
        $('wait-title').textContent = T.seat_title(m.name);
        $('wait-text').textContent = T.seat_text;
        show('wait');
        break;
      case 'refused': refused(m); break;
      case 'removed':
        forget(); stop();
        gone(T.removed_title, T.removed_text);
        break;
      case 'question': question(m); break;
      case 'open': open(m); break;
      case 'locked':
        // After a rejoin the host says the answer was in: show it as this page's.
        if (state.pending && state.pending.q === m.q && state.choice === null) state.choice = state.pending.choice;
        if (state.pending && state.pending.q === m.q && state.pending.order) state.order = state.pending.order.slice();
        settled(m.q);
        if (state.question && m.q === state.question.q) {
          state.answering = false; closeChoices();
          setStatus(T.locked);
        }
        break;
      case 'rejected':
        settled(m.q);
        if (state.question && m.q === state.question.q) {
          if (m.reason !== 'already-answered') state.choice = null;
          state.answering = m.reason === 'paused' || m.reason === 'no-such-choice' || m.reason === 'bad-order';
          if (!state.answering) closeChoices(); else enableChoices(true);
          setStatus(T.rejected[m.reason] || m.reason);
        }
        break;
      case 'reveal': settled(m.q); reveal(m); break;
      case 'skipped':
        stopClock();
        $('verdict').className = 'verdict none'; $('verdict').textContent = T.skipped;
        $('reveal-answer').textContent = '';
        fillFacts(0, state.score, 0);
        show('reveal');
        break;
      case 'leaderboard': board(m); break;
      case 'paused':
        state.paused = true;
        if (state.deadline) state.leftAtPause = Math.max(0, state.deadline - Date.now());
        banner(T.paused); enableChoices(false);
        break;
      case 'resumed':
        state.paused = false; banner('');
        if (state.leftAtPause !== null) { state.deadline = Date.now() + state.leftAtPause; state.leftAtPause = null; }
        if (state.answering) enableChoices(true);
        break;
      case 'end': end(m); break;
      case 'ping': state.pinged = true; send({ t: 'pong', n: m.n }); break;
      default: break;
    }
  }

  function lobby() {
    $('wait-title').textContent = T.lobby_title(state.name);
    $('wait-text').textContent = T.lobby_text;
    show('wait');
  }

  function refused(m) {
    const why = T.refused[m.reason];
    const text = typeof why === 'function' ? why(Math.ceil((m.retry_ms || 0) / 1000)) : (why || m.reason);
    if (m.reason === 'replaced') { stop(); gone(T.gone_title, text); return; }
    // A refused hello: back to the form, with the reason where the student looks.
    const rejoining = state.joined;
    stop();
    if (rejoining && m.reason !== 'wrong-code') forget();
    state.finished = false; state.joined = false; state.token = '';
    $('join').disabled = false;
    $('join-error').textContent = text;
    show('join');
  }

  function gone(title, text) {
    $('gone-title').textContent = title;
    $('gone-text').textContent = text;
    show('gone');
  }

  function question(m) {
    if (state.pending && state.pending.q !== m.q) state.pending = null;
    state.question = m; state.choice = null; state.answering = false; state.deadline = null;
    state.leftAtPause = null;
    $('q-count').textContent = T.question_of(m.q + 1, m.count);
    $('q-prompt').textContent = m.prompt;
    $('q-timer').textContent = '';
    $('q-bar').style.transform = 'scaleX(1)';
    const box = $('choices');
    box.replaceChildren();
    box.className = 'choices closed';
    if (m.kind === 'timeline') {
      timelineQuestion(m, box);
      setStatus(T.read);
      show('question');
      if (m.reading_ms > 0) startClock(Date.now() + m.reading_ms, m.reading_ms, true);
      return;
    }
    m.choices.forEach((text, i) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'choice c' + (i % 4);
      b.dataset.choice = String(i);
      b.disabled = true;
      const sym = document.createElement('span');
      sym.className = 'sym';
      sym.setAttribute('aria-label', `${i + 1} ${T.shapes[i % 4]}`);
      const num = document.createElement('b');
      num.textContent = String(i + 1);
      sym.append(num, document.createTextNode(SHAPES[i % 4]));
      const label = document.createElement('span');
      label.className = 'label';
      label.textContent = text;
      b.append(sym, label);
      b.addEventListener('click', () => answer(i));
      box.append(b);
    });
    setStatus(T.read);
    show('question');
    if (m.reading_ms > 0) startClock(Date.now() + m.reading_ms, m.reading_ms, true);
  }

  function open(m) {
    if (!state.question || m.q !== state.question.q) return;
    state.answering = state.choice === null;
    const limit = state.question.time_limit_ms;
    if (limit !== null && limit !== undefined) {
      const left = m.left_ms !== undefined ? m.left_ms : limit;
      startClock(Date.now() + left, limit, false);
    } else {
      stopClock(); $('q-timer').textContent = '';
    }
    if (state.answering) { enableChoices(true); setStatus(T.answer_now); }
    // Back after a dropped link with an answer the host never confirmed: send it again, unless
    // the host says at once (locked, right behind this message) that it did arrive.
    if (state.answering && state.pending && state.pending.q === m.q) {
      const again = state.pending;
      setTimeout(() => {
        if (state.pending !== again || !state.answering) return;
        if (again.order) { state.order = again.order.slice(); submitOrder(); } else answer(again.choice);
      }, 300);
    }
  }

  function enableChoices(on) {
    if (state.question && state.question.kind === 'timeline') { drawOrder(); return; }
    const box = $('choices');
    box.classList.toggle('closed', !on);
    for (const b of box.querySelectorAll('button')) b.disabled = !on;
  }
  function closeChoices() {
    enableChoices(false);
    if (state.question && state.question.kind === 'timeline') return;
    for (const b of $('choices').querySelectorAll('button'))
      b.classList.toggle('mine', state.choice !== null && Number(b.dataset.choice) === state.choice);
  }

  function answer(i) {
    if (!state.answering || state.paused || !state.question || state.question.kind === 'timeline') return;
    if (i < 0 || i >= state.question.choices.length) return;
    if (!send({ t: 'answer', q: state.question.q, choice: i })) return;
    state.choice = i; state.answering = false;
    state.pending = { q: state.question.q, choice: i };
    clearTimeout(state.watchdog);
    state.watchdog = setTimeout(reconnectNow, ANSWER_SILENCE_MS);
    closeChoices();
  }
  function settled(q) {
    if (state.pending && state.pending.q === q) { state.pending = null; clearTimeout(state.watchdog); }
  }

  // The countdown shows the host's time; the host alone decides what is late.
  function startClock(deadline, span, reading) {
    stopClock();
    state.deadline = deadline;
    const draw = () => {
      const left = state.paused && state.leftAtPause !== null ? state.leftAtPause : Math.max(0, state.deadline - Date.now());
      $('q-timer').textContent = T.seconds(Math.ceil(left / 1000));
      $('q-bar').style.transform = `scaleX(${span > 0 ? left / span : 0})`;
      $('q-bar').classList.toggle('reading', reading);
      if (!reading && left === 0 && state.answering) { state.answering = false; enableChoices(false); setStatus(T.too_late); }
    };
    draw();
    state.tick = setInterval(draw, 200);
  }
  function stopClock() { clearInterval(state.tick); state.tick = null; state.deadline = null; }

  function fillFacts(points, score, streak) {
    $('reveal-points').textContent = (points > 0 ? '+' : '') + points;
    $('reveal-score').textContent = String(score);
    $('reveal-streak').textContent = String(streak);
    state.score = score;
    $('score').textContent = T.points_label(score);
  }

  function reveal(m) {
    stopClock();
    const q = state.question && state.question.q === m.q ? state.question : null;
    $('reveal-order').replaceChildren();
    if (m.kind === 'timeline') { revealTimeline(m, q); return; }
    const mine = m.your_choice === undefined || m.your_choice === null ? null : m.your_choice;
    const v = $('verdict');
    if (mine === null) { v.className = 'verdict none'; v.textContent = T.none; }
    else if (mine === m.correct) { v.className = 'verdict right'; v.textContent = T.right; }
    else { v.className = 'verdict wrong'; v.textContent = T.wrong; }
    document.body.dataset.verdict = v.className.split(' ')[1];
    const right = q ? q.choices[m.correct] : '';
    $('reveal-answer').textContent = T.correct_was(right) + (mine !== null && mine !== m.correct && q ? ' · ' + T.your_was(q.choices[mine]) : '');
    fillFacts(m.points || 0, m.score || 0, m.streak || 0);
    show('reveal');
  }

  // ------------------------------------------------------------------ timeline questions
  // The events as a list, earliest on top: drag one (touch, pen or mouse: pointer events), or
  // move it with its ▲ ▼ buttons; with the keyboard, Tab to an event and Alt+↑/↓ (or its buttons)
  // moves it, ↑/↓ moves the focus, Enter submits. The answer is the event ids top to bottom.
  function timelineQuestion(m, box) {
    state.order = m.events.map((_, i) => i);
    box.className = 'timeline closed';
    const hint = document.createElement('p');
    hint.className = 'hint'; hint.textContent = T.order_hint;
    const top = document.createElement('div');
    top.className = 'edge'; top.textContent = '▲ ' + T.earlier;
    const list = document.createElement('ol');
    list.id = 'order'; list.className = 'order';
    const bottom = document.createElement('div');
    bottom.className = 'edge'; bottom.textContent = '▼ ' + T.later;
    const submit = document.createElement('button');
    submit.type = 'button'; submit.id = 'submit-order'; submit.className = 'primary';
    submit.textContent = T.submit_order; submit.disabled = true;
    submit.addEventListener('click', submitOrder);
    box.append(hint, top, list, bottom, submit);
    drawOrder();
  }

  function eventText(id) { return state.question.events[id]; }

  function drawOrder(focusId) {
    const list = $('order');
    if (!list) return;
    const on = state.answering && !state.paused;
    list.replaceChildren();
    state.order.forEach((id, slot) => {
      const li = document.createElement('li');
      li.className = 'event'; li.dataset.event = String(id); li.tabIndex = on ? 0 : -1;
      li.setAttribute('aria-label', `${slot + 1}. ${eventText(id)}`);
      const grip = document.createElement('span');
      grip.className = 'grip'; grip.textContent = '⠿'; grip.setAttribute('aria-hidden', 'true');
      const label = document.createElement('span');
      label.className = 'label'; label.textContent = eventText(id);
      const up = document.createElement('button');
      up.type = 'button'; up.className = 'move up'; up.textContent = '▲';
      up.setAttribute('aria-label', T.move_up(eventText(id)));
      up.disabled = !on || slot === 0;
      up.addEventListener('click', e => { e.stopPropagation(); moveEvent(slot, slot - 1, true, 'up'); });
      const down = document.createElement('button');
      down.type = 'button'; down.className = 'move down'; down.textContent = '▼';
      down.setAttribute('aria-label', T.move_down(eventText(id)));
      down.disabled = !on || slot === state.order.length - 1;
      down.addEventListener('click', e => { e.stopPropagation(); moveEvent(slot, slot + 1, true, 'down'); });
      li.append(grip, label, up, down);
      li.addEventListener('pointerdown', e => startDrag(e, li, slot));
      li.addEventListener('keydown', e => eventKey(e, slot));
      list.append(li);
    });
    const submit = $('submit-order');
    if (submit) submit.disabled = !on;
    $('choices').classList.toggle('closed', !on);
    if (focusId !== undefined) {
      const el = list.querySelector(`li[data-event="${focusId}"]`);
      if (el) el.focus();
    }
  }

  // Moves the event in slot `from` to slot `to`; keeps the focus on what the student moved.
  function moveEvent(from, to, viaButton, which) {
    if (!state.answering || state.paused || to < 0 || to >= state.order.length || from === to) return;
    const [id] = state.order.splice(from, 1);
    state.order.splice(to, 0, id);
    drawOrder(viaButton ? undefined : id);
    if (viaButton) {
      const li = $('order').querySelector(`li[data-event="${id}"]`);
      const b = li && (li.querySelector('button.' + which + ':not(:disabled)') || li);
      if (b) b.focus();
    }
  }

  function eventKey(e, slot) {
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      const to = slot + (e.key === 'ArrowUp' ? -1 : 1);
      if (e.altKey || e.shiftKey) { moveEvent(slot, to, false); return; }
      const items = $('order').querySelectorAll('li');
      if (items[to]) items[to].focus();
    } else if (e.key === 'Enter' && e.target === e.currentTarget) {
      e.preventDefault();
      submitOrder();
    }
  }

  // Dragging: the event follows the finger; where it is let go, it goes in.
  function startDrag(e, li, slot) {
    if (!state.answering || state.paused || e.target.closest('button')) return;
    if (e.button !== undefined && e.button !== 0) return;
    e.preventDefault();
    const list = $('order');
    const items = [...list.children];
    const rects = items.map(el => el.getBoundingClientRect());
    const startY = e.clientY;
    let target = slot;
    li.classList.add('dragging');
    try { li.setPointerCapture(e.pointerId); } catch (err) { /* synthetic events: no capture */ }
    const move = ev => {
      const dy = ev.clientY - startY;
      li.style.transform = `translateY(${dy}px)`;
      const mid = rects[slot].top + rects[slot].height / 2 + dy;
      target = 0;
      rects.forEach((r, i) => { if (i !== slot && mid > r.top + r.height / 2) target = i < slot ? i + 1 : i; });
      target = Math.max(0, Math.min(items.length - 1, target));
      items.forEach((el, i) => el.classList.toggle('gap', i === target && i !== slot));
    };
    const done = () => {
      li.removeEventListener('pointermove', move);
      li.removeEventListener('pointerup', done);
      li.removeEventListener('pointercancel', done);
      li.classList.remove('dragging'); li.style.transform = '';
      moveEvent(slot, target, false);
      if (target === slot) drawOrder();
    };
    li.addEventListener('pointermove', move);
    li.addEventListener('pointerup', done);
    li.addEventListener('pointercancel', done);
  }

  function submitOrder() {
    if (!state.answering || state.paused || !state.question || state.question.kind !== 'timeline') return;
    const order = state.order.slice();
    if (!send({ t: 'answer', q: state.question.q, order })) return;
    state.answering = false;
    state.pending = { q: state.question.q, order };
    clearTimeout(state.watchdog);
    state.watchdog = setTimeout(reconnectNow, ANSWER_SILENCE_MS);
    drawOrder();
  }

  function revealTimeline(m, q) {
    const v = $('verdict');
    const mine = Array.isArray(m.your_order) ? m.your_order : null;
    if (mine === null) { v.className = 'verdict none'; v.textContent = T.none; }
    else if (m.ordered === m.pairs) { v.className = 'verdict right'; v.textContent = T.right; }
    else if (m.ordered > 0) { v.className = 'verdict part'; v.textContent = T.pairs(m.ordered, m.pairs); }
    else { v.className = 'verdict wrong'; v.textContent = T.wrong; }
    document.body.dataset.verdict = v.className.split(' ')[1];
    // The pairs are said once: in the verdict when some were in order, here when none was.
    $('reveal-answer').textContent = mine !== null && m.ordered === 0 ? T.pairs(0, m.pairs) + ' · ' + T.in_order : T.in_order;
    // Points from a timeline partly in order are no "right answer": the end screen names them.
    if (mine !== null && m.ordered > 0 && m.ordered < m.pairs && !state.partial.includes(m.q)) {
      state.partial.push(m.q);
      save();
    }
    const list = $('reveal-order');
    (m.correct_order || []).forEach((id, slot) => {
      const li = document.createElement('li');
      const placedRight = mine !== null && mine[slot] === id;
      li.className = mine === null ? '' : placedRight ? 'ok' : 'off';
      const date = document.createElement('span'); date.className = 'date'; date.textContent = (m.dates || [])[id] || '';
      const text = document.createElement('span'); text.className = 'label';
      text.textContent = q && q.events ? q.events[id] : '';
      const mark = document.createElement('span'); mark.className = 'mark';
      mark.textContent = mine === null ? '' : placedRight ? '✓' : '✗';
      li.append(mark, date, text);
      list.append(li);
    });
    fillFacts(m.points || 0, m.score || 0, m.streak || 0);
    show('reveal');
  }

  function rows(list, rowsData, you) {
    list.replaceChildren();
    for (const r of rowsData) {
      const li = document.createElement('li');
      if (you && r.name === you.name) li.className = 'you';
      const rank = document.createElement('span'); rank.className = 'rank'; rank.textContent = r.rank + '.';
      const name = document.createElement('span'); name.className = 'name'; name.textContent = r.name;
      const score = document.createElement('span'); score.className = 'pts'; score.textContent = String(r.score);
      li.append(rank, name, score);
      list.append(li);
    }
  }

  function board(m) {
    $('board-title').textContent = T.board_title;
    $('board-you').textContent = m.you ? T.you_place(m.you.rank, m.you.score) : '';
    rows($('board-rows'), m.rows || [], m.you);
    show('board');
  }

  function end(m) {
    stopClock();
    forget(); stop();
    $('end-place').textContent = m.you ? T.end_place(m.you.rank) : '';
    const partial = state.partial.length;
    $('end-score').textContent = m.you ? T.end_score(m.you.score, m.you.correct) + (partial ? ' · ' + T.end_partial(partial) : '') : '';
    if (m.you) $('score').textContent = T.points_label(m.you.score);
    rows($('end-rows'), m.rows || [], m.you);
    show('end');
  }

  // ------------------------------------------------------------------ the form and the keys
  $('join-form').addEventListener('submit', event => {
    event.preventDefault();
    const code = $('code').value.trim();
    const name = $('name').value.trim();
    $('join-error').textContent = '';
    if (!code) { $('join-error').textContent = T.need_code; return; }
    if (!name) { $('join-error').textContent = T.need_name; return; }
    const before = saved();
    state.code = code; state.name = name; state.finished = false; state.retry = 0;
    // The same name in the same room from this tab takes its seat back.
    state.token = before && before.code === code && before.name === name ? before.token : '';
    state.partial = state.token && Array.isArray(before.partial) ? before.partial : [];
    $('join').disabled = true;
    $('join-error').textContent = T.connecting;
    connect();
  });
  $('again').addEventListener('click', () => {
    state.finished = false; state.joined = false; state.token = '';
    $('join').disabled = false; $('join-error').textContent = '';
    show('join');
  });
  document.addEventListener('keydown', event => {
    if (document.body.dataset.screen !== 'question' || event.target.tagName === 'INPUT') return;
    if (state.question && state.question.kind === 'timeline') return;  // the events' own keys
    const n = Number(event.key);
    if (n >= 1 && n <= 9) answer(n - 1);
  });

  const code = params.get('code');
  if (code) $('code').value = code;
  const seat = saved();
  if (seat && seat.token && (!code || seat.code.replace(/\s/g, '').toUpperCase() === code.replace(/\s/g, '').toUpperCase())) {
    // A reload: back into the game with the seat's token.
    state.code = seat.code; state.name = seat.name; state.token = seat.token; state.joined = true;
    state.partial = Array.isArray(seat.partial) ? seat.partial : [];
    $('code').value = seat.code; $('name').value = seat.name;
    banner(T.connecting);
    show('wait');
    $('wait-title').textContent = T.lobby_title(seat.name);
    $('wait-text').textContent = T.connecting;
    connect();
  } else {
    (code ? $('name') : $('code')).focus();
  }
})();

'use strict';
// The page of `brisk explore`: builds the DOM of one function at a time from
// the data (its format is described in explore.rs).
const D = JSON.parse(document.getElementById('data').textContent);
const wasmPane = document.getElementById('wasm');
const codePane = document.getElementById('code');
const index = document.getElementById('index').children;
const bytesBox = document.getElementById('bytes');

const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < D.digits.length; i++) VALUE[D.digits.charCodeAt(i)] = i;
const MORE = D.digits.length - D.terminal;
// The numbers in `s`, in order.
function numbers(s) {
  const out = [];
  let value = 0, scale = 1;
  for (let i = 0; i < s.length; i++) {
    const d = VALUE[s.charCodeAt(i)];
    if (d < D.terminal) {
      out.push(value + d * scale);
      value = 0;
      scale = 1;
    } else {
      value += (d - D.terminal) * scale;
      scale *= MORE;
    }
  }
  return out;
}
const unzigzag = n => (n % 2 ? -(n + 1) / 2 : n / 2);
const INS_LEN = numbers(D.insLen);
const INS_TARGET = numbers(D.insTarget);
const hex = n => n.toString(16);
const pad = n => hex(n).padStart(8);

// The function whose code (kind 'x', image offset) or body (kind 'w', Wasm
// offset) holds `at`, or -1.
function locate(kind, at) {
  const from = kind === 'x' ? 2 : 0;
  let lo = 0, hi = D.fns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (D.fns[mid][from] <= at) lo = mid + 1; else hi = mid;
  }
  const f = D.fns[lo - 1];
  if (!f) return -1;
  return at < (kind === 'x' ? f[2] + f[3] : f[1]) ? lo - 1 : -1;
}

// Function `i`: its lines of the text format ({at, indent, text}) and
// instructions ({at, k: index in D.ins, g: the line it was generated for or
// -1, odd: whether its group is shaded}); per line, its instructions.
function decode(i) {
  const [bodyStart, , codeStart, , lineNums, insNums, groupNums] = D.fns[i];
  const lines = [];
  const l = numbers(lineNums);
  for (let j = 0, at = bodyStart, indent = 0; j < l.length; j += 3) {
    at += l[j];
    indent += unzigzag(l[j + 1]);
    lines.push({at, indent, text: D.wat[l[j + 2]]});
  }
  const ins = [];
  let at = codeStart;
  for (const k of numbers(insNums)) {
    ins.push({at, k, g: -1, odd: false});
    at += INS_LEN[k];
  }
  const members = lines.map(() => []);
  const g = numbers(groupNums);
  // Groups are shaded in turn; instructions of no group are left out.
  for (let j = 0, n = 0, owner = 0, prev = 0, odd = false; j < g.length; j += 2) {
    owner += unzigzag(g[j]);
    if (owner > 0 && owner !== prev) [odd, prev] = [!odd, owner];
    for (const end = n + g[j + 1]; n < end; n++) {
      ins[n].g = owner - 1;
      ins[n].odd = odd;
      if (owner > 0) members[owner - 1].push(n);
    }
  }
  return {i, lines, ins, members, name: index[i].innerHTML};
}

function codeBytes(i) {
  return Array.from(atob(D.fns[i][7]), c => c.charCodeAt(0).toString(16).padStart(2, '0'));
}

// The current function, as `decode` returns it, with `bytes` (the code's
// bytes if they are shown) and `filled` (per pane, per chunk: whether it
// holds its rows).
let cur = null;
// Per class (hover, selection): the group marked in the current function,
// -1 for none, and its elements in the DOM.
const marked = {hl: {k: -1, rows: []}, sel: {k: -1, rows: []}};
const classes = g => (g === marked.hl.k ? ' hl' : '') + (g === marked.sel.k ? ' sel' : '');

function wasmRow(f, k) {
  const l = f.lines[k];
  const text = ' '.repeat(l.indent) + l.text;
  const first = f.members[k][0];
  return first === undefined
    ? `<div class="l none" id="w-${hex(l.at)}"><span class="o">${pad(l.at)}</span> ${text}</div>`
    : `<div class="l${classes(k)}" id="w-${hex(l.at)}" data-g="${k}"><a class="o" href="#x-${hex(f.ins[first].at)}">${pad(l.at)}</a> ${text}</div>`;
}

function codeRow(f, n) {
  const ins = f.ins[n];
  let text = D.ins[ins.k];
  const target = INS_TARGET[ins.k] - 1;
  if (target >= 0) {
    text = `<a class="t" href="#x-${hex(target)}">${text}</a>`;
    const callee = locate('x', target);
    if (D.fns[callee][2] === target) text += ` <span class="c">; ${index[callee].innerHTML}</span>`;
  }
  if (f.bytes) {
    const from = ins.at - D.fns[f.i][2];
    text = `<span class="b">${f.bytes.slice(from, from + INS_LEN[ins.k]).join('')}</span>` + text;
  }
  return ins.g < 0
    ? `<div class="l" id="x-${hex(ins.at)}"><span class="o">${pad(ins.at)}</span> ${text}</div>`
    : `<div class="l${ins.odd ? ' odd' : ''}${classes(ins.g)}" id="x-${hex(ins.at)}" data-g="${ins.g}"><a class="o" href="#w-${hex(f.lines[ins.g].at)}">${pad(ins.at)}</a> ${text}</div>`;
}

// A pane's rows come in chunks: empty ones of the right height until they
// are scrolled into view or linked to (or the background work of `render`
// reaches them), so that a function of 100,000s of instructions shows at
// once. The browser lays out only the chunks in view.
const CHUNK = 128;
const panes = [
  {pane: wasmPane, count: f => f.lines.length, html: wasmRow},
  {pane: codePane, count: f => f.ins.length, html: codeRow},
];
const lineHeight = () => parseFloat(getComputedStyle(codePane).lineHeight);

// Fills chunk `c` of pane `p` of the current function, if it is empty.
function fill(p, c) {
  const {pane, count, html} = panes[p];
  if (cur.filled[p][c] !== false) return;
  const chunk = pane.children[1 + c];
  const rows = [];
  for (let n = c * CHUNK, end = Math.min(count(cur), n + CHUNK); n < end; n++) rows.push(html(cur, n));
  chunk.innerHTML = rows.join('');
  chunk.style.height = '';
  cur.filled[p][c] = true;
  for (const [cls, m] of Object.entries(marked)) m.rows.push(...chunk.getElementsByClassName(cls));
}

// Fills the chunks of pane `p` in (and next to) its view.
function fillView(p) {
  const {pane} = panes[p];
  const chunkHeight = CHUNK * lineHeight();
  const top = pane.scrollTop - pane.children[0].offsetHeight;
  const first = Math.max(0, Math.floor(top / chunkHeight) - 1);
  const last = Math.min(cur.filled[p].length - 1, Math.floor((top + pane.clientHeight) / chunkHeight) + 1);
  for (let c = first; c <= last; c++) fill(p, c);
}

// Row `n` of pane `p`, filling its chunk.
function row(p, n) {
  fill(p, Math.floor(n / CHUNK));
  return panes[p].pane.children[1 + Math.floor(n / CHUNK)].children[n % CHUNK];
}

// Fills every chunk of the current function.
function fillAll() {
  cur.filled.forEach((chunks, p) => chunks.forEach((_, c) => fill(p, c)));
}

function render(i) {
  cur = decode(i);
  cur.bytes = bytesBox.checked && codeBytes(i);
  const height = lineHeight();
  cur.filled = panes.map(({pane, count}) => {
    let html = '<h2>' + cur.name + '</h2>';
    const chunks = [];
    for (let n = 0; n < count(cur); n += CHUNK) {
      const h = Math.min(CHUNK, count(cur) - n) * height;
      html += `<div class="k" style="height:${h}px;contain-intrinsic-block-size:auto ${h}px"></div>`;
      chunks.push(false);
    }
    pane.innerHTML = html;
    return chunks;
  });
  for (const m of Object.values(marked)) [m.k, m.rows] = [-1, []];
  for (const a of document.querySelectorAll('nav a.cur')) a.classList.remove('cur');
  index[i].classList.add('cur');
  // Fill the rest a few milliseconds at a time, for find-in-page.
  const f = cur;
  const chunks = Math.max(...f.filled.map(filled => filled.length));
  let c = 0;
  const more = () => {
    if (cur !== f) return;
    for (const until = performance.now() + 8; c < chunks && performance.now() < until; c++) {
      fill(0, c);
      fill(1, c);
    }
    if (c < chunks) setTimeout(more);
  };
  setTimeout(more);
}

function show(i) {
  if (!cur || cur.i !== i) render(i);
}

// The elements of group `k` of the current function: its line, then its
// instructions.
function group(k) {
  return [row(0, k), ...cur.members[k].map(n => row(1, n))];
}

function mark(cls, k) {
  const m = marked[cls];
  for (const e of m.rows) e.classList.remove(cls);
  // Unmarked while `group` fills chunks, which give marked rows their class.
  [m.k, m.rows] = [-1, []];
  const rows = k < 0 ? [] : group(k);
  [m.k, m.rows] = [k, rows];
  for (const e of rows) e.classList.add(cls);
}

// The index of the line or instruction at `at` in `list`, or -1.
function find(list, at) {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].at < at) lo = mid + 1; else hi = mid;
  }
  return list[lo]?.at === at ? lo : -1;
}

// Shows what `#id` names: a function (`f-N`), a line of the text format
// (`w-OFFSET`) or an instruction (`x-OFFSET`), selecting its group and
// scrolling the other side to it. Returns the element shown, if any.
function go(id) {
  const f = /^f-(\d+)$/.exec(id);
  if (f) {
    if (+f[1] >= D.fns.length) return null;
    show(+f[1]);
    mark('sel', -1);
    wasmPane.scrollTop = codePane.scrollTop = 0;
    fillView(0);
    fillView(1);
    index[cur.i].scrollIntoView({block: 'nearest'});
    return wasmPane.firstChild;
  }
  const m = /^([wx])-([0-9a-f]+)$/.exec(id);
  const i = m ? locate(m[1], parseInt(m[2], 16)) : -1;
  if (i < 0) return null;
  show(i);
  index[i].scrollIntoView({block: 'nearest'});
  const p = m[1] === 'w' ? 0 : 1;
  const n = find(p ? cur.ins : cur.lines, parseInt(m[2], 16));
  if (n < 0) return null;
  const g = p ? cur.ins[n].g : cur.members[n].length ? n : -1;
  mark('sel', g);
  const t = reveal(p, n);
  if (g >= 0 && p === 1) reveal(0, g);
  if (g >= 0 && p === 0) reveal(1, cur.members[g][0]);
  // Now rather than on the next scroll event: no empty frame.
  fillView(0);
  fillView(1);
  return t;
}

// Scrolls row `n` of pane `p` to the middle, and a line of the text format
// sideways to its text if its indentation would hide it.
function reveal(p, n) {
  const t = row(p, n);
  t.scrollIntoView({block: 'center'});
  if (p === 0) {
    const offset = t.firstChild.getBoundingClientRect().width; // 8 characters
    const text = (offset / 8) * (9 + cur.lines[n].indent);
    wasmPane.scrollLeft = text + offset > wasmPane.clientWidth ? text - offset : 0;
  }
  return t;
}

wasmPane.addEventListener('scroll', () => fillView(0));
codePane.addEventListener('scroll', () => fillView(1));
document.addEventListener('mouseover', ev => {
  const l = ev.target.closest('.pane [data-g]');
  if (l && +l.dataset.g !== marked.hl.k) mark('hl', +l.dataset.g);
});
document.addEventListener('click', ev => {
  const a = ev.target.closest('a[href^="#"]');
  // A click with a modifier opens the link elsewhere, as usual.
  if (!a || ev.button || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) return;
  ev.preventDefault();
  const id = a.getAttribute('href').slice(1);
  if (go(id)) history.pushState(null, '', '#' + id);
});
addEventListener('popstate', () => go(location.hash.slice(1)) || go('f-0'));
bytesBox.addEventListener('change', () => {
  if (!cur) return;
  const [wasmTop, wasmLeft, codeTop, sel] = [wasmPane.scrollTop, wasmPane.scrollLeft, codePane.scrollTop, marked.sel.k];
  render(cur.i);
  [wasmPane.scrollTop, wasmPane.scrollLeft, codePane.scrollTop] = [wasmTop, wasmLeft, codeTop];
  fillView(0);
  fillView(1);
  mark('sel', sel);
});
document.getElementById('filter').addEventListener('input', ev => {
  const words = ev.target.value.toLowerCase();
  for (const a of index) a.classList.toggle('hide', !a.textContent.toLowerCase().includes(words));
});

// `?selftest`: reports in a <pre> with the id selftest what the page showed
// first (from the URL's #id), when it was ready to paint (loaded, the first
// function shown and laid out), how long showing each function takes, and
// checks that every function shows and that every link leads to an element
// of the function `go` shows for it.
function selftest() {
  void codePane.scrollHeight; // layout
  // Which of the selected rows are in the middle third of their pane.
  const centered = marked.sel.rows.filter(e => {
    const [r, view] = [e.getBoundingClientRect(), e.closest('.pane').getBoundingClientRect()];
    return Math.abs((r.top + r.bottom - view.top - view.bottom) / 2) < view.height / 6;
  });
  const report = {readyMs: Math.round(performance.now()), start: cur ? cur.i : -1,
    selected: marked.sel.rows.map(e => e.id).join(' '),
    centered: centered.map(e => e.id).join(' '), functions: D.fns.length, renderMs: 0,
    slowest: '', largest: '', largestRenderMs: 0, fullRenderMs: 0, worstSampleMs: 0, wasmLines: 0,
    instructions: 0, links: 0, broken: 0, firstBroken: ''};
  const broken = what => {
    report.broken++;
    report.firstBroken ||= what;
  };
  // The chunks in view, laid out (the browser decides which chunks it lays
  // out only when it paints: force what it would do).
  const inView = () => panes.flatMap(({pane}) => {
    const view = pane.getBoundingClientRect();
    return Array.from(pane.getElementsByClassName('k')).filter(chunk => {
      const r = chunk.getBoundingClientRect();
      const shown = r.bottom > view.top && r.top < view.bottom;
      if (shown) chunk.lastChild?.getBoundingClientRect();
      return shown;
    });
  });
  const blank = where => {
    for (const chunk of inView()) if (!chunk.childElementCount) broken(`${where}: ${chunk.parentNode.id} shows an empty chunk`);
  };

  // Timing first, apart from the checks' garbage. A loop without idle time
  // collects garbage in the middle of some function: the slowest are timed
  // twice more and count with their best time.
  const time = i => {
    const t0 = performance.now();
    render(i);
    go('f-' + i);
    inView();
    return performance.now() - t0;
  };
  const times = [], sizes = [];
  for (let i = 0; i < D.fns.length; i++) {
    times.push(time(i));
    sizes.push(cur.lines.length + cur.ins.length);
  }
  report.worstSampleMs = Math.max(0, ...times);
  const byTime = times.map((_, i) => i).sort((a, b) => times[b] - times[a]);
  for (const i of byTime.slice(0, 8)) times[i] = Math.min(times[i], time(i), time(i));
  const most = list => list.reduce((a, b, i) => (b > list[a] ? i : a), 0);
  const [slowest, largest] = [most(times), most(sizes)];
  if (times.length) {
    Object.assign(report, {renderMs: times[slowest], slowest: index[slowest].textContent,
      largestRenderMs: times[largest], largest: index[largest].textContent});
  }
  for (const k of ['renderMs', 'largestRenderMs', 'worstSampleMs']) report[k] = Math.round(report[k]);

  // Links to other functions, checked against their data at the end.
  const elsewhere = D.fns.map(() => []);
  for (let i = 0; i < D.fns.length; i++) {
    render(i);
    go('f-' + i);
    const name = index[i].textContent;
    if (wasmPane.firstChild.textContent !== name || codePane.firstChild.textContent !== name) broken('headings of ' + name);
    blank(`top of ${name}`);
    // Click the last offset link each way, then point at where it led: both
    // select (then highlight) the group on both sides.
    const lines = cur.lines.map((_, k) => k).filter(k => cur.members[k].length);
    const code = cur.ins.map((_, n) => n).filter(n => cur.ins[n].g >= 0);
    const bothSides = cls => panes.every(({pane}) => marked[cls].rows.some(e => e.parentNode.parentNode === pane && e.classList.contains(cls)));
    for (const [p, n] of [[0, lines.at(-1)], [1, code.at(-1)]]) {
      if (n === undefined) continue;
      const a = row(p, n).querySelector('a.o');
      const id = a.getAttribute('href').slice(1);
      a.click();
      const t = document.getElementById(id);
      // (Chrome ignores history changes past about 200 in 10 seconds.)
      if ((i < 50 && location.hash !== '#' + id) || !t?.classList.contains('sel') || !bothSides('sel')) broken(`${name}: following #${id}`);
      t?.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
      if (!t?.classList.contains('hl') || !bothSides('hl')) broken(`${name}: pointing at #${id}`);
      blank(`${name} at #${id}`);
    }
    const t0 = performance.now();
    fillAll();
    report.fullRenderMs = Math.max(report.fullRenderMs, Math.round(times[i] + performance.now() - t0));
    report.wasmLines += wasmPane.getElementsByClassName('l').length;
    report.instructions += codePane.getElementsByClassName('l').length;
    for (const a of document.querySelectorAll('.pane a[href]')) {
      report.links++;
      const id = a.getAttribute('href').slice(1);
      const m = /^([wx])-([0-9a-f]+)$/.exec(id);
      const j = m ? locate(m[1], parseInt(m[2], 16)) : -1;
      if (j === i ? !document.getElementById(id)?.closest('.pane') : j < 0) broken(`${name}: #${id}`);
      if (j >= 0 && j !== i) elsewhere[j].push([id, i]);
    }
  }
  elsewhere.forEach((links, j) => {
    if (!links.length) return;
    const f = decode(j);
    for (const [id, from] of links) {
      if (find(id[0] === 'w' ? f.lines : f.ins, parseInt(id.slice(2), 16)) < 0) broken(`${index[from].textContent}: #${id}`);
    }
  });

  // Filtering the list of functions by the last one's name.
  if (D.fns.length) {
    const filter = document.getElementById('filter');
    filter.value = index[D.fns.length - 1].textContent;
    filter.dispatchEvent(new Event('input'));
    for (const a of index) {
      if (a.classList.contains('hide') === a.textContent.toLowerCase().includes(filter.value.toLowerCase())) broken(`filter shows ${a.textContent}: ${!a.classList.contains('hide')}`);
    }
    filter.value = '';
    filter.dispatchEvent(new Event('input'));
  }

  // The first function's code with its bytes, as the checkbox shows them.
  if (go('f-0')) {
    bytesBox.click();
    fillAll();
    report.bytes = Array.from(codePane.getElementsByClassName('b'), e => e.textContent).join(' ');
    bytesBox.click();
  }

  const out = document.createElement('pre');
  out.id = 'selftest';
  out.textContent = Object.entries(report).map(([k, v]) => `${k}=${v}`).join('\n');
  document.body.append(out);
}

go(location.hash.slice(1)) || go('f-0');
// The browser scrolls the element the URL names to the top when the page
// has loaded: show it again as `go` does.
addEventListener('load', () => go(location.hash.slice(1)));
document.body.dataset.ready = '1';
// After the page's own handler: the test sees what a user would.
if (location.search === '?selftest') addEventListener('load', selftest);

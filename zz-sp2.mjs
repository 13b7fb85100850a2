const { readFileSync } = process.getBuiltinModule('node:fs');
const text = readFileSync('/tmp/klantspiegel-bench-analysis-XuEwZv/responses.csv', 'utf8');
const ONE = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
function splitRows(text, newline, delimiter) {
  const d = delimiter.charCodeAt(0);
  const nl = newline.charCodeAt(0);
  const nlLength = newline.length;
  const rows = [];
  let cells = [];
  let start = 0;
  const end = text.length;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : -1;
    if (c === d || c === -1 || (c === nl && (nlLength === 1 || text.charCodeAt(i + 1) === 10))) {
      const length = i - start;
      let cell;
      if (length === 0) cell = '';
      else if (length === 1) { const k = text.charCodeAt(start); cell = k < 128 ? ONE[k] : text[start]; }
      else cell = text.slice(start, i);
      cells.push(cell);
      if (c !== d) { rows.push(cells); cells = []; if (c === nl) i += nlLength - 1; }
      start = i + 1;
    }
  }
  return rows;
}
let t = performance.now();
const a = splitRows(text, '\n', ',');
let t2 = performance.now();
const b = text.split('\n').map((r) => r.split(','));
let t3 = performance.now();
console.log('loop', (t2 - t).toFixed(1), 'split', (t3 - t2).toFixed(1), JSON.stringify(a) === JSON.stringify(b));

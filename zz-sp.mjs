const { readFileSync } = process.getBuiltinModule('node:fs');
const text = readFileSync('/tmp/klantspiegel-bench-analysis-XuEwZv/responses.csv', 'utf8');
let t = performance.now();
const lines = text.split('\n');
let t2 = performance.now();
const out = new Array(lines.length);
for (let i = 0; i < lines.length; i++) out[i] = lines[i].split(',');
let t3 = performance.now();
// second time (warm)
const lines2 = text.split('\n');
let t4 = performance.now();
const out2 = new Array(lines.length);
for (let i = 0; i < lines2.length; i++) out2[i] = lines2[i].split(',');
let t5 = performance.now();
console.log('lines', (t2 - t).toFixed(1), 'cells', (t3 - t2).toFixed(1), 'again lines', (t4 - t3).toFixed(1), 'cells', (t5 - t4).toFixed(1));

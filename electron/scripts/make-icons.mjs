// Renders resources/icon.svg into the installer icons electron-builder needs (run once after
// changing the logo; the outputs are committed): icon.png (512 px), icon.ico and icon.icns,
// the latter two holding PNG images, which every supported OS version reads.
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';

const svg = readFileSync('resources/icon.svg', 'utf8');
const png = (size) =>
  Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());

writeFileSync('resources/icon.png', png(512));

const icoSizes = [16, 32, 48, 256];
const icoImages = icoSizes.map(png);
const header = Buffer.alloc(6 + 16 * icoSizes.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(icoSizes.length, 4);
let offset = header.length;
icoSizes.forEach((size, index) => {
  const entry = 6 + index * 16;
  header.writeUInt8(size === 256 ? 0 : size, entry);
  header.writeUInt8(size === 256 ? 0 : size, entry + 1);
  header.writeUInt16LE(1, entry + 4);
  header.writeUInt16LE(32, entry + 6);
  header.writeUInt32LE(icoImages[index].length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += icoImages[index].length;
});
writeFileSync('resources/icon.ico', Buffer.concat([header, ...icoImages]));

const icnsTypes = [
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
];
const chunks = icnsTypes.map(([type, size]) => {
  const image = png(size);
  const chunkHeader = Buffer.alloc(8);
  chunkHeader.write(type, 0, 'ascii');
  chunkHeader.writeUInt32BE(image.length + 8, 4);
  return Buffer.concat([chunkHeader, image]);
});
const icnsHeader = Buffer.alloc(8);
icnsHeader.write('icns', 0, 'ascii');
icnsHeader.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
writeFileSync('resources/icon.icns', Buffer.concat([icnsHeader, ...chunks]));
console.log('icons written to resources/');

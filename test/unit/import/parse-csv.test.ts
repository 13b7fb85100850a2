/**
 * parseCsv tells papaparse the line break when a text has no carriage return at all, instead of
 * letting it guess: the records must be exactly those of papaparse's own guess, whatever the line
 * breaks, quotes and delimiters.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '@main/files/parse-csv';

const TEXTS = {
  lf: 'Id,Groep,KK1\nR1,Productie,3\nR2,Verkoop,4\n',
  lfWithoutLastBreak: 'Id,Groep,KK1\nR1,Productie,3\nR2,Verkoop,4',
  crlf: 'Id;Groep;KK1\r\nR1;Productie;3\r\nR2;Verkoop;4\r\n',
  cr: 'Id\tGroep\tKK1\rR1\tProductie\t3\rR2\tVerkoop\t4\r',
  quotedBreaks: 'Id,Opmerking,KK1\nR1,"twee\nregels, en ""quotes""",3\nR2,"",4\n',
  carriageReturnOnlyInQuotes: 'Id,Opmerking,KK1\nR1,"een\r\nregel",3\nR2,x,4\n',
  blankLines: 'Id,KK1\n\nR1,3\n\n\nR2,4\n\n',
  oneLine: 'Id,KK1',
};

describe('parseCsv', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    it(`reads the records papaparse reads with its own line-break guess (${name})`, () => {
      const delimiter = detectDelimiter(text);
      const guessed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data;
      while (guessed.length > 0 && guessed[guessed.length - 1]!.every((cell) => cell === '')) {
        guessed.pop();
      }
      const { records } = parseCsv(text, 'export.csv');
      expect(records).toEqual(guessed);
      expect(records.length).toBeGreaterThan(0);
    });
  }
});

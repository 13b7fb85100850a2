import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { tempWorkspace } from '@test/support/temp-workspace';
import { buildZip } from '../import/zip-builder';
import { importNotesFile, NOTES_IMPORT_LIMITS } from '@main/files/interview-notes-import';
import { testDispatcher } from '@test/support/dispatcher';
import { createEngagement } from './helpers';

async function engagementWithQuotes(language: 'nl' | 'en') {
  const workspace = tempWorkspace();
  const engagement = createEngagement(workspace, 'Metaalwerk Noord', language);
  const { call } = testDispatcher(workspace);
  let themes = await call('interviews.themes.save', {
    engagementId: engagement.id,
    theme: { name: 'Levering', colour: '#0072B2', description: '=1+1', dimensions: ['SW'] },
  });
  themes = await call('interviews.themes.save', {
    engagementId: engagement.id,
    theme: { name: 'Beloftes', colour: '#E69F00', parentId: themes[0]!.id },
  });
  const interview = await call('interviews.create', {
    engagementId: engagement.id,
    kind: 'client-reflection',
    guideRef: 'shipped:reflectiegesprek-klant',
    groupId: engagement.groups[2]!.id,
    organisation: 'productiebedrijf',
    intervieweeName: 'Geheime Naam',
    date: '2026-09-15',
    mode: 'phone',
    consentGiven: true,
  });
  await call('interviews.quotes.create', {
    interviewId: interview.id,
    sectionKey: 'q:beloftes',
    text: '=HYPERLINK("http://example.test","klik") zei hij; "te laat"',
    themeIds: themes.map((theme) => theme.id),
  });
  await call('interviews.quotes.create', {
    interviewId: interview.id,
    sectionKey: 'free',
    text: '@SUM(A1) is geen formule',
  });
  return { call, engagement };
}

function csvText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

describe('exporting the codebook and the quotes', () => {
  it('writes one row per quote with interview attributes and theme paths, formulas neutralised', async () => {
    const { call, engagement } = await engagementWithQuotes('nl');
    const file = await call('interviews.export', {
      engagementId: engagement.id,
      table: 'quotes',
      format: 'csv',
    });
    expect(file.fileName).toBe('Citaten - Metaalwerk Noord.csv');
    const text = csvText(file.bytes);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      "Citaatnr.;Citaat;Bron;Thema's;Groep;Soort gesprek;Rol;Organisatie;Interviewer;Datum;Vorm;Toestemming;Datum toestemming;Vraag;Interviewnr.",
    );
    expect(lines[1]).toContain(
      `"'=HYPERLINK(""http://example.test"",""klik"") zei hij; ""te laat"""`,
    );
    expect(lines[1]).toContain(
      ';"Klant, productiebedrijf";"Levering; Levering > Beloftes";Klanten;',
    );
    expect(lines[1]).toContain(
      ';Reflectiegesprek met een klant;;productiebedrijf;;2026-09-15;Telefonisch;ja;;',
    );
    expect(lines[1]).toContain('In hoeverre maken wij waar wat we beloven?');
    expect(lines[2]).toContain(";'@SUM(A1) is geen formule;");
    expect(lines[2]).toContain(';Vrije aantekeningen;');
    expect(text).not.toContain('Geheime Naam');
  });

  it('writes the codebook as XLSX in the engagement language, neutralised', async () => {
    const { call, engagement } = await engagementWithQuotes('en');
    const file = await call('interviews.export', {
      engagementId: engagement.id,
      table: 'codebook',
      format: 'xlsx',
    });
    expect(file.fileName).toBe('Codebook - Metaalwerk Noord.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows = sheet
      .getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1));
    expect(rows).toEqual([
      [
        'Theme path',
        'Theme',
        'Main theme',
        'Description',
        'Colour',
        'Dimensions',
        'Quotes',
        'Interviews',
      ],
      ['Levering', 'Levering', '', "'=1+1", '#0072B2', 'SW', 1, 1],
      ['Levering > Beloftes', 'Beloftes', 'Levering', '', '#E69F00', '', 1, 1],
    ]);
  });

  it('writes the quotes as XLSX, and as CSV with the separator the consultant chose', async () => {
    const { call, engagement } = await engagementWithQuotes('en');
    const csv = csvText(
      (
        await call('interviews.export', {
          engagementId: engagement.id,
          table: 'quotes',
          format: 'csv',
          separator: ',',
        })
      ).bytes,
    );
    expect(csv.split('\r\n')[0]).toContain('Quote no.,Quote,Attribution,Themes');
    const file = await call('interviews.export', {
      engagementId: engagement.id,
      table: 'quotes',
      format: 'xlsx',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    const quote = workbook.worksheets[0]!.getRow(2).getCell(2).value;
    expect(quote).toBe(`'=HYPERLINK("http://example.test","klik") zei hij; "te laat"`);
  });
});

const encode = (text: string) => new TextEncoder().encode(text);

describe('importing notes', () => {
  it('turns a Word document into HTML with its paragraphs, bold and lists', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('Gesprek met de inkoper.')] }),
            new Paragraph({
              children: [new TextRun('Levertijd '), new TextRun({ text: 'schuift', bold: true })],
            }),
            new Paragraph({ text: 'Geen vast aanspreekpunt', bullet: { level: 0 } }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(document));
    const html = await importNotesFile('notities.docx', bytes);
    expect(html).toContain('<p>Gesprek met de inkoper.</p>');
    expect(html).toContain('<strong>schuift</strong>');
    expect(html).toMatch(/<li>Geen vast aanspreekpunt<\/li>/);
  });

  it('turns text into paragraphs and Markdown into HTML, with raw HTML shown as text', async () => {
    expect(
      await importNotesFile('notities.txt', encode('Eerste alinea\nregel 2\n\n<b>Tweede</b> & zo')),
    ).toBe('<p>Eerste alinea<br>regel 2</p>\n<p>&#60;b&#62;Tweede&#60;/b&#62; &#38; zo</p>');
    const html = await importNotesFile(
      'notities.md',
      encode(
        '# Kop\n\n- **vet** punt\n- _schuin_\n\n<script>alert(1)</script>\n\n[link](javascript:alert(1)) ![foto](http://x.test/a.png)',
      ),
    );
    expect(html).toContain('<li><strong>vet</strong> punt</li>');
    expect(html).toContain('<em>schuin</em>');
    expect(html).not.toContain('<script');
    expect(html).toContain('&#60;script&#62;');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('<img');
  });

  it('refuses hostile or wrong files with a clear error key', async () => {
    const refused = async (fileName: string, bytes: Uint8Array) => {
      try {
        await importNotesFile(fileName, bytes);
      } catch (error) {
        return (error as { key: string }).key;
      }
      return 'accepted';
    };
    expect(await refused('notities.pdf', encode('%PDF'))).toBe('interviews.import.unsupported');
    expect(await refused('leeg.txt', new Uint8Array())).toBe('interviews.import.empty');
    expect(await refused('leeg.md', encode('   \n\n  '))).toBe('interviews.import.empty');
    expect(await refused('nep.docx', encode('Dit is gewoon tekst'))).toBe(
      'interviews.import.notDocx',
    );
    expect(await refused('oud.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]))).toBe(
      'interviews.import.oldDoc',
    );
    const otherZip = buildZip([{ name: 'readme.txt', data: encode('geen Word') }]);
    expect(await refused('zip.docx', otherZip)).toBe('interviews.import.notDocx');
    const bomb = buildZip([
      { name: 'word/document.xml', data: new Uint8Array(1024), declaredSize: 2 ** 31 },
    ]);
    expect(await refused('bom.docx', bomb)).toBe('interviews.import.unsafe');
    const binary = new Uint8Array(4096).map((_, index) => (index * 7919) % 256);
    expect(await refused('binair.txt', binary)).toBe('interviews.import.notText');
    const huge = new Uint8Array(NOTES_IMPORT_LIMITS.maxTextBytes + 1).fill(0x61);
    expect(await refused('groot.txt', huge)).toBe('interviews.import.tooLarge');
  });

  it('is reachable over IPC with the bytes of the file', async () => {
    const { call, fail } = testDispatcher(tempWorkspace());
    expect(
      await call('interviews.notes.import', { fileName: 'a.txt', bytes: encode('Hallo') }),
    ).toEqual({ html: '<p>Hallo</p>' });
    expect(
      await fail('interviews.notes.import', { fileName: 'a.txt', bytes: 'Hallo' }),
    ).toMatchObject({ key: 'errors.validation' });
  });
});

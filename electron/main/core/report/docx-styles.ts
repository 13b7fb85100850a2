/**
 * The report's Word styles. Everything in the document uses a named style (Title, Heading 1–3,
 * Normal, Caption, Quote, List Bullet, List Number, a table style, …), so the client restyles the
 * whole report by changing a style, and the firm's own template can take over.
 *
 * Without a template the styles are built from the house style (fonts, accent colour). With a
 * template, its styles.xml is used as is and only the styles it lacks are added. Localised
 * templates name built-in styles by other ids (a Dutch Word writes "Kop1" for "heading 1"), so
 * their ids are first renamed to the canonical ones, found by the style's name.
 */
import type { ICharacterStyleOptions, IParagraphStyleOptions, IThemeOptions } from 'docx';
import type { Language } from '@shared/questionnaire/instrument';
import type { HouseStyle } from '@shared/report/settings';
import type { StoredTemplate } from '../repositories/report';
import { OUTPUT_TEXT } from '@shared/i18n/output';
import { inBothLanguages } from '@shared/i18n/texts';

/** Canonical style ids the writer uses, by Word's built-in (English, lower-case) style name. */
export const BUILT_IN_IDS: Record<string, string> = {
  normal: 'Normal',
  title: 'Title',
  subtitle: 'Subtitle',
  'heading 1': 'Heading1',
  'heading 2': 'Heading2',
  'heading 3': 'Heading3',
  caption: 'Caption',
  quote: 'Quote',
  'list bullet': 'ListBullet',
  'list number': 'ListNumber',
  'list paragraph': 'ListParagraph',
  header: 'Header',
  footer: 'Footer',
  'toc heading': 'TOCHeading',
  'toc 1': 'TOC1',
  'toc 2': 'TOC2',
  'toc 3': 'TOC3',
};

export const STYLE = {
  normal: 'Normal',
  title: 'Title',
  subtitle: 'Subtitle',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  caption: 'Caption',
  quote: 'Quote',
  quoteSource: 'QuoteSource',
  note: 'Note',
  listBullet: 'ListBullet',
  listNumber: 'ListNumber',
  tableText: 'TableText',
  tableNumber: 'TableNumber',
  source: 'SourceNote',
  chart: 'Figure',
  tocHeading: 'TOCHeading',
  header: 'Header',
  footer: 'Footer',
  coverMeta: 'CoverMeta',
  table: 'KlantspiegelTable',
  strong: 'Strong',
  emphasis: 'Emphasis',
  missing: 'Missing',
} as const;

/** Numbering definitions the styles refer to (the writer registers them with these references). */
export const NUMBERING = {
  bullets: 'ks-bullets',
  numbers: 'ks-numbers',
  headings: 'ks-headings',
} as const;

/** Names of the styles that are ours (not Word's built-ins), in the document's language. */
const OWN_NAMES = inBothLanguages(OUTPUT_TEXT, (texts) => texts.reportStyles);

const LANGUAGE_TAGS: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const DARK = '1D2733';
const MUTED = '4B5863';

export interface StyleSetup {
  externalStyles: string;
  paragraphStyles: IParagraphStyleOptions[];
  characterStyles: ICharacterStyleOptions[];
  theme: IThemeOptions;
}

/** What the house style decides about the styles beyond fonts and colour. */
export interface StyleOptions {
  /** Heading 1 and 2 numbered "1", "1.1" by the style's own list. */
  numberedHeadings: boolean;
}

const hex = (colour: string) => colour.replace('#', '').toUpperCase();
const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function tableStyleXml(accent: string, name: string): string {
  const border = (side: string, size: number, colour: string) =>
    `<w:${side} w:val="single" w:sz="${size}" w:space="0" w:color="${colour}"/>`;
  return (
    `<w:style w:type="table" w:customStyle="1" w:styleId="${STYLE.table}">` +
    `<w:name w:val="${escapeAttribute(name)}"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="40"/><w:qFormat/>` +
    `<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
    `<w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr>` +
    `<w:tblPr><w:tblBorders>${border('top', 8, accent)}${border('bottom', 8, accent)}${border('insideH', 4, 'C8CED3')}</w:tblBorders>` +
    `<w:tblCellMar><w:top w:w="45" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="45" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr>` +
    `<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${accent}"/></w:tcPr></w:tblStylePr>` +
    `<w:tblStylePr w:type="lastRow"><w:rPr><w:b/><w:bCs/></w:rPr>` +
    `<w:tcPr><w:tcBorders>${border('top', 8, accent)}</w:tcBorders></w:tcPr></w:tblStylePr>` +
    `<w:tblStylePr w:type="band1Horz"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="F2F4F6"/></w:tcPr></w:tblStylePr>` +
    `</w:style>`
  );
}

const TABLE_NORMAL =
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>' +
  '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
  '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>' +
  '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>';

function baseStylesXml(style: HouseStyle, language: Language): string {
  const body = escapeAttribute(style.bodyFont);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${body}" w:hAnsi="${body}" w:eastAsia="${body}" w:cs="${body}"/>` +
    `<w:color w:val="${DARK}"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="${LANGUAGE_TAGS[language]}" w:eastAsia="${LANGUAGE_TAGS[language]}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="140" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>' +
    '<w:pPr><w:widowControl/></w:pPr></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>' +
    '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    TABLE_NORMAL +
    tableStyleXml(hex(style.accentColour), OWN_NAMES[language].table) +
    '</w:styles>'
  );
}

function ourCharacterStyles(language: Language): ICharacterStyleOptions[] {
  return [
    {
      id: STYLE.strong,
      name: 'Strong',
      basedOn: 'DefaultParagraphFont',
      quickFormat: true,
      run: { bold: true },
    },
    {
      id: STYLE.emphasis,
      name: 'Emphasis',
      basedOn: 'DefaultParagraphFont',
      quickFormat: true,
      run: { italics: true },
    },
    {
      // What the consultant still has to fill in: impossible to overlook, easy to find and remove.
      id: STYLE.missing,
      name: OWN_NAMES[language].missing,
      basedOn: 'DefaultParagraphFont',
      quickFormat: true,
      run: { bold: true, color: 'B42318', highlight: 'yellow' },
    },
  ];
}

function ourParagraphStyles(
  style: HouseStyle,
  language: Language,
  options: StyleOptions,
): IParagraphStyleOptions[] {
  const accent = hex(style.accentColour);
  const headingFont = style.headingFont;
  const own = OWN_NAMES[language];
  const heading = (
    id: string,
    name: string,
    size: number,
    level: number,
    spacing: { before: number; after: number },
    colour: string,
  ): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    run: { font: headingFont, size, bold: true, color: colour },
    paragraph: {
      spacing,
      keepNext: true,
      keepLines: true,
      outlineLevel: level,
      // Every chapter starts a page: the style says so, not a break typed into the text.
      ...(level === 0 ? { pageBreakBefore: true } : {}),
      ...(options.numberedHeadings && level <= 1
        ? { numbering: { reference: NUMBERING.headings, level } }
        : {}),
    },
  });
  return [
    {
      id: STYLE.title,
      name: 'Title',
      basedOn: STYLE.normal,
      next: STYLE.normal,
      quickFormat: true,
      run: { font: headingFont, size: 56, color: accent },
      paragraph: { spacing: { before: 0, after: 200 } },
    },
    {
      id: STYLE.subtitle,
      name: 'Subtitle',
      basedOn: STYLE.normal,
      next: STYLE.normal,
      quickFormat: true,
      run: { font: headingFont, size: 30, color: MUTED },
      // The rule under the subtitle gives the cover its accent, also without a logo.
      paragraph: {
        spacing: { after: 480 },
        border: { bottom: { style: 'single', size: 24, color: accent, space: 12 } },
      },
    },
    heading(STYLE.heading1, 'heading 1', 34, 0, { before: 0, after: 200 }, accent),
    heading(STYLE.heading2, 'heading 2', 26, 1, { before: 320, after: 100 }, accent),
    heading(STYLE.heading3, 'heading 3', 22, 2, { before: 240, after: 80 }, DARK),
    {
      id: STYLE.caption,
      name: 'caption',
      basedOn: STYLE.normal,
      next: STYLE.normal,
      quickFormat: true,
      run: { size: 19, bold: true, color: DARK },
      // Captions stand above their figure or table and never end a page without it.
      paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true },
    },
    {
      id: STYLE.chart,
      name: own.chart,
      basedOn: STYLE.normal,
      next: STYLE.source,
      paragraph: { spacing: { before: 0, after: 40 }, keepNext: true, keepLines: true },
    },
    {
      id: STYLE.source,
      name: own.source,
      basedOn: STYLE.normal,
      next: STYLE.normal,
      quickFormat: true,
      run: { size: 16, color: MUTED },
      paragraph: { spacing: { before: 40, after: 240, line: 240 } },
    },
    {
      id: STYLE.quote,
      name: 'Quote',
      basedOn: STYLE.normal,
      next: STYLE.normal,
      quickFormat: true,
      run: { italics: true, color: '2F3B45' },
      paragraph: {
        spacing: { before: 160, after: 40 },
        indent: { left: 567, right: 567 },
        keepNext: true,
        border: { left: { style: 'single', size: 18, color: accent, space: 8 } },
      },
    },
    {
      id: STYLE.quoteSource,
      name: own.quoteSource,
      basedOn: STYLE.quote,
      next: STYLE.normal,
      quickFormat: true,
      run: { italics: false, size: 18, color: MUTED },
      paragraph: { spacing: { before: 0, after: 200 }, keepNext: false },
    },
    {
      id: STYLE.note,
      name: own.note,
      basedOn: STYLE.normal,
      next: STYLE.normal,
      quickFormat: true,
      run: { size: 18, color: MUTED },
      paragraph: { spacing: { before: 60, after: 200 } },
    },
    {
      // The list style carries its bullet: a paragraph in this style is a list item, nothing else needed.
      id: STYLE.listBullet,
      name: 'List Bullet',
      basedOn: STYLE.normal,
      quickFormat: true,
      paragraph: {
        spacing: { after: 80 },
        indent: { left: 360, hanging: 360 },
        numbering: { reference: NUMBERING.bullets, level: 0 },
      },
    },
    {
      id: STYLE.listNumber,
      name: 'List Number',
      basedOn: STYLE.normal,
      quickFormat: true,
      paragraph: {
        spacing: { after: 80 },
        indent: { left: 360, hanging: 360 },
        numbering: { reference: NUMBERING.numbers, level: 0 },
      },
    },
    {
      id: STYLE.tableText,
      name: own.tableText,
      basedOn: STYLE.normal,
      quickFormat: true,
      run: { size: 19 },
      paragraph: { spacing: { before: 0, after: 0, line: 240 } },
    },
    {
      id: STYLE.tableNumber,
      name: own.tableNumber,
      basedOn: STYLE.tableText,
      quickFormat: true,
      paragraph: { alignment: 'right' },
    },
    {
      // Not based on Heading 1: the contents share the cover's following page, no break of their own.
      id: STYLE.tocHeading,
      name: 'TOC Heading',
      basedOn: STYLE.normal,
      next: STYLE.normal,
      run: { font: headingFont, size: 34, bold: true, color: accent },
      paragraph: { spacing: { before: 0, after: 200 }, keepNext: true },
    },
    {
      id: STYLE.coverMeta,
      name: own.coverMeta,
      basedOn: STYLE.normal,
      quickFormat: true,
      run: { size: 22, color: DARK },
      paragraph: { spacing: { after: 60 } },
    },
    {
      id: STYLE.header,
      name: 'header',
      basedOn: STYLE.normal,
      run: { size: 17, color: MUTED },
      paragraph: { spacing: { after: 0 } },
    },
    {
      id: STYLE.footer,
      name: 'footer',
      basedOn: STYLE.normal,
      run: { size: 17, color: MUTED },
      paragraph: { spacing: { after: 0 } },
    },
  ];
}

/** The ids of the styles in a styles.xml. */
export function styleIds(stylesXml: string): Set<string> {
  return new Set([...stylesXml.matchAll(/w:styleId="([^"]+)"/g)].map((match) => match[1]!));
}

/**
 * Renames the template's ids of built-in styles to the canonical ones ("Kop1" → "Heading1"),
 * including every reference to them (basedOn, next, link), so the writer can use one set of ids.
 */
export function canonicaliseStyleIds(stylesXml: string): string {
  const renames = new Map<string, string>();
  const ids = styleIds(stylesXml);
  for (const match of stylesXml.matchAll(
    /<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g,
  )) {
    const id = match[1]!;
    const name = /<w:name w:val="([^"]+)"/.exec(match[2] ?? '')?.[1]?.toLowerCase();
    const canonical = name ? BUILT_IN_IDS[name] : undefined;
    if (canonical && canonical !== id && !ids.has(canonical)) renames.set(id, canonical);
  }
  if (renames.size === 0) return stylesXml;
  return stylesXml.replace(
    /(w:styleId="|<w:(?:basedOn|next|link) w:val=")([^"]+)"/g,
    (whole, prefix: string, id: string) => `${prefix}${renames.get(id) ?? id}"`,
  );
}

export function styleSetup(
  style: HouseStyle,
  language: Language,
  template: StoredTemplate | null,
  options: StyleOptions = { numberedHeadings: false },
): StyleSetup {
  const ours = ourParagraphStyles(style, language, options);
  const characterStyles = ourCharacterStyles(language);
  if (!template || !style.useTemplate) {
    return {
      externalStyles: baseStylesXml(style, language),
      paragraphStyles: ours,
      characterStyles,
      theme: { fonts: { headings: style.headingFont, body: style.bodyFont } },
    };
  }
  let xml = canonicaliseStyleIds(template.stylesXml);
  const present = styleIds(xml);
  const additions = [
    present.has('TableNormal') ? '' : TABLE_NORMAL,
    tableStyleXml(hex(style.accentColour), OWN_NAMES[language].table),
  ].join('');
  xml = xml.replace(/<\/w:styles>\s*$/, `${additions}</w:styles>`);
  return {
    externalStyles: xml,
    paragraphStyles: ours.filter((candidate) => !present.has(candidate.id)),
    characterStyles: characterStyles.filter((candidate) => !present.has(candidate.id)),
    theme: {
      fonts: {
        headings: template.themeFonts.headings ?? style.headingFont,
        body: template.themeFonts.body ?? style.bodyFont,
      },
    },
  };
}

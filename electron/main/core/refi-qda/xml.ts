/**
 * REFI-QDA XML: the project file (project.qde, namespace urn:QDA-XML:project:1.0, checked against
 * Project-mrt2019.xsd in the tests) and the codebook file (.qdc, urn:QDA-XML:codebook:1.0).
 * Elements are written in the order the schema's sequences demand.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { AppError } from '@shared/ipc/errors';
import { stableGuid } from './model';
import type {
  QdaCode,
  QdaNote,
  QdaProject,
  QdaSelection,
  QdaSource,
  QdaVariable,
  QdaVariableValue,
} from './model';

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

/** The path of a source's text inside a .qdpx: "internal://" means the archive's sources/. */
export const sourcePath = (guid: string) => `internal://${guid}.txt`;

type XmlObject = Record<string, unknown>;

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  // isCodable="true" must be written out: XML has no attributes without a value.
  suppressBooleanAttributes: false,
});

const declaration = { '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' } };

function codeElement(code: QdaCode): XmlObject {
  return {
    '@_guid': code.guid,
    '@_name': code.name,
    '@_isCodable': 'true',
    ...(code.colour ? { '@_color': code.colour } : {}),
    ...(code.description ? { Description: code.description } : {}),
    ...(code.noteGuids.length > 0 ? { NoteRef: noteRefs(code.noteGuids) } : {}),
    ...(code.children.length > 0 ? { Code: code.children.map(codeElement) } : {}),
  };
}

const noteRefs = (guids: string[]) => guids.map((guid) => ({ '@_targetGUID': guid }));

function selectionElement(selection: QdaSelection, project: QdaProject): XmlObject {
  return {
    '@_guid': selection.guid,
    ...(selection.name ? { '@_name': selection.name } : {}),
    '@_startPosition': selection.start,
    '@_endPosition': selection.end,
    '@_creatingUser': project.user.guid,
    '@_creationDateTime': project.createdAt,
    ...(selection.codeGuids.length > 0
      ? {
          Coding: selection.codeGuids.map((codeGuid) => ({
            '@_guid': stableGuid('coding', selection.guid, codeGuid),
            '@_creatingUser': project.user.guid,
            CodeRef: { '@_targetGUID': codeGuid },
          })),
        }
      : {}),
  };
}

function sourceElement(source: QdaSource, project: QdaProject): XmlObject {
  return {
    '@_guid': source.guid,
    '@_name': source.name,
    '@_plainTextPath': sourcePath(source.guid),
    '@_creatingUser': project.user.guid,
    '@_creationDateTime': project.createdAt,
    ...(source.selections.length > 0
      ? { PlainTextSelection: source.selections.map((s) => selectionElement(s, project)) }
      : {}),
    ...(source.noteGuids.length > 0 ? { NoteRef: noteRefs(source.noteGuids) } : {}),
    ...(source.variables.length > 0
      ? { VariableValue: source.variables.map((value) => variableValue(value, project)) }
      : {}),
  };
}

function variableValue(value: QdaVariableValue, project: QdaProject): XmlObject {
  const variable = project.variables.find((candidate) => candidate.guid === value.variableGuid);
  return {
    VariableRef: { '@_targetGUID': value.variableGuid },
    [variable?.type === 'Date' ? 'DateValue' : 'TextValue']: value.value,
  };
}

function noteElement(note: QdaNote, project: QdaProject): XmlObject {
  return {
    '@_guid': note.guid,
    '@_name': note.name,
    '@_creatingUser': project.user.guid,
    '@_creationDateTime': project.createdAt,
    PlainTextContent: note.text,
  };
}

function variableElement(variable: QdaVariable): XmlObject {
  return {
    '@_guid': variable.guid,
    '@_name': variable.name,
    '@_typeOfVariable': variable.type,
  };
}

/** project.qde: the whole project; source texts go beside it (see qdpx.ts). */
export function projectXml(project: QdaProject): string {
  const root: XmlObject = {
    '@_xmlns': PROJECT_NAMESPACE,
    '@_name': project.name,
    '@_origin': project.origin,
    '@_creatingUserGUID': project.user.guid,
    '@_creationDateTime': project.createdAt,
    Users: { User: [{ '@_guid': project.user.guid, '@_name': project.user.name }] },
    ...(project.codes.length > 0
      ? { CodeBook: { Codes: { Code: project.codes.map(codeElement) } } }
      : {}),
    ...(project.variables.length > 0
      ? { Variables: { Variable: project.variables.map(variableElement) } }
      : {}),
    ...(project.sources.length > 0
      ? { Sources: { TextSource: project.sources.map((source) => sourceElement(source, project)) } }
      : {}),
    ...(project.notes.length > 0
      ? { Notes: { Note: project.notes.map((note) => noteElement(note, project)) } }
      : {}),
    ...(project.projectNoteGuids.length > 0 ? { NoteRef: noteRefs(project.projectNoteGuids) } : {}),
  };
  return builder.build({ ...declaration, Project: root }) as string;
}

/** A .qdc codebook: the codes alone, for sharing a coding scheme. */
export function codebookXml(codes: QdaCode[], origin: string): string {
  const root: XmlObject = {
    '@_xmlns': CODEBOOK_NAMESPACE,
    '@_origin': origin,
    Codes: { Code: codes.map((code) => ({ ...codeElement(code), NoteRef: undefined })) },
  };
  return builder.build({ ...declaration, CodeBook: root }) as string;
}

// ---------------------------------------------------------------------------------------------
// Reading

const REPEATED = new Set([
  'User',
  'Code',
  'Variable',
  'TextSource',
  'PictureSource',
  'PDFSource',
  'AudioSource',
  'VideoSource',
  'PlainTextSelection',
  'Coding',
  'NoteRef',
  'VariableValue',
  'Note',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => REPEATED.has(name),
});

/** The largest project.qde or .qdc that is read (a bigger one is refused before parsing). */
export const MAX_XML_CHARS = 64 * 1024 * 1024;

function parseXml(text: string): XmlObject {
  if (text.length > MAX_XML_CHARS) throw new AppError('exchange.tooLarge');
  // Entity declarations are no part of REFI-QDA; refusing them rules out expansion attacks.
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new AppError('exchange.invalid');
  try {
    return parser.parse(text.replace(/^\uFEFF/, '')) as XmlObject;
  } catch {
    throw new AppError('exchange.invalid');
  }
}

const list = (value: unknown): XmlObject[] =>
  Array.isArray(value) ? (value as XmlObject[]) : value ? [value as XmlObject] : [];
const attribute = (node: XmlObject, name: string): string =>
  typeof node[`@_${name}`] === 'string' ? (node[`@_${name}`] as string) : '';
const text = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as XmlObject)['#text'] === 'string') {
    return (value as XmlObject)['#text'] as string;
  }
  return '';
};
const targets = (node: XmlObject, element: string): string[] =>
  list(node[element])
    .map((ref) => attribute(ref, 'targetGUID'))
    .filter(Boolean);

function readCode(node: XmlObject): QdaCode {
  return {
    guid: attribute(node, 'guid'),
    name: attribute(node, 'name'),
    colour: attribute(node, 'color') || null,
    description: text(node.Description),
    children: list(node.Code).map(readCode),
    noteGuids: targets(node, 'NoteRef'),
  };
}

/** What a project file holds; source texts are still to be read (`textPath`, or inline). */
export interface ParsedProject extends Omit<QdaProject, 'sources' | 'notes'> {
  sources: (QdaSource & { textPath: string | null })[];
  notes: (QdaNote & { textPath: string | null })[];
  /** Sources of kinds Klantspiegel does not read (pictures, PDF, audio, video). */
  otherSources: number;
}

export function parseProjectXml(xml: string): ParsedProject {
  const project = parseXml(xml).Project as XmlObject | undefined;
  if (!project || typeof project !== 'object') throw new AppError('exchange.invalid');
  const users = list((project.Users as XmlObject | undefined)?.User);
  const sourcesNode = (project.Sources as XmlObject | undefined) ?? {};
  const variables: QdaVariable[] = list((project.Variables as XmlObject | undefined)?.Variable).map(
    (node) => ({
      guid: attribute(node, 'guid'),
      name: attribute(node, 'name'),
      type: attribute(node, 'typeOfVariable') === 'Date' ? 'Date' : 'Text',
    }),
  );
  return {
    name: attribute(project, 'name'),
    origin: attribute(project, 'origin'),
    createdAt: attribute(project, 'creationDateTime'),
    user: { guid: attribute(users[0] ?? {}, 'guid'), name: attribute(users[0] ?? {}, 'name') },
    codes: list(
      ((project.CodeBook as XmlObject | undefined)?.Codes as XmlObject | undefined)?.Code,
    ).map(readCode),
    variables,
    sources: list(sourcesNode.TextSource).map((node) => ({
      guid: attribute(node, 'guid'),
      name: attribute(node, 'name'),
      text: text(node.PlainTextContent),
      textPath: attribute(node, 'plainTextPath') || null,
      selections: list(node.PlainTextSelection).map((selection) => ({
        guid: attribute(selection, 'guid'),
        name: attribute(selection, 'name'),
        start: Number(attribute(selection, 'startPosition')),
        end: Number(attribute(selection, 'endPosition')),
        codeGuids: list(selection.Coding).flatMap((coding) => targets(coding, 'CodeRef')),
      })),
      noteGuids: targets(node, 'NoteRef'),
      variables: list(node.VariableValue).flatMap((value) => {
        const guid = attribute((value.VariableRef as XmlObject | undefined) ?? {}, 'targetGUID');
        const content =
          text(value.TextValue) || text(value.DateValue) || text(value.IntegerValue) || '';
        return guid ? [{ variableGuid: guid, value: content }] : [];
      }),
    })),
    otherSources: ['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource'].reduce(
      (sum, kind) => sum + list(sourcesNode[kind]).length,
      0,
    ),
    notes: list((project.Notes as XmlObject | undefined)?.Note).map((node) => ({
      guid: attribute(node, 'guid'),
      name: attribute(node, 'name'),
      text: text(node.PlainTextContent),
      textPath: attribute(node, 'plainTextPath') || null,
    })),
    projectNoteGuids: targets(project, 'NoteRef'),
  };
}

export function parseCodebookXml(xml: string): QdaCode[] {
  const root = parseXml(xml).CodeBook as XmlObject | undefined;
  if (!root || typeof root !== 'object') throw new AppError('exchange.invalid');
  return list((root.Codes as XmlObject | undefined)?.Code).map(readCode);
}

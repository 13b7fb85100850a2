/**
 * Passages in the notes editor: the `passage` mark (its id is the quote's or coded passage's),
 * which may overlap other passages; and the editor operations on it: mark a range, remove a
 * passage, and anchor a passage that has no mark yet by finding its words.
 */
import { Mark, mergeAttributes, type Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';

export const PassageMark = Mark.create({
  name: 'passage',
  // Typing at a passage's edge does not extend it; passages may overlap one another.
  inclusive: false,
  excludes: '',
  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (element) => Number(element.getAttribute('data-passage')) || null,
        renderHTML: (attributes) => ({ 'data-passage': attributes.id as number }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-passage]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'passage' }), 0];
  },
});

/** The ids of the passages marked in a document. */
export function markedPassageIds(doc: PmNode): Set<number> {
  const ids = new Set<number>();
  doc.descendants((node) => {
    for (const mark of node.marks) {
      if (mark.type.name === 'passage' && typeof mark.attrs.id === 'number') ids.add(mark.attrs.id);
    }
  });
  return ids;
}

/** Marks from…to as passage `id`, without moving the selection or the undo history. */
export function markPassage(editor: Editor, id: number, from: number, to: number): void {
  const type = editor.schema.marks.passage;
  if (!type || to <= from) return;
  editor.view.dispatch(
    editor.state.tr.addMark(from, to, type.create({ id })).setMeta('addToHistory', false),
  );
}

/** Takes the marks of passage `id` out of the notes (the words stay). */
export function unmarkPassage(editor: Editor, id: number): void {
  const { tr, doc } = editor.state;
  doc.descendants((node, position) => {
    for (const mark of node.marks) {
      if (mark.type.name === 'passage' && mark.attrs.id === id) {
        tr.removeMark(position, position + node.nodeSize, mark);
      }
    }
  });
  if (tr.docChanged) editor.view.dispatch(tr);
}

/**
 * Where `text` stands in the document (whitespace and block boundaries count as one space),
 * as editor positions; null when it is not there.
 */
export function findInDoc(doc: PmNode, text: string): { from: number; to: number } | null {
  let flat = '';
  const positions: number[] = [];
  let lastWasSpace = true;
  doc.descendants((node, position) => {
    if (node.isBlock && !lastWasSpace) {
      flat += ' ';
      positions.push(position);
      lastWasSpace = true;
    }
    if (!node.isText) return true;
    const value = node.text ?? '';
    for (let index = 0; index < value.length; index++) {
      const isSpace = /\s/.test(value[index]!);
      if (isSpace && lastWasSpace) continue;
      flat += isSpace ? ' ' : value[index];
      positions.push(position + index);
      lastWasSpace = isSpace;
    }
    return false;
  });
  const needle = text.replace(/\s+/g, ' ').trim();
  if (!needle) return null;
  const start = flat.indexOf(needle);
  if (start < 0) return null;
  return { from: positions[start]!, to: positions[start + needle.length - 1]! + 1 };
}

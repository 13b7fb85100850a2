import { resolve } from 'node:path';
import { parseCircular, parseDependencyTree } from 'dpdm';
import { describe, expect, it } from 'vitest';

/**
 * The renderer has no import circles, type imports included: a module that needs another's
 * props type imports it from a props module of its own (hub/hub-section-props.ts,
 * questionnaire/view-props.ts), not from the list that renders it.
 */
describe('renderer structure', () => {
  it('has no import circles', async () => {
    const tree = await parseDependencyTree('renderer/src/main.tsx', {
      context: resolve('.'),
      tsconfig: resolve('tsconfig.web.json'),
      include: /renderer\/src\/|shared\//,
      exclude: /node_modules/,
      transform: false,
      skipDynamicImports: false,
    });
    // The walk followed the aliases into the features (else it would prove nothing).
    expect(Object.keys(tree)).toContain('renderer/src/features/hub/sections.tsx');
    expect(Object.keys(tree)).toContain('renderer/src/features/interviews/NoteEditor.tsx');
    const circles = parseCircular(tree).filter((circle) =>
      circle.some((file) => file.startsWith('renderer/')),
    );
    expect(circles).toEqual([]);
  });
});

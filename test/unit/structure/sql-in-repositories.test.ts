import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const SQL = `declare const workspace: { db: { prepare(sql: string): unknown; exec(sql: string): void } };
workspace.db.prepare('SELECT 1');
workspace.db.exec('DELETE FROM respondents');
const pattern = /a/;
pattern.exec('a');
export {};
`;

async function sqlProblems(filePath: string): Promise<number[]> {
  const [result] = await new ESLint().lintText(SQL, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.message.startsWith('SQL only in'))
    .map((message) => message.line);
}

describe('SQL only in repositories (lint)', () => {
  it('refuses a query in a handler or service, not a RegExp exec', async () => {
    expect(await sqlProblems('electron/main/core/handlers/example.ts')).toEqual([2, 3]);
    expect(await sqlProblems('electron/main/core/services/example.ts')).toEqual([2, 3]);
  });

  it('allows it in repositories and the storage engine', async () => {
    for (const path of [
      'electron/main/core/repositories/example.ts',
      'electron/main/core/db/migrations/example.ts',
      'electron/main/core/archive/example.ts',
    ]) {
      expect(await sqlProblems(path), path).toEqual([]);
    }
  });
});

import type { WorkspaceDb } from '../db/open-workspace';
import { AppError } from '@shared/ipc/errors';
import type { Theme } from '@shared/interviews/model';
import { checkThemeParent } from '@shared/interviews/themes';

interface ThemeRow {
  id: number;
  engagement_id: number;
  parent_id: number | null;
  name: string;
  description: string;
  colour: string;
  dimensions_json: string;
  position: number;
}

export interface ThemeInput {
  id?: number | undefined;
  name: string;
  description: string;
  colour: string;
  parentId: number | null;
  dimensions: string[];
}

function toTheme(row: ThemeRow): Theme {
  return {
    id: row.id,
    engagementId: row.engagement_id,
    parentId: row.parent_id,
    name: row.name,
    description: row.description,
    colour: row.colour.toUpperCase(),
    dimensions: JSON.parse(row.dimensions_json) as string[],
    position: row.position,
  };
}

/** The codebook of an engagement: themes in two levels; merging moves quotes along. */
export class ThemeRepository {
  constructor(
    private readonly db: WorkspaceDb,
    private readonly now: () => string,
  ) {}

  list(engagementId: number): Theme[] {
    return this.db
      .prepare<[number], ThemeRow>(
        'SELECT * FROM interview_themes WHERE engagement_id = ? ORDER BY position, id',
      )
      .all(engagementId)
      .map(toTheme);
  }

  save(engagementId: number, input: ThemeInput): Theme[] {
    this.db.transaction(() => {
      this.assertEngagement(engagementId);
      const themes = this.list(engagementId);
      if (input.id !== undefined && !themes.some((theme) => theme.id === input.id)) {
        throw new AppError('errors.notFound', { what: 'theme', id: input.id });
      }
      const problem = checkThemeParent(themes, input.id, input.parentId);
      if (problem) throw new AppError(problem);
      const clash = themes.find(
        (theme) =>
          theme.id !== input.id &&
          theme.name.toLocaleLowerCase() === input.name.trim().toLocaleLowerCase(),
      );
      if (clash) throw new AppError('interviews.themeDuplicate', { name: input.name });
      const values = {
        name: input.name,
        description: input.description,
        colour: input.colour.toUpperCase(),
        parentId: input.parentId,
        dimensions: JSON.stringify([...new Set(input.dimensions)]),
      };
      if (input.id !== undefined) {
        this.db
          .prepare(
            `UPDATE interview_themes SET name = @name, description = @description,
               colour = @colour, parent_id = @parentId, dimensions_json = @dimensions
             WHERE id = @id`,
          )
          .run({ ...values, id: input.id });
      } else {
        const position = Math.max(-1, ...themes.map((theme) => theme.position)) + 1;
        this.db
          .prepare(
            `INSERT INTO interview_themes (engagement_id, parent_id, name, description, colour,
               dimensions_json, position, created_at)
             VALUES (@engagementId, @parentId, @name, @description, @colour, @dimensions,
               @position, @createdAt)`,
          )
          .run({ ...values, engagementId, position, createdAt: this.now() });
      }
    })();
    return this.list(engagementId);
  }

  /** Removes the theme from the codebook and its quotes; its children become top-level. */
  delete(engagementId: number, id: number): Theme[] {
    const result = this.db
      .prepare('DELETE FROM interview_themes WHERE id = ? AND engagement_id = ?')
      .run(id, engagementId);
    if (result.changes === 0) throw new AppError('errors.notFound', { what: 'theme', id });
    return this.list(engagementId);
  }

  /**
   * Merges `sourceId` into `targetId`: quotes coded with the source get the target, the source's
   * children move under the target (or its parent, keeping two levels), then the source goes.
   */
  merge(engagementId: number, sourceId: number, targetId: number): Theme[] {
    if (sourceId === targetId) throw new AppError('interviews.themeMergeSelf');
    this.db.transaction(() => {
      const themes = this.list(engagementId);
      const source = themes.find((theme) => theme.id === sourceId);
      const target = themes.find((theme) => theme.id === targetId);
      if (!source) throw new AppError('errors.notFound', { what: 'theme', id: sourceId });
      if (!target) throw new AppError('errors.notFound', { what: 'theme', id: targetId });
      const setParent = this.db.prepare('UPDATE interview_themes SET parent_id = ? WHERE id = ?');
      let targetParent = target.parentId;
      if (targetParent === source.id) {
        targetParent = source.parentId;
        setParent.run(targetParent, target.id);
      }
      const newParentOfChildren = targetParent === null ? target.id : targetParent;
      for (const child of themes.filter((theme) => theme.parentId === source.id)) {
        if (child.id !== target.id) setParent.run(newParentOfChildren, child.id);
      }
      this.db
        .prepare(
          `INSERT OR IGNORE INTO interview_quote_themes (quote_id, theme_id)
           SELECT quote_id, ? FROM interview_quote_themes WHERE theme_id = ?`,
        )
        .run(target.id, source.id);
      // Open answers of the questionnaire are coded with the same codebook: they move along too.
      this.db
        .prepare(
          `INSERT OR IGNORE INTO open_answer_themes (open_answer_id, theme_id)
           SELECT open_answer_id, ? FROM open_answer_themes WHERE theme_id = ?`,
        )
        .run(target.id, source.id);
      this.db.prepare('DELETE FROM interview_themes WHERE id = ?').run(source.id);
    })();
    return this.list(engagementId);
  }

  /** Swaps the theme with its previous or next sibling. */
  move(engagementId: number, id: number, direction: 'up' | 'down'): Theme[] {
    this.db.transaction(() => {
      const themes = this.list(engagementId);
      const theme = themes.find((candidate) => candidate.id === id);
      if (!theme) throw new AppError('errors.notFound', { what: 'theme', id });
      const siblings = themes.filter((candidate) => candidate.parentId === theme.parentId);
      const index = siblings.findIndex((candidate) => candidate.id === id);
      const other = siblings[direction === 'up' ? index - 1 : index + 1];
      if (!other) return;
      const setPosition = this.db.prepare('UPDATE interview_themes SET position = ? WHERE id = ?');
      setPosition.run(other.position, theme.id);
      setPosition.run(theme.position, other.id);
    })();
    return this.list(engagementId);
  }

  private assertEngagement(engagementId: number): void {
    const found = this.db.prepare('SELECT 1 FROM engagements WHERE id = ?').get(engagementId);
    if (!found) throw new AppError('errors.notFound', { what: 'engagement', id: engagementId });
  }
}

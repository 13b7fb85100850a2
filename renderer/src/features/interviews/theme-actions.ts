import type { Theme } from '@shared/interviews/model';
import type { IpcError } from '@shared/ipc/errors';
import { nextThemeColour } from '@shared/interviews/themes';
import { invoke } from '@renderer/ipc/client';
import { asIpcError, type CallState } from '@renderer/ipc/use-call';

/** Makes a top-level theme in the next free colour; returns the codebook and the new theme. */
export async function createTheme(
  engagementId: number,
  themes: readonly Theme[],
  name: string,
): Promise<{ themes: Theme[]; created: Theme }> {
  const next = await invoke('interviews.themes.save', {
    engagementId,
    theme: { name, colour: nextThemeColour(themes.map((theme) => theme.colour)) },
  });
  const created = next.find(
    (theme) => theme.name.toLocaleLowerCase() === name.trim().toLocaleLowerCase(),
  );
  if (!created) throw new Error('The new theme is missing from the codebook');
  return { themes: next, created };
}

/**
 * "Make a theme" for a theme picker: creates it, puts the new codebook into `themes` and returns
 * the theme; on failure shows the error and returns null.
 */
export function themeCreator(
  engagementId: number,
  themes: CallState<Theme[]>,
  onError: (error: IpcError | undefined) => void,
): (name: string) => Promise<Theme | null> {
  return async (name) => {
    try {
      const result = await createTheme(engagementId, themes.data ?? [], name);
      themes.setData(result.themes);
      onError(undefined);
      return result.created;
    } catch (reason) {
      onError(asIpcError(reason));
      return null;
    }
  };
}

/**
 * The highlight of each passage in the notes, in its first theme's colour (a quote without
 * themes in the highlight colour): one style sheet per interview, keyed by passage id.
 */
export function passageHighlightCss(
  passages: readonly { id: number; themeIds: number[] }[],
  themes: readonly Theme[],
): string {
  return passages
    .map((passage) => {
      const theme = themes.find((candidate) => passage.themeIds.includes(candidate.id));
      const colour = theme ? theme.colour : 'var(--color-highlight)';
      const share = theme ? 28 : 70;
      return `.note-editor [data-passage="${passage.id}"]{background-color:color-mix(in srgb, ${colour} ${share}%, transparent);}`;
    })
    .join('\n');
}

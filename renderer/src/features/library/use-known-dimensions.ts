import { useEffect, useState } from 'react';
import type { LocalizedText } from '@shared/questionnaire/instrument';
import { invoke } from '@renderer/ipc/client';

export interface KnownDimension {
  code: string;
  name: LocalizedText;
}

/**
 * The dimensions of the instruments in the workspace (newest version of each, built-in ones
 * first), so tips and norms can show "Klantkennis" instead of "KK". Codes shared by several
 * instruments (staff and customer version) appear once.
 */
export function useKnownDimensions(): KnownDimension[] {
  const [dimensions, setDimensions] = useState<KnownDimension[]>([]);
  useEffect(() => {
    let current = true;
    void (async () => {
      const summaries = await invoke('instruments.list', {});
      const newest = new Map<string, (typeof summaries)[number]>();
      for (const summary of summaries) {
        const seen = newest.get(summary.key);
        if (!seen || seen.version < summary.version) newest.set(summary.key, summary);
      }
      const ordered = [...newest.values()].sort((a, b) => Number(b.builtin) - Number(a.builtin));
      const loaded = await Promise.all(
        ordered.map((summary) => invoke('instruments.get', { id: summary.id })),
      );
      const found: KnownDimension[] = [];
      for (const { instrument } of loaded) {
        for (const dimension of instrument.dimensions) {
          if (!found.some((entry) => entry.code === dimension.code))
            found.push({ code: dimension.code, name: dimension.name });
        }
      }
      if (current) setDimensions(found);
    })().catch(() => {
      // Without names the codes themselves are shown; nothing else depends on this.
    });
    return () => {
      current = false;
    };
  }, []);
  return dimensions;
}

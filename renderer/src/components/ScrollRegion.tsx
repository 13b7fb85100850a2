import type { ReactNode } from 'react';

/**
 * A wide table's horizontal scroller. It can take the keyboard focus (arrow keys then scroll
 * it) and is named, so keyboard and screen-reader users reach what lies beyond the edge.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

import { divergingColours } from '@renderer/components/charts';

interface DistributionBarProps {
  /** Answer counts per scale point, index 0 = scale minimum. */
  counts: number[];
  /** The value of the first scale point. */
  min: number;
  /** Label of a scale value, e.g. "Mee eens". */
  pointLabel: (value: number) => string;
  /** Formats a share of 1 as a percentage. */
  share: (value: number) => string;
}

/**
 * The answers to one item as a thin stacked bar, disagree (left, vermillion) to agree (right,
 * blue). Screen readers get every count in words; sighted users get the same on hover.
 */
export function DistributionBar({ counts, min, pointLabel, share }: DistributionBarProps) {
  const total = counts.reduce((sum, count) => sum + count, 0);
  const colours = divergingColours(counts.length);
  const description = counts
    .map((count, index) => {
      const value = min + index;
      const proportion = total > 0 ? ` (${share(count / total)})` : '';
      return `${value} ${pointLabel(value)}: ${count}${proportion}`;
    })
    .join('; ');
  return (
    <div className="distribution-bar" role="img" aria-label={description} title={description}>
      {total > 0 &&
        counts.map((count, index) =>
          count > 0 ? (
            <span
              key={index}
              className="distribution-bar__part"
              style={{ width: `${(count / total) * 100}%`, background: colours[index] }}
            />
          ) : null,
        )}
    </div>
  );
}

/** The colours of the distribution bars with their scale labels, shown once above the table. */
export function DistributionKey({
  min,
  max,
  pointLabel,
}: {
  min: number;
  max: number;
  pointLabel: (value: number) => string;
}) {
  const colours = divergingColours(max - min + 1);
  return (
    <ul className="distribution-key">
      {colours.map((colour, index) => (
        <li key={colour + index}>
          <span
            className="distribution-key__swatch"
            style={{ background: colour }}
            aria-hidden="true"
          />
          {min + index} {pointLabel(min + index)}
        </li>
      ))}
    </ul>
  );
}

import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  LabelList,
  ReferenceArea,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  ChartFrame,
  divergingColours,
  textColourOn,
  type ChartTableData,
} from '@renderer/components/charts';
import type { IpaDto } from '@shared/gaps/report';
import {
  IPA_AXIS_NAMES,
  IPA_QUADRANT_LAYOUT,
  IPA_QUADRANT_NAMES,
  ipaCutOffText,
  type IpaQuadrant,
} from '@shared/gaps/ipa';
import { localized } from '@shared/questionnaire/instrument';
import type { GapContext } from './gap-context';
import { markerDot } from './chart-parts';

/** How many of the most disputed needs the summary names. */
const DISPUTED_SHOWN = 3;
const CORRELATION_STEPS = divergingColours(9);

/**
 * The shared picture of customer needs: how each group ranks the needs, how far the rankings
 * agree (Spearman), which needs the groups disagree on most, and the customers' Importance–
 * Performance grid.
 */
export function CustomerNeeds({ context }: { context: GapContext }) {
  const { t } = useTranslation();
  const { analysis } = context;
  if (analysis.needs.length === 0) {
    return (
      <section className="card" aria-labelledby="gaps-needs-heading">
        <h2 id="gaps-needs-heading">{t('gaps.needs.title')}</h2>
        <p>{t('gaps.needs.noNeeds')}</p>
      </section>
    );
  }
  return (
    <>
      <NeedsRanking context={context} />
      <NeedsCorrelations context={context} />
      <section className="card" aria-labelledby="gaps-ipa-heading">
        <h2 id="gaps-ipa-heading">{t('gaps.needs.ipaSectionTitle')}</h2>
        <p className="muted">{t('gaps.needs.ipaIntro')}</p>
        {analysis.needsPicture.ipa.length === 0 ? (
          <p className="banner banner--info" role="status">
            {t('gaps.needs.noIpa')}
          </p>
        ) : (
          analysis.needsPicture.ipa.map((grid) => (
            <IpaGrid key={grid.groupId} context={context} grid={grid} />
          ))
        )}
      </section>
    </>
  );
}

function NeedsRanking({ context }: { context: GapContext }) {
  const { t } = useTranslation();
  const { analysis, format } = context;
  const picture = analysis.needsPicture;
  const disputed = picture.disagreement
    .filter((need) => need.rankRange !== null && need.rankRange > 0)
    .slice(0, DISPUTED_SHOWN);
  const disputedCodes = new Set(disputed.map((need) => need.code));
  const rangeOf = new Map(picture.disagreement.map((need) => [need.code, need.rankRange]));
  // Order by the customers' ranking when they are compared: their view of the needs comes first.
  const leading = Math.max(
    0,
    picture.groups.findIndex((group) => context.seriesOf(group.groupId)?.kind === 'customer'),
  );
  const rows = [...picture.rankings].sort(
    (a, b) => (a.rank[leading] ?? Infinity) - (b.rank[leading] ?? Infinity),
  );

  return (
    <section className="card" aria-labelledby="gaps-ranking-heading">
      <h2 id="gaps-ranking-heading">{t('gaps.needs.rankingTitle')}</h2>
      <p className="muted">{t('gaps.needs.rankingIntro')}</p>
      {disputed.length > 0 && (
        <p data-testid="disputed-needs">
          {t('gaps.needs.mostDisagreement', {
            needs: disputed.map((need) => context.needName(need.code)).join(', '),
          })}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table" data-testid="needs-ranking">
          <caption className="visually-hidden">{t('gaps.needs.rankingTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gaps.needs.need')}</th>
              {picture.groups.map((group) => (
                <th key={group.groupId} scope="col" className="numeric">
                  {group.name}
                </th>
              ))}
              <th scope="col" className="numeric">
                {t('gaps.needs.rankRange')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((need) => (
              <tr key={need.code}>
                <th scope="row">
                  {context.needName(need.code)}{' '}
                  {disputedCodes.has(need.code) && (
                    <span className="badge gaps-notable">{t('gaps.needs.disputed')}</span>
                  )}
                </th>
                {picture.groups.map((group, g) => (
                  <td key={group.groupId} className="numeric">
                    {t('gaps.needs.rankCell', {
                      rank: format.rank(need.rank[g]),
                      mean: format.mean(need.importance[g]),
                    })}
                  </td>
                ))}
                <td className="numeric">{format.rank(rangeOf.get(need.code))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function NeedsCorrelations({ context }: { context: GapContext }) {
  const { t } = useTranslation();
  const { analysis, format } = context;
  const picture = analysis.needsPicture;
  const rho = (a: number, b: number) =>
    picture.correlations.find(
      (pair) =>
        (pair.groupA === a && pair.groupB === b) || (pair.groupA === b && pair.groupB === a),
    );

  return (
    <section className="card" aria-labelledby="gaps-spearman-heading">
      <h2 id="gaps-spearman-heading">{t('gaps.needs.correlationTitle')}</h2>
      <p className="muted">{t('gaps.needs.correlationIntro')}</p>
      <div className="table-scroll">
        <table className="data-table gaps-matrix" data-testid="needs-correlations">
          <caption className="visually-hidden">{t('gaps.needs.correlationTitle')}</caption>
          <thead>
            <tr>
              <td />
              {picture.groups.map((group) => (
                <th key={group.groupId} scope="col" className="numeric">
                  {group.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {picture.groups.map((row) => (
              <tr key={row.groupId}>
                <th scope="row">{row.name}</th>
                {picture.groups.map((column) => {
                  if (row.groupId === column.groupId) {
                    return (
                      <td key={column.groupId} className="numeric gaps-matrix__diagonal">
                        {format.count(1)}
                      </td>
                    );
                  }
                  const pair = rho(row.groupId, column.groupId);
                  const value = pair?.rho ?? null;
                  const fill =
                    value === null
                      ? '#ffffff'
                      : (CORRELATION_STEPS[4 + Math.round(Math.max(-1, Math.min(1, value)) * 4)] ??
                        '#ffffff');
                  return (
                    <td
                      key={column.groupId}
                      className="numeric"
                      style={{ background: fill, color: textColourOn(fill) }}
                      title={t('gaps.needs.needCount', { count: pair?.needCount ?? 0 })}
                    >
                      {format.coefficient(value)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function IpaGrid({ context, grid }: { context: GapContext; grid: IpaDto }) {
  const { t } = useTranslation();
  const { analysis, format } = context;
  const { min, max } = analysis.needsScale;
  const style = context.seriesOf(grid.groupId);
  const colour = style?.colour ?? '#0072B2';
  const points = placeLabels(
    grid.needs
      .filter((need) => need.importance !== null && need.performance !== null)
      .map((need) => ({ ...need, label: context.needName(need.code) })),
    min,
    max,
  );
  const axisName = (axis: 'importance' | 'performance') =>
    localized(IPA_AXIS_NAMES[axis], context.language);
  const table: ChartTableData = {
    columns: [
      { label: t('gaps.needs.need') },
      { label: axisName('importance'), numeric: true },
      { label: axisName('performance'), numeric: true },
      { label: t('gaps.needs.quadrant') },
    ],
    rows: grid.needs.map((need) => ({
      key: need.code,
      cells: [
        context.needName(need.code),
        format.mean(need.importance),
        format.mean(need.performance),
        need.quadrant ? localized(IPA_QUADRANT_NAMES[need.quadrant], context.language) : '–',
      ],
    })),
  };
  const title = t('gaps.needs.ipaTitle', { group: grid.name });
  const cutOff = ipaCutOffText(grid.importanceSplit, grid.performanceSplit, context.language);
  const description = `${t('gaps.needs.ipaDescription')} ${cutOff}`;
  const [topLeft, topRight, bottomLeft, bottomRight] = IPA_QUADRANT_LAYOUT;
  const ticks = Array.from({ length: max - min + 1 }, (_, index) => min + index);
  const areaLabel = (
    quadrant: IpaQuadrant,
    position: 'insideTopLeft' | 'insideTopRight' | 'insideBottomLeft' | 'insideBottomRight',
  ) => ({
    value: localized(IPA_QUADRANT_NAMES[quadrant], context.language),
    position,
    fill: '#44505e',
    fontSize: 13,
    fontWeight: 600,
  });

  return (
    <div className="gaps-ipa">
      <ChartFrame
        title={title}
        description={description}
        fileName={context.exportName(`gaps-ipa-${grid.name}`)}
        table={table}
        height={480}
      >
        <ScatterChart
          margin={{ top: 16, right: 32, bottom: 24, left: 8 }}
          title={title}
          desc={description}
        >
          <CartesianGrid stroke="#eef0f3" />
          <ReferenceArea
            x1={min}
            x2={grid.performanceSplit}
            y1={grid.importanceSplit}
            y2={max}
            fill="#fbe3d6"
            fillOpacity={0.6}
            label={areaLabel(topLeft, 'insideTopLeft')}
          />
          <ReferenceArea
            x1={grid.performanceSplit}
            x2={max}
            y1={grid.importanceSplit}
            y2={max}
            fill="#dcebf6"
            fillOpacity={0.6}
            label={areaLabel(topRight, 'insideTopRight')}
          />
          <ReferenceArea
            x1={min}
            x2={grid.performanceSplit}
            y1={min}
            y2={grid.importanceSplit}
            fill="#f1f2f4"
            fillOpacity={0.6}
            label={areaLabel(bottomLeft, 'insideBottomLeft')}
          />
          <ReferenceArea
            x1={grid.performanceSplit}
            x2={max}
            y1={min}
            y2={grid.importanceSplit}
            fill="#f6f0d8"
            fillOpacity={0.6}
            label={areaLabel(bottomRight, 'insideBottomRight')}
          />
          <ReferenceLine x={grid.performanceSplit} stroke="#5b6776" strokeDasharray="4 4" />
          <ReferenceLine y={grid.importanceSplit} stroke="#5b6776" strokeDasharray="4 4" />
          <XAxis
            type="number"
            dataKey="performance"
            name={t('gaps.needs.performance')}
            domain={[min, max]}
            ticks={ticks}
            tickFormatter={(value: number) => format.count(value)}
            label={{
              value: `${axisName('performance')} (${grid.name})`,
              position: 'insideBottom',
              offset: -12,
              fill: '#1d2733',
            }}
          />
          <YAxis
            type="number"
            dataKey="importance"
            name={t('gaps.needs.importance')}
            domain={[min, max]}
            ticks={ticks}
            tickFormatter={(value: number) => format.count(value)}
            label={{
              value: `${axisName('importance')} (${grid.name})`,
              angle: -90,
              position: 'insideLeft',
              fill: '#1d2733',
            }}
          />
          <Tooltip
            formatter={(value: unknown) =>
              typeof value === 'number' ? format.mean(value) : String(value ?? '')
            }
          />
          <Scatter
            data={points}
            name={grid.name}
            fill={colour}
            isAnimationActive={false}
            shape={markerDot(style?.shape ?? 'circle', colour, 6)}
          >
            <LabelList dataKey="label" content={pointLabel(points)} />
          </Scatter>
        </ScatterChart>
      </ChartFrame>
      <p className="muted" data-testid="ipa-cut-offs">
        {cutOff}
      </p>
    </div>
  );
}

interface PlacedLabel {
  /** Left of the point near the right edge, so the name stays inside the chart. */
  labelSide: 'left' | 'right';
  /** Pixels up or down, so names of points close together do not overlap. */
  labelDy: number;
}

/**
 * Where each point's name goes: right of the point if it fits, else left, else a line up or
 * down, so names stay inside the chart and off each other. Sizes are estimated on the value
 * axes for a chart of about 900 × 400 pixels; exact metrics do not matter for keeping apart.
 */
function placeLabels<
  T extends { code: string; label: string; importance: number | null; performance: number | null },
>(points: T[], min: number, max: number): (T & PlacedLabel)[] {
  const span = max - min;
  const perPixelX = span / 900;
  const perPixelY = span / 400;
  const boxes: { x1: number; x2: number; y1: number; y2: number }[] = [];
  const overlaps = (box: (typeof boxes)[number]) =>
    boxes.some(
      (other) => box.x1 < other.x2 && other.x1 < box.x2 && box.y1 < other.y2 && other.y1 < box.y2,
    );
  // The markers themselves are in the way too.
  for (const point of points) {
    const x = point.performance ?? min;
    const y = point.importance ?? min;
    boxes.push({
      x1: x - 7 * perPixelX,
      x2: x + 7 * perPixelX,
      y1: y - 7 * perPixelY,
      y2: y + 7 * perPixelY,
    });
  }
  const placed = new Map<string, PlacedLabel>();
  const byImportance = [...points].sort((a, b) => (b.importance ?? 0) - (a.importance ?? 0));
  for (const point of byImportance) {
    const x = point.performance ?? min;
    const y = point.importance ?? min;
    const gap = 10 * perPixelX;
    const width = point.label.length * 7 * perPixelX;
    const height = 14 * perPixelY;
    const candidates: PlacedLabel[] = [
      { labelSide: 'right', labelDy: 0 },
      { labelSide: 'left', labelDy: 0 },
      { labelSide: 'right', labelDy: -13 },
      { labelSide: 'right', labelDy: 13 },
      { labelSide: 'left', labelDy: -13 },
      { labelSide: 'left', labelDy: 13 },
    ];
    const boxOf = ({ labelSide, labelDy }: PlacedLabel) => {
      const centre = y - labelDy * perPixelY;
      return labelSide === 'right'
        ? { x1: x + gap, x2: x + gap + width, y1: centre - height / 2, y2: centre + height / 2 }
        : { x1: x - gap - width, x2: x - gap, y1: centre - height / 2, y2: centre + height / 2 };
    };
    const fits = (candidate: PlacedLabel) => {
      const box = boxOf(candidate);
      return box.x1 >= min && box.x2 <= max && !overlaps(box);
    };
    const choice = candidates.find(fits) ?? candidates[x > min + span / 2 ? 1 : 0]!;
    boxes.push(boxOf(choice));
    placed.set(point.code, choice);
  }
  return points.map((point) => ({ ...point, ...placed.get(point.code)! }));
}

/** A recharts label renderer for the points, in their order, placed by `placeLabels`. */
function pointLabel(points: readonly PlacedLabel[]) {
  return function PointLabel(props: {
    x?: number | string | undefined;
    y?: number | string | undefined;
    width?: number | string | undefined;
    height?: number | string | undefined;
    index?: number | undefined;
    value?: unknown;
  }) {
    const x = Number(props.x ?? 0) + Number(props.width ?? 0) / 2;
    const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2;
    const placed = points[props.index ?? -1];
    const side = placed?.labelSide ?? 'right';
    return (
      <text
        x={side === 'right' ? x + 10 : x - 10}
        y={y + (placed?.labelDy ?? 0)}
        textAnchor={side === 'right' ? 'start' : 'end'}
        dominantBaseline="central"
        fontSize={12}
        fill="#1d2733"
      >
        {String(props.value ?? '')}
      </text>
    );
  };
}

import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  ReferenceArea,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  CHART_INK,
  ChartFrame,
  PointLabels,
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

/** Where each quadrant's name stands, in IPA_QUADRANT_LAYOUT's order. */
const AREA_POSITIONS = [
  'insideTopLeft',
  'insideTopRight',
  'insideBottomLeft',
  'insideBottomRight',
] as const;

function IpaGrid({ context, grid }: { context: GapContext; grid: IpaDto }) {
  const { t } = useTranslation();
  const { analysis, format } = context;
  const { min, max } = analysis.needsScale;
  const style = context.seriesOf(grid.groupId);
  const colour = style?.colour ?? '#0072B2';
  const points = grid.needs
    .filter((need) => need.importance !== null && need.performance !== null)
    .map((need) => ({ ...need, label: context.needName(need.code) }));
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
  const { performanceSplit: xSplit, importanceSplit: ySplit } = grid;
  // The four quadrants, split at the means: performance across, importance up.
  const areas = [
    { quadrant: topLeft, x: [min, xSplit], y: [ySplit, max], fill: CHART_INK.quadrantConcentrate },
    { quadrant: topRight, x: [xSplit, max], y: [ySplit, max], fill: CHART_INK.quadrantKeep },
    { quadrant: bottomLeft, x: [min, xSplit], y: [min, ySplit], fill: CHART_INK.quadrantLow },
    { quadrant: bottomRight, x: [xSplit, max], y: [min, ySplit], fill: CHART_INK.quadrantOverkill },
  ].map((area, index) => ({ ...area, position: AREA_POSITIONS[index]! }));
  const ticks = Array.from({ length: max - min + 1 }, (_, index) => min + index);
  const areaLabel = (
    quadrant: IpaQuadrant,
    position: 'insideTopLeft' | 'insideTopRight' | 'insideBottomLeft' | 'insideBottomRight',
  ) => ({
    value: localized(IPA_QUADRANT_NAMES[quadrant], context.language),
    position,
    fill: CHART_INK.axisLabel,
    fontSize: 13,
    fontWeight: 600,
  });

  return (
    <div className="gaps-ipa">
      <ChartFrame
        title={title}
        description={description}
        exportFor={context.exportFor}
        table={table}
        height={480}
      >
        <ScatterChart
          margin={{ top: 16, right: 32, bottom: 24, left: 8 }}
          title={title}
          desc={description}
        >
          <CartesianGrid stroke={CHART_INK.gridSoft} />
          {areas.map((area) => (
            <ReferenceArea
              key={area.quadrant}
              x1={area.x[0]}
              x2={area.x[1]}
              y1={area.y[0]}
              y2={area.y[1]}
              fill={area.fill}
              fillOpacity={0.6}
              label={areaLabel(area.quadrant, area.position)}
            />
          ))}
          <ReferenceLine x={grid.performanceSplit} stroke={CHART_INK.muted} strokeDasharray="4 4" />
          <ReferenceLine y={grid.importanceSplit} stroke={CHART_INK.muted} strokeDasharray="4 4" />
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
              fill: CHART_INK.text,
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
              fill: CHART_INK.text,
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
          ></Scatter>
          <PointLabels
            points={points.map((point) => ({
              x: point.performance!,
              y: point.importance!,
              label: point.label,
            }))}
          />
        </ScatterChart>
      </ChartFrame>
      <p className="muted" data-testid="ipa-cut-offs">
        {cutOff}
      </p>
    </div>
  );
}

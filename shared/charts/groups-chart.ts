/**
 * The one layout of the chart of groups per category (`DotChartSpec`: the mirror, the groups per
 * dimension, the groups' importance of customer needs) on every surface: the picture (SVG and its
 * PNG, also the report preview on screen), the native Word chart and the deck's chart.
 *
 * Upright, as Word's "Line with Markers": Word has no horizontal line chart, its bar charts have
 * no markers, and a scatter chart would turn "Edit data" into x/y pairs; a line chart keeps the
 * data sheet the plain table of categories × groups the analyst expects. So the picture and the
 * deck draw the same: a board reader sees one chart, whichever file it came in.
 */
export const GROUPS_CHART = {
  /** Categories along the bottom, left to right in the spec's order (the tables' order). */
  categoryAxis: 'bottom',
  /** Scores up the left side: the scale's minimum at the bottom, its maximum at the top. */
  valueAxis: 'left',
  /** Each group is a thin line through its scores (points wide), with its own marker. */
  lineWidth: 1.5,
  /** The legend names the groups under the plot. */
  legend: 'bottom',
} as const;

/** The value axis' step: whole points on a rating scale (up to 10 points wide), else none (auto). */
export function groupsChartStep(min: number, max: number): number | undefined {
  return max - min <= 10 ? 1 : undefined;
}

/** Characters of a category label that fit across the plot at the axis' font size. */
const PLOT_WIDTH_CHARACTERS = 84;

/**
 * The slant of the category labels, the same on every surface: level while every word of every
 * label fits its share of the width (longer labels wrap onto lines), else −45° (slanted up to the
 * right) so that many categories, or long single words ("Productkwaliteit" among ten needs), never
 * run into each other.
 */
export function groupsChartLabelAngle(categories: readonly string[]): 0 | -45 {
  const share = PLOT_WIDTH_CHARACTERS / Math.max(1, categories.length);
  const longestWord = Math.max(
    0,
    ...categories.flatMap((category) => category.split(/\s+/).map((word) => word.length)),
  );
  return longestWord > share ? -45 : 0;
}

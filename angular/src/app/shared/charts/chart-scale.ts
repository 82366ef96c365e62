/**
 * The arithmetic of a bar chart, kept apart from the SVG so it can be tested: a value axis that always holds zero
 * (money goes negative: a loss, a net outflow) with round steps, and where each bar of each group stands.
 */

/** A value axis: its ends and the round values a grid line is drawn at, from `min` up to `max`. */
export interface ValueScale {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly ticks: readonly number[];
}

/** One bar in chart coordinates: `y` is its top, whether the value is above or below zero. */
export interface BarBox {
  readonly group: number;
  readonly series: number;
  readonly value: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The plot area inside the SVG, in pixels. */
export interface PlotArea {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** A step of 1, 2, 2.5 or 5 times a power of ten, the first at least `rough`: steps people read at a glance. */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const residual = rough / magnitude;
  const nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 2.5 ? 2.5 : residual <= 5 ? 5 : 10;
  return nice * magnitude;
}

/**
 * An axis for these values with about `targetTicks` steps: zero is always on it (bars grow from zero), its ends are
 * whole steps beyond the extremes, and an all-zero or empty chart still gets an axis (0…1).
 */
export function valueScale(values: readonly number[], targetTicks = 5): ValueScale {
  const finite = values.filter((v) => Number.isFinite(v));
  const low = Math.min(0, ...finite);
  const high = Math.max(0, ...finite);
  if (low === high) return { min: 0, max: 1, step: 0.2, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] };
  const step = niceStep((high - low) / Math.max(1, targetTicks));
  // Rounding the quotient first keeps 0.1 + 0.2-style drift from adding a step.
  const min = Math.floor(round(low / step)) * step;
  const max = Math.ceil(round(high / step)) * step;
  const ticks: number[] = [];
  for (let i = 0; i <= Math.round((max - min) / step); i++) ticks.push(round(min + i * step));
  return { min: round(min), max: round(max), step, ticks };
}

/** Where a value falls on the plot's height: `top` for the scale's max, `top + height` for its min. */
export function yOf(value: number, scale: ValueScale, plot: Pick<PlotArea, 'top' | 'height'>): number {
  const span = scale.max - scale.min || 1;
  return plot.top + ((scale.max - value) / span) * plot.height;
}

/**
 * The bars of `groups` (one per month) × `series.length` values, side by side in each group with a gap of
 * `1 − fill` of the group's width between groups. A bar spans from zero to its value: above the zero line for a
 * positive value, below it for a negative one; a zero is a bar of no height.
 */
export function barBoxes(series: readonly (readonly number[])[], groups: number, scale: ValueScale, plot: PlotArea, fill = 0.8): BarBox[] {
  if (groups <= 0 || series.length === 0) return [];
  const groupWidth = plot.width / groups;
  const barWidth = (groupWidth * fill) / series.length;
  const zero = yOf(0, scale, plot);
  const boxes: BarBox[] = [];
  for (let g = 0; g < groups; g++) {
    const start = plot.left + g * groupWidth + (groupWidth * (1 - fill)) / 2;
    series.forEach((values, s) => {
      const value = Number(values[g] ?? 0) || 0;
      const y = yOf(value, scale, plot);
      boxes.push({ group: g, series: s, value, x: start + s * barWidth, y: Math.min(y, zero), width: barWidth, height: Math.abs(zero - y) });
    });
  }
  return boxes;
}

/** Every how many groups a label fits under the axis, so labels never overlap: 1 for all of them. */
export function labelEvery(groups: number, plotWidth: number, labelWidth = 56): number {
  if (groups <= 0) return 1;
  return Math.max(1, Math.ceil(groups / Math.max(1, Math.floor(plotWidth / labelWidth))));
}

function round(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

import { barBoxes, labelEvery, niceStep, valueScale, yOf } from './chart-scale';

const plot = { left: 100, top: 10, width: 400, height: 200 };

describe('chart scale', () => {
  it('steps by 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(0.7)).toBe(1);
    expect(niceStep(1.5)).toBe(2);
    expect(niceStep(23)).toBe(25);
    expect(niceStep(340)).toBe(500);
    expect(niceStep(60_000)).toBe(100_000);
    expect(niceStep(0)).toBe(1);
  });

  it('puts zero on the axis of positive values and ends on a whole step above the largest', () => {
    const s = valueScale([120_000, 480_000.5, 310_000]);
    expect(s.min).toBe(0);
    expect(s.step).toBe(100_000);
    expect(s.max).toBe(500_000);
    expect(s.ticks).toEqual([0, 100_000, 200_000, 300_000, 400_000, 500_000]);
  });

  it('reaches below zero for a loss', () => {
    const s = valueScale([300, -120, 80]);
    expect(s.step).toBe(100);
    expect(s.min).toBe(-200);
    expect(s.max).toBe(300);
    expect(s.ticks).toContain(0);
  });

  it('holds only negative values with zero on top', () => {
    const s = valueScale([-40, -15]);
    expect(s.max).toBe(0);
    expect(s.min).toBe(-40);
  });

  it('gives an empty or all-zero chart an axis', () => {
    expect(valueScale([]).max).toBe(1);
    expect(valueScale([0, 0]).ticks[0]).toBe(0);
  });

  it('does not grow a step from floating-point drift', () => {
    const s = valueScale([0.1 + 0.2]);
    expect(s.max).toBeCloseTo(0.3, 9);
    expect(s.ticks.at(-1)).toBeCloseTo(0.3, 9);
  });

  it('maps the scale onto the plot height, max at the top', () => {
    const s = valueScale([-100, 300]);
    expect(yOf(s.max, s, plot)).toBe(10);
    expect(yOf(s.min, s, plot)).toBe(210);
    expect(yOf(0, s, plot)).toBe(10 + (300 / 400) * 200);
  });

  it('grows positive bars up from the zero line and negative ones down from it', () => {
    const s = valueScale([-100, 300]);
    const zero = yOf(0, s, plot);
    const [up, down, flat] = barBoxes([[300, -100, 0]], 3, s, plot);
    expect(up.y + up.height).toBeCloseTo(zero);
    expect(up.height).toBeCloseTo(150);
    expect(down.y).toBeCloseTo(zero);
    expect(down.height).toBeCloseTo(50);
    expect(flat.height).toBe(0);
  });

  it('sets a group\'s bars side by side inside the month, groups apart', () => {
    const s = valueScale([10]);
    const boxes = barBoxes([[1, 2], [3, 4]], 2, s, plot);
    expect(boxes.map((b) => [b.group, b.series])).toEqual([[0, 0], [0, 1], [1, 0], [1, 1]]);
    const [a, b, c] = boxes;
    expect(b.x).toBeCloseTo(a.x + a.width);
    expect(a.width).toBeCloseTo((200 * 0.8) / 2);
    expect(c.x - (b.x + b.width)).toBeCloseTo(200 * 0.2);
    expect(a.x).toBeCloseTo(100 + 200 * 0.1);
  });

  it('labels every month when they fit, every other or less when they do not', () => {
    expect(labelEvery(12, 800)).toBe(1);
    expect(labelEvery(24, 600)).toBe(3);
    expect(labelEvery(0, 600)).toBe(1);
  });
});

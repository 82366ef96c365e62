import { formatCurrency, formatDate } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, DestroyRef, ElementRef, inject, input, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { toSignal } from '@angular/core/rxjs-interop';
import { currencySign, formatMoney } from '../formats/formats';
import { barBoxes, labelEvery, PlotArea, valueScale, yOf } from './chart-scale';

/** How a series is coloured: the theme's main colour, green for money in (or profit), red for money out, grey. */
export type SeriesTone = 'primary' | 'positive' | 'negative' | 'neutral' | 'secondary';

/** One series of bars, a value per month (in the order of the chart's months); the name is shown in the legend. */
export interface ChartSeries {
  readonly name: string;
  readonly values: readonly (number | string | null | undefined)[];
  readonly tone?: SeriesTone;
}

const MARGIN = { top: 12, right: 12, bottom: 28, left: 96 };

/**
 * Grouped bars by month for the money reports: one group per month, one bar per series, a zero line with negative
 * values below it, round money on the value axis and each bar's exact amount in its tooltip. It fills the width of
 * its container and redraws when that changes. No chart library: a dozen bars are an SVG and some arithmetic.
 */
@Component({
  selector: 'app-bar-chart',
  templateUrl: './bar-chart.html',
  styleUrl: './bar-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BarChart {
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** What the chart shows, for screen readers (the SVG is one image to them; the page's table has the figures). */
  readonly label = input.required<string>();
  /** The months, `yyyy-MM`: one group of bars each. */
  readonly months = input.required<readonly string[]>();
  /** Names for the groups instead of month names (managers, channels), shown as they are; one per entry of `months`. */
  readonly labels = input<readonly string[] | null>(null);
  readonly series = input.required<readonly ChartSeries[]>();
  readonly currency = input<string>('RUB');
  readonly height = input(260);

  protected readonly width = signal(640);
  private readonly language = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() || 'ru' });
  private readonly locale = computed(() => this.language() || 'ru');

  protected readonly plot = computed<PlotArea>(() => ({
    left: MARGIN.left,
    top: MARGIN.top,
    width: Math.max(40, this.width() - MARGIN.left - MARGIN.right),
    height: Math.max(40, this.height() - MARGIN.top - MARGIN.bottom),
  }));
  private readonly values = computed(() => this.series().map((s) => this.months().map((_, i) => Number(s.values[i] ?? 0) || 0)));
  protected readonly scale = computed(() => valueScale(this.values().flat()));
  protected readonly zeroY = computed(() => yOf(0, this.scale(), this.plot()));

  protected readonly ticks = computed(() => {
    const locale = this.locale();
    const sign = currencySign(this.currency(), locale);
    return this.scale().ticks.map((value) => ({
      value,
      y: yOf(value, this.scale(), this.plot()),
      text: formatCurrency(value, locale, sign, this.currency(), '1.0-0'),
    }));
  });

  protected readonly bars = computed(() => {
    const locale = this.locale();
    const months = this.months();
    const series = this.series();
    return barBoxes(this.values(), months.length, this.scale(), this.plot()).map((b) => ({
      ...b,
      tone: series[b.series].tone ?? 'primary',
      negative: b.value < 0,
      title: `${series[b.series].name}, ${this.groupName(b.group, 'LLLL y')}: ${formatMoney(b.value, locale, this.currency())}`,
    }));
  });

  protected readonly monthLabels = computed(() => {
    const months = this.months();
    const plot = this.plot();
    const every = labelEvery(months.length, plot.width);
    const groupWidth = plot.width / Math.max(1, months.length);
    return months
      .map((_, i) => ({ text: this.groupName(i, 'LLL yy'), x: plot.left + (i + 0.5) * groupWidth, shown: i % every === 0 }))
      .filter((l) => l.shown);
  });

  private groupName(group: number, pattern: string): string {
    return this.labels()?.[group] ?? monthName(this.months()[group], this.locale(), pattern);
  }

  protected readonly legend = computed(() => this.series().map((s) => ({ name: s.name, tone: s.tone ?? 'primary' })));

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const element = this.host.nativeElement;
      const measure = () => {
        const w = Math.floor(element.clientWidth);
        if (w > 0 && w !== this.width()) this.width.set(w);
      };
      measure();
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(measure);
      observer.observe(element);
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }
}

/** `2026-03` by name in the UI language: `мар. 26` on the axis, `март 2026` in a tooltip. */
export function monthName(month: string, locale: string, pattern: string): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  return formatDate(new Date(y, m - 1, 1), pattern, locale);
}

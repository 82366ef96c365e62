import { signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { fieldErrors, problemOf, statusOf } from '../core/http/problem-details';

/**
 * A form's refusals: a message under each field the form shows, the rest (and 404/409 answers) in a banner.
 * `fields` are the form's field names as the server's JSON names them.
 */
export class FormErrors {
  readonly fields = signal<Record<string, string>>({});
  readonly banner = signal<string | null>(null);

  constructor(
    private readonly transloco: TranslocoService,
    private readonly shown: readonly string[],
  ) {}

  clear(): void {
    this.fields.set({});
    this.banner.set(null);
  }

  /** A field left empty that must not be. */
  require(field: string): void {
    this.fields.set({ [field]: this.transloco.translate<string>('finance.required') });
  }

  fail(error: unknown): void {
    if (statusOf(error) === 400) {
      const all = Object.fromEntries(Object.entries(fieldErrors(error)).map(([f, m]) => [f, m.join(' ')]));
      const placed = Object.fromEntries(Object.entries(all).filter(([f]) => this.shown.includes(f)));
      const rest = Object.entries(all).filter(([f]) => !this.shown.includes(f));
      this.fields.set(placed);
      const problem = problemOf(error);
      this.banner.set(rest.length ? rest.map(([, m]) => m).join(' ') : Object.keys(placed).length ? null : problem?.detail || problem?.title || null);
      return;
    }
    const problem = problemOf(error);
    this.fields.set({});
    this.banner.set(problem?.detail || problem?.title || this.transloco.translate<string>('finance.failed'));
  }
}

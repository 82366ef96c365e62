import { inject, Pipe, PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

/** The things that have a status, each with its words under `statuses.<kind>` in the i18n files. */
export type StatusKind = 'deal' | 'lead' | 'document' | 'invoice' | 'payment';

/** The i18n key of a status word: the one dictionary every page, filter and card reads. */
export function statusKey(kind: StatusKind, status: string | null | undefined): string {
  return `statuses.${kind}.${status ?? ''}`;
}

/** `{{ deal.status | status: 'deal' }}` → `Выиграна`; never the raw `won`. */
@Pipe({ name: 'status', pure: false })
export class StatusPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(status: string | null | undefined, kind: StatusKind): string {
    if (!status) return '';
    return this.transloco.translate(statusKey(kind, status));
  }
}

import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, debounceTime, of, Subject, switchMap } from 'rxjs';
import { DuplicateDto } from '../../api/models';
import { CrmService } from '../../api/services';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

export interface DuplicateQuery {
  kind?: 'company' | 'contact';
  taxId?: string | null;
  phones: string[];
  emails: string[];
  excludeId?: string | null;
}

/** Whether a query has anything worth asking the server about. */
export function hasDuplicateKeys(q: DuplicateQuery): boolean {
  return !!q.taxId?.trim() || q.phones.some((p) => p.trim()) || q.emails.some((e) => e.trim());
}

/**
 * Shows the existing cards that match what the user is typing (same tax id, phone or e-mail), before saving:
 * the user can open the existing card, or merge the card being edited into it.
 */
@Component({
  selector: 'app-duplicate-panel',
  imports: [MatButtonModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (matches().length) {
      <section class="panel" role="status" data-testid="duplicate-panel">
        <strong>{{ 'duplicates.title' | transloco }}</strong>
        @for (m of matches(); track $index) {
          <div class="match" data-testid="duplicate-match">
            @if (m.visible) {
              <span>{{ (m.kind === 'company' ? 'duplicates.company' : 'duplicates.contact') | transloco }}: {{ m.name }}</span>
            } @else {
              <span>{{ 'duplicates.hidden' | transloco }}</span>
            }
            <small>{{ 'duplicates.matchedBy' | transloco }}: {{ m.matchedBy.join(', ') }}</small>
            @if (m.visible && m.id) {
              <a mat-button [routerLink]="['/crm', m.kind === 'company' ? 'companies' : 'contacts', m.id]" data-testid="duplicate-open">
                {{ 'duplicates.open' | transloco }}
              </a>
              @if (canMerge() && m.kind === 'company') {
                <button mat-button type="button" (click)="merge.emit(m)" data-testid="duplicate-merge">
                  {{ 'duplicates.merge' | transloco }}
                </button>
              }
            }
          </div>
        }
      </section>
    }
  `,
  styles: `
    .panel { border: 1px solid var(--mat-sys-tertiary); border-radius: 8px; padding: 8px 12px; margin-bottom: 16px; }
    .match { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; }
    small { opacity: 0.7; }
  `,
})
export class DuplicatePanel {
  private readonly crm = inject(CrmService);

  readonly query = input.required<DuplicateQuery>();
  /** Merging needs an existing card on both sides: only the edit form offers it. */
  readonly canMerge = input(false);
  readonly merge = output<DuplicateDto>();

  protected readonly matches = signal<DuplicateDto[]>([]);
  private readonly queries = new Subject<DuplicateQuery>();

  constructor() {
    this.queries
      .pipe(
        debounceTime(400),
        switchMap((q) =>
          hasDuplicateKeys(q)
            ? this.crm
                .findDuplicates({
                  kind: q.kind,
                  taxId: q.taxId?.trim() || undefined,
                  phone: q.phones.filter((p) => p.trim()),
                  email: q.emails.filter((e) => e.trim()),
                  excludeId: q.excludeId ?? undefined,
                })
                .pipe(catchError(() => of({ items: [] })))
            : of({ items: [] }),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((result) => this.matches.set(result.items));
    effect(() => this.queries.next(this.query()));
  }
}

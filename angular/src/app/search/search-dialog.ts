import { ChangeDetectionStrategy, Component, computed, DestroyRef, ElementRef, inject, Injector, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { startWith } from 'rxjs';
import { SearchHit } from '../api/models';
import { SearchService } from '../api/services';
import { SEARCH_MIN_LENGTH, searchAsYouType, SearchState } from './search-as-you-type';
import { flatten, searchKey } from './search-keys';

export interface SearchDialogData {
  /** What was already typed into the top bar's box. */
  readonly text: string;
}

/** The Ctrl+K dialog: results as you type, grouped by kind; the arrows, Enter and Escape work it without a mouse. */
@Component({
  selector: 'app-search-dialog',
  imports: [MatDialogModule, MatProgressBarModule, ReactiveFormsModule, TranslocoPipe],
  template: `
    <div class="search" role="combobox" aria-haspopup="listbox" [attr.aria-expanded]="hits().length > 0">
      <input
        class="term"
        type="search"
        [formControl]="text"
        (keydown)="key($event)"
        [placeholder]="'search.placeholder' | transloco"
        [attr.aria-label]="'search.label' | transloco"
        aria-controls="search-results"
        [attr.aria-activedescendant]="active() >= 0 ? 'search-hit-' + active() : null"
        autocomplete="off"
        data-testid="search-input"
      />
      @if (state().loading) {
        <mat-progress-bar mode="indeterminate" />
      }
    </div>
    <mat-dialog-content class="results" id="search-results" role="listbox">
      @for (group of state().result.groups; track group.kind) {
        <h3 class="kind" data-testid="search-group">{{ 'search.kinds.' + group.kind | transloco }}</h3>
        @for (hit of group.items; track hit.id) {
          <button
            type="button"
            role="option"
            class="hit"
            [id]="'search-hit-' + indexOf(hit)"
            [class.active]="indexOf(hit) === active()"
            [attr.aria-selected]="indexOf(hit) === active()"
            (click)="open(hit)"
            (mouseenter)="active.set(indexOf(hit))"
            data-testid="search-hit"
          >
            <span class="title">{{ hit.title }}</span>
            @if (hit.subtitle) {
              <span class="subtitle">{{ hit.subtitle }}</span>
            }
          </button>
        }
      }
      @if (state().failed) {
        <p class="note" data-testid="search-failed">{{ 'search.failed' | transloco }}</p>
      } @else if (state().result.unavailable.length > 0) {
        <p class="note" data-testid="search-unavailable">{{ 'search.unavailable' | transloco }}</p>
      }
      @if (!state().loading && !state().failed && state().term.length >= minLength && hits().length === 0) {
        <p class="note" data-testid="search-empty">{{ 'search.empty' | transloco }}</p>
      } @else if (state().term.length < minLength) {
        <p class="note">{{ 'search.hint' | transloco }}</p>
      }
    </mat-dialog-content>
  `,
  styles: `
    .search { padding: 12px 16px 0; }
    .term { width: 100%; box-sizing: border-box; font: var(--mat-sys-title-medium); padding: 8px 4px; border: none;
      border-bottom: 1px solid var(--mat-sys-outline-variant); outline: none; background: transparent; color: inherit; }
    .results { max-height: min(60vh, 480px); padding-top: 4px; }
    .kind { font: var(--mat-sys-label-medium); color: var(--mat-sys-on-surface-variant); margin: 12px 0 4px; text-transform: uppercase; }
    .hit { display: block; width: 100%; text-align: left; border: none; background: transparent; color: inherit; cursor: pointer;
      padding: 6px 8px; border-radius: 6px; font: var(--mat-sys-body-medium); }
    .hit.active { background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
    .hit .subtitle { display: block; font: var(--mat-sys-body-small); opacity: 0.75; }
    .note { opacity: 0.7; margin: 12px 0; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SearchDialog {
  private readonly client = inject(SearchService);
  private readonly router = inject(Router);
  private readonly ref = inject<MatDialogRef<SearchDialog>>(MatDialogRef);
  private readonly data = inject<SearchDialogData | null>(MAT_DIALOG_DATA, { optional: true });
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly minLength = SEARCH_MIN_LENGTH;
  protected readonly text = new FormControl(this.data?.text ?? '', { nonNullable: true });
  protected readonly state = toSignal(
    searchAsYouType(this.text.valueChanges.pipe(startWith(this.text.value)), (term) => this.client.search({ q: term, take: 5 })),
    { initialValue: { term: '', loading: false, failed: false, result: { groups: [], unavailable: [] } } satisfies SearchState },
  );
  protected readonly hits = computed(() => flatten(this.state().result.groups));
  protected readonly active = signal(-1);

  constructor() {
    // New results: the highlight starts again at the first.
    this.text.valueChanges.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe(() => this.active.set(-1));
  }

  protected indexOf(hit: SearchHit): number {
    return this.hits().indexOf(hit);
  }

  protected key(event: KeyboardEvent): void {
    const action = searchKey(event.key, this.active(), this.hits());
    if (action.kind === 'none') return;
    event.preventDefault();
    if (action.kind === 'move') {
      this.active.set(action.index);
      // Optional: not every browser-like environment scrolls (jsdom does not).
      this.host.nativeElement.querySelector(`#search-hit-${action.index}`)?.scrollIntoView?.({ block: 'nearest' });
    } else {
      this.open(action.hit);
    }
  }

  protected open(hit: SearchHit): void {
    this.ref.close();
    void this.router.navigateByUrl(hit.url);
  }
}

/** Opens the search dialog, unless it is open already (Ctrl+K while it is open leaves it be). */
export function openSearchDialog(injector: Injector, text: string): void {
  const dialog = injector.get(MatDialog);
  if (dialog.openDialogs.some((d) => d.componentInstance instanceof SearchDialog)) return;
  dialog.open<SearchDialog, SearchDialogData>(SearchDialog, {
    data: { text },
    width: '640px',
    maxWidth: '95vw',
    position: { top: '10vh' },
    autoFocus: 'first-tabbable',
    restoreFocus: true,
  });
}

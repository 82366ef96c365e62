import { ChangeDetectionStrategy, Component, ElementRef, inject, Injector, viewChild } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { isSearchShortcut } from './search-keys';

/**
 * The top bar's search box. Typing into it (or Ctrl+K anywhere) opens the search dialog with what was typed, where the
 * results appear; on a phone it is a button. The dialog is loaded on first use, so the top bar costs the first page
 * almost nothing.
 */
@Component({
  selector: 'app-search-box',
  imports: [TranslocoPipe],
  template: `
    <input
      #box
      class="box"
      type="search"
      (input)="typed(box.value)"
      (keydown.enter)="open(box.value)"
      [placeholder]="'search.box' | transloco"
      [attr.aria-label]="'search.label' | transloco"
      data-testid="search-box"
    />
    <button class="icon" type="button" (click)="open('')" [attr.aria-label]="'search.label' | transloco" data-testid="search-button">
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
        <path fill="currentColor" d="M15.5 14h-.79l-.28-.27A6.47 6.47 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16a6.47 6.47 0 0 0 4.23-1.57l.27.28v.79l5 5 1.5-1.5-5-5Zm-6 0A4.5 4.5 0 1 1 14 9.5 4.49 4.49 0 0 1 9.5 14Z" />
      </svg>
    </button>
  `,
  styles: `
    @use '../shared/breakpoints' as bp;
    :host { display: inline-flex; align-items: center; }
    .box { width: 260px; padding: 6px 10px; border-radius: 8px; border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface); color: var(--mat-sys-on-surface); font: var(--mat-sys-body-medium); }
    .icon { display: none; border: none; background: transparent; color: inherit; cursor: pointer; padding: 8px;
      min-width: bp.$tap-target; min-height: bp.$tap-target; align-items: center; justify-content: center; }
    @include bp.phone {
      .box { display: none; }
      .icon { display: inline-flex; }
    }
  `,
  host: { '(document:keydown)': 'shortcut($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SearchBox {
  private readonly injector = inject(Injector);
  private readonly box = viewChild.required<ElementRef<HTMLInputElement>>('box');

  protected shortcut(event: KeyboardEvent): void {
    if (!isSearchShortcut(event)) return;
    event.preventDefault();
    void this.open('');
  }

  protected typed(text: string): void {
    if (text.trim()) void this.open(text);
  }

  async open(text: string): Promise<void> {
    this.box().nativeElement.value = '';
    const { openSearchDialog } = await import('./search-dialog');
    openSearchDialog(this.injector, text);
  }
}

import { ChangeDetectionStrategy, Component, DestroyRef, forwardRef, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ControlValueAccessor, FormControl, NG_VALUE_ACCESSOR, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, debounceTime, distinctUntilChanged, filter, firstValueFrom, map, merge, Observable, of, Subject, switchMap } from 'rxjs';

/** One thing a picker offers: its id (the value), the name shown, and a hint shown after the name (a tax id, a SKU). */
export interface PickerItem<T = unknown> {
  readonly id: string;
  readonly name: string;
  readonly hint?: string | null;
  /** The record the item came from, for a page that needs more than its id (a product's price). */
  readonly data?: T;
}

/** Finds what matches the typed text (empty text: the first few). */
export type PickerSearch<T = unknown> = (text: string) => Observable<PickerItem<T>[]>;

/** Finds one item by its id, so an existing record shows the name of its current value rather than an id. */
export type PickerLookup<T = unknown> = (id: string) => Observable<PickerItem<T> | null>;

/** How long typing must pause before the picker asks the server. */
export const PICKER_DEBOUNCE_MS = 250;

/** How many items a picker asks for per search. */
export const PICKER_PAGE = 20;

/**
 * The template every picker shares: Material autocomplete on a text box, so arrows move through the names, Enter
 * picks, Esc closes, and ✕ clears. Concrete pickers (company, deal, ...) extend {@link Picker} and reuse this.
 */
export const PICKER_TEMPLATE = `
  <mat-form-field appearance="outline" subscriptSizing="dynamic" class="picker">
    <mat-label>{{ label() }}</mat-label>
    <input
      matInput
      autocomplete="off"
      [formControl]="text"
      [matAutocomplete]="auto"
      [readonly]="disabled() || readonly()"
      [required]="required()"
      (focus)="opened()"
      (blur)="touched()"
      [attr.data-testid]="testId()"
    />
    @if (value() && !disabled() && !readonly()) {
      <button
        mat-icon-button
        matSuffix
        type="button"
        (click)="clear()"
        [attr.aria-label]="'picker.clear' | transloco"
        [attr.data-testid]="testId() + '-clear'"
      >✕</button>
    }
    <mat-autocomplete #auto [displayWith]="nameOf" [autoActiveFirstOption]="true" (optionSelected)="select($event)">
      @for (item of options(); track item.id) {
        <mat-option [value]="item" [attr.data-testid]="testId() + '-option'">
          {{ item.name }}@if (item.hint) { <span class="picker-hint"> · {{ item.hint }}</span> }
        </mat-option>
      }
      @if (searched() && !options().length) {
        <mat-option disabled [attr.data-testid]="testId() + '-none'">{{ 'picker.none' | transloco }}</mat-option>
      }
    </mat-autocomplete>
    @if (error()) {
      <mat-hint class="picker-error" [attr.data-testid]="'error-' + testId()">{{ error() }}</mat-hint>
    }
  </mat-form-field>
`;

export const PICKER_IMPORTS = [ReactiveFormsModule, MatAutocompleteModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe];

export const PICKER_STYLES = `
  :host { display: block; }
  .picker { width: 100%; }
  .picker-hint { color: var(--mat-sys-on-surface-variant); }
  .picker-error { color: var(--mat-sys-error); }
`;

/**
 * A searchable picker: the user types, the picker asks `search` after a short pause and lists names; the form gets the
 * picked item's id ('' when nothing is picked, which is how Suite's forms say "empty"). Typing over a picked name
 * unpicks it, so a half-typed name is never taken for a choice.
 */
@Component({
  selector: 'app-picker',
  imports: PICKER_IMPORTS,
  template: PICKER_TEMPLATE,
  styles: PICKER_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => Picker), multi: true }],
})
export class Picker<T = unknown> implements ControlValueAccessor {
  readonly label = input('');
  /**
   * Where names come from; a concrete picker has a default, a page may pass another (a module's own route, whose
   * items carry other data than the default's).
   */
  readonly search = input<PickerSearch<unknown>>();
  readonly lookup = input<PickerLookup<unknown>>();
  /** The current value's name when the page knows it already (no lookup needed, e.g. a deal line's description). */
  readonly currentName = input<string | null>();
  readonly testId = input('picker');
  readonly required = input(false);
  readonly readonly = input(false);
  /** A message under the box (a server's refusal of the field). */
  readonly error = input<string | null | undefined>(null);
  /** The item picked, or null when cleared or typed over; its `data` is a T when the default search found it. */
  readonly picked = output<PickerItem<T> | null>();

  /** What concrete pickers search and look up with when the page passes nothing. */
  protected defaultSearch?: PickerSearch<T>;
  protected defaultLookup?: PickerLookup<T>;

  protected readonly text = new FormControl<string | PickerItem<T>>('', { nonNullable: true });
  protected readonly options = signal<PickerItem<T>[]>([]);
  protected readonly searched = signal(false);
  protected readonly disabled = signal(false);
  protected readonly value = signal('');
  private readonly focused = new Subject<string>();
  private onChange: (id: string) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  constructor() {
    const typed = this.text.valueChanges.pipe(
      map((v) => (typeof v === 'string' ? v : null)),
    );
    typed.pipe(takeUntilDestroyed()).subscribe((v) => {
      if (v !== null && this.value()) this.choose(null);
    });
    merge(
      typed.pipe(
        filter((v): v is string => v !== null),
        map((v) => v.trim()),
        debounceTime(PICKER_DEBOUNCE_MS),
        distinctUntilChanged(),
      ),
      this.focused,
    )
      .pipe(
        switchMap((text) => {
          const search = (this.search() ?? this.defaultSearch) as PickerSearch<T> | undefined;
          return search ? search(text).pipe(catchError(() => of([] as PickerItem<T>[]))) : of([] as PickerItem<T>[]);
        }),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((items) => {
        this.options.set(items);
        this.searched.set(true);
      });
  }

  protected readonly nameOf = (item: PickerItem | string | null): string => (typeof item === 'string' ? item : (item?.name ?? ''));

  /** On focus the list shows the first matches of what is in the box, so arrows work before typing. */
  protected opened(): void {
    if (this.options().length) return;
    const current = this.text.value;
    this.focused.next(typeof current === 'string' ? current.trim() : '');
  }

  protected touched(): void {
    this.onTouched();
  }

  protected select(event: MatAutocompleteSelectedEvent): void {
    this.choose(event.option.value as PickerItem<T>);
  }

  protected clear(): void {
    this.text.setValue('', { emitEvent: false });
    this.choose(null);
    this.options.set([]);
    this.searched.set(false);
  }

  private choose(item: PickerItem<T> | null): void {
    const id = item?.id ?? '';
    this.value.set(id);
    this.onChange(id);
    this.picked.emit(item);
  }

  /** The form sets an id: its name is shown from the last search, or looked up (an existing record being edited). */
  writeValue(id: string | null | undefined): void {
    const wanted = id ?? '';
    if (wanted === this.value() && (wanted === '' || typeof this.text.value !== 'string')) return;
    this.value.set(wanted);
    if (!wanted) {
      this.text.setValue('', { emitEvent: false });
      return;
    }
    const known = this.options().find((o) => o.id === wanted);
    if (known) {
      this.text.setValue(known, { emitEvent: false });
      return;
    }
    const name = this.currentName();
    // Until the name comes, the box shows nothing rather than an id.
    this.text.setValue(name ? { id: wanted, name } : '', { emitEvent: false });
    if (name) return;
    const lookup = (this.lookup() ?? this.defaultLookup) as PickerLookup<T> | undefined;
    if (!lookup) return;
    void firstValueFrom(lookup(wanted).pipe(catchError(() => of(null)))).then((item) => {
      if (item && this.value() === wanted) this.text.setValue(item, { emitEvent: false });
    });
  }

  registerOnChange(fn: (id: string) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }
}

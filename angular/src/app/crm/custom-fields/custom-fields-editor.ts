import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { CustomFieldDto } from '../../api/models';

/**
 * The admin-defined fields of a card, each rendered by its type. Values are the strings the API stores
 * (numbers with a dot, dates yyyy-MM-dd, yes/no as "true"/"false"); keys without a definition are kept as they are.
 */
@Component({
  selector: 'app-custom-fields-editor',
  imports: [MatFormFieldModule, MatInputModule, MatSelectModule, MatCheckboxModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (field of definitions(); track field.id) {
      @switch (field.type) {
        @case ('yesNo') {
          <mat-checkbox
            [checked]="values()[field.key] === 'true'"
            (change)="set(field.key, $event.checked ? 'true' : 'false')"
            [attr.data-testid]="'custom-' + field.key"
            >{{ field.label }}</mat-checkbox
          >
        }
        @case ('list') {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ field.label }}</mat-label>
            <mat-select
              [value]="values()[field.key] ?? ''"
              (valueChange)="set(field.key, $event)"
              [required]="field.required"
              [attr.data-testid]="'custom-' + field.key"
            >
              <mat-option value="">—</mat-option>
              @for (option of field.options; track option) {
                <mat-option [value]="option">{{ option }}</mat-option>
              }
            </mat-select>
            @if (errors()[field.key]; as error) {
              <mat-hint class="error">{{ error }}</mat-hint>
            }
          </mat-form-field>
        }
        @default {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ field.label }}</mat-label>
            <input
              matInput
              [type]="field.type === 'number' ? 'number' : field.type === 'date' ? 'date' : 'text'"
              [value]="values()[field.key] ?? ''"
              (input)="set(field.key, $any($event.target).value)"
              [required]="field.required"
              [attr.data-testid]="'custom-' + field.key"
            />
            @if (errors()[field.key]; as error) {
              <mat-hint class="error">{{ error }}</mat-hint>
            } @else if (field.required) {
              <mat-hint>{{ 'customFields.requiredHint' | transloco }}</mat-hint>
            }
          </mat-form-field>
        }
      }
    }
  `,
  styles: `
    :host { display: contents; }
    .error { color: var(--mat-sys-error); }
  `,
})
export class CustomFieldsEditor {
  readonly definitions = input<CustomFieldDto[]>([]);
  readonly values = model<Record<string, string>>({});
  /** Server errors by field key (from `customFields.<key>`). */
  readonly errors = input<Record<string, string>>({});

  protected set(key: string, value: string): void {
    const next = { ...this.values() };
    if (value === '' || value == null) delete next[key];
    else next[key] = String(value);
    this.values.set(next);
  }
}

/** Picks the `customFields.<key>` errors out of a 400's errors. */
export function customFieldErrors(errors: Record<string, string[]> | null | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, messages] of Object.entries(errors ?? {})) {
    if (name.startsWith('customFields.')) result[name.slice('customFields.'.length)] = messages.join(' ');
  }
  return result;
}

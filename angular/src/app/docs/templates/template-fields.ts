import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { TemplateField } from '../docs-models';

/** The merge fields a template may use, searchable; a click hands the field to the editor to insert at the cursor. */
@Component({
  selector: 'app-template-fields',
  imports: [MatFormFieldModule, MatInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host { display: block; }
    ul { list-style: none; margin: 0; padding: 0; max-height: 60vh; overflow-y: auto; }
    button {
      display: block; width: 100%; text-align: left; border: 0; background: none; cursor: pointer;
      padding: 6px 8px; border-radius: 6px; font: inherit; color: inherit;
    }
    button:hover, button:focus-visible { background: var(--mat-sys-surface-container-high); }
    code { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 0.9em; }
    .about { display: block; font-size: 0.85em; color: var(--mat-sys-on-surface-variant); }
    mat-form-field { width: 100%; }
  `,
  template: `
    <h2>{{ 'docs.editor.fields' | transloco }}</h2>
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ 'docs.editor.fieldsFilter' | transloco }}</mat-label>
      <input matInput type="search" [value]="filter()" (input)="filter.set($any($event.target).value)" data-testid="template-fields-filter" />
      <mat-hint>{{ 'docs.editor.fieldsHint' | transloco }}</mat-hint>
    </mat-form-field>
    <ul data-testid="template-fields">
      @for (f of shown(); track f.path) {
        <li>
          <!-- mousedown would take the focus, and with it the cursor position the field goes to -->
          <button type="button" (mousedown)="$event.preventDefault()" (click)="chosen.emit(f.path)" [attr.data-path]="f.path" data-testid="template-field">
            <code>{{ f.path }}</code>
            <span class="about">{{ f.description }}@if (f.example) { · {{ f.example }} }</span>
          </button>
        </li>
      }
    </ul>
  `,
})
export class TemplateFields {
  readonly fields = input.required<readonly TemplateField[]>();
  readonly chosen = output<string>();

  protected readonly filter = signal('');
  protected readonly shown = computed(() => {
    const text = this.filter().trim().toLocaleLowerCase();
    return text ? this.fields().filter((f) => `${f.path} ${f.description}`.toLocaleLowerCase().includes(text)) : this.fields();
  });
}

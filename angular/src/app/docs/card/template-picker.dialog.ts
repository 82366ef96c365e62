import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DocsClient } from '../docs-client';
import { DocsEntityType, TemplateListItem } from '../docs-models';
import { problemOfAny, problemText } from '../docs-problems';

/** "Create a document": the templates that can be generated from this kind of card; closes with the one picked. */
@Component({
  selector: 'app-template-picker-dialog',
  imports: [MatDialogModule, MatButtonModule, MatProgressBarModule, TranslocoPipe],
  styleUrl: '../docs.scss',
  styles: `
    .choices { display: flex; flex-direction: column; gap: 4px; min-width: min(420px, 80vw); }
    .choice {
      display: block; width: 100%; text-align: left; border: 0; border-radius: 8px; padding: 8px 12px;
      background: none; font: inherit; color: inherit; cursor: pointer;
    }
    .choice:hover, .choice:focus-visible { background: var(--mat-sys-surface-container-high); }
    .choice .muted { display: block; font-size: 0.85em; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'docs.create.title' | transloco }}</h2>
    <mat-dialog-content>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" />
      }
      @if (error(); as message) {
        <div class="banner" role="alert">{{ message }}</div>
      }
      <div class="choices">
        @for (t of templates(); track t.id) {
          <button class="choice" type="button" [mat-dialog-close]="t" data-testid="template-choice">
            {{ t.name }}
            <span class="muted">{{ 'docs.kinds.' + t.kind | transloco }} · {{ 'docs.formats.' + t.format | transloco }}</span>
          </button>
        } @empty {
          @if (!loading() && !error()) {
            <p class="muted" data-testid="template-choice-none">{{ 'docs.create.none' | transloco }}</p>
          }
        }
      </div>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'docs.cancel' | transloco }}</button>
    </mat-dialog-actions>
  `,
})
export class TemplatePickerDialog implements OnInit {
  private readonly docs = inject(DocsClient);
  private readonly transloco = inject(TranslocoService);
  private readonly data = inject<{ entityType: DocsEntityType }>(MAT_DIALOG_DATA);

  protected readonly templates = signal<TemplateListItem[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    try {
      const page = await firstValueFrom(this.docs.templates({ entityType: this.data.entityType, maxResultCount: 100 }));
      this.templates.set(page.items);
    } catch (error) {
      this.error.set(problemText(await problemOfAny(error), this.transloco.translate<string>('docs.failed')));
    } finally {
      this.loading.set(false);
    }
  }
}

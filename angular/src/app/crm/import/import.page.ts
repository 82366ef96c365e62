import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { ImportJobDto, ImportPreviewDto } from '../../api/models';
import { CrmService } from '../../api/services';
import { problemOf } from '../../core/http/problem-details';
import { assign, ColumnMapping, initialMapping, missingRequired, toRequest } from './import-mapping';

const POLL_MS = 1000;

/** The import wizard: upload → preview and mapping → progress → errors. */
@Component({
  selector: 'app-import-page',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatSelectModule, MatRadioModule, MatTableModule, MatProgressBarModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 data-testid="page-title">{{ 'import.title' | transloco }}</h1>
    @if (error(); as message) {
      <div class="error" role="alert" data-testid="import-error">{{ message }}</div>
    }

    @if (!preview()) {
      <section class="step" data-testid="import-upload">
        <mat-radio-group [(ngModel)]="target" data-testid="import-target">
          <mat-radio-button value="company">{{ 'customFields.entities.company' | transloco }}</mat-radio-button>
          <mat-radio-button value="contact">{{ 'customFields.entities.contact' | transloco }}</mat-radio-button>
        </mat-radio-group>
        <p>{{ 'import.fileHint' | transloco }}</p>
        <input type="file" accept=".csv,.xlsx,text/csv" (change)="upload($any($event.target).files?.[0])" data-testid="import-file" />
        @if (busy()) {
          <mat-progress-bar mode="indeterminate" />
        }
      </section>
    } @else if (preview(); as p) {
      @if (!job()) {
        <section class="step" data-testid="import-mapping">
          <p>{{ 'import.rows' | transloco: { total: p.total } }}</p>
          <div class="table-wrap">
            <table class="preview">
              <thead>
                <tr>
                  @for (column of p.columns; track column) {
                    <th>
                      <div>{{ column }}</div>
                      <mat-form-field appearance="outline" subscriptSizing="dynamic">
                        <mat-select [value]="mapping()[column]" (valueChange)="map(column, $event)" [attr.data-testid]="'map-' + column">
                          <mat-option value="">{{ 'import.skipColumn' | transloco }}</mat-option>
                          @for (f of p.fields; track f.key) {
                            <mat-option [value]="f.key">{{ f.label }}{{ f.required ? ' *' : '' }}</mat-option>
                          }
                        </mat-select>
                      </mat-form-field>
                    </th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (row of p.rows; track $index) {
                  <tr data-testid="import-preview-row">
                    @for (cell of row; track $index) {
                      <td>{{ cell }}</td>
                    }
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <mat-radio-group [(ngModel)]="duplicates" class="duplicates" data-testid="import-duplicates">
            <span>{{ 'import.duplicates' | transloco }}:</span>
            <mat-radio-button value="skip">{{ 'import.skip' | transloco }}</mat-radio-button>
            <mat-radio-button value="update">{{ 'import.update' | transloco }}</mat-radio-button>
            <mat-radio-button value="create">{{ 'import.create' | transloco }}</mat-radio-button>
          </mat-radio-group>
          @if (missing().length) {
            <p class="error" data-testid="import-missing">{{ 'import.missing' | transloco }}: {{ missingLabels() }}</p>
          }
          <button mat-flat-button type="button" [disabled]="missing().length > 0 || busy()" (click)="run()" data-testid="import-run">
            {{ 'import.run' | transloco }}
          </button>
          <button mat-button type="button" (click)="reset()">{{ 'import.again' | transloco }}</button>
        </section>
      } @else if (job(); as j) {
        <section class="step" data-testid="import-progress">
          <p data-testid="import-status">{{ 'import.status.' + j.status | transloco }} — {{ j.processed }} / {{ j.total }}</p>
          <mat-progress-bar mode="determinate" [value]="percent()" />
          <p data-testid="import-counts">
            {{ 'import.counts' | transloco: { created: j.created, updated: j.updated, skipped: j.skipped, errors: j.errorCount } }}
          </p>
          @if (j.failure) {
            <p class="error">{{ j.failure }}</p>
          }
          @if (j.errors.length) {
            <table mat-table [dataSource]="j.errors" data-testid="import-errors">
              <ng-container matColumnDef="row">
                <th mat-header-cell *matHeaderCellDef>{{ 'import.row' | transloco }}</th>
                <td mat-cell *matCellDef="let e">{{ e.row }}</td>
              </ng-container>
              <ng-container matColumnDef="field">
                <th mat-header-cell *matHeaderCellDef>{{ 'import.field' | transloco }}</th>
                <td mat-cell *matCellDef="let e">{{ e.field }}</td>
              </ng-container>
              <ng-container matColumnDef="message">
                <th mat-header-cell *matHeaderCellDef>{{ 'import.message' | transloco }}</th>
                <td mat-cell *matCellDef="let e">{{ e.message }}</td>
              </ng-container>
              <tr mat-header-row *matHeaderRowDef="errorColumns"></tr>
              <tr mat-row *matRowDef="let row; columns: errorColumns" data-testid="import-error-row"></tr>
            </table>
          }
          @if (j.status === 'completed' || j.status === 'failed') {
            <button mat-button type="button" (click)="reset()" data-testid="import-again">{{ 'import.again' | transloco }}</button>
          }
        </section>
      }
    }
  `,
  styles: `
    .step { display: flex; flex-direction: column; gap: 12px; }
    .table-wrap { overflow-x: auto; }
    .preview { border-collapse: collapse; }
    .preview th, .preview td { border: 1px solid var(--mat-sys-outline-variant); padding: 4px 8px; text-align: left; vertical-align: top; }
    .duplicates { display: flex; gap: 12px; align-items: center; }
    .error { color: var(--mat-sys-error); }
  `,
})
export class ImportPage {
  private readonly crm = inject(CrmService);
  private readonly transloco = inject(TranslocoService);

  protected target: 'company' | 'contact' = 'company';
  protected duplicates: 'skip' | 'update' | 'create' = 'skip';
  protected readonly errorColumns = ['row', 'field', 'message'];
  protected readonly preview = signal<ImportPreviewDto | null>(null);
  protected readonly mapping = signal<ColumnMapping>({});
  protected readonly job = signal<ImportJobDto | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly missing = computed(() => missingRequired(this.mapping(), this.preview()?.fields ?? []));
  protected readonly missingLabels = computed(() => this.missing().map((f) => f.label).join(', '));
  protected readonly percent = computed(() => {
    const j = this.job();
    return j && Number(j.total) > 0 ? (100 * Number(j.processed)) / Number(j.total) : 0;
  });
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  protected async upload(file: File | undefined): Promise<void> {
    if (!file) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const preview = await firstValueFrom(this.crm.uploadImport({ target: this.target, body: { file } }));
      this.preview.set(preview);
      this.mapping.set(initialMapping(preview.columns, preview.fields, preview.suggestedMapping));
    } catch (error) {
      this.showError(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected map(column: string, field: string): void {
    this.mapping.set(assign(this.mapping(), column, field));
  }

  protected async run(): Promise<void> {
    const preview = this.preview();
    if (!preview) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const job = await firstValueFrom(
        this.crm.runImport({ id: preview.id, body: { mapping: toRequest(this.mapping()), duplicates: this.duplicates } }),
      );
      this.job.set(job);
      this.poll(job.id);
    } catch (error) {
      this.showError(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected reset(): void {
    clearTimeout(this.timer);
    this.preview.set(null);
    this.job.set(null);
    this.mapping.set({});
    this.error.set(null);
  }

  private poll(id: string): void {
    this.timer = setTimeout(async () => {
      try {
        const job = await firstValueFrom(this.crm.getImport({ id }));
        this.job.set(job);
        if (job.status === 'running') this.poll(id);
      } catch (error) {
        this.showError(error);
      }
    }, POLL_MS);
  }

  private showError(error: unknown): void {
    const problem = problemOf(error);
    this.error.set(
      Object.values(problem?.errors ?? {}).flat().join(' ') || problem?.detail || this.transloco.translate<string>('import.failed'),
    );
  }
}

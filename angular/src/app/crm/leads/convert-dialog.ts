import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { LeadConversionDto, LeadConversionPreviewDto, LeadDto, PipelineDto } from '../../api/models';
import { CrmService } from '../../api/services';
import { fieldErrors, problemOf } from '../../core/http/problem-details';

/**
 * Converts a lead into a company, a contact and a deal. Before the user confirms it shows which existing
 * company the lead will join (found by tax id, e-mail or phone), or that a new one will be created.
 */
@Component({
  selector: 'app-convert-dialog',
  imports: [FormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatProgressBarModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'convertDialog.title' | transloco }}</h2>
    <mat-dialog-content class="content">
      @if (!preview()) {
        <mat-progress-bar mode="indeterminate" />
      } @else {
        @let p = preview()!;
        @if (p.ownedByAnother) {
          <p class="danger" data-testid="convert-owned-by-another">{{ 'convertDialog.ownedByAnother' | transloco }}</p>
        } @else if (p.companyId) {
          <p data-testid="convert-reuse">
            {{ 'convertDialog.reuse' | transloco: { name: p.companyName, by: ('convertDialog.by.' + p.matchedBy | transloco) } }}
          </p>
        } @else {
          <p data-testid="convert-new-company">{{ 'convertDialog.newCompany' | transloco }}</p>
        }
      }
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'convertDialog.pipeline' | transloco }}</mat-label>
        <mat-select [(ngModel)]="pipelineId" data-testid="convert-pipeline">
          <mat-option [value]="null">{{ 'convertDialog.defaultPipeline' | transloco }}</mat-option>
          @for (pipeline of pipelines(); track pipeline.id) {
            <mat-option [value]="pipeline.id">{{ pipeline.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'convertDialog.dealTitle' | transloco }}</mat-label>
        <input matInput [(ngModel)]="dealTitle" maxlength="300" data-testid="convert-deal-title" />
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'convertDialog.amount' | transloco }}</mat-label>
        <input matInput type="number" min="0" step="0.01" [(ngModel)]="amount" data-testid="convert-amount" />
      </mat-form-field>
      @if (error(); as message) {
        <p class="danger" role="alert" data-testid="convert-error">{{ message }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="undefined" data-testid="convert-cancel">{{ 'convertDialog.cancel' | transloco }}</button>
      <button mat-flat-button type="button" (click)="convert()" [disabled]="busy() || preview()?.ownedByAnother" data-testid="convert-ok">
        {{ 'convertDialog.ok' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `.content { display: flex; flex-direction: column; gap: 12px; min-width: 360px; } .danger { color: #b3261e; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConvertDialog implements OnInit {
  private readonly crm = inject(CrmService);
  private readonly transloco = inject(TranslocoService);
  private readonly ref = inject<MatDialogRef<ConvertDialog, LeadConversionDto>>(MatDialogRef);
  protected readonly lead = inject<LeadDto>(MAT_DIALOG_DATA);

  protected readonly preview = signal<LeadConversionPreviewDto | null>(null);
  protected readonly pipelines = signal<PipelineDto[]>([]);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected pipelineId: string | null = null;
  protected dealTitle = this.lead.title;
  protected amount: number | null = null;

  async ngOnInit(): Promise<void> {
    try {
      const [preview, pipelines] = await Promise.all([
        firstValueFrom(this.crm.previewLeadConversion({ id: this.lead.id })),
        firstValueFrom(this.crm.getPipelines({ maxResultCount: 1000 })),
      ]);
      this.preview.set(preview);
      this.pipelines.set(pipelines.items);
    } catch (error) {
      this.error.set(problemOf(error)?.detail || problemOf(error)?.title || this.transloco.translate<string>('lead.saveFailed'));
    }
  }

  protected async convert(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const result = await firstValueFrom(
        this.crm.convertLead({
          id: this.lead.id,
          body: { pipelineId: this.pipelineId, dealTitle: this.dealTitle.trim() || null, amount: this.amount },
        }),
      );
      this.ref.close(result);
    } catch (error) {
      const messages = Object.values(fieldErrors(error)).flat();
      this.error.set(
        messages.length ? messages.join(' ') : problemOf(error)?.detail || this.transloco.translate<string>('lead.saveFailed'),
      );
    } finally {
      this.busy.set(false);
    }
  }
}

export function openConvertDialog(dialog: MatDialog, lead: LeadDto): Promise<LeadConversionDto | undefined> {
  return firstValueFrom(dialog.open<ConvertDialog, LeadDto, LeadConversionDto>(ConvertDialog, { data: lead }).afterClosed());
}

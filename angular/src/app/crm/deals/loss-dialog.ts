import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { LoseDealInput, LossReasonDto } from '../../api/models';

/** Asks why a deal was lost: a reason from the dictionary is required, a comment is not. */
@Component({
  selector: 'app-loss-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatSelectModule, MatInputModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'deals.loseTitle' | transloco }}</h2>
    <mat-dialog-content>
      <form [formGroup]="form" class="loss-form">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'deals.lossReason' | transloco }}</mat-label>
          <mat-select formControlName="lossReasonId" data-testid="loss-reason">
            @for (reason of reasons; track reason.id) {
              <mat-option [value]="reason.id">{{ reason.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'deals.lossComment' | transloco }}</mat-label>
          <textarea matInput formControlName="comment" rows="3" data-testid="loss-comment"></textarea>
        </mat-form-field>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'deals.cancel' | transloco }}</button>
      <button mat-flat-button type="button" [disabled]="form.invalid" (click)="done()" data-testid="loss-confirm">
        {{ 'deals.lose' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `.loss-form { display: flex; flex-direction: column; min-width: 320px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LossDialog {
  private readonly ref = inject(MatDialogRef<LossDialog, LoseDealInput>);
  protected readonly reasons: LossReasonDto[] = inject(MAT_DIALOG_DATA);
  protected readonly form = inject(NonNullableFormBuilder).group({
    lossReasonId: ['', Validators.required],
    comment: [''],
  });

  protected done(): void {
    const { lossReasonId, comment } = this.form.getRawValue();
    this.ref.close({ lossReasonId, comment: comment.trim() || null });
  }
}

/** Opens the dialog; undefined when the user cancels. */
export function askLossReason(dialog: MatDialog, reasons: LossReasonDto[]): Promise<LoseDealInput | undefined> {
  return firstValueFrom(dialog.open(LossDialog, { data: reasons }).afterClosed());
}

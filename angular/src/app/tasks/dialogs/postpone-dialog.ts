import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { fromLocalInput, toLocalInput } from '../task-time';

/** A new due time for a task; the server keeps the first one as "originally due". */
@Component({
  selector: 'app-postpone-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'tasks.postpone.title' | transloco }}</h2>
    <mat-dialog-content>
      <form [formGroup]="form" class="dialog-form">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'tasks.postpone.dueAt' | transloco }}</mat-label>
          <input matInput type="datetime-local" formControlName="dueAt" data-testid="task-postpone-due" />
        </mat-form-field>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'tasks.cancel' | transloco }}</button>
      <button mat-flat-button type="button" [disabled]="form.invalid" (click)="done()" data-testid="task-postpone-confirm">
        {{ 'tasks.postpone.confirm' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `.dialog-form { display: flex; flex-direction: column; min-width: 300px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PostponeDialog {
  private readonly ref = inject(MatDialogRef<PostponeDialog, string>);
  protected readonly form = inject(NonNullableFormBuilder).group({
    dueAt: [toLocalInput(inject<string | null>(MAT_DIALOG_DATA)), Validators.required],
  });

  protected done(): void {
    this.ref.close(fromLocalInput(this.form.getRawValue().dueAt) ?? undefined);
  }
}

/** The new due instant, or undefined when the user cancels. */
export function askNewDueTime(dialog: MatDialog, current: string | null): Promise<string | undefined> {
  return firstValueFrom(dialog.open(PostponeDialog, { data: current }).afterClosed());
}

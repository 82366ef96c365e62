import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

/** What the user said on completing: the result, or null when they said nothing. */
export interface Completion {
  readonly result: string | null;
}

/** Completes a task: the result is optional, so an empty box completes it too. */
@Component({
  selector: 'app-complete-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'tasks.complete.title' | transloco }}</h2>
    <mat-dialog-content>
      <p class="task-title">{{ title }}</p>
      <form [formGroup]="form" (ngSubmit)="done()" class="dialog-form">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'tasks.complete.result' | transloco }}</mat-label>
          <textarea matInput formControlName="result" rows="3" data-testid="task-complete-result"></textarea>
        </mat-form-field>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close data-testid="task-complete-cancel">{{ 'tasks.cancel' | transloco }}</button>
      <button mat-flat-button type="button" (click)="done()" data-testid="task-complete-confirm">{{ 'tasks.complete.confirm' | transloco }}</button>
    </mat-dialog-actions>
  `,
  styles: `.dialog-form { display: flex; flex-direction: column; min-width: 320px; } .task-title { font-weight: 500; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompleteDialog {
  private readonly ref = inject(MatDialogRef<CompleteDialog, Completion>);
  protected readonly title: string = inject(MAT_DIALOG_DATA);
  protected readonly form = inject(NonNullableFormBuilder).group({ result: [''] });

  protected done(): void {
    this.ref.close({ result: this.form.getRawValue().result.trim() || null });
  }
}

/** Asks for the result of the task titled so; undefined when the user changes their mind. */
export function askCompletion(dialog: MatDialog, title: string): Promise<Completion | undefined> {
  return firstValueFrom(dialog.open(CompleteDialog, { data: title }).afterClosed());
}

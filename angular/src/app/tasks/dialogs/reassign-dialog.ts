import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { TaskPersonPicker } from '../person-picker';

/** Gives a task to someone else, picked by name. */
@Component({
  selector: 'app-reassign-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, TranslocoPipe, TaskPersonPicker],
  template: `
    <h2 mat-dialog-title>{{ 'tasks.reassign.title' | transloco }}</h2>
    <mat-dialog-content>
      <form [formGroup]="form" class="dialog-form">
        <app-task-person-picker formControlName="assigneeId" [label]="'tasks.fields.assignee' | transloco" testId="task-reassign-person" [required]="true" />
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'tasks.cancel' | transloco }}</button>
      <button mat-flat-button type="button" [disabled]="form.invalid" (click)="done()" data-testid="task-reassign-confirm">
        {{ 'tasks.reassign.confirm' | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `.dialog-form { display: flex; flex-direction: column; min-width: 320px; padding-top: 8px; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReassignDialog {
  private readonly ref = inject(MatDialogRef<ReassignDialog, string>);
  protected readonly form = inject(NonNullableFormBuilder).group({ assigneeId: ['', Validators.required] });

  protected done(): void {
    this.ref.close(this.form.getRawValue().assigneeId);
  }
}

/** The new assignee's id, or undefined when the user cancels. */
export function askAssignee(dialog: MatDialog): Promise<string | undefined> {
  return firstValueFrom(dialog.open(ReassignDialog).afterClosed());
}

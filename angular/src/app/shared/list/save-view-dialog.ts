import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

export interface SaveViewDialogData {
  /** Whether the user may show the view to everyone (Settings.Views.Share). */
  readonly canShare: boolean;
}

export interface SaveViewDialogResult {
  readonly name: string;
  readonly shared: boolean;
}

/** Asks for the name of the view to save and, for those who may, whether everyone sees it. */
@Component({
  selector: 'app-save-view-dialog',
  imports: [MatDialogModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'views.saveTitle' | transloco }}</h2>
    <mat-dialog-content>
      <mat-form-field appearance="outline" class="name">
        <mat-label>{{ 'views.name' | transloco }}</mat-label>
        <input matInput [formControl]="name" maxlength="100" (keydown.enter)="save()" data-testid="view-name" />
      </mat-form-field>
      @if (data.canShare) {
        <mat-checkbox [formControl]="shared" data-testid="view-shared">{{ 'views.share' | transloco }}</mat-checkbox>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'views.cancel' | transloco }}</button>
      <button mat-flat-button type="button" [disabled]="name.invalid" (click)="save()" data-testid="view-save-ok">{{ 'views.ok' | transloco }}</button>
    </mat-dialog-actions>
  `,
  styles: `.name { width: min(360px, 100%); display: block; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SaveViewDialog {
  protected readonly data = inject<SaveViewDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<SaveViewDialog, SaveViewDialogResult>>(MatDialogRef);
  protected readonly name = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/)] });
  protected readonly shared = new FormControl(false, { nonNullable: true });

  protected save(): void {
    if (this.name.invalid) return;
    this.ref.close({ name: this.name.value.trim(), shared: this.shared.value });
  }
}

import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

/** Asks why a lead is junk; closes with the reason, or nothing when cancelled. A reason is required. */
@Component({
  selector: 'app-junk-dialog',
  imports: [FormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'junkDialog.title' | transloco }}</h2>
    <mat-dialog-content>
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="reason">
        <mat-label>{{ 'junkDialog.reason' | transloco }}</mat-label>
        <textarea matInput [(ngModel)]="reason" maxlength="500" cdkFocusInitial data-testid="junk-reason"></textarea>
        @if (missing()) {
          <mat-hint class="danger">{{ 'junkDialog.reasonRequired' | transloco }}</mat-hint>
        }
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="undefined" data-testid="junk-cancel">{{ 'junkDialog.cancel' | transloco }}</button>
      <button mat-flat-button type="button" (click)="ok()" data-testid="junk-ok">{{ 'junkDialog.ok' | transloco }}</button>
    </mat-dialog-actions>
  `,
  styles: `.reason { width: 100%; min-width: 320px; } .danger { color: #b3261e; }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JunkDialog {
  private readonly ref = inject<MatDialogRef<JunkDialog, string>>(MatDialogRef);
  protected reason = '';
  protected readonly missing = signal(false);

  protected ok(): void {
    const reason = this.reason.trim();
    if (!reason) {
      this.missing.set(true);
      return;
    }
    this.ref.close(reason);
  }
}

export function askJunkReason(dialog: MatDialog): Promise<string | undefined> {
  return firstValueFrom(dialog.open<JunkDialog, void, string>(JunkDialog).afterClosed());
}

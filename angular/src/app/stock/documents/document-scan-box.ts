import { ChangeDetectionStrategy, Component, ElementRef, input, output, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { normalizeCode } from '../document-lines';

/** What the last scan did: the line it added to, or why nothing was added. */
export interface ScanMessage {
  readonly text: string;
  readonly error: boolean;
}

/**
 * The box a barcode scanner types into (it ends each code with Enter). It empties itself for the next code and keeps
 * the focus; the page looks the code up.
 */
@Component({
  selector: 'app-document-scan-box',
  imports: [FormsModule, MatFormFieldModule, MatInputModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../stock.scss',
  styles: `
    .scan {
      width: min(560px, 100%);
    }
    .scan-message {
      margin: 4px 0 12px;
    }
  `,
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic" class="scan">
      <mat-label>{{ 'stock.document.scan' | transloco }}</mat-label>
      <input #box matInput autocomplete="off" [(ngModel)]="code" (keydown.enter)="$event.preventDefault(); scan()" data-testid="scan-input" />
    </mat-form-field>
    @if (message(); as m) {
      <p class="scan-message" [class.line-error]="m.error" role="status" data-testid="scan-message">{{ m.text }}</p>
    }
  `,
})
export class DocumentScanBox {
  readonly message = input<ScanMessage | null>(null);
  /** A code read (trimmed); empty reads are dropped. */
  readonly scanned = output<string>();

  private readonly box = viewChild<ElementRef<HTMLInputElement>>('box');
  protected code = '';

  protected scan(): void {
    const code = normalizeCode(this.code);
    this.code = '';
    if (code) this.scanned.emit(code);
  }

  focus(): void {
    this.box()?.nativeElement.focus();
  }
}

import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { DocumentDto } from '../../api/models';

/** The steps a document can take from where it is, as far as the user's permissions go. */
export type DocumentAction = 'save' | 'post' | 'fill' | 'countSheet' | 'cancel' | 'delete';

/** The buttons under a document; each asks the page to take a step. */
@Component({
  selector: 'app-document-actions',
  imports: [MatButtonModule, TranslocoPipe],
  styleUrl: '../stock.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="actions">
      @if (!readOnly() && canEdit()) {
        <button mat-flat-button type="button" [disabled]="busy()" (click)="chosen.emit('save')" data-testid="document-save">{{ 'stock.save' | transloco }}</button>
      }
      @if (!readOnly() && canPost()) {
        <button mat-flat-button type="button" [disabled]="busy()" (click)="chosen.emit('post')" data-testid="document-post">{{ 'stock.document.post' | transloco }}</button>
      }
      @if (isCount() && !readOnly() && canEdit()) {
        <button mat-stroked-button type="button" [disabled]="busy()" (click)="chosen.emit('fill')" data-testid="document-fill">{{ 'stock.document.fill' | transloco }}</button>
      }
      @if (isCount() && document()) {
        <button mat-stroked-button type="button" [disabled]="busy()" (click)="chosen.emit('countSheet')" data-testid="document-count-sheet">{{ 'stock.document.countSheet' | transloco }}</button>
      }
      @if (cancellable()) {
        <button mat-button type="button" class="danger" [disabled]="busy()" (click)="chosen.emit('cancel')" data-testid="document-cancel">{{ 'stock.document.cancelDocument' | transloco }}</button>
      }
      @if (document()?.status === 'draft' && canEdit()) {
        <button mat-button type="button" class="danger" [disabled]="busy()" (click)="chosen.emit('delete')" data-testid="document-delete">{{ 'stock.document.deleteDraft' | transloco }}</button>
      }
    </div>
  `,
})
export class DocumentActions {
  readonly document = input<DocumentDto | null>(null);
  readonly readOnly = input(false);
  readonly isCount = input(false);
  readonly busy = input(false);
  readonly canEdit = input(false);
  readonly canPost = input(false);
  readonly chosen = output<DocumentAction>();

  /** A posted document is cancelled by a counter-document; a counter-document itself is not cancelled again. */
  protected readonly cancellable = computed(() => {
    const d = this.document();
    return d?.status === 'posted' && this.canPost() && !d.reversalOfId;
  });
}

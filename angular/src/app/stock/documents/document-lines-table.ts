import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { EditorLine, lineCost, shownUnitCost } from '../document-lines';

/** A value typed into a line's cell, still as text (the page parses it). */
export interface LineEdit {
  readonly index: number;
  readonly text: string;
}

/**
 * A document's lines: quantities (and a receipt's unit costs) editable on a draft, read-only once posted; a posted
 * count adds book quantity and difference, a posted document the cost each line left or entered at.
 */
@Component({
  selector: 'app-document-lines-table',
  imports: [DecimalPipe, MatButtonModule, TranslocoPipe],
  styleUrl: '../stock.scss',
  styles: `
    .changed {
      background: var(--mat-sys-secondary-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-wrap">
      <table class="plain" data-testid="document-lines">
        <thead>
          <tr>
            <th>#</th>
            <th>{{ 'stock.document.columns.sku' | transloco }}</th>
            <th>{{ 'stock.document.columns.name' | transloco }}</th>
            @if (countPosted()) {
              <th class="num">{{ 'stock.document.columns.book' | transloco }}</th>
            }
            <th class="num">{{ (isCount() ? 'stock.document.columns.counted' : 'stock.document.columns.quantity') | transloco }}</th>
            @if (countPosted()) {
              <th class="num">{{ 'stock.document.columns.difference' | transloco }}</th>
            }
            <th>{{ 'stock.document.columns.unit' | transloco }}</th>
            @if (showsCost()) {
              <th class="num">{{ 'stock.document.columns.unitCost' | transloco }}</th>
              <th class="num">{{ 'stock.document.columns.cost' | transloco }}</th>
            }
            @if (!readOnly()) {
              <th></th>
            }
          </tr>
        </thead>
        <tbody>
          @for (line of lines(); track $index; let i = $index) {
            <tr data-testid="document-line" [attr.data-sku]="line.sku" [class.changed]="i === changedIndex()">
              <td>{{ i + 1 }}</td>
              <td class="nowrap" data-testid="line-sku">{{ line.sku }}</td>
              <td>
                {{ line.name }}
                @if (lineErrors()[i]; as m) {
                  <div class="line-error" data-testid="line-error">{{ m }}</div>
                }
              </td>
              @if (countPosted()) {
                <td class="num" data-testid="line-book">{{ line.bookQuantity | number: '1.0-4' }}</td>
              }
              <td class="num">
                @if (readOnly()) {
                  <span data-testid="line-quantity-text">{{ line.quantity | number: '1.0-4' }}</span>
                } @else {
                  <input inputmode="decimal" [value]="line.quantity" (change)="quantityEdited.emit({ index: i, text: $any($event.target).value })" data-testid="line-quantity" />
                }
              </td>
              @if (countPosted()) {
                <td class="num" data-testid="line-difference">{{ line.difference | number: '1.0-4' }}</td>
              }
              <td>{{ line.unit }}</td>
              @if (showsCost()) {
                <td class="num">
                  @if (readOnly() || !editsUnitCost()) {
                    {{ unitCostOf(line) | number: '1.2-4' }}
                  } @else {
                    <input inputmode="decimal" [value]="line.unitCost ?? ''" (change)="unitCostEdited.emit({ index: i, text: $any($event.target).value })" data-testid="line-unit-cost" />
                  }
                </td>
                <td class="num" data-testid="line-cost">{{ costOf(line) | number: '1.2-2' }}</td>
              }
              @if (!readOnly()) {
                <td>
                  <button mat-button type="button" class="danger" (click)="removed.emit(i)" data-testid="line-remove">{{ 'stock.document.remove' | transloco }}</button>
                </td>
              }
            </tr>
          } @empty {
            <tr>
              <td colspan="10" class="empty" data-testid="document-no-lines">{{ 'stock.document.noLines' | transloco }}</td>
            </tr>
          }
        </tbody>
        @if (lines().length) {
          <tfoot>
            <tr>
              <td colspan="3">{{ 'stock.document.total' | transloco }}</td>
              @if (countPosted()) {
                <td></td>
              }
              <td class="num" data-testid="document-total-quantity">{{ quantityTotal() | number: '1.0-4' }}</td>
              @if (countPosted()) {
                <td></td>
              }
              <td></td>
              @if (showsCost()) {
                <td></td>
                <td class="num" data-testid="document-total-cost">{{ costTotal() | number: '1.2-2' }}</td>
              }
              @if (!readOnly()) {
                <td></td>
              }
            </tr>
          </tfoot>
        }
      </table>
    </div>
  `,
})
export class DocumentLinesTable {
  readonly lines = input.required<readonly EditorLine[]>();
  readonly readOnly = input(false);
  readonly isCount = input(false);
  /** Posted or cancelled: the server's figures (book, difference, cost) are shown. */
  readonly posted = input(false);
  /** A receipt: its lines carry unit costs, typed in while it is a draft. */
  readonly editsUnitCost = input(false);
  readonly changedIndex = input(-1);
  readonly lineErrors = input<Record<number, string>>({});
  readonly quantityTotal = input(0);
  readonly costTotal = input<number | null>(null);

  readonly quantityEdited = output<LineEdit>();
  readonly unitCostEdited = output<LineEdit>();
  readonly removed = output<number>();

  protected readonly countPosted = computed(() => this.isCount() && this.posted());
  protected readonly showsCost = computed(() => this.editsUnitCost() || this.posted());

  protected unitCostOf(line: EditorLine): number | null {
    return shownUnitCost(line);
  }

  protected costOf(line: EditorLine): number | null {
    return lineCost(line);
  }
}

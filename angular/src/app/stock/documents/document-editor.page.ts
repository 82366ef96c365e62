import { DecimalPipe, Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, OnInit, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom, Observable } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { problemOf, statusOf } from '../../core/http/problem-details';
import { confirm } from '../../shared/confirm-dialog';
import { parseNumber } from '../products/product-form.page';
import {
  addScanned,
  DOCUMENT_KINDS,
  DocumentKind,
  EditorLine,
  headerFields,
  lineCost,
  linesTotal,
  normalizeCode,
  numberOrNull,
  shownUnitCost,
  splitErrors,
  toLineInputs,
  totalQuantity,
} from '../document-lines';
import { HttpClient } from '@angular/common/http';
import { ApiConfiguration } from '../../api/api-configuration';
import { getStockCountSheet } from '../../api/fn/stock/get-stock-count-sheet';
import { DocumentDto, DocumentInput, StockProductDto, WarehouseDto } from '../../api/models';
import { StockService } from '../../api/services';
import { downloadFile } from '../../shared/download';
import { ALL_WAREHOUSES } from '../stock-product';

/** Today in the browser's time zone as yyyy-MM-dd. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * A stock document: a draft being scanned and edited, or a posted/cancelled one shown read-only.
 * Routes: /stock/documents/new/:kind and /stock/documents/:id.
 */
@Component({
  selector: 'app-document-editor-page',
  imports: [DecimalPipe, FormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatProgressBarModule, TranslocoPipe],
  styleUrl: '../stock.scss',
  styles: `
    .scan {
      width: min(560px, 100%);
    }
    .scan-message {
      margin: 4px 0 12px;
    }
    .changed {
      background: var(--mat-sys-secondary-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="header">
      <h1 data-testid="page-title">
        @if (document(); as d) {
          {{ 'stock.kinds.' + d.kind | transloco }} {{ d.number }}
          <span class="muted" data-testid="document-status">{{ 'stock.statuses.' + d.status | transloco }}</span>
        } @else {
          {{ 'stock.document.newTitle' | transloco: { kind: kindLabel() } }}
        }
      </h1>
      <a mat-button routerLink="/stock/documents" data-testid="document-back">{{ 'stock.back' | transloco }}</a>
    </header>
    @if (busy()) {
      <mat-progress-bar mode="indeterminate" />
    }
    @if (notFound()) {
      <p class="banner" role="alert" data-testid="document-not-found">{{ 'stock.document.notFound' | transloco }}</p>
    } @else if (kind()) {
      @if (error(); as message) {
        <div class="banner" role="alert" data-testid="document-error">{{ message }}</div>
      }
      @if (document(); as d) {
        @if (d.reversalOfId) {
          <p class="info">{{ 'stock.document.reversalOf' | transloco }}: <a [routerLink]="['/stock/documents', d.reversalOfId]">{{ d.reversalOfId }}</a></p>
        }
        @if (d.reversedById) {
          <p class="info">{{ 'stock.document.reversedBy' | transloco }}: <a [routerLink]="['/stock/documents', d.reversedById]" data-testid="document-reversed-by">{{ d.reversedById }}</a></p>
        }
      }

      <form class="form" (ngSubmit)="save()">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ (fields().target ? 'stock.document.warehouse' : 'stock.document.warehouse') | transloco }}</mat-label>
          <mat-select [(ngModel)]="warehouseId" name="warehouseId" [disabled]="readOnly()" (ngModelChange)="touch()" data-testid="document-warehouse">
            @for (w of warehouses(); track w.id) {
              <mat-option [value]="w.id">{{ w.name }}</mat-option>
            }
          </mat-select>
          @if (fieldErrors()['warehouseId']; as m) {
            <mat-hint class="line-error" data-testid="error-warehouseId">{{ m }}</mat-hint>
          }
        </mat-form-field>
        @if (fields().target) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'stock.document.targetWarehouse' | transloco }}</mat-label>
            <mat-select [(ngModel)]="targetWarehouseId" name="targetWarehouseId" [disabled]="readOnly()" (ngModelChange)="touch()" data-testid="document-target-warehouse">
              @for (w of warehouses(); track w.id) {
                <mat-option [value]="w.id">{{ w.name }}</mat-option>
              }
            </mat-select>
            @if (fieldErrors()['targetWarehouseId']; as m) {
              <mat-hint class="line-error" data-testid="error-targetWarehouseId">{{ m }}</mat-hint>
            }
          </mat-form-field>
        }
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'stock.document.date' | transloco }}</mat-label>
          <input matInput type="date" [(ngModel)]="date" name="date" [readonly]="readOnly()" (ngModelChange)="touch()" data-testid="document-date" />
          @if (fieldErrors()['date']; as m) {
            <mat-hint class="line-error" data-testid="error-date">{{ m }}</mat-hint>
          }
        </mat-form-field>
        @if (fields().company) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'stock.document.companyId' | transloco }}</mat-label>
            <input matInput [(ngModel)]="companyId" name="companyId" [readonly]="readOnly()" (ngModelChange)="touch()" data-testid="document-company" />
            @if (fieldErrors()['companyId']; as m) {
              <mat-hint class="line-error">{{ m }}</mat-hint>
            }
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'stock.document.dealId' | transloco }}</mat-label>
            <input matInput [(ngModel)]="dealId" name="dealId" [readonly]="readOnly()" (ngModelChange)="touch()" data-testid="document-deal" />
            @if (fieldErrors()['dealId']; as m) {
              <mat-hint class="line-error">{{ m }}</mat-hint>
            }
          </mat-form-field>
        }
        @if (fields().reason) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
            <mat-label>{{ 'stock.document.reason' | transloco }}</mat-label>
            <input matInput [(ngModel)]="reason" name="reason" [readonly]="readOnly()" (ngModelChange)="touch()" data-testid="document-reason" />
            @if (fieldErrors()['reason']; as m) {
              <mat-hint class="line-error" data-testid="error-reason">{{ m }}</mat-hint>
            }
          </mat-form-field>
        }
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
          <mat-label>{{ 'stock.document.comment' | transloco }}</mat-label>
          <input matInput [(ngModel)]="comment" name="comment" [readonly]="readOnly()" (ngModelChange)="touch()" data-testid="document-comment" />
        </mat-form-field>
      </form>

      @if (!readOnly()) {
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="scan">
          <mat-label>{{ 'stock.document.scan' | transloco }}</mat-label>
          <input
            #scanBox
            matInput
            autocomplete="off"
            [(ngModel)]="scanCode"
            (keydown.enter)="$event.preventDefault(); scan()"
            data-testid="scan-input"
          />
        </mat-form-field>
        @if (scanMessage(); as m) {
          <p class="scan-message" [class.line-error]="m.error" role="status" data-testid="scan-message">{{ m.text }}</p>
        }
      } @else {
        <p class="muted">{{ 'stock.document.readOnly' | transloco }}</p>
      }

      <h2>{{ 'stock.document.lines' | transloco }}</h2>
      <div class="table-wrap">
        <table class="plain" data-testid="document-lines">
          <thead>
            <tr>
              <th>#</th>
              <th>{{ 'stock.document.columns.sku' | transloco }}</th>
              <th>{{ 'stock.document.columns.name' | transloco }}</th>
              @if (isCount() && posted()) {
                <th class="num">{{ 'stock.document.columns.book' | transloco }}</th>
              }
              <th class="num">{{ (isCount() ? 'stock.document.columns.counted' : 'stock.document.columns.quantity') | transloco }}</th>
              @if (isCount() && posted()) {
                <th class="num">{{ 'stock.document.columns.difference' | transloco }}</th>
              }
              <th>{{ 'stock.document.columns.unit' | transloco }}</th>
              @if (fields().unitCost || posted()) {
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
                @if (isCount() && posted()) {
                  <td class="num" data-testid="line-book">{{ line.bookQuantity | number: '1.0-4' }}</td>
                }
                <td class="num">
                  @if (readOnly()) {
                    <span data-testid="line-quantity-text">{{ line.quantity | number: '1.0-4' }}</span>
                  } @else {
                    <input inputmode="decimal" [value]="line.quantity" (change)="setQuantity(i, $any($event.target).value)" data-testid="line-quantity" />
                  }
                </td>
                @if (isCount() && posted()) {
                  <td class="num" data-testid="line-difference">{{ line.difference | number: '1.0-4' }}</td>
                }
                <td>{{ line.unit }}</td>
                @if (fields().unitCost || posted()) {
                  <td class="num">
                    @if (readOnly() || !fields().unitCost) {
                      {{ unitCostOf(line) | number: '1.2-4' }}
                    } @else {
                      <input inputmode="decimal" [value]="line.unitCost ?? ''" (change)="setUnitCost(i, $any($event.target).value)" data-testid="line-unit-cost" />
                    }
                  </td>
                  <td class="num" data-testid="line-cost">{{ costOf(line) | number: '1.2-2' }}</td>
                }
                @if (!readOnly()) {
                  <td>
                    <button mat-button type="button" class="danger" (click)="removeLine(i)" data-testid="line-remove">{{ 'stock.document.remove' | transloco }}</button>
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
                @if (isCount() && posted()) {
                  <td></td>
                }
                <td class="num" data-testid="document-total-quantity">{{ quantityTotal() | number: '1.0-4' }}</td>
                @if (isCount() && posted()) {
                  <td></td>
                }
                <td></td>
                @if (fields().unitCost || posted()) {
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

      <div class="actions">
        @if (!readOnly() && canEdit) {
          <button mat-flat-button type="button" [disabled]="busy()" (click)="save()" data-testid="document-save">{{ 'stock.save' | transloco }}</button>
        }
        @if (!readOnly() && canPost) {
          <button mat-flat-button type="button" [disabled]="busy()" (click)="post()" data-testid="document-post">{{ 'stock.document.post' | transloco }}</button>
        }
        @if (isCount() && !readOnly() && canEdit) {
          <button mat-stroked-button type="button" [disabled]="busy()" (click)="fill()" data-testid="document-fill">{{ 'stock.document.fill' | transloco }}</button>
        }
        @if (isCount() && document()) {
          <button mat-stroked-button type="button" [disabled]="busy()" (click)="countSheet()" data-testid="document-count-sheet">{{ 'stock.document.countSheet' | transloco }}</button>
        }
        @if (document()?.status === 'posted' && canPost && !document()?.reversalOfId) {
          <button mat-button type="button" class="danger" [disabled]="busy()" (click)="cancel()" data-testid="document-cancel">{{ 'stock.document.cancelDocument' | transloco }}</button>
        }
        @if (document()?.status === 'draft' && canEdit) {
          <button mat-button type="button" class="danger" [disabled]="busy()" (click)="deleteDraft()" data-testid="document-delete">{{ 'stock.document.deleteDraft' | transloco }}</button>
        }
      </div>
    }
  `,
})
export class DocumentEditorPage implements OnInit {
  private readonly stock = inject(StockService);
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfiguration);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly auth = inject(AuthService);
  private readonly scanBox = viewChild<ElementRef<HTMLInputElement>>('scanBox');

  /** Route parameters: `kind` on /new/:kind, `id` on an existing document. */
  readonly id = input<string>();
  readonly kindParam = input<string>(undefined, { alias: 'kind' });

  protected readonly canEdit = this.auth.hasPermission(Permissions.Stock.DocumentsEdit);
  protected readonly canPost = this.auth.hasPermission(Permissions.Stock.DocumentsPost);

  protected readonly document = signal<DocumentDto | null>(null);
  protected readonly warehouses = signal<WarehouseDto[]>([]);
  protected readonly lines = signal<EditorLine[]>([]);
  protected readonly changedIndex = signal(-1);
  protected readonly busy = signal(false);
  protected readonly notFound = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly fieldErrors = signal<Record<string, string>>({});
  protected readonly lineErrors = signal<Record<number, string>>({});
  protected readonly scanMessage = signal<{ text: string; error: boolean } | null>(null);
  private readonly loadedKind = signal<DocumentKind | null>(null);
  private dirty = false;

  protected readonly kind = computed<DocumentKind | null>(() => {
    const k = this.document()?.kind ?? this.loadedKind() ?? this.kindParam();
    return k && (DOCUMENT_KINDS as readonly string[]).includes(k) ? (k as DocumentKind) : null;
  });
  protected readonly kindLabel = computed(() => {
    const k = this.kind();
    return k ? this.transloco.translate(`stock.kinds.${k}`) : '';
  });
  protected readonly fields = computed(() => headerFields(this.kind() ?? 'receipt'));
  protected readonly isCount = computed(() => this.kind() === 'count');
  protected readonly posted = computed(() => {
    const s = this.document()?.status;
    return s === 'posted' || s === 'cancelled';
  });
  protected readonly readOnly = computed(() => this.posted() || !this.canEdit);
  protected readonly quantityTotal = computed(() => totalQuantity(this.lines()));
  protected readonly costTotal = computed(() => this.document()?.status !== 'draft' && this.document() ? Number(this.document()!.totalCost) : linesTotal(this.lines()));

  protected warehouseId = '';
  protected targetWarehouseId = '';
  protected date = today();
  protected companyId = '';
  protected dealId = '';
  protected reason = '';
  protected comment = '';
  protected scanCode = '';

  private readonly products = new Map<string, StockProductDto>();
  private scanQueue: Promise<void> = Promise.resolve();

  async ngOnInit(): Promise<void> {
    const warehousesLoaded = firstValueFrom(this.stock.getWarehouses(ALL_WAREHOUSES)).then(
      (page) => {
        this.warehouses.set(page.items);
        if (!this.id() && !this.warehouseId && page.items.length === 1) this.warehouseId = page.items[0].id;
      },
      () => undefined,
    );
    const id = this.id();
    if (id) {
      this.busy.set(true);
      try {
        await this.show(await firstValueFrom(this.stock.getStockDocument({ id })));
      } catch (error) {
        if (statusOf(error) === 404) this.notFound.set(true);
        else this.error.set(this.messageOf(error));
      } finally {
        this.busy.set(false);
      }
    } else if (!this.kind()) {
      this.notFound.set(true);
    }
    await warehousesLoaded;
    setTimeout(() => this.focusScan());
  }

  protected touch(): void {
    this.dirty = true;
  }

  protected unitCostOf(line: EditorLine): number | null {
    return shownUnitCost(line);
  }

  protected costOf(line: EditorLine): number | null {
    return lineCost(line);
  }

  /** Looks the code up and adds its product; scans are handled one after another in the order they came. */
  protected scan(): void {
    const code = normalizeCode(this.scanCode);
    this.scanCode = '';
    if (!code) return;
    this.scanQueue = this.scanQueue.then(() => this.addByCode(code));
  }

  private async addByCode(code: string): Promise<void> {
    try {
      const product = await firstValueFrom(this.stock.findStockProductByCode({ code }));
      this.products.set(product.id, product);
      const { lines, index } = addScanned(this.lines(), product);
      this.lines.set(lines);
      this.changedIndex.set(index);
      this.dirty = true;
      this.scanMessage.set({ text: this.transloco.translate('stock.document.added', { sku: product.sku, quantity: lines[index].quantity }), error: false });
    } catch (error) {
      const text =
        statusOf(error) === 404 ? this.transloco.translate<string>('stock.document.notFoundCode', { code }) : this.messageOf(error);
      this.scanMessage.set({ text, error: true });
    }
    this.focusScan();
  }

  private focusScan(): void {
    this.scanBox()?.nativeElement.focus();
  }

  protected setQuantity(index: number, text: string): void {
    const value = parseNumber(text);
    this.lines.update((lines) => lines.map((l, i) => (i === index ? { ...l, quantity: value === null || Number.isNaN(value) ? l.quantity : value } : l)));
    this.dirty = true;
  }

  protected setUnitCost(index: number, text: string): void {
    const value = parseNumber(text);
    this.lines.update((lines) => lines.map((l, i) => (i === index ? { ...l, unitCost: value === null || Number.isNaN(value) ? null : value } : l)));
    this.dirty = true;
  }

  protected removeLine(index: number): void {
    this.lines.update((lines) => lines.filter((_, i) => i !== index));
    this.changedIndex.set(-1);
    this.lineErrors.set({});
    this.dirty = true;
  }

  /** Saves the draft; returns it, or null when the server refused (the errors are shown). */
  protected async save(): Promise<DocumentDto | null> {
    const kind = this.kind();
    if (!kind) return null;
    this.busy.set(true);
    this.clearErrors();
    try {
      const current = this.document();
      const body: DocumentInput = {
        kind,
        warehouseId: this.warehouseId || null,
        targetWarehouseId: this.fields().target ? this.targetWarehouseId || null : null,
        date: this.date || null,
        companyId: this.fields().company ? this.companyId.trim() || null : null,
        dealId: this.fields().company ? this.dealId.trim() || null : null,
        reason: this.fields().reason ? this.reason.trim() || null : null,
        comment: this.comment.trim() || null,
        lines: toLineInputs(kind, this.lines()),
        concurrencyStamp: current?.concurrencyStamp ?? null,
      };
      const saved = current ? await firstValueFrom(this.stock.updateStockDocument({ id: current.id, body })) : await firstValueFrom(this.stock.createStockDocument({ body }));
      await this.show(saved);
      this.snackBar.open(this.transloco.translate('stock.saved'), undefined, { duration: 2000 });
      // The draft now has an address; the page stays (a scan or a Post in progress carries on here).
      if (!current) this.location.replaceState(`/stock/documents/${saved.id}`);
      return saved;
    } catch (error) {
      this.showError(error);
      return null;
    } finally {
      this.busy.set(false);
    }
  }

  /** Saves pending edits first, then posts. */
  protected post(): Promise<void> {
    return this.onSavedDraft((id) => this.stock.postStockDocument({ id }), 'stock.document.posted');
  }

  /** Saves pending edits, then runs a step on the saved draft and shows the document it answers with. */
  private async onSavedDraft(step: (id: string) => Observable<DocumentDto>, doneMessage: string): Promise<void> {
    let doc = this.document();
    if (!doc || this.dirty) doc = await this.save();
    if (!doc) return;
    this.busy.set(true);
    this.clearErrors();
    try {
      await this.show(await firstValueFrom(step(doc.id)));
      this.snackBar.open(this.transloco.translate(doneMessage), undefined, { duration: 3000 });
    } catch (error) {
      this.showError(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected async cancel(): Promise<void> {
    const doc = this.document();
    if (!doc || !(await confirm(this.dialog, this.transloco.translate('stock.document.confirmCancel')))) return;
    this.busy.set(true);
    this.clearErrors();
    try {
      await firstValueFrom(this.stock.cancelStockDocument({ id: doc.id }));
      await this.show(await firstValueFrom(this.stock.getStockDocument({ id: doc.id })));
      this.snackBar.open(this.transloco.translate('stock.document.cancelled'), undefined, { duration: 3000 });
    } catch (error) {
      this.showError(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected async deleteDraft(): Promise<void> {
    const doc = this.document();
    if (!doc || !(await confirm(this.dialog, this.transloco.translate('stock.document.confirmDelete')))) return;
    try {
      await firstValueFrom(this.stock.deleteStockDocument({ id: doc.id }));
      this.snackBar.open(this.transloco.translate('stock.deleted'), undefined, { duration: 3000 });
      await this.router.navigate(['/stock/documents']);
    } catch (error) {
      this.showError(error);
    }
  }

  /** Count: the lines become every product with stock in the warehouse, counted quantity = book quantity to start with. */
  protected fill(): Promise<void> {
    return this.onSavedDraft((id) => this.stock.fillStockCountFromBalances({ id }), 'stock.document.filled');
  }

  protected async countSheet(): Promise<void> {
    const doc = this.document();
    if (!doc) return;
    try {
      await downloadFile(this.http, this.api.rootUrl + getStockCountSheet.PATH.replace('{id}', doc.id), {});
    } catch (error) {
      this.error.set(this.messageOf(error));
    }
  }

  /** Shows a document from the server: header fields, and lines with their products' SKU and name. */
  private async show(doc: DocumentDto): Promise<void> {
    const missing = [...new Set(doc.lines.map((l) => l.productId))].filter((id) => !this.products.has(id));
    await Promise.all(
      missing.map((id) =>
        firstValueFrom(this.stock.getStockProduct({ id })).then(
          (p) => this.products.set(id, p),
          () => undefined,
        ),
      ),
    );
    this.loadedKind.set(doc.kind);
    this.warehouseId = doc.warehouseId ?? '';
    this.targetWarehouseId = doc.targetWarehouseId ?? '';
    this.date = doc.date ?? today();
    this.companyId = doc.companyId ?? '';
    this.dealId = doc.dealId ?? '';
    this.reason = doc.reason ?? '';
    this.comment = doc.comment ?? '';
    this.lines.set(
      doc.lines.map((l) => {
        const p = this.products.get(l.productId);
        return {
          productId: l.productId,
          sku: p?.sku ?? l.productId,
          name: p?.name ?? '',
          unit: p?.unit ?? '',
          quantity: Number(l.quantity),
          unitCost: numberOrNull(l.unitCost),
          bookQuantity: numberOrNull(l.bookQuantity),
          difference: numberOrNull(l.difference),
          cost: doc.status === 'draft' ? undefined : numberOrNull(l.cost),
        };
      }),
    );
    this.document.set(doc);
    this.dirty = false;
  }

  private clearErrors(): void {
    this.error.set(null);
    this.fieldErrors.set({});
    this.lineErrors.set({});
  }

  private showError(error: unknown): void {
    if (statusOf(error) === 400) {
      const { fields, lines } = splitErrors(problemOf(error)?.errors);
      const shown = ['warehouseId', 'targetWarehouseId', 'date', 'companyId', 'dealId', 'reason'];
      const placed: Record<string, string> = {};
      const unplaced: string[] = [];
      for (const [field, message] of Object.entries(fields)) {
        if (shown.includes(field)) placed[field] = message;
        else unplaced.push(message);
      }
      this.fieldErrors.set(placed);
      this.lineErrors.set(lines);
      this.error.set(unplaced.length ? unplaced.join(' ') : Object.keys(placed).length || Object.keys(lines).length ? null : this.messageOf(error));
      return;
    }
    this.error.set(this.messageOf(error));
  }

  private messageOf(error: unknown): string {
    const problem = problemOf(error);
    return problem?.detail || problem?.title || this.transloco.translate<string>('stock.failed');
  }
}

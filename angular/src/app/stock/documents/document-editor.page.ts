import { Location } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom, Observable } from 'rxjs';
import { ApiConfiguration } from '../../api/api-configuration';
import { getStockCountSheet } from '../../api/fn/stock/get-stock-count-sheet';
import { DocumentDto, DocumentInput, StockProductDto, WarehouseDto } from '../../api/models';
import { StockService } from '../../api/services';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { problemOf, statusOf } from '../../core/http/problem-details';
import { CompanyDay, dayIn } from '../../shared/company-day';
import { confirm } from '../../shared/confirm-dialog';
import { downloadFile } from '../../shared/download';
import { parseNumber } from '../products/product-form.page';
import { addScanned, DOCUMENT_KINDS, DocumentKind, EditorLine, headerFields, linesTotal, numberOrNull, toLineInputs, totalQuantity } from '../document-lines';
import { ALL_WAREHOUSES } from '../stock-product';
import { DocumentAction, DocumentActions } from './document-actions';
import { DocumentBanners } from './document-banners';
import { DocumentErrors, documentErrorsOf, NO_ERRORS } from './document-errors';
import { DocumentHeader, DocumentHeaderForm } from './document-header';
import { DocumentLinesTable, LineEdit } from './document-lines-table';
import { DocumentScanBox, ScanMessage } from './document-scan-box';
import { CardDocs } from '../../docs/card/card-docs';

/** Until the company's time zone is known, the browser's day stands in for the new document's date. */
const emptyHeader = (): DocumentHeader => ({ warehouseId: '', targetWarehouseId: '', date: dayIn(null), companyId: '', dealId: '', companyName: '', dealTitle: '', reason: '', comment: '' });

/**
 * A stock document: a draft being scanned and edited, or a posted/cancelled one shown read-only.
 * Routes: /stock/documents/new/:kind and /stock/documents/:id.
 *
 * The page holds the document and talks to the server; what is on screen is in its parts: the banners
 * (refusals, reversal links), the header form, the scan box, the lines table and the action buttons.
 */
@Component({
  selector: 'app-document-editor-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    TranslocoPipe,
    DocumentActions,
    DocumentBanners,
    DocumentHeaderForm,
    DocumentLinesTable,
    DocumentScanBox,
    CardDocs,
  ],
  styleUrl: '../stock.scss',
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
    } @else if (kind(); as k) {
      <app-document-banners [error]="errors().banner" [document]="document()" />

      <app-document-header
        [header]="header()"
        [kind]="k"
        [warehouses]="warehouses()"
        [readOnly]="readOnly()"
        [errors]="errors().fields"
        (edited)="editHeader($event)"
        (submitted)="save()"
      />

      @if (!readOnly()) {
        <app-document-scan-box [message]="scanMessage()" (scanned)="scan($event)" />
      } @else {
        <p class="muted">{{ 'stock.document.readOnly' | transloco }}</p>
      }

      <h2>{{ 'stock.document.lines' | transloco }}</h2>
      <app-document-lines-table
        [lines]="lines()"
        [readOnly]="readOnly()"
        [isCount]="isCount()"
        [posted]="posted()"
        [editsUnitCost]="fields().unitCost"
        [changedIndex]="changedIndex()"
        [lineErrors]="errors().lines"
        [quantityTotal]="quantityTotal()"
        [costTotal]="costTotal()"
        (quantityEdited)="setQuantity($event)"
        (unitCostEdited)="setUnitCost($event)"
        (removed)="removeLine($event)"
      />

      <app-document-actions
        [document]="document()"
        [readOnly]="readOnly()"
        [isCount]="isCount()"
        [busy]="busy()"
        [canEdit]="canEdit"
        [canPost]="canPost"
        (chosen)="act($event)"
      />

      <!-- Docs hears of a shipment when it is posted: its waybill is made from then on. -->
      @if (k === 'shipment' && document()?.status === 'posted') {
        <app-card-docs entityType="shipment" [entityId]="document()!.id" [attachments]="false" />
      }
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
  private readonly scanBox = viewChild(DocumentScanBox);
  private readonly companyDay = inject(CompanyDay);

  /** Route parameters: `kind` on /new/:kind, `id` on an existing document. */
  readonly id = input<string>();
  readonly kindParam = input<string>(undefined, { alias: 'kind' });

  protected readonly canEdit = this.auth.hasPermission(Permissions.Stock.DocumentsEdit);
  protected readonly canPost = this.auth.hasPermission(Permissions.Stock.DocumentsPost);

  protected readonly document = signal<DocumentDto | null>(null);
  protected readonly header = signal<DocumentHeader>(emptyHeader());
  protected readonly warehouses = signal<WarehouseDto[]>([]);
  protected readonly lines = signal<EditorLine[]>([]);
  protected readonly changedIndex = signal(-1);
  protected readonly busy = signal(false);
  protected readonly notFound = signal(false);
  protected readonly errors = signal<DocumentErrors>(NO_ERRORS);
  protected readonly scanMessage = signal<ScanMessage | null>(null);
  private readonly loadedKind = signal<DocumentKind | null>(null);
  /** Edits not yet saved: Post and Fill save them first. */
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
  protected readonly costTotal = computed(() => {
    const doc = this.document();
    return doc && doc.status !== 'draft' ? Number(doc.totalCost) : linesTotal(this.lines());
  });

  private readonly products = new Map<string, StockProductDto>();
  private scanQueue: Promise<void> = Promise.resolve();

  async ngOnInit(): Promise<void> {
    const warehousesLoaded = firstValueFrom(this.stock.getWarehouses(ALL_WAREHOUSES)).then(
      (page) => {
        this.warehouses.set(page.items);
        if (!this.id() && !this.header().warehouseId && page.items.length === 1) {
          this.header.update((h) => ({ ...h, warehouseId: page.items[0].id }));
        }
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
        else this.errors.set({ ...NO_ERRORS, banner: this.messageOf(error) });
      } finally {
        this.busy.set(false);
      }
    } else if (!this.kind()) {
      this.notFound.set(true);
    } else {
      // The server dates movements by the company's day: near midnight the browser's day can be the day before,
      // and a document dated then would be refused as back-dated behind today's movements.
      const browserDay = this.header().date;
      const companyToday = await this.companyDay.today();
      this.header.update((h) => (h.date === browserDay ? { ...h, date: companyToday } : h));
    }
    await warehousesLoaded;
    setTimeout(() => this.focusScan());
  }

  protected editHeader(header: DocumentHeader): void {
    this.header.set(header);
    this.dirty = true;
  }

  protected act(action: DocumentAction): void {
    const steps: Record<DocumentAction, () => Promise<unknown>> = {
      save: () => this.save(),
      post: () => this.post(),
      fill: () => this.fill(),
      countSheet: () => this.countSheet(),
      cancel: () => this.cancel(),
      delete: () => this.deleteDraft(),
    };
    void steps[action]();
  }

  /** Looks the code up and adds its product; scans are handled one after another in the order they came. */
  protected scan(code: string): void {
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
    this.scanBox()?.focus();
  }

  protected setQuantity({ index, text }: LineEdit): void {
    const value = parseNumber(text);
    this.lines.update((lines) => lines.map((l, i) => (i === index ? { ...l, quantity: value === null || Number.isNaN(value) ? l.quantity : value } : l)));
    this.dirty = true;
  }

  protected setUnitCost({ index, text }: LineEdit): void {
    const value = parseNumber(text);
    this.lines.update((lines) => lines.map((l, i) => (i === index ? { ...l, unitCost: value === null || Number.isNaN(value) ? null : value } : l)));
    this.dirty = true;
  }

  protected removeLine(index: number): void {
    this.lines.update((lines) => lines.filter((_, i) => i !== index));
    this.changedIndex.set(-1);
    this.errors.update((e) => ({ ...e, lines: {} }));
    this.dirty = true;
  }

  /** Saves the draft; returns it, or null when the server refused (the errors are shown). */
  protected async save(): Promise<DocumentDto | null> {
    const kind = this.kind();
    if (!kind) return null;
    this.busy.set(true);
    this.errors.set(NO_ERRORS);
    try {
      const current = this.document();
      const h = this.header();
      const fields = this.fields();
      const body: DocumentInput = {
        kind,
        warehouseId: h.warehouseId || null,
        targetWarehouseId: fields.target ? h.targetWarehouseId || null : null,
        date: h.date || null,
        companyId: fields.company ? h.companyId.trim() || null : null,
        dealId: fields.company ? h.dealId.trim() || null : null,
        reason: fields.reason ? h.reason.trim() || null : null,
        comment: h.comment.trim() || null,
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
  private post(): Promise<void> {
    return this.onSavedDraft((id) => this.stock.postStockDocument({ id }), 'stock.document.posted');
  }

  /** Saves pending edits, then runs a step on the saved draft and shows the document it answers with. */
  private async onSavedDraft(step: (id: string) => Observable<DocumentDto>, doneMessage: string): Promise<void> {
    let doc = this.document();
    if (!doc || this.dirty) doc = await this.save();
    if (!doc) return;
    this.busy.set(true);
    this.errors.set(NO_ERRORS);
    try {
      await this.show(await firstValueFrom(step(doc.id)));
      this.snackBar.open(this.transloco.translate(doneMessage), undefined, { duration: 3000 });
    } catch (error) {
      this.showError(error);
    } finally {
      this.busy.set(false);
    }
  }

  private async cancel(): Promise<void> {
    const doc = this.document();
    if (!doc || !(await confirm(this.dialog, this.transloco.translate('stock.document.confirmCancel')))) return;
    this.busy.set(true);
    this.errors.set(NO_ERRORS);
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

  private async deleteDraft(): Promise<void> {
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
  private fill(): Promise<void> {
    return this.onSavedDraft((id) => this.stock.fillStockCountFromBalances({ id }), 'stock.document.filled');
  }

  private async countSheet(): Promise<void> {
    const doc = this.document();
    if (!doc) return;
    try {
      await downloadFile(this.http, this.api.rootUrl + getStockCountSheet.PATH.replace('{id}', doc.id), {});
    } catch (error) {
      this.errors.set({ ...NO_ERRORS, banner: this.messageOf(error) });
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
    this.header.set({
      warehouseId: doc.warehouseId ?? '',
      targetWarehouseId: doc.targetWarehouseId ?? '',
      date: doc.date ?? (await this.companyDay.today()),
      companyId: doc.companyId ?? '',
      companyName: doc.companyName ?? '',
      dealTitle: doc.dealTitle ?? '',
      dealId: doc.dealId ?? '',
      reason: doc.reason ?? '',
      comment: doc.comment ?? '',
    });
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

  private showError(error: unknown): void {
    this.errors.set(documentErrorsOf(error, (e) => this.messageOf(e)));
  }

  private messageOf(error: unknown): string {
    const problem = problemOf(error);
    return problem?.detail || problem?.title || this.transloco.translate<string>('stock.failed');
  }
}

import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { problemOf, statusOf } from '../../core/http/problem-details';
import { confirm } from '../../shared/confirm-dialog';
import { downloadFile } from '../../shared/download';
import { FORMAT_PIPES } from '../../shared/formats/format.pipes';
import { StatusPipe } from '../../shared/formats/status.pipe';
import { ApiConfiguration } from '../../api/api-configuration';
import { getDocumentFile$Pdf } from '../../api/fn/docs/get-document-file-pdf';
import { GeneratedDocumentDto, InvoiceDto, PaymentDto } from '../../api/models';
import { DocsService, FinanceService } from '../../api/services';
import { RecordPaymentDialog } from './record-payment.dialog';
import { CardDocs } from '../../docs/card/card-docs';

/** An invoice: header, buyer, lines with VAT, totals and VAT by rate, its payments, its PDF; issue, cancel, record a payment. */
@Component({
  selector: 'app-invoice-card-page',
  imports: [RouterLink, MatButtonModule, MatProgressBarModule, TranslocoPipe, FORMAT_PIPES, StatusPipe, CardDocs],
  templateUrl: './invoice-card.page.html',
  styleUrl: '../finance.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvoiceCardPage implements OnInit {
  private readonly finance = inject(FinanceService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly auth = inject(AuthService);
  private readonly docs = inject(DocsService);
  private readonly http = inject(HttpClient);
  private readonly root = inject(ApiConfiguration).rootUrl;

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly invoice = signal<InvoiceDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly busy = signal(false);
  protected readonly notFound = signal(false);
  protected readonly banner = signal<string | null>(null);
  /** The latest PDF Docs made of the issued invoice; null until it exists. */
  protected readonly pdf = signal<GeneratedDocumentDto | null>(null);
  protected readonly seesDocuments = this.auth.hasPermission(Permissions.Docs.Documents);
  protected readonly canEdit = this.auth.hasPermission(Permissions.Finance.InvoicesEdit);
  protected readonly canPay = this.auth.hasPermission(Permissions.Finance.PaymentsEdit);
  protected readonly seesPayments = this.auth.hasPermission(Permissions.Finance.Payments);
  protected readonly seesCompanies = this.auth.hasPermission(Permissions.Crm.Companies);
  protected readonly seesDeals = this.auth.hasPermission(Permissions.Crm.Deals);
  protected readonly isDraft = computed(() => this.invoice()?.status === 'draft');
  protected readonly isOpen = computed(() => ['issued', 'partiallyPaid'].includes(this.invoice()?.status ?? ''));

  async ngOnInit(): Promise<void> {
    this.loading.set(true);
    try {
      this.invoice.set(await firstValueFrom(this.finance.getInvoice({ id: this.id() })));
      void this.loadPdf();
    } catch (error) {
      if (statusOf(error) === 404) this.notFound.set(true);
      else this.fail(error);
    } finally {
      this.loading.set(false);
    }
  }

  protected async issue(): Promise<void> {
    if (!(await confirm(this.dialog, this.transloco.translate('finance.invoice.confirmIssue')))) return;
    const issued = await this.act((id) => this.finance.issueInvoice({ id }));
    if (issued) {
      this.snackBar.open(this.transloco.translate('finance.invoice.issued', { number: issued.number }), undefined, { duration: 3000 });
      // Docs makes the PDF from Finance's event a moment after the issue: look again for a while.
      void this.loadPdf(20);
    }
  }

  protected downloadPdf(): void {
    const pdf = this.pdf();
    if (pdf) void downloadFile(this.http, this.root + getDocumentFile$Pdf.PATH.replace('{id}', pdf.id), {});
  }

  /** The invoice's latest PDF; with attempts > 1 it asks again every second until one appears. */
  private async loadPdf(attempts = 1): Promise<void> {
    const invoice = this.invoice();
    if (!this.seesDocuments || !invoice || invoice.status === 'draft') return;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const page = await firstValueFrom(this.docs.getDocuments({ entityType: 'invoice', entityId: invoice.id, maxResultCount: 1 }));
        const latest = page.items[0];
        if (latest) {
          this.pdf.set(latest);
          return;
        }
      } catch {
        return; // the card works without its PDF link
      }
      if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }

  protected async cancel(): Promise<void> {
    const number = this.invoice()?.number;
    if (!(await confirm(this.dialog, this.transloco.translate('finance.invoice.confirmCancel', { number })))) return;
    if (await this.act((id) => this.finance.cancelInvoice({ id }))) {
      this.snackBar.open(this.transloco.translate('finance.invoice.cancelled'), undefined, { duration: 3000 });
    }
  }

  protected async delete(): Promise<void> {
    const invoice = this.invoice();
    if (!invoice || !(await confirm(this.dialog, this.transloco.translate('finance.invoice.confirmDelete')))) return;
    try {
      await firstValueFrom(this.finance.deleteInvoice({ id: invoice.id }));
      await this.router.navigate(['/finance/invoices']);
    } catch (error) {
      this.fail(error);
    }
  }

  protected async recordPayment(): Promise<void> {
    const invoice = this.invoice();
    if (!invoice) return;
    const ref = this.dialog.open<RecordPaymentDialog, InvoiceDto, PaymentDto>(RecordPaymentDialog, { data: invoice });
    const payment = await firstValueFrom(ref.afterClosed());
    if (!payment) return;
    this.snackBar.open(this.transloco.translate('finance.recordPayment.saved'), undefined, { duration: 3000 });
    this.invoice.set(await firstValueFrom(this.finance.getInvoice({ id: invoice.id })));
  }

  protected vatLabel(rate: number | string | null): string {
    return rate === null ? this.transloco.translate<string>('finance.invoice.noVat') : this.transloco.translate<string>('finance.invoice.vatAt', { rate: `${Number(rate)} %` });
  }

  protected rateLabel(rate: number | string | null): string {
    return rate === null ? this.transloco.translate<string>('finance.vat.none') : `${Number(rate)} %`;
  }

  private async act(call: (id: string) => ReturnType<FinanceService['issueInvoice']>): Promise<InvoiceDto | null> {
    const invoice = this.invoice();
    if (!invoice) return null;
    this.busy.set(true);
    this.banner.set(null);
    try {
      const changed = await firstValueFrom(call(invoice.id));
      this.invoice.set(changed);
      return changed;
    } catch (error) {
      this.fail(error);
      return null;
    } finally {
      this.busy.set(false);
    }
  }

  private fail(error: unknown): void {
    const problem = problemOf(error);
    this.banner.set(problem?.detail || problem?.title || this.transloco.translate<string>('finance.failed'));
  }
}

import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { CompanyDto, ContactDto, DealDto, PipelineDto } from '../../api/models';
import { CrmService, FinanceService } from '../../api/services';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { problemOf, statusOf } from '../../core/http/problem-details';
import { contactName } from './contact-view';
import { TimelineComponent } from './timeline.component';
import { CardDocs } from '../../docs/card/card-docs';
import { CardTasksComponent } from '../../tasks/card-tasks/card-tasks';
import { FORMAT_PIPES } from '../../shared/formats/format.pipes';

/** A deal's card: fields, stage and lines on the left, its history on the right. */
@Component({
  selector: 'app-deal-card-page',
  imports: [
    FORMAT_PIPES,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    TimelineComponent,
    CardDocs,
    CardTasksComponent,
  ],
  templateUrl: './deal-card.page.html',
  styleUrl: './card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DealCardPage implements OnInit {
  private readonly crm = inject(CrmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly timeline = viewChild(TimelineComponent);
  private readonly invoices = inject(FinanceService);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly deal = signal<DealDto | null>(null);
  protected readonly company = signal<CompanyDto | null>(null);
  protected readonly contact = signal<ContactDto | null>(null);
  protected readonly contactName = contactName;
  protected readonly pipeline = signal<PipelineDto | null>(null);
  protected readonly loading = signal(false);
  protected readonly notFound = signal(false);
  protected readonly canEdit = this.auth.hasPermission('Crm.Deals.Edit');
  /** Sales managers and accountants draft invoices; the server says which deals they may invoice. */
  protected readonly canInvoice = this.auth.hasPermission(Permissions.Finance.InvoicesEdit);
  protected readonly invoicing = signal(false);
  protected readonly stage = computed(() => this.pipeline()?.stages.find((s) => s.id === this.deal()?.stageId));
  protected readonly openStages = computed(() =>
    [...(this.pipeline()?.stages ?? [])].filter((s) => s.kind === 'open').sort((a, b) => Number(a.order) - Number(b.order)),
  );

  async ngOnInit(): Promise<void> {
    this.loading.set(true);
    try {
      const deal = await firstValueFrom(this.crm.getDeal({ id: this.id() }));
      this.deal.set(deal);
      this.pipeline.set(await firstValueFrom(this.crm.getPipeline({ id: deal.pipelineId })));
      // The company may belong to another manager; the deal's card still opens, without the link.
      const [company, contact] = await Promise.all([
        firstValueFrom(this.crm.getCompany({ id: deal.companyId })).catch(() => null),
        deal.contactId ? firstValueFrom(this.crm.getContact({ id: deal.contactId })).catch(() => null) : null,
      ]);
      this.company.set(company);
      this.contact.set(contact);
    } catch (error) {
      if (statusOf(error) === 404) this.notFound.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  protected async move(stageId: string): Promise<void> {
    const deal = this.deal();
    if (!deal || stageId === deal.stageId) return;
    try {
      this.deal.set(await firstValueFrom(this.crm.moveDeal({ id: deal.id, body: { stageId } })));
      // The stage change reaches the timeline through the event bus, a moment later.
      setTimeout(() => void this.timeline()?.reload(), 1000);
    } catch (error) {
      const problem = problemOf(error);
      this.snackBar.open(problem?.detail || problem?.title || this.transloco.translate<string>('deals.moveFailed'), 'OK', { duration: 8000 });
    }
  }

  /** Drafts an invoice from the deal's lines (Finance's copy of the deal) and opens it. */
  protected async createInvoice(): Promise<void> {
    const deal = this.deal();
    if (!deal) return;
    this.invoicing.set(true);
    try {
      const invoice = await firstValueFrom(this.invoices.createInvoiceFromDeal({ dealId: deal.id }));
      await this.router.navigate(['/finance/invoices', invoice.id]);
    } catch (error) {
      const problem = problemOf(error);
      this.snackBar.open(problem?.detail || problem?.title || this.transloco.translate<string>('finance.failed'), 'OK', { duration: 8000 });
    } finally {
      this.invoicing.set(false);
    }
  }
}

import { DecimalPipe, SlicePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DealDto, DocumentListItemDto, LeadDto, LowStockItemDto } from '../../api/models';
import { CrmService, StockService } from '../../api/services';
import { DirectorHome } from '../../cockpit/director-home';
import { SalesPlanTile } from '../../cockpit/sales-plan-tile';
import { CompanyDay } from '../../shared/company-day';
import { AuthService } from '../auth/auth.service';
import { Permissions } from '../auth/permissions';
import { openStagesOf, StageSummary } from './home';

/** How many rows each panel shows; the panel links to the full list. */
const PANEL_ROWS = 5;

/**
 * Where everyone lands: what their role has to do now. Sales see their open deals by stage, leads waiting and deals
 * that moved lately; the warehouse sees drafts and low stock; directors see the whole business (the cockpit), admins a
 * compact version of it. A user with several roles sees each part; one with none of them is told the menu holds their
 * sections.
 */
@Component({
  selector: 'app-home-page',
  imports: [DecimalPipe, SlicePipe, RouterLink, TranslocoPipe, DirectorHome, SalesPlanTile],
  templateUrl: './home.page.html',
  styleUrl: './home.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage implements OnInit {
  private readonly auth = inject(AuthService);
  private readonly crm = inject(CrmService);
  private readonly stock = inject(StockService);
  private readonly day = inject(CompanyDay);

  protected readonly userName = computed(() => this.auth.me()?.userName ?? '');
  /** Directors see every deal: their home is the whole business (the cockpit); sales see their own work. */
  protected readonly director = computed(() => this.can(Permissions.Crm.Reports) && this.can(Permissions.Crm.DealsViewAll));
  /**
   * An admin holds every permission, a director's too, but runs the system rather than the business: the cockpit's
   * figures without its lists and charts.
   */
  protected readonly compact = computed(() => {
    const roles = this.auth.me()?.roles ?? [];
    return roles.includes('admin') && !roles.includes('director');
  });
  protected readonly sales = computed(() => this.can(Permissions.Crm.Deals) && !this.can(Permissions.Crm.DealsViewAll));
  /** A manager's own plan for this month: the server gives a sales user their own line only. */
  protected readonly planShown = computed(() => this.sales() && this.can(Permissions.Crm.Reports));
  protected readonly planPeriod = signal<string | null>(null);
  protected readonly leadsShown = computed(() => this.can(Permissions.Crm.Leads) && !this.director());
  protected readonly warehouse = computed(() => this.can(Permissions.Stock.Documents));
  protected readonly lowStockShown = computed(() => this.can(Permissions.Stock.Balances) && !this.director());
  protected readonly nothing = computed(() => !this.director() && !this.sales() && !this.leadsShown() && !this.warehouse() && !this.lowStockShown());

  protected readonly stages = signal<StageSummary[] | null>(null);
  protected readonly recentDeals = signal<DealDto[] | null>(null);
  protected readonly leads = signal<{ total: number; items: LeadDto[] } | null>(null);
  protected readonly drafts = signal<{ total: number; items: DocumentListItemDto[] } | null>(null);
  protected readonly lowStock = signal<LowStockItemDto[] | null>(null);

  async ngOnInit(): Promise<void> {
    const loads: Promise<unknown>[] = [];
    if (this.sales()) loads.push(this.loadMyDeals());
    if (this.leadsShown()) loads.push(this.loadLeads());
    if (this.warehouse()) loads.push(this.loadDrafts());
    if (this.lowStockShown()) loads.push(this.loadLowStock());
    if (this.planShown()) loads.push(this.day.today().then((today) => this.planPeriod.set(today.slice(0, 7))));
    // A panel that fails stays empty; the others still show.
    await Promise.allSettled(loads);
  }

  private can(permission: string): boolean {
    this.auth.me();
    return this.auth.hasPermission(permission);
  }

  private async loadMyDeals(): Promise<void> {
    const pipelines = await firstValueFrom(this.crm.getPipelines({ maxResultCount: 100 }));
    const pipeline = pipelines.items.find((p) => p.isDefault) ?? pipelines.items[0];
    if (!pipeline) return this.stages.set([]);
    const [board, recent] = await Promise.all([
      firstValueFrom(this.crm.getDealBoard({ pipelineId: pipeline.id, mine: true, take: 3 })),
      firstValueFrom(this.crm.getDeals({ mine: true, status: 'open', sorting: 'stageEnteredAt desc', maxResultCount: PANEL_ROWS })),
    ]);
    this.stages.set(openStagesOf(board));
    this.recentDeals.set(recent.items);
  }

  private async loadLeads(): Promise<void> {
    const page = await firstValueFrom(this.crm.getLeads({ status: 'new', sorting: 'createdAt desc', maxResultCount: PANEL_ROWS }));
    this.leads.set({ total: Number(page.totalCount), items: page.items });
  }

  private async loadDrafts(): Promise<void> {
    const page = await firstValueFrom(this.stock.getStockDocuments({ status: 'draft', maxResultCount: PANEL_ROWS }));
    this.drafts.set({ total: Number(page.totalCount), items: page.items });
  }

  private async loadLowStock(): Promise<void> {
    this.lowStock.set((await firstValueFrom(this.stock.getStockSummary())).shortest);
  }
}

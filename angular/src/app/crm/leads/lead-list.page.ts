import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, map, of } from 'rxjs';
import { ApiConfiguration } from '../../api/api-configuration';
import { exportLeads } from '../../api/fn/crm/export-leads';
import { LeadDto, LeadStatus } from '../../api/models';
import { CrmService } from '../../api/services';
import { downloadFile } from '../../shared/download';
import { DayTimePipe } from '../../shared/formats/format.pipes';
import { StatusPipe } from '../../shared/formats/status.pipe';
import { ListTable } from '../../shared/list/list-table';
import { ListToolbar } from '../../shared/list/list-toolbar';
import { chosen, pagedList } from '../../shared/list/paged-list';

export const LEAD_STATUSES: readonly LeadStatus[] = ['new', 'inWork', 'converted', 'junk'];

@Component({
  selector: 'app-lead-list-page',
  imports: [
    RouterLink,
    MatTableModule,
    MatSortModule,
    MatFormFieldModule,
    MatSelectModule,
    MatChipsModule,
    MatButtonModule,
    TranslocoPipe,
    DayTimePipe,
    StatusPipe,
    ListToolbar,
    ListTable,
  ],
  templateUrl: './lead-list.page.html',
  styleUrl: './lead-list.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LeadListPage {
  private readonly crm = inject(CrmService);
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfiguration);
  private readonly router = inject(Router);

  protected readonly columns = ['title', 'name', 'companyName', 'phone', 'email', 'status', 'owner', 'createdAt'];
  protected readonly statuses = LEAD_STATUSES;
  protected readonly sources = toSignal(
    this.crm.getSources({ maxResultCount: 1000 }).pipe(
      map((page) => page.items),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );
  protected readonly list = pagedList<LeadDto, { status: string; sourceId: string }>({
    filters: { status: '', sourceId: '' },
    load: (request, filters) => this.crm.getLeads({ ...request, ...chosen(filters) }),
  });

  /** The server's file for the current search, filters and sorting. */
  protected exportTo(format: 'xlsx' | 'csv'): void {
    const { sorting, filter } = this.list.request();
    void downloadFile(this.http, this.api.rootUrl + exportLeads.PATH, { sorting, filter, ...chosen(this.list.filters()), format });
  }

  protected open(lead: LeadDto): void {
    void this.router.navigate(['/crm/leads', lead.id]);
  }
}

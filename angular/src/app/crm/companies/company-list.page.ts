import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiConfiguration } from '../../api/api-configuration';
import { exportCompanies } from '../../api/fn/crm/export-companies';
import { CompanyDto } from '../../api/models';
import { CrmService } from '../../api/services';
import { downloadFile } from '../../shared/download';
import { DayPipe } from '../../shared/formats/format.pipes';
import { ListTable } from '../../shared/list/list-table';
import { ListToolbar } from '../../shared/list/list-toolbar';
import { pagedList } from '../../shared/list/paged-list';

@Component({
  selector: 'app-company-list-page',
  imports: [RouterLink, MatTableModule, MatSortModule, MatButtonModule, TranslocoPipe, DayPipe, ListToolbar, ListTable],
  templateUrl: './company-list.page.html',
  styleUrl: './company-list.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompanyListPage {
  private readonly crm = inject(CrmService);
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfiguration);
  private readonly router = inject(Router);

  protected readonly columns = ['name', 'taxId', 'phone', 'email', 'address', 'owner', 'createdAt'];
  protected readonly list = pagedList<CompanyDto>({ load: (request) => this.crm.getCompanies(request) });

  /** The server's file for the current search and sorting. */
  protected exportTo(format: 'xlsx' | 'csv'): void {
    const { sorting, filter } = this.list.request();
    void downloadFile(this.http, this.api.rootUrl + exportCompanies.PATH, { sorting, filter, format });
  }

  protected open(company: CompanyDto): void {
    void this.router.navigate(['/crm/companies', company.id]);
  }
}

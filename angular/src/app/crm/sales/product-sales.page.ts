import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { Period, periodFrom, yearToDate } from '../../shared/period/report-period';
import { reportData, reportQuery } from '../../finance/reports/report-query';
import { downloadFile } from '../../shared/download';
import { FORMAT_PIPES } from '../../shared/formats/format.pipes';
import { ApiConfiguration } from '../../api/api-configuration';
import { exportProductSalesReport } from '../../api/fn/crm/export-product-sales-report';
import { CrmService } from '../../api/services';

/** What the products report can be sorted by (the server's `sort`). */
type ProductSort = 'revenue' | 'quantity' | 'margin';
import { fractionOf } from './sales-periods';
import { ReportTable } from '../../shared/report/report-table';
import { ReportToolbar } from '../../shared/report/report-toolbar';

const SORTS: readonly ProductSort[] = ['revenue', 'quantity', 'margin'];
const TAKE = 50;

/** The top products of a period by revenue, quantity or margin; the period and the order live in the URL. */
@Component({
  selector: 'app-product-sales-page',
  imports: [MatFormFieldModule, MatSelectModule, TranslocoPipe, FORMAT_PIPES, ReportToolbar, ReportTable],
  templateUrl: './product-sales.page.html',
  styleUrl: './sales.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProductSalesPage {
  private readonly crm = inject(CrmService);
  private readonly api = inject(ApiConfiguration);
  private readonly http = inject(HttpClient);
  private readonly query = reportQuery();

  protected readonly sorts = SORTS;
  protected readonly sort = computed<ProductSort>(() => {
    const sort = this.query.params().get('sort') as ProductSort | null;
    return sort && SORTS.includes(sort) ? sort : 'revenue';
  });
  protected readonly period = computed<Period | undefined>(() => {
    const today = this.query.today();
    return today ? periodFrom(this.query.params(), yearToDate(today)) : undefined;
  });
  protected readonly report = reportData(
    () => {
      const p = this.period();
      return p ? { ...p, sort: this.sort(), take: TAKE } : undefined;
    },
    (q) => this.crm.getProductSalesReport(q),
  );
  protected readonly fraction = fractionOf;

  protected setPeriod(p: Period): void {
    this.query.set(p);
  }

  protected setSort(sort: ProductSort): void {
    this.query.set({ sort });
  }

  protected exportXlsx(): void {
    const p = this.period();
    if (p) void downloadFile(this.http, this.api.rootUrl + exportProductSalesReport.PATH, { ...p, sort: this.sort(), take: TAKE });
  }
}

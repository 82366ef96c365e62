import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, map, of } from 'rxjs';
import { ArticleDto, ArticleKind } from '../../api/models';
import { FinanceService } from '../../api/services';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { ListTable } from '../../shared/list/list-table';
import { ListToolbar } from '../../shared/list/list-toolbar';
import { pagedList } from '../../shared/list/paged-list';
import { clientPage } from '../client-page';

const FILTERS = { kind: '' };

/** Income and expense articles (статьи) with the ledger account each posts to. */
@Component({
  selector: 'app-article-list-page',
  imports: [RouterLink, MatTableModule, MatFormFieldModule, MatSelectModule, MatButtonModule, TranslocoPipe, ListToolbar, ListTable],
  templateUrl: './article-list.page.html',
  styleUrl: '../finance.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ArticleListPage {
  private readonly finance = inject(FinanceService);
  private readonly router = inject(Router);
  protected readonly canManage = inject(AuthService).hasPermission(Permissions.Finance.SettingsManage);
  protected readonly kinds: readonly ArticleKind[] = ['income', 'expense'];
  protected readonly columns = ['name', 'kind', 'ledgerAccount'];
  private readonly chart = toSignal(this.finance.getChartOfAccounts().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly list = pagedList<ArticleDto, typeof FILTERS>({
    filters: FILTERS,
    load: (request, filters) =>
      // The kind is picked here: the server binds its enum filter by the C# name only.
      this.finance
        .getFinanceCategories()
        .pipe(map((articles) => clientPage(articles.filter((a) => !filters.kind || a.kind === filters.kind), request, (a) => a.name))),
  });

  protected accountName(code: string): string {
    return this.chart().find((a) => a.code === code)?.name ?? '';
  }

  protected open(a: ArticleDto): void {
    void this.router.navigate(['/finance/articles', a.id]);
  }
}

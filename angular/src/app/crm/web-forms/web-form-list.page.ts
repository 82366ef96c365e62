import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { WebFormDto } from '../../api/models';
import { CrmService } from '../../api/services';
import { DayPipe } from '../../shared/formats/format.pipes';
import { ListTable } from '../../shared/list/list-table';
import { ListToolbar } from '../../shared/list/list-toolbar';
import { pagedList } from '../../shared/list/paged-list';

@Component({
  selector: 'app-web-form-list-page',
  imports: [RouterLink, MatTableModule, MatSortModule, MatButtonModule, TranslocoPipe, DayPipe, ListToolbar, ListTable],
  templateUrl: './web-form-list.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WebFormListPage {
  private readonly crm = inject(CrmService);
  private readonly router = inject(Router);

  protected readonly columns = ['name', 'assignment', 'isActive', 'createdAt'];
  protected readonly list = pagedList<WebFormDto>({ load: (request) => this.crm.getWebForms(request) });

  protected open(form: WebFormDto): void {
    void this.router.navigate(['/crm/web-forms', form.id]);
  }
}

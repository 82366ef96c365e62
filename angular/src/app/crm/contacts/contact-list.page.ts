import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiConfiguration } from '../../api/api-configuration';
import { exportContacts } from '../../api/fn/crm/export-contacts';
import { ContactDto } from '../../api/models';
import { CrmService } from '../../api/services';
import { downloadFile } from '../../shared/download';
import { ListTable } from '../../shared/list/list-table';
import { ListToolbar } from '../../shared/list/list-toolbar';
import { pagedList } from '../../shared/list/paged-list';

@Component({
  selector: 'app-contact-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatTableModule,
    MatSortModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    TranslocoPipe,
    ListToolbar,
    ListTable,
  ],
  templateUrl: './contact-list.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContactListPage {
  private readonly crm = inject(CrmService);
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfiguration);
  private readonly router = inject(Router);

  protected readonly columns = ['lastName', 'position', 'phones', 'emails', 'owner'];
  protected readonly list = pagedList<ContactDto, { tag: string }>({
    filters: { tag: '' },
    load: (request, { tag }) => this.crm.getContacts({ ...request, tag: tag || undefined }),
  });
  protected readonly tag = this.list.textFilter('tag');

  /** The server's file for the current search, tag and sorting. */
  protected exportTo(format: 'xlsx' | 'csv'): void {
    const { sorting, filter } = this.list.request();
    const tag = this.list.filters().tag || undefined;
    void downloadFile(this.http, this.api.rootUrl + exportContacts.PATH, { sorting, filter, tag, format });
  }

  protected open(contact: ContactDto): void {
    void this.router.navigate(['/crm/contacts', contact.id]);
  }
}

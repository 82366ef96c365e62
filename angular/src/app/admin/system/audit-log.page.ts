import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiConfiguration } from '../../api/api-configuration';
import { exportAuditEntries } from '../../api/fn/operations/export-audit-entries';
import { AuditEntryDto } from '../../api/models';
import { OperationsService } from '../../api/services';
import { downloadFile } from '../../shared/download';
import { DayTimePipe } from '../../shared/formats/format.pipes';
import { ListTable } from '../../shared/list/list-table';
import { ListToolbar } from '../../shared/list/list-toolbar';
import { chosen, pagedList } from '../../shared/list/paged-list';
import { UserPicker } from '../../shared/pickers/user-picker';

/** The audit log's filters as they sit in the URL; a record's card links here with its `entityId`. */
const FILTERS = { module: '', userId: '', entityType: '', entityId: '', from: '', to: '' };

/** The modules whose logs the audit joins, in the menu's order. */
export const AUDITED_MODULES = ['crm', 'tasks', 'docs', 'finance', 'stock', 'identity', 'notifications'];

/** Every module's change log as one list: who changed which record, when, and each field's old and new value. */
@Component({
  selector: 'app-audit-log-page',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatTableModule, TranslocoPipe, DayTimePipe, ListTable, ListToolbar, UserPicker],
  templateUrl: './audit-log.page.html',
  styleUrl: './audit-log.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogPage {
  private readonly operations = inject(OperationsService);
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfiguration);

  protected readonly modules = AUDITED_MODULES;
  protected readonly columns = ['changedAt', 'user', 'record', 'kind', 'changes'];
  protected readonly list = pagedList<AuditEntryDto, typeof FILTERS>({
    filters: FILTERS,
    pageSize: 50,
    load: (request, filters) => this.operations.listAuditEntries({ ...chosen(filters), skipCount: request.skipCount, maxResultCount: request.maxResultCount }),
  });

  protected set(name: keyof typeof FILTERS, value: string | null | undefined): void {
    this.list.setFilters({ [name]: value ?? '' });
  }

  protected exportTo(format: 'xlsx' | 'csv'): void {
    void downloadFile(this.http, this.api.rootUrl + exportAuditEntries.PATH, { ...chosen(this.list.filters()), format });
  }
}

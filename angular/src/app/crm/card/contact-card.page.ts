import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ApiConfiguration } from '../../api/api-configuration';
import { exportContactPersonalData } from '../../api/fn/operations/export-contact-personal-data';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { confirm } from '../../shared/confirm-dialog';
import { downloadFile } from '../../shared/download';
import { firstValueFrom } from 'rxjs';
import { CompanyDto, ContactDto, CustomFieldDto } from '../../api/models';
import { CrmService } from '../../api/services';
import { statusOf } from '../../core/http/problem-details';
import { contactName, customFieldRows } from './contact-view';
import { TimelineComponent } from './timeline.component';
import { CardDocs } from '../../docs/card/card-docs';
import { CardTasksComponent } from '../../tasks/card-tasks/card-tasks';

/** A contact person's card: their fields on the left, their history on the right. */
@Component({
  selector: 'app-contact-card-page',
  imports: [RouterLink, MatButtonModule, MatProgressBarModule, TranslocoPipe, TimelineComponent, CardDocs, CardTasksComponent],
  templateUrl: './contact-card.page.html',
  styleUrl: './card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContactCardPage implements OnInit {
  private readonly crm = inject(CrmService);
  private readonly auth = inject(AuthService);
  private readonly http = inject(HttpClient);
  private readonly api = inject(ApiConfiguration);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  /** A person's 152-FZ request: what Suite holds about them, and its erasure. */
  protected readonly canExportPersonalData = computed(() => {
    this.auth.me();
    return this.auth.hasPermission(Permissions.Operations.PersonalData);
  });
  protected readonly canErasePersonalData = computed(() => {
    this.auth.me();
    return this.auth.hasPermission(Permissions.Crm.ContactsErasePersonalData);
  });

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly contact = signal<ContactDto | null>(null);
  protected readonly company = signal<CompanyDto | null>(null);
  protected readonly definitions = signal<CustomFieldDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly notFound = signal(false);
  protected readonly name = computed(() => {
    const c = this.contact();
    return c ? contactName(c) : '';
  });
  protected readonly fields = computed(() => {
    const c = this.contact();
    if (!c) return [];
    return (
      [
        ['position', c.position],
        ['phones', c.phones.join(', ')],
        ['emails', c.emails.join(', ')],
        ['tags', c.tags.join(', ')],
      ] as const
    ).filter(([, value]) => !!value);
  });
  protected readonly customFields = computed(() => customFieldRows(this.definitions(), this.contact()?.customFields ?? {}));

  ngOnInit(): Promise<void> {
    return this.load();
  }

  protected exportPersonalData(contact: ContactDto): void {
    void downloadFile(this.http, this.api.rootUrl + exportContactPersonalData.PATH.replace('{id}', contact.id), {});
  }

  protected async erasePersonalData(contact: ContactDto): Promise<void> {
    const message = this.transloco.translate('card.personalData.confirmErase', { name: contactName(contact) });
    if (!(await confirm(this.dialog, message))) return;
    await firstValueFrom(this.crm.eraseContactPersonalData({ id: contact.id }));
    this.snackBar.open(this.transloco.translate('card.personalData.erased'), undefined, { duration: 4000 });
    await this.load();
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      const contact = await firstValueFrom(this.crm.getContact({ id: this.id() }));
      this.contact.set(contact);
      const [company, definitions] = await Promise.all([
        // The company may belong to another manager; the card still opens, without the link.
        contact.companyId ? firstValueFrom(this.crm.getCompany({ id: contact.companyId })).catch(() => null) : null,
        firstValueFrom(this.crm.getCustomFields({ entityType: 'contact' })).catch(() => [] as CustomFieldDto[]),
      ]);
      this.company.set(company);
      this.definitions.set(definitions);
    } catch (error) {
      if (statusOf(error) === 404) this.notFound.set(true);
    } finally {
      this.loading.set(false);
    }
  }
}

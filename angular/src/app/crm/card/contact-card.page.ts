import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
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

  async ngOnInit(): Promise<void> {
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

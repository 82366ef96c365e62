import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { CompanyDto, ContactDto, DealDto, PipelineDto } from '../../api/models';
import { CrmService } from '../../api/services';
import { AuthService } from '../../core/auth/auth.service';
import { statusOf } from '../../core/http/problem-details';
import { contactName } from './contact-view';
import { TimelineComponent } from './timeline.component';
import { CardDocs } from '../../docs/card/card-docs';
import { CardTasksComponent } from '../../tasks/card-tasks/card-tasks';
import { FORMAT_PIPES } from '../../shared/formats/format.pipes';

/** A client's card: its fields and deals on the left, everything that happened with it on the right. */
@Component({
  selector: 'app-company-card-page',
  imports: [FORMAT_PIPES, RouterLink, MatButtonModule, MatProgressBarModule, TranslocoPipe, TimelineComponent, CardDocs, CardTasksComponent],
  templateUrl: './company-card.page.html',
  styleUrl: './card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompanyCardPage implements OnInit {
  private readonly crm = inject(CrmService);
  private readonly auth = inject(AuthService);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly company = signal<CompanyDto | null>(null);
  protected readonly deals = signal<DealDto[]>([]);
  protected readonly contacts = signal<ContactDto[]>([]);
  protected readonly contactName = contactName;
  protected readonly stages = signal<Map<string, string>>(new Map());
  protected readonly loading = signal(false);
  protected readonly notFound = signal(false);
  protected readonly fields = computed(() => {
    const c = this.company();
    if (!c) return [];
    return (
      [
        ['taxId', c.taxId],
        ['kpp', c.kpp],
        ['address', c.address],
        ['phone', c.phone],
        ['email', c.email],
        ['website', c.website],
        ['tags', c.tags.join(', ')],
      ] as const
    ).filter(([, value]) => !!value);
  });

  async ngOnInit(): Promise<void> {
    this.loading.set(true);
    try {
      this.company.set(await firstValueFrom(this.crm.getCompany({ id: this.id() })));
      if (this.auth.hasPermission('Crm.Contacts')) {
        const contacts = await firstValueFrom(this.crm.getContacts({ companyId: this.id(), maxResultCount: 100 })).catch(() => null);
        this.contacts.set(contacts?.items ?? []);
      }
      if (this.auth.hasPermission('Crm.Deals')) {
        const [deals, pipelines] = await Promise.all([
          firstValueFrom(this.crm.getDeals({ companyId: this.id(), maxResultCount: 100 })),
          firstValueFrom(this.crm.getPipelines({ maxResultCount: 100 })),
        ]);
        this.deals.set(deals.items);
        this.stages.set(stageNames(pipelines.items));
      }
    } catch (error) {
      if (statusOf(error) === 404) this.notFound.set(true);
    } finally {
      this.loading.set(false);
    }
  }
}

export function stageNames(pipelines: PipelineDto[]): Map<string, string> {
  return new Map(pipelines.flatMap((p) => p.stages.map((s) => [s.id, s.name] as [string, string])));
}

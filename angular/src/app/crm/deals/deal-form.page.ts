import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormArray, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DealDto, DealInput, PipelineDto, ProductDto, SourceDto } from '../../api/models';
import { CrmService } from '../../api/services';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { fieldErrors, problemOf } from '../../core/http/problem-details';
import { linesTotal, lineAmount } from './deal-lines';
import { askLossReason } from './loss-dialog';
import { FORMAT_PIPES } from '../../shared/formats/format.pipes';
import { CompanyPicker, ContactPicker, OwnerPicker, ProductPicker } from '../../shared/pickers/crm-pickers';
import { PickerItem } from '../../shared/pickers/picker';

export const CURRENCIES = ['RUB', 'USD', 'EUR', 'CNY'];

/** Create or edit a deal: its fields, lines with computed amounts, and win / lose / reopen. */
@Component({
  selector: 'app-deal-form-page',
  imports: [
    FORMAT_PIPES,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    CompanyPicker,
    ContactPicker,
    ProductPicker,
    OwnerPicker,
  ],
  templateUrl: './deal-form.page.html',
  styleUrl: './deal-form.page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DealFormPage implements OnInit {
  private readonly crm = inject(CrmService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly fb = inject(NonNullableFormBuilder);

  /** Route parameter; absent on /crm/deals/new. */
  readonly id = input<string>();

  protected readonly currencies = CURRENCIES;
  protected readonly form = this.fb.group({
    title: ['', Validators.required],
    companyId: ['', Validators.required],
    contactId: [''],
    pipelineId: [''],
    stageId: [''],
    amount: [0],
    currency: ['RUB'],
    expectedCloseDate: [''],
    sourceId: [''],
    ownerId: [''],
    lines: this.fb.array<ReturnType<DealFormPage['line']>>([]),
  });

  protected readonly deal = signal<DealDto | null>(null);
  /** The chosen company: the contact picker offers only its people. */
  protected readonly companyId = toSignal(this.form.controls.companyId.valueChanges, { initialValue: '' });
  protected readonly pipelines = signal<PipelineDto[]>([]);
  protected readonly sources = signal<SourceDto[]>([]);
  protected readonly errors = signal<Record<string, string[]>>({});
  protected readonly busy = signal(false);

  private readonly pipelineId = toSignal(this.form.controls.pipelineId.valueChanges, { initialValue: '' });
  protected readonly openStages = computed(() =>
    (this.pipelines().find((p) => p.id === this.pipelineId())?.stages ?? []).filter((s) => s.kind === 'open'),
  );
  private readonly lineValues = toSignal(this.form.controls.lines.valueChanges, { initialValue: [] });
  protected readonly total = computed(() =>
    linesTotal(this.lineValues().map((l) => ({ quantity: Number(l.quantity ?? 0), unitPrice: Number(l.unitPrice ?? 0) }))),
  );
  protected readonly lineAmount = lineAmount;
  protected readonly canEdit = computed(() => {
    this.auth.me();
    return this.auth.hasPermission(this.id() ? Permissions.Crm.DealsEdit : Permissions.Crm.DealsCreate);
  });
  /** Only those who see every deal may give one to someone else. */
  protected readonly canReassign = computed(() => {
    this.auth.me();
    return this.auth.hasPermission(Permissions.Crm.DealsViewAll);
  });

  constructor() {
    this.form.controls.lines.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      const amount = this.form.controls.amount;
      if (this.form.controls.lines.length > 0) amount.disable({ emitEvent: false });
      else amount.enable({ emitEvent: false });
    });
  }

  async ngOnInit(): Promise<void> {
    this.busy.set(true);
    try {
      const [pipelines, sources] = await Promise.all([
        firstValueFrom(this.crm.getPipelines({ maxResultCount: 100 })),
        firstValueFrom(this.crm.getSources({ maxResultCount: 1000 })),
      ]);
      this.pipelines.set(pipelines.items);
      this.sources.set(sources.items);
      const id = this.id();
      if (id) {
        await this.load(id);
      } else {
        const chosen = pipelines.items.find((p) => p.isDefault) ?? pipelines.items[0];
        this.form.patchValue({ pipelineId: chosen?.id ?? '', stageId: chosen?.stages.find((s) => s.kind === 'open')?.id ?? '' });
      }
      if (!this.canEdit()) this.form.disable();
    } finally {
      this.busy.set(false);
    }
  }

  private async load(id: string): Promise<void> {
    const deal = await firstValueFrom(this.crm.getDeal({ id }));
    this.deal.set(deal);
    this.form.controls.lines.clear({ emitEvent: false });
    for (const l of deal.lines) {
      this.form.controls.lines.push(this.line(l.description, Number(l.quantity), Number(l.unitPrice), l.productId), { emitEvent: false });
    }
    // One change event for the whole set, so the total and the amount field follow the loaded lines.
    this.form.controls.lines.updateValueAndValidity();
    this.form.patchValue({
      title: deal.title,
      companyId: deal.companyId,
      contactId: deal.contactId ?? '',
      pipelineId: deal.pipelineId,
      stageId: deal.stageId,
      amount: Number(deal.amount),
      currency: deal.currency,
      expectedCloseDate: deal.expectedCloseDate ?? '',
      sourceId: deal.sourceId ?? '',
      ownerId: deal.ownerId,
    });
  }

  protected line(description = '', quantity = 1, unitPrice = 0, productId: string | null = null) {
    return this.fb.group({
      description: [description, Validators.required],
      quantity: [quantity, [Validators.required, Validators.min(0.001)]],
      unitPrice: [unitPrice, [Validators.required, Validators.min(0)]],
      productId: [productId as string | null],
    });
  }

  protected get lines(): FormArray<ReturnType<DealFormPage['line']>> {
    return this.form.controls.lines;
  }

  protected addLine(): void {
    this.lines.push(this.line());
  }

  protected removeLine(index: number): void {
    this.lines.removeAt(index);
  }

  /** A new company: the contact picked for the old one no longer fits. */
  protected pickCompany(company: PickerItem | null): void {
    if (company?.id !== this.form.controls.companyId.value) this.form.controls.companyId.setValue(company?.id ?? '');
    this.form.controls.contactId.setValue('');
  }

  /** A catalog product names the line and brings its sale price. */
  protected pickProduct(index: number, product: PickerItem<ProductDto> | null): void {
    if (!product?.data) return;
    this.lines.at(index).patchValue({ description: product.data.name, unitPrice: Number(product.data.salePrice) });
  }

  protected pickPipeline(): void {
    this.form.controls.stageId.setValue(this.openStages()[0]?.id ?? '');
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const deal = this.deal();
    const body: DealInput = {
      title: v.title.trim(),
      companyId: v.companyId,
      contactId: v.contactId || null,
      pipelineId: v.pipelineId || null,
      stageId: deal && deal.status !== 'open' ? null : v.stageId || null,
      amount: v.lines.length ? null : Number(v.amount),
      currency: v.currency,
      expectedCloseDate: v.expectedCloseDate || null,
      sourceId: v.sourceId || null,
      ownerId: this.canReassign() ? v.ownerId || null : null,
      lines: v.lines.map((l) => ({
        description: l.description.trim(),
        quantity: Number(l.quantity),
        unitPrice: Number(l.unitPrice),
        productId: l.productId || null,
      })),
      concurrencyStamp: deal?.concurrencyStamp,
    };
    await this.run(async () => {
      if (deal) {
        await firstValueFrom(this.crm.updateDeal({ id: deal.id, body }));
        this.snackBar.open(this.transloco.translate('deal.saved'), undefined, { duration: 3000 });
      } else {
        await firstValueFrom(this.crm.createDeal({ body }));
        await this.router.navigate(['/crm/deals']);
      }
    });
  }

  protected async win(): Promise<void> {
    const deal = this.deal();
    if (deal) await this.run(async () => this.deal.set(await firstValueFrom(this.crm.winDeal({ id: deal.id }))));
  }

  protected async lose(): Promise<void> {
    const deal = this.deal();
    if (!deal) return;
    const reasons = await firstValueFrom(this.crm.getLossReasons({ maxResultCount: 1000 }));
    const body = await askLossReason(this.dialog, reasons.items);
    if (body) await this.run(async () => this.deal.set(await firstValueFrom(this.crm.loseDeal({ id: deal.id, body }))));
  }

  protected async reopen(): Promise<void> {
    const deal = this.deal();
    if (deal) await this.run(async () => this.deal.set(await firstValueFrom(this.crm.reopenDeal({ id: deal.id }))));
  }

  protected stageName(stageId: string): string {
    return this.pipelines().flatMap((p) => p.stages).find((s) => s.id === stageId)?.name ?? '';
  }

  /** Runs a call and reloads the deal (stamp, amounts, stage); field errors go under their fields, anything else to the snack bar. */
  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.errors.set({});
    try {
      await action();
      const deal = this.deal();
      if (deal) await this.load(deal.id);
    } catch (error) {
      const fields = fieldErrors(error);
      this.errors.set(fields);
      if (Object.keys(fields).length === 0) {
        const message: string = problemOf(error)?.detail || this.transloco.translate('deal.saveFailed');
        this.snackBar.open(message, undefined, { duration: 6000 });
      }
    } finally {
      this.busy.set(false);
    }
  }
}

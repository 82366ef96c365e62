import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { OrganisationDto, OrganisationInput, TaxRegime } from '../../api/models';
import { FinanceService } from '../../api/services';
import { fieldErrors, problemOf } from '../../core/http/problem-details';
import { defaultVatRatesFor, fitVatRate, vatFromKey, vatKey } from '../money-math';
import { imageRefusal, MAX_IMAGE_BYTES, readDataUrl } from './images';

type Image = 'logo' | 'signature' | 'stamp';

/** The text fields of our requisites, in the order the form shows them. */
const TEXT_FIELDS = [
  'name',
  'shortName',
  'taxId',
  'kpp',
  'ogrn',
  'legalAddress',
  'postalAddress',
  'director',
  'chiefAccountant',
  'phone',
  'email',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** Our organisation as printed forms show it: requisites, tax regime with its default VAT, payment terms, images. */
@Component({
  selector: 'app-organisation-page',
  imports: [FormsModule, RouterLink, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule, TranslocoPipe],
  templateUrl: './organisation.page.html',
  styleUrl: '../finance.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationPage implements OnInit {
  private readonly finance = inject(FinanceService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  protected readonly textFields = TEXT_FIELDS;
  protected readonly wideFields: readonly TextField[] = ['name', 'legalAddress', 'postalAddress'];
  protected readonly images: readonly Image[] = ['logo', 'signature', 'stamp'];
  protected readonly maxKb = MAX_IMAGE_BYTES / 1024;
  protected readonly loaded = signal<OrganisationDto | null>(null);
  protected readonly saving = signal(false);
  protected readonly banner = signal<string | null>(null);
  protected readonly errors = signal<Record<string, string>>({});

  protected readonly text: Record<TextField, string> = Object.fromEntries(TEXT_FIELDS.map((f) => [f, ''])) as Record<TextField, string>;
  protected readonly regime = signal<TaxRegime>('osno');
  protected vat = '22';
  protected paymentTermDays: number | null = 5;
  protected readonly picture = signal<Record<Image, string | null>>({ logo: null, signature: null, stamp: null });
  protected readonly vatOptions = computed(() => defaultVatRatesFor(this.regime()).map(vatKey));

  async ngOnInit(): Promise<void> {
    try {
      this.apply(await firstValueFrom(this.finance.getOrganisation()));
    } catch (error) {
      this.banner.set(problemOf(error)?.detail || this.transloco.translate<string>('finance.loadFailed'));
    }
  }

  private apply(o: OrganisationDto): void {
    for (const f of TEXT_FIELDS) this.text[f] = (o[f] as string | null) ?? '';
    this.regime.set(o.taxRegime);
    this.vat = vatKey(o.defaultVatRate === null ? null : Number(o.defaultVatRate));
    this.paymentTermDays = Number(o.paymentTermDays);
    this.picture.set({ logo: o.logo, signature: o.signature, stamp: o.stamp });
    this.loaded.set(o);
  }

  /** A regime change keeps the default rate when the new regime allows it, else takes its first rate. */
  protected setRegime(regime: TaxRegime): void {
    this.regime.set(regime);
    this.vat = vatKey(fitVatRate(regime, vatFromKey(this.vat)));
  }

  protected vatLabel(key: string): string {
    return key === 'none' ? this.transloco.translate<string>('finance.vat.none') : `${key} %`;
  }

  protected async choose(image: Image, event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const refusal = imageRefusal(file);
    if (refusal) {
      this.errors.update((e) => ({ ...e, [image]: this.transloco.translate<string>(`finance.organisation.image.${refusal}`, { kb: this.maxKb }) }));
      return;
    }
    const url = await readDataUrl(file);
    this.errors.update((e) => ({ ...e, [image]: '' }));
    this.picture.update((p) => ({ ...p, [image]: url }));
  }

  protected remove(image: Image): void {
    this.picture.update((p) => ({ ...p, [image]: null }));
  }

  protected async save(): Promise<void> {
    this.saving.set(true);
    this.banner.set(null);
    this.errors.set({});
    const body: OrganisationInput = {
      ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, this.text[f].trim() || null])),
      taxRegime: this.regime(),
      defaultVatRate: vatFromKey(this.vat),
      paymentTermDays: this.paymentTermDays ?? 0,
      ...this.picture(),
      concurrencyStamp: this.loaded()?.concurrencyStamp,
    };
    try {
      this.apply(await firstValueFrom(this.finance.updateOrganisation({ body })));
      this.snackBar.open(this.transloco.translate('finance.saved'), undefined, { duration: 3000 });
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) {
        this.errors.set(Object.fromEntries(Object.entries(fields).map(([f, m]) => [f, m.join(' ')])));
        const known = new Set<string>([...TEXT_FIELDS, ...this.images, 'defaultVatRate', 'paymentTermDays']);
        const rest = Object.entries(fields).filter(([f]) => !known.has(f));
        this.banner.set(rest.length ? rest.map(([, m]) => m.join(' ')).join(' ') : null);
      } else {
        const problem = problemOf(error);
        this.banner.set(problem?.detail || problem?.title || this.transloco.translate<string>('finance.failed'));
      }
    } finally {
      this.saving.set(false);
    }
  }
}

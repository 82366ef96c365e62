import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { FinanceSettingsDto } from '../../api/models';
import { FinanceService } from '../../api/services';
import { fieldErrors, problemOf } from '../../core/http/problem-details';

/** The books' settings: the lock date (nothing is posted on or before it), the invoice number prefix, payment terms. */
@Component({
  selector: 'app-finance-settings-page',
  imports: [FormsModule, RouterLink, MatFormFieldModule, MatInputModule, MatButtonModule, TranslocoPipe],
  templateUrl: './finance-settings.page.html',
  styleUrl: '../finance.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FinanceSettingsPage implements OnInit {
  private readonly finance = inject(FinanceService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  protected readonly loaded = signal<FinanceSettingsDto | null>(null);
  protected readonly saving = signal(false);
  protected readonly banner = signal<string | null>(null);
  protected readonly errors = signal<Record<string, string>>({});
  protected lockDate = '';
  protected invoicePrefix = '';
  protected paymentTermDays: number | null = null;

  async ngOnInit(): Promise<void> {
    try {
      this.apply(await firstValueFrom(this.finance.getFinanceSettings()));
    } catch (error) {
      this.banner.set(problemOf(error)?.detail || this.transloco.translate<string>('finance.loadFailed'));
    }
  }

  private apply(s: FinanceSettingsDto): void {
    this.lockDate = s.lockDate ?? '';
    this.invoicePrefix = s.invoicePrefix;
    this.paymentTermDays = Number(s.paymentTermDays);
    this.loaded.set(s);
  }

  protected async save(): Promise<void> {
    this.saving.set(true);
    this.banner.set(null);
    this.errors.set({});
    try {
      const body = {
        lockDate: this.lockDate || null,
        invoicePrefix: this.invoicePrefix.trim(),
        paymentTermDays: this.paymentTermDays ?? 0,
        concurrencyStamp: this.loaded()?.concurrencyStamp,
      };
      this.apply(await firstValueFrom(this.finance.updateFinanceSettings({ body })));
      this.snackBar.open(this.transloco.translate('finance.saved'), undefined, { duration: 3000 });
    } catch (error) {
      const fields = fieldErrors(error);
      this.errors.set(Object.fromEntries(Object.entries(fields).map(([f, m]) => [f, m.join(' ')])));
      const problem = problemOf(error);
      if (!Object.keys(fields).length) this.banner.set(problem?.detail || problem?.title || this.transloco.translate<string>('finance.failed'));
    } finally {
      this.saving.set(false);
    }
  }
}

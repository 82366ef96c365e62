import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { catchError, firstValueFrom, of } from 'rxjs';
import { ArticleDto, ArticleKind } from '../../api/models';
import { FinanceService } from '../../api/services';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { statusOf } from '../../core/http/problem-details';
import { confirm } from '../../shared/confirm-dialog';
import { FormErrors } from '../form-errors';

/** The ledger accounts an article of each kind may post to (the server's Article.Fits). */
export const ARTICLE_ACCOUNTS: Record<ArticleKind, readonly string[]> = {
  income: ['62.01', '91.01', '80'],
  expense: ['26', '44', '60', '68.02', '91.02'],
};

/** An income or expense article: its name and the account a payment under it posts to. */
@Component({
  selector: 'app-article-form-page',
  imports: [FormsModule, RouterLink, MatFormFieldModule, MatInputModule, MatSelectModule, MatCheckboxModule, MatButtonModule, TranslocoPipe],
  templateUrl: './article-form.page.html',
  styleUrl: '../finance.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ArticleFormPage implements OnInit {
  private readonly finance = inject(FinanceService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly canManage = inject(AuthService).hasPermission(Permissions.Finance.SettingsManage);

  readonly id = input<string>();
  protected readonly isNew = computed(() => !this.id());
  protected readonly loaded = signal<ArticleDto | null>(null);
  protected readonly saving = signal(false);
  protected readonly notFound = signal(false);
  protected readonly form = new FormErrors(this.transloco, ['name', 'kind', 'ledgerAccount']);
  private readonly chart = toSignal(this.finance.getChartOfAccounts().pipe(catchError(() => of([]))), { initialValue: [] });
  protected name = '';
  protected readonly kind = signal<ArticleKind>('expense');
  protected ledgerAccount = '26';
  protected isArchived = false;
  protected readonly accounts = computed(() =>
    ARTICLE_ACCOUNTS[this.kind()].map((code) => ({ code, name: this.chart().find((a) => a.code === code)?.name ?? '' })),
  );

  async ngOnInit(): Promise<void> {
    const id = this.id();
    if (!id) return;
    try {
      const a = await firstValueFrom(this.finance.getFinanceCategory({ id }));
      this.loaded.set(a);
      this.name = a.name;
      this.kind.set(a.kind);
      this.ledgerAccount = a.ledgerAccount;
      this.isArchived = a.isArchived;
    } catch (error) {
      if (statusOf(error) === 404) this.notFound.set(true);
      else this.form.fail(error);
    }
  }

  protected setKind(kind: ArticleKind): void {
    this.kind.set(kind);
    this.ledgerAccount = ARTICLE_ACCOUNTS[kind][0];
  }

  protected async save(): Promise<void> {
    if (!this.name.trim()) {
      this.form.require('name');
      return;
    }
    this.saving.set(true);
    this.form.clear();
    const body = {
      name: this.name.trim(),
      kind: this.kind(),
      ledgerAccount: this.ledgerAccount,
      isArchived: this.isArchived,
      concurrencyStamp: this.loaded()?.concurrencyStamp,
    };
    try {
      const loaded = this.loaded();
      if (loaded) await firstValueFrom(this.finance.updateFinanceCategory({ id: loaded.id, body }));
      else await firstValueFrom(this.finance.createFinanceCategory({ body }));
      this.snackBar.open(this.transloco.translate('finance.saved'), undefined, { duration: 3000 });
      await this.router.navigate(['/finance/articles']);
    } catch (error) {
      this.form.fail(error);
    } finally {
      this.saving.set(false);
    }
  }

  protected async delete(): Promise<void> {
    const a = this.loaded();
    if (!a || !(await confirm(this.dialog, this.transloco.translate('finance.articles.confirmDelete', { name: a.name })))) return;
    try {
      await firstValueFrom(this.finance.deleteFinanceCategory({ id: a.id }));
      this.snackBar.open(this.transloco.translate('finance.deleted'), undefined, { duration: 3000 });
      await this.router.navigate(['/finance/articles']);
    } catch (error) {
      this.form.fail(error);
    }
  }
}

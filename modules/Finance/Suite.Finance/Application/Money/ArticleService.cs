using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Suite.Finance.Data;
using Suite.Finance.Domain.Ledger;
using Suite.Finance.Domain.Money;
using Suite.Framework.Domain;
using Suite.Framework.Localization;

namespace Suite.Finance.Application.Money;

internal sealed record ArticleDto(Guid Id, string Name, ArticleKind Kind, string LedgerAccount, string? Code, bool IsArchived, string ConcurrencyStamp)
{
    internal static ArticleDto From(Article a) => new(a.Id, a.Name, a.Kind, a.LedgerAccount, a.Code, a.IsArchived, a.ConcurrencyStamp);
}

internal sealed record ArticleInput
{
    public string? Name { get; init; }
    public ArticleKind? Kind { get; init; }

    /// <summary>Defaults by kind: 26 general expenses for an expense, 91.01 other income for an income.</summary>
    public string? LedgerAccount { get; init; }

    public bool IsArchived { get; init; }
    public string? ConcurrencyStamp { get; init; }
}

internal sealed class ArticleInputValidator : AbstractValidator<ArticleInput>
{
    public ArticleInputValidator()
    {
        RuleFor(a => a.Name).NotEmpty().MaximumLength(200)
            .WithMessage(_ => Text.Pick("Укажите название статьи (до 200 знаков).", "Give the article a name (up to 200 characters)."));
        RuleFor(a => a.Kind).NotNull()
            .WithMessage(_ => Text.Pick("Укажите вид статьи: доход или расход.", "Choose the kind: income or expense."));
        RuleFor(a => a.LedgerAccount).Must((a, account) => Article.Fits(a.Kind!.Value, account!))
            .When(a => a.Kind is not null && a.LedgerAccount is not null)
            .WithMessage(_ => Text.Pick(
                "Статья дохода относится на 62.01, 91.01 или 80; статья расхода — на 26, 44, 60, 68.02 или 91.02.",
                "An income article posts to 62.01, 91.01 or 80; an expense article to 26, 44, 60, 68.02 or 91.02."));
    }
}

/// <summary>Income and expense articles (API: /api/finance/categories); the built-in ones can be renamed, not deleted.</summary>
internal sealed class ArticleService(FinanceDbContext db)
{
    public const string InUse = "Finance.Category.InUse";

    public async Task<IReadOnlyList<ArticleDto>> ListAsync(ArticleKind? kind, CancellationToken cancellationToken) =>
        (await db.Articles.AsNoTracking().Where(a => kind == null || a.Kind == kind).OrderBy(a => a.Kind).ThenBy(a => a.Name)
            .ToListAsync(cancellationToken)).Select(ArticleDto.From).ToList();

    public async Task<ArticleDto> GetAsync(Guid id, CancellationToken cancellationToken) => ArticleDto.From(await FindAsync(id, cancellationToken));

    public async Task<ArticleDto> CreateAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        var kind = input.Kind!.Value;
        var article = new Article(input.Name!.Trim(), kind, input.LedgerAccount ?? DefaultAccount(kind));
        db.Articles.Add(article);
        await db.SaveChangesAsync(cancellationToken);
        return ArticleDto.From(article);
    }

    public async Task<ArticleDto> UpdateAsync(Guid id, ArticleInput input, CancellationToken cancellationToken)
    {
        var article = await FindAsync(id, cancellationToken);
        db.ExpectConcurrencyStamp(article, input.ConcurrencyStamp);
        if (input.Kind is { } kind && kind != article.Kind)
            throw InputValidationException.For("kind", Text.Pick("Вид статьи не меняется.", "An article's kind does not change."));
        var account = input.LedgerAccount ?? article.LedgerAccount;
        if (!Article.Fits(article.Kind, account))
            throw InputValidationException.For("ledgerAccount", Text.Pick("Счёт не подходит для статьи этого вида.", "The account does not fit an article of this kind."));
        article.Update(input.Name!.Trim(), account, input.IsArchived);
        await db.SaveChangesAsync(cancellationToken);
        return ArticleDto.From(article);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var article = await FindAsync(id, cancellationToken);
        if (article.Code is not null || await db.Postings.AnyAsync(p => p.ArticleId == id, cancellationToken))
            throw new BusinessRuleException(InUse, Text.Pick(
                $"Статья «{article.Name}» встроенная или по ней были операции: её можно только архивировать.",
                $"\"{article.Name}\" is built in or has operations: it can only be archived."));
        db.Articles.Remove(article);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The built-in article with <paramref name="code"/> (see <see cref="Articles"/>), seeded at start.</summary>
    public async Task<Article> BuiltInAsync(string code, CancellationToken cancellationToken) =>
        await db.Articles.SingleAsync(a => a.Code == code, cancellationToken);

    /// <summary>Creates the built-in articles that do not exist yet; run when the module starts.</summary>
    public static async Task SeedAsync(FinanceDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.Articles.Where(a => a.Code != null).Select(a => a.Code).ToListAsync(cancellationToken);
        foreach (var article in Articles.BuiltIn().Where(a => !existing.Contains(a.Code)))
            db.Articles.Add(article);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string DefaultAccount(ArticleKind kind) => kind == ArticleKind.Income ? Accounts.OtherIncome : Accounts.GeneralExpenses;

    private async Task<Article> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Articles.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new EntityNotFoundException("Category", id);
}

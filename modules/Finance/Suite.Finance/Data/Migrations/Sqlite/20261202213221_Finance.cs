using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Finance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Finance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OwnerId",
                table: "FinanceCustomers",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "FinanceArticles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    LedgerAccount = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceArticles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinanceBankStatementLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StatementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    PayerName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PayerTaxId = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    PayerAccount = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    RecipientTaxId = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    RecipientAccount = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CounterpartyKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceBankStatementLines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinanceBankStatements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Encoding = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpeningBalance = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: true),
                    TotalReceived = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: true),
                    TotalDebited = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: true),
                    ClosingBalance = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: true),
                    Imported = table.Column<int>(type: "INTEGER", nullable: false),
                    Duplicates = table.Column<int>(type: "INTEGER", nullable: false),
                    Matched = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceBankStatements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinanceDeals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceDeals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinanceInvoices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    PricesIncludeVat = table.Column<bool>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TotalNet = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    TotalVat = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    Total = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    AmountPaid = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    BuyerName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    BuyerTaxId = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    BuyerKpp = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    BuyerAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OverdueNotifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceInvoices", x => x.Id);
                    table.CheckConstraint("CK_FinanceInvoices_AmountPaid", "\"AmountPaid\" >= 0 AND \"AmountPaid\" <= \"Total\"");
                });

            migrationBuilder.CreateTable(
                name: "FinanceInvoiceSeries",
                columns: table => new
                {
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    LastNumber = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceInvoiceSeries", x => new { x.Prefix, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "FinanceJournalEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PostedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReversesEntryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReversedByEntryId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceJournalEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinanceMoneyAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    BankName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Bic = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    AccountNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CorrespondentAccount = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    IsMain = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Balance = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceMoneyAccounts", x => x.Id);
                    table.CheckConstraint("CK_FinanceMoneyAccounts_CashBalance", "\"Kind\" <> 'Cash' OR \"Balance\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "FinanceOrganisation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    TaxId = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Kpp = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    Ogrn = table.Column<string>(type: "TEXT", maxLength: 15, nullable: true),
                    LegalAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PostalAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Director = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ChiefAccountant = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Logo = table.Column<string>(type: "TEXT", nullable: true),
                    Signature = table.Column<string>(type: "TEXT", nullable: true),
                    Stamp = table.Column<string>(type: "TEXT", nullable: true),
                    TaxRegime = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    DefaultVatRate = table.Column<long>(type: "INTEGER", precision: 5, scale: 2, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceOrganisation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinancePayments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Allocated = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    CancelledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinancePayments", x => x.Id);
                    table.CheckConstraint("CK_FinancePayments_Allocated", "\"Allocated\" >= 0 AND \"Allocated\" <= \"Amount\"");
                    table.CheckConstraint("CK_FinancePayments_Amount", "\"Amount\" > 0");
                });

            migrationBuilder.CreateTable(
                name: "FinancePeople",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Position = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SupervisorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinancePeople", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinanceProducts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SalePrice = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    VatRate = table.Column<long>(type: "INTEGER", precision: 5, scale: 2, nullable: true),
                    IsService = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceProducts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinanceSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LockDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InvoicePrefix = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PaymentTermDays = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinanceTransfers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FromAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceTransfers", x => x.Id);
                    table.CheckConstraint("CK_FinanceTransfers_Amount", "\"Amount\" > 0 AND \"FromAccountId\" <> \"ToAccountId\"");
                });

            migrationBuilder.CreateTable(
                name: "FinanceDealLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Quantity = table.Column<long>(type: "INTEGER", precision: 18, scale: 3, nullable: false),
                    UnitPrice = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceDealLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FinanceDealLines_FinanceDeals_DealId",
                        column: x => x.DealId,
                        principalTable: "FinanceDeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FinanceInvoiceLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Quantity = table.Column<long>(type: "INTEGER", precision: 18, scale: 3, nullable: false),
                    UnitPrice = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    VatRate = table.Column<long>(type: "INTEGER", precision: 5, scale: 2, nullable: true),
                    Net = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    Vat = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    Total = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceInvoiceLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FinanceInvoiceLines_FinanceInvoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "FinanceInvoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FinancePostings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DebitAccount = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CreditAccount = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DebitMoneyAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreditMoneyAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinancePostings", x => x.Id);
                    table.CheckConstraint("CK_FinancePostings_Accounts", "\"DebitAccount\" <> \"CreditAccount\"");
                    table.CheckConstraint("CK_FinancePostings_Amount", "\"Amount\" <> 0");
                    table.ForeignKey(
                        name: "FK_FinancePostings_FinanceJournalEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "FinanceJournalEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FinancePaymentAllocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    CancelledOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinancePaymentAllocations", x => x.Id);
                    table.CheckConstraint("CK_FinancePaymentAllocations_Amount", "\"Amount\" > 0");
                    table.ForeignKey(
                        name: "FK_FinancePaymentAllocations_FinancePayments_PaymentId",
                        column: x => x.PaymentId,
                        principalTable: "FinancePayments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FinanceCustomers_OwnerId",
                table: "FinanceCustomers",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceArticles_Code",
                table: "FinanceArticles",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FinanceBankStatementLines_AccountId_Date_Number_Amount_Direction_CounterpartyKey",
                table: "FinanceBankStatementLines",
                columns: new[] { "AccountId", "Date", "Number", "Amount", "Direction", "CounterpartyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FinanceBankStatementLines_PaymentId",
                table: "FinanceBankStatementLines",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceBankStatementLines_StatementId",
                table: "FinanceBankStatementLines",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceBankStatementLines_Status_Date",
                table: "FinanceBankStatementLines",
                columns: new[] { "Status", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_FinanceBankStatements_AccountId_CreatedAt",
                table: "FinanceBankStatements",
                columns: new[] { "AccountId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FinanceDealLines_DealId",
                table: "FinanceDealLines",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceDeals_CompanyId",
                table: "FinanceDeals",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceDeals_OwnerId_Title",
                table: "FinanceDeals",
                columns: new[] { "OwnerId", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_FinanceInvoiceLines_InvoiceId",
                table: "FinanceInvoiceLines",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceInvoices_CompanyId_Status",
                table: "FinanceInvoices",
                columns: new[] { "CompanyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_FinanceInvoices_DealId",
                table: "FinanceInvoices",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceInvoices_IssueDate",
                table: "FinanceInvoices",
                column: "IssueDate");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceInvoices_Number",
                table: "FinanceInvoices",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FinanceInvoices_OwnerId",
                table: "FinanceInvoices",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceInvoices_Status_DueDate",
                table: "FinanceInvoices",
                columns: new[] { "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_FinanceJournalEntries_Date",
                table: "FinanceJournalEntries",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceJournalEntries_SourceId",
                table: "FinanceJournalEntries",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceMoneyAccounts_AccountNumber",
                table: "FinanceMoneyAccounts",
                column: "AccountNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FinancePaymentAllocations_CompanyId_Date",
                table: "FinancePaymentAllocations",
                columns: new[] { "CompanyId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_FinancePaymentAllocations_InvoiceId_Date",
                table: "FinancePaymentAllocations",
                columns: new[] { "InvoiceId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_FinancePaymentAllocations_PaymentId",
                table: "FinancePaymentAllocations",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_FinancePayments_AccountId_Date",
                table: "FinancePayments",
                columns: new[] { "AccountId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_FinancePayments_CompanyId",
                table: "FinancePayments",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_FinancePayments_Date",
                table: "FinancePayments",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_FinancePayments_Number",
                table: "FinancePayments",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FinancePeople_IsActive_FullName",
                table: "FinancePeople",
                columns: new[] { "IsActive", "FullName" });

            migrationBuilder.CreateIndex(
                name: "IX_FinancePostings_CompanyId",
                table: "FinancePostings",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_FinancePostings_CreditMoneyAccountId",
                table: "FinancePostings",
                column: "CreditMoneyAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_FinancePostings_Date_CreditAccount",
                table: "FinancePostings",
                columns: new[] { "Date", "CreditAccount" });

            migrationBuilder.CreateIndex(
                name: "IX_FinancePostings_Date_DebitAccount",
                table: "FinancePostings",
                columns: new[] { "Date", "DebitAccount" });

            migrationBuilder.CreateIndex(
                name: "IX_FinancePostings_DebitMoneyAccountId",
                table: "FinancePostings",
                column: "DebitMoneyAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_FinancePostings_EntryId",
                table: "FinancePostings",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_FinancePostings_InvoiceId",
                table: "FinancePostings",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceProducts_Sku",
                table: "FinanceProducts",
                column: "Sku");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceTransfers_Date",
                table: "FinanceTransfers",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceTransfers_FromAccountId",
                table: "FinanceTransfers",
                column: "FromAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceTransfers_Number",
                table: "FinanceTransfers",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FinanceTransfers_ToAccountId",
                table: "FinanceTransfers",
                column: "ToAccountId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FinanceArticles");

            migrationBuilder.DropTable(
                name: "FinanceBankStatementLines");

            migrationBuilder.DropTable(
                name: "FinanceBankStatements");

            migrationBuilder.DropTable(
                name: "FinanceDealLines");

            migrationBuilder.DropTable(
                name: "FinanceInvoiceLines");

            migrationBuilder.DropTable(
                name: "FinanceInvoiceSeries");

            migrationBuilder.DropTable(
                name: "FinanceMoneyAccounts");

            migrationBuilder.DropTable(
                name: "FinanceOrganisation");

            migrationBuilder.DropTable(
                name: "FinancePaymentAllocations");

            migrationBuilder.DropTable(
                name: "FinancePeople");

            migrationBuilder.DropTable(
                name: "FinancePostings");

            migrationBuilder.DropTable(
                name: "FinanceProducts");

            migrationBuilder.DropTable(
                name: "FinanceSettings");

            migrationBuilder.DropTable(
                name: "FinanceTransfers");

            migrationBuilder.DropTable(
                name: "FinanceDeals");

            migrationBuilder.DropTable(
                name: "FinanceInvoices");

            migrationBuilder.DropTable(
                name: "FinancePayments");

            migrationBuilder.DropTable(
                name: "FinanceJournalEntries");

            migrationBuilder.DropIndex(
                name: "IX_FinanceCustomers_OwnerId",
                table: "FinanceCustomers");

            migrationBuilder.DropColumn(
                name: "OwnerId",
                table: "FinanceCustomers");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Finance.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Finance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OwnerId",
                schema: "finance",
                table: "FinanceCustomers",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "FinanceArticles",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    LedgerAccount = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    IsArchived = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceArticles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinanceBankStatementLines",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StatementId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Direction = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    PayerName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PayerTaxId = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    PayerAccount = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    RecipientName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    RecipientTaxId = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    RecipientAccount = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Purpose = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CounterpartyKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PaymentId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceBankStatementLines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinanceBankStatements",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Format = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Encoding = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: true),
                    OpeningBalance = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    TotalReceived = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    TotalDebited = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ClosingBalance = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Imported = table.Column<int>(type: "integer", nullable: false),
                    Duplicates = table.Column<int>(type: "integer", nullable: false),
                    Matched = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceBankStatements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinanceDeals",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceDeals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinanceInvoices",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: false),
                    DealId = table.Column<Guid>(type: "uuid", nullable: true),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    IssueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    PricesIncludeVat = table.Column<bool>(type: "boolean", nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    TotalNet = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    TotalVat = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Total = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    AmountPaid = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    BuyerName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    BuyerTaxId = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    BuyerKpp = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    BuyerAddress = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OverdueNotifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceInvoices", x => x.Id);
                    table.CheckConstraint("CK_FinanceInvoices_AmountPaid", "\"AmountPaid\" >= 0 AND \"AmountPaid\" <= \"Total\"");
                });

            migrationBuilder.CreateTable(
                name: "FinanceInvoiceSeries",
                schema: "finance",
                columns: table => new
                {
                    Prefix = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LastNumber = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceInvoiceSeries", x => new { x.Prefix, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "FinanceJournalEntries",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Operation = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PostedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PostedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ReversesEntryId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReversedByEntryId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceJournalEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinanceMoneyAccounts",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    BankName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Bic = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    AccountNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CorrespondentAccount = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    IsMain = table.Column<bool>(type: "boolean", nullable: false),
                    IsArchived = table.Column<bool>(type: "boolean", nullable: false),
                    Balance = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceMoneyAccounts", x => x.Id);
                    table.CheckConstraint("CK_FinanceMoneyAccounts_CashBalance", "\"Kind\" <> 'Cash' OR \"Balance\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "FinanceOrganisation",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ShortName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    TaxId = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Kpp = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    Ogrn = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: true),
                    LegalAddress = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PostalAddress = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Director = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ChiefAccountant = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Logo = table.Column<string>(type: "text", nullable: true),
                    Signature = table.Column<string>(type: "text", nullable: true),
                    Stamp = table.Column<string>(type: "text", nullable: true),
                    TaxRegime = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    DefaultVatRate = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceOrganisation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinancePayments",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Direction = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: true),
                    Purpose = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ArticleId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Source = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Allocated = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    CancelledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinancePayments", x => x.Id);
                    table.CheckConstraint("CK_FinancePayments_Allocated", "\"Allocated\" >= 0 AND \"Allocated\" <= \"Amount\"");
                    table.CheckConstraint("CK_FinancePayments_Amount", "\"Amount\" > 0");
                });

            migrationBuilder.CreateTable(
                name: "FinancePeople",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    FullName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Position = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SupervisorId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Roles = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(800)", maxLength: 800, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinancePeople", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinanceProducts",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SalePrice = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    VatRate = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    IsService = table.Column<bool>(type: "boolean", nullable: false),
                    IsArchived = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceProducts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinanceSettings",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LockDate = table.Column<DateOnly>(type: "date", nullable: true),
                    InvoicePrefix = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PaymentTermDays = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinanceTransfers",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    FromAccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToAccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceTransfers", x => x.Id);
                    table.CheckConstraint("CK_FinanceTransfers_Amount", "\"Amount\" > 0 AND \"FromAccountId\" <> \"ToAccountId\"");
                });

            migrationBuilder.CreateTable(
                name: "FinanceDealLines",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DealId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: true),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    UnitPrice = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceDealLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FinanceDealLines_FinanceDeals_DealId",
                        column: x => x.DealId,
                        principalSchema: "finance",
                        principalTable: "FinanceDeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FinanceInvoiceLines",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: true),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    UnitPrice = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    VatRate = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    Net = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Vat = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Total = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceInvoiceLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FinanceInvoiceLines_FinanceInvoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalSchema: "finance",
                        principalTable: "FinanceInvoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FinancePostings",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    DebitAccount = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CreditAccount = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: true),
                    InvoiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    DebitMoneyAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreditMoneyAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    ArticleId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinancePostings", x => x.Id);
                    table.CheckConstraint("CK_FinancePostings_Accounts", "\"DebitAccount\" <> \"CreditAccount\"");
                    table.CheckConstraint("CK_FinancePostings_Amount", "\"Amount\" <> 0");
                    table.ForeignKey(
                        name: "FK_FinancePostings_FinanceJournalEntries_EntryId",
                        column: x => x.EntryId,
                        principalSchema: "finance",
                        principalTable: "FinanceJournalEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FinancePaymentAllocations",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PaymentId = table.Column<Guid>(type: "uuid", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    CancelledOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinancePaymentAllocations", x => x.Id);
                    table.CheckConstraint("CK_FinancePaymentAllocations_Amount", "\"Amount\" > 0");
                    table.ForeignKey(
                        name: "FK_FinancePaymentAllocations_FinancePayments_PaymentId",
                        column: x => x.PaymentId,
                        principalSchema: "finance",
                        principalTable: "FinancePayments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FinanceCustomers_OwnerId",
                schema: "finance",
                table: "FinanceCustomers",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceArticles_Code",
                schema: "finance",
                table: "FinanceArticles",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FinanceBankStatementLines_AccountId_Date_Number_Amount_Dire~",
                schema: "finance",
                table: "FinanceBankStatementLines",
                columns: new[] { "AccountId", "Date", "Number", "Amount", "Direction", "CounterpartyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FinanceBankStatementLines_PaymentId",
                schema: "finance",
                table: "FinanceBankStatementLines",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceBankStatementLines_StatementId",
                schema: "finance",
                table: "FinanceBankStatementLines",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceBankStatementLines_Status_Date",
                schema: "finance",
                table: "FinanceBankStatementLines",
                columns: new[] { "Status", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_FinanceBankStatements_AccountId_CreatedAt",
                schema: "finance",
                table: "FinanceBankStatements",
                columns: new[] { "AccountId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FinanceDealLines_DealId",
                schema: "finance",
                table: "FinanceDealLines",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceDeals_CompanyId",
                schema: "finance",
                table: "FinanceDeals",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceDeals_OwnerId_Title",
                schema: "finance",
                table: "FinanceDeals",
                columns: new[] { "OwnerId", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_FinanceInvoiceLines_InvoiceId",
                schema: "finance",
                table: "FinanceInvoiceLines",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceInvoices_CompanyId_Status",
                schema: "finance",
                table: "FinanceInvoices",
                columns: new[] { "CompanyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_FinanceInvoices_DealId",
                schema: "finance",
                table: "FinanceInvoices",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceInvoices_IssueDate",
                schema: "finance",
                table: "FinanceInvoices",
                column: "IssueDate");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceInvoices_Number",
                schema: "finance",
                table: "FinanceInvoices",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FinanceInvoices_OwnerId",
                schema: "finance",
                table: "FinanceInvoices",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceInvoices_Status_DueDate",
                schema: "finance",
                table: "FinanceInvoices",
                columns: new[] { "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_FinanceJournalEntries_Date",
                schema: "finance",
                table: "FinanceJournalEntries",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceJournalEntries_SourceId",
                schema: "finance",
                table: "FinanceJournalEntries",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceMoneyAccounts_AccountNumber",
                schema: "finance",
                table: "FinanceMoneyAccounts",
                column: "AccountNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FinancePaymentAllocations_CompanyId_Date",
                schema: "finance",
                table: "FinancePaymentAllocations",
                columns: new[] { "CompanyId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_FinancePaymentAllocations_InvoiceId_Date",
                schema: "finance",
                table: "FinancePaymentAllocations",
                columns: new[] { "InvoiceId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_FinancePaymentAllocations_PaymentId",
                schema: "finance",
                table: "FinancePaymentAllocations",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_FinancePayments_AccountId_Date",
                schema: "finance",
                table: "FinancePayments",
                columns: new[] { "AccountId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_FinancePayments_CompanyId",
                schema: "finance",
                table: "FinancePayments",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_FinancePayments_Date",
                schema: "finance",
                table: "FinancePayments",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_FinancePayments_Number",
                schema: "finance",
                table: "FinancePayments",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FinancePeople_IsActive_FullName",
                schema: "finance",
                table: "FinancePeople",
                columns: new[] { "IsActive", "FullName" });

            migrationBuilder.CreateIndex(
                name: "IX_FinancePostings_CompanyId",
                schema: "finance",
                table: "FinancePostings",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_FinancePostings_CreditMoneyAccountId",
                schema: "finance",
                table: "FinancePostings",
                column: "CreditMoneyAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_FinancePostings_Date_CreditAccount",
                schema: "finance",
                table: "FinancePostings",
                columns: new[] { "Date", "CreditAccount" });

            migrationBuilder.CreateIndex(
                name: "IX_FinancePostings_Date_DebitAccount",
                schema: "finance",
                table: "FinancePostings",
                columns: new[] { "Date", "DebitAccount" });

            migrationBuilder.CreateIndex(
                name: "IX_FinancePostings_DebitMoneyAccountId",
                schema: "finance",
                table: "FinancePostings",
                column: "DebitMoneyAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_FinancePostings_EntryId",
                schema: "finance",
                table: "FinancePostings",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_FinancePostings_InvoiceId",
                schema: "finance",
                table: "FinancePostings",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceProducts_Sku",
                schema: "finance",
                table: "FinanceProducts",
                column: "Sku");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceTransfers_Date",
                schema: "finance",
                table: "FinanceTransfers",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceTransfers_FromAccountId",
                schema: "finance",
                table: "FinanceTransfers",
                column: "FromAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceTransfers_Number",
                schema: "finance",
                table: "FinanceTransfers",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FinanceTransfers_ToAccountId",
                schema: "finance",
                table: "FinanceTransfers",
                column: "ToAccountId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FinanceArticles",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FinanceBankStatementLines",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FinanceBankStatements",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FinanceDealLines",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FinanceInvoiceLines",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FinanceInvoiceSeries",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FinanceMoneyAccounts",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FinanceOrganisation",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FinancePaymentAllocations",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FinancePeople",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FinancePostings",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FinanceProducts",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FinanceSettings",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FinanceTransfers",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FinanceDeals",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FinanceInvoices",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FinancePayments",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FinanceJournalEntries",
                schema: "finance");

            migrationBuilder.DropIndex(
                name: "IX_FinanceCustomers_OwnerId",
                schema: "finance",
                table: "FinanceCustomers");

            migrationBuilder.DropColumn(
                name: "OwnerId",
                schema: "finance",
                table: "FinanceCustomers");
        }
    }
}

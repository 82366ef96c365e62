using Suite.Crm;
using Suite.Docs;
using Suite.Finance;
using Suite.Host.Backups;
using Suite.Framework.Modularity;
using Suite.Host.Identity;
using Suite.Host.Notifications;
using Suite.Host.Operations;
using Suite.Host.Search;
using Suite.Host.Settings;
using Suite.Stock;
using Suite.Tasks;

namespace Suite.Host;

/// <summary>The whole of Suite in one process: the company settings, identity and notifications first, then the business modules, the search across them and the admin's view of the machinery and its backups.</summary>
[DependsOn(typeof(SettingsModule), typeof(IdentityModule), typeof(NotificationsModule), typeof(CrmModule), typeof(TasksModule), typeof(DocsModule), typeof(FinanceModule), typeof(StockModule), typeof(SearchModule), typeof(OperationsModule), typeof(BackupsModule))]
public sealed class SuiteHostModule : SuiteModule;

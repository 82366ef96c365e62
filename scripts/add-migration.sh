#!/usr/bin/env bash
# Adds a migration named $1 to every module DbContext (or only to the contexts named after it, e.g. Crm),
# once for SQLite and once for PostgreSQL, each set in its own namespace (docs/adr/0003-two-database-providers.md).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
name=${1:?usage: scripts/add-migration.sh MigrationName [Settings|Identity|Notifications|Crm|Tasks|Docs|Finance|Stock ...]}
shift
only=("$@")
export PATH="$PATH:$HOME/.dotnet/tools"
command -v dotnet-ef >/dev/null || dotnet tool install --global dotnet-ef --version 10.0.15

contexts=(
  "Settings|host/Suite.Host|SettingsDbContext|Settings/Migrations|Suite.Host.Settings.Migrations"
  "Identity|host/Suite.Host|SuiteIdentityDbContext|Identity/Migrations|Suite.Host.Identity.Migrations"
  "Notifications|host/Suite.Host|NotificationsDbContext|Notifications/Migrations|Suite.Host.Notifications.Migrations"
  "Crm|modules/Crm/Suite.Crm|CrmDbContext|Data/Migrations|Suite.Crm.Data.Migrations"
  "Tasks|modules/Tasks/Suite.Tasks|TasksDbContext|Data/Migrations|Suite.Tasks.Data.Migrations"
  "Docs|modules/Docs/Suite.Docs|DocsDbContext|Data/Migrations|Suite.Docs.Data.Migrations"
  "Finance|modules/Finance/Suite.Finance|FinanceDbContext|Data/Migrations|Suite.Finance.Data.Migrations"
  "Stock|modules/Stock/Suite.Stock|StockDbContext|Data/Migrations|Suite.Stock.Data.Migrations"
)
for entry in "${contexts[@]}"; do
  IFS='|' read -r module project context folder namespace <<<"$entry"
  if ((${#only[@]})) && [[ ! " ${only[*]} " =~ " $module " ]]; then continue; fi
  dotnet build "$project" -v q -nologo >/dev/null
  for provider in Sqlite PostgreSql; do
    echo "== $module: $name ($provider)"
    SUITE_MIGRATIONS_PROVIDER=$provider dotnet ef migrations add "$name" --no-build \
      --project "$project" --startup-project "$project" --context "$context" \
      --output-dir "$folder/$provider" --namespace "$namespace.$provider"
    # dotnet ef reuses any file named <Context>ModelSnapshot.cs it finds in the project, so the two
    # providers' snapshots would overwrite each other: keep each under a provider-specific file name.
    snapshot=$(find "$project" -name "${context}ModelSnapshot.cs" -not -path "*/obj/*" | head -n 1)
    mv "$snapshot" "$project/$folder/$provider/${context}ModelSnapshot.$provider.cs"
    find "$project" -mindepth 1 -type d -empty -not -path "*/obj/*" -not -path "*/bin/*" -delete
  done
done

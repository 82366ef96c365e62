using Suite.Framework.Digest;
using Suite.Framework.Localization;
using Suite.Tasks.Application.Reports;

namespace Suite.Tasks.Application.Digest;

/// <summary>
/// Task discipline of the week from the report per employee, over the people the reader sees there (a supervisor their
/// team, ViewAll everyone, anyone else themselves): tasks done in the week and those overdue now.
/// </summary>
internal sealed class TaskFigures(EmployeeReportService report) : IWeeklyFigures
{
    public int Order => 30;

    public string Permission => TasksPermissions.Reports.Default;

    public async Task<DigestSection> BuildAsync(DigestWeek week, CancellationToken cancellationToken)
    {
        var now = (await report.ByEmployeeAsync(new EmployeeReportRequest { From = week.From, To = week.To }, cancellationToken)).Items;
        var before = (await report.ByEmployeeAsync(new EmployeeReportRequest { From = week.PreviousFrom, To = week.PreviousTo }, cancellationToken)).Items;
        return new DigestSection("tasks", Text.Pick("Задачи", "Tasks"),
        [
            new("tasksDone", Text.Pick("Выполнено задач", "Tasks done"), now.Sum(i => i.DoneOnTime + i.DoneLate),
                before.Sum(i => i.DoneOnTime + i.DoneLate), DigestUnit.Count),
            // Overdue is judged now whatever the period, so the week before cannot be told apart from it.
            new("tasksOverdue", Text.Pick("Просрочено задач сейчас", "Tasks overdue now"), now.Sum(i => i.Overdue), null, DigestUnit.Count),
        ]);
    }
}

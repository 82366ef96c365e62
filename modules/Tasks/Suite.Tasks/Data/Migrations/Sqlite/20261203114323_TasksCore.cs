using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Tasks.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TasksCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TasksCards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsOpenDeal = table.Column<bool>(type: "INTEGER", nullable: false),
                    PipelineId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TasksCards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TasksPeople",
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
                    table.PrimaryKey("PK_TasksPeople", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TasksTaskComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TasksTaskComments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TasksTaskParticipants",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TasksTaskParticipants", x => new { x.TaskId, x.UserId, x.Role });
                });

            migrationBuilder.CreateTable(
                name: "TasksTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AssigneeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OriginalDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OverduePublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    EntityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Checklist = table.Column<string>(type: "TEXT", nullable: false),
                    Recurrence = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SeriesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    RuleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TasksTasks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TasksCards_EntityType_OwnerId",
                table: "TasksCards",
                columns: new[] { "EntityType", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_TasksCards_IsOpenDeal_OwnerId",
                table: "TasksCards",
                columns: new[] { "IsOpenDeal", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_TasksPeople_IsActive_FullName",
                table: "TasksPeople",
                columns: new[] { "IsActive", "FullName" });

            migrationBuilder.CreateIndex(
                name: "IX_TasksTaskComments_TaskId_CreatedAt",
                table: "TasksTaskComments",
                columns: new[] { "TaskId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TasksTaskParticipants_UserId",
                table: "TasksTaskParticipants",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_TasksTasks_AssigneeId_Status_DueAt",
                table: "TasksTasks",
                columns: new[] { "AssigneeId", "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TasksTasks_CompletedAt",
                table: "TasksTasks",
                column: "CompletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_TasksTasks_CreatedBy",
                table: "TasksTasks",
                column: "CreatedBy");

            migrationBuilder.CreateIndex(
                name: "IX_TasksTasks_EntityType_EntityId",
                table: "TasksTasks",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_TasksTasks_ProjectId",
                table: "TasksTasks",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_TasksTasks_SourceKey",
                table: "TasksTasks",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TasksTasks_Status_OverduePublished_DueAt",
                table: "TasksTasks",
                columns: new[] { "Status", "OverduePublished", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TasksCards");

            migrationBuilder.DropTable(
                name: "TasksPeople");

            migrationBuilder.DropTable(
                name: "TasksTaskComments");

            migrationBuilder.DropTable(
                name: "TasksTaskParticipants");

            migrationBuilder.DropTable(
                name: "TasksTasks");
        }
    }
}

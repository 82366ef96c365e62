using Suite.Framework.Permissions;

namespace Suite.Framework.Hosting;

/// <summary>
/// The accounts of the embedded mode's demo data. Their ids are fixed so that every module's demo records
/// can name their owners without reading the identity tables.
/// </summary>
public static class DemoUsers
{
    public const string Password = "Demo123!";

    public static readonly DemoUser Anna = new(Guid.Parse("0195a000-0000-7000-8000-00000000a001"), "anna", Roles.Sales);
    public static readonly DemoUser Boris = new(Guid.Parse("0195a000-0000-7000-8000-00000000a002"), "boris", Roles.Sales);
    public static readonly DemoUser Dina = new(Guid.Parse("0195a000-0000-7000-8000-00000000a003"), "dina", Roles.Director);
    public static readonly DemoUser Alla = new(Guid.Parse("0195a000-0000-7000-8000-00000000a004"), "alla", Roles.Accountant);
    public static readonly DemoUser Vlad = new(Guid.Parse("0195a000-0000-7000-8000-00000000a005"), "vlad", Roles.Warehouse);

    public static readonly IReadOnlyList<DemoUser> All = [Anna, Boris, Dina, Alla, Vlad];
}

public sealed record DemoUser(Guid Id, string UserName, string Role);

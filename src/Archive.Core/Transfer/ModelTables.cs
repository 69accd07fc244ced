using System.Reflection;
using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Archive.Core.Transfer;

/// <summary>
/// Every table of the EF model, read generically: its entity type, its scalar properties, and its rows in key order with
/// query filters off. Dump, restore and the comparison all go through here, so a column or table someone adds later is
/// carried without a change to this code.
/// </summary>
public static class ModelTables
{
    private static readonly MethodInfo CountMethod = typeof(ModelTables).GetMethod(nameof(CountTyped), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ReadMethod = typeof(ModelTables).GetMethod(nameof(ReadTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Entity types with a table, principals before their dependents (the order a restore inserts in).</summary>
    public static IReadOnlyList<IEntityType> InInsertOrder(IModel model)
    {
        // The search outbox is derived, like the index it feeds: a restore writes its own rows and rebuilds the index.
        var types = model.GetEntityTypes().Where(t => t.GetTableName() is not null && !t.IsOwned() && t.ClrType != typeof(Search.Engine.SearchOutboxEntry))
            .OrderBy(t => t.GetTableName(), StringComparer.Ordinal).ToList();
        var ordered = new List<IEntityType>();
        var visiting = new HashSet<IEntityType>();
        void Visit(IEntityType type)
        {
            if (ordered.Contains(type) || !visiting.Add(type))
                return;
            foreach (var principal in type.GetForeignKeys().Select(f => f.PrincipalEntityType).Where(p => p != type).OrderBy(p => p.GetTableName(), StringComparer.Ordinal))
                Visit(principal);
            ordered.Add(type);
        }
        foreach (var type in types)
            Visit(type);
        return ordered;
    }

    /// <summary>The stored (scalar) properties, in a fixed order: the key first, then by name.</summary>
    public static IReadOnlyList<IProperty> Columns(IEntityType type) =>
        [.. type.GetProperties().OrderBy(p => p.IsPrimaryKey() ? 0 : 1).ThenBy(p => p.Name, StringComparer.Ordinal)];

    /// <summary>Each row as its property values in <see cref="Columns"/> order, streamed in key order; nothing is kept tracked.</summary>
    public static IAsyncEnumerable<object?[]> ReadAsync(ArchiveDb db, IEntityType type, CancellationToken ct) =>
        (IAsyncEnumerable<object?[]>)ReadMethod.MakeGenericMethod(type.ClrType).Invoke(null, [db, type, ct])!;

    private static async IAsyncEnumerable<object?[]> ReadTyped<T>(ArchiveDb db, IEntityType type,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct) where T : class
    {
        var columns = Columns(type);
        var query = db.Set<T>().IgnoreQueryFilters();
        var key = type.FindPrimaryKey()!.Properties;
        var ordered = query.OrderBy(e => EF.Property<object>(e, key[0].Name));
        foreach (var part in key.Skip(1))
            ordered = ordered.ThenBy(e => EF.Property<object>(e, part.Name));
        // Tracked only for the moment it takes to read shadow properties too, then let go, so memory stays flat.
        await foreach (var entity in ordered.AsTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            var entry = db.Entry(entity);
            var values = new object?[columns.Count];
            for (var i = 0; i < columns.Count; i++)
                values[i] = entry.Property(columns[i].Name).CurrentValue;
            entry.State = EntityState.Detached;
            yield return values;
        }
    }

    /// <summary>Rows in one table, query filters off.</summary>
    public static Task<long> CountAsync(ArchiveDb db, IEntityType type, CancellationToken ct) =>
        (Task<long>)CountMethod.MakeGenericMethod(type.ClrType).Invoke(null, [db, ct])!;

    private static Task<long> CountTyped<T>(ArchiveDb db, CancellationToken ct) where T : class =>
        db.Set<T>().IgnoreQueryFilters().LongCountAsync(ct);
}

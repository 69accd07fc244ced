using Archive.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Archive.Benchmarks;

/// <summary>
/// A prepared <c>INSERT</c> for one entity type, its table and columns read from the EF model (with the model's value
/// converters), so a bulk load writes raw rows at SQLite's speed yet follows the schema when the model changes.
/// </summary>
internal sealed class RowInserter<T> : IDisposable where T : class
{
    private readonly SqliteCommand _command;
    private readonly (Func<T, object?> Read, SqliteParameter Parameter)[] _columns;

    /// <param name="withKey">Also write the primary key (the caller numbers the rows itself, to link other rows to them).</param>
    public RowInserter(ArchiveDb db, SqliteConnection connection, bool withKey)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties()
            .Where(p => withKey || !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never))
            .Where(p => p.GetColumnName(table) is not null)
            .ToList();
        _command = connection.CreateCommand();
        _command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", properties.Select(p => "\"" + p.GetColumnName(table) + "\""))}) " +
            $"VALUES ({string.Join(", ", properties.Select((_, i) => "$p" + i))})";
        _columns = properties.Select((p, i) =>
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = "$p" + i;
            _command.Parameters.Add(parameter);
            var converter = p.GetTypeMapping().Converter;
            Func<T, object?> get = p.PropertyInfo is { } info ? row => info.GetValue(row)
                : p.FieldInfo is { } field ? row => field.GetValue(row)
                : _ => null;
            Func<T, object?> read = converter is null ? get : row => get(row) is { } value ? converter.ConvertToProvider(value) : null;
            return (read, parameter);
        }).ToArray();
    }

    public SqliteTransaction? Transaction
    {
        get => _command.Transaction;
        set => _command.Transaction = value;
    }

    public void Insert(T row)
    {
        foreach (var (read, parameter) in _columns)
            parameter.Value = read(row) ?? DBNull.Value;
        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}

using System.Linq.Expressions;

namespace Archive.Core.Documents;

/// <summary>
/// What makes a document public: not withdrawn and not a draft. The one definition behind the EF global query filters
/// (on documents and on every table that links to them) and the search SQL; archivist pages opt out with
/// IgnoreQueryFilters().
/// </summary>
public static class PublicDocuments
{
    public static readonly Expression<Func<Document, bool>> IsPublic = d => d.WithdrawnAt == null && !d.IsDraft;

    /// <summary>The same condition in SQL, for a query over <c>documents</c> aliased <c>d</c>.</summary>
    public const string SqlCondition = "d.WithdrawnAt IS NULL AND d.IsDraft = 0";

    /// <summary>The filter for a row that belongs to a document: public when its document is.</summary>
    public static Expression<Func<T, bool>> Through<T>(Expression<Func<T, Document>> document)
    {
        var body = new Substitute(IsPublic.Parameters[0], document.Body).Visit(IsPublic.Body);
        return Expression.Lambda<Func<T, bool>>(body, document.Parameters);
    }

    private sealed class Substitute(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}

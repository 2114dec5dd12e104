using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Sandbox.Tests;

/// <summary>
/// docs/khulnasoft-api.md read as data: the resource table (each type's fields and the fields of its <c>{...}</c>
/// objects), the path table (call, method, path, result) and the JSON examples. The contract test holds the sandbox
/// and the bot's client to it, so a change to the document changes what they are checked against.
/// </summary>
internal sealed partial class ApiDocument
{
    private ApiDocument(string text)
    {
        Text = text;
        Resources = ReadResources(Table(text, "| type | fields |"));
        Paths = [.. Table(text, "| call | method and path | result | errors |").Select(ReadPath)];
        Examples = [.. JsonBlock().Matches(text).Select(m => JsonNode.Parse(m.Groups[1].Value)!)];
    }

    public static ApiDocument Load { get; } = new(File.ReadAllText(RepoPaths.Combine("docs", "khulnasoft-api.md")));

    public string Text { get; }

    /// <summary>Fields of each resource type; the value lists the fields of a <c>{...}</c> object field, else null.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlySet<string>?>> Resources { get; }

    public IReadOnlyList<ApiPath> Paths { get; }

    /// <summary>The <c>```json</c> examples, in document order.</summary>
    public IReadOnlyList<JsonNode> Examples { get; }

    /// <summary>The rows of the markdown table whose header line is <paramref name="header"/>, split into cells.</summary>
    private static IEnumerable<string[]> Table(string text, string header)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.StartsWith(header, StringComparison.Ordinal));
        Assert.True(start >= 0, $"docs/khulnasoft-api.md has no table {header}");
        return lines.Skip(start + 2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim().Trim('|').Split(" | ").Select(c => c.Trim()).ToArray());
    }

    private static Dictionary<string, IReadOnlyDictionary<string, IReadOnlySet<string>?>> ReadResources(IEnumerable<string[]> rows) =>
        rows.ToDictionary(r => r[0], r => ReadFields(r[1]));

    /// <summary>Backticked names outside (), [] and {} are fields; inside a {} right after a field, its sub-fields.</summary>
    private static IReadOnlyDictionary<string, IReadOnlySet<string>?> ReadFields(string cell)
    {
        var fields = new Dictionary<string, IReadOnlySet<string>?>();
        var sub = new Dictionary<string, HashSet<string>>();
        int paren = 0, bracket = 0, brace = 0;
        string? last = null;
        for (var i = 0; i < cell.Length; i++)
        {
            switch (cell[i])
            {
                case '(': paren++; break;
                case ')': paren--; break;
                case '[': bracket++; break;
                case ']': bracket--; break;
                case '{': brace++; break;
                case '}': brace--; break;
                case '`':
                    var end = cell.IndexOf('`', i + 1);
                    var token = cell[(i + 1)..end];
                    i = end;
                    if (paren == 0 && bracket == 0 && brace == 0)
                    {
                        fields[token] = null;
                        last = token;
                    }
                    else if (paren == 0 && bracket == 0 && brace == 1 && last is not null)
                    {
                        (sub.TryGetValue(last, out var set) ? set : sub[last] = []).Add(token);
                    }

                    break;
            }
        }

        foreach (var (field, set) in sub)
        {
            fields[field] = set;
        }

        return fields;
    }

    private ApiPath ReadPath(string[] row)
    {
        var route = MethodAndPath().Match(row[1]);
        Assert.True(route.Success, $"cannot read the path of \"{row[0]}\": {row[1]}");
        var result = row[2].Split('(')[0];
        var type = Resources.Keys.Where(t => result.Contains(t, StringComparison.Ordinal)).OrderByDescending(t => t.Length).FirstOrDefault();
        return new ApiPath(row[0], route.Groups[1].Value, route.Groups[2].Value, route.Groups[3].Value, type, result.TrimStart().StartsWith('['), row[2]);
    }

    [GeneratedRegex(@"```json\s*\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    [GeneratedRegex(@"`(GET|POST|PUT|DELETE) (/[^`?]*)(\?[^`]*)?`")]
    private static partial Regex MethodAndPath();
}

/// <summary>A row of the path table. <see cref="ResultType"/> is a resource type, or null (PDF, deletion, purge).</summary>
internal sealed partial record ApiPath(string Call, string Method, string PathTemplate, string Query, string? ResultType, bool IsList, string ResultText)
{
    /// <summary>Whether a request (method, path below the base URL, query) is this row's.</summary>
    public bool Matches(string method, string path, string query)
    {
        var pattern = "^" + Placeholder().Replace(Regex.Escape(PathTemplate), "[^/]+") + "$";
        var keys = Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')[0]);
        return method == Method && Regex.IsMatch(path, pattern) && keys.All(k => query.Contains(k + "=", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\\\{[a-z_]+}")]
    private static partial Regex Placeholder();
}

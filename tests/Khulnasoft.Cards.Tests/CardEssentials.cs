using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Khulnasoft.Cards.Tests;

/// <summary>
/// What a card says that its text fallback (<c>fallbackText</c>) and its spoken form (<c>speak</c>) must say too,
/// read from the card JSON itself: the title, each checklist item with its status word (within its group), every
/// date and amount shown, and every button's meaning (its title, or the command a user types instead).
/// </summary>
internal static partial class CardEssentials
{
    /// <summary>The status words of the checklist rows (the card's first column).</summary>
    public static readonly IReadOnlySet<string> StatusWords = new HashSet<string>(StringComparer.Ordinal) { "Done", "To do", "Optional" };

    /// <summary>What a user types instead of pressing the button, per action of the contract.</summary>
    public static readonly IReadOnlyDictionary<string, string> Commands = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [CardActions.DeletionStart] = "delete my account",
        [CardActions.DeletionRecheck] = "re-check",
        [CardActions.DeletionStatus] = "status",
        [CardActions.InvoicesSend] = "send my invoices",
        [CardActions.InvoicesSkip] = "skip",
        [CardActions.DataExportSend] = "send me a copy of my data",
        [CardActions.DeletionConfirm] = "confirm",
        [CardActions.DeletionCancel] = "cancel",
        [CardActions.DeletionUndo] = "undo",
        [CardActions.DeletionResume] = "resume",
        [CardActions.Help] = "help",
        [CardActions.ChecklistFixConfirm] = "confirm",
        [CardActions.ChecklistFixKeep] = "keep it",
        [CardActions.IdentityConfirm] = "yes",
        [CardActions.IdentityReject] = "no",
        [CardActions.ApprovalApprove] = "approve",
        [CardActions.ApprovalReject] = "reject",
        [CardActions.HandoffAccept] = "accept",
        [CardActions.HandoffHandBack] = "hand back",
        [CardActions.HandoffTransfer] = "transfer",
        [CardActions.HandoffClose] = "close",
        [CardActions.HandoffRequest] = "talk to a human",
    };

    /// <summary>Every way <paramref name="text"/> (fallbackText or speak) fails to say what <paramref name="card"/> says.</summary>
    public static IEnumerable<string> Missing(JsonObject card, string text, bool urls)
    {
        if (Title(card) is { } heading && !text.Contains(heading, StringComparison.Ordinal))
        {
            yield return "the title \"" + heading + "\"";
        }

        foreach (var shown in Texts(card).SelectMany(t => DateOrAmount().Matches(t)).Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            if (!text.Contains(shown, StringComparison.Ordinal))
            {
                yield return "\"" + shown + "\"";
            }
        }

        foreach (var line in Texts(card).Where(t => StatusWords.Any(w => t.StartsWith(w + ": ", StringComparison.Ordinal))))
        {
            if (!text.Contains(line, StringComparison.Ordinal))
            {
                yield return "the status line \"" + line + "\"";
            }
        }

        foreach (var problem in ChecklistGroups(card, text))
        {
            yield return problem;
        }

        foreach (var action in CardJson.Actions(card))
        {
            var title = (string?)action["title"] ?? "";
            var type = (string?)action["type"];
            if (type == "Action.OpenUrl")
            {
                if (urls && !text.Contains((string)action["url"]!, StringComparison.Ordinal))
                {
                    yield return "the link of \"" + title + "\"";
                }

                continue;
            }

            var command = (string?)action["data"]?[CardActions.ActionField] is { } name && Commands.TryGetValue(name, out var c) ? c : null;
            if (!Says(text, title) && (command is null || !Says(text, command)))
            {
                yield return "the button \"" + title + "\"" + (command is null ? "" : " (or \"" + command + "\")");
            }
        }
    }

    /// <summary>The heading, as plain text.</summary>
    public static string? Title(JsonObject card) =>
        CardJson.OfType(card, "TextBlock").Where(b => string.Equals((string?)b["style"], "heading", StringComparison.OrdinalIgnoreCase)).Select(b => Plain((string)b["text"]!)).FirstOrDefault();

    /// <summary>Markdown as a reader sees it: no emphasis marks, no escapes, links as their text.</summary>
    public static string Plain(string markdown)
    {
        var text = MarkdownLink().Replace(markdown, "$1");
        text = text.Replace("**", "", StringComparison.Ordinal);
        return Escape().Replace(text, "$1");
    }

    /// <summary>The plain text of every TextBlock, TextRun and fact of the card (not of ShowCard sub-cards' inputs).</summary>
    private static IEnumerable<string> Texts(JsonObject card)
    {
        foreach (var node in CardJson.Objects(card))
        {
            if ((string?)node["type"] is "TextBlock" or "TextRun" && node["text"] is JsonValue text)
            {
                yield return Plain(text.GetValue<string>());
            }
            else if (node.Parent is JsonArray { Parent: JsonObject { } set } && (string?)set["type"] == "FactSet")
            {
                yield return Plain((string)node["title"]!) + ": " + Plain((string)node["value"]!);
            }
        }
    }

    /// <summary>Each checklist group (a container whose rows start with a status word): its heading, then each row as
    /// "status: item", in that order before the next group.</summary>
    private static IEnumerable<string> ChecklistGroups(JsonObject card, string text)
    {
        var groups = CardJson.OfType(card, "Container")
            .Select(c => (Heading: c["items"]!.AsArray().OfType<JsonObject>().FirstOrDefault(i => (string?)i["type"] == "TextBlock"), Rows: Rows(c).ToList()))
            .Where(g => g.Heading is not null && g.Rows.Count > 0)
            .Select(g => (Heading: Plain((string)g.Heading!["text"]!), g.Rows))
            .ToList();
        var starts = groups.Select(g => text.IndexOf(g.Heading, StringComparison.Ordinal)).ToList();
        for (var i = 0; i < groups.Count; i++)
        {
            if (starts[i] < 0)
            {
                yield return "the group \"" + groups[i].Heading + "\"";
                continue;
            }

            var end = starts.Where(s => s > starts[i]).DefaultIfEmpty(text.Length).Min();
            var segment = text[starts[i]..end];
            foreach (var row in groups[i].Rows.Where(r => !segment.Contains(r, StringComparison.Ordinal)))
            {
                yield return "\"" + row + "\" under \"" + groups[i].Heading + "\"";
            }
        }
    }

    private static IEnumerable<string> Rows(JsonObject container) =>
        container["items"]!.AsArray().OfType<JsonObject>()
            .Where(i => (string?)i["type"] == "ColumnSet")
            .Select(set => set["columns"]!.AsArray().OfType<JsonObject>().Select(c => Plain((string)c["items"]![0]!["text"]!)).ToList())
            .Where(cells => cells.Count >= 2 && StatusWords.Contains(cells[0]))
            .Select(cells => cells[0] + ": " + cells[1]);

    private static bool Says(string text, string words) =>
        Regex.IsMatch(text, @"(?<![\p{L}])" + Regex.Escape(words) + @"(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}(?:, \d{2}:\d{2} UTC)?|\b\d[\d,]*\.\d{2} [A-Z]{3}\b")]
    private static partial Regex DateOrAmount();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\\(.)")]
    private static partial Regex Escape();
}

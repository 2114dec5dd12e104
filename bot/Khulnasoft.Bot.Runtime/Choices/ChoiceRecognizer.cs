namespace Khulnasoft.Bot.Runtime.Choices;

/// <summary>
/// Recognises which choice an utterance names, in English and German: token matches against each choice's value,
/// action title and synonyms (all tokens, in order, at most <see cref="FindChoicesOptions.MaxTokenDistance"/>
/// words apart; some tokens with <see cref="FindChoicesOptions.AllowPartialMatches"/>), and if nothing matches,
/// an ordinal ("the second", "zweite", "2nd", "last") or an index ("2", "two").
/// </summary>
public static class ChoiceRecognizer
{
    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["1st"] = 1, ["second"] = 2, ["2nd"] = 2, ["third"] = 3, ["3rd"] = 3, ["fourth"] = 4, ["4th"] = 4,
        ["fifth"] = 5, ["5th"] = 5, ["sixth"] = 6, ["6th"] = 6, ["seventh"] = 7, ["7th"] = 7, ["eighth"] = 8, ["8th"] = 8,
        ["ninth"] = 9, ["9th"] = 9, ["tenth"] = 10, ["10th"] = 10, ["last"] = -1,
        ["erste"] = 1, ["ersten"] = 1, ["erster"] = 1, ["erstes"] = 1, ["zweite"] = 2, ["zweiten"] = 2, ["zweiter"] = 2, ["zweites"] = 2,
        ["dritte"] = 3, ["dritten"] = 3, ["dritter"] = 3, ["drittes"] = 3, ["vierte"] = 4, ["vierten"] = 4, ["vierter"] = 4,
        ["fünfte"] = 5, ["fünften"] = 5, ["fünfter"] = 5, ["sechste"] = 6, ["sechsten"] = 6, ["siebte"] = 7, ["siebten"] = 7,
        ["achte"] = 8, ["achten"] = 8, ["neunte"] = 9, ["neunten"] = 9, ["zehnte"] = 10, ["zehnten"] = 10,
        ["letzte"] = -1, ["letzten"] = -1, ["letzter"] = -1, ["letztes"] = -1,
    };

    /// <summary>The recognised choices, best first (empty when nothing matched).</summary>
    public static IReadOnlyList<FoundChoice> RecognizeChoices(string? utterance, IReadOnlyList<Choice> choices, FindChoicesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        options ??= new FindChoicesOptions();
        var found = FindChoices(utterance, choices, options);
        if (found.Count > 0)
        {
            return found;
        }

        var tokens = Tokenizer.Tokenize(utterance);
        if (options.RecognizeOrdinals)
        {
            foreach (var token in tokens)
            {
                if (Ordinals.TryGetValue(token, out var ordinal))
                {
                    var index = ordinal == -1 ? choices.Count - 1 : ordinal - 1;
                    if (index >= 0 && index < choices.Count)
                    {
                        return [new FoundChoice { Value = choices[index].Value, Index = index, Score = 1.0 }];
                    }
                }
            }
        }

        if (options.RecognizeNumbers)
        {
            foreach (var number in NumberRecognizer.RecognizeAll(utterance, options.Locale))
            {
                if (number == decimal.Truncate(number) && number >= 1 && number <= choices.Count)
                {
                    var index = (int)number - 1;
                    return [new FoundChoice { Value = choices[index].Value, Index = index, Score = 1.0 }];
                }
            }
        }

        return [];
    }

    /// <summary>Token matches only (no ordinals or indexes), best first.</summary>
    public static IReadOnlyList<FoundChoice> FindChoices(string? utterance, IReadOnlyList<Choice> choices, FindChoicesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        options ??= new FindChoicesOptions();
        var tokens = Tokenizer.Tokenize(utterance);
        var results = new List<FoundChoice>();
        if (tokens.Count == 0)
        {
            return results;
        }

        for (var index = 0; index < choices.Count; index++)
        {
            var choice = choices[index];
            FoundChoice? best = null;
            foreach (var candidate in Candidates(choice, options))
            {
                var score = Score(tokens, Tokenizer.Tokenize(candidate), options);
                if (score > 0 && (best is null || score > best.Score))
                {
                    best = new FoundChoice { Value = choice.Value, Index = index, Score = score, Synonym = candidate };
                }
            }

            if (best is not null)
            {
                results.Add(best);
            }
        }

        return [.. results.OrderByDescending(r => r.Score).ThenBy(r => r.Index)];
    }

    private static IEnumerable<string> Candidates(Choice choice, FindChoicesOptions options)
    {
        if (!options.NoValue && !string.IsNullOrWhiteSpace(choice.Value))
        {
            yield return choice.Value;
        }

        if (!options.NoAction && choice.Action?.Title is { Length: > 0 } title)
        {
            yield return title;
        }

        foreach (var synonym in choice.Synonyms ?? [])
        {
            if (!string.IsNullOrWhiteSpace(synonym))
            {
                yield return synonym;
            }
        }
    }

    /// <summary>completeness × accuracy: matched/total tokens × matched/(matched + words skipped between them).</summary>
    private static double Score(IReadOnlyList<string> utterance, IReadOnlyList<string> candidate, FindChoicesOptions options)
    {
        if (candidate.Count == 0)
        {
            return 0;
        }

        var bestScore = 0.0;
        for (var start = 0; start < utterance.Count; start++)
        {
            var matched = 0;
            var deviation = 0;
            var last = -1;
            var position = start;
            foreach (var token in candidate)
            {
                var limit = last < 0 ? utterance.Count : Math.Min(utterance.Count, last + 2 + options.MaxTokenDistance);
                var at = -1;
                for (var i = position; i < limit; i++)
                {
                    if (string.Equals(utterance[i], token, StringComparison.Ordinal))
                    {
                        at = i;
                        break;
                    }
                }

                if (at < 0)
                {
                    continue;
                }

                if (last >= 0)
                {
                    deviation += at - last - 1;
                }

                matched++;
                last = at;
                position = at + 1;
            }

            if (matched == 0 || (!options.AllowPartialMatches && matched < candidate.Count))
            {
                continue;
            }

            var score = (double)matched / candidate.Count * ((double)matched / (matched + deviation));
            bestScore = Math.Max(bestScore, score);
        }

        return bestScore;
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.FaultTests.Fuzz;

/// <summary>
/// Mutated activities from a fixed seed (the same run every time): a valid activity of some kind (text, card
/// submit, invoke, event, conversation update) with one to three mutations — a field removed, replaced by a value of
/// another type or an absurd one, an unknown field added, the type or name swapped — or, now and then, its JSON text
/// damaged byte-wise.
/// </summary>
public sealed class ActivityFuzzer(int seed, bool badDates, bool loneSurrogates)
{
    private static readonly string[] Types = ["message", "invoke", "event", "conversationUpdate", "messageReaction", "typing", "endOfConversation", "installationUpdate", "", "unknown", "MESSAGE"];
    private static readonly string[] Names = ["adaptiveCard/action", "fileConsent/invoke", "handoff.status", "handoff.initiate", "task/fetch", "signin/verifyState", "", "x"];
    private static readonly string[] Texts = ["delete my account", "help", "undo", "status", "yes", "no", "cancel", "approval requests", "talk to a human", "re-check", "skip", "123456", "ben@example.com", "show my deletion history", "Konto löschen", "hand back"];
    private static readonly string[] Actions = ["deletion.start", "deletion.confirm", "deletion.undo", "deletion.recheck", "deletion.cancel", "deletion.status", "identity.confirm", "identity.reject", "invoices.send", "invoices.skip", "approval.approve", "approval.reject", "approval.refresh", "handoff.accept", "handoff.handback", "handoff.transfer", "handoff.close", "handoff.request", "help", "nonsense"];
    private static readonly string[] DateFields = ["timestamp", "localTimestamp", "expiration"];

    private readonly Random _random = new(seed);

    /// <summary>The next request body: mutated activity JSON (sometimes not JSON any more).</summary>
    public string Next(Func<JsonObject> baseActivity)
    {
        ArgumentNullException.ThrowIfNull(baseActivity);
        var activity = baseActivity();
        Seed(activity);
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            Mutate(activity);
        }

        var text = activity.ToJsonString();
        return _random.Next(12) == 0 ? Damage(text) : text;
    }

    private void Seed(JsonObject activity)
    {
        switch (_random.Next(5))
        {
            case 0:
                activity["text"] = Pick(Texts);
                break;
            case 1:
                activity["value"] = CardData();
                break;
            case 2:
                activity["type"] = "invoke";
                activity["name"] = "adaptiveCard/action";
                activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = Pick(Actions), ["data"] = CardData() }, ["trigger"] = "manual" };
                break;
            case 3:
                activity["type"] = "event";
                activity["name"] = "handoff.status";
                activity["value"] = new JsonObject { ["state"] = Pick(["accepted", "failed", "completed", "typing"]) };
                break;
            default:
                activity["type"] = "conversationUpdate";
                activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "someone" }, new JsonObject { ["id"] = "khulnasoft-bot" });
                break;
        }
    }

    private JsonObject CardData()
    {
        var data = new JsonObject { ["action"] = Pick(Actions) };
        foreach (var field in new[] { "caseId", "requestId", "handoffId", "cardId", "accountEmail", "oneTimeCode", "reason", "targetAgentId" })
        {
            if (_random.Next(3) == 0)
            {
                data[field] = field == "caseId" ? "del_" + new string('a', 26) : Junk(field);
            }
        }

        return data;
    }

    private void Mutate(JsonObject activity)
    {
        var (parent, key) = PickProperty(activity);
        switch (_random.Next(6))
        {
            case 0 when key is not null:
                parent.Remove(key);
                break;
            case 1 when key is not null:
                parent[key] = Junk(key);
                break;
            case 2:
                parent["x" + _random.Next(1000).ToString(CultureInfo.InvariantCulture)] = Junk("x");
                break;
            case 3:
                activity["type"] = Pick(Types);
                break;
            case 4:
                activity["name"] = Pick(Names);
                break;
            default:
                activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Junk("id") }, ["postBack"] = _random.Next(2) == 0, ["clientActivityID"] = Junk("id") };
                break;
        }
    }

    /// <summary>A property anywhere in the tree (its object and name); the root with no name when the tree is empty.</summary>
    private (JsonObject Parent, string? Key) PickProperty(JsonObject root)
    {
        var all = new List<(JsonObject, string)>();
        void Walk(JsonObject o)
        {
            foreach (var (k, v) in o.ToList())
            {
                all.Add((o, k));
                if (v is JsonObject child)
                {
                    Walk(child);
                }
            }
        }

        Walk(root);
        return all.Count == 0 ? (root, null) : all[_random.Next(all.Count)];
    }

    private JsonNode? Junk(string key)
    {
        if (!badDates && DateFields.Contains(key))
        {
            return _random.Next(2) == 0 ? null : "2026-01-02T03:04:05.678+01:00";
        }

        return _random.Next(14) switch
        {
            0 => null,
            1 => _random.Next(2) == 0,
            2 => _random.Next(int.MinValue, int.MaxValue),
            3 => 1e308,
            4 => "",
            5 => new string('x', _random.Next(1, 20_000)),
            6 => "\u0000\u202e\u200b🤖 <script>alert(1)</script> ' \" \\ \u00e9",
            7 => new JsonArray(1, "two", null, new JsonObject()),
            8 => new JsonObject { ["id"] = "nested", ["deeper"] = new JsonObject { ["a"] = new JsonArray(new JsonObject { ["b"] = "c" }) } },
            9 => "2026-13-45T99:99:99Z",
            10 => "yesterday",
            11 => loneSurrogates ? "bad \ud800 surrogate" : "no surrogate",
            12 => "dl_ben@example.com",
            _ => Pick(Texts),
        };
    }

    private string Damage(string json)
    {
        var bytes = new StringBuilder(json);
        for (var i = _random.Next(1, 5); i > 0 && bytes.Length > 0; i--)
        {
            bytes[_random.Next(bytes.Length)] = "{}[]\",:\\ 0"[_random.Next(10)];
        }

        return bytes.ToString();
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}

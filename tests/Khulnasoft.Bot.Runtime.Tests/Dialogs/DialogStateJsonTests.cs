using System.Text.Json;
using Khulnasoft.Bot.Runtime.Dialogs;
using Khulnasoft.Bot.Runtime.Prompts;
using Khulnasoft.Bot.Runtime.Schema;
using Khulnasoft.Bot.Runtime.Storage;

namespace Khulnasoft.Bot.Runtime.Tests.Dialogs;

/// <summary>The dialog stack's JSON (written and read directly, without serializer frames) is the SDK-shaped JSON it always was.</summary>
public sealed class DialogStateJsonTests
{
    private static DialogState ComponentStack()
    {
        var inner = new DialogState();
        var prompt = new DialogInstance("TextPrompt");
        prompt.State["options"] = new PromptOptions { Prompt = Activity.CreateMessageActivity("Email?") };
        prompt.State["state"] = new Dictionary<string, object?> { ["AttemptCount"] = 0 };
        var steps = new DialogInstance("steps");
        steps.State["options"] = null;
        steps.State["values"] = new Dictionary<string, object?> { ["email"] = "a\"b@example.com", ["list"] = new List<object?> { 1, "two", null, true } };
        steps.State["stepIndex"] = 0;
        inner.DialogStack.AddRange([prompt, steps]);
        var component = new DialogInstance("PlanDialog");
        component.State["dialogs"] = inner;
        return new DialogState([component]);
    }

    private const string ComponentStackJson =
        """{"dialogStack":[{"id":"PlanDialog","state":{"dialogs":{"dialogStack":[{"id":"TextPrompt","state":{"options":{"prompt":{"type":"message","text":"Email?"}},"state":{"AttemptCount":0}}},{"id":"steps","state":{"options":null,"values":{"email":"a\u0022b@example.com","list":[1,"two",null,true]},"stepIndex":0}}]}}}]}""";

    [Fact]
    public void Write_GivesTheStackShapedJson()
    {
        Assert.Equal(ComponentStackJson, JsonSerializer.Serialize(ComponentStack(), StorageJson.Options));
    }

    [Fact]
    public void ReadThenWrite_GivesTheSameJson_WithPlainValuesInside()
    {
        var back = JsonSerializer.Deserialize<DialogState>(ComponentStackJson, StorageJson.Options)!;

        var component = Assert.Single(back.DialogStack);
        Assert.Equal("PlanDialog", component.Id);
        var inner = Assert.IsType<Dictionary<string, object?>>(component.State["dialogs"]);
        var stack = Assert.IsType<List<object?>>(inner["dialogStack"]);
        Assert.Equal(2, stack.Count);
        Assert.Equal(ComponentStackJson, JsonSerializer.Serialize(back, StorageJson.Options));

        // The component's inner stack is rebuilt from the plain bag, and writes the same JSON again.
        var innerState = component.State.GetValue<DialogState>("dialogs")!;
        Assert.Equal(["TextPrompt", "steps"], innerState.DialogStack.Select(d => d.Id));
        Assert.Equal("Email?", innerState.DialogStack[0].State.GetValue<PromptOptions>("options")!.Prompt!.Text);
        component.State["dialogs"] = innerState;
        Assert.Equal(ComponentStackJson, JsonSerializer.Serialize(back, StorageJson.Options));
    }

    [Fact]
    public void Read_IsCaseInsensitive_AndSkipsUnknownMembers()
    {
        const string json = """{"DialogStack":[{"ID":"a","extra":{"x":[1,2]},"State":{"k":"v"}}],"other":1}""";
        var state = JsonSerializer.Deserialize<DialogState>(json, StorageJson.Options)!;

        var instance = Assert.Single(state.DialogStack);
        Assert.Equal("a", instance.Id);
        Assert.Equal("v", instance.State["k"]);
    }

    [Fact]
    public void Read_OfSomethingElse_Throws()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DialogState>("""{"dialogStack":{}}""", StorageJson.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DialogState>("[]", StorageJson.Options));
    }
}

using System.Text.Json.Serialization;

namespace Khulnasoft.Cards.Model;

/// <summary>A card action; serialized with its Adaptive Cards <c>type</c> discriminator.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ActionSubmit), "Action.Submit")]
[JsonDerivedType(typeof(ActionExecute), "Action.Execute")]
[JsonDerivedType(typeof(ActionOpenUrl), "Action.OpenUrl")]
[JsonDerivedType(typeof(ActionShowCard), "Action.ShowCard")]
[JsonDerivedType(typeof(ActionToggleVisibility), "Action.ToggleVisibility")]
public abstract class CardAction
{
    public string? Id { get; init; }

    public required string Title { get; init; }

    public ActionStyle? Style { get; init; }

    public string? Tooltip { get; init; }
}

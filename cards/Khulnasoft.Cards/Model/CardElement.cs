using System.Text.Json.Serialization;

namespace Khulnasoft.Cards.Model;

/// <summary>An element of a card body; serialized with its Adaptive Cards <c>type</c> discriminator.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(InputText), "Input.Text")]
[JsonDerivedType(typeof(InputChoiceSet), "Input.ChoiceSet")]
[JsonDerivedType(typeof(InputToggle), "Input.Toggle")]
public abstract class CardElement
{
    public string? Id { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }

    public bool? IsVisible { get; init; }
}

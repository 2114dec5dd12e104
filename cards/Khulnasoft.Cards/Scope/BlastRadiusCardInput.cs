namespace Khulnasoft.Cards.Scope;

/// <summary>What deleting the user's account would touch, shown before any route.</summary>
public sealed record BlastRadiusCardInput(DeletionScope Scope, string CardId);

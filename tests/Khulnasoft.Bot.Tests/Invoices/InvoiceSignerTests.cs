using Khulnasoft.Bot.FileDelivery;
using Khulnasoft.Bot.Invoices;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Khulnasoft.Bot.Tests.Invoices;

public sealed class InvoiceSignerTests
{
    private const string Key = "invoice-signer-tests-key-0123456789abcdef";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void ReadLinkToken_WithinTheLifetime_IsValidAndNamesTheInvoice()
    {
        var signer = Signer(TimeSpan.FromHours(1));
        var token = signer.CreateLinkToken("acct_ada_labs", "inv_ada_2026_09");
        _clock.Advance(TimeSpan.FromMinutes(59));

        var check = signer.ReadLinkToken(token);

        Assert.Equal(SignedLinkStatus.Valid, check.Status);
        Assert.Equal(new InvoiceLink("acct_ada_labs", "inv_ada_2026_09", new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero)), check.Link);
    }

    [Fact]
    public void ReadLinkToken_OnceTheLifetimeIsOver_IsExpired()
    {
        var signer = Signer(TimeSpan.FromHours(1));
        var token = signer.CreateLinkToken("acct_ada_labs", "inv_ada_2026_09");
        _clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(SignedLinkStatus.Expired, signer.ReadLinkToken(token).Status);
    }

    [Fact]
    public void ReadLinkToken_SignedWithAnotherKey_IsInvalid()
    {
        var other = Signer(TimeSpan.FromHours(1), Key + "-other");
        var token = other.CreateLinkToken("acct_ada_labs", "inv_ada_2026_09");

        Assert.Equal(SignedLinkStatus.Invalid, Signer(TimeSpan.FromHours(1)).ReadLinkToken(token).Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("abc.")]
    [InlineData(".abc")]
    public void ReadLinkToken_Malformed_IsInvalid(string token) =>
        Assert.Equal(SignedLinkStatus.Invalid, Signer(TimeSpan.FromHours(1)).ReadLinkToken(token).Status);

    [Fact]
    public void ReadLinkToken_LongerThanTheLimit_IsInvalid() =>
        Assert.Equal(SignedLinkStatus.Invalid, Signer(TimeSpan.FromHours(1)).ReadLinkToken(new string('a', InvoiceSigner.MaxTokenLength + 1)).Status);

    [Fact]
    public void ConsentProof_IsValidOnlyForTheExactOffer()
    {
        var signer = Signer(TimeSpan.FromHours(1));
        var proof = signer.CreateConsentProof("a:chat", "29:ada", "user_ada", "acct_ada_labs", "inv_ada_2026_09");

        Assert.True(signer.IsValidConsentProof(proof, "a:chat", "29:ada", "user_ada", "acct_ada_labs", "inv_ada_2026_09"));
        Assert.False(signer.IsValidConsentProof(proof, "a:other", "29:ada", "user_ada", "acct_ada_labs", "inv_ada_2026_09"));
        Assert.False(signer.IsValidConsentProof(proof, "a:chat", "29:ben", "user_ada", "acct_ada_labs", "inv_ada_2026_09"));
        Assert.False(signer.IsValidConsentProof(proof, "a:chat", "29:ada", "user_ben", "acct_ada_labs", "inv_ada_2026_09"));
        Assert.False(signer.IsValidConsentProof(proof, "a:chat", "29:ada", "user_ada", "acct_ben", "inv_ada_2026_09"));
        Assert.False(signer.IsValidConsentProof(proof, "a:chat", "29:ada", "user_ada", "acct_ada_labs", "inv_ada_2026_10"));
        Assert.False(signer.IsValidConsentProof("not base64!", "a:chat", "29:ada", "user_ada", "acct_ada_labs", "inv_ada_2026_09"));
    }

    [Fact]
    public void ConsentProof_IsNotALinkMac()
    {
        // The same key signs both; the labels keep a proof from ever verifying as a link and the other way round.
        var signer = Signer(TimeSpan.FromHours(1));
        var token = signer.CreateLinkToken("acct_ada_labs", "inv_ada_2026_09");
        var proof = signer.CreateConsentProof("a:chat", "29:ada", "user_ada", "acct_ada_labs", "inv_ada_2026_09");

        Assert.Equal(SignedLinkStatus.Invalid, signer.ReadLinkToken(token.Split('.')[0] + "." + proof).Status);
    }

    private InvoiceSigner Signer(TimeSpan lifetime, string key = Key) =>
        new(new FileSigner(Options.Create(new FileDeliveryOptions { SigningKey = key }), _clock), Options.Create(new InvoiceOptions { LinkLifetime = lifetime }), _clock);
}

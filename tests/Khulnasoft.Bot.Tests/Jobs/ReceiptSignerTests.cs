using System.Security.Cryptography;
using System.Text;
using Khulnasoft.Bot.Receipts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Tests.Jobs;

public sealed class ReceiptSignerTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 29, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Verify_AReceiptItSigned_IsValidAndCarriesTheReceipt()
    {
        using var signer = NewSigner(Pem());

        var signed = signer.Sign(Receipt());
        var result = signer.Verify(signed.Token);

        Assert.True(result.Valid);
        Assert.Equal("del_aaaaaaaaaaaaaaaaaaaaaaaaaa", result.Receipt!.CaseId);
        Assert.Equal(["acc_1"], result.Receipt.DeletedAccountIds);
    }

    [Fact]
    public void Verify_ATamperedPayload_IsInvalid()
    {
        using var signer = NewSigner(Pem());
        var parts = signer.Sign(Receipt()).Token.Split('.');
        var forged = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"caseId\":\"del_bbbbbbbbbbbbbbbbbbbbbbbbbb\"}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var result = signer.Verify($"{parts[0]}.{forged}.{parts[2]}");

        Assert.False(result.Valid);
        Assert.Null(result.Receipt);
    }

    [Fact]
    public void Verify_AReceiptSignedWithAnotherKey_IsInvalid()
    {
        using var ours = NewSigner(Pem());
        using var theirs = NewSigner(Pem());

        Assert.False(ours.Verify(theirs.Sign(Receipt()).Token).Valid);
        Assert.False(ours.Verify("not-a-receipt").Valid);
    }

    [Fact]
    public void AnyoneWithThePublicKey_CanVerifyWithPlainEcdsa()
    {
        using var signer = NewSigner(Pem());
        var parts = signer.Sign(Receipt()).Token.Split('.');
        using var publicKey = ECDsa.Create();
        publicKey.ImportFromPem(signer.PublicKeyPem);

        var valid = publicKey.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), FromBase64Url(parts[2]), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

        Assert.True(valid);
    }

    [Fact]
    public void Ctor_OutsideDevelopmentWithoutAKey_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => NewSigner("", Environments.Production));
    }

    [Fact]
    public void Ctor_InDevelopmentWithoutAKey_GeneratesOne()
    {
        using var signer = NewSigner("", Environments.Development);

        Assert.True(signer.Verify(signer.Sign(Receipt()).Token).Valid);
    }

    private static ReceiptSigner NewSigner(string pem, string environment = "Staging") =>
        new(Options.Create(new ReceiptOptions { SigningKey = pem }), new HostingEnvironment { EnvironmentName = environment });

    private static string Pem()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return key.ExportPkcs8PrivateKeyPem();
    }

    private static ErasureReceipt Receipt() =>
        new("rcpt_aaaaaaaaaaaaaaaaaaaaaaaaaa", "del_aaaaaaaaaaaaaaaaaaaaaaaaaa", "usr_1", ["acc_1"], 1, At, At.AddDays(30), At.AddDays(60), At.AddDays(60), "khulnasoft-bot");

    private static byte[] FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s + new string('=', (4 - s.Length % 4) % 4));
    }
}

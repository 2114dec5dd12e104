using Microsoft.AspNetCore.Http.HttpResults;

namespace Khulnasoft.Bot.Receipts;

/// <summary>
/// <c>POST /receipts/verify</c> with <c>{"receipt":"&lt;jws&gt;"}</c> answers whether our key signed it and what it
/// says; <c>GET /receipts/public-key</c> serves the PEM so anyone can verify offline. Both are public on purpose:
/// a receipt holds no personal data beyond opaque ids.
/// </summary>
public static class ReceiptEndpoints
{
    public static IEndpointRouteBuilder MapReceipts(this IEndpointRouteBuilder app)
    {
        app.MapPost("/receipts/verify", Verify);
        app.MapGet("/receipts/public-key", (ReceiptSigner signer) => TypedResults.Text(signer.PublicKeyPem, "application/x-pem-file"));
        return app;
    }

    private static Results<Ok<ReceiptVerification>, BadRequest<string>> Verify(VerifyReceiptRequest request, ReceiptSigner signer)
    {
        if (string.IsNullOrWhiteSpace(request.Receipt))
        {
            return TypedResults.BadRequest("receipt is required");
        }

        return TypedResults.Ok(signer.Verify(request.Receipt));
    }
}

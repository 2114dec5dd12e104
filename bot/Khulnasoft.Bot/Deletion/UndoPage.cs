using System.Text.Encodings.Web;
using Khulnasoft.Bot.Localization;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// The undo page's HTML: one heading, one message and, while undo is possible, one form whose only button cancels
/// (by POST, with the anti-forgery field). No script; readable and usable by keyboard and screen reader alone. In the
/// current language (<c>lang</c> says which).
/// </summary>
public static class UndoPage
{
    /// <summary>A page with <paramref name="message"/> and, when <paramref name="form"/> is set, the confirmation form.</summary>
    public static string Render(string heading, string message, UndoForm? form = null)
    {
        var encoder = HtmlEncoder.Default;
        var formHtml = form is null
            ? string.Empty
            : $"""
                  <form method="post">
                    <input type="hidden" name="{encoder.Encode(form.FieldName)}" value="{encoder.Encode(form.Token)}">
                    <button type="submit">{encoder.Encode(DeletionTexts.UndoButton)}</button>
                  </form>
                  <p class="note">{encoder.Encode(DeletionTexts.UndoGoAhead)}</p>
              """;
        return $$"""
            <!DOCTYPE html>
            <html lang="{{encoder.Encode(TurnCulture.Current.TwoLetterISOLanguageName)}}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <meta name="robots" content="noindex">
              <title>{{encoder.Encode(heading)}} · Khulnasoft</title>
              <style>
                body { font-family: system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #ffffff; line-height: 1.5; }
                main { max-width: 36rem; margin: 3rem auto; padding: 0 1rem; }
                h1 { font-size: 1.5rem; }
                button { font: inherit; padding: 0.6rem 1.2rem; border: 2px solid #a4262c; border-radius: 4px; background: #a4262c; color: #ffffff; cursor: pointer; }
                button:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 3px; }
                .note { color: #404040; }
              </style>
            </head>
            <body>
              <main>
                <h1>{{encoder.Encode(heading)}}</h1>
                <p>{{encoder.Encode(message)}}</p>
            {{formHtml}}
              </main>
            </body>
            </html>
            """;
    }
}

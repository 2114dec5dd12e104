using Microsoft.Playwright;

namespace Khulnasoft.Bot.BrowserTests;

/// <summary>
/// A person who uses the keyboard only: every step is a key press or typing, never a click, and each move is found by
/// pressing Tab (or Shift+Tab) until the wanted element has the focus. Every focus it passes is written down, so a
/// failure shows the path the keyboard took.
/// </summary>
public sealed class Keyboard(IPage page)
{
    private const int MaxPresses = 60;

    private readonly List<string> _path = [];

    public IReadOnlyList<string> Path => _path;

    /// <summary>Presses <paramref name="key"/> ("Tab", "Shift+Tab") until the focused element matches
    /// <paramref name="predicate"/> (a JavaScript function of the element).</summary>
    public async Task MoveToAsync(string description, string predicate, string key = "Tab")
    {
        for (var i = 0; i < MaxPresses; i++)
        {
            if (await page.EvaluateAsync<bool>($"() => {{ const e = document.activeElement; return !!e && ({predicate})(e); }}"))
            {
                _path.Add("at " + description);
                return;
            }

            await PressAsync(key);
        }

        Assert.Fail($"The keyboard never reached {description} with {key}. Path:\n" + string.Join("\n", _path.TakeLast(80)));
    }

    /// <summary>
    /// Moves to the button titled <paramref name="title"/> of the newest card that has one, the way Web Chat's
    /// transcript is used from the keyboard: it is one tab stop ("Chat history, press arrow keys to navigate");
    /// End and the arrow keys pick a message, Enter goes into it, Tab moves within it, Escape leaves it.
    /// </summary>
    /// <param name="withinMessage">Already in that message (e.g. on its input): Tab only.</param>
    public async Task MoveToCardButtonAsync(string title, bool withinMessage = false)
    {
        var target = "[...document.querySelectorAll('.ac-adaptiveCard button')].filter(b => b.textContent.trim() === " + Js(title) + ").pop()";
        if (!withinMessage)
        {
            await EnterMessageWithAsync($"the card with \"{title}\"", target);
        }

        await MoveToAsync($"the card button \"{title}\"", "e => e === " + target);
    }

    /// <summary>Moves to the text input of the newest card.</summary>
    public async Task MoveToCardInputAsync()
    {
        const string Target = "[...document.querySelectorAll('.ac-adaptiveCard input')].pop()";
        await EnterMessageWithAsync("the card with a text input", Target);
        await MoveToAsync("the newest card's text input", "e => e === " + Target);
    }

    public Task MoveToSendBoxAsync(string key = "Tab") =>
        MoveToAsync("the send box", "e => e.matches(\"[data-id='webchat-sendbox-input']\")", key);

    /// <summary>Focuses the transcript, picks the message that holds <paramref name="target"/> (End, then ArrowUp)
    /// and goes into it with Enter.</summary>
    private async Task EnterMessageWithAsync(string description, string target)
    {
        const string Transcript = "e => e.classList.contains('webchat__basic-transcript')";
        if (await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('.webchat__basic-transcript__activity')"))
        {
            await PressAsync("Escape");
        }

        await MoveToAsync("the chat history", Transcript, "Shift+Tab");
        await PressAsync("End");
        var picked = "() => { const t = document.querySelector('.webchat__basic-transcript'); const id = t.getAttribute('aria-activedescendant');"
            + " const a = id && document.getElementById(id)?.closest('.webchat__basic-transcript__activity'); const x = " + target + "; return !!a && !!x && a.contains(x); }";
        for (var i = 0; i < MaxPresses && !await page.EvaluateAsync<bool>(picked); i++)
        {
            await PressAsync("ArrowUp");
        }

        Assert.True(await page.EvaluateAsync<bool>(picked), $"The arrow keys never picked {description}. Path:\n" + string.Join("\n", _path.TakeLast(80)));
        _path.Add("picked " + description);
        await PressAsync("Enter");
    }

    public async Task PressAsync(string key)
    {
        await page.Keyboard.PressAsync(key);
        _path.Add(key + " -> " + await DescribeFocusAsync());
    }

    public async Task TypeAsync(string text)
    {
        await page.Keyboard.TypeAsync(text);
        _path.Add("typed \"" + text + "\" -> " + await DescribeFocusAsync());
    }

    private Task<string> DescribeFocusAsync() => page.EvaluateAsync<string>(
        """
        () => {
          const e = document.activeElement;
          if (!e) return '(nothing)';
          const label = e.getAttribute('aria-label') || e.getAttribute('title') || (e.textContent || '').trim().slice(0, 40);
          return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).slice(0, 2).join('.') : '') + ' "' + label + '"';
        }
        """);

    private static string Js(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}

using Khulnasoft.TestSupport;
using Microsoft.Playwright;

namespace Khulnasoft.Bot.BrowserTests;

/// <summary>
/// The Khulnasoft Web Chat page as a user drives it: pick who you are signed in as, type, click card buttons, read
/// the bot's messages. Selectors are Web Chat 4.18's own class names and the page's ids.
/// </summary>
public sealed class WebChatPage(IPage page, string baseUrl)
{
    private const string BotMessages = ".webchat__stacked-layout:not(.webchat__stacked-layout--from-user) .webchat__bubble__content";
    private const string UserMessages = ".webchat__stacked-layout--from-user .webchat__bubble__content";

    public IPage Page => page;

    /// <summary>Opens the page (with <c>?ws=0</c> for polling) and waits until Web Chat's send box is there.</summary>
    public async Task OpenAsync(bool webSocket)
    {
        await page.GotoAsync(baseUrl + (webSocket ? "/" : "/?ws=0"));
        await page.Locator("[data-id='webchat-sendbox-input']").WaitForAsync();
    }

    /// <summary>Reloads the page and waits until Web Chat is back: a stored conversation replayed up to where the
    /// page had got, or a new one.</summary>
    public async Task ReloadAsync()
    {
        await page.ReloadAsync();
        await WaitUntilBackAsync();
    }

    /// <summary>Leaves the page for a blank one (its WebSocket closes), as a user who closes the chat for a while.</summary>
    public Task LeaveAsync() => page.GotoAsync("about:blank");

    /// <summary>Comes back to the page in the same tab (sessionStorage kept) and waits as <see cref="ReloadAsync"/>.</summary>
    public async Task ReturnAsync(bool webSocket)
    {
        await page.GotoAsync(baseUrl + (webSocket ? "/" : "/?ws=0"));
        await WaitUntilBackAsync();
    }

    private Task WaitUntilBackAsync() =>
        page.Locator("#webchat[data-restored='restored'] [data-id='webchat-sendbox-input'], #webchat[data-restored='new'] [data-id='webchat-sendbox-input']").WaitForAsync();

    /// <summary>The Direct Line conversation the page shows.</summary>
    public Task<string?> ConversationIdAsync() => page.Locator("#webchat").GetAttributeAsync("data-conversation");

    /// <summary>What the page keeps in sessionStorage (conversation id, token, watermark, user), as JSON.</summary>
    public async Task<System.Text.Json.Nodes.JsonObject?> StoredConversationAsync()
    {
        var json = await page.EvaluateAsync<string?>("() => sessionStorage.getItem('khulnasoft.webchat.conversation')");
        return json is null ? null : System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
    }

    /// <summary>Replaces what the page keeps in sessionStorage (e.g. with an expired token).</summary>
    public Task StoreConversationAsync(System.Text.Json.Nodes.JsonObject stored) =>
        page.EvaluateAsync("json => sessionStorage.setItem('khulnasoft.webchat.conversation', json)", stored.ToJsonString());

    /// <summary>Waits until Web Chat shows a conversation other than <paramref name="conversationId"/>.</summary>
    public Task WaitForAnotherConversationAsync(string conversationId) =>
        page.Locator($"#webchat:not([data-conversation='{conversationId}']) [data-id='webchat-sendbox-input']").WaitForAsync();

    public Task<string> StatusAsync() => page.InnerTextAsync("#status");

    public Task<int> UserMessageCountAsync(string text) =>
        page.Locator(UserMessages).Filter(new LocatorFilterOptions { HasText = text }).CountAsync();

    /// <summary>Opens the page, signs in as <paramref name="email"/> and waits for the bot's greeting.</summary>
    public async Task StartAsAsync(string email, bool webSocket = true)
    {
        await OpenAsync(webSocket);
        await SignInAsAsync(email);
        await WaitForBotMessageAfterAsync(0);
    }

    /// <summary>Opens the page, signs in as <paramref name="email"/>, says "delete my account" and waits for the
    /// identity card ("Yes, this account").</summary>
    public async Task AskToDeleteAsync(string email, bool webSocket = true)
    {
        await StartAsAsync(email, webSocket);
        await SendAsync("delete my account");
        await WaitForCardButtonAsync("Yes, this account");
    }

    /// <summary>ada up to her checklist: she confirms her identity and the bot shows the checklist and what is left.</summary>
    public async Task OpenAdasChecklistAsync()
    {
        await AskToDeleteAsync("ada@example.com");
        await ClickCardButtonAsync("Yes, this account");
        await WaitForBotTextAsync("Before we can delete your account");
        await WaitForBotTextAsync("Still to do");
    }

    /// <summary>Picks a user in the sandbox "signed in as" picker; Web Chat restarts in a new conversation as that user.</summary>
    public async Task SignInAsAsync(string email)
    {
        await page.SelectOptionAsync("#signed-in-as", email);
        await page.Locator($"#webchat[data-user='{email}'] [data-id='webchat-sendbox-input']").WaitForAsync();
    }

    public Task<int> BotMessageCountAsync() => page.Locator(BotMessages).CountAsync();

    public async Task SendAsync(string text)
    {
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    /// <summary>Waits until the bot has shown more than <paramref name="count"/> messages; returns the newest one's text.</summary>
    public async Task<string> WaitForBotMessageAfterAsync(int count)
    {
        await page.Locator(BotMessages).Nth(count).WaitForAsync();
        return await page.Locator(BotMessages).Last.InnerTextAsync();
    }

    /// <summary>Waits for the user's own message, as echoed back by Direct Line, to be shown.</summary>
    public Task WaitForUserMessageAsync(string text) =>
        page.Locator(UserMessages).Filter(new LocatorFilterOptions { HasText = text }).First.WaitForAsync();

    /// <summary>True when Web Chat marks a message as not delivered (no echo with the clientActivityID came back).</summary>
    public Task<bool> HasSendFailureAsync() => page.GetByText("Send failed").IsVisibleAsync();

    /// <summary>Clicks a button of the newest card with that title (Action.Submit in Web Chat).</summary>
    public Task ClickCardButtonAsync(string title) =>
        page.Locator(".ac-adaptiveCard button, .ac-pushButton").Filter(new LocatorFilterOptions { HasText = title }).Last.ClickAsync();

    /// <summary>Waits until a card shows a button with that title (the newest one).</summary>
    public Task WaitForCardButtonAsync(string title) =>
        page.Locator(".ac-adaptiveCard button, .ac-pushButton").Filter(new LocatorFilterOptions { HasText = title }).Last.WaitForAsync();

    /// <summary>Waits until a bot message contains <paramref name="text"/> (a card's text included).</summary>
    public Task WaitForBotTextAsync(string text) =>
        page.Locator(BotMessages).Filter(new LocatorFilterOptions { HasText = text }).Last.WaitForAsync();

    /// <summary>Fills the newest card's text inputs, in order (e.g. the scope phrase, then the code).</summary>
    public async Task FillNewestCardInputsAsync(params string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var inputs = page.Locator(".ac-adaptiveCard").Last.Locator("input");
        for (var i = 0; i < values.Length; i++)
        {
            await inputs.Nth(i).FillAsync(values[i]);
        }
    }

    /// <summary>The code of the newest final-confirmation mail to <paramref name="email"/> in the sandbox mailbox, waiting for it.</summary>
    public async Task<string> ConfirmationCodeAsync(string email)
    {
        using var sandbox = new HttpClient { BaseAddress = new Uri(baseUrl) };
        return await ConfirmationCodes.NewestAsync(sandbox, email);
    }

    /// <summary>The links of the file attachments Web Chat rendered (href of each download link).</summary>
    public async Task<IReadOnlyList<string>> AttachmentLinksAsync(string fileNamePart)
    {
        var links = page.Locator("a[href]").Filter(new LocatorFilterOptions { HasText = fileNamePart });
        var hrefs = new List<string>();
        for (var i = 0; i < await links.CountAsync(); i++)
        {
            hrefs.Add((await links.Nth(i).GetAttributeAsync("href"))!);
        }

        return hrefs;
    }

    /// <summary>Attaches a file with Web Chat's upload button and sends it (DirectLineJS posts it to <c>/upload</c>).</summary>
    public async Task UploadAsync(string name, string mimeType, byte[] content)
    {
        await page.Locator("input[type='file']").SetInputFilesAsync(new FilePayload { Name = name, MimeType = mimeType, Buffer = content });
        // Web Chat makes the thumbnail asynchronously before it holds the file for sending (its upload icon is then
        // checked); a click on Send before that sends nothing.
        await page.Locator(".webchat__attachment-icon--checked").WaitForAsync();
        await page.Locator("button[title='Send']").ClickAsync();
    }

    /// <summary>Waits until the user's side shows the image they sent (Web Chat keeps its local copy).</summary>
    public Task WaitForUserImageAsync(string name) =>
        page.Locator($".webchat__stacked-layout--from-user img[alt='{name}']").First.WaitForAsync();

    public Task ScreenshotAsync(string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor(name), FullPage = true });
}

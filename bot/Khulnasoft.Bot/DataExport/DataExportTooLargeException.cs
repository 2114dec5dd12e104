namespace Khulnasoft.Bot.DataExport;

/// <summary>The zip grew past <see cref="DataExportOptions.MaxSizeBytes"/>; it was abandoned, not cut short.</summary>
public sealed class DataExportTooLargeException : Exception
{
    public DataExportTooLargeException()
    {
    }

    public DataExportTooLargeException(string message)
        : base(message)
    {
    }

    public DataExportTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DataExportTooLargeException(int limitBytes)
        : base($"The data export is larger than {limitBytes} bytes.")
    {
        LimitBytes = limitBytes;
    }

    public int LimitBytes { get; }
}

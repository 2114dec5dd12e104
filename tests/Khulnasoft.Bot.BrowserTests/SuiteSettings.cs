// The browser tests run one at a time. WebApplicationFactory finds the host Program.cs builds through a process-wide
// DiagnosticListener; with test classes in parallel, a server starting while another class's server starts or stops
// now and then caught a host that was already running ("IServerAddressesFeature.Addresses cannot be modified after
// the server has started", seen in 2 of 5 full runs). Serialising the starts alone did not stop it.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

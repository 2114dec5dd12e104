// Every test here starts real processes (redis-server, several bot hosts, Chromium) on a 2-core machine: one test at
// a time, so the hosts get the CPU the scenarios assume and a kill or a Redis outage never hits another test's hosts.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

'use strict';
// Shared HTTP part of the peers: express on 127.0.0.1:PORT, POST /api/messages, and GET /stats in the shape the
// benchmark driver reads from our servers (CPU ms; GC counts and pause from V8's gc performance entries; no JIT data;
// minor page faults from process.resourceUsage()).

const express = require('express');
const { PerformanceObserver, constants } = require('node:perf_hooks');

const gc = { minor: 0, major: 0, pauseMs: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gc.pauseMs += entry.duration;
    if (entry.detail && entry.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR) gc.major++; else gc.minor++;
  }
}).observe({ entryTypes: ['gc'] });

function stats() {
  const cpu = process.cpuUsage();
  const usage = process.resourceUsage();
  return {
    cpuMilliseconds: (cpu.user + cpu.system) / 1000,
    allocatedBytes: 0,
    gen0: gc.minor,
    gen1: 0,
    gen2: gc.major,
    gcPauseMilliseconds: gc.pauseMs,
    jitMethods: 0,
    jitMilliseconds: 0,
    minorFaults: usage.minorPageFault,
    contextSwitches: usage.voluntaryContextSwitches + usage.involuntaryContextSwitches,
  };
}

function port() {
  const index = process.argv.indexOf('--port');
  const value = index > 0 ? Number(process.argv[index + 1]) : NaN;
  if (!Number.isInteger(value)) throw new Error('usage: node <peer>.js --port PORT');
  return value;
}

function serve(middleware, handler) {
  const app = express();
  app.use(express.json({ limit: '256kb' }));
  app.get('/stats', (req, res) => res.json(stats()));
  app.post('/api/messages', ...middleware, handler);
  const server = app.listen(port(), '127.0.0.1');
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

module.exports = { serve };

#!/usr/bin/env node
// Validates Adaptive Card JSON with the official parser (npm adaptivecards 3.0.6, the version Web Chat 4.18 bundles).
//
// Usage:
//   node validate-card.js card.json [more.json ...]        one card per file (or a file holding an array of cards)
//   node validate-card.js --stdin < request.json           a batch: {"maxVersion":"1.5","unsupportedActions":[],
//                                                           "cards":[{"name":"welcome/teams","card":{...}}]}
// Options: --max-version 1.5 (default 1.5, Teams' limit), --without Action.Execute (simulate a host that lacks an
// action type, e.g. Web Chat 4.18 for Action.Execute).
//
// Prints one JSON report on stdout: {"ok":bool,"maxVersion":"1.5","results":[{"name","ok","errors":[…],"warnings":[…]}]}
// and exits 1 when any card has an error, 2 on bad usage. Every parser event is an error except Hint and Deprecated.
"use strict";

const fs = require("fs");
const path = require("path");

// require('adaptivecards') fails (its package exports map): load the bundled build by path.
const AC = require(path.join(__dirname, "node_modules", "adaptivecards", "dist", "adaptivecards.js"));

const warningEvents = new Set([AC.ValidationEvent.Hint, AC.ValidationEvent.Deprecated]);

function parseVersion(text) {
  const match = /^(\d+)\.(\d+)$/.exec(String(text));
  if (!match) {
    throw new Error(`bad version "${text}"`);
  }
  return new AC.Version(Number(match[1]), Number(match[2]));
}

function describe(event) {
  return {
    phase: AC.ValidationPhase[event.phase] ?? String(event.phase),
    event: AC.ValidationEvent[event.event] ?? String(event.event),
    source: event.source && typeof event.source.getJsonTypeName === "function" ? event.source.getJsonTypeName() : undefined,
    message: event.message,
  };
}

// For each action of a type the simulated host lacks: an object fallback (of a supported type) replaces it, "drop"
// removes it on purpose; anything else (a string such as "Action.Submit", or nothing) silently loses the button.
function checkFallbacks(json, unsupportedActions) {
  const problems = [];
  const visit = (node, where) => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => visit(child, `${where}[${index}]`));
      return;
    }
    if (node === null || typeof node !== "object") return;
    if (typeof node.type === "string" && unsupportedActions.includes(node.type)) {
      const fallback = node.fallback;
      const label = `${node.type} ${JSON.stringify(node.title ?? node.verb ?? "")} at ${where}`;
      if (fallback && typeof fallback === "object" && !unsupportedActions.includes(fallback.type)) {
        problems.push({ error: false, item: { phase: "Parse", event: "Hint", message: `${label} falls back to ${fallback.type}` } });
      } else if (typeof fallback === "string" && fallback.toLowerCase() === "drop") {
        problems.push({ error: false, item: { phase: "Parse", event: "Hint", message: `${label} is dropped (fallback "drop")` } });
      } else {
        problems.push({ error: true, item: { phase: "Parse", event: "UnknownActionType", message: `${label} is lost: its fallback ${JSON.stringify(fallback)} is neither an action object nor "drop"` } });
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== "fallback") visit(value, `${where}.${key}`);
    }
  };
  visit(json, "$");
  return problems;
}

function validateOne(name, json, maxVersion, unsupportedActions) {
  const errors = [];
  const warnings = [];
  const add = (item) => (warningEvents.has(AC.ValidationEvent[item.event]) ? warnings : errors).push(item);

  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    errors.push({ phase: "Parse", event: "MissingCardType", message: "a card must be a JSON object" });
    return { name, ok: false, errors, warnings };
  }
  if (json.type !== "AdaptiveCard") {
    errors.push({ phase: "Parse", event: "MissingCardType", message: `root "type" must be "AdaptiveCard", got ${JSON.stringify(json.type)}` });
  }
  // The library parses a card whose declared version is above the target without complaint; a host at maxVersion
  // would show the fallbackText instead, so it is an error here.
  if (typeof json.version !== "string") {
    errors.push({ phase: "Parse", event: "PropertyCantBeNull", message: 'root "version" is required' });
  } else {
    const declared = AC.Version.parse(json.version, new AC.SerializationContext());
    if (!declared || !declared.isValid) {
      errors.push({ phase: "Parse", event: "InvalidPropertyValue", message: `bad card version ${JSON.stringify(json.version)}` });
    } else if (declared.compareTo(maxVersion) > 0) {
      errors.push({ phase: "Parse", event: "UnsupportedCardVersion", message: `card version ${json.version} is newer than the host's ${maxVersion.toString()}` });
    }
  }

  // A host without Action.Execute has no Universal Actions, so it ignores `refresh` (whose action must be an
  // Action.Execute): judge the rest of the card.
  if (json.refresh && json.refresh.action && unsupportedActions.includes(json.refresh.action.type)) {
    warnings.push({ phase: "Parse", event: "Hint", message: `refresh (${json.refresh.action.type}) is ignored by this host` });
    json = { ...json };
    delete json.refresh;
  }

  const context = new AC.SerializationContext(maxVersion);
  if (unsupportedActions.length > 0) {
    const actions = new AC.CardObjectRegistry();
    AC.GlobalRegistry.populateWithDefaultActions(actions);
    for (const type of unsupportedActions) {
      actions.unregister(type);
    }
    context.setActionRegistry(actions);
  }

  const card = new AC.AdaptiveCard();
  try {
    card.parse(json, context);
  } catch (e) {
    errors.push({ phase: "Parse", event: "Other", message: `parser threw: ${e && e.message ? e.message : e}` });
    return { name, ok: false, errors, warnings };
  }
  for (let i = 0; i < context.eventCount; i++) {
    const event = describe(context.getEventAt(i));
    // An action type the simulated host lacks is judged by its fallback (below), not by the parser's notice.
    if (event.event === "UnknownActionType" && unsupportedActions.some((t) => event.message.includes(`"${t}"`))) {
      warnings.push(event);
    } else {
      add(event);
    }
  }
  for (const problem of checkFallbacks(json, unsupportedActions)) {
    (problem.error ? errors : warnings).push(problem.item);
  }
  const results = card.validateProperties();
  for (const event of results.validationEvents) {
    add(describe(event));
  }
  return { name, ok: errors.length === 0, errors, warnings };
}

function main(argv) {
  let maxVersionText = "1.5";
  const unsupportedActions = [];
  const files = [];
  let useStdin = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--max-version") maxVersionText = argv[++i];
    else if (arg === "--without") unsupportedActions.push(argv[++i]);
    else if (arg === "--stdin") useStdin = true;
    else files.push(arg);
  }

  const cards = [];
  if (useStdin) {
    const request = JSON.parse(fs.readFileSync(0, "utf8"));
    if (request.maxVersion) maxVersionText = request.maxVersion;
    for (const type of request.unsupportedActions ?? []) unsupportedActions.push(type);
    for (const [index, item] of (request.cards ?? []).entries()) {
      cards.push({ name: item.name ?? `card ${index}`, card: item.card });
    }
  }
  for (const file of files) {
    const content = JSON.parse(fs.readFileSync(file, "utf8"));
    const list = Array.isArray(content) ? content : [content];
    list.forEach((card, index) => cards.push({ name: list.length > 1 ? `${file}#${index}` : file, card }));
  }
  if (cards.length === 0) {
    process.stderr.write("usage: validate-card.js [--max-version 1.5] [--without Action.Execute] (--stdin | card.json ...)\n");
    return 2;
  }

  const maxVersion = parseVersion(maxVersionText);
  const results = cards.map((c) => validateOne(c.name, c.card, maxVersion, unsupportedActions));
  const ok = results.every((r) => r.ok);
  process.stdout.write(JSON.stringify({ ok, maxVersion: maxVersion.toString(), results }, null, 2) + "\n");
  return ok ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`validate-card.js: ${e && e.stack ? e.stack : e}\n`);
  process.exitCode = 2;
}

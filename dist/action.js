import { createRequire as __leakgateRequire } from 'node:module';
const require = __leakgateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb, mod) => function __require2() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/cli/io.ts
var quiet, quietWhenClosed, processIo, useColor;
var init_io = __esm({
  "src/cli/io.ts"() {
    "use strict";
    quiet = /* @__PURE__ */ new WeakSet();
    quietWhenClosed = (stream) => {
      if (!quiet.has(stream)) {
        quiet.add(stream);
        stream.on("error", (error) => {
          if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED") throw error;
        });
      }
      return stream;
    };
    processIo = () => ({
      stdout: quietWhenClosed(process.stdout),
      stderr: quietWhenClosed(process.stderr),
      stdin: process.stdin,
      cwd: process.cwd(),
      env: process.env
    });
    useColor = (io, flag) => {
      if (flag !== void 0) return flag;
      if (io.env["NO_COLOR"] !== void 0 && io.env["NO_COLOR"] !== "") return false;
      const force = io.env["FORCE_COLOR"];
      if (force === "0" || force === "false") return false;
      if (force !== void 0) return true;
      return io.stdout.isTTY === true && io.env["TERM"] !== "dumb";
    };
  }
});

// src/errors.ts
var LeakgateError, isLeakgateError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    LeakgateError = class extends Error {
      name = "LeakgateError";
      code;
      constructor(code, message, options) {
        super(message, options);
        this.code = code;
      }
    };
    isLeakgateError = (value) => value instanceof LeakgateError;
  }
});

// src/cli/write-output.ts
import { randomBytes } from "node:crypto";
import { renameSync, rmSync, statSync, writeFileSync } from "node:fs";
var pendingTempFiles, removeQuietly, isSpecialFile, writeFileAtomic, removePendingTempFiles, installSignalCleanup;
var init_write_output = __esm({
  "src/cli/write-output.ts"() {
    "use strict";
    init_errors();
    pendingTempFiles = /* @__PURE__ */ new Set();
    removeQuietly = (path) => {
      try {
        rmSync(path, { force: true });
      } catch {
      }
    };
    isSpecialFile = (path) => {
      try {
        const stats = statSync(path);
        return !stats.isFile() && !stats.isDirectory();
      } catch {
        return false;
      }
    };
    writeFileAtomic = (path, content) => {
      if (isSpecialFile(path)) {
        try {
          writeFileSync(path, content);
          return;
        } catch (error) {
          const code = error.code ?? String(error);
          throw new LeakgateError("io", `cannot write ${path}: ${code}`, { cause: error });
        }
      }
      const temp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
      pendingTempFiles.add(temp);
      try {
        writeFileSync(temp, content, { flag: "wx", mode: 420 });
        renameSync(temp, path);
      } catch (error) {
        removeQuietly(temp);
        const code = error.code ?? String(error);
        throw new LeakgateError("io", `cannot write ${path}: ${code}; nothing was written`, { cause: error });
      } finally {
        pendingTempFiles.delete(temp);
      }
    };
    removePendingTempFiles = () => {
      for (const temp of pendingTempFiles) removeQuietly(temp);
      pendingTempFiles.clear();
    };
    installSignalCleanup = () => {
      for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
        process.on(signal, () => {
          removePendingTempFiles();
          if (signal === "SIGINT") process.exit(130);
          process.removeAllListeners(signal);
          process.kill(process.pid, signal);
        });
      }
    };
  }
});

// src/exit-codes.ts
var ExitCode;
var init_exit_codes = __esm({
  "src/exit-codes.ts"() {
    "use strict";
    ExitCode = {
      /** Scanned, and nothing new was found. */
      Clean: 0,
      /** Scanned, and new findings were reported. */
      Findings: 1,
      /** Usage, config, baseline, git or I/O error: nothing can be concluded. */
      Error: 2
    };
  }
});

// src/report/report.ts
var FORMATS;
var init_report = __esm({
  "src/report/report.ts"() {
    "use strict";
    FORMATS = ["text", "json", "sarif", "junit", "github", "csv"];
  }
});

// src/detect/types.ts
var SEVERITIES, CONFIDENCES, VALIDATORS;
var init_types = __esm({
  "src/detect/types.ts"() {
    "use strict";
    SEVERITIES = ["critical", "high", "medium", "low", "info"];
    CONFIDENCES = ["high", "medium", "low"];
    VALIDATORS = [
      "github-checksum",
      "npm-checksum",
      "pem-private-key",
      "jwt",
      "aws-access-key-id",
      "base64-json",
      "grafana-api-key"
    ];
  }
});

// src/cli/options.ts
var STDIN_ARG, DEFAULT_MAX_FILE_SIZE, COMMON_OPTIONS, IGNORE_OPTION, withCommonOptions, camel, parseSimpleOptions, shownNumber, MAX_RULE_TIMEOUT_S, ruleTimeoutOf, maxFileSizeOf, redactPercentOf, readCommonOptions;
var init_options = __esm({
  "src/cli/options.ts"() {
    "use strict";
    init_errors();
    init_report();
    init_types();
    STDIN_ARG = "\0stdin";
    DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
    COMMON_OPTIONS = [
      { name: "config", type: "string", describe: "config file (default: .leakgate.toml at the repository root)" },
      { name: "baseline", type: "string", describe: "baseline file (default: .leakgate-baseline.json when present); --no-baseline ignores it" },
      { name: "format", type: "string", alias: "f", choices: FORMATS, default: "text", describe: "report format" },
      { name: "output", type: "string", alias: "o", describe: "write the report to this file instead of stdout" },
      { name: "redact", type: "boolean", default: true, describe: "mask secrets in every output; --redact=N masks N% of each (gitleaks); --no-redact shows them" },
      { name: "redact-percent", type: "number", default: 100, describe: "set by --redact=N", hidden: true },
      { name: "color", type: "boolean", describe: "colour the text report (default: on a terminal, unless NO_COLOR)" },
      { name: "progress", type: "boolean", describe: "show progress on a terminal" },
      { name: "max-file-size", type: "number", default: DEFAULT_MAX_FILE_SIZE, describe: "skip files larger than this many bytes (noted in the summary)" },
      { name: "quiet", type: "boolean", alias: "q", default: false, describe: "print only findings" },
      { name: "verbose", type: "boolean", default: false, describe: "say what was suppressed and why" },
      { name: "include-invalid", type: "boolean", default: false, describe: "also report tokens whose checksum fails" },
      { name: "report-unused", type: "boolean", default: false, describe: "list baseline entries that no finding matched" },
      { name: "confidence", type: "string", choices: CONFIDENCES, describe: "report findings of at least this confidence: high, medium (default) or low" },
      { name: "baseline-path", type: "string", describe: "a gitleaks JSON report whose findings are known (migrating from gitleaks; .gitleaksignore is honoured too)" },
      { name: "rule-timeout", type: "number", default: 60, describe: "stop the scan (exit 2) if a rule runs longer than this many seconds on one batch of files" }
    ];
    IGNORE_OPTION = { name: "ignore", type: "boolean", default: true, describe: "honour .gitignore (--no-ignore scans ignored files too)" };
    withCommonOptions = (y) => {
      let out = y;
      for (const spec of COMMON_OPTIONS) {
        const type = spec.name === "baseline" ? void 0 : spec.type;
        out = out.option(spec.name, {
          ...type ? { type } : {},
          ...spec.alias ? { alias: spec.alias } : {},
          ...spec.default !== void 0 ? { default: spec.default } : {},
          ...spec.choices ? { choices: spec.choices } : {},
          ...spec.hidden ? { hidden: true } : {},
          describe: spec.describe
        });
      }
      return out;
    };
    camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    parseSimpleOptions = (argv, specs, positional = false) => {
      const byName = /* @__PURE__ */ new Map();
      for (const spec of specs) {
        byName.set(spec.name, spec);
        if (spec.alias) byName.set(spec.alias, spec);
      }
      const args = {};
      for (const spec of specs) if (spec.default !== void 0) args[camel(spec.name)] = spec.default;
      const paths = [];
      if (positional) args["paths"] = paths;
      for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (positional && (arg === "-" || arg !== "" && !arg.startsWith("-"))) {
          paths.push(arg);
          continue;
        }
        const m = /^--?(no-)?([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
        if (!m) return void 0;
        const [, negated, name = "", inline] = m;
        const spec = byName.get(name);
        if (!spec || arg.startsWith("--") !== name.length > 1) return void 0;
        if (negated) {
          if (spec.type !== "boolean" && spec.name !== "baseline") return void 0;
          args[camel(spec.name)] = false;
          continue;
        }
        if (spec.type === "boolean") {
          if (inline !== void 0) return void 0;
          args[camel(spec.name)] = true;
          continue;
        }
        const value = inline ?? argv[++i];
        if (value === void 0 || spec.choices && !spec.choices.includes(value)) return void 0;
        if (spec.type === "number" && !/^\d+$/.test(value)) return void 0;
        args[camel(spec.name)] = spec.type === "number" ? Number(value) : value;
      }
      return args;
    };
    shownNumber = (value) => typeof value === "number" && Number.isNaN(value) ? "a value that is not a number" : String(value);
    MAX_RULE_TIMEOUT_S = 2147483;
    ruleTimeoutOf = (value) => {
      if (value === void 0) return 60;
      if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
        throw new LeakgateError("usage", `--rule-timeout must be a number of seconds above 0, 60 by default (got ${shownNumber(value)})`);
      }
      return Math.min(value, MAX_RULE_TIMEOUT_S);
    };
    maxFileSizeOf = (value) => {
      if (value === void 0) return DEFAULT_MAX_FILE_SIZE;
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
        throw new LeakgateError("usage", `--max-file-size must be a whole number of bytes, ${DEFAULT_MAX_FILE_SIZE} by default (got ${shownNumber(value)})`);
      }
      return value;
    };
    redactPercentOf = (value) => {
      if (value === void 0) return 100;
      if (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 100) return value;
      throw new LeakgateError("usage", `--redact=${String(value)}: give the percent of each secret to mask, 1 to 100`);
    };
    readCommonOptions = (args) => {
      const baseline = args["baseline"];
      return {
        config: args["config"],
        baseline: baseline === false ? false : typeof baseline === "string" ? baseline : void 0,
        format: args["format"],
        // "-o -" means stdout.
        output: args["output"] === STDIN_ARG ? void 0 : args["output"],
        redact: args["redact"] !== false,
        redactPercent: redactPercentOf(args["redactPercent"]),
        color: args["color"],
        progress: args["progress"],
        maxFileSize: maxFileSizeOf(args["maxFileSize"]),
        quiet: args["quiet"] === true,
        verbose: args["verbose"] === true,
        includeInvalid: args["includeInvalid"] === true,
        reportUnused: args["reportUnused"] === true,
        confidence: args["confidence"],
        ruleTimeout: ruleTimeoutOf(args["ruleTimeout"]),
        gitleaksBaseline: args["baselinePath"]
      };
    };
  }
});

// src/read-own-file.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from "node:fs";
var OWN_FILE_LIMIT, OwnFileError, readRegularFile, readOwnFile, presentAt, whyUnreadable;
var init_read_own_file = __esm({
  "src/read-own-file.ts"() {
    "use strict";
    OWN_FILE_LIMIT = 64 * 1024 * 1024;
    OwnFileError = class extends Error {
      code;
      /** The file's size, when it was too large (EFBIG). */
      size;
      constructor(code, message, size) {
        super(message);
        this.code = code;
        this.size = size;
      }
    };
    readRegularFile = (path, limit) => {
      const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
      try {
        const stats = fstatSync(fd);
        if (!stats.isFile()) throw new OwnFileError("ENOTREG", "not a regular file");
        if (stats.size > limit) throw new OwnFileError("EFBIG", `larger than ${limit} bytes`, stats.size);
        const buffer = new Uint8Array(new ArrayBuffer(stats.size));
        let read = 0;
        while (read < stats.size) {
          const n = readSync(fd, buffer, read, stats.size - read, read);
          if (n === 0) break;
          read += n;
        }
        return read === stats.size ? buffer : buffer.slice(0, read);
      } finally {
        closeSync(fd);
      }
    };
    readOwnFile = (path, limit = OWN_FILE_LIMIT) => Buffer.from(readRegularFile(path, limit)).toString("utf8");
    presentAt = (path) => {
      try {
        lstatSync(path);
        return true;
      } catch {
        return false;
      }
    };
    whyUnreadable = (error) => {
      const code = error.code;
      if (code === "ENOENT") return "no such file";
      if (code === "ELOOP") return "a symbolic link (not followed)";
      if (code === "ENOTREG") return "not a regular file";
      if (error instanceof OwnFileError) return error.message;
      return code ?? String(error);
    };
  }
});

// src/rules/translate-regex.ts
var POSIX_CLASSES, escapeLiteral, takeLeadingFlags, translateEscape, translateGroupOpen, translatePosixClass, PLAIN, translateRegex;
var init_translate_regex = __esm({
  "src/rules/translate-regex.ts"() {
    "use strict";
    POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      ascii: "\\x00-\\x7F",
      blank: "\\t ",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "!-~",
      lower: "a-z",
      print: " -~",
      punct: "!-\\/:-@\\[-`{-~",
      space: "\\t\\n\\v\\f\\r ",
      upper: "A-Z",
      word: "0-9A-Za-z_",
      xdigit: "0-9A-Fa-f"
    };
    escapeLiteral = (text) => text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
    takeLeadingFlags = (pattern2, flags2) => {
      let rest = pattern2;
      for (let m = /^\(\?([a-zA-Z]+)\)/.exec(rest); m; m = /^\(\?([a-zA-Z]+)\)/.exec(rest)) {
        for (const flag of m[1] ?? "") {
          if (flag === "U") return { reason: "the ungreedy flag (?U) has no JavaScript equivalent" };
          if (!"ims".includes(flag)) return { reason: `unknown inline flag "${flag}"` };
          flags2.add(flag);
        }
        rest = rest.slice(m[0].length);
      }
      return rest;
    };
    translateEscape = (pattern2, i, state) => {
      const next = pattern2[i + 1];
      if (next === void 0) return { reason: "the pattern ends with a lone backslash" };
      if (next === "z") state.out += "(?![\\s\\S])";
      else if (next === "A") state.out += "(?<![\\s\\S])";
      else if (next === "C") return { reason: "\\C (any byte) has no JavaScript equivalent" };
      else if (next === "Q") {
        const end = pattern2.indexOf("\\E", i + 2);
        const literal = pattern2.slice(i + 2, end === -1 ? pattern2.length : end);
        state.out += escapeLiteral(literal);
        return end === -1 ? pattern2.length : end + 2;
      } else if (next === "x" && pattern2[i + 2] === "{") {
        const end = pattern2.indexOf("}", i + 3);
        const hex = pattern2.slice(i + 3, end);
        if (end === -1 || !/^[0-9a-fA-F]{1,6}$/.test(hex)) return { reason: "malformed \\x{\u2026} escape" };
        state.out += `\\u{${hex}}`;
        state.flags.add("u");
        return end + 1;
      } else if ((next === "p" || next === "P") && pattern2[i + 2] !== "{") {
        state.out += `\\${next}{${pattern2[i + 2] ?? ""}}`;
        state.flags.add("u");
        return i + 3;
      } else {
        if (next === "p" || next === "P") state.flags.add("u");
        state.out += `\\${next}`;
      }
      return i + 2;
    };
    translateGroupOpen = (pattern2, i, state) => {
      const rest = pattern2.slice(i);
      const named = /^\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
      if (named) {
        state.out += `(?<${named[1] ?? ""}>`;
        return i + named[0].length;
      }
      const flagged = /^\(\?([a-zA-Z-]*)(:|\))/.exec(rest);
      if (flagged && flagged[1] !== "") {
        const flags2 = flagged[1] ?? "";
        if (flags2.includes("-") || flags2.includes("U")) {
          return { reason: `inline flags "(?${flags2}" cannot be translated; remove them` };
        }
        for (const flag of flags2) state.flags.add(flag);
        state.out += flagged[2] === ":" ? "(?:" : "";
        return i + flagged[0].length;
      }
      state.out += "(";
      return i + 1;
    };
    translatePosixClass = (pattern2, i, state) => {
      const m = /^\[:(\^?)([a-z]+):\]/.exec(pattern2.slice(i));
      if (!m) return void 0;
      const body = POSIX_CLASSES[m[2] ?? ""];
      if (body === void 0 || m[1] === "^") return void 0;
      state.out += body;
      return i + m[0].length;
    };
    PLAIN = /\(\?(?![:=!]|<[=!A-Za-z_])|\\[zACQxpP]|\[:/;
    translateRegex = (pattern2) => {
      const flags2 = /* @__PURE__ */ new Set();
      const rest = takeLeadingFlags(pattern2, flags2);
      if (typeof rest !== "string") return { ok: false, reason: rest.reason };
      if (!PLAIN.test(rest)) return { ok: true, source: rest, flags: [...flags2].sort().join("") };
      const state = { out: "", flags: flags2, inClass: false };
      let i = 0;
      while (i < rest.length) {
        const ch = rest[i];
        let next;
        if (ch === "\\") next = translateEscape(rest, i, state);
        else if (state.inClass && ch === "[") next = translatePosixClass(rest, i, state);
        else if (!state.inClass && ch === "(" && rest[i + 1] === "?") next = translateGroupOpen(rest, i, state);
        if (next === void 0) {
          if (ch === "[" && !state.inClass) {
            state.inClass = true;
            state.out += rest[i + 1] === "]" ? "[\\]" : "[";
            next = rest[i + 1] === "]" ? i + 2 : i + 1;
          } else {
            if (ch === "]" && state.inClass) state.inClass = false;
            state.out += ch;
            next = i + 1;
          }
        }
        if (typeof next !== "number") return { ok: false, reason: next.reason };
        i = next;
      }
      return { ok: true, source: state.out, flags: [...flags2].sort().join("") };
    };
  }
});

// src/rules/compile-pattern.ts
import { createRequire } from "node:module";
var compileRegex, micromatch, loadMicromatch, looksLikeRegex, simpleBasenameMatcher, compilePathMatcher;
var init_compile_pattern = __esm({
  "src/rules/compile-pattern.ts"() {
    "use strict";
    init_errors();
    init_translate_regex();
    compileRegex = (pattern2, where, extraFlags = "") => {
      const translated = translateRegex(pattern2);
      if (!translated.ok) {
        throw new LeakgateError("rules", `${where}: regex cannot be used: ${translated.reason}`);
      }
      const flags2 = [...new Set(translated.flags + extraFlags)].sort().join("");
      try {
        return new RegExp(translated.source, flags2);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const reason = /^Invalid regular expression: \/[\s\S]*\/[a-z]*: ([^:]+)$/.exec(message)?.[1] ?? "invalid syntax";
        throw new LeakgateError("rules", `${where}: regex does not compile: ${reason}`, { cause: error });
      }
    };
    loadMicromatch = () => {
      micromatch ??= createRequire(import.meta.url)("micromatch");
      return micromatch;
    };
    looksLikeRegex = (pattern2) => /[\\^$()|+]|\.\*|\.\?/.test(pattern2);
    simpleBasenameMatcher = (pattern2) => {
      const m = /^([A-Za-z0-9._-]*)(\*?)([A-Za-z0-9._-]*)$/.exec(pattern2);
      if (!m || pattern2 === "") return void 0;
      const [, head = "", star, tail = ""] = m;
      let slow;
      const odd = (path) => (slow ??= loadMicromatch().matcher(pattern2, { dot: true, basename: true }))(path);
      return (path) => {
        const name = path.slice(path.lastIndexOf("/") + 1);
        if (name === "" || name === "." || name === "..") return odd(path);
        if (!star) return name === head;
        return name.length >= head.length + tail.length && name.startsWith(head) && name.endsWith(tail);
      };
    };
    compilePathMatcher = (pattern2, where) => {
      if (looksLikeRegex(pattern2)) {
        const regex2 = compileRegex(pattern2, where);
        return { source: pattern2, test: (path) => regex2.test(path) };
      }
      if (pattern2 === "") throw new LeakgateError("rules", `${where}: an empty path pattern matches nothing: remove it`);
      const simple = simpleBasenameMatcher(pattern2);
      if (simple) return { source: pattern2, test: simple };
      try {
        const isMatch = loadMicromatch().matcher(pattern2, { dot: true, basename: !pattern2.includes("/") });
        return { source: pattern2, test: (path) => isMatch(path) };
      } catch (error) {
        const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
        throw new LeakgateError("rules", `${where}: path pattern cannot be used: ${reason}`, { cause: error });
      }
    };
  }
});

// src/rules/compile-rule.ts
var compileAllowlist, groupCount, windowOf, compileRule;
var init_compile_rule = __esm({
  "src/rules/compile-rule.ts"() {
    "use strict";
    init_compile_pattern();
    compileAllowlist = (spec, where) => ({
      description: spec.description,
      condition: spec.condition,
      regexes: spec.regexes.map((pattern2) => compileRegex(pattern2, where)),
      regexTarget: spec.regexTarget,
      stopwords: spec.stopwords,
      paths: spec.paths.map((pattern2) => compilePathMatcher(pattern2, where)),
      commits: spec.commits,
      targetRules: spec.targetRules ?? [],
      targetTags: spec.targetTags ?? []
    });
    groupCount = (regex2) => (new RegExp(`${regex2.source}|`, regex2.flags).exec("")?.length ?? 1) - 1;
    windowOf = (source, multiline) => {
      if (multiline || /\\n|\\r|\[\\s\\S\]|-----BEGIN/.test(source)) return "block";
      return /\\s/.test(source) ? "lines" : "line";
    };
    compileRule = (spec) => {
      const where = `${spec.file}: rule "${spec.id}"`;
      const regex2 = compileRegex(spec.regex ?? "^", where, "g");
      return {
        id: spec.id,
        description: spec.description,
        regex: regex2,
        secretGroup: spec.secretGroup,
        keywords: spec.keywords,
        entropy: spec.entropy,
        window: windowOf(regex2.source, spec.multiline),
        anchoredAt: spec.anchored && spec.regex !== void 0 ? new RegExp(regex2.source, `${regex2.flags.replace("g", "")}y`) : void 0,
        pathOnly: spec.regex === void 0,
        path: spec.path === void 0 ? void 0 : compilePathMatcher(spec.path, where),
        allowlists: spec.allowlists.map((allowlist) => compileAllowlist(allowlist, where)),
        severity: spec.severity,
        validate: spec.validate,
        references: spec.references,
        tags: spec.tags,
        chosen: spec.chosen,
        assignment: spec.assignment,
        confidence: spec.confidence
      };
    };
  }
});

// src/config/compile-config.ts
var compileConfig;
var init_compile_config = __esm({
  "src/config/compile-config.ts"() {
    "use strict";
    init_compile_rule();
    compileConfig = (specs, file, ownRules = 0, confidence) => ({
      ...confidence ? { confidence } : {},
      rules: specs.rules.map(compileRule),
      allowlists: specs.allowlists.map(({ spec, where }) => compileAllowlist(spec, where)),
      file,
      ownRules,
      specs
    });
  }
});

// src/config/rule-id-check.ts
var distance, closeIds, checkRuleIds;
var init_rule_id_check = __esm({
  "src/config/rule-id-check.ts"() {
    "use strict";
    init_errors();
    distance = (a, b) => {
      let row = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++) next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
        row = next;
      }
      return row[b.length] ?? 0;
    };
    closeIds = (unknown, known) => {
      const words = unknown.toLowerCase().split(/[-_]/).filter((word) => word.length > 2);
      const score = (id) => {
        if (id.includes(unknown)) return 0;
        const d = distance(unknown, id);
        if (d <= Math.max(2, unknown.length / 4)) return d;
        return words.length > 0 && words.every((word) => id.includes(word)) ? 10 : Number.POSITIVE_INFINITY;
      };
      return known.map((id) => ({ id, s: score(id) })).filter(({ s }) => Number.isFinite(s)).sort((a, b) => a.s - b.s || a.id.localeCompare(b.id)).slice(0, 5).map(({ id }) => id);
    };
    checkRuleIds = (ids, known, file, where) => {
      for (const id of ids) {
        if (known.has(id)) continue;
        const close = closeIds(id, [...known]);
        const hint = close.length > 0 ? `did you mean ${close.map((name) => `"${name}"`).join(", ")}?` : "see `leakgate rules list` for the ids";
        throw new LeakgateError("config", `${file}: ${where}: no rule has the id "${id}": ${hint}`);
      }
    };
  }
});

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError;
var init_error = __esm({
  "node_modules/smol-toml/dist/error.js"() {
    TomlError = class _TomlError extends Error {
      line;
      column;
      codeblock;
      constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}

${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
      }
      /** @internal */
      static x(message, ctx, ptr) {
        throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
      }
    };
  }
});

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}
var init_primitive = __esm({
  "node_modules/smol-toml/dist/primitive.js"() {
    init_error();
  }
});

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE, TomlDate;
var init_date = __esm({
  "node_modules/smol-toml/dist/date.js"() {
    DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
    TomlDate = class _TomlDate extends Date {
      #hasDate = false;
      #hasTime = false;
      #offset = null;
      constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = "Z";
        let c;
        if (typeof date === "string") {
          if (fasttype)
            prep: {
              if (fasttype < 3) {
                if (+date.slice(11, 13) > 23) {
                  date = "";
                  break prep;
                }
                if (fasttype === 2) {
                  offset = null;
                  date += "Z";
                } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
                  offset = date.slice(date.length - 6);
                }
                if (unsafeDelim)
                  date = date.slice(0, 10) + "T" + date.slice(11);
              } else if (fasttype === 4) {
                date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
              }
              hasDate = fasttype !== 4;
              hasTime = fasttype !== 3;
            }
          else {
            let match = date.match(DATE_TIME_RE);
            if (match) {
              if (!match[1]) {
                hasDate = false;
                date = `0000-01-01T${date}`;
              }
              hasTime = !!match[2];
              hasTime && date[10] === " " && (date = date.replace(" ", "T"));
              if (match[2] && +match[2] > 23) {
                date = "";
              } else {
                offset = match[3] || null;
                if (!offset && hasTime)
                  date += "Z";
              }
            } else {
              date = "";
            }
          }
        }
        super(date);
        if (!isNaN(this.getTime())) {
          this.#hasDate = hasDate;
          this.#hasTime = hasTime;
          this.#offset = offset;
        }
      }
      isDateTime() {
        return this.#hasDate && this.#hasTime;
      }
      isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
      }
      isDate() {
        return this.#hasDate && !this.#hasTime;
      }
      isTime() {
        return this.#hasTime && !this.#hasDate;
      }
      isValid() {
        return this.#hasDate || this.#hasTime;
      }
      toISOString() {
        let iso = super.toISOString();
        if (this.isDate())
          return iso.slice(0, 10);
        if (this.isTime())
          return iso.slice(11, 23);
        if (this.#offset === null)
          return iso.slice(0, -1);
        if (this.#offset === "Z" || this.#offset === "z")
          return iso;
        let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
        offset = this.#offset[0] === "-" ? offset : -offset;
        let offsetDate = new Date(this.getTime() - offset * 6e4);
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
      }
      static wrapAsOffsetDateTime(jsDate, offset = "Z") {
        let date = new _TomlDate(jsDate);
        date.#offset = offset;
        return date;
      }
      static wrapAsLocalDateTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#offset = null;
        return date;
      }
      static wrapAsLocalDate(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
      }
      static wrapAsLocalTime(jsDate) {
        let date = new _TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
      }
    };
  }
});

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start2 = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start2, ctx.p);
  return readDate(ctx, t, 4, false, start2);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}
var init_extract = __esm({
  "node_modules/smol-toml/dist/extract.js"() {
    init_primitive();
    init_struct();
    init_error();
    init_date();
  }
});

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}
var init_util = __esm({
  "node_modules/smol-toml/dist/util.js"() {
    init_error();
  }
});

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}
var init_struct = __esm({
  "node_modules/smol-toml/dist/struct.js"() {
    init_primitive();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}
var init_parse = __esm({
  "node_modules/smol-toml/dist/parse.js"() {
    init_struct();
    init_extract();
    init_util();
    init_error();
  }
});

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED;
var init_stringify = __esm({
  "node_modules/smol-toml/dist/stringify.js"() {
    HAS_WELLFORMED = !!"".isWellFormed;
  }
});

// node_modules/smol-toml/dist/index.js
var init_dist = __esm({
  "node_modules/smol-toml/dist/index.js"() {
    init_parse();
    init_stringify();
    init_date();
    init_error();
  }
});

// src/rules/toml-fields.ts
var fail, isTable, checkKeys, optString, reqString, optNumber, optBoolean, stringList, tableList, oneOf;
var init_toml_fields = __esm({
  "src/rules/toml-fields.ts"() {
    "use strict";
    init_errors();
    fail = (place, message) => {
      throw new LeakgateError("rules", `${place.file}: ${place.where}: ${message}`);
    };
    isTable = (value) => typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
    checkKeys = (table, allowed, place) => {
      for (const key of Object.keys(table)) {
        if (!allowed.has(key)) fail(place, `unknown key "${key}"`);
      }
    };
    optString = (table, key, place) => {
      const value = table[key];
      if (value === void 0) return void 0;
      if (typeof value !== "string") return fail(place, `"${key}" must be a string`);
      return value;
    };
    reqString = (table, key, place) => {
      const value = optString(table, key, place);
      if (value === void 0 || value === "") return fail(place, `"${key}" is required`);
      return value;
    };
    optNumber = (table, key, place) => {
      const value = table[key];
      if (value === void 0) return void 0;
      if (typeof value === "bigint") return Number(value);
      if (typeof value !== "number" || !Number.isFinite(value)) {
        return fail(place, `"${key}" must be a number`);
      }
      return value;
    };
    optBoolean = (table, key, place) => {
      const value = table[key];
      if (value === void 0) return void 0;
      if (typeof value !== "boolean") return fail(place, `"${key}" must be true or false`);
      return value;
    };
    stringList = (table, key, place) => {
      const value = table[key];
      if (value === void 0) return [];
      if (!Array.isArray(value) || !value.every((item) => typeof item === "string")) {
        return fail(place, `"${key}" must be a list of strings`);
      }
      return value;
    };
    tableList = (table, key, place) => {
      const value = table[key];
      if (value === void 0) return [];
      if (isTable(value)) return [value];
      if (!Array.isArray(value) || !value.every(isTable)) {
        return fail(place, `"${key}" must be a table or a list of tables`);
      }
      return value;
    };
    oneOf = (value, allowed, key, place) => {
      if (value === void 0) return void 0;
      if (!allowed.includes(value)) {
        return fail(place, `"${key}" must be one of ${allowed.join(", ")} (got "${value}")`);
      }
      return value;
    };
  }
});

// src/rules/rule-spec.ts
var ALLOWLIST_KEYS, RULE_KEYS, parseAllowlist, parseSamples, parseRuleSpec;
var init_rule_spec = __esm({
  "src/rules/rule-spec.ts"() {
    "use strict";
    init_types();
    init_toml_fields();
    ALLOWLIST_KEYS = /* @__PURE__ */ new Set([
      "description",
      "condition",
      "regexes",
      "regexTarget",
      "stopwords",
      "paths",
      "commits",
      "id",
      "targetRules",
      "targetTags"
    ]);
    RULE_KEYS = /* @__PURE__ */ new Set([
      "id",
      "description",
      "regex",
      "secretGroup",
      "keywords",
      "entropy",
      "multiline",
      "anchored",
      "path",
      "allowlist",
      "allowlists",
      "severity",
      "validate",
      "references",
      "tags",
      "examples",
      "negatives",
      "skipReport",
      "chosen",
      "assignment",
      "confidence"
    ]);
    parseAllowlist = (table, place) => {
      checkKeys(table, ALLOWLIST_KEYS, place);
      const condition = oneOf(optString(table, "condition", place)?.toUpperCase(), ["OR", "AND"], "condition", place);
      const regexTarget = oneOf(optString(table, "regexTarget", place), ["secret", "match", "line"], "regexTarget", place);
      return {
        description: optString(table, "description", place) ?? optString(table, "id", place) ?? "",
        condition: condition ?? "OR",
        regexes: stringList(table, "regexes", place),
        regexTarget: regexTarget ?? "secret",
        stopwords: stringList(table, "stopwords", place).map((word) => word.toLowerCase()),
        paths: stringList(table, "paths", place),
        commits: stringList(table, "commits", place),
        targetRules: stringList(table, "targetRules", place),
        targetTags: stringList(table, "targetTags", place)
      };
    };
    parseSamples = (table, key, place) => {
      const raw = table[key];
      if (raw === void 0) return [];
      if (!Array.isArray(raw)) return [{ text: reqString({}, `${key} as a list`, place), secret: void 0, path: void 0 }];
      return raw.map((item, index) => {
        if (typeof item === "string") return { text: item, secret: void 0, path: void 0 };
        const at = { ...place, where: `${place.where}: ${key}[${index}]` };
        if (!isTable(item)) return { text: reqString({}, "a string or a table", at), secret: void 0, path: void 0 };
        checkKeys(item, /* @__PURE__ */ new Set(["text", "secret", "path"]), at);
        return { text: optString(item, "text", at) ?? "", secret: optString(item, "secret", at), path: optString(item, "path", at) };
      });
    };
    parseRuleSpec = (table, file, index) => {
      const anonymous = { file, where: `rule #${index + 1}` };
      const id = reqString(table, "id", anonymous);
      const place = { file, where: `rule "${id}"` };
      checkKeys(table, RULE_KEYS, place);
      const regex2 = optString(table, "regex", place);
      const path = optString(table, "path", place);
      if (regex2 === void 0 && path === void 0) reqString(table, "regex", place);
      const secretGroup = optNumber(table, "secretGroup", place) ?? 0;
      if (!Number.isInteger(secretGroup) || secretGroup < 0) reqString({}, "secretGroup as a whole number \u2265 0", place);
      const allowlists = [...tableList(table, "allowlist", place), ...tableList(table, "allowlists", place)];
      const tags = stringList(table, "tags", place);
      return {
        id,
        description: optString(table, "description", place) ?? id,
        regex: regex2,
        secretGroup,
        keywords: stringList(table, "keywords", place).map((word) => word.toLowerCase()),
        entropy: optNumber(table, "entropy", place),
        multiline: optBoolean(table, "multiline", place) ?? false,
        anchored: optBoolean(table, "anchored", place) ?? false,
        path,
        allowlists: allowlists.map((item, n) => parseAllowlist(item, { file, where: `rule "${id}": allowlist #${n + 1}` })),
        severity: oneOf(optString(table, "severity", place), SEVERITIES, "severity", place) ?? "high",
        validate: oneOf(optString(table, "validate", place), VALIDATORS, "validate", place),
        references: stringList(table, "references", place),
        tags,
        chosen: optBoolean(table, "chosen", place) ?? tags.includes("generic"),
        assignment: optBoolean(table, "assignment", place) ?? false,
        confidence: oneOf(optString(table, "confidence", place), CONFIDENCES, "confidence", place),
        examples: parseSamples(table, "examples", place),
        negatives: parseSamples(table, "negatives", place),
        file
      };
    };
  }
});

// src/rules/parse-ruleset.ts
var parseToml, parseRuleset;
var init_parse_ruleset = __esm({
  "src/rules/parse-ruleset.ts"() {
    "use strict";
    init_dist();
    init_errors();
    init_rule_spec();
    init_toml_fields();
    parseToml = (text, file) => {
      try {
        return parse(text);
      } catch (error) {
        if (error instanceof TomlError) {
          const reason = error.message.split("\n")[0]?.replace(/^Invalid TOML document: /, "") ?? "invalid TOML";
          throw new LeakgateError("config", `${file}:${error.line}:${error.column}: ${reason}`, { cause: error });
        }
        throw error;
      }
    };
    parseRuleset = (text, file) => {
      const table = parseToml(text, file);
      const place = { file, where: "top level" };
      const rules = tableList(table, "rules", place).map((rule, index) => parseRuleSpec(rule, file, index));
      const allowlists = [...tableList(table, "allowlist", place), ...tableList(table, "allowlists", place)].map(
        (allowlist, index) => parseAllowlist(allowlist, { file, where: `allowlist #${index + 1}` })
      );
      return { rules, allowlists, table };
    };
  }
});

// src/package-file.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var root, packageRoot, packageFile;
var init_package_file = __esm({
  "src/package-file.ts"() {
    "use strict";
    packageRoot = () => {
      if (root !== void 0) return root;
      const here = dirname(fileURLToPath(import.meta.url));
      for (let dir = here; ; dir = dirname(dir)) {
        if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "rules"))) return root = dir;
        if (dirname(dir) === dir) return root = join(here, "..");
      }
    };
    packageFile = (name) => join(packageRoot(), name);
  }
});

// src/rules/rules-cache.ts
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join as join2 } from "node:path";
var ruleFiles, rulesDigest, readRulesCache;
var init_rules_cache = __esm({
  "src/rules/rules-cache.ts"() {
    "use strict";
    ruleFiles = (dir) => readdirSync(dir).filter((name) => name.endsWith(".toml")).sort();
    rulesDigest = (dir, files = ruleFiles(dir)) => {
      const hash2 = createHash("sha256");
      for (const name of files) hash2.update(name).update("\0").update(readFileSync(join2(dir, name))).update("\0");
      return hash2.digest("hex");
    };
    readRulesCache = (path, digest) => {
      try {
        const cache = JSON.parse(readFileSync(path, "utf8"));
        return cache.digest === digest ? cache.library : void 0;
      } catch {
        return void 0;
      }
    };
  }
});

// src/rules/load-rules.ts
import { join as join3, relative } from "node:path";
var builtinRulesDir, readRuleFile, rulesCachePath, loadBuiltinRules, parseRuleFiles;
var init_load_rules = __esm({
  "src/rules/load-rules.ts"() {
    "use strict";
    init_read_own_file();
    init_package_file();
    init_errors();
    init_parse_ruleset();
    init_rules_cache();
    builtinRulesDir = () => packageFile("rules");
    readRuleFile = (path, shownAs = path) => {
      let text;
      try {
        text = readOwnFile(path);
      } catch (error) {
        throw new LeakgateError("rules", `cannot read rules file ${shownAs}: ${whyUnreadable(error)}`, { cause: error });
      }
      const { rules, allowlists } = parseRuleset(text, shownAs);
      return { rules, allowlists };
    };
    rulesCachePath = () => packageFile(join3("lib", "rules-cache.json"));
    loadBuiltinRules = (dir = builtinRulesDir()) => {
      const files = ruleFiles(dir);
      const cached2 = readRulesCache(rulesCachePath(), rulesDigest(dir, files));
      return cached2 ?? parseRuleFiles(dir, files);
    };
    parseRuleFiles = (dir, files = ruleFiles(dir)) => {
      const rules = [];
      const allowlists = [];
      for (const name of files) {
        const library = readRuleFile(join3(dir, name), relative(process.cwd(), join3(dir, name)) || name);
        rules.push(...library.rules);
        allowlists.push(...library.allowlists);
      }
      return { rules, allowlists };
    };
  }
});

// src/config/load-config.ts
import { dirname as dirname2, join as join4, relative as relative2, resolve } from "node:path";
var TOP_KEYS, EXTEND_KEYS, findConfigFile, readConfigText, extendSection, asConfigError, MAX_EXTEND_DEPTH, readExtended, readLayer, OWN_PACKAGE, loadConfig;
var init_load_config = __esm({
  "src/config/load-config.ts"() {
    "use strict";
    init_read_own_file();
    init_errors();
    init_compile_config();
    init_rule_id_check();
    init_parse_ruleset();
    init_rule_spec();
    init_load_rules();
    init_toml_fields();
    init_types();
    TOP_KEYS = /* @__PURE__ */ new Set(["title", "description", "extend", "rules", "allowlist", "allowlists", "minVersion", "confidence"]);
    EXTEND_KEYS = /* @__PURE__ */ new Set(["useDefault", "disabledRules", "path", "url"]);
    findConfigFile = (root2, explicit) => {
      if (explicit !== void 0) return explicit;
      for (const name of [".leakgate.toml", ".gitleaks.toml"]) {
        const candidate = join4(root2, name);
        if (presentAt(candidate)) return candidate;
      }
      return void 0;
    };
    readConfigText = (path, shown) => {
      try {
        return readOwnFile(path);
      } catch (error) {
        throw new LeakgateError("config", `cannot read config ${shown}: ${whyUnreadable(error)}`, { cause: error });
      }
    };
    extendSection = (table, file) => {
      const extend = table["extend"];
      if (extend === void 0) return { useDefault: void 0, disabled: [], path: void 0 };
      const place = { file, where: "[extend]" };
      if (!isTable(extend)) throw new LeakgateError("config", `${file}: [extend] must be a table`);
      checkKeys(extend, EXTEND_KEYS, place);
      if (extend["url"] !== void 0) {
        throw new LeakgateError("config", `${file}: [extend] url is not supported (a scan never fetches its config): download the file and give its path`);
      }
      return { useDefault: optBoolean(extend, "useDefault", place), disabled: stringList(extend, "disabledRules", place), path: optString(extend, "path", place) };
    };
    asConfigError = (error) => {
      if (error instanceof LeakgateError && error.code === "rules") {
        throw new LeakgateError("config", error.message, { cause: error });
      }
      throw error;
    };
    MAX_EXTEND_DEPTH = 2;
    readExtended = (file, from, cwd, builtin, depth) => {
      if (!presentAt(file)) throw new LeakgateError("config", `${from}: [extend] path: no such file (the path is relative to ${from})`);
      return readLayer(file, cwd, builtin, depth + 1);
    };
    readLayer = (file, cwd, builtin, depth) => {
      const shown = relative2(cwd, file) || file;
      const ruleset = parseRuleset(readConfigText(file, shown), shown);
      checkKeys(ruleset.table, TOP_KEYS, { file: shown, where: "top level" });
      const { useDefault, disabled, path } = extendSection(ruleset.table, shown);
      if (path !== void 0 && depth >= MAX_EXTEND_DEPTH) throw new LeakgateError("config", `${shown}: [extend] path: configs extend at most ${MAX_EXTEND_DEPTH} levels deep (as in gitleaks)`);
      const parent = path === void 0 ? void 0 : readExtended(resolve(dirname2(file), path), shown, cwd, builtin, depth);
      const withDefaults = useDefault ?? (ruleset.rules.length === 0 && parent === void 0);
      const base = [...withDefaults ? builtin.rules : [], ...parent?.rules ?? []];
      const available = new Set([...base, ...ruleset.rules].map((rule) => rule.id));
      checkRuleIds(disabled, available, shown, "[extend] disabledRules");
      ruleset.allowlists.forEach((allowlist, n) => checkRuleIds(allowlist.targetRules, available, shown, `allowlist #${n + 1} targetRules`));
      const byId = /* @__PURE__ */ new Map();
      for (const rule of [...base, ...ruleset.rules]) {
        byId.delete(rule.id);
        byId.set(rule.id, rule);
      }
      const rules = [...byId.values()].filter((rule) => !disabled.includes(rule.id));
      const allowlists = [...parent?.allowlists ?? [], ...ruleset.allowlists.map((spec, n) => ({ spec, where: `${shown}: allowlist #${n + 1}` }))];
      return { rules, allowlists, own: (parent?.own ?? 0) + ruleset.rules.length, table: ruleset.table };
    };
    OWN_PACKAGE = parseAllowlist({ description: "leakgate's own package (its rules and their examples)", paths: ["(^|/)node_modules/leakgate/"] }, { file: "leakgate", where: "own package" });
    loadConfig = (root2, explicit, cwd = process.cwd()) => {
      const builtin = loadBuiltinRules();
      const builtinAllowlists = [...builtin.allowlists, OWN_PACKAGE].map((spec) => ({ spec, where: "rules/" }));
      const file = findConfigFile(root2, explicit);
      if (file === void 0) return compileConfig({ rules: builtin.rules, allowlists: builtinAllowlists }, void 0);
      const shown = relative2(cwd, file) || file;
      try {
        const layer = readLayer(file, cwd, builtin, 0);
        const place = { file: shown, where: "top level" };
        const confidence = oneOf(optString(layer.table, "confidence", place), CONFIDENCES, "confidence", place);
        return compileConfig({ rules: layer.rules, allowlists: [...builtinAllowlists, ...layer.allowlists] }, shown, layer.own, confidence);
      } catch (error) {
        return asConfigError(error);
      }
    };
  }
});

// src/cli/config-for.ts
import { resolve as resolve2 } from "node:path";
var configFor;
var init_config_for = __esm({
  "src/cli/config-for.ts"() {
    "use strict";
    init_load_config();
    configFor = (io, options, root2) => {
      const file = options.config ?? (io.env["LEAKGATE_CONFIG"] || void 0);
      return loadConfig(root2, file === void 0 ? void 0 : resolve2(io.cwd, file), io.cwd);
    };
  }
});

// src/scan/consolidate-history.ts
var earlier, consolidateHistory;
var init_consolidate_history = __esm({
  "src/scan/consolidate-history.ts"() {
    "use strict";
    earlier = (a, b) => {
      const ca = a.commit?.committedAt ?? 0;
      const cb = b.commit?.committedAt ?? 0;
      if (ca !== cb) return ca < cb;
      const da = Date.parse(a.commit?.date ?? "");
      const db = Date.parse(b.commit?.date ?? "");
      return da !== db ? da < db : true;
    };
    consolidateHistory = (findings) => {
      const kept = /* @__PURE__ */ new Map();
      for (const finding of findings) {
        const entry = kept.get(finding.fingerprint);
        const sha2 = finding.commit?.sha ?? "";
        if (!entry) {
          kept.set(finding.fingerprint, { finding, commits: /* @__PURE__ */ new Set([sha2]) });
          continue;
        }
        entry.commits.add(sha2);
        if (earlier(finding, entry.finding)) entry.finding = finding;
      }
      return [...kept.values()].map(({ finding, commits }) => ({ ...finding, occurrences: commits.size }));
    };
  }
});

// src/sources/decode-content.ts
var SNIFF, utf8, utf16Without, decode16, isUtf8Text, decodeUtf8, decodeContent;
var init_decode_content = __esm({
  "src/sources/decode-content.ts"() {
    "use strict";
    SNIFF = 8e3;
    utf8 = new TextDecoder("utf-8");
    utf16Without = (bytes) => {
      const n = Math.min(bytes.length, SNIFF) & ~1;
      if (n < 8) return void 0;
      let evenZero = 0;
      let oddZero = 0;
      for (let i = 0; i < n; i += 2) {
        if (bytes[i] === 0) evenZero++;
        if (bytes[i + 1] === 0) oddZero++;
      }
      const pairs = n / 2;
      if (oddZero > pairs * 0.7 && evenZero < pairs * 0.05) return "utf-16le";
      if (evenZero > pairs * 0.7 && oddZero < pairs * 0.05) return "utf-16be";
      return void 0;
    };
    decode16 = (bytes, encoding, skip) => {
      const body = bytes.subarray(skip, skip + (bytes.length - skip & ~1));
      if (encoding === "utf-16le") return new TextDecoder("utf-16le").decode(body);
      const swapped = Buffer.from(body);
      swapped.swap16();
      return new TextDecoder("utf-16le").decode(swapped);
    };
    isUtf8Text = (bytes) => !(bytes[0] === 255 && bytes[1] === 254) && !(bytes[0] === 254 && bytes[1] === 255) && bytes.subarray(0, SNIFF).indexOf(0) === -1;
    decodeUtf8 = (bytes) => utf8.decode(bytes);
    decodeContent = (bytes) => {
      if (bytes[0] === 255 && bytes[1] === 254) return { kind: "text", text: decode16(bytes, "utf-16le", 2), encoding: "utf-16le" };
      if (bytes[0] === 254 && bytes[1] === 255) return { kind: "text", text: decode16(bytes, "utf-16be", 2), encoding: "utf-16be" };
      if (isUtf8Text(bytes)) {
        const skip = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
        return { kind: "text", text: utf8.decode(skip ? bytes.subarray(skip) : bytes), encoding: "utf-8" };
      }
      const utf16 = utf16Without(bytes);
      if (utf16) return { kind: "text", text: decode16(bytes, utf16, 0), encoding: utf16 };
      return { kind: "binary" };
    };
  }
});

// src/sources/git.ts
import { spawn } from "node:child_process";
var SAFE_CONFIG, SAFE_ARGS, gitEnv, notFound, failure, start, git, gitText, gitSucceeds, gitStream, openBlobReader;
var init_git = __esm({
  "src/sources/git.ts"() {
    "use strict";
    init_errors();
    SAFE_CONFIG = [
      "core.fsmonitor=false",
      "core.untrackedCache=false",
      "core.pager=cat",
      "core.quotepath=false",
      "diff.external=",
      "diff.noprefix=false",
      "diff.mnemonicPrefix=false",
      "diff.relative=false",
      "diff.renames=true",
      "color.ui=false",
      "log.showSignature=false",
      "log.follow=false",
      "core.splitIndex=false"
    ];
    SAFE_ARGS = ["--no-pager", ...SAFE_CONFIG.flatMap((setting) => ["-c", setting])];
    gitEnv = () => {
      const env3 = { ...process.env };
      for (const name of ["GIT_EXTERNAL_DIFF", "GIT_PAGER", "PAGER", "GIT_DIFF_OPTS", "GIT_TRACE", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT"]) {
        delete env3[name];
      }
      return { ...env3, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" };
    };
    notFound = (error) => new LeakgateError("git", "git is not installed or not on PATH: install git, or scan files with `leakgate scan`", { cause: error });
    failure = (args, stderr, code, signal) => {
      const detail = stderr.trim().split("\n").filter(Boolean).slice(-1)[0] ?? (signal ? `killed by ${signal}` : `exit code ${code}`);
      return new LeakgateError("git", `git ${args[0] ?? ""} failed: ${detail.replace(/^(fatal|error): /, "")}`, { cause: new Error(stderr) });
    };
    start = (args, cwd, stdin) => spawn("git", [...SAFE_ARGS, ...args], {
      cwd,
      env: gitEnv(),
      stdio: [stdin ? "pipe" : "ignore", "pipe", "pipe"],
      windowsHide: true
    });
    git = (args, cwd, input) => new Promise((resolvePromise, reject) => {
      const child = start(args, cwd, input !== void 0);
      const out = [];
      let err = "";
      child.stdout.on("data", (chunk) => out.push(chunk));
      child.stderr.on("data", (chunk) => err += chunk.toString());
      child.on("error", (error) => reject(error.code === "ENOENT" ? notFound(error) : error));
      child.on("close", (code, signal) => {
        if (code === 0) resolvePromise(Buffer.concat(out));
        else reject(failure(args, err, code, signal));
      });
      if (input !== void 0) child.stdin?.end(input);
    });
    gitText = async (args, cwd) => (await git(args, cwd)).toString("utf8");
    gitSucceeds = async (args, cwd) => {
      try {
        await git(args, cwd);
        return true;
      } catch (error) {
        if (error instanceof LeakgateError && error.message.startsWith("git is not installed")) throw error;
        return false;
      }
    };
    gitStream = (args, cwd) => {
      const child = start(args, cwd, false);
      let err = "";
      child.stderr.on("data", (chunk) => {
        if (err.length < 65536) err += chunk.toString();
      });
      const done = new Promise((resolvePromise, reject) => {
        child.on("error", (error) => reject(error.code === "ENOENT" ? notFound(error) : error));
        child.on("close", (code, signal) => {
          if (code === 0) resolvePromise();
          else reject(failure(args, err, code, signal));
        });
      });
      done.catch(() => void 0);
      return { stdout: child.stdout, done, kill: () => child.kill("SIGTERM") };
    };
    openBlobReader = (cwd) => {
      const child = start(["cat-file", "--batch"], cwd, true);
      let buffer = Buffer.alloc(0);
      const waiting = [];
      let failed;
      const pump = () => {
        while (waiting.length > 0) {
          const newline = buffer.indexOf(10);
          if (newline === -1) return;
          const header = buffer.subarray(0, newline).toString("utf8");
          if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
            buffer = buffer.subarray(newline + 1);
            waiting.shift()(void 0);
            continue;
          }
          const size = Number(header.split(" ")[2]);
          if (buffer.length < newline + 1 + size + 1) return;
          const content = Buffer.from(buffer.subarray(newline + 1, newline + 1 + size));
          buffer = buffer.subarray(newline + 1 + size + 1);
          waiting.shift()(content);
        }
      };
      child.stdout.on("data", (chunk) => {
        buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
        pump();
      });
      let stderr = "";
      child.stderr.on("data", (chunk) => {
        if (stderr.length < 4096) stderr += chunk.toString();
      });
      const abandon = (error) => {
        failed ??= error;
        for (const resolveWaiting of waiting.splice(0)) rejectors.get(resolveWaiting)?.(failed);
      };
      const closed = new Promise(
        (resolvePromise) => child.on("close", (code, signal) => {
          abandon(failure(["cat-file", "--batch"], stderr || "it stopped before answering", code, signal));
          resolvePromise();
        })
      );
      child.on("error", (error) => abandon(error.code === "ENOENT" ? notFound(error) : error));
      child.stdin?.on("error", () => void 0);
      const rejectors = /* @__PURE__ */ new Map();
      return {
        read: (spec) => new Promise((resolvePromise, reject) => {
          if (failed) return reject(failed);
          if (/[\n\r]/.test(spec)) return resolvePromise(void 0);
          const settle = (value) => {
            rejectors.delete(settle);
            resolvePromise(value);
          };
          rejectors.set(settle, reject);
          waiting.push(settle);
          child.stdin?.write(`${spec}
`);
        }),
        close: async () => {
          child.stdin?.end();
          await closed;
        }
      };
    };
  }
});

// src/sources/read-ahead.ts
async function* readAhead(stream, high = HIGH, low = LOW) {
  const queue = [];
  let queued = 0;
  let ended = false;
  let failure2;
  let wake;
  const signal = () => {
    wake?.();
    wake = void 0;
  };
  stream.on("data", (chunk) => {
    queue.push(chunk);
    queued += chunk.length;
    if (queued >= high) stream.pause();
    signal();
  });
  stream.on("end", () => {
    ended = true;
    signal();
  });
  stream.on("error", (error) => {
    failure2 = error;
    signal();
  });
  stream.on("close", () => {
    ended = true;
    signal();
  });
  for (; ; ) {
    const chunk = queue.shift();
    if (chunk !== void 0) {
      queued -= chunk.length;
      if (queued <= low && stream.isPaused()) stream.resume();
      yield chunk;
      continue;
    }
    if (failure2 !== void 0) throw failure2;
    if (ended) return;
    await new Promise((resolve15) => {
      wake = resolve15;
    });
  }
}
var HIGH, LOW;
var init_read_ahead = __esm({
  "src/sources/read-ahead.ts"() {
    "use strict";
    HIGH = 32 * 1024 * 1024;
    LOW = 8 * 1024 * 1024;
  }
});

// src/sources/parse-diff.ts
var COMMIT_FORMAT, COMMIT_MARK, ESCAPES, unquotePath, pathsOfGitHeader, stripPrefix, createDiffParser;
var init_parse_diff = __esm({
  "src/sources/parse-diff.ts"() {
    "use strict";
    COMMIT_FORMAT = "%x00%x00%H%x00%an%x00%ae%x00%aI%x00%ct%x00%P%x00%s";
    COMMIT_MARK = "\0\0";
    ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
    unquotePath = (quoted) => {
      if (!quoted.startsWith('"')) return quoted;
      const bytes = [];
      for (let i = 1; i < quoted.length; i++) {
        const ch = quoted[i];
        if (ch === '"') break;
        if (ch !== "\\") {
          const point = quoted.codePointAt(i);
          bytes.push(...Buffer.from(String.fromCodePoint(point), "utf8"));
          if (point > 65535) i++;
          continue;
        }
        const next = quoted[i + 1] ?? "";
        if (/[0-7]/.test(next)) {
          bytes.push(parseInt(quoted.slice(i + 1, i + 4), 8));
          i += 3;
        } else {
          bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
          i += 1;
        }
      }
      return Buffer.from(bytes).toString("utf8");
    };
    pathsOfGitHeader = (rest) => {
      if (rest.startsWith('"')) {
        const end = /^"(?:[^"\\]|\\.)*"/.exec(rest)?.[0];
        if (!end) return void 0;
        return { from: unquotePath(end), to: unquotePath(rest.slice(end.length + 1)) };
      }
      if (rest.endsWith('"')) {
        const at = rest.lastIndexOf(' "');
        return { from: rest.slice(0, at), to: unquotePath(rest.slice(at + 1)) };
      }
      const half = (rest.length - 1) / 2;
      return { from: rest.slice(0, half), to: rest.slice(half + 1) };
    };
    stripPrefix = (path) => path.startsWith("b/") || path.startsWith("a/") ? path.slice(2) : path;
    createDiffParser = (emit) => {
      let file;
      let inHunk = false;
      let nextLine = 0;
      const flush = () => {
        if (file && !file.deleted) {
          const skip = file.mode === "160000" ? "submodule" : file.mode === "120000" ? "symlink" : void 0;
          if (file.added.length > 0 || file.binary) {
            emit({ kind: "file", file: { path: file.path, added: file.added, lineNumbers: file.lineNumbers, binary: file.binary, blob: file.blob, skip } });
          }
        }
        file = void 0;
        inHunk = false;
      };
      const startFile = (path, parents) => {
        flush();
        file = { path, added: [], lineNumbers: [], binary: false, blob: void 0, mode: void 0, deleted: false, parents };
      };
      const commit = (line) => {
        flush();
        const [sha2 = "", author = "", email = "", date = "", time = "0", parents = "", ...subject] = line.slice(COMMIT_MARK.length).split("\0");
        const committedAt = Number(time) || 0;
        emit({ kind: "commit", commit: { sha: sha2, author, email, date, committedAt, message: subject.join(" "), parents: parents.split(" ").filter(Boolean) } });
      };
      const added = (state, text) => {
        state.added.push(text.endsWith("\r") ? text.slice(0, -1) : text);
        state.lineNumbers.push(nextLine);
      };
      const hunkLine = (line, state) => {
        const width = state.parents;
        if (width === 1) {
          const marker = line.charCodeAt(0);
          if (marker === 45) return true;
          if (marker === 43) added(state, line.slice(1));
          else if (marker !== 32) return false;
          nextLine++;
          return true;
        }
        const prefix = line.slice(0, width);
        if (prefix.length < width || !/^[-+ ]+$/.test(prefix)) return false;
        if (prefix.includes("-")) return true;
        if (!prefix.includes(" ")) added(state, line.slice(width));
        nextLine++;
        return true;
      };
      const header = (line, state) => {
        if (line.startsWith("+++ ")) {
          const target = line.endsWith("	") ? line.slice(4, -1) : line.slice(4);
          if (target === "/dev/null") state.deleted = true;
          else state.path = stripPrefix(unquotePath(target));
        } else if (line.startsWith("index ")) {
          const m = /\.\.([0-9a-f]+)(?: (\d+))?$/.exec(line);
          if (m) {
            state.blob = m[1];
            state.mode = m[2] ?? state.mode;
          }
        } else if (line.startsWith("new file mode ") || line.startsWith("new mode ")) {
          state.mode = line.slice(line.lastIndexOf(" ") + 1);
        } else if (line.startsWith("deleted file mode ")) {
          state.deleted = true;
        } else if (line.startsWith("rename to ") || line.startsWith("copy to ")) {
          state.path = unquotePath(line.slice(line.indexOf(" to ") + 4));
        } else if (line.startsWith("Binary files ") && line.endsWith(" differ")) {
          state.binary = !line.endsWith(" and /dev/null differ");
        }
      };
      const push = (line) => {
        if (inHunk && file && hunkLine(line, file)) return;
        if (inHunk && line.startsWith("\\")) return;
        inHunk = false;
        if (line.startsWith(COMMIT_MARK)) return commit(line);
        if (line.startsWith("diff --git ")) {
          const paths = pathsOfGitHeader(line.slice(11));
          return startFile(stripPrefix(paths?.to ?? line.slice(11)), 1);
        }
        if (line.startsWith("diff --cc ") || line.startsWith("diff --combined ")) {
          return startFile(unquotePath(line.slice(line.indexOf(" ", 6) + 1)), 2);
        }
        if (!file) return;
        const hunk = /^(@@+) [^@]*\+(\d+)(?:,\d+)? @@/.exec(line);
        if (hunk) {
          file.parents = hunk[1].length - 1;
          nextLine = Number(hunk[2]);
          inHunk = true;
          return;
        }
        header(line, file);
      };
      return { push, end: flush };
    };
  }
});

// src/sources/diff-source.ts
import { StringDecoder } from "node:string_decoder";
async function* diffSource(stream, options) {
  const decoder = new StringDecoder("utf8");
  let commit;
  let events = [];
  const parser2 = createDiffParser((event) => events.push(event));
  let blobs;
  let rest = "";
  const take = function* () {
    const batch = events;
    events = [];
    yield* batch;
  };
  const toItems = async function* () {
    for (const event of take()) {
      if (event.kind === "commit") {
        commit = event.commit;
        options.onCommit?.(event.commit);
        continue;
      }
      const file = event.file;
      if (file.skip) continue;
      if (file.binary) {
        blobs ??= openBlobReader(options.cwd);
        const item = await readBinary(file, commit, blobs, options);
        if (item) yield item;
        continue;
      }
      const fragment = fragmentOf(file, commit);
      yield { kind: "fragment", fragment, bytes: fragment.text.length, file: true };
    }
  };
  try {
    for await (const chunk of readAhead(stream.stdout)) {
      const text = rest + decoder.write(chunk);
      let start2 = 0;
      for (let newline = text.indexOf("\n"); newline !== -1; newline = text.indexOf("\n", start2)) {
        parser2.push(text.slice(start2, newline));
        start2 = newline + 1;
      }
      rest = text.slice(start2);
      yield* toItems();
    }
    rest += decoder.end();
    if (rest) parser2.push(rest);
    parser2.end();
    yield* toItems();
    await stream.done;
  } finally {
    stream.kill();
    await blobs?.close();
  }
}
var DIFF_ARGS, fragmentOf, readBinary;
var init_diff_source = __esm({
  "src/sources/diff-source.ts"() {
    "use strict";
    init_decode_content();
    init_git();
    init_read_ahead();
    init_parse_diff();
    DIFF_ARGS = [
      "-U0",
      "--no-color",
      "--no-ext-diff",
      "--no-textconv",
      "--full-index",
      "--src-prefix=a/",
      "--dst-prefix=b/",
      "-M"
    ];
    fragmentOf = (file, commit) => {
      const first = file.lineNumbers[0] ?? 1;
      const consecutive = file.lineNumbers.every((line, i) => line === first + i);
      return {
        path: file.path,
        text: file.added.join("\n"),
        startLine: first,
        ...consecutive ? {} : { lineNumbers: file.lineNumbers },
        ...commit ? { commit } : {}
      };
    };
    readBinary = async (file, commit, blobs, options) => {
      if (!file.blob || /^0+$/.test(file.blob)) return void 0;
      const content = await blobs.read(file.blob);
      if (!content) return { kind: "skipped", path: file.path, reason: `blob ${file.blob.slice(0, 12)} is missing` };
      if (content.length > options.maxFileSize) return { kind: "skipped", path: file.path, reason: "larger than --max-file-size" };
      const decoded = decodeContent(content);
      if (decoded.kind === "binary") return { kind: "fragment", fragment: { path: file.path, text: "", startLine: 1, ...commit ? { commit } : {} }, bytes: 0, file: false };
      return { kind: "fragment", fragment: { path: file.path, text: decoded.text, startLine: 1, ...commit ? { commit } : {} }, bytes: content.length, file: true };
    };
  }
});

// src/sources/repo.ts
var repoRoot, historyRoot, hasCommit, countCommits, isShallow;
var init_repo = __esm({
  "src/sources/repo.ts"() {
    "use strict";
    init_errors();
    init_git();
    repoRoot = async (cwd) => {
      try {
        return (await gitText(["rev-parse", "--show-toplevel"], cwd)).trim();
      } catch (error) {
        if (error instanceof LeakgateError && /not a git repository/i.test(error.message)) {
          throw new LeakgateError("git", `not a git repository (${cwd}): run inside one, or use \`leakgate scan\` for plain files`, { cause: error });
        }
        throw error;
      }
    };
    historyRoot = async (cwd) => {
      try {
        if ((await gitText(["rev-parse", "--is-bare-repository"], cwd)).trim() === "true") {
          return (await gitText(["rev-parse", "--absolute-git-dir"], cwd)).trim();
        }
      } catch {
      }
      return repoRoot(cwd);
    };
    hasCommit = (root2, rev) => gitSucceeds(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`], root2);
    countCommits = async (root2, revisions, since) => Number((await gitText(["rev-list", "--count", ...since ? [`--since=${since}`] : [], ...revisions, "--"], root2)).trim()) || 0;
    isShallow = async (root2) => (await gitText(["rev-parse", "--is-shallow-repository"], root2)).trim() === "true";
  }
});

// src/sources/history-source.ts
async function* historySource(root2, options) {
  const revisions = options.range === void 0 ? ["--all"] : await checkRange(root2, options.range);
  const args = [
    "log",
    "-p",
    "--cc",
    ...DIFF_ARGS,
    `--format=${COMMIT_FORMAT}`,
    ...options.since ? [`--since=${options.since}`] : [],
    ...revisions,
    "--"
  ];
  const stream = gitStream(args, root2);
  yield* diffSource(stream, { cwd: root2, maxFileSize: options.maxFileSize, ...options.onCommit ? { onCommit: options.onCommit } : {} });
}
var SHALLOW_FIX, checkRange;
var init_history_source = __esm({
  "src/sources/history-source.ts"() {
    "use strict";
    init_errors();
    init_diff_source();
    init_git();
    init_parse_diff();
    init_repo();
    SHALLOW_FIX = "fetch the missing history (actions/checkout: fetch-depth: 0; or git fetch --deepen=100, or git fetch origin <base>)";
    checkRange = async (root2, range) => {
      if (range.startsWith("-")) throw new LeakgateError("usage", `"${range}" is not a revision range`);
      const ends = range.includes("...") ? range.split("...") : range.split("..");
      for (const end of ends) {
        if (end === "") continue;
        if (!await hasCommit(root2, end)) {
          throw new LeakgateError("git", `"${end}" in range ${range} is not a commit in this repository: ${SHALLOW_FIX}`);
        }
      }
      return [range];
    };
  }
});

// src/sources/parse-batch.ts
var join5, MAX_HEADER, createBatchParser;
var init_parse_batch = __esm({
  "src/sources/parse-batch.ts"() {
    "use strict";
    init_errors();
    join5 = (parts, size) => {
      const out = new Uint8Array(new ArrayBuffer(size));
      let at = 0;
      for (const part of parts) {
        out.set(part, at);
        at += part.length;
      }
      return out;
    };
    MAX_HEADER = 1024;
    createBatchParser = (want) => {
      let head = Buffer.alloc(0);
      let object;
      let decision = "skip";
      let remaining = 0;
      let parts = [];
      let trailer = false;
      const push = (chunk) => {
        const out = [];
        let at = 0;
        while (at < chunk.length) {
          if (trailer) {
            if (chunk[at] !== 10) throw new LeakgateError("git", "git cat-file --batch: unexpected output after an object");
            trailer = false;
            at++;
            continue;
          }
          if (object) {
            const take = Math.min(remaining, chunk.length - at);
            if (decision === "read" && take > 0) parts.push(chunk.subarray(at, at + take));
            remaining -= take;
            at += take;
            if (remaining === 0) {
              if (decision !== "skip") {
                const content = decision === "read" ? join5(parts, object.size) : void 0;
                out.push({ object, content });
              }
              object = void 0;
              parts = [];
              trailer = true;
            }
            continue;
          }
          const newline = chunk.indexOf(10, at);
          if (newline === -1) {
            head = Buffer.concat([head, chunk.subarray(at)]);
            if (head.length > MAX_HEADER) throw new LeakgateError("git", "git cat-file --batch: unreadable object header");
            break;
          }
          const line = Buffer.concat([head, chunk.subarray(at, newline)]).toString("latin1");
          head = Buffer.alloc(0);
          at = newline + 1;
          const [oid = "", type = "", size = ""] = line.split(" ");
          if (type === "missing" || !/^\d+$/.test(size)) throw new LeakgateError("git", `git cat-file --batch: object ${oid} is missing or unreadable`);
          object = { oid, type, size: Number(size) };
          decision = want(object);
          remaining = object.size;
          if (remaining === 0) {
            if (decision !== "skip") out.push({ object, content: decision === "read" ? new Uint8Array(0) : void 0 });
            object = void 0;
            trailer = true;
          }
        }
        return out;
      };
      return {
        push,
        end: () => {
          if (object || head.length > 0) throw new LeakgateError("git", "git cat-file --batch: output ended inside an object");
        }
      };
    };
  }
});

// src/sources/parse-raw-log.ts
var HEADER_FIELDS, isFile, present, createRawLogParser;
var init_parse_raw_log = __esm({
  "src/sources/parse-raw-log.ts"() {
    "use strict";
    HEADER_FIELDS = 7;
    isFile = (mode) => mode.startsWith("10");
    present = (sha2, mode) => isFile(mode) && !/^0+$/.test(sha2) ? sha2 : void 0;
    createRawLogParser = (emit) => {
      let header;
      let meta;
      let commits = -1;
      let rest;
      const paths = /* @__PURE__ */ new Map();
      const intern = (path) => {
        const known = paths.get(path);
        if (known !== void 0) return known;
        paths.set(path, path);
        return path;
      };
      const token = (bytes) => {
        if (header) {
          header.push(bytes.toString("utf8"));
          if (header.length < HEADER_FIELDS) return;
          const [sha2 = "", author = "", email = "", date = "", time = "0", parents = "", message = ""] = header;
          header = void 0;
          commits++;
          emit({ kind: "commit", commit: { sha: sha2, author, email, date, committedAt: Number(time) || 0, message, parents: parents.split(" ").filter(Boolean) } });
          return;
        }
        if (meta !== void 0) {
          const line = meta;
          meta = void 0;
          const colons = line.length - line.replace(/^:+/, "").length;
          const fields = line.slice(colons).split(" ");
          const modes = fields.slice(0, colons + 1);
          const shas = fields.slice(colons + 1, 2 * colons + 2);
          const path = intern(bytes.toString("utf8"));
          emit({
            kind: "entry",
            entry: {
              commit: commits,
              path,
              blob: present(shas[colons] ?? "", modes[colons] ?? ""),
              before: shas.slice(0, colons).map((sha2, i) => present(sha2, modes[i] ?? ""))
            }
          });
          return;
        }
        const start2 = bytes[0] === 10 ? 1 : 0;
        if (bytes.length === start2) return;
        if (bytes[start2] === 58) {
          meta = bytes.toString("latin1", start2);
          return;
        }
        header = [bytes.toString("utf8")];
      };
      return {
        push: (chunk) => {
          let from = 0;
          for (let nul = chunk.indexOf(0); nul !== -1; nul = chunk.indexOf(0, from)) {
            const piece = chunk.subarray(from, nul);
            token(rest ? Buffer.concat([rest, piece]) : piece);
            rest = void 0;
            from = nul + 1;
          }
          if (from < chunk.length) rest = rest ? Buffer.concat([rest, chunk.subarray(from)]) : Buffer.from(chunk.subarray(from));
        },
        end: () => {
          if (rest) token(rest);
          rest = void 0;
        }
      };
    };
  }
});

// src/sources/source-item.ts
var isRaw, decodeFragment, ownBuffer;
var init_source_item = __esm({
  "src/sources/source-item.ts"() {
    "use strict";
    init_decode_content();
    isRaw = (fragment) => "raw" in fragment;
    decodeFragment = (fragment) => {
      const { raw, owns, ...rest } = fragment;
      if (owns) return { ...rest, text: decodeUtf8(raw) };
      const decoded = decodeContent(raw);
      return { ...rest, text: decoded.kind === "text" ? decoded.text : "" };
    };
    ownBuffer = (bytes) => {
      if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes;
      const copy = new Uint8Array(new ArrayBuffer(bytes.byteLength));
      copy.set(bytes);
      return copy;
    };
  }
});

// src/sources/blob-history-source.ts
async function* blobHistorySource(root2, wanted, options) {
  const want = (object) => {
    if (object.type !== "blob" || !wanted.has(object.oid)) return "skip";
    return object.size > options.maxFileSize ? "note" : "read";
  };
  const parser2 = createBatchParser(want);
  const stream = gitStream(["cat-file", "--batch-all-objects", "--batch", "--unordered"], root2);
  try {
    for await (const chunk of readAhead(stream.stdout, READ_AHEAD, READ_AHEAD / 4)) {
      for (const { object, content } of parser2.push(chunk)) {
        const paths = wanted.get(object.oid) ?? [];
        wanted.delete(object.oid);
        yield* itemsFor(object.oid, paths, content, options.maxFileSize);
      }
    }
    await stream.done;
    parser2.end();
  } finally {
    stream.kill();
  }
  if (wanted.size === 0) return;
  const reader = openBlobReader(root2);
  try {
    for (const [blob, paths] of wanted) {
      const content = await reader.read(blob);
      if (content === void 0) {
        throw new LeakgateError("git", `blob ${blob} (${paths[0] ?? ""}) is missing from the repository: a partial clone or a corrupt repository cannot be audited in full (git fetch --refetch, or git fsck)`);
      }
      yield* itemsFor(blob, paths, content.length > options.maxFileSize ? void 0 : ownBuffer(content), options.maxFileSize);
    }
  } finally {
    await reader.close();
  }
}
var RAW_LOG_ARGS, readBlobHistory, wantedBlobs, wantedBytes, BLOB_BYTES_PER_COMMIT, countBlobFiles, itemsFor, READ_AHEAD;
var init_blob_history_source = __esm({
  "src/sources/blob-history-source.ts"() {
    "use strict";
    init_errors();
    init_git();
    init_parse_batch();
    init_parse_diff();
    init_parse_raw_log();
    init_read_ahead();
    init_source_item();
    RAW_LOG_ARGS = ["log", "--raw", "-c", "-z", "--no-renames", "--no-abbrev", "--root", "--no-textconv", "--no-ext-diff", `--format=${COMMIT_FORMAT}`, "--all", "--"];
    readBlobHistory = async (root2, onCommit) => {
      const commits = [];
      const entries = [];
      const parser2 = createRawLogParser((event) => {
        if (event.kind === "entry") {
          entries.push(event.entry);
          return;
        }
        const { parents: _parents, ...commit } = event.commit;
        commits.push(commit);
        onCommit?.(commit);
      });
      const stream = gitStream(RAW_LOG_ARGS, root2);
      try {
        for await (const chunk of stream.stdout) parser2.push(chunk);
        parser2.end();
        await stream.done;
      } finally {
        stream.kill();
      }
      return { commits, entries };
    };
    wantedBlobs = (history) => {
      const wanted = /* @__PURE__ */ new Map();
      for (const { blob, path } of history.entries) {
        if (blob === void 0) continue;
        const paths = wanted.get(blob);
        if (paths === void 0) wanted.set(blob, [path]);
        else if (!paths.includes(path)) paths.push(path);
      }
      return wanted;
    };
    wantedBytes = async (root2, wanted) => {
      const stream = gitStream(["cat-file", "--batch-all-objects", "--batch-check=%(objectname) %(objectsize)", "--unordered"], root2);
      let total = 0;
      let rest = "";
      try {
        for await (const chunk of stream.stdout) {
          const lines = (rest + chunk.toString("latin1")).split("\n");
          rest = lines.pop() ?? "";
          for (const line of lines) {
            const space = line.indexOf(" ");
            if (wanted.has(line.slice(0, space))) total += Number(line.slice(space + 1)) || 0;
          }
        }
        await stream.done;
      } finally {
        stream.kill();
      }
      return total;
    };
    BLOB_BYTES_PER_COMMIT = 1 << 20;
    countBlobFiles = (wanted) => {
      let files = 0;
      for (const paths of wanted.values()) files += paths.length;
      return files;
    };
    itemsFor = (blob, paths, content, maxFileSize) => paths.flatMap((path, i) => {
      if (content !== void 0) {
        const raw = i === 0 ? content : new Uint8Array(content);
        return [{ kind: "fragment", fragment: { path, raw, startLine: 1, blob }, bytes: content.length, file: true }];
      }
      return [
        { kind: "skipped", path, reason: `blob ${blob.slice(0, 12)} is larger than --max-file-size (${maxFileSize} bytes)` },
        // Still checked by the rules that look at names (a keystore, a .p12).
        { kind: "fragment", fragment: { path, text: "", startLine: 1, blob }, bytes: 0, file: false }
      ];
    });
    READ_AHEAD = 4 * 1024 * 1024;
  }
});

// src/scan/attribute-blobs.ts
var fragmentKey, secretKey, lineKey, attributeBlobFindings;
var init_attribute_blobs = __esm({
  "src/scan/attribute-blobs.ts"() {
    "use strict";
    init_consolidate_history();
    fragmentKey = (blob, path) => `${blob}\0${path}`;
    secretKey = (finding) => `${finding.ruleId}\0${finding.secret}`;
    lineKey = (finding) => `${secretKey(finding)}\0${finding.blobLine ?? finding.match}`;
    attributeBlobFindings = (findings, history) => {
      const byFragment = /* @__PURE__ */ new Map();
      const secrets = /* @__PURE__ */ new Map();
      for (const finding of findings) {
        if (finding.blob === void 0) continue;
        const key = fragmentKey(finding.blob, finding.file);
        let found = byFragment.get(key);
        if (!found) byFragment.set(key, found = /* @__PURE__ */ new Map());
        if (!found.has(finding.fingerprint)) found.set(finding.fingerprint, finding);
        let held = secrets.get(key);
        if (!held) secrets.set(key, held = /* @__PURE__ */ new Set());
        held.add(secretKey(finding));
        held.add(lineKey(finding));
      }
      const holds = (blob, path, what) => blob !== void 0 && (secrets.get(fragmentKey(blob, path))?.has(what) ?? false);
      const deleted = /* @__PURE__ */ new Map();
      for (const entry of history.entries) {
        if (entry.blob !== void 0) continue;
        for (const blob of entry.before) {
          if (blob === void 0 || !secrets.has(fragmentKey(blob, entry.path))) continue;
          const list = deleted.get(entry.commit) ?? [];
          list.push({ blob, path: entry.path });
          deleted.set(entry.commit, list);
        }
      }
      const commitOf = (index) => history.commits[index];
      const introduced = /* @__PURE__ */ new Map();
      const fromMerges = /* @__PURE__ */ new Map();
      const alreadyThere = /* @__PURE__ */ new Map();
      const rewritten = /* @__PURE__ */ new Map();
      const moved = /* @__PURE__ */ new Set();
      const keep2 = (into, finding, commit) => {
        const attributed = { ...finding, commit: commitOf(commit) };
        const entry = into.get(finding.fingerprint);
        if (!entry) into.set(finding.fingerprint, { finding: attributed, commits: /* @__PURE__ */ new Set([commit]) });
        else {
          entry.commits.add(commit);
          if (earlier(attributed, entry.finding)) entry.finding = attributed;
        }
      };
      for (const entry of history.entries) {
        if (entry.blob === void 0) continue;
        const found = byFragment.get(fragmentKey(entry.blob, entry.path));
        if (!found) continue;
        for (const finding of found.values()) {
          const secret = secretKey(finding);
          if (deleted.get(entry.commit)?.some((gone) => holds(gone.blob, gone.path, secret))) {
            moved.add(finding.fingerprint);
            continue;
          }
          if (!entry.before.some((blob) => holds(blob, entry.path, secret))) {
            keep2(entry.before.length > 1 ? fromMerges : introduced, finding, entry.commit);
            continue;
          }
          keep2(alreadyThere, finding, entry.commit);
          if (!entry.before.some((blob) => holds(blob, entry.path, lineKey(finding)))) {
            const commits = rewritten.get(finding.fingerprint) ?? /* @__PURE__ */ new Set();
            commits.add(entry.commit);
            rewritten.set(finding.fingerprint, commits);
          }
        }
      }
      const firstSeen = /* @__PURE__ */ new Map();
      for (const { finding } of introduced.values()) {
        const secret = secretKey(finding);
        const seen = firstSeen.get(secret);
        if (!seen || earlier(finding, seen)) firstSeen.set(secret, finding);
      }
      for (const [fingerprint2, merged] of fromMerges) {
        const seen = firstSeen.get(secretKey(merged.finding));
        if (seen && earlier(seen, merged.finding)) {
          moved.add(fingerprint2);
          continue;
        }
        const own = introduced.get(fingerprint2);
        if (!own) introduced.set(fingerprint2, merged);
        else {
          for (const commit of merged.commits) own.commits.add(commit);
          if (earlier(merged.finding, own.finding)) own.finding = merged.finding;
        }
      }
      for (const [fingerprint2, entry] of alreadyThere) {
        if (!introduced.has(fingerprint2) && !moved.has(fingerprint2)) introduced.set(fingerprint2, { finding: entry.finding, commits: /* @__PURE__ */ new Set([-1]) });
      }
      return [...introduced.entries()].map(([fingerprint2, { finding, commits }]) => {
        for (const commit of rewritten.get(fingerprint2) ?? []) commits.add(commit);
        const { blob: _blob, blobLine: _line, ...rest } = finding;
        return { ...rest, occurrences: commits.size };
      });
    };
  }
});

// src/sources/present-in-head.ts
var TREE_SEARCHES, inTree, markPresentInHead;
var init_present_in_head = __esm({
  "src/sources/present-in-head.ts"() {
    "use strict";
    init_git();
    init_repo();
    TREE_SEARCHES = 200;
    inTree = async (root2, secret) => {
      if (secret.includes("\n")) return false;
      try {
        await git(["grep", "-q", "-F", "--no-color", "-f", "-", "HEAD", "--"], root2, `${secret}
`);
        return true;
      } catch {
        return false;
      }
    };
    markPresentInHead = async (root2, findings) => {
      if (findings.length === 0) return [];
      if (!await hasCommit(root2, "HEAD")) return findings.map((finding) => ({ ...finding, presentInHead: false }));
      const reader = openBlobReader(root2);
      const contents = /* @__PURE__ */ new Map();
      let searches = 0;
      try {
        const out = [];
        for (const finding of findings) {
          if (!contents.has(finding.file)) {
            const blob = await reader.read(`HEAD:${finding.file}`);
            contents.set(finding.file, blob?.toString("utf8"));
          }
          const text = contents.get(finding.file);
          const pathOnly = finding.secret === finding.file;
          let present2 = pathOnly ? text !== void 0 : text !== void 0 && text.includes(finding.secret);
          if (!present2 && !pathOnly && searches < TREE_SEARCHES) {
            searches++;
            present2 = await inTree(root2, finding.secret);
          }
          out.push({ ...finding, presentInHead: present2 });
        }
        return out;
      } finally {
        await reader.close();
      }
    };
  }
});

// src/sources/staged-source.ts
var stagedSource;
var init_staged_source = __esm({
  "src/sources/staged-source.ts"() {
    "use strict";
    init_diff_source();
    init_git();
    stagedSource = (cwd, maxFileSize) => {
      const stream = gitStream(["diff", "--cached", ...DIFF_ARGS, "-C", "--"], cwd);
      return { items: diffSource(stream, { cwd, maxFileSize }), cancel: stream.kill };
    };
  }
});

// src/detect/allowlist.ts
var testRegex, allowlistDrops, targets, allowsWholePath, describeAllowlist;
var init_allowlist = __esm({
  "src/detect/allowlist.ts"() {
    "use strict";
    testRegex = (regex2, text) => {
      regex2.lastIndex = 0;
      return regex2.test(text);
    };
    allowlistDrops = (allowlist, candidate) => {
      const target = candidate[allowlist.regexTarget];
      const lowerSecret = candidate.secret.toLowerCase();
      const checks = [];
      if (allowlist.regexes.length > 0) checks.push(() => allowlist.regexes.some((r) => testRegex(r, target)));
      if (allowlist.stopwords.length > 0) checks.push(() => allowlist.stopwords.some((w) => lowerSecret.includes(w)));
      if (allowlist.paths.length > 0) checks.push(() => allowlist.paths.some((p) => p.test(candidate.path)));
      if (allowlist.commits.length > 0) {
        checks.push(() => candidate.commit !== void 0 && allowlist.commits.some((c) => candidate.commit?.startsWith(c)));
      }
      if (checks.length === 0) return false;
      return allowlist.condition === "AND" ? checks.every((check) => check()) : checks.some((check) => check());
    };
    targets = (allowlist, rule) => allowlist.targetRules.length === 0 && allowlist.targetTags.length === 0 || allowlist.targetRules.includes(rule.id) || allowlist.targetTags.some((tag) => rule.tags.includes(tag));
    allowsWholePath = (allowlist, path) => allowlist.paths.length > 0 && allowlist.targetRules.length === 0 && allowlist.targetTags.length === 0 && (allowlist.condition === "OR" || allowlist.regexes.length === 0 && allowlist.stopwords.length === 0 && allowlist.commits.length === 0) && allowlist.paths.some((matcher) => matcher.test(path));
    describeAllowlist = (allowlist, owner) => `${owner} allowlist${allowlist.description ? ` "${allowlist.description}"` : ""}`;
  }
});

// src/detect/entropy.ts
var shannonEntropy;
var init_entropy = __esm({
  "src/detect/entropy.ts"() {
    "use strict";
    shannonEntropy = (text) => {
      const length = text.length;
      if (length === 0) return 0;
      const counts = /* @__PURE__ */ new Map();
      for (let i = 0; i < length; i++) {
        const code = text.charCodeAt(i);
        counts.set(code, (counts.get(code) ?? 0) + 1);
      }
      let entropy = 0;
      for (const count of counts.values()) {
        const p = count / length;
        entropy -= p * Math.log2(p);
      }
      return entropy;
    };
  }
});

// src/detect/fingerprint.ts
import { createHash as createHash2, createHmac, hash } from "node:crypto";
var fingerprint, VERSION, reportedFingerprints;
var init_fingerprint = __esm({
  "src/detect/fingerprint.ts"() {
    "use strict";
    fingerprint = (ruleId, file, secret) => createHash2("sha256").update(`${ruleId}\0${file}\0${secret}`).digest("hex").slice(0, 32);
    VERSION = "leakgate-fingerprint/v2";
    reportedFingerprints = (findings, key) => {
      const ranks = /* @__PURE__ */ new Map();
      return findings.map((finding) => {
        const place = `${VERSION}\0${finding.ruleId}\0${finding.file}\0${finding.commit?.sha ?? ""}`;
        let value;
        if (key !== void 0) value = createHmac("sha256", Buffer.from(key, "hex")).update(`${place}\0${finding.secret}`).digest("hex");
        else {
          const rank = ranks.get(place) ?? 0;
          ranks.set(place, rank + 1);
          value = hash("sha256", `${place}\0#${rank}`, "hex");
        }
        return { ...finding, fingerprint: value.slice(0, 32) };
      });
    };
  }
});

// src/detect/inline-allow.ts
var SAME_LINE, NEXT_LINE, REACH, lineStartBefore, lineEndAfter, inlineAllowMarker;
var init_inline_allow = __esm({
  "src/detect/inline-allow.ts"() {
    "use strict";
    SAME_LINE = /leakgate:allow|gitleaks:allow|pragma: ?allowlist secret/;
    NEXT_LINE = /pragma: ?allowlist[ -]nextline secret/;
    REACH = 4096;
    lineStartBefore = (text, offset) => {
      const from = Math.max(0, offset - REACH);
      const newline = text.slice(from, offset).lastIndexOf("\n");
      return newline === -1 ? from : from + newline + 1;
    };
    lineEndAfter = (text, offset) => {
      const to = Math.min(text.length, offset + REACH);
      const newline = text.slice(offset, to).indexOf("\n");
      return newline === -1 ? to : offset + newline;
    };
    inlineAllowMarker = (text, start2, end) => {
      const lineFrom = lineStartBefore(text, start2);
      const firstEnd = lineEndAfter(text, start2);
      const same = SAME_LINE.exec(text.slice(lineFrom, firstEnd));
      if (same) return same[0];
      if (firstEnd < end - 1) {
        const last = SAME_LINE.exec(text.slice(lineStartBefore(text, end - 1), lineEndAfter(text, end - 1)));
        if (last) return last[0];
      }
      if (lineFrom === 0 || text[lineFrom - 1] !== "\n") return void 0;
      const previous = text.slice(lineStartBefore(text, lineFrom - 1), lineFrom - 1);
      return NEXT_LINE.exec(previous)?.[0];
    };
  }
});

// src/detect/keyword-index.ts
var insert, characterClasses, keywordsKey, buildKeywordIndex, buildKeywordAutomaton, keywordIndexFrom;
var init_keyword_index = __esm({
  "src/detect/keyword-index.ts"() {
    "use strict";
    insert = (trie, word, classOf) => {
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        const slot = state * trie.width + classOf[word.charCodeAt(i)];
        let to = trie.next[slot];
        if (to === -1) {
          if ((trie.states + 1) * trie.width > trie.next.length) {
            const bigger = new Int32Array(trie.next.length * 2).fill(-1);
            bigger.set(trie.next);
            trie.next = bigger;
          }
          to = trie.states++;
          trie.next[slot] = to;
        }
        state = to;
      }
      return state;
    };
    characterClasses = (words) => {
      const classOf = new Uint8Array(65536);
      let width = 1;
      for (const word of words) {
        for (const ch of word.toLowerCase()) {
          const code = ch.charCodeAt(0);
          if (classOf[code] !== 0) continue;
          classOf[code] = width;
          const upper = ch.toUpperCase().charCodeAt(0);
          if (upper !== code && upper < 128) classOf[upper] = width;
          width++;
        }
      }
      return { classOf, width };
    };
    keywordsKey = (rules) => JSON.stringify(rules.map((rule) => rule.keywords));
    buildKeywordIndex = (rules) => keywordIndexFrom(buildKeywordAutomaton(rules));
    buildKeywordAutomaton = (rules) => {
      const alwaysRun = [];
      const keywordRules = /* @__PURE__ */ new Map();
      rules.forEach((rule, index) => {
        const usable = rule.keywords.filter((word) => word.length > 0 && /^[\x01-\x7f]+$/.test(word));
        if (usable.length === 0 || usable.length < rule.keywords.length) alwaysRun.push(index);
        for (const word of new Set(usable)) keywordRules.set(word, [...keywordRules.get(word) ?? [], index]);
      });
      const { classOf, width } = characterClasses(keywordRules.keys());
      let capacity = 1;
      for (const word of keywordRules.keys()) capacity += word.length;
      const trie = { next: new Int32Array(capacity * width).fill(-1), states: 1, width };
      const ends = /* @__PURE__ */ new Map();
      for (const word of keywordRules.keys()) {
        const state = insert(trie, word.toLowerCase(), classOf);
        ends.set(state, [...ends.get(state) ?? [], word]);
      }
      const states = trie.states;
      const delta = new Int32Array(states * width);
      const fail5 = new Int32Array(states);
      const NONE = [];
      const outputs = new Array(states).fill(NONE);
      const queue = [];
      for (let c = 1; c < width; c++) {
        const to = trie.next[c];
        delta[c] = to === -1 ? 0 : to;
        if (to > 0) queue.push(to);
      }
      for (let head = 0; head < queue.length; head++) {
        const state = queue[head];
        const back = fail5[state] * width;
        const own = ends.get(state);
        const inherited = outputs[fail5[state]] ?? NONE;
        outputs[state] = own ? inherited.length > 0 ? [...own, ...inherited] : own : inherited;
        for (let c = 1; c < width; c++) {
          const to = trie.next[state * width + c];
          if (to === -1) delta[state * width + c] = delta[back + c];
          else {
            delta[state * width + c] = to;
            fail5[to] = delta[back + c];
            queue.push(to);
          }
        }
      }
      const accepting = new Uint8Array(states);
      const emits = [];
      for (let state = 0; state < states; state++) {
        const words = outputs[state] ?? [];
        if (words.length === 0) continue;
        accepting[state] = 1;
        emits.push([state, words.flatMap((word) => (keywordRules.get(word) ?? []).map((rule) => [rule, word.length - 1]))]);
      }
      const table = new Int32Array(states * width);
      for (let slot = 0; slot < table.length; slot++) {
        const next = delta[slot];
        table[slot] = accepting[next] === 1 ? ~(next * width) : next * width;
      }
      return { key: keywordsKey(rules), width, asciiClasses: [...classOf.subarray(0, 128)], alwaysRun, emits, table };
    };
    keywordIndexFrom = (automaton) => {
      const { width, table, alwaysRun } = automaton;
      const classOf = new Uint8Array(65536);
      classOf.set(automaton.asciiClasses);
      const emits = new Array(table.length / width).fill([]);
      for (const [state, pairs] of automaton.emits) emits[state] = pairs;
      const findHits = (text) => {
        const hits = /* @__PURE__ */ new Map();
        let row = 0;
        for (let i = 0, n = text.length; i < n; i++) {
          const next = table[row + classOf[text.charCodeAt(i)]];
          if (next >= 0) {
            row = next;
            continue;
          }
          row = ~next;
          for (const [rule, back] of emits[row / width]) {
            const offset = i - back;
            const list = hits.get(rule);
            if (list === void 0) hits.set(rule, [offset]);
            else if (list[list.length - 1] !== offset) list.push(offset);
          }
        }
        return hits;
      };
      return { alwaysRun, findHits };
    };
  }
});

// src/detect/decoders.ts
var BUDGET, MAX_RUN, RUN_CHAR, MIN_RUN, candidateRuns, URL_CODES, inUrl, inString, escapeRuns, looksLikeText, SEXTET, mayBeText, BASE64_VALUE, PRINTABLE, base64Plain, QUOTE, BACKSLASH, LINE_FEED, MAX_JSON_STRING, escaped, SECRET_WORD, jsonStringRuns, fromJsonString, fromBase64, kubernetesValues, decodePercent, findEncoded;
var init_decoders = __esm({
  "src/detect/decoders.ts"() {
    "use strict";
    BUDGET = 1 << 20;
    MAX_RUN = 64 * 1024;
    RUN_CHAR = new Uint8Array(65536);
    for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZ") RUN_CHAR[c.charCodeAt(0)] = "ABCDEF".includes(c) ? 1 : 1 | 16;
    for (const c of "abcdefghijklmnopqrstuvwxyz") RUN_CHAR[c.charCodeAt(0)] = "abcdef".includes(c) ? 2 : 2 | 16;
    for (const c of "0123456789") RUN_CHAR[c.charCodeAt(0)] = 4;
    for (const c of "+/_-") RUN_CHAR[c.charCodeAt(0)] = 8 | 16;
    MIN_RUN = 24;
    candidateRuns = (text) => {
      const out = [];
      const n = text.length;
      let i = 0;
      while (i + MIN_RUN <= n) {
        let k = i + MIN_RUN - 1;
        while (k >= i && RUN_CHAR[text.charCodeAt(k)] !== 0) k--;
        if (k >= i) {
          i = k + 1;
          continue;
        }
        let seen = 0;
        let end = i;
        for (let flags2 = 0; end < n && (flags2 = RUN_CHAR[text.charCodeAt(end)]) !== 0; end++) seen |= flags2;
        if ((seen & 16) === 0 && (seen & 4) !== 0 && (seen & 3) !== 0) out.push({ start: i, end, kind: "hex" });
        else if ((seen & 7) === 7) out.push({ start: i, end, kind: "base64" });
        i = end + 1;
      }
      return out;
    };
    URL_CODES = new Uint8Array(128);
    for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~+-!*();:@&=$,/?#%") URL_CODES[c.charCodeAt(0)] = 1;
    inUrl = (code) => code < 128 && URL_CODES[code] === 1;
    inString = (code) => code !== 92 && code !== 34 && code !== 39 && code !== 96 && code !== 10;
    escapeRuns = (text, marker, escape2, least, allowed) => {
      const out = [];
      const head = new RegExp(escape2.source, "y");
      for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
        head.lastIndex = at;
        if (!head.test(text)) continue;
        let start2 = at;
        let end = at;
        while (start2 > 0 && at - start2 < 256 && allowed(text.charCodeAt(start2 - 1))) start2--;
        for (let code = text.charCodeAt(end); end < text.length && end - at < 4096 && (allowed(code) || code === 92); code = text.charCodeAt(++end)) ;
        const run = text.slice(start2, end);
        if ((run.match(escape2)?.length ?? 0) >= least) out.push([start2, end]);
        at = end;
      }
      return out;
    };
    looksLikeText = (text) => {
      if (text.length < 8) return false;
      let printable = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 32 && c < 127 || c === 9 || c === 10 || c === 13) printable++;
      }
      return printable / text.length >= 0.95;
    };
    SEXTET = new Uint8Array(128);
    for (const [i, c] of [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"].entries()) SEXTET[c.charCodeAt(0)] = i;
    SEXTET["+".charCodeAt(0)] = 62;
    SEXTET["-".charCodeAt(0)] = 62;
    SEXTET["/".charCodeAt(0)] = 63;
    SEXTET["_".charCodeAt(0)] = 63;
    mayBeText = (text, start2, end) => {
      let high = 0;
      let bytes = 0;
      for (let i = start2; i + 4 <= end; i += 4) {
        high += (SEXTET[text.charCodeAt(i)] >> 5) + (SEXTET[text.charCodeAt(i + 1)] >> 3 & 1) + (SEXTET[text.charCodeAt(i + 2)] >> 1 & 1);
        bytes += 3;
      }
      return high * 4 <= bytes;
    };
    BASE64_VALUE = /^[A-Za-z0-9+/]{4,}={0,2}$/;
    PRINTABLE = /^[\x20-\x7e]+$/;
    base64Plain = (secret) => {
      if (secret.length < 8 || secret.length > 1024 || secret.length % 4 !== 0 || !BASE64_VALUE.test(secret)) return void 0;
      const plain = Buffer.from(secret, "base64").toString("latin1").replace(/\r?\n$/, "");
      return PRINTABLE.test(plain) ? plain : void 0;
    };
    QUOTE = 34;
    BACKSLASH = 92;
    LINE_FEED = 10;
    MAX_JSON_STRING = 4096;
    escaped = (text, at) => {
      let k = at - 1;
      while (k >= 0 && text.charCodeAt(k) === BACKSLASH) k--;
      return (at - 1 - k) % 2 === 1;
    };
    SECRET_WORD = /pass|pwd|secret|token|key|auth|credential/i;
    jsonStringRuns = (text) => {
      const out = [];
      for (let at = text.indexOf('\\"'); at !== -1; at = text.indexOf('\\"', at + 2)) {
        let start2 = at;
        while (start2 > 0 && at - start2 < MAX_JSON_STRING) {
          const code = text.charCodeAt(start2 - 1);
          if (code === LINE_FEED || code === QUOTE && !escaped(text, start2 - 1)) break;
          start2--;
        }
        let end = at + 2;
        while (end < text.length && end - at < MAX_JSON_STRING) {
          const code = text.charCodeAt(end);
          if (code === LINE_FEED || code === QUOTE && !escaped(text, end)) break;
          end++;
        }
        const run = text.slice(start2, end);
        if (run.indexOf('\\"') !== run.lastIndexOf('\\"') && (run.includes("=") || run.includes(":")) && SECRET_WORD.test(run)) out.push([start2, end]);
        at = Math.max(at, end - 1);
      }
      return out;
    };
    fromJsonString = (run) => {
      try {
        return JSON.parse(`"${run}"`);
      } catch {
        return void 0;
      }
    };
    fromBase64 = (run) => Buffer.from(run, run.includes("-") || run.includes("_") ? "base64url" : "base64").toString("utf8");
    kubernetesValues = (text) => {
      if (!text.includes("Secret") || !text.includes("kind") || !/^kind:\s*["']?Secret\b/m.test(text)) return [];
      const out = [];
      const line = /^([ \t]+)([\w.-]+):[ \t]*["']?([A-Za-z0-9+/]{4,}={0,2})["']?[ \t]*$/gm;
      for (let m = line.exec(text); m !== null; m = line.exec(text)) {
        const value = Buffer.from(m[3] ?? "", "base64").toString("utf8");
        if (looksLikeText(`${value}        `) && value.length > 0) {
          const start2 = m.index + (m[1]?.length ?? 0);
          out.push({ start: start2, end: m.index + m[0].length, text: `${m[2] ?? ""}: ${value}`, how: "kubernetes-secret" });
        }
      }
      return out;
    };
    decodePercent = (run) => {
      try {
        return decodeURIComponent(run.replace(/\+/g, " "));
      } catch {
        return void 0;
      }
    };
    findEncoded = (text) => {
      const found = [...kubernetesValues(text)];
      let budget = BUDGET;
      const keep2 = (start2, end, how, decoded) => {
        budget -= end - start2;
        if (decoded !== void 0 && looksLikeText(decoded)) found.push({ start: start2, end, text: decoded, how });
      };
      for (const { start: start2, end: runEnd, kind } of candidateRuns(text)) {
        if (budget <= 0) break;
        if (runEnd - start2 > MAX_RUN) continue;
        if (kind === "hex") {
          if ((runEnd - start2) % 2 === 0) keep2(start2, runEnd, "hex", Buffer.from(text.slice(start2, runEnd), "hex").toString("utf8"));
          continue;
        }
        let end = runEnd;
        while (end < text.length && end - runEnd < 2 && text[end] === "=") end++;
        if (!mayBeText(text, start2, runEnd)) {
          budget -= end - start2;
          continue;
        }
        keep2(start2, end, "base64", fromBase64(text.slice(start2, end)));
      }
      if (text.includes("%")) {
        for (const [start2, end] of escapeRuns(text, "%", /%[0-9A-Fa-f]{2}/g, 3, inUrl)) keep2(start2, end, "percent", decodePercent(text.slice(start2, end)));
      }
      if (text.includes("\\u")) {
        const unescape = (run) => run.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
        for (const [start2, end] of escapeRuns(text, "\\u", /\\u[0-9a-fA-F]{4}/g, 4, inString)) keep2(start2, end, "unicode-escape", unescape(text.slice(start2, end)));
      }
      if (text.includes('\\"')) {
        for (const [start2, end] of jsonStringRuns(text)) keep2(start2, end, "json-string", fromJsonString(text.slice(start2, end)));
      }
      return found;
    };
  }
});

// src/detect/line-index.ts
var createLineIndex;
var init_line_index = __esm({
  "src/detect/line-index.ts"() {
    "use strict";
    createLineIndex = (text, firstLine = 1, lineNumbers) => {
      let starts;
      const table = () => {
        if (starts) return starts;
        starts = [0];
        for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
        return starts;
      };
      const indexOf = (offset) => {
        const lines = table();
        let low = 0;
        let high = lines.length - 1;
        while (low < high) {
          const mid = low + high + 1 >>> 1;
          if (lines[mid] <= offset) low = mid;
          else high = mid - 1;
        }
        return low;
      };
      const startOf = (index) => table()[index] ?? text.length + 1;
      return {
        position: (offset) => {
          const index = indexOf(offset);
          const line = lineNumbers?.[index] ?? firstLine + index;
          return { line, column: offset - startOf(index) + 1 };
        },
        lineAt: (offset) => {
          const index = indexOf(offset);
          return { start: startOf(index), end: startOf(index + 1) - 1 };
        },
        indexOf,
        startOf
      };
    };
  }
});

// src/detect/decode-pass.ts
var MAX_DEPTH, before, scanDecoded;
var init_decode_pass = __esm({
  "src/detect/decode-pass.ts"() {
    "use strict";
    init_decoders();
    init_inline_allow();
    init_line_index();
    MAX_DEPTH = 2;
    before = (a, b) => a.line < b.line || a.line === b.line && a.column <= b.column;
    scanDecoded = (fragment, scan, into) => {
      const lines = createLineIndex(fragment.text, fragment.startLine, fragment.lineNumbers);
      const reported = into.findings.map((f) => ({ from: { line: f.line, column: f.column }, to: { line: f.endLine, column: f.endColumn } }));
      const insideReported = (start2, end) => {
        if (reported.length === 0) return false;
        const from = lines.position(start2);
        const to = lines.position(end);
        return reported.some((span) => before(span.from, from) && before(to, span.to));
      };
      const report = (inner, at) => {
        const start2 = lines.position(at.start);
        const end = lines.position(at.end);
        const marker = inlineAllowMarker(fragment.text, at.start, at.end);
        for (const finding of inner.findings) {
          if (into.findings.some((f) => f.ruleId === finding.ruleId && f.secret === finding.secret && f.line === start2.line && f.decoded !== void 0)) continue;
          if (marker) {
            into.suppressed.push({ reason: "inline", ruleId: finding.ruleId, file: finding.file, line: start2.line, by: marker });
            continue;
          }
          into.findings.push({ ...finding, line: start2.line, column: start2.column, endLine: end.line, endColumn: end.column, decoded: at.how });
        }
        for (const item of inner.suppressed) into.suppressed.push({ ...item, line: start2.line });
      };
      const visit = (text, origin, depth) => {
        for (const encoded of findEncoded(text)) {
          if (!origin && insideReported(encoded.start, encoded.end)) continue;
          const at = origin ? { ...origin, how: `${origin.how}>${encoded.how}` } : { start: encoded.start, end: encoded.end, how: encoded.how };
          const inner = scan({ path: fragment.path, text: encoded.text, startLine: 1, decoded: true, ...fragment.commit ? { commit: fragment.commit } : {}, ...fragment.blob ? { blob: fragment.blob } : {} });
          if (inner.findings.length > 0 || inner.suppressed.length > 0) report(inner, at);
          if (depth + 1 < MAX_DEPTH) visit(encoded.text, at, depth + 1);
        }
      };
      visit(fragment.text, void 0, 0);
    };
  }
});

// src/detect/validators.ts
import { createPrivateKey } from "node:crypto";
import { crc32 } from "node:zlib";
var BASE62, base62, checksumTail, decodeBase64Url, parseJsonObject, validateJwt, OPENSSH_MAGIC, validatePrivateKey, validateAwsKeyId, validateBase64Json, validateGrafanaKey, VALIDATE;
var init_validators = __esm({
  "src/detect/validators.ts"() {
    "use strict";
    BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    base62 = (value, width) => {
      let out = "";
      for (let n = value; n > 0; n = Math.floor(n / 62)) out = BASE62[n % 62] + out;
      return out.padStart(width, "0");
    };
    checksumTail = (token) => {
      const body = token.slice(token.indexOf("_") + 1);
      if (!/^[0-9A-Za-z]{7,}$/.test(body)) return false;
      return base62(crc32(body.slice(0, -6)), 6) === body.slice(-6);
    };
    decodeBase64Url = (part) => {
      if (!/^[A-Za-z0-9_-]*={0,2}$/.test(part)) return void 0;
      return Buffer.from(part, "base64url").toString("utf8");
    };
    parseJsonObject = (text) => {
      if (text === void 0) return void 0;
      try {
        const value = JSON.parse(text);
        return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
      } catch {
        return void 0;
      }
    };
    validateJwt = (token) => {
      const [header, payload] = token.split(".");
      const head = parseJsonObject(decodeBase64Url(header ?? ""));
      const body = parseJsonObject(decodeBase64Url(payload ?? ""));
      return head !== void 0 && typeof head["alg"] === "string" && body !== void 0;
    };
    OPENSSH_MAGIC = "openssh-key-v1\0";
    validatePrivateKey = (pem) => {
      if (/ENCRYPTED/.test(pem)) return null;
      const body = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(pem);
      if (!body) return false;
      const kind = body[1] ?? "";
      const base64 = (body[2] ?? "").replace(/\\[nr]/g, "").replace(/["']\s*\+\s*["']/g, "").replace(/["',\s]/g, "");
      if (kind.includes("PGP")) return null;
      if (kind === "OPENSSH PRIVATE KEY") {
        return Buffer.from(base64, "base64").subarray(0, OPENSSH_MAGIC.length).toString("latin1") === OPENSSH_MAGIC;
      }
      const lines = base64.match(/.{1,64}/g) ?? [];
      try {
        createPrivateKey({ key: `-----BEGIN ${kind}-----
${lines.join("\n")}
-----END ${kind}-----
`, format: "pem" });
        return true;
      } catch {
        return false;
      }
    };
    validateAwsKeyId = (id) => /^(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|ASCA|A3T[A-Z0-9])[A-Z2-7]{16}$/.test(id);
    validateBase64Json = (value) => parseJsonObject(Buffer.from(value, "base64").toString("utf8")) !== void 0;
    validateGrafanaKey = (value) => {
      const json = parseJsonObject(Buffer.from(value, "base64").toString("utf8"));
      return json !== void 0 && typeof json["k"] === "string" && typeof json["n"] === "string" && typeof json["id"] === "number";
    };
    VALIDATE = {
      "github-checksum": checksumTail,
      "npm-checksum": checksumTail,
      "pem-private-key": validatePrivateKey,
      jwt: validateJwt,
      "aws-access-key-id": validateAwsKeyId,
      "base64-json": validateBase64Json,
      "grafana-api-key": validateGrafanaKey
    };
  }
});

// src/detect/generic-shadowing.ts
var dropRejected, dropNamedWithContent, dropShadowedGeneric;
var init_generic_shadowing = __esm({
  "src/detect/generic-shadowing.ts"() {
    "use strict";
    dropRejected = (result, rejected, generic) => {
      if (rejected.length === 0 || generic.size === 0) return result;
      const kept = result.findings.filter(
        (finding) => !generic.has(finding.ruleId) || !rejected.some((secret) => finding.secret.includes(secret) || secret.includes(finding.secret))
      );
      return kept.length === result.findings.length ? result : { ...result, findings: kept };
    };
    dropNamedWithContent = (result, rules) => {
      const named = new Set(rules.filter((rule) => rule.pathOnly).map((rule) => rule.id));
      if (named.size === 0 || result.findings.length < 2) return result;
      const content = result.findings.some((finding) => !named.has(finding.ruleId));
      if (!content) return result;
      return { ...result, findings: result.findings.filter((finding) => !named.has(finding.ruleId)) };
    };
    dropShadowedGeneric = (result, generic) => {
      if (result.findings.length < 2 || generic.size === 0) return result;
      const specific = result.findings.filter((finding) => !generic.has(finding.ruleId));
      const covered = (finding) => specific.some(
        (other) => other.line === finding.line && (other.secret.includes(finding.secret) || finding.secret.includes(other.secret))
      );
      const seen = /* @__PURE__ */ new Set();
      const kept = result.findings.filter((finding) => {
        if (!generic.has(finding.ruleId)) return true;
        if (covered(finding)) return false;
        const key = `${finding.line}:${finding.column}:${finding.secret}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      return kept.length === result.findings.length ? result : { ...result, findings: kept };
    };
  }
});

// src/detect/windows.ts
var REACH2, BLOCK, EXTRA_LINES, spanAround, ascending, spanText, windowsFor;
var init_windows = __esm({
  "src/detect/windows.ts"() {
    "use strict";
    REACH2 = 1024;
    BLOCK = 64 * 1024;
    EXTRA_LINES = { line: 0, lines: 2, block: 0 };
    spanAround = (text, hit, window, lines) => {
      const index = lines.indexOf(hit);
      const start2 = Math.max(lines.startOf(index), hit - REACH2);
      if (window === "block") return { start: start2, end: Math.min(text.length, hit + BLOCK) };
      const extra = EXTRA_LINES[window];
      const lineEnd = Math.min(text.length, lines.startOf(index + extra + 1) - 1);
      return { start: start2, end: Math.min(lineEnd, hit + REACH2 * (extra + 1)) };
    };
    ascending = (hits) => hits.some((hit, i) => i > 0 && hit < hits[i - 1]) ? [...hits].sort((a, b) => a - b) : hits;
    spanText = (text, span) => ({
      slice: span.start === 0 && span.end === text.length ? text : text.slice(span.start, span.end),
      cut: span.end < text.length && text.charCodeAt(span.end) !== 10
    });
    windowsFor = (text, hits, window, lines) => {
      const sorted = ascending(hits);
      const spans = [];
      let start2 = -1;
      let end = -1;
      for (const hit of sorted) {
        if (hit <= end) {
          end = Math.max(end, spanAround(text, hit, window, lines).end);
          continue;
        }
        if (start2 !== -1) spans.push({ start: start2, end });
        ({ start: start2, end } = spanAround(text, hit, window, lines));
      }
      if (start2 !== -1) spans.push({ start: start2, end });
      return spans;
    };
  }
});

// src/detect/generic/value-features.ts
var characterClasses2, hasNonAsciiLetters, COMMON_PAIRS, letterRuns, isPronounceable, wordiness, isDecoratedWord, KEYBOARD_ROWS, longestSequence, isInterleavedCount, longestRepeat, isRepetitive;
var init_value_features = __esm({
  "src/detect/generic/value-features.ts"() {
    "use strict";
    characterClasses2 = (value) => Number(new RegExp("\\p{Ll}", "u").test(value)) + Number(new RegExp("\\p{Lu}", "u").test(value)) + Number(new RegExp("\\p{N}", "u").test(value)) + Number(/[^\p{L}\p{N}]/u.test(value));
    hasNonAsciiLetters = (value) => /[^\x00-\x7f]/.test(value) && new RegExp("\\p{L}", "u").test(value.replace(/[A-Za-z]/g, ""));
    COMMON_PAIRS = new Set(
      "th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou io le ve co me de hi ri ro ic ne ea ra ce li ch ll be ma si om ur ca el ta la ns di fo ho pe ec pr no ct us ac ot il tr ly nc et ut ss so rs un lo wa ge ie wh ee wi em ad ol rt po we na ul ni ts mo ow pa im mi ai sh ir su id os iv ia am fi ci vi pl ig tu ev ld ry mp fe bl ab gh ty op wo sa ay ex ke fr oo av ag if ap gr od bo sp rd do uc bu ei ov by rm ep tt oc fa ef cu rn sc gi da yo cr cl du ga qu ue".split(" ")
    );
    letterRuns = (value) => value.replace(/([a-z])([A-Z])/g, "$1 $2").split(/[^A-Za-z]+/).filter((run) => run.length > 0);
    isPronounceable = (run) => {
      const lower = run.toLowerCase();
      if (lower.length < 3) return false;
      const vowels = lower.replace(/[^aeiouy]/g, "").length;
      if (vowels === 0 || vowels * 5 < lower.length || /[^aeiouy]{5}/.test(lower)) return false;
      let common2 = 0;
      for (let i = 0; i + 1 < lower.length; i++) if (COMMON_PAIRS.has(lower.slice(i, i + 2))) common2++;
      return common2 / (lower.length - 1) >= 0.5;
    };
    wordiness = (value) => {
      const runs = letterRuns(value);
      const letters = runs.reduce((sum, run) => sum + run.length, 0);
      if (letters === 0) return 0;
      const wordy = runs.filter((run) => run.length >= 4 && isPronounceable(run)).reduce((sum, run) => sum + run.length, 0);
      return wordy / letters;
    };
    isDecoratedWord = (value) => {
      const runs = letterRuns(value.replace(/[@4]/g, "a").replace(/[0]/g, "o").replace(/[1!]/g, "i").replace(/[3]/g, "e").replace(/[$5]/g, "s"));
      return runs.length === 1 && runs[0].length * 10 >= value.length * 6;
    };
    KEYBOARD_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "qazwsxedc"];
    longestSequence = (value) => {
      const lower = value.toLowerCase();
      let longest = 1;
      let up = 1;
      let down = 1;
      for (let i = 1; i < lower.length; i++) {
        const step = lower.charCodeAt(i) - lower.charCodeAt(i - 1);
        const alnum = /[a-z0-9]/.test(lower[i]);
        up = alnum && step === 1 ? up + 1 : 1;
        down = alnum && step === -1 ? down + 1 : 1;
        longest = Math.max(longest, up, down);
      }
      for (const row of KEYBOARD_ROWS) {
        for (let length = row.length; length > longest && length >= 4; length--) {
          for (let at = 0; at + length <= row.length; at++) if (lower.includes(row.slice(at, at + length))) return length;
        }
      }
      return longest;
    };
    isInterleavedCount = (value) => {
      if (!/^(?:[a-z]\d){3,}[a-z]?$|^(?:\d[a-z]){3,}\d?$/i.test(value)) return false;
      const letters = value.replace(/\d/g, "");
      return longestSequence(letters) === letters.length;
    };
    longestRepeat = (value) => {
      let longest = value.length > 0 ? 1 : 0;
      let run = 1;
      for (let i = 1; i < value.length; i++) {
        run = value[i] === value[i - 1] ? run + 1 : 1;
        if (run > longest) longest = run;
      }
      return longest;
    };
    isRepetitive = (value) => /(.)\1{4}/.test(value) || /^(.{1,8})\1{2,}.{0,8}$/.test(value) || /(.{2,4})\1{3}/.test(value);
  }
});

// src/detect/generic/value-shapes.ts
var isTemplate, SAYS_PLACEHOLDER, NAMES_ITSELF, unleet, isPlaceholderText, DEFAULT_WORDS, isDefaultWord, isNamedSegment, isCodeShape, isRuleList, isPath, isUrlWithoutCredentials, isArn, isUuid, isEmail, isDateOrTime, isVersion, NAME_PART, spelledLikeWord, isIdentifierOfWords, isPasswordHash, isCiphertext;
var init_value_shapes = __esm({
  "src/detect/generic/value-shapes.ts"() {
    "use strict";
    init_value_features();
    isTemplate = (value) => /^<[^<>]*>$|^\[[^\[\]]*\]$|^\([^()]*\)$|\$\{|\{\{|\}\}|%(?:\([\w.-]+\)|\d+\$)?[sd](?![A-Za-z0-9])|^\{\d*\}$|^\$[A-Za-z_][\w.]*$|^__[A-Z0-9_]+__$|^@[A-Z0-9_]+@$|#\{|^%[\w.-]+%$/.test(value);
    SAYS_PLACEHOLDER = /(?:^|[^a-z])(?:your|my|insert|enter|put|paste|replace|fill)(?:[^a-z]|$)|^(?:your|my)[a-z]|change[_-]?me|replace[_-]?me|placeholder|redacted|example|sample|dummy|fake|mock|not[_-]?(?:a[_-]?)?real|todo|fixme|xxx|\*\*\*|(?:^|[^a-z])here(?:[^a-z]|$)|(?:^|[^a-z])(?:test|demo)(?:[^a-z]|$)/i;
    NAMES_ITSELF = /pass(?:w(?:or)?d|phrase)|secret|token|api[_-]?key|credential/i;
    unleet = (value) => value.replace(/[@4]/g, "a").replace(/0/g, "o").replace(/[1!|]/g, "i").replace(/3/g, "e").replace(/[$5]/g, "s").replace(/7/g, "t");
    isPlaceholderText = (value) => SAYS_PLACEHOLDER.test(value) || NAMES_ITSELF.test(value) || NAMES_ITSELF.test(unleet(value).replace(/pass[wv]i?ord/i, "password")) || /(?:\.\.\.|…)$/.test(value) || /^[.#_=*-]+$/.test(value);
    DEFAULT_WORDS = /* @__PURE__ */ new Set([
      "root",
      "admin",
      "administrator",
      "postgres",
      "postgresql",
      "mysql",
      "mariadb",
      "redis",
      "mongo",
      "mongodb",
      "guest",
      "user",
      "username",
      "default",
      "pass",
      "none",
      "null",
      "nil",
      "undefined",
      "true",
      "false",
      "required",
      "optional",
      "string",
      "value",
      "empty",
      "unset",
      "disabled",
      "enabled",
      "rabbitmq",
      "elastic",
      "kibana",
      "keycloak",
      "minio",
      "minioadmin",
      "docker",
      "jenkins",
      "wordpress",
      "django",
      "rails",
      "laravel",
      "symfony",
      "app"
    ]);
    isDefaultWord = (value, keyWords) => {
      const lower = value.toLowerCase();
      return DEFAULT_WORDS.has(lower) || keyWords.includes(lower);
    };
    isNamedSegment = (segment) => /^[a-z0-9._@~-]*$/.test(segment) || wordiness(segment) >= 0.5;
    isCodeShape = (value) => /^[A-Za-z_$][\w$.:]*(?:\[[^\]]*\]|\([^)]*\))+[;,]?$/.test(value) || /^(?:this|self)\.[A-Za-z_$]/.test(value) || /^[$@][A-Za-z_{][\w.{}]*$/.test(value);
    isRuleList = (value) => /^[A-Za-z_]+(?::[\w,.-]+)?(?:\|[A-Za-z_]+(?::[\w,.-]+)?)+$/.test(value);
    isPath = (value) => {
      if (/^(?:\.{1,2}|~)?\/[\w.@~-]/.test(value) && !/[+=]/.test(value)) return value.split("/").every(isNamedSegment);
      if (/^[A-Za-z]:\\/.test(value) || /^#[a-z][\w-]*$/.test(value)) return true;
      return /^[\w.@-]+(?:\/[\w.@-]+)+\.[A-Za-z][A-Za-z0-9]{0,4}$/.test(value);
    };
    isUrlWithoutCredentials = (value) => /^[a-z][a-z0-9+.-]{1,20}:\/\/[^\s@/]*(?:[/?#]|$)/i.test(value) && !/^[a-z][a-z0-9+.-]*:\/\/[^/\s]*:[^/\s]*@/i.test(value);
    isArn = (value) => /^arn:aws[\w-]*:/.test(value);
    isUuid = (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
    isEmail = (value) => /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(value);
    isDateOrTime = (value) => /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}|$)/.test(value);
    isVersion = (value) => /^(?:[=<>~^!]=?|~>)?\s*v?\d+(?:\.\d+){1,3}(?:[-+.][\w.]+)?$/.test(value);
    NAME_PART = /^(?:[a-z]+\d*|\d+|[A-Z][a-z]+\d*|[A-Z]{2,6}\d*)$/;
    spelledLikeWord = (part) => {
      const lower = part.toLowerCase().replace(/\d+$/, "");
      return (lower.length <= 3 || /[aeiouy]/.test(lower)) && !/[^aeiouy]{5}/.test(lower);
    };
    isIdentifierOfWords = (value) => {
      if (!/^[A-Za-z][A-Za-z0-9]*(?:[._:-][A-Za-z0-9]+)*$/.test(value)) return false;
      const parts = value.replace(/([a-z])([A-Z])/g, "$1 $2").split(/[\s._:-]+/);
      return parts.length >= 2 && parts.every((part) => NAME_PART.test(part) && spelledLikeWord(part));
    };
    isPasswordHash = (escaped2) => {
      const value = escaped2.replace(/\$\$/g, "$");
      return /^(?:[\w.-]{1,64}:)?\$(?:1|2[abxy]?|5|6|7|y|gy|apr1|argon2(?:id|i|d)|scrypt|pbkdf2(?:-sha\d+)?|bcrypt(?:-sha256)?|sha\d+|md5)\$/.test(value) || /^(?:pbkdf2_sha(?:1|256)|argon2|bcrypt(?:_sha256)?|scrypt|md5|sha1|unsalted_md5|unsalted_sha1|crypt)\$/.test(value) || /^(?:[\w.-]{1,64}:)?\{(?:s?sha(?:256|384|512)?|s?md5|crypt|pbkdf2[\w-]*|bcrypt|argon2\w*)\}/i.test(value) || /^\*[0-9A-F]{40}$/.test(value) || /^(?:sha(?:1|256|384|512)|md5)[-:]/i.test(value);
    };
    isCiphertext = (value) => /^ENC\[(?:AES256_GCM|PGP|KMS)|^\$ANSIBLE_VAULT;|^!vault|^ENC\(.*\)$|^\{cipher\}|^vault:v\d+:|^EJ\[\d:|^-----BEGIN PGP MESSAGE|^AgB[A-Za-z0-9+/]{100,}/.test(value);
  }
});

// src/detect/generic/classify-value.ts
var reading, saysPlaceholder, hasTypedRun, NOT_SECRET, isStrongPassword, percentDecoded, looksRandom, classifyText, classifyValue;
var init_classify_value = __esm({
  "src/detect/generic/classify-value.ts"() {
    "use strict";
    init_entropy();
    init_decoders();
    init_value_features();
    init_value_shapes();
    reading = (kind, why) => ({ kind, why });
    saysPlaceholder = (value) => (value.length <= 24 || wordiness(value) >= 0.3) && isPlaceholderText(value);
    hasTypedRun = (value) => {
      const run = longestSequence(value);
      return run >= 8 || run >= 5 && run * 4 >= value.length || run >= 4 && value.length <= 8;
    };
    NOT_SECRET = [
      ["ciphertext", "ciphertext envelope", isCiphertext],
      ["hash", "password hash format", isPasswordHash],
      ["placeholder", "template", isTemplate],
      ["placeholder", "placeholder words", saysPlaceholder],
      ["placeholder", "typed run", hasTypedRun],
      ["placeholder", "interleaved count", isInterleavedCount],
      ["placeholder", "repeated characters", isRepetitive],
      ["placeholder", "default word", (value, key) => isDefaultWord(value, key.words)],
      ["structured", "natural-language text", hasNonAsciiLetters],
      ["structured", "code expression", isCodeShape],
      ["structured", "validation rules", isRuleList],
      ["structured", "URL without credentials", isUrlWithoutCredentials],
      ["structured", "path", isPath],
      ["structured", "ARN", isArn],
      ["structured", "UUID", isUuid],
      ["structured", "email address", isEmail],
      ["structured", "date", isDateOrTime],
      ["structured", "version", isVersion],
      ["structured", "number", (value) => /^[\d.,_-]+$/.test(value)],
      // A password may well be words (OceanFern1176); another secret named by words is a name.
      ["structured", "identifier of words", (value, key) => key.kind === "secret" && isIdentifierOfWords(value)]
    ];
    isStrongPassword = (value) => value.length >= 12 && characterClasses2(value) >= 3 && !isDecoratedWord(value);
    percentDecoded = (value) => {
      if (!/%[0-9A-Fa-f]{2}/.test(value)) return value;
      try {
        return decodeURIComponent(value);
      } catch {
        return value;
      }
    };
    looksRandom = (value) => {
      if (wordiness(value) >= 0.6) return false;
      const length = value.length;
      const entropy = shannonEntropy(value);
      const classes = characterClasses2(value);
      return length >= 20 && entropy >= 3.5 || length >= 32 && entropy >= 3 || length >= 16 && classes >= 2 && entropy >= 3.5 || length >= 12 && classes >= 3 && entropy >= 3.2 && wordiness(value) < 0.3;
    };
    classifyText = (value, key) => {
      for (const [kind, why, check] of NOT_SECRET) if (check(value, key)) return reading(kind, why);
      return void 0;
    };
    classifyValue = (raw, key = { words: [], kind: void 0 }) => {
      const value = percentDecoded(raw);
      const direct = classifyText(value, key);
      if (direct) return direct;
      const plain = base64Plain(value);
      if (plain !== void 0) {
        const decoded = classifyText(plain, key);
        if (decoded) return reading(decoded.kind, `${decoded.why} (base64-decoded)`);
        if (!looksRandom(plain) && wordiness(plain) >= 0.5) return reading("human", "words (base64-decoded)");
      }
      return looksRandom(value) ? reading("random", "random-looking") : reading("human", "human-chosen");
    };
  }
});

// src/detect/generic/confidence.ts
var lowerConfidence, ASIDE, confidenceIn, genericConfidence, GENERIC_CONFIDENCE, keyMaterialConfidence, ORDER, meetsFloor;
var init_confidence = __esm({
  "src/detect/generic/confidence.ts"() {
    "use strict";
    lowerConfidence = (confidence) => confidence === "high" ? "medium" : "low";
    ASIDE = /* @__PURE__ */ new Set(["test", "example", "docs"]);
    confidenceIn = (base, context) => ASIDE.has(context) ? lowerConfidence(base) : base;
    genericConfidence = (value, context) => GENERIC_CONFIDENCE[value][context];
    GENERIC_CONFIDENCE = {
      random: { "real-config": "high", code: "high", ci: "high", docs: "medium", example: "medium", test: "medium" },
      // A long, mixed password someone typed into a snippet reads as one they use; in a test or an example, as a fixture.
      strong: { "real-config": "high", code: "medium", ci: "medium", docs: "medium", example: "low", test: "low" },
      // hunter42, admin123: a real risk in deployed configuration, a dummy anywhere else.
      weak: { "real-config": "medium", code: "low", ci: "low", docs: "low", example: "low", test: "low" }
    };
    keyMaterialConfidence = (context) => context === "test" || context === "example" ? "low" : confidenceIn("high", context);
    ORDER = { high: 3, medium: 2, low: 1 };
    meetsFloor = (confidence, floor) => ORDER[confidence] >= ORDER[floor];
  }
});

// src/detect/generic/file-context.ts
var TEST_DIR, TEST_FILE, EXAMPLE_DIR, EXAMPLE_FILE, DOCS_DIR, LOCALE_DIR, LOCALE_FILE, DOCS_FILE, CI_PATH, CHART_VALUES, CONFIG_FILE, fileContextOf;
var init_file_context = __esm({
  "src/detect/generic/file-context.ts"() {
    "use strict";
    TEST_DIR = /^(?:tests?|__tests__|spec|specs|fixtures?|__fixtures__|testdata|test[_-]?data|testing|mocks?|__mocks__|e2e|cypress|fakes?|stubs?|testutils?|test[_-]?utils?|unittests?|integration[_-]?tests?|vcr[_-]?cassettes|cassettes|snapshots?|__snapshots__)$/i;
    TEST_FILE = /(?:^|[._-])(?:tests?|spec|specs|fixtures?|mocks?|fake)(?:[._-]|$)|_test\.\w+$|Tests?\.\w+$|^test_|\.snap$/i;
    EXAMPLE_DIR = /^(?:examples?|samples?|demos?|templates?|tutorials?|quickstarts?|playground|sandbox|skeleton|boilerplate|starter|getting[_-]?started|labs?|workshops?|exercises?)$/i;
    EXAMPLE_FILE = /(?:^|[._-])(?:example|examples|sample|samples|template|templates|tmpl|tpl|dist|skeleton|stub|demo)(?:[._-]|$)/i;
    DOCS_DIR = /^(?:[\w-]*[-_.]?docs?|documentation|man|wiki|guides?|website|site|blog|_posts|content|articles?|book|handbook)$/i;
    LOCALE_DIR = /^(?:locales?|i18n|l10n|translations?|lang|langs|languages|messages|intl|po)$/i;
    LOCALE_FILE = /\.(?:po|pot|xliff|xlf|resx|strings)$|^messages[_.-][\w-]+\.(?:properties|json|ya?ml)$/i;
    DOCS_FILE = /\.(?:md|markdown|mdx|rst|adoc|asciidoc|txt|html?|ipynb)$|^(?:README|CHANGELOG|CHANGES|HISTORY|CONTRIBUTING|UPGRADING|MIGRATION)(?:\.|$)/i;
    CI_PATH = /(?:^|\/)(?:setup\.cfg$|pyproject\.toml$|pytest\.ini$|\.coveragerc$|phpunit\.xml(?:\.dist)?$|package\.json$|composer\.json$|Makefile$|\.github\/|\.gitlab-ci|\.gitlab\/|\.circleci\/|\.travis\.yml$|azure-pipelines|\.drone\.yml$|bitbucket-pipelines\.yml$|\.buildkite\/|Jenkinsfile$|\.woodpecker|cloudbuild\.ya?ml$|\.tekton\/|tox\.ini$|noxfile\.py$|\.pre-commit-config\.yaml$)/;
    CHART_VALUES = /(?:^|\/)values(?:[.-][\w.-]+)?\.ya?ml$/;
    CONFIG_FILE = /\.(?:env|ya?ml|json|toml|ini|cfg|conf|cnf|properties|xml|config|tfvars|hcl|plist)$|(?:^|\/)\.env(?:\.[\w-]+)*$|(?:^|\/)(?:settings|local_settings|production|prod|config|wp-config|secrets|credentials|database|parameters)\.(?:py|php|rb|js|ts)$|(?:^|\/)(?:Dockerfile|docker-compose[\w.-]*|compose[\w.-]*|\.npmrc|\.pypirc|\.netrc|\.pgpass|\.my\.cnf|\.s3cfg|\.git-credentials)$/i;
    fileContextOf = (path) => {
      const parts = path.split("/");
      const name = parts[parts.length - 1] ?? path;
      const dirs = parts.slice(0, -1);
      if (dirs.some((dir) => TEST_DIR.test(dir)) || TEST_FILE.test(name)) return "test";
      if (dirs.some((dir) => EXAMPLE_DIR.test(dir)) || EXAMPLE_FILE.test(name) || CHART_VALUES.test(path)) return "example";
      if (dirs.some((dir) => DOCS_DIR.test(dir) || LOCALE_DIR.test(dir)) || DOCS_FILE.test(name) || LOCALE_FILE.test(name)) return "docs";
      if (CI_PATH.test(path)) return "ci";
      return CONFIG_FILE.test(path) ? "real-config" : "code";
    };
  }
});

// src/detect/generic/key-segments.ts
var keySegments, PASSWORD_WORDS, SECRET_WORDS, KEY_QUALIFIERS, NOT_SECRET_BEFORE, TAIL_OK, PUBLISHED, PASS_QUALIFIERS, isPasswordPass, kindOfSegment, isDigits, secretKindOfKey, isUpperSnake;
var init_key_segments = __esm({
  "src/detect/generic/key-segments.ts"() {
    "use strict";
    keySegments = (key) => key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").replace(/([A-Za-z])([0-9])/g, "$1 $2").split(/[^A-Za-z0-9]+/).filter((segment) => segment.length > 0).map((segment) => segment.toLowerCase());
    PASSWORD_WORDS = /* @__PURE__ */ new Set(["password", "passwd", "pwd", "passphrase", "passcode", "pword", "passwort", "contrasena", "senha", "motdepasse"]);
    SECRET_WORDS = /* @__PURE__ */ new Set([
      "secret",
      "token",
      "credential",
      "credentials",
      "creds",
      "apikey",
      "apitoken",
      "apisecret",
      "accesskey",
      "accesstoken",
      "secretkey",
      "privatekey",
      "signingkey",
      "encryptionkey",
      "masterkey",
      "sessionkey",
      "appkey",
      "appsecret",
      "licensekey",
      "hmackey",
      "jwtkey",
      "authkey",
      "authtoken",
      "refreshtoken",
      "bearertoken",
      "sessiontoken",
      "clientsecret",
      "consumersecret",
      "webhooksecret",
      "sharedsecret",
      "accountkey",
      "storagekey",
      "auth"
    ]);
    KEY_QUALIFIERS = /* @__PURE__ */ new Set([
      "api",
      "access",
      "private",
      "secret",
      "signing",
      "sign",
      "encryption",
      "encrypt",
      "crypt",
      "master",
      "session",
      "app",
      "application",
      "license",
      "licence",
      "hmac",
      "jwt",
      "client",
      "consumer",
      "auth",
      "account",
      "storage",
      "shared",
      "service",
      "subscription",
      "admin",
      "root",
      "server",
      "webhook",
      "cipher",
      "aes",
      "mac",
      "token",
      "live",
      "prod",
      "write",
      "read",
      "ingest",
      "ingestion",
      "management",
      "developer",
      "dev",
      "partner",
      "merchant"
    ]);
    NOT_SECRET_BEFORE = {
      password: /* @__PURE__ */ new Set([
        "forgot",
        "forgotten",
        "reset",
        "show",
        "hide",
        "toggle",
        "has",
        "is",
        "should",
        "can",
        "enable",
        "enabled",
        "disable",
        "disabled",
        "use",
        "allow",
        "require",
        "required",
        "validate",
        "validation",
        "verify",
        "check",
        "generate",
        "min",
        "max",
        "no",
        "without",
        "skip",
        "strong",
        "weak",
        "by",
        "bypass",
        "one",
        "otp",
        "sample",
        "example",
        "dummy",
        "fake",
        "mock"
      ]),
      secret: /* @__PURE__ */ new Set([
        "csrf",
        "xsrf",
        "page",
        "next",
        "prev",
        "previous",
        "cursor",
        "continuation",
        "pagination",
        "sync",
        "cancel",
        "cancellation",
        "device",
        "push",
        "fcm",
        "apns",
        "registration",
        "invite",
        "invitation",
        "unsubscribe",
        "max",
        "min",
        "num",
        "input",
        "output",
        "completion",
        "prompt",
        "total",
        "count",
        "lexer",
        "syntax",
        "parse",
        "parser",
        "start",
        "end",
        "first",
        "last",
        "current",
        "expected",
        "this",
        "is",
        "has",
        "no",
        "sample",
        "example",
        "dummy",
        "fake",
        "mock",
        "oauth",
        "o",
        "basic"
      ]),
      key: /* @__PURE__ */ new Set([
        "public",
        "publishable",
        "pub",
        "site",
        "anon",
        "anonymous",
        "search",
        "primary",
        "partition",
        "sort",
        "cache",
        "routing",
        "idempotency",
        "foreign",
        "lookup",
        "host",
        "gpg",
        "pgp",
        "ssh",
        "deploy",
        "i18n",
        "translation",
        "map",
        "dict",
        "object",
        "row",
        "column",
        "index",
        "unique",
        "composite",
        "shard",
        "hash",
        "sample",
        "example",
        "dummy",
        "fake",
        "mock"
      ])
    };
    TAIL_OK = /* @__PURE__ */ new Set([
      "value",
      "val",
      "str",
      "string",
      "b64",
      "base64",
      "hex",
      "raw",
      "plain",
      "plaintext",
      "encoded",
      "text",
      "key",
      "token",
      "secret",
      "pass",
      "password",
      "pwd",
      "env",
      "prod",
      "production",
      "dev",
      "development",
      "staging",
      "stage",
      "live",
      "sandbox",
      "local",
      "default",
      "old",
      "new",
      "current",
      "primary",
      "secondary",
      "base",
      "confirmation",
      "confirm",
      "again",
      "repeat",
      "bytes",
      "data",
      "material",
      "override",
      "admin",
      "root",
      "user",
      "sha",
      "v"
    ]);
    PUBLISHED = /* @__PURE__ */ new Set(["public", "publishable", "pub", "anon"]);
    PASS_QUALIFIERS = /* @__PURE__ */ new Set([
      "db",
      "database",
      "smtp",
      "mail",
      "email",
      "ftp",
      "sftp",
      "ssh",
      "admin",
      "root",
      "user",
      "usr",
      "redis",
      "mysql",
      "pg",
      "postgres",
      "mongo",
      "api",
      "app",
      "auth",
      "login",
      "ldap",
      "bind",
      "vpn",
      "wifi",
      "proxy",
      "rabbit",
      "rabbitmq",
      "amqp",
      "mq",
      "sql",
      "sa",
      "svc",
      "service",
      "server",
      "basic",
      "http",
      "imap",
      "pop",
      "keystore",
      "store",
      "key",
      "cert",
      "master",
      "sudo",
      "account",
      "client",
      "web",
      "dashboard",
      "registry",
      "docker",
      "nexus",
      "jenkins"
    ]);
    isPasswordPass = (segments, i, key) => segments.length === 1 || isUpperSnake(key) || PASS_QUALIFIERS.has(segments[i - 1] ?? "");
    kindOfSegment = (segment) => {
      if (segment === "pass") return "pass";
      if (PASSWORD_WORDS.has(segment)) return "password";
      if (SECRET_WORDS.has(segment)) return "secret";
      if (segment === "key" || segment === "keys") return "key";
      if (/^(?!no|non|un|by)[a-z]{2,12}(?:password|passwd)$/.test(segment)) return "password";
      return void 0;
    };
    isDigits = (segment) => /^\d+$/.test(segment);
    secretKindOfKey = (key) => {
      const segments = keySegments(key);
      for (let i = segments.length - 1; i >= 0; i--) {
        const found = kindOfSegment(segments[i]);
        if (found === void 0) continue;
        if (found === "pass" && !isPasswordPass(segments, i, key)) return void 0;
        const kind = found === "pass" ? "password" : found;
        const tail = segments.slice(i + 1);
        if (!tail.every((segment) => TAIL_OK.has(segment) || isDigits(segment))) return void 0;
        const before2 = segments[i - 1];
        if (kind === "key") {
          if (before2 === void 0 || NOT_SECRET_BEFORE.key.has(before2)) return void 0;
          if (segments.slice(0, i).some((segment) => PUBLISHED.has(segment))) return void 0;
          return KEY_QUALIFIERS.has(before2) || isUpperSnake(key) ? "secret" : void 0;
        }
        if (before2 !== void 0 && NOT_SECRET_BEFORE[kind].has(before2)) return void 0;
        return kind;
      }
      return void 0;
    };
    isUpperSnake = (key) => /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(key.replace(/^.*[^A-Z0-9_]/, ""));
  }
});

// src/detect/generic/syntax-of-path.ts
var CODE, CONFIG, MARKDOWN, BY_NAME, syntaxOfPath, FENCE_LANGUAGES, syntaxOfFence;
var init_syntax_of_path = __esm({
  "src/detect/generic/syntax-of-path.ts"() {
    "use strict";
    CODE = {
      js: "js",
      mjs: "js",
      cjs: "js",
      jsx: "js",
      ts: "js",
      tsx: "js",
      mts: "js",
      cts: "js",
      vue: "js",
      svelte: "js",
      astro: "js",
      py: "python",
      pyw: "python",
      pyi: "python",
      go: "go",
      java: "java",
      kt: "kotlin",
      kts: "kotlin",
      groovy: "groovy",
      gradle: "groovy",
      scala: "scala",
      sc: "scala",
      dart: "dart",
      cs: "csharp",
      vb: "csharp",
      rb: "ruby",
      rake: "ruby",
      gemspec: "ruby",
      erb: "ruby",
      php: "php",
      phtml: "php",
      rs: "rust",
      swift: "swift",
      c: "c",
      h: "c",
      cc: "c",
      cpp: "c",
      cxx: "c",
      hpp: "c",
      hh: "c",
      m: "c",
      mm: "c",
      sh: "shell",
      bash: "shell",
      zsh: "shell",
      ksh: "shell",
      fish: "shell",
      ps1: "powershell",
      psm1: "powershell",
      psd1: "powershell",
      pl: "perl",
      pm: "perl",
      lua: "lua",
      ex: "elixir",
      exs: "elixir",
      tf: "hcl",
      tfvars: "hcl",
      hcl: "hcl",
      nomad: "hcl",
      sql: "sql"
    };
    CONFIG = {
      env: "env",
      yaml: "yaml",
      yml: "yaml",
      json: "json",
      jsonc: "json",
      json5: "json",
      toml: "toml",
      ini: "ini",
      cfg: "ini",
      properties: "ini",
      conf: "conf",
      cnf: "ini",
      config: "xml",
      xml: "xml",
      plist: "xml",
      csproj: "xml",
      props: "xml",
      targets: "xml",
      pom: "xml"
    };
    MARKDOWN = /* @__PURE__ */ new Set(["md", "markdown", "mdx", "rst", "adoc", "asciidoc"]);
    BY_NAME = [
      [/^\.env(?:\.|$)|\.env$/i, { family: "config", format: "env" }],
      [/^(?:Dockerfile|Containerfile)(?:\..*)?$|\.dockerfile$/i, { family: "config", format: "dockerfile" }],
      [/^(?:\.bashrc|\.zshrc|\.bash_profile|\.profile|\.zprofile|\.bash_aliases|\.envrc)$/, { family: "code", language: "shell" }],
      [/^(?:Jenkinsfile|build\.gradle)$/, { family: "code", language: "groovy" }],
      [/^(?:Rakefile|Gemfile|Vagrantfile|Podfile|Fastfile|Brewfile)$/, { family: "code", language: "ruby" }]
    ];
    syntaxOfPath = (path) => {
      const name = path.slice(path.lastIndexOf("/") + 1);
      for (const [pattern2, syntax] of BY_NAME) if (pattern2.test(name)) return syntax;
      const dot = name.lastIndexOf(".");
      const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
      const language = CODE[extension];
      if (language) return { family: "code", language };
      const format3 = CONFIG[extension];
      if (format3) return { family: "config", format: format3 };
      if (MARKDOWN.has(extension)) return { family: "markdown" };
      return { family: "plain" };
    };
    FENCE_LANGUAGES = {
      javascript: { family: "code", language: "js" },
      typescript: { family: "code", language: "js" },
      python: { family: "code", language: "python" },
      golang: { family: "code", language: "go" },
      ruby: { family: "code", language: "ruby" },
      csharp: { family: "code", language: "csharp" },
      console: { family: "code", language: "shell" },
      shell: { family: "code", language: "shell" },
      powershell: { family: "code", language: "powershell" },
      dotenv: { family: "config", format: "env" }
    };
    syntaxOfFence = (info) => {
      const word = info.trim().split(/[\s{,]/)[0]?.toLowerCase() ?? "";
      if (word === "") return { family: "plain" };
      const named = FENCE_LANGUAGES[word];
      if (named) return named;
      const syntax = syntaxOfPath(`x.${word}`);
      return syntax.family === "markdown" ? { family: "plain" } : syntax;
    };
  }
});

// src/detect/generic/markdown-context.ts
var FENCE, openFence, insideCodeSpan, markdownSyntaxAt;
var init_markdown_context = __esm({
  "src/detect/generic/markdown-context.ts"() {
    "use strict";
    init_syntax_of_path();
    FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
    openFence = (text, lineStart) => {
      let open;
      let at = 0;
      while (at < lineStart) {
        const end = text.indexOf("\n", at);
        const stop = end === -1 || end > lineStart ? lineStart : end;
        const fence = FENCE.exec(text.slice(at, stop).replace(/\r$/, ""));
        if (fence) {
          const marker = fence[1];
          if (open === void 0) open = { marker, info: fence[2] ?? "" };
          else if (marker[0] === open.marker[0] && marker.length >= open.marker.length && (fence[2] ?? "").trim() === "") open = void 0;
        }
        if (end === -1) break;
        at = end + 1;
      }
      return open?.info;
    };
    insideCodeSpan = (line, column) => (line.slice(0, column).match(/`/g)?.length ?? 0) % 2 === 1;
    markdownSyntaxAt = (text, lineStart, line, column, whole) => {
      if (insideCodeSpan(line, column)) return { family: "plain" };
      if (!whole || /^(?: {4}|\t)/.test(line)) return { family: "plain" };
      const info = openFence(text, lineStart);
      return info === void 0 ? void 0 : syntaxOfFence(info);
    };
  }
});

// src/detect/generic/read-literal.ts
var LITERAL, notLiteral, isEscaped, enclosingString, KEEPS_LITERAL, continuesAsCode, continuesCode, interpolates, readLiteral;
var init_read_literal = __esm({
  "src/detect/generic/read-literal.ts"() {
    "use strict";
    LITERAL = { literal: true };
    notLiteral = (why) => ({ literal: false, why });
    isEscaped = (line, at) => {
      let slashes = 0;
      for (let i = at - 1; i >= 0 && line[i] === "\\"; i--) slashes++;
      return slashes % 2 === 1;
    };
    enclosingString = (line, start2, end, quotes) => {
      for (let open = start2 - 1; open >= 0; open--) {
        const quote = line[open];
        if (!quotes.includes(quote) || isEscaped(line, open)) continue;
        let close = end;
        while (close < line.length && (line[close] !== quote || isEscaped(line, close))) close++;
        if (close < line.length && !line.slice(open + 1, start2).includes(quote)) return { open, close, quote };
        return void 0;
      }
      return void 0;
    };
    KEEPS_LITERAL = /^\.(?:freeze|encode|getBytes|toCharArray|to_string|to_owned|into|as_bytes|bytes|b|dup|trim|strip|toString|as_str|utf8|data|toByteArray)\b/;
    continuesAsCode = (line, after) => {
      const rest = line.slice(after).trimStart();
      if (rest.startsWith(".")) return !KEEPS_LITERAL.test(rest);
      return /^(?:\+|%(?![>}])|\[|\(|\*(?!\/))/.test(rest);
    };
    continuesCode = (before2) => /[+.%]\s*$/.test(before2);
    interpolates = (syntax, quoted, line, body) => {
      if (syntax.interpolation === void 0) return false;
      if (syntax.interpolatingPrefix !== void 0) return syntax.interpolatingPrefix.test(line.slice(0, quoted.open)) && syntax.interpolation.test(body);
      if (syntax.interpolating !== void 0 && !syntax.interpolating.includes(quoted.quote)) return false;
      return syntax.interpolation.test(body);
    };
    readLiteral = (line, start2, end, syntax) => {
      const quoted = enclosingString(line, start2, end, syntax.quotes);
      if (quoted === void 0) {
        if (!syntax.bare) return notLiteral("code-expression");
        return syntax.interpolation?.test(line.slice(start2, end)) ? notLiteral("interpolation") : LITERAL;
      }
      const body = line.slice(quoted.open + 1, quoted.close);
      if (interpolates(syntax, quoted, line, body)) return notLiteral("interpolation");
      if (!syntax.code) return LITERAL;
      if (quoted.quote === "`" && syntax.bare) return notLiteral("code-expression");
      const before2 = line.slice(0, quoted.open).replace(/[A-Za-z@$#]{1,3}$/, "");
      if (continuesAsCode(line, quoted.close + 1) || continuesCode(before2)) return notLiteral("code-expression");
      return LITERAL;
    };
  }
});

// src/detect/generic/string-syntax.ts
var DOLLAR, CODE_STRINGS, SCALAR, CONFIG_STRINGS, stringSyntaxOf;
var init_string_syntax = __esm({
  "src/detect/generic/string-syntax.ts"() {
    "use strict";
    DOLLAR = /\$[A-Za-z_{(]/;
    CODE_STRINGS = {
      js: { quotes: "'\"`", bare: false, code: true, interpolation: /\$\{/, interpolating: "`" },
      python: { quotes: `'"`, bare: false, code: true, interpolation: /\{[^{}]*\}/, interpolatingPrefix: /[fF][rRbB]?$|[rRbB][fF]$/ },
      go: { quotes: '"`', bare: false, code: true },
      java: { quotes: '"', bare: false, code: true },
      kotlin: { quotes: '"', bare: false, code: true, interpolation: DOLLAR },
      groovy: { quotes: `'"`, bare: false, code: true, interpolation: DOLLAR, interpolating: '"' },
      scala: { quotes: '"', bare: false, code: true, interpolation: DOLLAR, interpolatingPrefix: /[sf]$/ },
      dart: { quotes: `'"`, bare: false, code: true, interpolation: DOLLAR },
      csharp: { quotes: '"', bare: false, code: true, interpolation: /\{[^{}]*\}/, interpolatingPrefix: /\$@?$|@\$$/ },
      ruby: { quotes: `'"`, bare: false, code: true, interpolation: /#\{/, interpolating: '"' },
      php: { quotes: `'"`, bare: false, code: true, interpolation: /\$[A-Za-z_{]|\{\$/, interpolating: '"' },
      rust: { quotes: '"', bare: false, code: true },
      swift: { quotes: '"', bare: false, code: true, interpolation: /\\\(/ },
      c: { quotes: '"', bare: false, code: true },
      shell: { quotes: `'"`, bare: true, code: true, interpolation: /\$[A-Za-z_{(]|`/, interpolating: '"' },
      powershell: { quotes: `'"`, bare: false, code: true, interpolation: DOLLAR, interpolating: '"' },
      perl: { quotes: `'"`, bare: false, code: true, interpolation: /[$@][A-Za-z_{]/, interpolating: '"' },
      lua: { quotes: `'"`, bare: false, code: true },
      elixir: { quotes: `'"`, bare: false, code: true, interpolation: /#\{/ },
      hcl: { quotes: '"', bare: false, code: true, interpolation: /[$%]\{/ },
      sql: { quotes: "'", bare: false, code: false }
    };
    SCALAR = { quotes: `'"`, bare: true, code: false };
    CONFIG_STRINGS = {
      env: { quotes: `'"`, bare: true, code: false, interpolation: /\$\{?[A-Za-z_]/, interpolating: '"' },
      json: { quotes: '"', bare: false, code: false },
      toml: { quotes: `'"`, bare: false, code: false }
    };
    stringSyntaxOf = (syntax) => {
      if (syntax.family === "code") return CODE_STRINGS[syntax.language] ?? SCALAR;
      if (syntax.family === "config") return CONFIG_STRINGS[syntax.format] ?? SCALAR;
      return { quotes: "'\"`", bare: true, code: false };
    };
  }
});

// src/detect/generic/assess-finding.ts
var drop, keep, keyAround, isPlaceholderToken, syntaxAt, assessChosen, assessProvider, assessFinding;
var init_assess_finding = __esm({
  "src/detect/generic/assess-finding.ts"() {
    "use strict";
    init_classify_value();
    init_confidence();
    init_file_context();
    init_key_segments();
    init_markdown_context();
    init_read_literal();
    init_string_syntax();
    init_syntax_of_path();
    init_value_features();
    init_entropy();
    init_value_shapes();
    drop = (why) => ({ keep: false, why });
    keep = (confidence) => ({ keep: true, confidence });
    keyAround = (line, at) => {
      let start2 = at;
      let end = at;
      while (start2 > 0 && /[\w.-]/.test(line[start2 - 1])) start2--;
      while (end < line.length && /[\w.-]/.test(line[end])) end++;
      return line.slice(start2, end).replace(/^[.-]+|[.-]+$/g, "");
    };
    isPlaceholderToken = (secret) => isTemplate(secret) || /example|placeholder|dummy|x{5,}/i.test(secret) || longestSequence(secret) >= 8 || longestRepeat(secret) * 2 >= secret.length || secret.length >= 16 && shannonEntropy(secret) < 2.5;
    syntaxAt = (candidate) => {
      const { fragment } = candidate;
      if (fragment.decoded) return { family: "plain" };
      const syntax = syntaxOfPath(fragment.path);
      if (syntax.family !== "markdown") return syntax;
      const whole = fragment.startLine === 1 && fragment.lineNumbers === void 0;
      return markdownSyntaxAt(fragment.text, candidate.lineStart, candidate.line, candidate.secretStart - candidate.lineStart, whole);
    };
    assessChosen = (candidate) => {
      const syntax = syntaxAt(candidate);
      if (syntax === void 0) return drop("prose in documentation, not code");
      const { line, lineStart } = candidate;
      const literal = readLiteral(line, candidate.secretStart - lineStart, candidate.secretEnd - lineStart, stringSyntaxOf(syntax));
      if (!literal.literal) return drop(literal.why === "interpolation" ? "an interpolated string, not a literal" : "code, not a literal");
      let key = { words: [], kind: void 0 };
      if (candidate.rule.assignment) {
        const name = keyAround(line, candidate.matchStart - lineStart);
        const kind = secretKindOfKey(name);
        if (kind === void 0) return drop(`the key "${name}" names no secret`);
        key = { words: keySegments(name), kind };
      }
      const value = classifyValue(candidate.secret, key);
      if (value.kind !== "random" && value.kind !== "human") return drop(`${value.kind}: ${value.why}`);
      const strength = value.kind === "random" ? "random" : isStrongPassword(candidate.secret) ? "strong" : "weak";
      return keep(genericConfidence(strength, fileContextOf(candidate.fragment.path)));
    };
    assessProvider = (candidate) => {
      const { rule, secret } = candidate;
      const context = fileContextOf(candidate.fragment.path);
      if (rule.tags.includes("private-key")) return keep(keyMaterialConfidence(context));
      if (isPlaceholderToken(secret)) return drop("placeholder: a typed or example token body");
      return keep(confidenceIn(rule.confidence ?? "high", context));
    };
    assessFinding = (candidate) => candidate.rule.chosen ? assessChosen(candidate) : assessProvider(candidate);
  }
});

// src/detect/detector.ts
var allowedBy, pathOnlyFinding, createDetector;
var init_detector = __esm({
  "src/detect/detector.ts"() {
    "use strict";
    init_allowlist();
    init_entropy();
    init_fingerprint();
    init_inline_allow();
    init_keyword_index();
    init_decode_pass();
    init_decoders();
    init_line_index();
    init_validators();
    init_generic_shadowing();
    init_windows();
    init_assess_finding();
    init_file_context();
    init_confidence();
    allowedBy = (rule, global, candidate) => {
      const own = rule.allowlists.find((allowlist) => allowlistDrops(allowlist, candidate));
      if (own) return describeAllowlist(own, `rule ${rule.id}`);
      const shared = global.find((allowlist) => targets(allowlist, rule) && allowlistDrops(allowlist, candidate));
      return shared ? describeAllowlist(shared, "global") : void 0;
    };
    pathOnlyFinding = (rule, fragment) => ({
      ruleId: rule.id,
      description: rule.description,
      severity: rule.severity,
      file: fragment.path,
      line: fragment.startLine,
      column: 1,
      endLine: fragment.startLine,
      endColumn: 1,
      secret: fragment.path,
      match: fragment.path,
      entropy: 0,
      validated: null,
      // A file that holds secrets by its kind (a key store, a .env): its content, when readable, decides.
      confidence: confidenceIn(rule.confidence ?? "medium", fileContextOf(fragment.path)),
      fingerprint: fingerprint(rule.id, fragment.path, fragment.path),
      ...fragment.commit ? { commit: fragment.commit } : {},
      ...fragment.blob ? { blob: fragment.blob } : {}
    });
    createDetector = (rules, globalAllowlists, options, index = buildKeywordIndex(rules)) => {
      const genericIds = new Set(rules.filter((rule) => rule.tags.includes("generic")).map((rule) => rule.id));
      const consider = (rule, context, match, offset) => {
        const { fragment, lines, result } = context;
        const text = fragment.text;
        const secret = rule.secretGroup === 0 ? match[0] : match[rule.secretGroup];
        if (!secret) return;
        const entropy = shannonEntropy(secret);
        if (rule.entropy !== void 0 && entropy < rule.entropy) return;
        const validated = rule.validate ? VALIDATE[rule.validate](secret) : null;
        const secretStart = offset + Math.max(0, match[0].indexOf(secret));
        if (validated === false && !options.includeInvalid) {
          context.rejected.push(secret);
          result.suppressed.push({ reason: "checksum", ruleId: rule.id, file: fragment.path, line: lines.position(secretStart).line, by: `its ${rule.validate} check fails (--include-invalid reports it)` });
          return;
        }
        const secretEnd = secretStart + secret.length;
        const line = lines.lineAt(secretStart);
        const start2 = lines.position(secretStart);
        const candidate = {
          secret,
          match: match[0],
          line: text.slice(line.start, line.end),
          path: fragment.path,
          commit: fragment.commit?.sha
        };
        const suppress = (reason, by) => {
          result.suppressed.push({ reason, ruleId: rule.id, file: fragment.path, line: start2.line, by });
        };
        const allowlist = allowedBy(rule, globalAllowlists, candidate);
        if (allowlist) return suppress("allowlist", allowlist);
        const plain = genericIds.has(rule.id) ? base64Plain(secret) : void 0;
        if (plain !== void 0) {
          if (rule.entropy !== void 0 && shannonEntropy(plain) < rule.entropy) return;
          const decodedAllowlist = allowedBy(rule, globalAllowlists, { ...candidate, secret: plain });
          if (decodedAllowlist) return suppress("allowlist", `${decodedAllowlist} (its base64-decoded text)`);
        }
        const marker = inlineAllowMarker(text, secretStart, secretEnd);
        if (marker) return suppress("inline", marker);
        const assessment = assessFinding({
          rule,
          fragment,
          line: candidate.line,
          lineStart: line.start,
          matchStart: offset,
          secretStart,
          secretEnd,
          secret,
          validated
        });
        if (!assessment.keep) return suppress("not-a-secret", assessment.why);
        const end = lines.position(secretEnd);
        result.findings.push({
          ruleId: rule.id,
          description: rule.description,
          severity: rule.severity,
          file: fragment.path,
          line: start2.line,
          column: start2.column,
          endLine: end.line,
          endColumn: end.column,
          secret,
          // Whole: reporters mask the secret in it first, then cut it for display (report/redact.ts).
          match: match[0],
          entropy: Math.round(entropy * 1e3) / 1e3,
          validated,
          confidence: assessment.confidence,
          fingerprint: fingerprint(rule.id, fragment.path, secret),
          ...fragment.commit ? { commit: fragment.commit } : {},
          ...fragment.blob ? { blob: fragment.blob, blobLine: candidate.line.slice(0, 1e3) } : {}
        });
      };
      const sticky = /* @__PURE__ */ new Map();
      const extend = (rule, text, offset, lines) => {
        let regex2 = sticky.get(rule);
        if (!regex2) {
          regex2 = new RegExp(rule.regex.source, rule.regex.flags.replace("g", "") + "y");
          sticky.set(rule, regex2);
        }
        const lineEnd = lines.lineAt(offset).end;
        const slice = text.slice(offset, Math.min(lineEnd, offset + 65536));
        regex2.lastIndex = 0;
        return regex2.exec(slice);
      };
      const found = (rule, context, m, offset, cut, sliceLength) => {
        const whole = cut && m.index + m[0].length === sliceLength ? extend(rule, context.fragment.text, offset, context.lines) ?? m : m;
        consider(rule, context, whole, offset);
      };
      const runRule = (rule, spans, context) => {
        const regex2 = rule.regex;
        for (const span of spans) {
          const { slice, cut } = spanText(context.fragment.text, span);
          regex2.lastIndex = 0;
          for (let m = regex2.exec(slice); m !== null; m = regex2.exec(slice)) {
            if (m[0].length === 0) {
              regex2.lastIndex++;
              continue;
            }
            found(rule, context, m, span.start + m.index, cut, slice.length);
          }
        }
      };
      const inScope = (ruleIndex, path) => {
        const only = rules[ruleIndex].path;
        return only === void 0 || only.test(path);
      };
      const runAnchored = (rule, sticky2, spans, hits, context) => {
        const positions = ascending(hits);
        let next = 0;
        for (const span of spans) {
          const { slice, cut } = spanText(context.fragment.text, span);
          let free = span.start;
          while (next < positions.length && positions[next] < span.start) next++;
          for (; next < positions.length && positions[next] < span.end; next++) {
            const at = positions[next];
            if (at < free) continue;
            sticky2.lastIndex = at - span.start;
            const m = sticky2.exec(slice);
            if (m === null || m[0].length === 0) continue;
            found(rule, context, m, at, cut, slice.length);
            free = at + m[0].length;
          }
        }
      };
      const scan = (fragment) => {
        const result = { findings: [], suppressed: [], pathAllowed: false };
        const text = fragment.text;
        const hits = index.findHits(text);
        const run = [];
        for (const ruleIndex of hits.keys()) if (inScope(ruleIndex, fragment.path)) run.push(ruleIndex);
        for (const always of index.alwaysRun) if (!hits.has(always) && inScope(always, fragment.path)) run.push(always);
        if (run.length === 0) return result;
        const context = { fragment, lines: createLineIndex(text, fragment.startLine, fragment.lineNumbers), result, rejected: [] };
        for (const ruleIndex of run.sort((a, b) => a - b)) {
          const rule = rules[ruleIndex];
          if (rule.pathOnly) {
            result.findings.push(pathOnlyFinding(rule, fragment));
            continue;
          }
          options.onRule?.(ruleIndex);
          const positions = hits.get(ruleIndex) ?? [];
          const spans = positions.length === 0 ? [{ start: 0, end: text.length }] : windowsFor(text, positions, rule.window, context.lines);
          if (rule.anchoredAt && positions.length > 0) runAnchored(rule, rule.anchoredAt, spans, positions, context);
          else runRule(rule, spans, context);
        }
        return dropRejected(result, context.rejected, genericIds);
      };
      const detect = (fragment) => {
        if (globalAllowlists.some((allowlist) => allowsWholePath(allowlist, fragment.path))) {
          return { findings: [], suppressed: [], pathAllowed: true };
        }
        const result = scan(fragment);
        if (options.decode !== false) scanDecoded(fragment, scan, result);
        return dropNamedWithContent(dropShadowedGeneric(result, genericIds), rules);
      };
      return { rules, detect };
    };
  }
});

// src/scan/watched-allowlists.ts
var PROGRESS_SLOTS, OWNER, INDEX, describeWatched;
var init_watched_allowlists = __esm({
  "src/scan/watched-allowlists.ts"() {
    "use strict";
    PROGRESS_SLOTS = 4;
    OWNER = 2;
    INDEX = 3;
    describeWatched = (owner, index, rules, globalWhere) => {
      if (owner < 0) return void 0;
      if (owner === 0) return `the allowlist regex (${globalWhere[index] ?? `global allowlist #${index + 1}`})`;
      const rule = rules[owner - 1];
      return rule ? `the allowlist regex of rule "${rule.id}" (its allowlist #${index + 1})` : void 0;
    };
  }
});

// src/scan/worker-pool.ts
import { existsSync as existsSync2 } from "node:fs";
import { availableParallelism } from "node:os";
import { join as join6 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { Worker } from "node:worker_threads";
var DEPTH, WORKER_YOUNG_GENERATION_MB, workerFile, startPool;
var init_worker_pool = __esm({
  "src/scan/worker-pool.ts"() {
    "use strict";
    init_source_item();
    init_errors();
    init_package_file();
    init_watched_allowlists();
    DEPTH = 2;
    WORKER_YOUNG_GENERATION_MB = 8;
    workerFile = () => {
      const here = join6(fileURLToPath2(new URL(".", import.meta.url)), "scan-worker.js");
      if (existsSync2(here)) return here;
      const built = packageFile(join6("lib", "scan", "scan-worker.js"));
      if (existsSync2(built)) return built;
      throw new LeakgateError("internal", "the scan worker is missing: run `npm run build`");
    };
    startPool = (maxWorkers = Number(process.env["LEAKGATE_WORKERS"]) || 2) => {
      const slots = [];
      const waiting = [];
      const file = workerFile();
      const limit = Math.max(1, Math.min(maxWorkers, availableParallelism()));
      let nextId = 0;
      let failure2;
      let settings;
      let closing = false;
      const fail5 = (error) => {
        failure2 ??= error;
        for (const pending of waiting.splice(0)) pending.reject(failure2);
        for (const slot of slots) {
          if (slot.timer) clearTimeout(slot.timer);
          for (const pending of slot.queue.splice(0)) pending.reject(failure2);
          void slot.worker.terminate();
        }
      };
      const arm = (slot) => {
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = void 0;
        const head = slot.queue[0];
        if (!head) return;
        const { config, options } = settings;
        slot.timer = setTimeout(() => {
          const fragment = head.batch.fragments[Atomics.load(slot.progress, 0)];
          const rule = config.rules[Atomics.load(slot.progress, 1)];
          const where = config.specs.allowlists.map((item) => item.where);
          const allowlist = describeWatched(Atomics.load(slot.progress, OWNER), Atomics.load(slot.progress, INDEX), config.rules, where);
          const what = allowlist ?? (rule ? `rule "${rule.id}"` : "the detector");
          const fix = allowlist ? "fix or remove that regex" : "fix or disable the rule (leakgate rules check)";
          fail5(new LeakgateError("timeout", `${what} ran for over ${Math.round(options.timeoutMs / 1e3)} s on ${fragment?.path ?? "a file"} and was stopped: ${fix}, or exclude the file`));
        }, options.timeoutMs);
        slot.timer.unref();
      };
      const initialize = (slot) => {
        if (!settings) return;
        const init = { kind: "init", specs: settings.config.specs, options: settings.options.detector, progress: slot.progress };
        slot.worker.postMessage(init);
      };
      const dispatch = () => {
        if (closing) return;
        while (waiting.length > 0) {
          let free;
          for (const slot of slots) if (slot.ready && slot.queue.length < DEPTH && (!free || slot.queue.length < free.queue.length)) free = slot;
          if (!free) {
            if (slots.length < limit && slots.every((slot) => slot.ready && slot.queue.length > 0)) spawnSlot();
            break;
          }
          const pending = waiting.shift();
          free.queue.push(pending);
          const transfer = pending.batch.fragments.flatMap((fragment) => isRaw(fragment) ? [fragment.raw.buffer] : []);
          free.worker.postMessage(pending.batch, transfer);
          if (free.queue.length === 1) arm(free);
        }
        for (const slot of slots) {
          if (slot.queue.length > 0 || waiting.length > 0) slot.worker.ref();
          else slot.worker.unref();
        }
      };
      const spawnSlot = () => {
        const progress = new Int32Array(new SharedArrayBuffer(4 * PROGRESS_SLOTS)).fill(-1);
        const worker = new Worker(file, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
        const slot = { worker, progress, queue: [], timer: void 0, ready: false };
        initialize(slot);
        worker.on("message", (message) => {
          if (closing) return;
          if (message.kind === "ready") {
            slot.ready = true;
            return dispatch();
          }
          const pending = slot.queue.shift();
          if (!pending || pending.batch.id !== message.id) return fail5(new LeakgateError("internal", "scan worker answered out of order"));
          pending.resolve(message.results);
          arm(slot);
          dispatch();
        });
        worker.on("error", (error) => fail5(error instanceof LeakgateError ? error : new LeakgateError("internal", `scan worker failed: ${error.message}`, { cause: error })));
        worker.on("exit", (code) => {
          if (code !== 0 && (slot.queue.length > 0 || waiting.length > 0)) fail5(new LeakgateError("internal", `scan worker exited with code ${code}`));
        });
        worker.unref();
        slots.push(slot);
        return slot;
      };
      spawnSlot();
      return {
        configure: (config, options) => {
          settings = { config, options };
          for (const slot of slots) initialize(slot);
        },
        detect: (fragments) => new Promise((resolve15, reject) => {
          if (failure2) return reject(failure2);
          waiting.push({ batch: { kind: "batch", id: nextId++, fragments }, resolve: resolve15, reject });
          dispatch();
        }),
        close: async () => {
          closing = true;
          for (const slot of slots) if (slot.timer) clearTimeout(slot.timer);
          await Promise.all(
            slots.map((slot) => {
              slot.worker.ref();
              return slot.worker.terminate();
            })
          );
        }
      };
    };
  }
});

// src/scan/pool-prestart.ts
var pool_prestart_exports = {};
__export(pool_prestart_exports, {
  prestartPool: () => prestartPool,
  takePool: () => takePool
});
var early, prestartPool, takePool;
var init_pool_prestart = __esm({
  "src/scan/pool-prestart.ts"() {
    "use strict";
    init_worker_pool();
    prestartPool = () => {
      early ??= startPool();
    };
    takePool = () => {
      const pool = early ?? startPool();
      early = void 0;
      return pool;
    };
  }
});

// src/rules/keyword-index-cache.ts
import { createHash as createHash3 } from "node:crypto";
import { readFileSync as readFileSync2 } from "node:fs";
var keywordIndexCachePath, sha256, readKeywordAutomaton, keywordIndexFor;
var init_keyword_index_cache = __esm({
  "src/rules/keyword-index-cache.ts"() {
    "use strict";
    init_keyword_index();
    init_package_file();
    keywordIndexCachePath = () => packageFile("lib/keyword-index.bin");
    sha256 = (bytes) => createHash3("sha256").update(bytes).digest("hex");
    readKeywordAutomaton = (path, key) => {
      try {
        const bytes = readFileSync2(path);
        const length = bytes.readUInt32LE(0);
        const header = JSON.parse(bytes.subarray(4, 4 + length).toString("utf8"));
        if (header.key !== key) return void 0;
        const start2 = 4 + length + (4 - (4 + length) % 4) % 4;
        const tableBytes = bytes.subarray(start2);
        if (tableBytes.length % 4 !== 0 || header.width < 1 || tableBytes.length / 4 % header.width !== 0) return void 0;
        if (sha256(tableBytes) !== header.tableSha256) return void 0;
        const table = new Int32Array(tableBytes.length / 4);
        new Uint8Array(table.buffer).set(tableBytes);
        const { tableSha256: _checked, ...automaton } = header;
        return { ...automaton, table };
      } catch {
        return void 0;
      }
    };
    keywordIndexFor = (rules, path = keywordIndexCachePath()) => {
      const saved = readKeywordAutomaton(path, keywordsKey(rules));
      return saved ? keywordIndexFrom(saved) : buildKeywordIndex(rules);
    };
  }
});

// src/report/csv.ts
var COLUMNS, field, formatCsv;
var init_csv = __esm({
  "src/report/csv.ts"() {
    "use strict";
    COLUMNS = ["ruleId", "severity", "confidence", "file", "line", "column", "secret", "fingerprint", "validated", "commit", "author", "email", "date"];
    field = (value) => {
      const text = value === null || value === void 0 ? "" : String(value);
      const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
      return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
    };
    formatCsv = (report) => {
      const rows = report.findings.map(
        (f) => [f.ruleId, f.severity, f.confidence, f.file, f.line, f.column, f.secret, f.fingerprint, f.validated, f.commit?.sha, f.commit?.author, f.commit?.email, f.commit?.date].map(field).join(",")
      );
      return `${[COLUMNS.join(","), ...rows].join("\r\n")}\r
`;
    };
  }
});

// src/report/github.ts
var escapeData, escapeProperty, formatGithub;
var init_github = __esm({
  "src/report/github.ts"() {
    "use strict";
    escapeData = (text) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
    escapeProperty = (text) => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
    formatGithub = (report) => report.findings.map((f) => {
      const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `endLine=${f.endLine}`, `col=${f.column}`, `title=${escapeProperty(`${f.ruleId}: ${f.description} (${f.confidence} confidence)`)}`];
      const message = `${f.description}: ${f.secret}${f.commit ? ` (commit ${f.commit.sha.slice(0, 12)})` : ""}. Remove it, rotate it, or add it to the baseline.`;
      return `::error ${props.join(",")}::${escapeData(message)}
`;
    }).join("");
  }
});

// src/report/redact.ts
var FULL_REDACTION, redactSecret, MIN_MASKED, isPathOnly, createMasker, secretsOf, redactFinding, maybeRedact, MAX_MATCH_SHOWN, shortMatch;
var init_redact = __esm({
  "src/report/redact.ts"() {
    "use strict";
    FULL_REDACTION = 100;
    redactSecret = (secret, percent = FULL_REDACTION) => {
      const prefix = secret.length >= 16 ? 4 : 0;
      const shown = Math.max(prefix, Math.floor(secret.length * (100 - percent) / 100));
      return `${secret.slice(0, Math.min(shown, secret.length - 1))}*****`;
    };
    MIN_MASKED = 6;
    isPathOnly = (finding) => finding.secret === finding.file && finding.match === finding.file;
    createMasker = (secrets, percent = FULL_REDACTION) => {
      const byHead = /* @__PURE__ */ new Map();
      const starts = /* @__PURE__ */ new Set();
      for (const secret of new Set(secrets)) {
        if (secret.length < MIN_MASKED) continue;
        const head = secret.slice(0, MIN_MASKED);
        const list = byHead.get(head);
        if (list) list.push(secret);
        else byHead.set(head, [secret]);
        starts.add(secret.charCodeAt(0) * 65536 + secret.charCodeAt(1));
      }
      if (byHead.size === 0) return (text) => text;
      for (const list of byHead.values()) list.sort((a, b) => b.length - a.length);
      return (text) => {
        let out = "";
        let last = 0;
        for (let i = 0; i + MIN_MASKED <= text.length; ) {
          if (!starts.has(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1))) {
            i++;
            continue;
          }
          const hit = byHead.get(text.slice(i, i + MIN_MASKED))?.find((secret) => text.startsWith(secret, i));
          if (hit === void 0) {
            i++;
            continue;
          }
          out += `${text.slice(last, i)}${redactSecret(hit, percent)}`;
          i += hit.length;
          last = i;
        }
        return last === 0 ? text : `${out}${text.slice(last)}`;
      };
    };
    secretsOf = (findings) => findings.filter((f) => !isPathOnly(f)).map((f) => f.secret);
    redactFinding = (finding, mask, percent = FULL_REDACTION) => ({
      ...finding,
      secret: redactSecret(finding.secret, percent),
      match: mask(finding.match.split(finding.secret).join(redactSecret(finding.secret, percent))),
      file: mask(finding.file),
      ...finding.blobLine !== void 0 ? { blobLine: mask(finding.blobLine) } : {},
      ...finding.commit ? { commit: { ...finding.commit, author: mask(finding.commit.author), email: mask(finding.commit.email), message: mask(finding.commit.message) } } : {}
    });
    maybeRedact = (findings, percent, known = findings) => {
      if (percent === void 0) return findings;
      const mask = createMasker([...secretsOf(known), ...secretsOf(findings)], percent);
      return findings.map((finding) => redactFinding(finding, mask, percent));
    };
    MAX_MATCH_SHOWN = 400;
    shortMatch = (match) => match.length > MAX_MATCH_SHOWN ? `${match.slice(0, MAX_MATCH_SHOWN)}\u2026` : match;
  }
});

// src/report/json.ts
var findingJson, formatJson;
var init_json = __esm({
  "src/report/json.ts"() {
    "use strict";
    init_redact();
    findingJson = (finding) => ({
      ruleId: finding.ruleId,
      description: finding.description,
      severity: finding.severity,
      confidence: finding.confidence,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
      secret: finding.secret,
      match: shortMatch(finding.match),
      entropy: finding.entropy,
      validated: finding.validated,
      fingerprint: finding.fingerprint,
      ...finding.decoded ? { decoded: finding.decoded } : {},
      ...finding.commit ? {
        commit: finding.commit.sha,
        author: finding.commit.author,
        email: finding.commit.email,
        date: finding.commit.date,
        message: finding.commit.message
      } : {},
      ...finding.occurrences !== void 0 ? { occurrences: finding.occurrences } : {},
      ...finding.presentInHead !== void 0 ? { presentInHead: finding.presentInHead } : {}
    });
    formatJson = (report) => `${JSON.stringify(
      {
        version: 1,
        tool: { name: "leakgate", version: report.toolVersion },
        scan: {
          mode: report.mode,
          target: report.target,
          rules: report.rules.length,
          files: report.files,
          commits: report.commits,
          ...report.route ? { route: report.route } : {},
          bytes: report.bytes,
          durationMs: report.durationMs
        },
        findings: report.findings.map(findingJson),
        skipped: report.skipped.map((item) => ({ path: item.path, reason: item.reason })),
        suppressed: { ...report.suppressed, allowlistedFiles: report.allowlistedFiles },
        notes: report.notes
      },
      null,
      2
    )}
`;
  }
});

// src/report/junit.ts
var xml, formatJunit;
var init_junit = __esm({
  "src/report/junit.ts"() {
    "use strict";
    xml = (text) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
    formatJunit = (report) => {
      const cases = report.findings.map((f) => {
        const where = `${f.file}:${f.line}:${f.column}`;
        const detail = `${f.description} (${f.confidence} confidence) at ${where}: ${f.secret}${f.commit ? ` (commit ${f.commit.sha})` : ""}`;
        return `    <testcase classname="${xml(f.file)}" name="${xml(`${f.ruleId} at ${where}`)}">
      <failure message="${xml(`${f.description} found`)}" type="${xml(f.ruleId)}">${xml(detail)}</failure>
    </testcase>`;
      });
      if (cases.length === 0) cases.push('    <testcase classname="leakgate" name="no secrets found"/>');
      const failures = report.findings.length;
      return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="leakgate" tests="${Math.max(1, failures)}" failures="${failures}">`,
        `  <testsuite name="leakgate ${xml(report.mode)}" tests="${Math.max(1, failures)}" failures="${failures}" errors="0">`,
        ...cases,
        "  </testsuite>",
        "</testsuites>",
        ""
      ].join("\n");
    };
  }
});

// src/report/sarif.ts
var LEVEL, SECURITY_SEVERITY, sarifRule, RANK, sarifResult, formatSarif;
var init_sarif = __esm({
  "src/report/sarif.ts"() {
    "use strict";
    LEVEL = {
      critical: "error",
      high: "error",
      medium: "warning",
      low: "note",
      info: "note"
    };
    SECURITY_SEVERITY = {
      critical: "9.5",
      high: "8.0",
      medium: "5.5",
      low: "3.0",
      info: "1.0"
    };
    sarifRule = (rule) => ({
      id: rule.id,
      name: rule.id,
      shortDescription: { text: rule.description },
      fullDescription: { text: `${rule.description}. Remove it from the code and rotate it.` },
      ...rule.references[0] ? { helpUri: rule.references[0] } : {},
      help: { text: `Rotate the ${rule.description}, remove it, and load it from a secret store or environment variable.` },
      defaultConfiguration: { level: LEVEL[rule.severity] },
      properties: { tags: ["security", "secret", ...rule.tags], "security-severity": SECURITY_SEVERITY[rule.severity] }
    });
    RANK = { high: 90, medium: 60, low: 30 };
    sarifResult = (finding, ruleIndex) => ({
      ruleId: finding.ruleId,
      ruleIndex,
      level: LEVEL[finding.severity],
      rank: RANK[finding.confidence],
      message: { text: `${finding.description} found: ${finding.secret}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(finding.file), uriBaseId: "%SRCROOT%" },
            region: {
              startLine: finding.line,
              startColumn: finding.column,
              endLine: finding.endLine,
              endColumn: Math.max(finding.endColumn, finding.endLine === finding.line ? finding.column + 1 : 1)
            }
          }
        }
      ],
      partialFingerprints: { "leakgateFingerprint/v1": finding.fingerprint },
      properties: {
        confidence: finding.confidence,
        validated: finding.validated,
        ...finding.commit ? { commit: finding.commit.sha, author: finding.commit.author, date: finding.commit.date } : {}
      }
    });
    formatSarif = (report) => {
      const used = [...new Set(report.findings.map((finding) => finding.ruleId))].sort();
      const rules = used.map((id) => report.rules.find((rule) => rule.id === id)).filter((rule) => rule !== void 0);
      const index = new Map(rules.map((rule, n) => [rule.id, n]));
      const sarif = {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [
          {
            tool: {
              driver: {
                name: "leakgate",
                semanticVersion: report.toolVersion,
                informationUri: "https://www.npmjs.com/package/leakgate",
                rules: rules.map(sarifRule)
              }
            },
            results: report.findings.map((finding) => sarifResult(finding, index.get(finding.ruleId) ?? -1)),
            columnKind: "utf16CodeUnits"
          }
        ]
      };
      return `${JSON.stringify(sarif, null, 2)}
`;
    };
  }
});

// node_modules/chalk/source/vendor/ansi-styles/index.js
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red;
        let green;
        let blue;
        if (code >= 232) {
          red = ((code - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code -= 16;
          const remainder = code % 36;
          red = Math.floor(code / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value = Math.max(red, green, blue) * 2;
        if (value === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles;
}
var ANSI_BACKGROUND_OFFSET, wrapAnsi16, wrapAnsi256, wrapAnsi16m, styles, modifierNames, foregroundColorNames, backgroundColorNames, colorNames, ansiStyles, ansi_styles_default;
var init_ansi_styles = __esm({
  "node_modules/chalk/source/vendor/ansi-styles/index.js"() {
    ANSI_BACKGROUND_OFFSET = 10;
    wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
    wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
    wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
    styles = {
      modifier: {
        reset: [0, 0],
        // 21 isn't widely supported and 22 does the same thing
        bold: [1, 22],
        dim: [2, 22],
        italic: [3, 23],
        underline: [4, 24],
        overline: [53, 55],
        inverse: [7, 27],
        hidden: [8, 28],
        strikethrough: [9, 29]
      },
      color: {
        black: [30, 39],
        red: [31, 39],
        green: [32, 39],
        yellow: [33, 39],
        blue: [34, 39],
        magenta: [35, 39],
        cyan: [36, 39],
        white: [37, 39],
        // Bright color
        blackBright: [90, 39],
        gray: [90, 39],
        // Alias of `blackBright`
        grey: [90, 39],
        // Alias of `blackBright`
        redBright: [91, 39],
        greenBright: [92, 39],
        yellowBright: [93, 39],
        blueBright: [94, 39],
        magentaBright: [95, 39],
        cyanBright: [96, 39],
        whiteBright: [97, 39]
      },
      bgColor: {
        bgBlack: [40, 49],
        bgRed: [41, 49],
        bgGreen: [42, 49],
        bgYellow: [43, 49],
        bgBlue: [44, 49],
        bgMagenta: [45, 49],
        bgCyan: [46, 49],
        bgWhite: [47, 49],
        // Bright color
        bgBlackBright: [100, 49],
        bgGray: [100, 49],
        // Alias of `bgBlackBright`
        bgGrey: [100, 49],
        // Alias of `bgBlackBright`
        bgRedBright: [101, 49],
        bgGreenBright: [102, 49],
        bgYellowBright: [103, 49],
        bgBlueBright: [104, 49],
        bgMagentaBright: [105, 49],
        bgCyanBright: [106, 49],
        bgWhiteBright: [107, 49]
      }
    };
    modifierNames = Object.keys(styles.modifier);
    foregroundColorNames = Object.keys(styles.color);
    backgroundColorNames = Object.keys(styles.bgColor);
    colorNames = [...foregroundColorNames, ...backgroundColorNames];
    ansiStyles = assembleStyles();
    ansi_styles_default = ansiStyles;
  }
});

// node_modules/chalk/source/vendor/supports-color/index.js
import process2 from "node:process";
import os from "node:os";
import tty from "node:tty";
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process2.argv) {
  const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
  const position = argv.indexOf(prefix + flag);
  const terminatorPosition = argv.indexOf("--");
  return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
function envForceColor() {
  if ("FORCE_COLOR" in env) {
    if (env.FORCE_COLOR === "true") {
      return 1;
    }
    if (env.FORCE_COLOR === "false") {
      return 0;
    }
    return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
  }
}
function translateLevel(level) {
  if (level === 0) {
    return false;
  }
  return {
    level,
    hasBasic: true,
    has256: level >= 2,
    has16m: level >= 3
  };
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
  const noFlagForceColor = envForceColor();
  if (noFlagForceColor !== void 0) {
    flagForceColor = noFlagForceColor;
  }
  const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
  if (forceColor === 0) {
    return 0;
  }
  if (sniffFlags) {
    if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
      return 3;
    }
    if (hasFlag("color=256")) {
      return 2;
    }
  }
  if ("TF_BUILD" in env && "AGENT_NAME" in env) {
    return 1;
  }
  if (haveStream && !streamIsTTY && forceColor === void 0) {
    return 0;
  }
  const min = forceColor || 0;
  if (env.TERM === "dumb") {
    return min;
  }
  if (process2.platform === "win32") {
    const osRelease = os.release().split(".");
    if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ("CI" in env) {
    if (["GITHUB_ACTIONS", "GITEA_ACTIONS", "CIRCLECI"].some((key) => key in env)) {
      return 3;
    }
    if (["TRAVIS", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
      return 1;
    }
    return min;
  }
  if ("TEAMCITY_VERSION" in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  }
  if (env.COLORTERM === "truecolor") {
    return 3;
  }
  if (env.TERM === "xterm-kitty") {
    return 3;
  }
  if (env.TERM === "xterm-ghostty") {
    return 3;
  }
  if (env.TERM === "wezterm") {
    return 3;
  }
  if ("TERM_PROGRAM" in env) {
    const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
    switch (env.TERM_PROGRAM) {
      case "iTerm.app": {
        return version >= 3 ? 3 : 2;
      }
      case "Apple_Terminal": {
        return 2;
      }
    }
  }
  if (/-256(color)?$/i.test(env.TERM)) {
    return 2;
  }
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
    return 1;
  }
  if ("COLORTERM" in env) {
    return 1;
  }
  return min;
}
function createSupportsColor(stream, options = {}) {
  const level = _supportsColor(stream, {
    streamIsTTY: stream && stream.isTTY,
    ...options
  });
  return translateLevel(level);
}
var env, flagForceColor, supportsColor, supports_color_default;
var init_supports_color = __esm({
  "node_modules/chalk/source/vendor/supports-color/index.js"() {
    ({ env } = process2);
    if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
      flagForceColor = 0;
    } else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
      flagForceColor = 1;
    }
    supportsColor = {
      stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
      stderr: createSupportsColor({ isTTY: tty.isatty(2) })
    };
    supports_color_default = supportsColor;
  }
});

// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
  let index = string.indexOf(substring);
  if (index === -1) {
    return string;
  }
  const substringLength = substring.length;
  let endIndex = 0;
  let returnValue = "";
  do {
    returnValue += string.slice(endIndex, index) + substring + replacer;
    endIndex = index + substringLength;
    index = string.indexOf(substring, endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
  let endIndex = 0;
  let returnValue = "";
  do {
    const gotCR = string[index - 1] === "\r";
    returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
    endIndex = index + 1;
    index = string.indexOf("\n", endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
var init_utilities = __esm({
  "node_modules/chalk/source/utilities.js"() {
  }
});

// node_modules/chalk/source/index.js
function createChalk(options) {
  return chalkFactory(options);
}
var stdoutColor, stderrColor, GENERATOR, STYLER, IS_EMPTY, levelMapping, styles2, applyOptions, Chalk, chalkFactory, getModelAnsi, usedModels, proto, createStyler, createBuilder, applyStyle, chalk, chalkStderr;
var init_source = __esm({
  "node_modules/chalk/source/index.js"() {
    init_ansi_styles();
    init_supports_color();
    init_utilities();
    ({ stdout: stdoutColor, stderr: stderrColor } = supports_color_default);
    GENERATOR = Symbol("GENERATOR");
    STYLER = Symbol("STYLER");
    IS_EMPTY = Symbol("IS_EMPTY");
    levelMapping = [
      "ansi",
      "ansi",
      "ansi256",
      "ansi16m"
    ];
    styles2 = /* @__PURE__ */ Object.create(null);
    applyOptions = (object, options = {}) => {
      if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) {
        throw new Error("The `level` option should be an integer from 0 to 3");
      }
      const colorLevel = stdoutColor ? stdoutColor.level : 0;
      object.level = options.level === void 0 ? colorLevel : options.level;
    };
    Chalk = class {
      constructor(options) {
        return chalkFactory(options);
      }
    };
    chalkFactory = (options) => {
      const chalk2 = (...strings) => strings.join(" ");
      applyOptions(chalk2, options);
      Object.setPrototypeOf(chalk2, createChalk.prototype);
      return chalk2;
    };
    Object.setPrototypeOf(createChalk.prototype, Function.prototype);
    for (const [styleName, style] of Object.entries(ansi_styles_default)) {
      styles2[styleName] = {
        get() {
          const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
          Object.defineProperty(this, styleName, { value: builder });
          return builder;
        }
      };
    }
    styles2.visible = {
      get() {
        const builder = createBuilder(this, this[STYLER], true);
        Object.defineProperty(this, "visible", { value: builder });
        return builder;
      }
    };
    getModelAnsi = (model, level, type, ...arguments_) => {
      if (model === "rgb") {
        if (level === "ansi16m") {
          return ansi_styles_default[type].ansi16m(...arguments_);
        }
        if (level === "ansi256") {
          return ansi_styles_default[type].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_));
        }
        return ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_));
      }
      if (model === "hex") {
        return getModelAnsi("rgb", level, type, ...ansi_styles_default.hexToRgb(...arguments_));
      }
      return ansi_styles_default[type][model](...arguments_);
    };
    usedModels = ["rgb", "hex", "ansi256"];
    for (const model of usedModels) {
      styles2[model] = {
        get() {
          const { level } = this;
          return function(...arguments_) {
            const styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansi_styles_default.color.close, this[STYLER]);
            return createBuilder(this, styler, this[IS_EMPTY]);
          };
        }
      };
      const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
      styles2[bgModel] = {
        get() {
          const { level } = this;
          return function(...arguments_) {
            const styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansi_styles_default.bgColor.close, this[STYLER]);
            return createBuilder(this, styler, this[IS_EMPTY]);
          };
        }
      };
    }
    proto = Object.defineProperties(() => {
    }, {
      ...styles2,
      level: {
        enumerable: true,
        get() {
          return this[GENERATOR].level;
        },
        set(level) {
          this[GENERATOR].level = level;
        }
      }
    });
    createStyler = (open, close, parent) => {
      let openAll;
      let closeAll;
      if (parent === void 0) {
        openAll = open;
        closeAll = close;
      } else {
        openAll = parent.openAll + open;
        closeAll = close + parent.closeAll;
      }
      return {
        open,
        close,
        openAll,
        closeAll,
        parent
      };
    };
    createBuilder = (self, _styler, _isEmpty) => {
      const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
      Object.setPrototypeOf(builder, proto);
      builder[GENERATOR] = self;
      builder[STYLER] = _styler;
      builder[IS_EMPTY] = _isEmpty;
      return builder;
    };
    applyStyle = (self, string) => {
      if (self.level <= 0 || !string) {
        return self[IS_EMPTY] ? "" : string;
      }
      let styler = self[STYLER];
      if (styler === void 0) {
        return string;
      }
      const { openAll, closeAll } = styler;
      if (string.includes("\x1B")) {
        while (styler !== void 0) {
          string = stringReplaceAll(string, styler.close, styler.open);
          styler = styler.parent;
        }
      }
      const lfIndex = string.indexOf("\n");
      if (lfIndex !== -1) {
        string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
      }
      return openAll + string + closeAll;
    };
    Object.defineProperties(createChalk.prototype, styles2);
    chalk = createChalk();
    chalkStderr = createChalk({ level: stderrColor ? stderrColor.level : 0 });
  }
});

// src/report/escape-control.ts
var UNSAFE, escapeOne, escapeControl;
var init_escape_control = __esm({
  "src/report/escape-control.ts"() {
    "use strict";
    UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
    escapeOne = (char) => {
      const code = char.charCodeAt(0);
      return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
    };
    escapeControl = (text) => {
      UNSAFE.lastIndex = 0;
      return UNSAFE.test(text) ? text.replace(UNSAFE, escapeOne) : text;
    };
  }
});

// src/report/text.ts
var SEVERITY_COLOR, plural, formatBytes, validity, formatFinding, summaryLine, suppressionLine, formatText;
var init_text = __esm({
  "src/report/text.ts"() {
    "use strict";
    init_source();
    init_escape_control();
    SEVERITY_COLOR = {
      critical: (c) => c.bgRed.white.bold,
      high: (c) => c.red.bold,
      medium: (c) => c.yellow,
      low: (c) => c.cyan,
      info: (c) => c.gray
    };
    plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
    formatBytes = (bytes) => {
      if (bytes < 1024) return `${bytes} B`;
      if (bytes < 1048576) return `${(bytes / 1024).toFixed(1)} KB`;
      return `${(bytes / 1048576).toFixed(1)} MB`;
    };
    validity = (finding) => finding.validated === true ? " (checksum/structure verified)" : finding.validated === false ? " (fails its checksum)" : "";
    formatFinding = (c, finding) => {
      const lines = [
        `  ${c.bold(`${finding.line}:${finding.column}`)}  ${SEVERITY_COLOR[finding.severity](c)(finding.severity)}  ${finding.confidence} confidence  ${c.magenta(escapeControl(finding.ruleId))}  ${escapeControl(finding.description)}`,
        `      secret: ${c.yellow(escapeControl(finding.secret))}${validity(finding)}${finding.decoded ? ` (decoded from ${finding.decoded})` : ""}`
      ];
      if (finding.commit) {
        const { sha: sha2, author, email, date, message } = finding.commit;
        lines.push(`      commit ${c.cyan(sha2.slice(0, 12))} by ${escapeControl(author)} <${escapeControl(email)}> on ${date.slice(0, 10)}: ${escapeControl(message)}`);
      }
      if (finding.occurrences !== void 0 && finding.occurrences > 1) lines.push(`      seen in ${plural(finding.occurrences, "commit")}`);
      if (finding.presentInHead !== void 0) {
        lines.push(`      ${finding.presentInHead ? c.red("still present at HEAD: remove it and rotate it") : "no longer at HEAD, but in history: rotate it"}`);
      }
      return lines;
    };
    summaryLine = (c, report) => {
      const files = new Set(report.findings.map((finding) => finding.file)).size;
      const found = report.findings.length === 0 ? c.green("no secrets found") : c.red.bold(`${plural(report.findings.length, "finding")} in ${plural(files, "file")}`);
      const scope = report.mode === "history" ? `${plural(report.commits, "commit")}, ` : "";
      return `${found} \xB7 ${scope}${plural(report.files, "file")}, ${formatBytes(report.bytes)} scanned \xB7 ${plural(report.rules.length, "rule")} \xB7 ${(report.durationMs / 1e3).toFixed(2)} s`;
    };
    suppressionLine = (report) => {
      const { allowlist, inline, baseline, checksum, confidence } = report.suppressed;
      const notSecret = report.suppressed["not-a-secret"];
      const files = report.allowlistedFiles;
      if (allowlist + inline + baseline + checksum + notSecret + confidence + files === 0) return void 0;
      const parts = [`${allowlist} by allowlist`, `${inline} by inline comment`, `${baseline} by baseline`];
      if (checksum > 0) parts.push(`${checksum} failing their checksum (--include-invalid shows them)`);
      if (notSecret > 0) parts.push(`${notSecret} read as not a secret (placeholder, code, path\u2026; --verbose says which)`);
      if (confidence > 0) parts.push(`${confidence} below the confidence floor (--confidence low shows them)`);
      if (files > 0) parts.push(`${plural(files, "file")} not read: path allowlist`);
      return parts.join(", ");
    };
    formatText = (report, color) => {
      const c = new Chalk({ level: color ? 1 : 0 });
      const out = [];
      let file;
      for (const finding of report.findings) {
        if (finding.file !== file) {
          if (file !== void 0) out.push("");
          file = finding.file;
          out.push(c.underline(escapeControl(file)));
        }
        out.push(...formatFinding(c, finding));
      }
      if (report.findings.length > 0) out.push("");
      out.push(summaryLine(c, report));
      const suppressed = suppressionLine(report);
      if (suppressed) out.push(`suppressed: ${suppressed}`);
      if (report.skipped.length > 0) {
        out.push(`skipped ${plural(report.skipped.length, "file")}:`);
        for (const item of report.skipped.slice(0, 20)) out.push(`  ${escapeControl(item.path)}: ${escapeControl(item.reason)}`);
        if (report.skipped.length > 20) out.push(`  \u2026 and ${report.skipped.length - 20} more (see --format json)`);
      }
      for (const note of report.notes) out.push(c.yellow(`note: ${escapeControl(note)}`));
      return `${out.join("\n")}
`;
    };
  }
});

// src/report/format-report.ts
var formatReport;
var init_format_report = __esm({
  "src/report/format-report.ts"() {
    "use strict";
    init_csv();
    init_github();
    init_json();
    init_junit();
    init_sarif();
    init_text();
    formatReport = (report, format3, color) => {
      switch (format3) {
        case "text":
          return formatText(report, color);
        case "json":
          return formatJson(report);
        case "sarif":
          return formatSarif(report);
        case "junit":
          return formatJunit(report);
        case "csv":
          return formatCsv(report);
        case "github":
          return formatGithub(report);
      }
    };
  }
});

// src/scan/split-fragment.ts
var SPLIT, MAX_LINE_SEARCH, NEWLINE, lineStartFrom, lineStartBefore2, countLines, splitRaw;
var init_split_fragment = __esm({
  "src/scan/split-fragment.ts"() {
    "use strict";
    init_decode_content();
    SPLIT = { piece: 4 << 20, context: 128 << 10 };
    MAX_LINE_SEARCH = 1 << 20;
    NEWLINE = 10;
    lineStartFrom = (raw, at) => {
      if (at <= 0) return 0;
      if (at >= raw.length || raw[at - 1] === NEWLINE) return Math.min(at, raw.length);
      const newline = raw.indexOf(NEWLINE, at);
      if (newline === -1) return raw.length - at > MAX_LINE_SEARCH ? -1 : raw.length;
      return newline - at > MAX_LINE_SEARCH ? -1 : newline + 1;
    };
    lineStartBefore2 = (raw, at) => {
      if (at <= 0) return 0;
      const newline = raw.lastIndexOf(NEWLINE, at - 1);
      const start2 = newline + 1;
      return at - start2 > MAX_LINE_SEARCH ? -1 : start2;
    };
    countLines = (raw, from, to) => {
      let lines = 0;
      for (let at = raw.indexOf(NEWLINE, from); at !== -1 && at < to; at = raw.indexOf(NEWLINE, at + 1)) lines++;
      return lines;
    };
    splitRaw = (fragment, options = SPLIT) => {
      const { raw } = fragment;
      if (fragment.owns !== void 0 || raw.length <= options.piece * 2.5 || !isUtf8Text(raw)) return [fragment];
      const bounds = [0];
      for (let at = 0; ; ) {
        const next = lineStartFrom(raw, at + options.piece);
        if (next === -1) return [fragment];
        if (raw.length - next <= options.piece / 2) break;
        bounds.push(next);
        at = next;
      }
      if (bounds.length === 1) return [fragment];
      bounds.push(raw.length);
      const cuts = [];
      for (let i = 0; i + 1 < bounds.length; i++) {
        const start2 = bounds[i];
        const end = bounds[i + 1];
        const from = lineStartBefore2(raw, Math.max(0, start2 - options.context));
        const to = lineStartFrom(raw, Math.min(raw.length, end + options.context));
        if (from === -1 || to === -1) return [fragment];
        cuts.push({ start: start2, end, from, to });
      }
      return (function* pieces() {
        let lineOfStart = fragment.startLine;
        for (const [i, { start: start2, end, from, to }] of cuts.entries()) {
          const last = i + 1 === cuts.length;
          const linesInside = last ? Number.POSITIVE_INFINITY : countLines(raw, start2, end);
          yield {
            ...fragment,
            raw: raw.slice(from, to),
            startLine: lineOfStart - countLines(raw, from, start2),
            owns: { fromLine: lineOfStart, toLine: lineOfStart + linesInside, first: i === 0 }
          };
          lineOfStart += linesInside;
        }
      })();
    };
  }
});

// src/scan/scan-source.ts
var emptyTotals, BATCH_BYTES, BATCH_FRAGMENTS, IN_FLIGHT, IN_FLIGHT_BYTES, record, scanSource, compare, sortFindings;
var init_scan_source = __esm({
  "src/scan/scan-source.ts"() {
    "use strict";
    init_split_fragment();
    init_source_item();
    emptyTotals = () => ({
      findings: [],
      suppressed: [],
      skipped: [],
      files: 0,
      bytes: 0,
      allowlistedFiles: 0
    });
    BATCH_BYTES = 256 * 1024;
    BATCH_FRAGMENTS = 2e3;
    IN_FLIGHT = 8;
    IN_FLIGHT_BYTES = 16 * 1024 * 1024;
    record = (totals, result) => {
      if (result.pathAllowed) totals.allowlistedFiles++;
      for (const finding of result.findings) totals.findings.push(finding);
      for (const suppression of result.suppressed) totals.suppressed.push(suppression);
    };
    scanSource = async (source, detector, totals = emptyTotals(), onItem) => {
      const inFlight = [];
      let inFlightBytes = 0;
      let batch = [];
      let batchBytes = 0;
      const drainTo = async (limit, bytes) => {
        while (inFlight.length > limit || inFlight.length > 0 && inFlightBytes > bytes) {
          const head = inFlight.shift();
          inFlightBytes -= head.bytes;
          for (const result of await head.results) record(totals, result);
        }
      };
      const flush = async () => {
        if (batch.length === 0 || !("close" in detector)) return;
        const results = detector.detect(batch);
        results.catch(() => void 0);
        inFlight.push({ results, bytes: batchBytes });
        inFlightBytes += batchBytes;
        batch = [];
        batchBytes = 0;
        await drainTo(IN_FLIGHT, IN_FLIGHT_BYTES);
      };
      for await (const item of source) {
        if (item.kind === "skipped") {
          totals.skipped.push({ path: item.path, reason: item.reason });
          continue;
        }
        if (item.file) totals.files++;
        totals.bytes += item.bytes;
        onItem?.(totals);
        const fragment = item.fragment;
        if (!("close" in detector)) {
          record(totals, detector.detect(isRaw(fragment) ? decodeFragment(fragment) : fragment));
          continue;
        }
        for (const piece of isRaw(fragment) ? splitRaw(fragment) : [fragment]) {
          batch.push(piece);
          batchBytes += isRaw(piece) ? piece.raw.length : piece.text.length;
          if (batchBytes >= BATCH_BYTES || batch.length >= BATCH_FRAGMENTS) await flush();
        }
      }
      await flush();
      await drainTo(0, 0);
      return totals;
    };
    compare = (a, b) => a < b ? -1 : a > b ? 1 : 0;
    sortFindings = (findings) => [...findings].sort(
      (a, b) => compare(a.file, b.file) || compare(a.line, b.line) || compare(a.column, b.column) || compare(a.ruleId, b.ruleId)
    );
  }
});

// src/cli/version.ts
import { readFileSync as readFileSync3 } from "node:fs";
var cached, toolVersion;
var init_version = __esm({
  "src/cli/version.ts"() {
    "use strict";
    init_package_file();
    toolVersion = () => {
      if (cached === void 0) {
        const pkg = JSON.parse(readFileSync3(packageFile("package.json"), "utf8"));
        cached = pkg.version ?? "0.0.0";
      }
      return cached;
    };
  }
});

// src/cli/progress.ts
var INTERVAL_MS, eta, createProgress;
var init_progress = __esm({
  "src/cli/progress.ts"() {
    "use strict";
    init_text();
    INTERVAL_MS = 120;
    eta = (seconds) => seconds >= 90 ? `${Math.round(seconds / 60)} min` : `${Math.max(1, Math.round(seconds))} s`;
    createProgress = (io, options, commits, total = () => void 0) => {
      const wanted = options.progress ?? (io.stderr.isTTY === true && io.env["CI"] === void 0 && !options.quiet);
      if (!wanted) return void 0;
      const started = Date.now();
      let last = 0;
      let shown = false;
      const tick = (totals) => {
        const now = Date.now();
        if (now - last < INTERVAL_MS) return;
        last = now;
        const seconds = Math.max(1e-3, (now - started) / 1e3);
        const count = commits();
        const expected = total();
        let what = count > 0 ? `${count} commits` : `${totals.files} files`;
        if (expected !== void 0 && expected.count > 0) {
          const done = Math.min(expected.unit === "blob" ? totals.files : count, expected.count);
          const along = `${done}/${expected.count} (${Math.floor(100 * done / expected.count)}%${done > 0 ? `, ETA ${eta(seconds * (expected.count - done) / done)}` : ""})`;
          what = expected.unit === "blob" ? `${count} commits, blob ${along}` : `commit ${along}`;
        }
        io.stderr.write(`\r\x1B[2Kscanning: ${what}, ${formatBytes(totals.bytes)} (${formatBytes(totals.bytes / seconds)}/s), ${totals.findings.length} candidates`);
        shown = true;
      };
      return {
        tick,
        done: () => {
          if (shown) io.stderr.write("\r\x1B[2K");
        }
      };
    };
  }
});

// src/cli/run-scan.ts
import { resolve as resolve3 } from "node:path";
var countSuppressed, describeSuppressions, emitReport, aboveFloor, collectFindings, runScan;
var init_run_scan = __esm({
  "src/cli/run-scan.ts"() {
    "use strict";
    init_detector();
    init_pool_prestart();
    init_keyword_index_cache();
    init_confidence();
    init_exit_codes();
    init_format_report();
    init_redact();
    init_escape_control();
    init_fingerprint();
    init_source();
    init_text();
    init_scan_source();
    init_io();
    init_version();
    init_progress();
    init_write_output();
    countSuppressed = (totals) => {
      const counts = { allowlist: 0, inline: 0, baseline: 0, checksum: 0, "not-a-secret": 0, confidence: 0 };
      for (const item of totals.suppressed) counts[item.reason]++;
      return counts;
    };
    describeSuppressions = (totals, mask) => totals.suppressed.map((item) => `leakgate: suppressed ${escapeControl(item.ruleId)} at ${escapeControl(mask(item.file))}:${item.line} by ${item.reason}: ${escapeControl(item.by)}
`).join("");
    emitReport = (io, options, report) => {
      const color = options.output === void 0 && useColor(io, options.color);
      const text = formatReport(report, options.format, color);
      if (options.output !== void 0) writeFileAtomic(resolve3(io.cwd, options.output), text);
      else io.stdout.write(text);
      if ((options.format !== "text" || options.output !== void 0) && !options.quiet) {
        const skipped = report.skipped.length > 0 ? ` \xB7 skipped ${report.skipped.length} (listed in the report)` : "";
        io.stderr.write(`leakgate: ${summaryLine(new Chalk({ level: 0 }), report)}${skipped}
`);
        for (const note of report.notes) io.stderr.write(`leakgate: note: ${escapeControl(note)}
`);
      }
    };
    aboveFloor = (findings, floor, totals) => {
      const kept = [];
      for (const finding of findings) {
        if (meetsFloor(finding.confidence, floor)) kept.push(finding);
        else totals.suppressed.push({ reason: "confidence", ruleId: finding.ruleId, file: finding.file, line: finding.line, by: `${finding.confidence} confidence, below the floor (${floor}; --confidence low shows it)` });
      }
      return kept;
    };
    collectFindings = async (options, config, request, onItem) => {
      const started = performance.now();
      let totals;
      if (request.inProcess) {
        const detector = createDetector(config.rules, config.allowlists, { includeInvalid: options.includeInvalid }, keywordIndexFor(config.rules));
        totals = await scanSource(request.source, detector, emptyTotals(), onItem);
      } else {
        const pool = request.pool ?? takePool();
        pool.configure(config, { detector: { includeInvalid: options.includeInvalid }, timeoutMs: options.ruleTimeout * 1e3 });
        try {
          totals = await scanSource(request.source, pool, emptyTotals(), onItem);
        } finally {
          await pool.close();
        }
      }
      const consolidated = request.consolidate ? await request.consolidate(totals.findings) : totals.findings;
      const findings = aboveFloor(consolidated, options.confidence ?? config.confidence ?? "medium", totals);
      return { findings, totals, durationMs: performance.now() - started };
    };
    runScan = async (io, options, config, request, baseline) => {
      const started = performance.now();
      const progress = createProgress(io, options, request.commits ?? (() => 0), request.total);
      let collected;
      try {
        collected = await collectFindings(options, config, request, progress?.tick);
      } finally {
        progress?.done();
      }
      const { findings: consolidated, totals } = collected;
      const fresh = baseline ? baseline.apply(consolidated, totals) : consolidated;
      const findings = reportedFingerprints(sortFindings(fresh), baseline?.salt);
      const percent = options.redact ? options.redactPercent : void 0;
      const mask = percent === void 0 ? (text) => text : createMasker(secretsOf(consolidated), percent);
      if (options.verbose) io.stderr.write(describeSuppressions(totals, mask));
      const route = request.route?.();
      const report = {
        mode: request.mode,
        target: mask(request.target),
        rules: config.rules,
        files: totals.files,
        commits: request.commits?.() ?? 0,
        ...route ? { route } : {},
        bytes: totals.bytes,
        durationMs: Math.round(performance.now() - started),
        findings: maybeRedact(findings, percent, consolidated),
        skipped: totals.skipped.map((item) => ({ path: mask(item.path), reason: item.reason })),
        suppressed: countSuppressed(totals),
        allowlistedFiles: totals.allowlistedFiles,
        notes: (request.notes?.() ?? []).map(mask),
        toolVersion: toolVersion()
      };
      emitReport(io, options, report);
      io.onReport?.(report);
      return findings.length > 0 ? ExitCode.Findings : ExitCode.Clean;
    };
  }
});

// src/baseline/baseline.ts
import { createHmac as createHmac2, randomBytes as randomBytes2 } from "node:crypto";
var STATUSES, MODES, newBaseline, hashSecret, entryKey, compareEntries, serializeBaseline, fail2, lineOf, parseEntry, parseBaseline;
var init_baseline = __esm({
  "src/baseline/baseline.ts"() {
    "use strict";
    init_errors();
    STATUSES = ["unreviewed", "false-positive", "accepted", "must-fix"];
    MODES = ["scan", "history"];
    newBaseline = () => ({ version: 1, salt: randomBytes2(16).toString("hex"), entries: [] });
    hashSecret = (salt, secret) => createHmac2("sha256", Buffer.from(salt, "hex")).update(secret).digest("hex");
    entryKey = (entry) => `${entry.ruleId}\0${entry.file}\0${entry.hash}`;
    compareEntries = (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0;
    serializeBaseline = (baseline) => {
      const entries = [...baseline.entries].sort(compareEntries).map(
        (entry) => JSON.stringify({ ruleId: entry.ruleId, file: entry.file, hash: entry.hash, status: entry.status, note: entry.note, ...entry.from ? { from: entry.from } : {} })
      );
      const body = entries.length === 0 ? "[]" : `[
    ${entries.join(",\n    ")}
  ]`;
      return `{
  "version": 1,
  "salt": ${JSON.stringify(baseline.salt)},
  "entries": ${body}
}
`;
    };
    fail2 = (file, message) => {
      throw new LeakgateError("baseline", `${file}: ${message}; fix it, restore it from git, or delete it and run \`leakgate baseline\``);
    };
    lineOf = (text, error) => {
      const position = /position (\d+)/.exec(error instanceof Error ? error.message : "");
      if (!position) return "";
      return `:${text.slice(0, Number(position[1])).split("\n").length}`;
    };
    parseEntry = (value, index, file) => {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return fail2(file, `entry #${index + 1} is not an object`);
      const entry = value;
      for (const key of ["ruleId", "file", "hash"]) {
        if (typeof entry[key] !== "string" || entry[key] === "") fail2(file, `entry #${index + 1} has no "${key}"`);
      }
      if (!/^[0-9a-f]{64}$/.test(entry["hash"])) fail2(file, `entry #${index + 1} has a malformed "hash"`);
      const status = entry["status"] ?? "unreviewed";
      if (!STATUSES.includes(status)) fail2(file, `entry #${index + 1} has an unknown status "${String(status)}"`);
      const note = entry["note"] ?? "";
      if (typeof note !== "string") fail2(file, `entry #${index + 1} has a "note" that is not a string`);
      const from = entry["from"];
      if (from !== void 0 && (!Array.isArray(from) || !from.every((mode) => MODES.includes(mode)))) {
        fail2(file, `entry #${index + 1} has a "from" that is not a list of ${MODES.join(" / ")}`);
      }
      return {
        ruleId: entry["ruleId"],
        file: entry["file"],
        hash: entry["hash"],
        status,
        note,
        ...from === void 0 ? {} : { from: [...new Set(from)].sort() }
      };
    };
    parseBaseline = (text, file) => {
      let value;
      try {
        value = JSON.parse(text);
      } catch (error) {
        return fail2(`${file}${lineOf(text, error)}`, `is not valid JSON (${text.trim() === "" ? "empty" : "corrupt or truncated"})`);
      }
      if (typeof value !== "object" || value === null || Array.isArray(value)) return fail2(file, "is not a leakgate baseline");
      const doc = value;
      if (doc["version"] !== 1) fail2(file, `has unsupported version ${JSON.stringify(doc["version"])}`);
      if (typeof doc["salt"] !== "string" || !/^[0-9a-f]{16,}$/.test(doc["salt"])) fail2(file, 'has no valid "salt"');
      if (!Array.isArray(doc["entries"])) fail2(file, 'has no "entries" list');
      const entries = doc["entries"].map((entry, index) => parseEntry(entry, index, file));
      return { version: 1, salt: doc["salt"], entries };
    };
  }
});

// src/baseline/baseline-file.ts
import { join as join7, resolve as resolve4 } from "node:path";
var DEFAULT_BASELINE, baselinePath, baselineTarget, readBaseline, writeBaseline;
var init_baseline_file = __esm({
  "src/baseline/baseline-file.ts"() {
    "use strict";
    init_read_own_file();
    init_errors();
    init_write_output();
    init_baseline();
    DEFAULT_BASELINE = ".leakgate-baseline.json";
    baselinePath = (root2, option, resolveFrom) => {
      if (option === false) return void 0;
      if (option !== void 0) return resolve4(resolveFrom, option);
      const fallback = join7(root2, DEFAULT_BASELINE);
      return presentAt(fallback) ? fallback : void 0;
    };
    baselineTarget = (root2, option, resolveFrom) => typeof option === "string" ? resolve4(resolveFrom, option) : join7(root2, DEFAULT_BASELINE);
    readBaseline = (path, shown = path) => {
      let text;
      try {
        text = readOwnFile(path);
      } catch (error) {
        const why = whyUnreadable(error);
        throw new LeakgateError("baseline", `cannot read baseline ${shown}: ${why === "no such file" ? "no such file (create it with `leakgate baseline`)" : why}`, { cause: error });
      }
      return parseBaseline(text, shown);
    };
    writeBaseline = (path, baseline) => writeFileAtomic(path, serializeBaseline(baseline));
  }
});

// src/baseline/partition.ts
var partitionFindings;
var init_partition = __esm({
  "src/baseline/partition.ts"() {
    "use strict";
    init_baseline();
    partitionFindings = (findings, baseline) => {
      const byKey = new Map(baseline.entries.map((entry) => [entryKey(entry), entry]));
      const used = /* @__PURE__ */ new Set();
      const fresh = [];
      const known = [];
      for (const finding of findings) {
        const key = entryKey({ ruleId: finding.ruleId, file: finding.file, hash: hashSecret(baseline.salt, finding.secret) });
        const entry = byKey.get(key);
        if (entry) {
          known.push({ finding, entry });
          used.add(key);
        } else fresh.push(finding);
      }
      return { fresh, known, unused: baseline.entries.filter((entry) => !used.has(entryKey(entry))) };
    };
  }
});

// src/baseline/prune-scope.ts
var coveringPaths, prunable, isReviewed;
var init_prune_scope = __esm({
  "src/baseline/prune-scope.ts"() {
    "use strict";
    coveringPaths = (targets2) => {
      if (targets2.some((target) => target === "." || target === "")) return () => true;
      return (file) => targets2.some((target) => file === target || file.startsWith(`${target}/`));
    };
    prunable = (entry, scope) => entry.from !== void 0 && entry.from.length === 1 && entry.from[0] === scope.mode && scope.covers(entry.file);
    isReviewed = (entry) => entry.status !== "unreviewed";
  }
});

// src/cli/gitleaks-known.ts
import { existsSync as existsSync3, readFileSync as readFileSync4 } from "node:fs";
import { join as join8, relative as relative3, resolve as resolve5 } from "node:path";
var parseGitleaksIgnore, parseGitleaksReport, knows, readText, gitleaksKnown;
var init_gitleaks_known = __esm({
  "src/cli/gitleaks-known.ts"() {
    "use strict";
    init_errors();
    parseGitleaksIgnore = (text, shown) => text.split(/\r?\n/).flatMap((raw, n) => {
      const entry = raw.trim();
      if (entry === "" || entry.startsWith("#")) return [];
      const m = /^(?:([0-9a-f]{40}|[0-9a-f]{64}):)?(.+):([^:]+):(\d+)$/.exec(entry);
      if (!m) throw new LeakgateError("config", `${shown}:${n + 1}: not a gitleaks fingerprint (commit:file:rule:line or file:rule:line)`);
      return [{ commit: m[1], file: m[2], ruleId: m[3], line: Number(m[4]), secret: void 0 }];
    });
    parseGitleaksReport = (text, shown) => {
      let data;
      try {
        data = JSON.parse(text);
      } catch (error) {
        throw new LeakgateError("baseline", `${shown}: not a gitleaks JSON report (${error.message})`, { cause: error });
      }
      if (!Array.isArray(data)) throw new LeakgateError("baseline", `${shown}: not a gitleaks JSON report (an array of findings)`);
      return data.map((item, n) => {
        const f = item ?? {};
        if (typeof f["File"] !== "string" || typeof f["RuleID"] !== "string" || typeof f["StartLine"] !== "number") {
          throw new LeakgateError("baseline", `${shown}: finding #${n + 1} lacks File, RuleID or StartLine: not a gitleaks JSON report`);
        }
        const secret = typeof f["Secret"] === "string" && f["Secret"] !== "" && !f["Secret"].includes("REDACTED") ? f["Secret"] : void 0;
        const commit = typeof f["Commit"] === "string" && f["Commit"] !== "" ? f["Commit"] : void 0;
        return { commit, file: f["File"], ruleId: f["RuleID"], line: f["StartLine"], secret };
      });
    };
    knows = (place, finding) => place.file === finding.file && (place.commit === void 0 || finding.commit === void 0 || finding.commit.sha === place.commit) && (place.secret !== void 0 ? place.secret === finding.secret : place.ruleId === finding.ruleId && place.line === finding.line);
    readText = (path, shown) => {
      try {
        return readFileSync4(path, "utf8");
      } catch (error) {
        throw new LeakgateError("baseline", `cannot read ${shown}: ${error.code ?? String(error)}`, { cause: error });
      }
    };
    gitleaksKnown = (root2, cwd, baselinePath2) => {
      const sets = [];
      const ignore2 = join8(root2, ".gitleaksignore");
      if (existsSync3(ignore2)) sets.push({ places: parseGitleaksIgnore(readText(ignore2, ".gitleaksignore"), ".gitleaksignore"), by: ".gitleaksignore", reason: "allowlist" });
      if (baselinePath2 !== void 0) {
        const shown = relative3(cwd, resolve5(cwd, baselinePath2)) || baselinePath2;
        sets.push({ places: parseGitleaksReport(readText(resolve5(cwd, baselinePath2), shown), shown), by: shown, reason: "baseline" });
      }
      if (sets.length === 0) return void 0;
      return {
        apply: (findings, suppressed) => findings.filter((finding) => {
          const set = sets.find(({ places }) => places.some((place) => knows(place, finding)));
          if (set) suppressed.push({ reason: set.reason, ruleId: finding.ruleId, file: finding.file, line: finding.line, by: set.by });
          return set === void 0;
        })
      };
    };
  }
});

// src/cli/commands/baseline-filter.ts
import { relative as relative4 } from "node:path";
var listed, reportUnused, baselineFilterFor, ownBaselineFilter;
var init_baseline_filter = __esm({
  "src/cli/commands/baseline-filter.ts"() {
    "use strict";
    init_baseline_file();
    init_partition();
    init_prune_scope();
    init_escape_control();
    init_gitleaks_known();
    listed = (io, entries) => {
      for (const entry of entries) io.stderr.write(`  ${escapeControl(entry.ruleId)} in ${escapeControl(entry.file)} (${entry.hash.slice(0, 12)}, ${entry.status})
`);
    };
    reportUnused = (io, unused, scope) => {
      if (!scope) {
        io.stderr.write("leakgate: --report-unused needs a scan of files or a full history audit: this scan saw only part of what the baseline covers\n");
        return;
      }
      const gone = unused.filter((entry) => prunable(entry, scope));
      const plain = gone.filter((entry) => !isReviewed(entry));
      const reviewed = gone.filter(isReviewed);
      const command2 = scope.mode === "history" ? "leakgate baseline --history --prune" : "leakgate baseline --prune";
      if (plain.length > 0) {
        io.stderr.write(`leakgate: ${plain.length} baseline entr${plain.length === 1 ? "y is" : "ies are"} no longer found (run \`${command2}\`):
`);
        listed(io, plain);
      }
      if (reviewed.length > 0) {
        io.stderr.write(`leakgate: ${reviewed.length} reviewed baseline entr${reviewed.length === 1 ? "y is" : "ies are"} no longer found (kept by a prune: \`${command2} --prune-reviewed\` drops them too):
`);
        listed(io, reviewed);
      }
    };
    baselineFilterFor = (io, options, root2, scope) => {
      const own = ownBaselineFilter(io, options, root2, scope);
      const gitleaks = gitleaksKnown(root2, io.cwd, options.gitleaksBaseline);
      if (!gitleaks) return own;
      return {
        salt: own?.salt,
        apply: (findings, totals) => {
          const rest = gitleaks.apply(findings, totals.suppressed);
          return own ? own.apply(rest, totals) : rest;
        }
      };
    };
    ownBaselineFilter = (io, options, root2, scope) => {
      const path = baselinePath(root2, options.baseline, io.cwd);
      if (path === void 0) return void 0;
      const shown = relative4(io.cwd, path) || path;
      const baseline = readBaseline(path, shown);
      return {
        salt: baseline.salt,
        apply: (findings, totals) => {
          const { fresh, known, unused } = partitionFindings(findings, baseline);
          for (const { finding, entry } of known) {
            totals.suppressed.push({ reason: "baseline", ruleId: finding.ruleId, file: finding.file, line: finding.line, by: `${shown} entry ${entry.hash.slice(0, 12)} (${entry.status})` });
          }
          if (options.reportUnused) reportUnused(io, unused, scope);
          return fresh;
        }
      };
    };
  }
});

// src/cli/commands/git-scans.ts
var git_scans_exports = {};
__export(git_scans_exports, {
  configFor: () => configFor,
  hasOwnRegexes: () => hasOwnRegexes,
  historyCommand: () => historyCommand,
  historyRequest: () => historyRequest,
  stagedCommand: () => stagedCommand
});
var BLOCKED_HELP, hasOwnRegexes, stagedCommand, historyRequest, checkRangeExists, historyCommand;
var init_git_scans = __esm({
  "src/cli/commands/git-scans.ts"() {
    "use strict";
    init_config_for();
    init_consolidate_history();
    init_history_source();
    init_blob_history_source();
    init_attribute_blobs();
    init_present_in_head();
    init_repo();
    init_errors();
    init_staged_source();
    init_run_scan();
    init_worker_pool();
    init_baseline_filter();
    init_config_for();
    BLOCKED_HELP = `
leakgate blocked this commit: the staged changes hold the secrets above. Three ways out:
  1. remove the secret from the file (and rotate it: it may already be copied elsewhere), then git add it again;
  2. if it is not a secret, mark the line with a comment containing leakgate:allow;
  3. to accept it knowingly, record it: leakgate baseline, then commit .leakgate-baseline.json.
In an emergency, git commit --no-verify skips the hook (CI will still scan).
`;
    hasOwnRegexes = (config) => config.ownRules > 0 || config.specs.allowlists.some(({ spec, where }) => where !== "rules/" && spec.regexes.length > 0);
    stagedCommand = async (io, options) => {
      const root2 = await repoRoot(io.cwd);
      const staged = stagedSource(root2, options.maxFileSize);
      let config;
      let baseline;
      try {
        config = configFor(io, options, root2);
        baseline = baselineFilterFor(io, options, root2);
      } catch (error) {
        staged.cancel();
        throw error;
      }
      const source = staged.items;
      const request = !hasOwnRegexes(config) ? { mode: "staged", target: "index", source, inProcess: true } : { mode: "staged", target: "index", source, pool: startPool(1) };
      const code = await runScan(io, options, config, request, baseline);
      if (code === 1 && options.format === "text" && !options.quiet) io.stderr.write(BLOCKED_HELP);
      return code;
    };
    historyRequest = async (root2, config, options) => {
      const notes = [];
      if (await isShallow(root2)) {
        notes.push("this is a shallow clone: commits beyond its depth were not scanned (git fetch --unshallow, or fetch-depth: 0 in actions/checkout, for a full audit)");
      }
      let commits = 0;
      const whole = options.range === void 0 && options.since === void 0;
      const route = options.route ?? "auto";
      const byCommit = [...config.allowlists, ...config.rules.flatMap((rule) => rule.allowlists)].some((allowlist) => allowlist.commits.length > 0);
      if (whole && route === "blobs" && byCommit) notes.push("the config allowlists commits: history was read commit by commit (--route diff)");
      if (!whole && route === "blobs") notes.push("a range or --since is read commit by commit (--route blobs applies to a full audit)");
      let total;
      let counting = false;
      const commitTotal = () => {
        if (!counting && total === void 0) {
          counting = true;
          countCommits(root2, options.range === void 0 ? ["--all"] : [options.range], options.since).then(
            (count) => total ??= { unit: "commit", count },
            () => void 0
          );
        }
        return total;
      };
      if (!whole || route === "diff" || byCommit) {
        const source2 = historySource(root2, { ...options, onCommit: () => commits++ });
        return {
          mode: "history",
          target: options.range ?? "--all",
          source: source2,
          consolidate: async (findings) => markPresentInHead(root2, consolidateHistory(findings)),
          commits: () => commits,
          total: commitTotal,
          route: () => "diff",
          notes: () => notes
        };
      }
      let history;
      let chosen;
      const source = async function* () {
        history = await readBlobHistory(root2, () => commits++);
        const wanted = wantedBlobs(history);
        if (route === "auto") {
          const bytes = await wantedBytes(root2, wanted);
          chosen = bytes >= BLOB_BYTES_PER_COMMIT * Math.max(1, history.commits.length) ? "blobs" : "diff";
        } else chosen = "blobs";
        if (chosen === "diff") {
          total = { unit: "commit", count: history.commits.length };
          history = void 0;
          wanted.clear();
          commits = 0;
          yield* historySource(root2, { ...options, onCommit: () => commits++ });
          return;
        }
        total = { unit: "blob", count: countBlobFiles(wanted) };
        yield* blobHistorySource(root2, wanted, { maxFileSize: options.maxFileSize });
      };
      return {
        mode: "history",
        target: "--all",
        source: source(),
        consolidate: async (findings) => markPresentInHead(root2, chosen === "blobs" && history ? attributeBlobFindings(findings, history) : consolidateHistory(findings)),
        commits: () => commits,
        total: () => total,
        route: () => chosen,
        notes: () => notes
      };
    };
    checkRangeExists = async (root2, range) => {
      if (range === void 0 || range.startsWith("-") || await isShallow(root2)) return;
      for (const end of range.split(/\.{2,3}/)) {
        if (end !== "" && !await hasCommit(root2, end)) {
          throw new LeakgateError("git", `"${end}"${end === range ? "" : ` in ${range}`} does not exist in this repository: no branch, tag or commit has that name (git branch -a, git tag list them)`);
        }
      }
    };
    historyCommand = async (io, options) => {
      const root2 = await historyRoot(io.cwd);
      await checkRangeExists(root2, options.range);
      const config = configFor(io, options, root2);
      const whole = options.range === void 0 && options.since === void 0;
      const baseline = baselineFilterFor(io, options, root2, whole ? { mode: "history", covers: () => true } : void 0);
      const request = await historyRequest(root2, config, { range: options.range, since: options.since, maxFileSize: options.maxFileSize, route: options.route });
      return runScan(io, options, config, request, baseline);
    };
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES2 = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern2, start2) => {
      const { length } = pattern2;
      let index = start2 + 1;
      let negated = EMPTY;
      const lead = pattern2[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern2[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped2 = pattern2[++index];
          body += escapeMember(escaped2);
          prev = escaped2;
        } else if (char === "-" && prev && index + 1 < length && pattern2[index + 1] !== "]") {
          index++;
          let to = pattern2[index];
          if (to === ESCAPE) {
            to = pattern2[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern2[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern2[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern2[end - 1] === ":") {
            const name = pattern2.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES2, name)) {
              return null;
            }
            body += POSIX_CLASSES2[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern2[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern2) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern2;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern2[index];
        if (char === ESCAPE) {
          const escaped2 = pattern2[index + 1];
          if (escaped2 === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped2 === "*" || escaped2 === "[" || escaped2 === SPACE) {
            out += pattern2.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped2) ? ESCAPE + escaped2 : isReserved(escaped2) ? `[${escaped2}]` : escaped2
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern2, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start2) => `${start2}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern2) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern2) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern2) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern2)) {
        pattern2 = "**";
      }
      const { source, sources } = extractBrackets(pattern2);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern2);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern2)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern2) => pattern2 && isString(pattern2);
    var splitPattern = (pattern2) => (pattern2[pattern2.length - 1] === "\r" ? pattern2.slice(0, -1) : pattern2).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern2, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern2;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex2 = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex2);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern2, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern2[0] === BOM ? pattern2.slice(1) : pattern2;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern2,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern2, index) {
        if (pattern2 && pattern2[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern2._rules._rules);
          this._basenameCount += pattern2._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern2);
        const raw = isStr ? pattern2 : pattern2.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern2.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern2) {
        this._added = false;
        this._split = isString(pattern2);
        this._stripBOM = !this._split || pattern2[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern2) : pattern2
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename2 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename2 : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern2) {
        if (this._rules.add(pattern2)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern2) {
        return this.add(pattern2);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, Symbol.for("setupWindows"), setupWindows);
  }
});

// src/sources/walk-files.ts
import { existsSync as existsSync4, lstatSync as lstatSync2, readdirSync as readdirSync2 } from "node:fs";
import { dirname as dirname3, join as join9, relative as relative5, resolve as resolve6, sep } from "node:path";
function* walkFiles(targets2, options) {
  const repo = options.gitignore ? findRepoRoot(options.root) : void 0;
  const show = (abs) => toPosix(relative5(options.root, asText(abs))) || ".";
  for (const target of targets2) {
    const abs = resolve6(options.root, target);
    const stats = statOrError(abs, target);
    if (!stats.isDirectory()) {
      const odd = kindOf(stats);
      if (odd) yield { kind: "skipped", path: show(abs), reason: odd };
      else yield { kind: "file", abs, path: show(abs), size: stats.size };
      continue;
    }
    const stack = [
      { dir: abs, levels: repo && abs.startsWith(repo) ? ancestorLevels(repo, abs) : [] }
    ];
    while (stack.length > 0) {
      const { dir, levels } = stack.pop();
      let entries;
      try {
        entries = readdirSync2(dir, { encoding: "buffer", withFileTypes: true }).sort((a, b) => Buffer.compare(a.name, b.name));
      } catch (error) {
        yield { kind: "skipped", path: show(dir), reason: `unreadable folder (${error.code ?? "error"})` };
        continue;
      }
      const subdirs = [];
      for (const entry of entries) {
        const name = entry.name;
        if (name.toString("latin1") === ".git") continue;
        const child = childPath(dir, name);
        let childStats = entry;
        if (typeUnknown(entry)) {
          try {
            childStats = lstatSync2(child);
          } catch {
            yield { kind: "skipped", path: show(child), reason: "vanished while scanning" };
            continue;
          }
        }
        const isDir = childStats.isDirectory();
        if (repo && isIgnored(levels, child, isDir)) continue;
        if (isDir) {
          const own = repo && typeof child === "string" ? levelFor(child, ".gitignore") : void 0;
          subdirs.push({ dir: child, levels: own ? [...levels, own] : levels });
          continue;
        }
        const odd = kindOf(childStats);
        if (odd) yield { kind: "skipped", path: show(child), reason: odd };
        else yield { kind: "file", abs: child, path: show(child), ...childStats.size === void 0 ? {} : { size: childStats.size } };
      }
      stack.push(...subdirs.reverse());
    }
  }
}
var import_ignore, toPosix, findRepoRoot, readIgnoreFile, levelFor, ancestorLevels, asText, childPath, isIgnored, typeUnknown, kindOf, statOrError;
var init_walk_files = __esm({
  "src/sources/walk-files.ts"() {
    "use strict";
    init_read_own_file();
    import_ignore = __toESM(require_ignore(), 1);
    init_errors();
    toPosix = (path) => sep === "/" ? path : path.split(sep).join("/");
    findRepoRoot = (from) => {
      for (let dir = resolve6(from); ; dir = dirname3(dir)) {
        if (existsSync4(join9(dir, ".git"))) return dir;
        if (dirname3(dir) === dir) return void 0;
      }
    };
    readIgnoreFile = (file) => {
      try {
        return readOwnFile(file);
      } catch {
        return void 0;
      }
    };
    levelFor = (dir, file) => {
      const text = readIgnoreFile(join9(dir, file));
      return text === void 0 ? void 0 : { base: dir, rules: (0, import_ignore.default)().add(text) };
    };
    ancestorLevels = (repo, dir) => {
      const levels = [];
      const exclude = readIgnoreFile(join9(repo, ".git", "info", "exclude"));
      if (exclude !== void 0) levels.push({ base: repo, rules: (0, import_ignore.default)().add(exclude) });
      const parts = relative5(repo, dir).split(sep).filter(Boolean);
      for (let i = 0, current = repo; i <= parts.length; current = join9(current, parts[i] ?? ""), i++) {
        const level = levelFor(current, ".gitignore");
        if (level) levels.push(level);
      }
      return levels;
    };
    asText = (path) => typeof path === "string" ? path : path.toString("utf8");
    childPath = (dir, name) => {
      const text = name.toString("utf8");
      if (typeof dir === "string" && Buffer.from(text, "utf8").equals(name)) return join9(dir, text);
      return Buffer.concat([typeof dir === "string" ? Buffer.from(dir, "utf8") : dir, Buffer.from(sep), name]);
    };
    isIgnored = (levels, abs, isDir) => levels.some((level) => {
      const rel = toPosix(relative5(level.base, asText(abs)));
      return rel !== "" && !rel.startsWith("..") && level.rules.ignores(isDir ? `${rel}/` : rel);
    });
    typeUnknown = (entry) => !entry.isFile() && !entry.isDirectory() && !entry.isSymbolicLink() && !entry.isFIFO() && !entry.isSocket() && !entry.isCharacterDevice() && !entry.isBlockDevice();
    kindOf = (stats) => {
      if (stats.isSymbolicLink()) return "symbolic link (not followed)";
      if (stats.isFIFO()) return "FIFO (not read)";
      if (stats.isSocket()) return "socket (not read)";
      if (stats.isCharacterDevice() || stats.isBlockDevice()) return "device (not read)";
      return void 0;
    };
    statOrError = (abs, shown) => {
      try {
        return lstatSync2(abs);
      } catch (error) {
        const code = error.code;
        throw new LeakgateError("io", `cannot scan ${shown}: ${code === "ENOENT" ? "no such file or directory" : code ?? String(error)}`, { cause: error });
      }
    };
  }
});

// src/sources/file-source.ts
async function* fileSource(targets2, options) {
  for (const item of walkFiles(targets2, options)) yield* readItem(item, options.maxFileSize);
}
async function* stdinSource(stdin, maxFileSize) {
  const chunks = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > maxFileSize) {
      yield { kind: "skipped", path: "-", reason: `larger than --max-file-size (over ${formatSize(maxFileSize)})` };
      return;
    }
    chunks.push(buffer);
  }
  const joined = Buffer.concat(chunks);
  const bytes = ownBuffer(new Uint8Array(joined.buffer, joined.byteOffset, joined.byteLength));
  if (isUtf8Text(bytes)) {
    yield { kind: "fragment", fragment: { path: "-", raw: bytes, startLine: 1 }, bytes: bytes.length, file: true };
    return;
  }
  const decoded = decodeContent(bytes);
  if (decoded.kind === "binary") {
    yield { kind: "skipped", path: "-", reason: "binary" };
    return;
  }
  yield { kind: "fragment", fragment: { path: "-", text: decoded.text, startLine: 1 }, bytes: bytes.length, file: true };
}
var formatSize, nameOnly, readItem;
var init_file_source = __esm({
  "src/sources/file-source.ts"() {
    "use strict";
    init_read_own_file();
    init_decode_content();
    init_source_item();
    init_walk_files();
    formatSize = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
    nameOnly = (path) => ({ kind: "fragment", fragment: { path, text: "", startLine: 1 }, bytes: 0, file: false });
    readItem = (item, maxFileSize) => {
      if (item.kind === "skipped") return [item];
      const tooLarge = (size) => [
        { kind: "skipped", path: item.path, reason: `larger than --max-file-size (${formatSize(size)})` },
        nameOnly(item.path)
      ];
      if (item.size !== void 0 && item.size > maxFileSize) return tooLarge(item.size);
      let bytes;
      try {
        bytes = readRegularFile(item.abs, maxFileSize);
      } catch (error) {
        if (error instanceof OwnFileError && error.code === "EFBIG" && error.size !== void 0) return tooLarge(error.size);
        return [{ kind: "skipped", path: item.path, reason: `unreadable (${error.code ?? "error"})` }];
      }
      if (isUtf8Text(bytes)) return [{ kind: "fragment", fragment: { path: item.path, raw: bytes, startLine: 1 }, bytes: bytes.length, file: true }];
      const decoded = decodeContent(bytes);
      if (decoded.kind === "binary") return [{ kind: "skipped", path: item.path, reason: "binary" }, nameOnly(item.path)];
      return [{ kind: "fragment", fragment: { path: item.path, text: decoded.text, startLine: 1 }, bytes: bytes.length, file: true }];
    };
  }
});

// src/cli/check-targets.ts
import { closeSync as closeSync2, constants as constants2, openSync as openSync2, opendirSync, statSync as statSync2 } from "node:fs";
import { resolve as resolve7 } from "node:path";
var WHY, fail3, isStream, checkTargets;
var init_check_targets = __esm({
  "src/cli/check-targets.ts"() {
    "use strict";
    init_errors();
    WHY = {
      ENOENT: "no such file or directory",
      EACCES: "permission denied",
      EPERM: "permission denied",
      ENAMETOOLONG: "the name is too long",
      ELOOP: "too many levels of symbolic links",
      ENOTDIR: "a part of the path is not a directory"
    };
    fail3 = (target, error) => {
      const code = error.code ?? "";
      throw new LeakgateError("io", `cannot scan ${target}: ${WHY[code] ?? (code || String(error))}`, { cause: error });
    };
    isStream = (stats) => stats.isFIFO() || stats.isSocket() || stats.isCharacterDevice() || stats.isBlockDevice();
    checkTargets = (targets2, cwd) => {
      for (const target of targets2) {
        const abs = resolve7(cwd, target);
        let stats;
        try {
          stats = statSync2(abs);
        } catch (error) {
          fail3(target, error);
          continue;
        }
        if (isStream(stats)) {
          throw new LeakgateError("usage", `cannot scan ${target}: it is a pipe or a device, not a file (for \`scan <(cmd)\`, pipe the output instead: cmd | leakgate scan -)`);
        }
        try {
          if (stats.isDirectory()) opendirSync(abs).closeSync();
          else closeSync2(openSync2(abs, constants2.O_RDONLY | constants2.O_NONBLOCK));
        } catch (error) {
          fail3(target, error);
        }
      }
    };
  }
});

// src/cli/commands/scan.ts
var scan_exports = {};
__export(scan_exports, {
  fileRequest: () => fileRequest,
  scanCommand: () => scanCommand,
  scanScope: () => scanScope
});
import { relative as relative6, resolve as resolve8 } from "node:path";
var fileRequest, scanScope, scanCommand;
var init_scan = __esm({
  "src/cli/commands/scan.ts"() {
    "use strict";
    init_prune_scope();
    init_config_for();
    init_errors();
    init_file_source();
    init_walk_files();
    init_run_scan();
    init_baseline_filter();
    init_check_targets();
    fileRequest = (io, paths, root2, options) => {
      const targets2 = paths.length === 0 ? ["."] : paths;
      const stdin = targets2.includes("-");
      if (stdin && targets2.length > 1) throw new LeakgateError("usage", 'scan reads either stdin ("-") or paths, not both');
      if (!stdin) checkTargets(targets2, io.cwd);
      const source = stdin ? stdinSource(io.stdin, options.maxFileSize) : fileSource(targets2.map((path) => resolve8(io.cwd, path)), { root: root2, gitignore: options.ignore, maxFileSize: options.maxFileSize });
      return { mode: "scan", target: targets2.join(" "), source };
    };
    scanScope = (io, paths, root2) => {
      const targets2 = paths.length === 0 ? ["."] : paths;
      const relativeToRoot = targets2.map((path) => path === "-" ? "-" : toPosix(relative6(root2, resolve8(io.cwd, path))) || ".");
      return { mode: "scan", covers: coveringPaths(relativeToRoot) };
    };
    scanCommand = async (io, options) => {
      const root2 = findRepoRoot(io.cwd) ?? io.cwd;
      const config = configFor(io, options, root2);
      const baseline = baselineFilterFor(io, options, root2, scanScope(io, options.paths, root2));
      return runScan(io, options, config, fileRequest(io, options.paths, root2, options), baseline);
    };
  }
});

// src/cli/usage-errors.ts
var COMMANDS, HELP, usageMessage;
var init_usage_errors = __esm({
  "src/cli/usage-errors.ts"() {
    "use strict";
    init_rule_id_check();
    COMMANDS = ["scan", "staged", "history", "baseline", "audit", "init", "rules", "version", "completion"];
    HELP = "(see leakgate --help)";
    usageMessage = (message, argv) => {
      const command2 = argv[0];
      if (command2 !== void 0 && !command2.startsWith("-") && !COMMANDS.includes(command2)) {
        const close = closeIds(command2, COMMANDS);
        return `unknown command "${command2}"${close.length > 0 ? `: did you mean ${close.map((name) => `"${name}"`).join(" or ")}?` : ""} ${HELP}`;
      }
      if (command2 === "rules" && /Not enough non-option arguments/.test(message)) {
        return `rules needs an action: \`leakgate rules list\` (the rules in use) or \`leakgate rules check FILE\` (check a rules file) ${HELP}`;
      }
      return message.includes(HELP) ? message : `${message} ${HELP}`;
    };
  }
});

// src/baseline/baseline-lock.ts
import { closeSync as closeSync3, openSync as openSync3, readFileSync as readFileSync5, rmSync as rmSync2, statSync as statSync3, writeSync } from "node:fs";
import { hostname } from "node:os";
var sleep, STALE_MS, isAlive, isStale, tryLock, withBaselineLock;
var init_baseline_lock = __esm({
  "src/baseline/baseline-lock.ts"() {
    "use strict";
    init_errors();
    init_write_output();
    sleep = (ms) => new Promise((done) => setTimeout(done, ms));
    STALE_MS = 12e4;
    isAlive = (pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch (error) {
        return error.code === "EPERM";
      }
    };
    isStale = (lock) => {
      try {
        if (Date.now() - statSync3(lock).mtimeMs > STALE_MS) return true;
        const [pid, host] = readFileSync5(lock, "utf8").trim().split(" ");
        return host === hostname() && /^\d+$/.test(pid ?? "") && Number(pid) !== process.pid && !isAlive(Number(pid));
      } catch {
        return false;
      }
    };
    tryLock = (lock, path) => {
      let fd;
      try {
        fd = openSync3(lock, "wx");
      } catch (error) {
        const code = error.code;
        if (code !== "EEXIST") throw new LeakgateError("baseline", `cannot lock ${path}: ${code ?? String(error)}`, { cause: error });
        return false;
      }
      pendingTempFiles.add(lock);
      try {
        writeSync(fd, `${process.pid} ${hostname()}
`);
      } finally {
        closeSync3(fd);
      }
      return true;
    };
    withBaselineLock = async (path, work, waitMs = 3e4) => {
      const lock = `${path}.lock`;
      const deadline = Date.now() + waitMs;
      while (!tryLock(lock, path)) {
        if (isStale(lock)) {
          rmSync2(lock, { force: true });
          continue;
        }
        if (Date.now() > deadline) throw new LeakgateError("baseline", `${path} is locked by another leakgate (remove ${lock} if none is running)`);
        await sleep(20 + Math.random() * 30);
      }
      try {
        return await work();
      } finally {
        rmSync2(lock, { force: true });
        pendingTempFiles.delete(lock);
      }
    };
  }
});

// src/baseline/update-baseline.ts
var withMode, updateBaseline;
var init_update_baseline = __esm({
  "src/baseline/update-baseline.ts"() {
    "use strict";
    init_baseline();
    init_prune_scope();
    withMode = (entry, mode) => entry.from?.includes(mode) ? entry : { ...entry, from: [.../* @__PURE__ */ new Set([...entry.from ?? [], mode])].sort() };
    updateBaseline = (current, findings, options) => {
      const { mode } = options.scope;
      const existing = new Map(current.entries.map((entry) => [entryKey(entry), entry]));
      const found = /* @__PURE__ */ new Map();
      for (const finding of findings) {
        const entry = { ruleId: finding.ruleId, file: finding.file, hash: hashSecret(current.salt, finding.secret), status: "unreviewed", note: "", from: [mode] };
        const key = entryKey(entry);
        found.set(key, found.get(key) ?? withMode(existing.get(key) ?? entry, mode));
      }
      let pruned = 0;
      let keptReviewed = 0;
      const kept = [];
      for (const entry of current.entries) {
        const key = entryKey(entry);
        const now = found.get(key);
        if (now) kept.push(now);
        else if (!options.prune || !prunable(entry, options.scope)) kept.push(entry);
        else if (isReviewed(entry) && !options.pruneReviewed) {
          kept.push(entry);
          keptReviewed++;
        } else pruned++;
      }
      const added = [...found.entries()].filter(([key]) => !existing.has(key)).map(([, entry]) => entry);
      return { baseline: { ...current, entries: [...kept, ...added] }, added: added.length, pruned, keptReviewed };
    };
  }
});

// src/cli/commands/baseline-import.ts
import { createHash as createHash4 } from "node:crypto";
import { readFileSync as readFileSync6 } from "node:fs";
import { relative as relative7, resolve as resolve9 } from "node:path";
var fail4, resultOf, readDetectSecretsBaseline, sha1, importDetectSecrets, describeUnmatched, importShown;
var init_baseline_import = __esm({
  "src/cli/commands/baseline-import.ts"() {
    "use strict";
    init_baseline();
    init_errors();
    init_escape_control();
    fail4 = (shown, why) => {
      throw new LeakgateError("baseline", `${shown}: not a detect-secrets baseline (${why})`);
    };
    resultOf = (shown, file, value) => {
      const r = value ?? {};
      if (typeof r["hashed_secret"] !== "string" || !/^[0-9a-f]{40}$/.test(r["hashed_secret"])) return fail4(shown, `a result in ${file} has no hashed_secret`);
      const status = r["is_secret"] === false ? "false-positive" : r["is_secret"] === true ? "must-fix" : "unreviewed";
      return { file, type: typeof r["type"] === "string" ? r["type"] : "secret", line: typeof r["line_number"] === "number" ? r["line_number"] : 0, sha1: r["hashed_secret"], status };
    };
    readDetectSecretsBaseline = (path, shown) => {
      let data;
      try {
        data = JSON.parse(readFileSync6(path, "utf8"));
      } catch (error) {
        throw new LeakgateError("baseline", `cannot read ${shown}: ${error.message}`, { cause: error });
      }
      const results = data?.results;
      if (typeof results !== "object" || results === null || Array.isArray(results)) return fail4(shown, 'no "results" object');
      return Object.entries(results).flatMap(
        ([file, list]) => Array.isArray(list) ? list.map((value) => resultOf(shown, file.replaceAll("\\", "/"), value)) : fail4(shown, `results for ${file} are not a list`)
      );
    };
    sha1 = (text) => createHash4("sha1").update(text).digest("hex");
    importDetectSecrets = (current, findings, results) => {
      const entries = new Map(current.entries.map((entry) => [entryKey(entry), entry]));
      const matched = /* @__PURE__ */ new Set();
      let added = 0;
      for (const finding of findings) {
        const digest = sha1(finding.secret);
        const result = results.find((r) => r.file === finding.file && r.sha1 === digest);
        if (!result) continue;
        matched.add(result);
        const entry = { ruleId: finding.ruleId, file: finding.file, hash: hashSecret(current.salt, finding.secret), status: result.status, note: `imported from detect-secrets (${result.type})`, from: ["scan"] };
        if (entries.has(entryKey(entry))) continue;
        entries.set(entryKey(entry), entry);
        added++;
      }
      return { baseline: { ...current, entries: [...entries.values()] }, added, unmatched: results.filter((r) => !matched.has(r)) };
    };
    describeUnmatched = (unmatched, shown) => unmatched.length === 0 ? "" : `leakgate: ${unmatched.length} result${unmatched.length === 1 ? "" : "s"} of ${shown} not carried over (leakgate finds no secret with that SHA-1 there: another detector's finding, or the secret changed):
` + unmatched.map((r) => `  ${escapeControl(r.file)}:${r.line} ${escapeControl(r.type)}
`).join("");
    importShown = (cwd, file) => {
      const path = resolve9(cwd, file);
      return { path, shown: relative7(cwd, path) || path };
    };
  }
});

// src/cli/commands/baseline.ts
var baseline_exports = {};
__export(baseline_exports, {
  baselineCommand: () => baselineCommand
});
import { existsSync as existsSync5 } from "node:fs";
import { relative as relative8 } from "node:path";
var importInto, baselineCommand;
var init_baseline2 = __esm({
  "src/cli/commands/baseline.ts"() {
    "use strict";
    init_baseline_file();
    init_baseline_lock();
    init_baseline();
    init_update_baseline();
    init_exit_codes();
    init_walk_files();
    init_repo();
    init_run_scan();
    init_git_scans();
    init_scan();
    init_errors();
    init_baseline_import();
    importInto = async (io, file, path, shown, findings) => {
      const from = importShown(io.cwd, file);
      const results = readDetectSecretsBaseline(from.path, from.shown);
      const result = await withBaselineLock(path, () => {
        const imported = importDetectSecrets(existsSync5(path) ? readBaseline(path, shown) : newBaseline(), findings, results);
        writeBaseline(path, imported.baseline);
        return imported;
      });
      io.stderr.write(`leakgate: ${shown}: ${result.baseline.entries.length} entries (${result.added} imported from ${from.shown}). Commit it, and delete ${from.shown}: a scan reports its hashed_secret values as secrets.
`);
      io.stderr.write(describeUnmatched(result.unmatched, from.shown));
      return ExitCode.Clean;
    };
    baselineCommand = async (io, options) => {
      if (options.import !== void 0 && options.history) throw new LeakgateError("usage", "--import reads a detect-secrets baseline of the files: it does not go with --history");
      if (options.prune && options.history && options.range !== void 0) {
        throw new LeakgateError("usage", "--prune with --range: a range sees only part of history, so it cannot tell which entries are gone (prune after a full `leakgate baseline --history`)");
      }
      const root2 = options.history ? await repoRoot(io.cwd) : findRepoRoot(io.cwd) ?? io.cwd;
      const path = baselineTarget(root2, options.baseline, io.cwd);
      const shown = relative8(io.cwd, path) || path;
      if (existsSync5(path)) readBaseline(path, shown);
      const config = configFor(io, options, root2);
      const request = options.history ? await historyRequest(root2, config, { range: options.range, since: void 0, maxFileSize: options.maxFileSize }) : fileRequest(io, options.paths, root2, options);
      const { findings } = await collectFindings(options, config, request);
      if (options.import !== void 0) return importInto(io, options.import, path, shown, findings);
      const update = await withBaselineLock(path, () => {
        const current = existsSync5(path) ? readBaseline(path, shown) : newBaseline();
        const scope = options.history ? { mode: "history", covers: () => true } : scanScope(io, options.paths, root2);
        const result = updateBaseline(current, findings, { scope, prune: options.prune || options.pruneReviewed, pruneReviewed: options.pruneReviewed });
        writeBaseline(path, result.baseline);
        return result;
      });
      if (!options.quiet) {
        io.stderr.write(
          `leakgate: ${shown}: ${update.baseline.entries.length} entries (${update.added} added, ${update.pruned} pruned). Commit it; new secrets will still fail the scan.
`
        );
        if (update.keptReviewed > 0) {
          io.stderr.write(`leakgate: kept ${update.keptReviewed} reviewed entr${update.keptReviewed === 1 ? "y" : "ies"} no longer found (their verdicts are kept: --prune-reviewed drops them)
`);
        }
      }
      return ExitCode.Clean;
    };
  }
});

// src/cli/audit-context.ts
import { existsSync as existsSync6, readFileSync as readFileSync7 } from "node:fs";
import { join as join10 } from "node:path";
var WIDTH, spanMask, applyMask, piecesOf, auditContext;
var init_audit_context = __esm({
  "src/cli/audit-context.ts"() {
    "use strict";
    init_escape_control();
    init_redact();
    WIDTH = 200;
    spanMask = (line, n, findings) => {
      let masked;
      for (const f of findings) {
        if (n < f.line || n > f.endLine) continue;
        const from = n === f.line ? f.column - 1 : 0;
        const to = n === f.endLine ? f.endColumn - 1 : line.length;
        masked ??= new Array(line.length).fill(false);
        for (let i = Math.max(0, from); i < Math.min(to, line.length); i++) masked[i] = true;
      }
      return masked;
    };
    applyMask = (line, masked) => {
      if (!masked) return line;
      let out = "";
      for (let i = 0; i < line.length; i++) {
        if (!masked[i]) out += line[i];
        else if (i === 0 || !masked[i - 1]) out += "*****";
      }
      return out;
    };
    piecesOf = (findings) => findings.flatMap((f) => [f.secret, ...f.secret.split(/\r?\n/)]);
    auditContext = (root2, finding, inFile, percent) => {
      const mask = percent === void 0 ? (text) => text : createMasker(piecesOf(inFile), percent);
      const file = join10(root2, finding.file);
      if (finding.commit || !existsSync6(file)) {
        const match = percent === void 0 ? finding.match : finding.match.split(finding.secret).join(redactSecret(finding.secret, percent));
        return [`    ${escapeControl(shortMatch(mask(match)))}`];
      }
      const lines = readFileSync7(file, "utf8").split("\n");
      const from = Math.max(0, finding.line - 3);
      return lines.slice(from, finding.line + 2).map((raw, i) => {
        const number = from + i + 1;
        const line = percent === void 0 ? raw : mask(applyMask(raw, spanMask(raw, number, inFile)));
        return `${number === finding.line ? ">" : " "} ${String(number).padStart(5)} | ${escapeControl(line).slice(0, WIDTH)}`;
      });
    };
  }
});

// src/cli/commands/audit.ts
var audit_exports = {};
__export(audit_exports, {
  auditCommand: () => auditCommand
});
import { existsSync as existsSync7 } from "node:fs";
import { relative as relative9 } from "node:path";
async function* readLines(input) {
  let pending = "";
  for await (const chunk of input) {
    pending += chunk.toString();
    for (let newline = pending.indexOf("\n"); newline !== -1; newline = pending.indexOf("\n")) {
      yield pending.slice(0, newline).replace(/\r$/, "");
      pending = pending.slice(newline + 1);
    }
  }
  if (pending) yield pending;
}
var VERDICTS, PROMPT, askVerdict, auditCommand;
var init_audit = __esm({
  "src/cli/commands/audit.ts"() {
    "use strict";
    init_baseline_file();
    init_baseline_lock();
    init_baseline();
    init_partition();
    init_errors();
    init_exit_codes();
    init_escape_control();
    init_redact();
    init_audit_context();
    init_repo();
    init_walk_files();
    init_run_scan();
    init_git_scans();
    init_scan();
    VERDICTS = { f: "false-positive", a: "accepted", m: "must-fix" };
    PROMPT = "(f)alse positive, (a)ccepted risk, (m)ust fix, (s)kip, (q)uit? ";
    askVerdict = async (ask, io) => {
      for (; ; ) {
        const answer = (await ask(PROMPT))?.toLowerCase();
        if (answer === void 0 || answer === "q" || answer === "quit") return "quit";
        if (answer === "s" || answer === "skip") return "skip";
        const status = Object.entries(VERDICTS).find(([key, name]) => answer === key || answer.length > 1 && (name.startsWith(answer) || name.replace("-", " ").startsWith(answer)))?.[1];
        if (status) return status;
        io.stdout.write(`"${escapeControl(answer)}" is not an answer: type f, a, m, s or q, then Enter
`);
      }
    };
    auditCommand = async (io, options) => {
      if (io.stdin.isTTY !== true || io.stdout.isTTY !== true) {
        throw new LeakgateError("usage", 'leakgate audit is interactive: run it in a terminal (to edit verdicts by hand, set "status" in the baseline file)');
      }
      const root2 = options.history ? await repoRoot(io.cwd) : findRepoRoot(io.cwd) ?? io.cwd;
      const path = baselineTarget(root2, options.baseline, io.cwd);
      const shown = relative9(io.cwd, path) || path;
      if (!existsSync7(path)) throw new LeakgateError("baseline", `no baseline at ${shown}: create one with \`leakgate baseline\` first`);
      const baseline = readBaseline(path, shown);
      const config = configFor(io, options, root2);
      const request = options.history ? await historyRequest(root2, config, { range: void 0, since: void 0, maxFileSize: options.maxFileSize }) : fileRequest(io, [], root2, { ignore: true, maxFileSize: options.maxFileSize });
      const { findings } = await collectFindings(options, config, request);
      const { known } = partitionFindings(findings, baseline);
      const inFile = (file) => findings.filter((f) => f.file === file);
      const percent = options.redact ? options.redactPercent : void 0;
      const todo = /* @__PURE__ */ new Map();
      for (const pair of known) {
        if (options.all || pair.entry.status === "unreviewed") todo.set(entryKey(pair.entry), pair);
      }
      if (todo.size === 0) {
        io.stdout.write(`Nothing to review in ${shown} (${baseline.entries.length} entries; --all reviews them again).
`);
        return ExitCode.Clean;
      }
      const lines = readLines(io.stdin);
      const ask = async (question) => {
        io.stdout.write(question);
        const next = await lines.next();
        return next.done ? void 0 : next.value.trim();
      };
      let n = 0;
      let reviewed = 0;
      try {
        for (const [key, { entry, finding }] of todo) {
          n++;
          io.stdout.write(`
[${n}/${todo.size}] ${escapeControl(finding.ruleId)} in ${escapeControl(finding.file)}:${finding.line} (now: ${entry.status})
`);
          io.stdout.write(`  ${escapeControl(finding.description)}: ${escapeControl(percent === void 0 ? finding.secret : redactSecret(finding.secret, percent))}
`);
          io.stdout.write(`${auditContext(root2, finding, inFile(finding.file), percent).join("\n")}
`);
          const answer = await askVerdict(ask, io);
          if (answer === "quit") break;
          if (answer === "skip") continue;
          const status = answer;
          const note = await ask("note (optional): ") ?? "";
          await withBaselineLock(path, () => {
            const current = readBaseline(path, shown);
            const entries = current.entries.map((e) => entryKey(e) === key ? { ...e, status, note } : e);
            writeBaseline(path, { ...current, entries });
          });
          reviewed++;
        }
      } finally {
        await lines.return(void 0);
      }
      io.stdout.write(`
Recorded ${reviewed} verdict${reviewed === 1 ? "" : "s"} in ${shown}.
`);
      return ExitCode.Clean;
    };
  }
});

// src/hooks/hooks-dir.ts
import { isAbsolute, join as join11, relative as relative10 } from "node:path";
var hooksDir, isHuskyDir;
var init_hooks_dir = __esm({
  "src/hooks/hooks-dir.ts"() {
    "use strict";
    init_git();
    hooksDir = async (root2) => {
      const dir = (await gitText(["rev-parse", "--git-path", "hooks"], root2)).trim();
      return isAbsolute(dir) ? dir : join11(root2, dir);
    };
    isHuskyDir = (root2, dir) => {
      const inside = relative10(join11(root2, ".husky"), dir);
      return !inside.startsWith("..") && !isAbsolute(inside);
    };
  }
});

// src/hooks/hook-active.ts
import { existsSync as existsSync8, readFileSync as readFileSync8 } from "node:fs";
import { delimiter, join as join12 } from "node:path";
var hookText, leakgateReachable, hookNotActive;
var init_hook_active = __esm({
  "src/hooks/hook-active.ts"() {
    "use strict";
    init_hooks_dir();
    hookText = (dir) => {
      const file = join12(dir, "pre-commit");
      return existsSync8(file) ? readFileSync8(file, "utf8") : "";
    };
    leakgateReachable = (root2, path) => existsSync8(join12(root2, "node_modules", ".bin", "leakgate")) || path.split(delimiter).some((dir) => dir !== "" && existsSync8(join12(dir, "leakgate")));
    hookNotActive = async (manager, root2, path = "") => {
      if (!leakgateReachable(root2, path)) return "install leakgate in the project (npm install --save-dev leakgate) or on PATH: the hook cannot find it";
      const dir = await hooksDir(root2);
      switch (manager) {
        case "git":
          return void 0;
        case "husky":
          return isHuskyDir(root2, dir) && existsSync8(join12(dir, "h")) ? void 0 : "run `npx husky` (husky 9) to activate .husky/pre-commit";
        case "pre-commit":
          return hookText(dir).includes("File generated by pre-commit") ? void 0 : "run `pre-commit install` once in each clone";
        case "lefthook":
          return hookText(dir).includes("lefthook") ? void 0 : "run `npx lefthook install` once in each clone";
      }
    };
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = Symbol.for("yaml.alias");
    var DOC = Symbol.for("yaml.document");
    var MAP = Symbol.for("yaml.map");
    var PAIR = Symbol.for("yaml.pair");
    var SCALAR2 = Symbol.for("yaml.scalar");
    var SEQ = Symbol.for("yaml.seq");
    var NODE_TYPE = Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR2;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR2:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR2;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = Symbol("break visit");
    var SKIP = Symbol("skip children");
    var REMOVE = Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root2) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root2, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start2 = i + 1;
      let ch = text[start2];
      while (ch === " " || ch === "	") {
        if (i < start2 + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start2 = i + 1;
          ch = text[start2];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start2 = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start2 > limit)
            return true;
          start2 = i + 1;
          if (strLen - start2 <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start2 = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start2, i) + "\\ ";
          i += 1;
          start2 = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start2, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start2 = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start2, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start2 = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start2 ? str + json.slice(start2) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start2 = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start2) {
        value = value.substring(start2.length);
        start2 = start2.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start2}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start2}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start: start2, end } = flowChars;
      if (lines.length === 0) {
        return start2 + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start2;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start2}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap2 = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap2;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap2 = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap2.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap2.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq2 = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq2;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq2 = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq2.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq2.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format3, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format3 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq2 = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq2.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq2.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap2.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap2.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap2.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap2.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap2.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap2.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap2.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap2.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap2.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start2 = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start2 ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap2.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start: start2, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start2, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start2[start2.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start2, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq2 = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq2.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start: start2, value } of bs.items) {
        const props = resolveProps.resolveProps(start2, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start2, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap2.YAMLMap : YAMLSeq2.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start: start2, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start2, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start2) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start2, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap2.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap2.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq2.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start2 = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start2, start2, start2] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start2 + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start2, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start2 + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start2, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before2, pos) {
      if (before2) {
        pos ?? (pos = before2.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before2[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before2[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before2[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before2, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before2, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start: start2, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start2, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start2, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start: start2, key, sep: sep2, value }) {
      let res = "";
      for (const st of start2)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = Symbol("break visit");
    var SKIP = Symbol("skip children");
    var REMOVE = Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field3, index] of path) {
        const tok = item?.[field3];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field3 = path[path.length - 1][0];
      const coll = parent?.[field3];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field3 of ["key", "value"]) {
        const token = item[field3];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field3, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field3 === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR2 = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR2:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR2:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR2;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start2 = this.lineStarts[low - 1];
          return { line: low, col: offset - start2 + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top2 = this.peek(1);
        if (this.type === "doc-end" && top2?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top2)
          return yield* this.stream();
        switch (top2.type) {
          case "document":
            return yield* this.document(top2);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top2);
          case "block-scalar":
            return yield* this.blockScalar(top2);
          case "block-map":
            return yield* this.blockMap(top2);
          case "block-seq":
            return yield* this.blockSequence(top2);
          case "flow-collection":
            return yield* this.flowCollection(top2);
          case "doc-end":
            return yield* this.documentEnd(top2);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top2 = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top2 ? top2.indent : 0;
          } else if (token.type === "flow-collection" && top2.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top2.type) {
            case "document":
              top2.value = token;
              break;
            case "block-scalar":
              top2.props.push(token);
              break;
            case "block-map": {
              const it = top2.items[top2.items.length - 1];
              if (it.value) {
                top2.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top2.items[top2.items.length - 1];
              if (it.value)
                top2.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top2.items[top2.items.length - 1];
              if (!it || it.value)
                top2.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top2.type === "document" || top2.type === "block-map" || top2.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top2.type === "document")
                top2.end = last.start;
              else
                top2.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start2 = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start: start2, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start2 = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start2 = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2 });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start3 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start3, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start3 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start3, key, sep: sep2 }]
                  });
                } else if (start2.length > 0) {
                  it.sep = it.sep.concat(start2, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start: start2, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start: start2, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start: start2 });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top2;
          do {
            yield* this.pop();
            top2 = this.peek(1);
          } while (top2?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start: start2, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            start2.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start2, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start2.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap2.YAMLMap;
    exports.YAMLSeq = YAMLSeq2.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser2.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/hooks/install-hooks.ts
import { chmodSync, existsSync as existsSync9, mkdirSync, readFileSync as readFileSync9, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname4, join as join13 } from "node:path";
var import_yaml, HOOK_COMMAND, MARKER, HUSKY_LINE, testsFirst, installHusky, GIT_HOOK, installGit, editYaml, localCommand, installPreCommit, installLefthook, resolveManager, installHook;
var init_install_hooks = __esm({
  "src/hooks/install-hooks.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist(), 1);
    init_errors();
    init_hooks_dir();
    HOOK_COMMAND = "npx --no-install leakgate staged";
    MARKER = "leakgate staged";
    HUSKY_LINE = "leakgate staged";
    testsFirst = (current) => /^\s*(npm|pnpm|yarn|bun)( run)? test\b/m.test(current) ? ".husky/pre-commit runs the test suite (`npm test`, written by `husky init`) before leakgate: every commit waits for it; move `leakgate staged` above it, or drop it, for a fast hook" : void 0;
    installHusky = (root2) => {
      const file = join13(root2, ".husky", "pre-commit");
      const current = existsSync9(file) ? readFileSync9(file, "utf8") : "";
      if (current.includes(MARKER)) return { file, changed: false, hint: testsFirst(current) };
      mkdirSync(dirname4(file), { recursive: true });
      const body = current === "" || current.endsWith("\n") ? current : `${current}
`;
      writeFileSync2(file, `${body}${HUSKY_LINE}
`, { mode: 493 });
      return { file, changed: true, hint: testsFirst(current) };
    };
    GIT_HOOK = `#!/bin/sh
# leakgate pre-commit hook (installed by \`leakgate init --git\`): blocks commits that add secrets.
# Skip it once, in an emergency, with: git commit --no-verify
if [ -x node_modules/.bin/leakgate ]; then
  exec node_modules/.bin/leakgate staged
fi
if command -v leakgate >/dev/null 2>&1; then
  exec leakgate staged
fi
exec ${HOOK_COMMAND}
`;
    installGit = async (root2, force) => {
      const file = join13(await hooksDir(root2), "pre-commit");
      if (existsSync9(file)) {
        const current = readFileSync9(file, "utf8");
        if (current === GIT_HOOK) return { file, changed: false, hint: void 0 };
        if (!current.includes(MARKER) && !force) {
          throw new LeakgateError("usage", `${file} already exists and is not leakgate's: add "${HOOK_COMMAND}" to it, or rerun with --force to replace it`);
        }
      }
      mkdirSync(dirname4(file), { recursive: true });
      writeFileSync2(file, GIT_HOOK);
      chmodSync(file, 493);
      return { file, changed: true, hint: void 0 };
    };
    editYaml = (file, edit) => {
      const doc = (0, import_yaml.parseDocument)(existsSync9(file) ? readFileSync9(file, "utf8") : "");
      if (doc.errors.length > 0) {
        throw new LeakgateError("config", `${file}: not valid YAML (${doc.errors[0]?.message.split("\n")[0] ?? "parse error"}); fix it first`);
      }
      if (doc.contents === null) doc.contents = doc.createNode({});
      if (!edit(doc)) return false;
      writeFileSync2(file, doc.toString());
      return true;
    };
    localCommand = (root2) => {
      const pkg = join13(root2, "package.json");
      const local = existsSync9(join13(root2, "node_modules", ".bin", "leakgate")) || existsSync9(pkg) && /"leakgate"\s*:/.test(readFileSync9(pkg, "utf8"));
      return local ? "node_modules/.bin/leakgate staged" : "leakgate staged";
    };
    installPreCommit = (root2) => {
      const file = join13(root2, ".pre-commit-config.yaml");
      const changed = editYaml(file, (doc) => {
        if (doc.toString().includes(MARKER) || doc.toString().includes("id: leakgate")) return false;
        if (!doc.has("repos")) doc.set("repos", new import_yaml.YAMLSeq());
        const repos = doc.get("repos");
        if (!(repos instanceof import_yaml.YAMLSeq)) throw new LeakgateError("config", `${file}: "repos" is not a list`);
        repos.add(doc.createNode({ repo: "local", hooks: [{ id: "leakgate", name: "leakgate (secrets)", entry: localCommand(root2), language: "system", pass_filenames: false }] }));
        return true;
      });
      return { file, changed, hint: void 0 };
    };
    installLefthook = (root2) => {
      const file = join13(root2, "lefthook.yml");
      const changed = editYaml(file, (doc) => {
        if (doc.hasIn(["pre-commit", "commands", "leakgate"])) return false;
        if (!doc.has("pre-commit")) doc.set("pre-commit", new import_yaml.YAMLMap());
        if (!doc.hasIn(["pre-commit", "commands"])) doc.setIn(["pre-commit", "commands"], new import_yaml.YAMLMap());
        const command2 = localCommand(root2);
        doc.setIn(["pre-commit", "commands", "leakgate"], doc.createNode({ run: command2 === MARKER ? HOOK_COMMAND : command2 }));
        return true;
      });
      return { file, changed, hint: void 0 };
    };
    resolveManager = async (manager, root2) => {
      if ((manager ?? "git") === "git" && isHuskyDir(root2, await hooksDir(root2))) return "husky";
      if (manager !== void 0) return manager;
      if (existsSync9(join13(root2, ".pre-commit-config.yaml"))) return "pre-commit";
      if (["lefthook.yml", "lefthook.yaml", ".lefthook.yml"].some((name) => existsSync9(join13(root2, name)))) return "lefthook";
      return "git";
    };
    installHook = async (manager, root2, force) => {
      switch (manager) {
        case "husky":
          return installHusky(root2);
        case "git":
          return installGit(root2, force);
        case "pre-commit":
          return installPreCommit(root2);
        case "lefthook":
          return installLefthook(root2);
      }
    };
  }
});

// src/hooks/starter-config.ts
var STARTER_CONFIG;
var init_starter_config = __esm({
  "src/hooks/starter-config.ts"() {
    "use strict";
    STARTER_CONFIG = `#:schema ./node_modules/leakgate/schema/leakgate.schema.json
# leakgate configuration. Reference: https://www.npmjs.com/package/leakgate
# The line above lets editors with a TOML language server (taplo, Even Better TOML) check this file.
# The built-in rules stay on; add what your repository needs below.

[extend]
useDefault = true
# disabledRules = ["generic-password-assignment"]

# Paths, values or commits that must never be reported. Keep allowlists narrow:
# a broad one hides real secrets.
# [[allowlists]]
# description = "test fixtures with invented credentials"
# paths = ["test/fixtures/**"]
# regexes = ['''^dummy_''']
# stopwords = ["localhost"]

# A rule of your own (examples must be found, negatives must not: \`leakgate rules check .leakgate.toml\`).
# [[rules]]
# id = "acme-api-key"
# description = "ACME internal API key"
# regex = '''\\b(acme_[0-9a-zA-Z]{32})\\b'''
# secretGroup = 1
# keywords = ["acme_"]
# severity = "high"
`;
  }
});

// src/cli/commands/init.ts
var init_exports = {};
__export(init_exports, {
  initCommand: () => initCommand
});
import { existsSync as existsSync10, writeFileSync as writeFileSync3 } from "node:fs";
import { join as join14, relative as relative11 } from "node:path";
var initCommand;
var init_init = __esm({
  "src/cli/commands/init.ts"() {
    "use strict";
    init_exit_codes();
    init_hook_active();
    init_install_hooks();
    init_starter_config();
    init_repo();
    initCommand = async (io, asked, force) => {
      const root2 = await repoRoot(io.cwd);
      const shown = (file) => relative11(io.cwd, file) || file;
      const config = join14(root2, ".leakgate.toml");
      if (existsSync10(config)) io.stdout.write(`${shown(config)} exists: left as it is
`);
      else {
        writeFileSync3(config, STARTER_CONFIG);
        io.stdout.write(`wrote ${shown(config)}
`);
      }
      const managers = /* @__PURE__ */ new Set();
      for (const manager of asked.length === 0 ? [void 0] : asked) managers.add(await resolveManager(manager, root2));
      const pending = [];
      for (const manager of managers) {
        if (manager === "husky" && !asked.includes("husky")) io.stdout.write("husky manages this repository's hooks (core.hooksPath is under .husky/): using .husky/pre-commit\n");
        const result = await installHook(manager, root2, force);
        io.stdout.write(result.changed ? `installed the ${manager} pre-commit hook in ${shown(result.file)}
` : `the ${manager} hook in ${shown(result.file)} already runs leakgate
`);
        if (result.hint) io.stdout.write(`  note: ${result.hint}
`);
        const step = await hookNotActive(manager, root2, io.env["PATH"] ?? "");
        if (step) pending.push(`${manager}: ${step}`);
      }
      if (pending.length === 0) io.stdout.write("A commit that adds a secret is now blocked; `git commit --no-verify` skips the hook in an emergency.\n");
      else io.stdout.write(`Not active yet (${pending.join("; ")}): until then commits are not checked.
`);
      return ExitCode.Clean;
    };
  }
});

// src/rules/backtracking.ts
var UNBOUNDED, nestedQuantifier;
var init_backtracking = __esm({
  "src/rules/backtracking.ts"() {
    "use strict";
    UNBOUNDED = /^(?:[*+]|\{\d+,\})/;
    nestedQuantifier = (source) => {
      const stack = [];
      let inClass = false;
      for (let i = 0; i < source.length; i++) {
        const ch = source[i];
        if (ch === "\\") {
          i++;
          continue;
        }
        if (inClass) {
          if (ch === "]") inClass = false;
          continue;
        }
        if (ch === "[") {
          inClass = true;
          continue;
        }
        if (ch === "(") {
          stack.push({ start: i, unbounded: false });
          continue;
        }
        const rest = source.slice(i);
        if (ch === ")") {
          const group = stack.pop();
          if (!group) continue;
          const after = source.slice(i + 1);
          if (group.unbounded && UNBOUNDED.test(after)) return source.slice(group.start, i + 1 + (UNBOUNDED.exec(after)?.[0].length ?? 0));
          const parent = stack[stack.length - 1];
          if (parent && (group.unbounded || UNBOUNDED.test(after))) parent.unbounded = true;
          continue;
        }
        if (UNBOUNDED.test(rest)) {
          const top2 = stack[stack.length - 1];
          if (top2) top2.unbounded = true;
        }
      }
      return void 0;
    };
  }
});

// src/rules/check-rules.ts
var shorten, checkSamples, checkRules;
var init_check_rules = __esm({
  "src/rules/check-rules.ts"() {
    "use strict";
    init_detector();
    init_errors();
    init_backtracking();
    init_compile_rule();
    shorten = (text) => (text.length > 60 ? `${text.slice(0, 57)}...` : text).replace(/\n/g, "\\n");
    checkSamples = (spec, rule, global) => {
      const problems = [];
      const detector = createDetector([rule], global, { includeInvalid: false, decode: false });
      if (spec.examples.length === 0) problems.push("has no examples: add at least one text the rule must find");
      if (spec.negatives.length === 0 && !rule.pathOnly) {
        problems.push("has no negatives: add at least one text the rule must not find");
      }
      spec.examples.forEach((example, n) => {
        const found = detector.detect({ path: example.path ?? "example.txt", text: example.text, startLine: 1 }).findings;
        if (found.length === 0) problems.push(`example #${n + 1} is not found: ${shorten(example.text)}`);
        else if (example.secret !== void 0 && !found.some((finding) => finding.secret === example.secret)) {
          const got = found.map((finding) => shorten(finding.secret)).join(", ");
          problems.push(`example #${n + 1} yields ${got}, expected ${shorten(example.secret)}`);
        }
      });
      if (rule.anchoredAt) {
        spec.examples.forEach((example, n) => {
          const lower = example.text.toLowerCase();
          const starts = new Set(spec.keywords.flatMap((word) => [...lower.matchAll(new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g"))].map((m) => m.index)));
          for (const m of example.text.matchAll(rule.regex)) {
            if (!starts.has(m.index)) problems.push(`is anchored, but in example #${n + 1} a match starts where no keyword does: ${shorten(m[0])}`);
          }
        });
      }
      spec.negatives.forEach((negative, n) => {
        const found = detector.detect({ path: negative.path ?? "example.txt", text: negative.text, startLine: 1 }).findings;
        if (found.length > 0) problems.push(`negative #${n + 1} is found: ${shorten(negative.path ?? negative.text)}`);
      });
      return problems;
    };
    checkRules = (specs, global = []) => {
      const problems = [];
      const seen = /* @__PURE__ */ new Map();
      for (const spec of specs) {
        const report = (message) => {
          problems.push({ file: spec.file, ruleId: spec.id, message });
        };
        const previous = seen.get(spec.id);
        if (previous !== void 0) report(`duplicate id (also in ${previous})`);
        seen.set(spec.id, spec.file);
        if (spec.keywords.length === 0 && spec.regex !== void 0 && spec.path === void 0) {
          report("has no keywords and no path: it would run its regex over every file");
        }
        let rule;
        try {
          rule = compileRule(spec);
        } catch (error) {
          if (!isLeakgateError(error)) throw error;
          report(error.message.replace(`${spec.file}: rule "${spec.id}": `, ""));
          continue;
        }
        const nested = nestedQuantifier(rule.regex.source);
        if (nested) {
          report(`regex may backtrack catastrophically: ${nested} repeats a group that repeats without bound; bound the inner or outer repetition`);
          continue;
        }
        if (spec.secretGroup > groupCount(rule.regex)) {
          report(`secretGroup ${spec.secretGroup} does not exist in the regex`);
          continue;
        }
        for (const message of checkSamples(spec, rule, global)) report(message);
      }
      return problems;
    };
  }
});

// src/cli/commands/rules.ts
var rules_exports = {};
__export(rules_exports, {
  rulesCheck: () => rulesCheck,
  rulesList: () => rulesList
});
import { resolve as resolve10 } from "node:path";
var rulesList, rulesCheck;
var init_rules = __esm({
  "src/cli/commands/rules.ts"() {
    "use strict";
    init_config_for();
    init_exit_codes();
    init_compile_rule();
    init_check_rules();
    init_load_rules();
    init_walk_files();
    rulesList = (io, format3, config) => {
      const root2 = findRepoRoot(io.cwd) ?? io.cwd;
      const { rules } = configFor(io, { config }, root2);
      if (format3 === "json") {
        const list = rules.map((rule) => ({
          id: rule.id,
          description: rule.description,
          severity: rule.severity,
          keywords: rule.keywords,
          tags: rule.tags,
          validate: rule.validate ?? null,
          references: rule.references
        }));
        io.stdout.write(`${JSON.stringify(list, null, 2)}
`);
        return ExitCode.Clean;
      }
      const width = Math.max(...rules.map((rule) => rule.id.length), 2);
      for (const rule of rules) io.stdout.write(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(8)}  ${rule.description}
`);
      io.stdout.write(`${rules.length} rules
`);
      return ExitCode.Clean;
    };
    rulesCheck = (io, file) => {
      const library = readRuleFile(resolve10(io.cwd, file), file);
      const shared = loadBuiltinRules().allowlists.map((spec) => compileAllowlist(spec, "rules/"));
      const own = library.allowlists.map((spec) => compileAllowlist(spec, file));
      const problems = checkRules(library.rules, [...shared, ...own]);
      for (const problem of problems) io.stdout.write(`${problem.file}: rule "${problem.ruleId}": ${problem.message}
`);
      const examples = library.rules.reduce((sum, rule) => sum + rule.examples.length + rule.negatives.length, 0);
      io.stdout.write(
        problems.length === 0 ? `${file}: ${library.rules.length} rules OK (${examples} examples and negatives checked)
` : `${file}: ${problems.length} problem${problems.length === 1 ? "" : "s"} in ${library.rules.length} rules
`
      );
      return problems.length === 0 ? ExitCode.Clean : ExitCode.Findings;
    };
  }
});

// src/cli/completion.ts
var completion_exports = {};
__export(completion_exports, {
  completionScript: () => completionScript
});
var flags, common, OPTIONS, bash, zsh, fish, completionScript;
var init_completion = __esm({
  "src/cli/completion.ts"() {
    "use strict";
    init_options();
    init_usage_errors();
    flags = (names) => names.map((name) => `--${name}`);
    common = COMMON_OPTIONS.filter((spec) => spec.hidden !== true).map((spec) => spec.name);
    OPTIONS = {
      scan: flags([...common, IGNORE_OPTION.name, "no-ignore", "exit-code"]),
      staged: flags([...common, "exit-code"]),
      history: flags([...common, "since", "route", "log-opts", "exit-code"]),
      baseline: flags([...common, "history", "range", "prune", "prune-reviewed", "no-ignore", "import"]),
      audit: flags([...common, "history", "all"]),
      init: flags(["husky", "git", "pre-commit", "lefthook", "force"]),
      rules: ["list", "check", "--format", "--config"],
      completion: ["bash", "zsh", "fish"],
      version: []
    };
    bash = () => `# leakgate completion for bash: leakgate completion bash >> ~/.bashrc
_leakgate() {
  local cur=\${COMP_WORDS[COMP_CWORD]} words
  if [ "$COMP_CWORD" -eq 1 ]; then
    words="${COMMANDS.join(" ")} --help --version"
  else
    case "\${COMP_WORDS[1]}" in
${COMMANDS.map((command2) => `      ${command2}) words="${(OPTIONS[command2] ?? []).join(" ")}" ;;`).join("\n")}
    esac
  fi
  if [[ "$cur" == -* || "$COMP_CWORD" -eq 1 ]]; then
    COMPREPLY=( $(compgen -W "$words" -- "$cur") )
  else
    COMPREPLY=( $(compgen -W "$words" -f -- "$cur") )
  fi
}
complete -o default -F _leakgate leakgate
`;
    zsh = () => `# leakgate completion for zsh: leakgate completion zsh >> ~/.zshrc
autoload -U +X compinit && compinit
autoload -U +X bashcompinit && bashcompinit
${bash().split("\n").slice(1).join("\n")}`;
    fish = () => [
      "# leakgate completion for fish: leakgate completion fish > ~/.config/fish/completions/leakgate.fish",
      "complete -c leakgate -f",
      `complete -c leakgate -n __fish_use_subcommand -a "${COMMANDS.join(" ")}"`,
      ...COMMANDS.flatMap(
        (command2) => (OPTIONS[command2] ?? []).map(
          (word) => word.startsWith("--") ? `complete -c leakgate -n "__fish_seen_subcommand_from ${command2}" -l ${word.slice(2)}` : `complete -c leakgate -n "__fish_seen_subcommand_from ${command2}" -a ${word}`
        )
      ),
      'complete -c leakgate -n "__fish_seen_subcommand_from scan baseline rules" -F',
      ""
    ].join("\n");
    completionScript = (shell) => shell === "bash" ? bash() : shell === "zsh" ? zsh() : fish();
  }
});

// node_modules/cliui/build/lib/index.js
function addBorder(col, ts, style) {
  if (col.border) {
    if (/[.']-+[.']/.test(ts)) {
      return "";
    }
    if (ts.trim().length !== 0) {
      return style;
    }
    return "  ";
  }
  return "";
}
function _minWidth(col) {
  const padding = col.padding || [];
  const minWidth = 1 + (padding[left] || 0) + (padding[right] || 0);
  if (col.border) {
    return minWidth + 4;
  }
  return minWidth;
}
function getWindowWidth() {
  if (typeof process === "object" && process.stdout && process.stdout.columns) {
    return process.stdout.columns;
  }
  return 80;
}
function alignRight(str, width) {
  str = str.trim();
  const strWidth = mixin.stringWidth(str);
  if (strWidth < width) {
    return " ".repeat(width - strWidth) + str;
  }
  return str;
}
function alignCenter(str, width) {
  str = str.trim();
  const strWidth = mixin.stringWidth(str);
  if (strWidth >= width) {
    return str;
  }
  return " ".repeat(width - strWidth >> 1) + str;
}
function cliui(opts, _mixin) {
  mixin = _mixin;
  return new UI({
    width: (opts === null || opts === void 0 ? void 0 : opts.width) || getWindowWidth(),
    wrap: opts === null || opts === void 0 ? void 0 : opts.wrap
  });
}
var align, top, right, bottom, left, UI, mixin;
var init_lib = __esm({
  "node_modules/cliui/build/lib/index.js"() {
    "use strict";
    align = {
      right: alignRight,
      center: alignCenter
    };
    top = 0;
    right = 1;
    bottom = 2;
    left = 3;
    UI = class {
      constructor(opts) {
        var _a2;
        this.width = opts.width;
        this.wrap = (_a2 = opts.wrap) !== null && _a2 !== void 0 ? _a2 : true;
        this.rows = [];
      }
      span(...args) {
        const cols = this.div(...args);
        cols.span = true;
      }
      resetOutput() {
        this.rows = [];
      }
      div(...args) {
        if (args.length === 0) {
          this.div("");
        }
        if (this.wrap && this.shouldApplyLayoutDSL(...args) && typeof args[0] === "string") {
          return this.applyLayoutDSL(args[0]);
        }
        const cols = args.map((arg) => {
          if (typeof arg === "string") {
            return this.colFromString(arg);
          }
          return arg;
        });
        this.rows.push(cols);
        return cols;
      }
      shouldApplyLayoutDSL(...args) {
        return args.length === 1 && typeof args[0] === "string" && /[\t\n]/.test(args[0]);
      }
      applyLayoutDSL(str) {
        const rows = str.split("\n").map((row) => row.split("	"));
        let leftColumnWidth = 0;
        rows.forEach((columns) => {
          if (columns.length > 1 && mixin.stringWidth(columns[0]) > leftColumnWidth) {
            leftColumnWidth = Math.min(Math.floor(this.width * 0.5), mixin.stringWidth(columns[0]));
          }
        });
        rows.forEach((columns) => {
          this.div(...columns.map((r, i) => {
            return {
              text: r.trim(),
              padding: this.measurePadding(r),
              width: i === 0 && columns.length > 1 ? leftColumnWidth : void 0
            };
          }));
        });
        return this.rows[this.rows.length - 1];
      }
      colFromString(text) {
        return {
          text,
          padding: this.measurePadding(text)
        };
      }
      measurePadding(str) {
        const noAnsi = mixin.stripAnsi(str);
        return [0, noAnsi.match(/\s*$/)[0].length, 0, noAnsi.match(/^\s*/)[0].length];
      }
      toString() {
        const lines = [];
        this.rows.forEach((row) => {
          this.rowToString(row, lines);
        });
        return lines.filter((line) => !line.hidden).map((line) => line.text).join("\n");
      }
      rowToString(row, lines) {
        this.rasterize(row).forEach((rrow, r) => {
          let str = "";
          rrow.forEach((col, c) => {
            const { width } = row[c];
            const wrapWidth = this.negatePadding(row[c]);
            let ts = col;
            if (wrapWidth > mixin.stringWidth(col)) {
              ts += " ".repeat(wrapWidth - mixin.stringWidth(col));
            }
            if (row[c].align && row[c].align !== "left" && this.wrap) {
              const fn = align[row[c].align];
              ts = fn(ts, wrapWidth);
              if (mixin.stringWidth(ts) < wrapWidth) {
                ts += " ".repeat((width || 0) - mixin.stringWidth(ts) - 1);
              }
            }
            const padding = row[c].padding || [0, 0, 0, 0];
            if (padding[left]) {
              str += " ".repeat(padding[left]);
            }
            str += addBorder(row[c], ts, "| ");
            str += ts;
            str += addBorder(row[c], ts, " |");
            if (padding[right]) {
              str += " ".repeat(padding[right]);
            }
            if (r === 0 && lines.length > 0) {
              str = this.renderInline(str, lines[lines.length - 1]);
            }
          });
          lines.push({
            text: str.replace(/ +$/, ""),
            span: row.span
          });
        });
        return lines;
      }
      // if the full 'source' can render in
      // the target line, do so.
      renderInline(source, previousLine) {
        const match = source.match(/^ */);
        const leadingWhitespace = match ? match[0].length : 0;
        const target = previousLine.text;
        const targetTextWidth = mixin.stringWidth(target.trimRight());
        if (!previousLine.span) {
          return source;
        }
        if (!this.wrap) {
          previousLine.hidden = true;
          return target + source;
        }
        if (leadingWhitespace < targetTextWidth) {
          return source;
        }
        previousLine.hidden = true;
        return target.trimRight() + " ".repeat(leadingWhitespace - targetTextWidth) + source.trimLeft();
      }
      rasterize(row) {
        const rrows = [];
        const widths = this.columnWidths(row);
        let wrapped;
        row.forEach((col, c) => {
          col.width = widths[c];
          if (this.wrap) {
            wrapped = mixin.wrap(col.text, this.negatePadding(col), { hard: true }).split("\n");
          } else {
            wrapped = col.text.split("\n");
          }
          if (col.border) {
            wrapped.unshift("." + "-".repeat(this.negatePadding(col) + 2) + ".");
            wrapped.push("'" + "-".repeat(this.negatePadding(col) + 2) + "'");
          }
          if (col.padding) {
            wrapped.unshift(...new Array(col.padding[top] || 0).fill(""));
            wrapped.push(...new Array(col.padding[bottom] || 0).fill(""));
          }
          wrapped.forEach((str, r) => {
            if (!rrows[r]) {
              rrows.push([]);
            }
            const rrow = rrows[r];
            for (let i = 0; i < c; i++) {
              if (rrow[i] === void 0) {
                rrow.push("");
              }
            }
            rrow.push(str);
          });
        });
        return rrows;
      }
      negatePadding(col) {
        let wrapWidth = col.width || 0;
        if (col.padding) {
          wrapWidth -= (col.padding[left] || 0) + (col.padding[right] || 0);
        }
        if (col.border) {
          wrapWidth -= 4;
        }
        return wrapWidth;
      }
      columnWidths(row) {
        if (!this.wrap) {
          return row.map((col) => {
            return col.width || mixin.stringWidth(col.text);
          });
        }
        let unset = row.length;
        let remainingWidth = this.width;
        const widths = row.map((col) => {
          if (col.width) {
            unset--;
            remainingWidth -= col.width;
            return col.width;
          }
          return void 0;
        });
        const unsetWidth = unset ? Math.floor(remainingWidth / unset) : 0;
        return widths.map((w, i) => {
          if (w === void 0) {
            return Math.max(unsetWidth, _minWidth(row[i]));
          }
          return w;
        });
      }
    };
  }
});

// node_modules/ansi-regex/index.js
function ansiRegex({ onlyFirst = false } = {}) {
  return new RegExp(pattern, onlyFirst ? void 0 : "g");
}
var ST, stringControls, osc, controlString, linuxPalette, csi, escape, pattern;
var init_ansi_regex = __esm({
  "node_modules/ansi-regex/index.js"() {
    ST = String.raw`(?:\u001B\u005C|\u009C)`;
    stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
    osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
    controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
    linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;
    csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;
    escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;
    pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape}`;
  }
});

// node_modules/strip-ansi/index.js
function stripAnsi(string) {
  if (typeof string !== "string") {
    throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
  }
  if (!string.includes("\x1B") && !string.includes("\x9B")) {
    return string;
  }
  return string.replace(regex, "");
}
var regex;
var init_strip_ansi = __esm({
  "node_modules/strip-ansi/index.js"() {
    init_ansi_regex();
    regex = ansiRegex();
  }
});

// node_modules/get-east-asian-width/lookup-data.js
var ambiguousMinimalCodePoint, ambiguousMaximumCodePoint, ambiguousRanges, fullwidthMinimalCodePoint, fullwidthMaximumCodePoint, fullwidthRanges, wideMinimalCodePoint, wideMaximumCodePoint, wideRanges;
var init_lookup_data = __esm({
  "node_modules/get-east-asian-width/lookup-data.js"() {
    ambiguousMinimalCodePoint = 161;
    ambiguousMaximumCodePoint = 1114109;
    ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];
    fullwidthMinimalCodePoint = 12288;
    fullwidthMaximumCodePoint = 65510;
    fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
    wideMinimalCodePoint = 4352;
    wideMaximumCodePoint = 262141;
    wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];
  }
});

// node_modules/get-east-asian-width/utilities.js
var isInRange;
var init_utilities2 = __esm({
  "node_modules/get-east-asian-width/utilities.js"() {
    isInRange = (ranges, codePoint) => {
      let low = 0;
      let high = Math.floor(ranges.length / 2) - 1;
      while (low <= high) {
        const mid = Math.floor((low + high) / 2);
        const i = mid * 2;
        if (codePoint < ranges[i]) {
          high = mid - 1;
        } else if (codePoint > ranges[i + 1]) {
          low = mid + 1;
        } else {
          return true;
        }
      }
      return false;
    };
  }
});

// node_modules/get-east-asian-width/lookup.js
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start2 = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint >= start2 && commonCjkCodePoint <= end) {
      return [start2, end];
    }
    if (end - start2 > fastPathEnd - fastPathStart) {
      fastPathStart = start2;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
var commonCjkCodePoint, wideFastPathStart, wideFastPathEnd, isAmbiguous, isFullwidth, isWide;
var init_lookup = __esm({
  "node_modules/get-east-asian-width/lookup.js"() {
    init_lookup_data();
    init_utilities2();
    commonCjkCodePoint = 19968;
    [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
    isAmbiguous = (codePoint) => {
      if (codePoint < ambiguousMinimalCodePoint || codePoint > ambiguousMaximumCodePoint) {
        return false;
      }
      return isInRange(ambiguousRanges, codePoint);
    };
    isFullwidth = (codePoint) => {
      if (codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint) {
        return false;
      }
      return isInRange(fullwidthRanges, codePoint);
    };
    isWide = (codePoint) => {
      if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) {
        return true;
      }
      if (codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint) {
        return false;
      }
      return isInRange(wideRanges, codePoint);
    };
  }
});

// node_modules/get-east-asian-width/index.js
function validate(codePoint) {
  if (!Number.isSafeInteger(codePoint)) {
    throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
  }
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
  validate(codePoint);
  if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) {
    return 2;
  }
  return 1;
}
var init_get_east_asian_width = __esm({
  "node_modules/get-east-asian-width/index.js"() {
    init_lookup();
  }
});

// node_modules/emoji-regex/index.js
var require_emoji_regex = __commonJS({
  "node_modules/emoji-regex/index.js"(exports, module) {
    module.exports = () => {
      return /[#*0-9]\uFE0F?\u20E3|[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26AA\u26B0\u26B1\u26BD\u26BE\u26C4\u26C8\u26CF\u26D1\u26E9\u26F0-\u26F5\u26F7\u26F8\u26FA\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u27A1\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B55\u3030\u303D\u3297\u3299]\uFE0F?|[\u261D\u270C\u270D](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\u270A\u270B](?:\uD83C[\uDFFB-\uDFFF])?|[\u23E9-\u23EC\u23F0\u23F3\u25FD\u2693\u26A1\u26AB\u26C5\u26CE\u26D4\u26EA\u26FD\u2705\u2728\u274C\u274E\u2753-\u2755\u2795-\u2797\u27B0\u27BF\u2B50]|\u26D3\uFE0F?(?:\u200D\uD83D\uDCA5)?|\u26F9(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u2764\uFE0F?(?:\u200D(?:\uD83D\uDD25|\uD83E\uDE79))?|\uD83C(?:[\uDC04\uDD70\uDD71\uDD7E\uDD7F\uDE02\uDE37\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF5\uDFF7]\uFE0F?|[\uDF85\uDFC2\uDFC7](?:\uD83C[\uDFFB-\uDFFF])?|[\uDFC4\uDFCA](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDFCB\uDFCC](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDCCF\uDD8E\uDD91-\uDD9A\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF43\uDF45-\uDF4A\uDF4C-\uDF7C\uDF7E-\uDF84\uDF86-\uDF93\uDFA0-\uDFC1\uDFC5\uDFC6\uDFC8\uDFC9\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF8-\uDFFF]|\uDDE6\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF]|\uDDE7\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF]|\uDDE8\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF7\uDDFA-\uDDFF]|\uDDE9\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF]|\uDDEA\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA]|\uDDEB\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7]|\uDDEC\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE]|\uDDED\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA]|\uDDEE\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9]|\uDDEF\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5]|\uDDF0\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF]|\uDDF1\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE]|\uDDF2\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF]|\uDDF3\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF]|\uDDF4\uD83C\uDDF2|\uDDF5\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE]|\uDDF6\uD83C\uDDE6|\uDDF7\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC]|\uDDF8\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF]|\uDDF9\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF]|\uDDFA\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF]|\uDDFB\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA]|\uDDFC\uD83C[\uDDEB\uDDF8]|\uDDFD\uD83C\uDDF0|\uDDFE\uD83C[\uDDEA\uDDF9]|\uDDFF\uD83C[\uDDE6\uDDF2\uDDFC]|\uDF44(?:\u200D\uD83D\uDFEB)?|\uDF4B(?:\u200D\uD83D\uDFE9)?|\uDFC3(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDFF3\uFE0F?(?:\u200D(?:\u26A7\uFE0F?|\uD83C\uDF08))?|\uDFF4(?:\u200D\u2620\uFE0F?|\uDB40\uDC67\uDB40\uDC62\uDB40(?:\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDC73\uDB40\uDC63\uDB40\uDC74|\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F)?)|\uD83D(?:[\uDC3F\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3]\uFE0F?|[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC](?:\uD83C[\uDFFB-\uDFFF])?|[\uDC6E-\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4\uDEB5](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD74\uDD90](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\uDC00-\uDC07\uDC09-\uDC14\uDC16-\uDC25\uDC27-\uDC3A\uDC3C-\uDC3E\uDC40\uDC44\uDC45\uDC51-\uDC65\uDC6A\uDC79-\uDC7B\uDC7D-\uDC80\uDC84\uDC88-\uDC8E\uDC90\uDC92-\uDCA9\uDCAB-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDDA4\uDDFB-\uDE2D\uDE2F-\uDE34\uDE37-\uDE41\uDE43\uDE44\uDE48-\uDE4A\uDE80-\uDEA2\uDEA4-\uDEB3\uDEB7-\uDEBF\uDEC1-\uDEC5\uDED0-\uDED2\uDED5-\uDED8\uDEDC-\uDEDF\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB\uDFF0]|\uDC08(?:\u200D\u2B1B)?|\uDC15(?:\u200D\uD83E\uDDBA)?|\uDC26(?:\u200D(?:\u2B1B|\uD83D\uDD25))?|\uDC3B(?:\u200D\u2744\uFE0F?)?|\uDC41\uFE0F?(?:\u200D\uD83D\uDDE8\uFE0F?)?|\uDC68(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDC68\uDC69]\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?))?|\uDC69(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?[\uDC68\uDC69]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?|\uDC69\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?))|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFC-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFD-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFD\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFE]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])))?))?|\uDD75(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\uDE2E(?:\u200D\uD83D\uDCA8)?|\uDE35(?:\u200D\uD83D\uDCAB)?|\uDE36(?:\u200D\uD83C\uDF2B\uFE0F?)?|\uDE42(?:\u200D[\u2194\u2195]\uFE0F?)?|\uDEB6(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?)|\uD83E(?:[\uDD0C\uDD0F\uDD18-\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5\uDEC3-\uDEC5\uDEF0\uDEF2-\uDEF8](?:\uD83C[\uDFFB-\uDFFF])?|[\uDD26\uDD35\uDD37-\uDD39\uDD3C-\uDD3E\uDDB8\uDDB9\uDDCD\uDDCF\uDDD4\uDDD6-\uDDDD](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDDDE\uDDDF](?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD0D\uDD0E\uDD10-\uDD17\uDD20-\uDD25\uDD27-\uDD2F\uDD3A\uDD3F-\uDD45\uDD47-\uDD76\uDD78-\uDDB4\uDDB7\uDDBA\uDDBC-\uDDCC\uDDD0\uDDE0-\uDDFF\uDE70-\uDE7C\uDE80-\uDE8A\uDE8E-\uDEC2\uDEC6\uDEC8\uDECD-\uDEDC\uDEDF-\uDEEA\uDEEF]|\uDDCE(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDDD1(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1|\uDDD1\u200D\uD83E\uDDD2(?:\u200D\uD83E\uDDD2)?|\uDDD2(?:\u200D\uD83E\uDDD2)?))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])))?))?|\uDEF1(?:\uD83C(?:\uDFFB(?:\u200D\uD83E\uDEF2\uD83C[\uDFFC-\uDFFF])?|\uDFFC(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFD-\uDFFF])?|\uDFFD(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])?|\uDFFE(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFD\uDFFF])?|\uDFFF(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFE])?))?)/g;
    };
  }
});

// node_modules/cliui/node_modules/string-width/index.js
function lazyStringWidth(...args) {
  loaded ??= load();
  return loaded(...args);
}
var import_emoji_regex, load, loaded;
var init_string_width = __esm({
  "node_modules/cliui/node_modules/string-width/index.js"() {
    init_strip_ansi();
    init_get_east_asian_width();
    import_emoji_regex = __toESM(require_emoji_regex(), 1);
    load = () => {
      const segmenter = new Intl.Segmenter();
      const defaultIgnorableCodePointRegex = new RegExp("^\\p{Default_Ignorable_Code_Point}$", "u");
      function stringWidth(string, options = {}) {
        if (typeof string !== "string" || string.length === 0) {
          return 0;
        }
        const {
          ambiguousIsNarrow = true,
          countAnsiEscapeCodes = false
        } = options;
        if (!countAnsiEscapeCodes) {
          string = stripAnsi(string);
        }
        if (string.length === 0) {
          return 0;
        }
        let width = 0;
        const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
        for (const { segment: character } of segmenter.segment(string)) {
          const codePoint = character.codePointAt(0);
          if (codePoint <= 31 || codePoint >= 127 && codePoint <= 159) {
            continue;
          }
          if (codePoint >= 8203 && codePoint <= 8207 || codePoint === 65279) {
            continue;
          }
          if (codePoint >= 768 && codePoint <= 879 || codePoint >= 6832 && codePoint <= 6911 || codePoint >= 7616 && codePoint <= 7679 || codePoint >= 8400 && codePoint <= 8447 || codePoint >= 65056 && codePoint <= 65071) {
            continue;
          }
          if (codePoint >= 55296 && codePoint <= 57343) {
            continue;
          }
          if (codePoint >= 65024 && codePoint <= 65039) {
            continue;
          }
          if (defaultIgnorableCodePointRegex.test(character)) {
            continue;
          }
          if ((0, import_emoji_regex.default)().test(character)) {
            width += 2;
            continue;
          }
          width += eastAsianWidth(codePoint, eastAsianWidthOptions);
        }
        return width;
      }
      return stringWidth;
    };
  }
});

// node_modules/wrap-ansi/node_modules/string-width/index.js
function lazyStringWidth2(...args) {
  loaded2 ??= load2();
  return loaded2(...args);
}
var import_emoji_regex2, load2, loaded2;
var init_string_width2 = __esm({
  "node_modules/wrap-ansi/node_modules/string-width/index.js"() {
    init_strip_ansi();
    init_get_east_asian_width();
    import_emoji_regex2 = __toESM(require_emoji_regex(), 1);
    load2 = () => {
      const segmenter = new Intl.Segmenter();
      const defaultIgnorableCodePointRegex = new RegExp("^\\p{Default_Ignorable_Code_Point}$", "u");
      function stringWidth(string, options = {}) {
        if (typeof string !== "string" || string.length === 0) {
          return 0;
        }
        const {
          ambiguousIsNarrow = true,
          countAnsiEscapeCodes = false
        } = options;
        if (!countAnsiEscapeCodes) {
          string = stripAnsi(string);
        }
        if (string.length === 0) {
          return 0;
        }
        let width = 0;
        const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
        for (const { segment: character } of segmenter.segment(string)) {
          const codePoint = character.codePointAt(0);
          if (codePoint <= 31 || codePoint >= 127 && codePoint <= 159) {
            continue;
          }
          if (codePoint >= 8203 && codePoint <= 8207 || codePoint === 65279) {
            continue;
          }
          if (codePoint >= 768 && codePoint <= 879 || codePoint >= 6832 && codePoint <= 6911 || codePoint >= 7616 && codePoint <= 7679 || codePoint >= 8400 && codePoint <= 8447 || codePoint >= 65056 && codePoint <= 65071) {
            continue;
          }
          if (codePoint >= 55296 && codePoint <= 57343) {
            continue;
          }
          if (codePoint >= 65024 && codePoint <= 65039) {
            continue;
          }
          if (defaultIgnorableCodePointRegex.test(character)) {
            continue;
          }
          if ((0, import_emoji_regex2.default)().test(character)) {
            width += 2;
            continue;
          }
          width += eastAsianWidth(codePoint, eastAsianWidthOptions);
        }
        return width;
      }
      return stringWidth;
    };
  }
});

// node_modules/ansi-styles/index.js
function assembleStyles2() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles3)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles3[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles3[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles3, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles3, "codes", {
    value: codes,
    enumerable: false
  });
  styles3.color.close = "\x1B[39m";
  styles3.bgColor.close = "\x1B[49m";
  styles3.color.ansi = wrapAnsi162();
  styles3.color.ansi256 = wrapAnsi2562();
  styles3.color.ansi16m = wrapAnsi16m2();
  styles3.bgColor.ansi = wrapAnsi162(ANSI_BACKGROUND_OFFSET2);
  styles3.bgColor.ansi256 = wrapAnsi2562(ANSI_BACKGROUND_OFFSET2);
  styles3.bgColor.ansi16m = wrapAnsi16m2(ANSI_BACKGROUND_OFFSET2);
  Object.defineProperties(styles3, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles3.rgbToAnsi256(...styles3.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red;
        let green;
        let blue;
        if (code >= 232) {
          red = ((code - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code -= 16;
          const remainder = code % 36;
          red = Math.floor(code / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value = Math.max(red, green, blue) * 2;
        if (value === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles3.ansi256ToAnsi(styles3.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles3.ansi256ToAnsi(styles3.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles3;
}
var ANSI_BACKGROUND_OFFSET2, wrapAnsi162, wrapAnsi2562, wrapAnsi16m2, styles3, modifierNames2, foregroundColorNames2, backgroundColorNames2, colorNames2, ansiStyles2, ansi_styles_default2;
var init_ansi_styles2 = __esm({
  "node_modules/ansi-styles/index.js"() {
    ANSI_BACKGROUND_OFFSET2 = 10;
    wrapAnsi162 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
    wrapAnsi2562 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
    wrapAnsi16m2 = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
    styles3 = {
      modifier: {
        reset: [0, 0],
        // 21 isn't widely supported and 22 does the same thing
        bold: [1, 22],
        dim: [2, 22],
        italic: [3, 23],
        underline: [4, 24],
        overline: [53, 55],
        inverse: [7, 27],
        hidden: [8, 28],
        strikethrough: [9, 29]
      },
      color: {
        black: [30, 39],
        red: [31, 39],
        green: [32, 39],
        yellow: [33, 39],
        blue: [34, 39],
        magenta: [35, 39],
        cyan: [36, 39],
        white: [37, 39],
        // Bright color
        blackBright: [90, 39],
        gray: [90, 39],
        // Alias of `blackBright`
        grey: [90, 39],
        // Alias of `blackBright`
        redBright: [91, 39],
        greenBright: [92, 39],
        yellowBright: [93, 39],
        blueBright: [94, 39],
        magentaBright: [95, 39],
        cyanBright: [96, 39],
        whiteBright: [97, 39]
      },
      bgColor: {
        bgBlack: [40, 49],
        bgRed: [41, 49],
        bgGreen: [42, 49],
        bgYellow: [43, 49],
        bgBlue: [44, 49],
        bgMagenta: [45, 49],
        bgCyan: [46, 49],
        bgWhite: [47, 49],
        // Bright color
        bgBlackBright: [100, 49],
        bgGray: [100, 49],
        // Alias of `bgBlackBright`
        bgGrey: [100, 49],
        // Alias of `bgBlackBright`
        bgRedBright: [101, 49],
        bgGreenBright: [102, 49],
        bgYellowBright: [103, 49],
        bgBlueBright: [104, 49],
        bgMagentaBright: [105, 49],
        bgCyanBright: [106, 49],
        bgWhiteBright: [107, 49]
      }
    };
    modifierNames2 = Object.keys(styles3.modifier);
    foregroundColorNames2 = Object.keys(styles3.color);
    backgroundColorNames2 = Object.keys(styles3.bgColor);
    colorNames2 = [...foregroundColorNames2, ...backgroundColorNames2];
    ansiStyles2 = assembleStyles2();
    ansi_styles_default2 = ansiStyles2;
  }
});

// node_modules/wrap-ansi/index.js
function wrapAnsi(string, columns, options) {
  return String(string).normalize().replaceAll("\r\n", "\n").split("\n").map((line) => exec(line, columns, options)).join("\n");
}
var ESCAPES2, END_CODE, ANSI_ESCAPE_BELL, ANSI_CSI, ANSI_OSC, ANSI_SGR_TERMINATOR, ANSI_ESCAPE_LINK, wrapAnsiCode, wrapAnsiHyperlink, wordLengths, wrapWord, stringVisibleTrimSpacesRight, exec;
var init_wrap_ansi = __esm({
  "node_modules/wrap-ansi/index.js"() {
    init_string_width2();
    init_strip_ansi();
    init_ansi_styles2();
    ESCAPES2 = /* @__PURE__ */ new Set([
      "\x1B",
      "\x9B"
    ]);
    END_CODE = 39;
    ANSI_ESCAPE_BELL = "\x07";
    ANSI_CSI = "[";
    ANSI_OSC = "]";
    ANSI_SGR_TERMINATOR = "m";
    ANSI_ESCAPE_LINK = `${ANSI_OSC}8;;`;
    wrapAnsiCode = (code) => `${ESCAPES2.values().next().value}${ANSI_CSI}${code}${ANSI_SGR_TERMINATOR}`;
    wrapAnsiHyperlink = (url) => `${ESCAPES2.values().next().value}${ANSI_ESCAPE_LINK}${url}${ANSI_ESCAPE_BELL}`;
    wordLengths = (string) => string.split(" ").map((character) => lazyStringWidth2(character));
    wrapWord = (rows, word, columns) => {
      const characters = [...word];
      let isInsideEscape = false;
      let isInsideLinkEscape = false;
      let visible = lazyStringWidth2(stripAnsi(rows.at(-1)));
      for (const [index, character] of characters.entries()) {
        const characterLength = lazyStringWidth2(character);
        if (visible + characterLength <= columns) {
          rows[rows.length - 1] += character;
        } else {
          rows.push(character);
          visible = 0;
        }
        if (ESCAPES2.has(character)) {
          isInsideEscape = true;
          const ansiEscapeLinkCandidate = characters.slice(index + 1, index + 1 + ANSI_ESCAPE_LINK.length).join("");
          isInsideLinkEscape = ansiEscapeLinkCandidate === ANSI_ESCAPE_LINK;
        }
        if (isInsideEscape) {
          if (isInsideLinkEscape) {
            if (character === ANSI_ESCAPE_BELL) {
              isInsideEscape = false;
              isInsideLinkEscape = false;
            }
          } else if (character === ANSI_SGR_TERMINATOR) {
            isInsideEscape = false;
          }
          continue;
        }
        visible += characterLength;
        if (visible === columns && index < characters.length - 1) {
          rows.push("");
          visible = 0;
        }
      }
      if (!visible && rows.at(-1).length > 0 && rows.length > 1) {
        rows[rows.length - 2] += rows.pop();
      }
    };
    stringVisibleTrimSpacesRight = (string) => {
      const words = string.split(" ");
      let last = words.length;
      while (last > 0) {
        if (lazyStringWidth2(words[last - 1]) > 0) {
          break;
        }
        last--;
      }
      if (last === words.length) {
        return string;
      }
      return words.slice(0, last).join(" ") + words.slice(last).join("");
    };
    exec = (string, columns, options = {}) => {
      if (options.trim !== false && string.trim() === "") {
        return "";
      }
      let returnValue = "";
      let escapeCode;
      let escapeUrl;
      const lengths = wordLengths(string);
      let rows = [""];
      for (const [index, word] of string.split(" ").entries()) {
        if (options.trim !== false) {
          rows[rows.length - 1] = rows.at(-1).trimStart();
        }
        let rowLength = lazyStringWidth2(rows.at(-1));
        if (index !== 0) {
          if (rowLength >= columns && (options.wordWrap === false || options.trim === false)) {
            rows.push("");
            rowLength = 0;
          }
          if (rowLength > 0 || options.trim === false) {
            rows[rows.length - 1] += " ";
            rowLength++;
          }
        }
        if (options.hard && lengths[index] > columns) {
          const remainingColumns = columns - rowLength;
          const breaksStartingThisLine = 1 + Math.floor((lengths[index] - remainingColumns - 1) / columns);
          const breaksStartingNextLine = Math.floor((lengths[index] - 1) / columns);
          if (breaksStartingNextLine < breaksStartingThisLine) {
            rows.push("");
          }
          wrapWord(rows, word, columns);
          continue;
        }
        if (rowLength + lengths[index] > columns && rowLength > 0 && lengths[index] > 0) {
          if (options.wordWrap === false && rowLength < columns) {
            wrapWord(rows, word, columns);
            continue;
          }
          rows.push("");
        }
        if (rowLength + lengths[index] > columns && options.wordWrap === false) {
          wrapWord(rows, word, columns);
          continue;
        }
        rows[rows.length - 1] += word;
      }
      if (options.trim !== false) {
        rows = rows.map((row) => stringVisibleTrimSpacesRight(row));
      }
      const preString = rows.join("\n");
      const pre = [...preString];
      let preStringIndex = 0;
      for (const [index, character] of pre.entries()) {
        returnValue += character;
        if (ESCAPES2.has(character)) {
          const { groups } = new RegExp(`(?:\\${ANSI_CSI}(?<code>\\d+)m|\\${ANSI_ESCAPE_LINK}(?<uri>.*)${ANSI_ESCAPE_BELL})`).exec(preString.slice(preStringIndex)) || { groups: {} };
          if (groups.code !== void 0) {
            const code2 = Number.parseFloat(groups.code);
            escapeCode = code2 === END_CODE ? void 0 : code2;
          } else if (groups.uri !== void 0) {
            escapeUrl = groups.uri.length === 0 ? void 0 : groups.uri;
          }
        }
        const code = ansi_styles_default2.codes.get(Number(escapeCode));
        if (pre[index + 1] === "\n") {
          if (escapeUrl) {
            returnValue += wrapAnsiHyperlink("");
          }
          if (escapeCode && code) {
            returnValue += wrapAnsiCode(code);
          }
        } else if (character === "\n") {
          if (escapeCode && code) {
            returnValue += wrapAnsiCode(escapeCode);
          }
          if (escapeUrl) {
            returnValue += wrapAnsiHyperlink(escapeUrl);
          }
        }
        preStringIndex += character.length;
      }
      return returnValue;
    };
  }
});

// node_modules/cliui/index.mjs
function ui(opts) {
  return cliui(opts, {
    stringWidth: lazyStringWidth,
    stripAnsi,
    wrap: wrapAnsi
  });
}
var init_cliui = __esm({
  "node_modules/cliui/index.mjs"() {
    init_lib();
    init_string_width();
    init_strip_ansi();
    init_wrap_ansi();
  }
});

// node_modules/escalade/sync/index.mjs
import { dirname as dirname5, resolve as resolve11 } from "path";
import { readdirSync as readdirSync3, statSync as statSync4 } from "fs";
function sync_default(start2, callback) {
  let dir = resolve11(".", start2);
  let tmp, stats = statSync4(dir);
  if (!stats.isDirectory()) {
    dir = dirname5(dir);
  }
  while (true) {
    tmp = callback(dir, readdirSync3(dir));
    if (tmp) return resolve11(dir, tmp);
    dir = dirname5(tmp = dir);
    if (tmp === dir) break;
  }
}
var init_sync = __esm({
  "node_modules/escalade/sync/index.mjs"() {
  }
});

// node_modules/yargs-parser/build/lib/string-utils.js
function camelCase(str) {
  const isCamelCase = str !== str.toLowerCase() && str !== str.toUpperCase();
  if (!isCamelCase) {
    str = str.toLowerCase();
  }
  if (str.indexOf("-") === -1 && str.indexOf("_") === -1) {
    return str;
  } else {
    let camelcase = "";
    let nextChrUpper = false;
    const leadingHyphens = str.match(/^-+/);
    for (let i = leadingHyphens ? leadingHyphens[0].length : 0; i < str.length; i++) {
      let chr = str.charAt(i);
      if (nextChrUpper) {
        nextChrUpper = false;
        chr = chr.toUpperCase();
      }
      if (i !== 0 && (chr === "-" || chr === "_")) {
        nextChrUpper = true;
      } else if (chr !== "-" && chr !== "_") {
        camelcase += chr;
      }
    }
    return camelcase;
  }
}
function decamelize(str, joinString) {
  const lowercase = str.toLowerCase();
  joinString = joinString || "-";
  let notCamelcase = "";
  for (let i = 0; i < str.length; i++) {
    const chrLower = lowercase.charAt(i);
    const chrString = str.charAt(i);
    if (chrLower !== chrString && i > 0) {
      notCamelcase += `${joinString}${lowercase.charAt(i)}`;
    } else {
      notCamelcase += chrString;
    }
  }
  return notCamelcase;
}
function looksLikeNumber(x) {
  if (x === null || x === void 0)
    return false;
  if (typeof x === "number")
    return true;
  if (/^0x[0-9a-f]+$/i.test(x))
    return true;
  if (/^0[^.]/.test(x))
    return false;
  return /^[-]?(?:\d+(?:\.\d*)?|\.\d+)(e[-+]?\d+)?$/.test(x);
}
var init_string_utils = __esm({
  "node_modules/yargs-parser/build/lib/string-utils.js"() {
  }
});

// node_modules/yargs-parser/build/lib/tokenize-arg-string.js
function tokenizeArgString(argString) {
  if (Array.isArray(argString)) {
    return argString.map((e) => typeof e !== "string" ? e + "" : e);
  }
  argString = argString.trim();
  let i = 0;
  let prevC = null;
  let c = null;
  let opening = null;
  const args = [];
  for (let ii = 0; ii < argString.length; ii++) {
    prevC = c;
    c = argString.charAt(ii);
    if (c === " " && !opening) {
      if (!(prevC === " ")) {
        i++;
      }
      continue;
    }
    if (c === opening) {
      opening = null;
    } else if ((c === "'" || c === '"') && !opening) {
      opening = c;
    }
    if (!args[i])
      args[i] = "";
    args[i] += c;
  }
  return args;
}
var init_tokenize_arg_string = __esm({
  "node_modules/yargs-parser/build/lib/tokenize-arg-string.js"() {
  }
});

// node_modules/yargs-parser/build/lib/yargs-parser-types.js
var DefaultValuesForTypeKey;
var init_yargs_parser_types = __esm({
  "node_modules/yargs-parser/build/lib/yargs-parser-types.js"() {
    (function(DefaultValuesForTypeKey2) {
      DefaultValuesForTypeKey2["BOOLEAN"] = "boolean";
      DefaultValuesForTypeKey2["STRING"] = "string";
      DefaultValuesForTypeKey2["NUMBER"] = "number";
      DefaultValuesForTypeKey2["ARRAY"] = "array";
    })(DefaultValuesForTypeKey || (DefaultValuesForTypeKey = {}));
  }
});

// node_modules/yargs-parser/build/lib/yargs-parser.js
function combineAliases(aliases) {
  const aliasArrays = [];
  const combined = /* @__PURE__ */ Object.create(null);
  let change = true;
  Object.keys(aliases).forEach(function(key) {
    aliasArrays.push([].concat(aliases[key], key));
  });
  while (change) {
    change = false;
    for (let i = 0; i < aliasArrays.length; i++) {
      for (let ii = i + 1; ii < aliasArrays.length; ii++) {
        const intersect = aliasArrays[i].filter(function(v) {
          return aliasArrays[ii].indexOf(v) !== -1;
        });
        if (intersect.length) {
          aliasArrays[i] = aliasArrays[i].concat(aliasArrays[ii]);
          aliasArrays.splice(ii, 1);
          change = true;
          break;
        }
      }
    }
  }
  aliasArrays.forEach(function(aliasArray) {
    aliasArray = aliasArray.filter(function(v, i, self) {
      return self.indexOf(v) === i;
    });
    const lastAlias = aliasArray.pop();
    if (lastAlias !== void 0 && typeof lastAlias === "string") {
      combined[lastAlias] = aliasArray;
    }
  });
  return combined;
}
function increment(orig) {
  return orig !== void 0 ? orig + 1 : 1;
}
function sanitizeKey(key) {
  if (key === "__proto__")
    return "___proto___";
  return key;
}
function stripQuotes(val) {
  return typeof val === "string" && (val[0] === "'" || val[0] === '"') && val[val.length - 1] === val[0] ? val.substring(1, val.length - 1) : val;
}
var mixin2, YargsParser;
var init_yargs_parser = __esm({
  "node_modules/yargs-parser/build/lib/yargs-parser.js"() {
    init_tokenize_arg_string();
    init_yargs_parser_types();
    init_string_utils();
    YargsParser = class {
      constructor(_mixin) {
        mixin2 = _mixin;
      }
      parse(argsInput, options) {
        const opts = Object.assign({
          alias: void 0,
          array: void 0,
          boolean: void 0,
          config: void 0,
          configObjects: void 0,
          configuration: void 0,
          coerce: void 0,
          count: void 0,
          default: void 0,
          envPrefix: void 0,
          narg: void 0,
          normalize: void 0,
          string: void 0,
          number: void 0,
          __: void 0,
          key: void 0
        }, options);
        const args = tokenizeArgString(argsInput);
        const inputIsString = typeof argsInput === "string";
        const aliases = combineAliases(Object.assign(/* @__PURE__ */ Object.create(null), opts.alias));
        const configuration = Object.assign({
          "boolean-negation": true,
          "camel-case-expansion": true,
          "combine-arrays": false,
          "dot-notation": true,
          "duplicate-arguments-array": true,
          "flatten-duplicate-arrays": true,
          "greedy-arrays": true,
          "halt-at-non-option": false,
          "nargs-eats-options": false,
          "negation-prefix": "no-",
          "parse-numbers": true,
          "parse-positional-numbers": true,
          "populate--": false,
          "set-placeholder-key": false,
          "short-option-groups": true,
          "strip-aliased": false,
          "strip-dashed": false,
          "unknown-options-as-args": false
        }, opts.configuration);
        const defaults = Object.assign(/* @__PURE__ */ Object.create(null), opts.default);
        const configObjects = opts.configObjects || [];
        const envPrefix = opts.envPrefix;
        const notFlagsOption = configuration["populate--"];
        const notFlagsArgv = notFlagsOption ? "--" : "_";
        const newAliases = /* @__PURE__ */ Object.create(null);
        const defaulted = /* @__PURE__ */ Object.create(null);
        const __ = opts.__ || mixin2.format;
        const flags2 = {
          aliases: /* @__PURE__ */ Object.create(null),
          arrays: /* @__PURE__ */ Object.create(null),
          bools: /* @__PURE__ */ Object.create(null),
          strings: /* @__PURE__ */ Object.create(null),
          numbers: /* @__PURE__ */ Object.create(null),
          counts: /* @__PURE__ */ Object.create(null),
          normalize: /* @__PURE__ */ Object.create(null),
          configs: /* @__PURE__ */ Object.create(null),
          nargs: /* @__PURE__ */ Object.create(null),
          coercions: /* @__PURE__ */ Object.create(null),
          keys: []
        };
        const negative = /^-([0-9]+(\.[0-9]+)?|\.[0-9]+)$/;
        const negatedBoolean = new RegExp("^--" + configuration["negation-prefix"] + "(.+)");
        [].concat(opts.array || []).filter(Boolean).forEach(function(opt) {
          const key = typeof opt === "object" ? opt.key : opt;
          const assignment = Object.keys(opt).map(function(key2) {
            const arrayFlagKeys = {
              boolean: "bools",
              string: "strings",
              number: "numbers"
            };
            return arrayFlagKeys[key2];
          }).filter(Boolean).pop();
          if (assignment) {
            flags2[assignment][key] = true;
          }
          flags2.arrays[key] = true;
          flags2.keys.push(key);
        });
        [].concat(opts.boolean || []).filter(Boolean).forEach(function(key) {
          flags2.bools[key] = true;
          flags2.keys.push(key);
        });
        [].concat(opts.string || []).filter(Boolean).forEach(function(key) {
          flags2.strings[key] = true;
          flags2.keys.push(key);
        });
        [].concat(opts.number || []).filter(Boolean).forEach(function(key) {
          flags2.numbers[key] = true;
          flags2.keys.push(key);
        });
        [].concat(opts.count || []).filter(Boolean).forEach(function(key) {
          flags2.counts[key] = true;
          flags2.keys.push(key);
        });
        [].concat(opts.normalize || []).filter(Boolean).forEach(function(key) {
          flags2.normalize[key] = true;
          flags2.keys.push(key);
        });
        if (typeof opts.narg === "object") {
          Object.entries(opts.narg).forEach(([key, value]) => {
            if (typeof value === "number") {
              flags2.nargs[key] = value;
              flags2.keys.push(key);
            }
          });
        }
        if (typeof opts.coerce === "object") {
          Object.entries(opts.coerce).forEach(([key, value]) => {
            if (typeof value === "function") {
              flags2.coercions[key] = value;
              flags2.keys.push(key);
            }
          });
        }
        if (typeof opts.config !== "undefined") {
          if (Array.isArray(opts.config) || typeof opts.config === "string") {
            ;
            [].concat(opts.config).filter(Boolean).forEach(function(key) {
              flags2.configs[key] = true;
            });
          } else if (typeof opts.config === "object") {
            Object.entries(opts.config).forEach(([key, value]) => {
              if (typeof value === "boolean" || typeof value === "function") {
                flags2.configs[key] = value;
              }
            });
          }
        }
        extendAliases(opts.key, aliases, opts.default, flags2.arrays);
        Object.keys(defaults).forEach(function(key) {
          (flags2.aliases[key] || []).forEach(function(alias) {
            defaults[alias] = defaults[key];
          });
        });
        let error = null;
        checkConfiguration();
        let notFlags = [];
        const argv = Object.assign(/* @__PURE__ */ Object.create(null), { _: [] });
        const argvReturn = {};
        for (let i = 0; i < args.length; i++) {
          const arg = args[i];
          const truncatedArg = arg.replace(/^-{3,}/, "---");
          let broken;
          let key;
          let letters;
          let m;
          let next;
          let value;
          if (arg !== "--" && /^-/.test(arg) && isUnknownOptionAsArg(arg)) {
            pushPositional(arg);
          } else if (truncatedArg.match(/^---+(=|$)/)) {
            pushPositional(arg);
            continue;
          } else if (arg.match(/^--.+=/) || !configuration["short-option-groups"] && arg.match(/^-.+=/)) {
            m = arg.match(/^--?([^=]+)=([\s\S]*)$/);
            if (m !== null && Array.isArray(m) && m.length >= 3) {
              if (checkAllAliases(m[1], flags2.arrays)) {
                i = eatArray(i, m[1], args, m[2]);
              } else if (checkAllAliases(m[1], flags2.nargs) !== false) {
                i = eatNargs(i, m[1], args, m[2]);
              } else {
                setArg(m[1], m[2], true);
              }
            }
          } else if (arg.match(negatedBoolean) && configuration["boolean-negation"]) {
            m = arg.match(negatedBoolean);
            if (m !== null && Array.isArray(m) && m.length >= 2) {
              key = m[1];
              setArg(key, checkAllAliases(key, flags2.arrays) ? [false] : false);
            }
          } else if (arg.match(/^--.+/) || !configuration["short-option-groups"] && arg.match(/^-[^-]+/)) {
            m = arg.match(/^--?(.+)/);
            if (m !== null && Array.isArray(m) && m.length >= 2) {
              key = m[1];
              if (checkAllAliases(key, flags2.arrays)) {
                i = eatArray(i, key, args);
              } else if (checkAllAliases(key, flags2.nargs) !== false) {
                i = eatNargs(i, key, args);
              } else {
                next = args[i + 1];
                if (next !== void 0 && (!next.match(/^-/) || next.match(negative)) && !checkAllAliases(key, flags2.bools) && !checkAllAliases(key, flags2.counts)) {
                  setArg(key, next);
                  i++;
                } else if (/^(true|false)$/.test(next)) {
                  setArg(key, next);
                  i++;
                } else {
                  setArg(key, defaultValue(key));
                }
              }
            }
          } else if (arg.match(/^-.\..+=/)) {
            m = arg.match(/^-([^=]+)=([\s\S]*)$/);
            if (m !== null && Array.isArray(m) && m.length >= 3) {
              setArg(m[1], m[2]);
            }
          } else if (arg.match(/^-.\..+/) && !arg.match(negative)) {
            next = args[i + 1];
            m = arg.match(/^-(.\..+)/);
            if (m !== null && Array.isArray(m) && m.length >= 2) {
              key = m[1];
              if (next !== void 0 && !next.match(/^-/) && !checkAllAliases(key, flags2.bools) && !checkAllAliases(key, flags2.counts)) {
                setArg(key, next);
                i++;
              } else {
                setArg(key, defaultValue(key));
              }
            }
          } else if (arg.match(/^-[^-]+/) && !arg.match(negative)) {
            letters = arg.slice(1, -1).split("");
            broken = false;
            for (let j = 0; j < letters.length; j++) {
              next = arg.slice(j + 2);
              if (letters[j + 1] && letters[j + 1] === "=") {
                value = arg.slice(j + 3);
                key = letters[j];
                if (checkAllAliases(key, flags2.arrays)) {
                  i = eatArray(i, key, args, value);
                } else if (checkAllAliases(key, flags2.nargs) !== false) {
                  i = eatNargs(i, key, args, value);
                } else {
                  setArg(key, value);
                }
                broken = true;
                break;
              }
              if (next === "-") {
                setArg(letters[j], next);
                continue;
              }
              if (/[A-Za-z]/.test(letters[j]) && /^-?\d+(\.\d*)?(e-?\d+)?$/.test(next) && checkAllAliases(next, flags2.bools) === false) {
                setArg(letters[j], next);
                broken = true;
                break;
              }
              if (letters[j + 1] && letters[j + 1].match(/\W/)) {
                setArg(letters[j], next);
                broken = true;
                break;
              } else {
                setArg(letters[j], defaultValue(letters[j]));
              }
            }
            key = arg.slice(-1)[0];
            if (!broken && key !== "-") {
              if (checkAllAliases(key, flags2.arrays)) {
                i = eatArray(i, key, args);
              } else if (checkAllAliases(key, flags2.nargs) !== false) {
                i = eatNargs(i, key, args);
              } else {
                next = args[i + 1];
                if (next !== void 0 && (!/^(-|--)[^-]/.test(next) || next.match(negative)) && !checkAllAliases(key, flags2.bools) && !checkAllAliases(key, flags2.counts)) {
                  setArg(key, next);
                  i++;
                } else if (/^(true|false)$/.test(next)) {
                  setArg(key, next);
                  i++;
                } else {
                  setArg(key, defaultValue(key));
                }
              }
            }
          } else if (arg.match(/^-[0-9]$/) && arg.match(negative) && checkAllAliases(arg.slice(1), flags2.bools)) {
            key = arg.slice(1);
            setArg(key, defaultValue(key));
          } else if (arg === "--") {
            notFlags = args.slice(i + 1);
            break;
          } else if (configuration["halt-at-non-option"]) {
            notFlags = args.slice(i);
            break;
          } else {
            pushPositional(arg);
          }
        }
        applyEnvVars(argv, true);
        applyEnvVars(argv, false);
        setConfig(argv);
        setConfigObjects();
        applyDefaultsAndAliases(argv, flags2.aliases, defaults, true);
        applyCoercions(argv);
        if (configuration["set-placeholder-key"])
          setPlaceholderKeys(argv);
        Object.keys(flags2.counts).forEach(function(key) {
          if (!hasKey(argv, key.split(".")))
            setArg(key, 0);
        });
        if (notFlagsOption && notFlags.length)
          argv[notFlagsArgv] = [];
        notFlags.forEach(function(key) {
          argv[notFlagsArgv].push(key);
        });
        if (configuration["camel-case-expansion"] && configuration["strip-dashed"]) {
          Object.keys(argv).filter((key) => key !== "--" && key.includes("-")).forEach((key) => {
            delete argv[key];
          });
        }
        if (configuration["strip-aliased"]) {
          ;
          [].concat(...Object.keys(aliases).map((k) => aliases[k])).forEach((alias) => {
            if (configuration["camel-case-expansion"] && alias.includes("-")) {
              delete argv[alias.split(".").map((prop) => camelCase(prop)).join(".")];
            }
            delete argv[alias];
          });
        }
        function pushPositional(arg) {
          const maybeCoercedNumber = maybeCoerceNumber("_", arg);
          if (typeof maybeCoercedNumber === "string" || typeof maybeCoercedNumber === "number") {
            argv._.push(maybeCoercedNumber);
          }
        }
        function eatNargs(i, key, args2, argAfterEqualSign) {
          let ii;
          let toEat = checkAllAliases(key, flags2.nargs);
          toEat = typeof toEat !== "number" || isNaN(toEat) ? 1 : toEat;
          if (toEat === 0) {
            if (!isUndefined(argAfterEqualSign)) {
              error = Error(__("Argument unexpected for: %s", key));
            }
            setArg(key, defaultValue(key));
            return i;
          }
          let available = isUndefined(argAfterEqualSign) ? 0 : 1;
          if (configuration["nargs-eats-options"]) {
            if (args2.length - (i + 1) + available < toEat) {
              error = Error(__("Not enough arguments following: %s", key));
            }
            available = toEat;
          } else {
            for (ii = i + 1; ii < args2.length; ii++) {
              if (!args2[ii].match(/^-[^0-9]/) || args2[ii].match(negative) || isUnknownOptionAsArg(args2[ii]))
                available++;
              else
                break;
            }
            if (available < toEat)
              error = Error(__("Not enough arguments following: %s", key));
          }
          let consumed = Math.min(available, toEat);
          if (!isUndefined(argAfterEqualSign) && consumed > 0) {
            setArg(key, argAfterEqualSign);
            consumed--;
          }
          for (ii = i + 1; ii < consumed + i + 1; ii++) {
            setArg(key, args2[ii]);
          }
          return i + consumed;
        }
        function eatArray(i, key, args2, argAfterEqualSign) {
          let argsToSet = [];
          let next = argAfterEqualSign || args2[i + 1];
          const nargsCount = checkAllAliases(key, flags2.nargs);
          if (checkAllAliases(key, flags2.bools) && !/^(true|false)$/.test(next)) {
            argsToSet.push(true);
          } else if (isUndefined(next) || isUndefined(argAfterEqualSign) && /^-/.test(next) && !negative.test(next) && !isUnknownOptionAsArg(next)) {
            if (defaults[key] !== void 0) {
              const defVal = defaults[key];
              argsToSet = Array.isArray(defVal) ? defVal : [defVal];
            }
          } else {
            if (!isUndefined(argAfterEqualSign)) {
              argsToSet.push(processValue(key, argAfterEqualSign, true));
            }
            for (let ii = i + 1; ii < args2.length; ii++) {
              if (!configuration["greedy-arrays"] && argsToSet.length > 0 || nargsCount && typeof nargsCount === "number" && argsToSet.length >= nargsCount)
                break;
              next = args2[ii];
              if (/^-/.test(next) && !negative.test(next) && !isUnknownOptionAsArg(next))
                break;
              i = ii;
              argsToSet.push(processValue(key, next, inputIsString));
            }
          }
          if (typeof nargsCount === "number" && (nargsCount && argsToSet.length < nargsCount || isNaN(nargsCount) && argsToSet.length === 0)) {
            error = Error(__("Not enough arguments following: %s", key));
          }
          setArg(key, argsToSet);
          return i;
        }
        function setArg(key, val, shouldStripQuotes = inputIsString) {
          if (/-/.test(key) && configuration["camel-case-expansion"]) {
            const alias = key.split(".").map(function(prop) {
              return camelCase(prop);
            }).join(".");
            addNewAlias(key, alias);
          }
          const value = processValue(key, val, shouldStripQuotes);
          const splitKey = key.split(".");
          setKey(argv, splitKey, value);
          if (flags2.aliases[key]) {
            flags2.aliases[key].forEach(function(x) {
              const keyProperties = x.split(".");
              setKey(argv, keyProperties, value);
            });
          }
          if (splitKey.length > 1 && configuration["dot-notation"]) {
            ;
            (flags2.aliases[splitKey[0]] || []).forEach(function(x) {
              let keyProperties = x.split(".");
              const a = [].concat(splitKey);
              a.shift();
              keyProperties = keyProperties.concat(a);
              if (!(flags2.aliases[key] || []).includes(keyProperties.join("."))) {
                setKey(argv, keyProperties, value);
              }
            });
          }
          if (checkAllAliases(key, flags2.normalize) && !checkAllAliases(key, flags2.arrays)) {
            const keys = [key].concat(flags2.aliases[key] || []);
            keys.forEach(function(key2) {
              Object.defineProperty(argvReturn, key2, {
                enumerable: true,
                get() {
                  return val;
                },
                set(value2) {
                  val = typeof value2 === "string" ? mixin2.normalize(value2) : value2;
                }
              });
            });
          }
        }
        function addNewAlias(key, alias) {
          if (!(flags2.aliases[key] && flags2.aliases[key].length)) {
            flags2.aliases[key] = [alias];
            newAliases[alias] = true;
          }
          if (!(flags2.aliases[alias] && flags2.aliases[alias].length)) {
            addNewAlias(alias, key);
          }
        }
        function processValue(key, val, shouldStripQuotes) {
          if (shouldStripQuotes) {
            val = stripQuotes(val);
          }
          if (checkAllAliases(key, flags2.bools) || checkAllAliases(key, flags2.counts)) {
            if (typeof val === "string")
              val = val === "true";
          }
          let value = Array.isArray(val) ? val.map(function(v) {
            return maybeCoerceNumber(key, v);
          }) : maybeCoerceNumber(key, val);
          if (checkAllAliases(key, flags2.counts) && (isUndefined(value) || typeof value === "boolean")) {
            value = increment();
          }
          if (checkAllAliases(key, flags2.normalize) && checkAllAliases(key, flags2.arrays)) {
            if (Array.isArray(val))
              value = val.map((val2) => {
                return mixin2.normalize(val2);
              });
            else
              value = mixin2.normalize(val);
          }
          return value;
        }
        function maybeCoerceNumber(key, value) {
          if (!configuration["parse-positional-numbers"] && key === "_")
            return value;
          if (!checkAllAliases(key, flags2.strings) && !checkAllAliases(key, flags2.bools) && !Array.isArray(value)) {
            const shouldCoerceNumber = looksLikeNumber(value) && configuration["parse-numbers"] && Number.isSafeInteger(Math.floor(parseFloat(`${value}`)));
            if (shouldCoerceNumber || !isUndefined(value) && checkAllAliases(key, flags2.numbers)) {
              value = Number(value);
            }
          }
          return value;
        }
        function setConfig(argv2) {
          const configLookup = /* @__PURE__ */ Object.create(null);
          applyDefaultsAndAliases(configLookup, flags2.aliases, defaults);
          Object.keys(flags2.configs).forEach(function(configKey) {
            const configPath = argv2[configKey] || configLookup[configKey];
            if (configPath) {
              try {
                let config = null;
                const resolvedConfigPath = mixin2.resolve(mixin2.cwd(), configPath);
                const resolveConfig = flags2.configs[configKey];
                if (typeof resolveConfig === "function") {
                  try {
                    config = resolveConfig(resolvedConfigPath);
                  } catch (e) {
                    config = e;
                  }
                  if (config instanceof Error) {
                    error = config;
                    return;
                  }
                } else {
                  config = mixin2.require(resolvedConfigPath);
                }
                setConfigObject(config);
              } catch (ex) {
                if (ex.name === "PermissionDenied")
                  error = ex;
                else if (argv2[configKey])
                  error = Error(__("Invalid JSON config file: %s", configPath));
              }
            }
          });
        }
        function setConfigObject(config, prev) {
          Object.keys(config).forEach(function(key) {
            const value = config[key];
            const fullKey = prev ? prev + "." + key : key;
            if (typeof value === "object" && value !== null && !Array.isArray(value) && configuration["dot-notation"]) {
              setConfigObject(value, fullKey);
            } else {
              if (!hasKey(argv, fullKey.split(".")) || checkAllAliases(fullKey, flags2.arrays) && configuration["combine-arrays"]) {
                setArg(fullKey, value);
              }
            }
          });
        }
        function setConfigObjects() {
          if (typeof configObjects !== "undefined") {
            configObjects.forEach(function(configObject) {
              setConfigObject(configObject);
            });
          }
        }
        function applyEnvVars(argv2, configOnly) {
          if (typeof envPrefix === "undefined")
            return;
          const prefix = typeof envPrefix === "string" ? envPrefix : "";
          const env3 = mixin2.env();
          Object.keys(env3).forEach(function(envVar) {
            if (prefix === "" || envVar.lastIndexOf(prefix, 0) === 0) {
              const keys = envVar.split("__").map(function(key, i) {
                if (i === 0) {
                  key = key.substring(prefix.length);
                }
                return camelCase(key);
              });
              if ((configOnly && flags2.configs[keys.join(".")] || !configOnly) && !hasKey(argv2, keys)) {
                setArg(keys.join("."), env3[envVar]);
              }
            }
          });
        }
        function applyCoercions(argv2) {
          let coerce;
          const applied = /* @__PURE__ */ new Set();
          Object.keys(argv2).forEach(function(key) {
            if (!applied.has(key)) {
              coerce = checkAllAliases(key, flags2.coercions);
              if (typeof coerce === "function") {
                try {
                  const value = maybeCoerceNumber(key, coerce(argv2[key]));
                  [].concat(flags2.aliases[key] || [], key).forEach((ali) => {
                    applied.add(ali);
                    argv2[ali] = value;
                  });
                } catch (err) {
                  error = err;
                }
              }
            }
          });
        }
        function setPlaceholderKeys(argv2) {
          flags2.keys.forEach((key) => {
            if (~key.indexOf("."))
              return;
            if (typeof argv2[key] === "undefined")
              argv2[key] = void 0;
          });
          return argv2;
        }
        function applyDefaultsAndAliases(obj, aliases2, defaults2, canLog = false) {
          Object.keys(defaults2).forEach(function(key) {
            if (!hasKey(obj, key.split("."))) {
              setKey(obj, key.split("."), defaults2[key]);
              if (canLog)
                defaulted[key] = true;
              (aliases2[key] || []).forEach(function(x) {
                if (hasKey(obj, x.split(".")))
                  return;
                setKey(obj, x.split("."), defaults2[key]);
              });
            }
          });
        }
        function hasKey(obj, keys) {
          let o = obj;
          if (!configuration["dot-notation"])
            keys = [keys.join(".")];
          keys.slice(0, -1).forEach(function(key2) {
            o = o[key2] || {};
          });
          const key = keys[keys.length - 1];
          if (typeof o !== "object")
            return false;
          else
            return key in o;
        }
        function setKey(obj, keys, value) {
          let o = obj;
          if (!configuration["dot-notation"])
            keys = [keys.join(".")];
          keys.slice(0, -1).forEach(function(key2) {
            key2 = sanitizeKey(key2);
            if (typeof o === "object" && o[key2] === void 0) {
              o[key2] = {};
            }
            if (typeof o[key2] !== "object" || Array.isArray(o[key2])) {
              if (Array.isArray(o[key2])) {
                o[key2].push({});
              } else {
                o[key2] = [o[key2], {}];
              }
              o = o[key2][o[key2].length - 1];
            } else {
              o = o[key2];
            }
          });
          const key = sanitizeKey(keys[keys.length - 1]);
          const isTypeArray = checkAllAliases(keys.join("."), flags2.arrays);
          const isValueArray = Array.isArray(value);
          let duplicate = configuration["duplicate-arguments-array"];
          if (!duplicate && checkAllAliases(key, flags2.nargs)) {
            duplicate = true;
            if (!isUndefined(o[key]) && flags2.nargs[key] === 1 || Array.isArray(o[key]) && o[key].length === flags2.nargs[key]) {
              o[key] = void 0;
            }
          }
          if (value === increment()) {
            o[key] = increment(o[key]);
          } else if (Array.isArray(o[key])) {
            if (duplicate && isTypeArray && isValueArray) {
              o[key] = configuration["flatten-duplicate-arrays"] ? o[key].concat(value) : (Array.isArray(o[key][0]) ? o[key] : [o[key]]).concat([value]);
            } else if (!duplicate && Boolean(isTypeArray) === Boolean(isValueArray)) {
              o[key] = value;
            } else {
              o[key] = o[key].concat([value]);
            }
          } else if (o[key] === void 0 && isTypeArray) {
            o[key] = isValueArray ? value : [value];
          } else if (duplicate && !(o[key] === void 0 || checkAllAliases(key, flags2.counts) || checkAllAliases(key, flags2.bools))) {
            o[key] = [o[key], value];
          } else {
            o[key] = value;
          }
        }
        function extendAliases(...args2) {
          args2.forEach(function(obj) {
            Object.keys(obj || {}).forEach(function(key) {
              if (flags2.aliases[key])
                return;
              flags2.aliases[key] = [].concat(aliases[key] || []);
              flags2.aliases[key].concat(key).forEach(function(x) {
                if (/-/.test(x) && configuration["camel-case-expansion"]) {
                  const c = camelCase(x);
                  if (c !== key && flags2.aliases[key].indexOf(c) === -1) {
                    flags2.aliases[key].push(c);
                    newAliases[c] = true;
                  }
                }
              });
              flags2.aliases[key].concat(key).forEach(function(x) {
                if (x.length > 1 && /[A-Z]/.test(x) && configuration["camel-case-expansion"]) {
                  const c = decamelize(x, "-");
                  if (c !== key && flags2.aliases[key].indexOf(c) === -1) {
                    flags2.aliases[key].push(c);
                    newAliases[c] = true;
                  }
                }
              });
              flags2.aliases[key].forEach(function(x) {
                flags2.aliases[x] = [key].concat(flags2.aliases[key].filter(function(y) {
                  return x !== y;
                }));
              });
            });
          });
        }
        function checkAllAliases(key, flag) {
          const toCheck = [].concat(flags2.aliases[key] || [], key);
          const keys = Object.keys(flag);
          const setAlias = toCheck.find((key2) => keys.includes(key2));
          return setAlias ? flag[setAlias] : false;
        }
        function hasAnyFlag(key) {
          const flagsKeys = Object.keys(flags2);
          const toCheck = [].concat(flagsKeys.map((k) => flags2[k]));
          return toCheck.some(function(flag) {
            return Array.isArray(flag) ? flag.includes(key) : flag[key];
          });
        }
        function hasFlagsMatching(arg, ...patterns) {
          const toCheck = [].concat(...patterns);
          return toCheck.some(function(pattern2) {
            const match = arg.match(pattern2);
            return match && hasAnyFlag(match[1]);
          });
        }
        function hasAllShortFlags(arg) {
          if (arg.match(negative) || !arg.match(/^-[^-]+/)) {
            return false;
          }
          let hasAllFlags = true;
          let next;
          const letters = arg.slice(1).split("");
          for (let j = 0; j < letters.length; j++) {
            next = arg.slice(j + 2);
            if (!hasAnyFlag(letters[j])) {
              hasAllFlags = false;
              break;
            }
            if (letters[j + 1] && letters[j + 1] === "=" || next === "-" || /[A-Za-z]/.test(letters[j]) && /^-?\d+(\.\d*)?(e-?\d+)?$/.test(next) || letters[j + 1] && letters[j + 1].match(/\W/)) {
              break;
            }
          }
          return hasAllFlags;
        }
        function isUnknownOptionAsArg(arg) {
          return configuration["unknown-options-as-args"] && isUnknownOption(arg);
        }
        function isUnknownOption(arg) {
          arg = arg.replace(/^-{3,}/, "--");
          if (arg.match(negative)) {
            return false;
          }
          if (hasAllShortFlags(arg)) {
            return false;
          }
          const flagWithEquals = /^-+([^=]+?)=[\s\S]*$/;
          const normalFlag = /^-+([^=]+?)$/;
          const flagEndingInHyphen = /^-+([^=]+?)-$/;
          const flagEndingInDigits = /^-+([^=]+?\d+)$/;
          const flagEndingInNonWordCharacters = /^-+([^=]+?)\W+.*$/;
          return !hasFlagsMatching(arg, flagWithEquals, negatedBoolean, normalFlag, flagEndingInHyphen, flagEndingInDigits, flagEndingInNonWordCharacters);
        }
        function defaultValue(key) {
          if (!checkAllAliases(key, flags2.bools) && !checkAllAliases(key, flags2.counts) && `${key}` in defaults) {
            return defaults[key];
          } else {
            return defaultForType(guessType2(key));
          }
        }
        function defaultForType(type) {
          const def = {
            [DefaultValuesForTypeKey.BOOLEAN]: true,
            [DefaultValuesForTypeKey.STRING]: "",
            [DefaultValuesForTypeKey.NUMBER]: void 0,
            [DefaultValuesForTypeKey.ARRAY]: []
          };
          return def[type];
        }
        function guessType2(key) {
          let type = DefaultValuesForTypeKey.BOOLEAN;
          if (checkAllAliases(key, flags2.strings))
            type = DefaultValuesForTypeKey.STRING;
          else if (checkAllAliases(key, flags2.numbers))
            type = DefaultValuesForTypeKey.NUMBER;
          else if (checkAllAliases(key, flags2.bools))
            type = DefaultValuesForTypeKey.BOOLEAN;
          else if (checkAllAliases(key, flags2.arrays))
            type = DefaultValuesForTypeKey.ARRAY;
          return type;
        }
        function isUndefined(num) {
          return num === void 0;
        }
        function checkConfiguration() {
          Object.keys(flags2.counts).find((key) => {
            if (checkAllAliases(key, flags2.arrays)) {
              error = Error(__("Invalid configuration: %s, opts.count excludes opts.array.", key));
              return true;
            } else if (checkAllAliases(key, flags2.nargs)) {
              error = Error(__("Invalid configuration: %s, opts.count excludes opts.narg.", key));
              return true;
            }
            return false;
          });
        }
        return {
          aliases: Object.assign({}, flags2.aliases),
          argv: Object.assign(argvReturn, argv),
          configuration,
          defaulted: Object.assign({}, defaulted),
          error,
          newAliases: Object.assign({}, newAliases)
        };
      }
    };
  }
});

// node_modules/yargs-parser/build/lib/index.js
import { format } from "util";
import { normalize, resolve as resolve12 } from "path";
import { readFileSync as readFileSync10 } from "fs";
import { createRequire as createRequire2 } from "node:module";
var _a, _b, _c, minNodeVersion, nodeVersion, env2, require2, parser, yargsParser, lib_default;
var init_lib2 = __esm({
  "node_modules/yargs-parser/build/lib/index.js"() {
    init_string_utils();
    init_yargs_parser();
    minNodeVersion = process && process.env && process.env.YARGS_MIN_NODE_VERSION ? Number(process.env.YARGS_MIN_NODE_VERSION) : 20;
    nodeVersion = (_b = (_a = process === null || process === void 0 ? void 0 : process.versions) === null || _a === void 0 ? void 0 : _a.node) !== null && _b !== void 0 ? _b : (_c = process === null || process === void 0 ? void 0 : process.version) === null || _c === void 0 ? void 0 : _c.slice(1);
    if (nodeVersion) {
      const major = Number(nodeVersion.match(/^([^.]+)/)[1]);
      if (major < minNodeVersion) {
        throw Error(`yargs parser supports a minimum Node.js version of ${minNodeVersion}. Read our version support policy: https://github.com/yargs/yargs-parser#supported-nodejs-versions`);
      }
    }
    env2 = process ? process.env : {};
    require2 = createRequire2 ? createRequire2(import.meta.url) : void 0;
    parser = new YargsParser({
      cwd: process.cwd,
      env: () => {
        return env2;
      },
      format,
      normalize,
      resolve: resolve12,
      require: (path) => {
        if (typeof require2 !== "undefined") {
          return require2(path);
        } else if (path.match(/\.json$/)) {
          return JSON.parse(readFileSync10(path, "utf8"));
        } else {
          throw Error("only .json config files are supported in ESM");
        }
      }
    });
    yargsParser = function Parser(args, opts) {
      const result = parser.parse(args.slice(), opts);
      return result.argv;
    };
    yargsParser.detailed = function(args, opts) {
      return parser.parse(args.slice(), opts);
    };
    yargsParser.camelCase = camelCase;
    yargsParser.decamelize = decamelize;
    yargsParser.looksLikeNumber = looksLikeNumber;
    lib_default = yargsParser;
  }
});

// node_modules/yargs/build/lib/utils/process-argv.js
function getProcessArgvBinIndex() {
  if (isBundledElectronApp())
    return 0;
  return 1;
}
function isBundledElectronApp() {
  return isElectronApp() && !process.defaultApp;
}
function isElectronApp() {
  return !!process.versions.electron;
}
function getProcessArgvBin() {
  return process.argv[getProcessArgvBinIndex()];
}
var init_process_argv = __esm({
  "node_modules/yargs/build/lib/utils/process-argv.js"() {
  }
});

// node_modules/string-width/index.js
function lazyStringWidth3(...args) {
  loaded3 ??= load3();
  return loaded3(...args);
}
var load3, loaded3;
var init_string_width3 = __esm({
  "node_modules/string-width/index.js"() {
    init_strip_ansi();
    init_get_east_asian_width();
    load3 = () => {
      const segmenter = new Intl.Segmenter();
      const visibleCharacterRegex = new RegExp("[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Nonspacing_Mark}\\p{Enclosing_Mark}\\p{Surrogate}]", "v");
      const spacingMarkRegex = new RegExp("\\p{Spacing_Mark}", "v");
      const rgiEmojiRegex = new RegExp("^\\p{RGI_Emoji}$", "v");
      const unqualifiedKeycapRegex = /^[\d#*]\u20E3$/;
      const extendedPictographicRegex = new RegExp("\\p{Extended_Pictographic}", "gu");
      function isDoubleWidthNonRgiEmojiSequence(segment) {
        if (segment.length > 50) {
          return false;
        }
        if (unqualifiedKeycapRegex.test(segment)) {
          return true;
        }
        if (segment.includes("\u200D")) {
          const pictographics = segment.match(extendedPictographicRegex);
          return pictographics !== null && pictographics.length >= 2;
        }
        return false;
      }
      function baseVisible(segment) {
        const index = segment.search(visibleCharacterRegex);
        return index === -1 ? void 0 : segment.slice(index);
      }
      function isHangulLeadingJamo(codePoint) {
        return codePoint >= 4352 && codePoint <= 4447 || codePoint >= 43360 && codePoint <= 43388;
      }
      function isHangulVowelJamo(codePoint) {
        return codePoint >= 4448 && codePoint <= 4519 || codePoint >= 55216 && codePoint <= 55238;
      }
      function isHangulTrailingJamo(codePoint) {
        return codePoint >= 4520 && codePoint <= 4607 || codePoint >= 55243 && codePoint <= 55291;
      }
      function isHangulJamo(codePoint) {
        return isHangulLeadingJamo(codePoint) || isHangulVowelJamo(codePoint) || isHangulTrailingJamo(codePoint);
      }
      function hangulClusterWidth(visibleSegment, eastAsianWidthOptions) {
        const codePoints = [];
        for (const character of visibleSegment) {
          if (!visibleCharacterRegex.test(character)) {
            continue;
          }
          codePoints.push(character.codePointAt(0));
        }
        if (codePoints.length === 0) {
          return void 0;
        }
        let width = 0;
        for (let index = 0; index < codePoints.length; index++) {
          const codePoint = codePoints[index];
          if (!isHangulJamo(codePoint)) {
            if (width === 0) {
              return void 0;
            }
            for (let remaining = index; remaining < codePoints.length; remaining++) {
              width += eastAsianWidth(codePoints[remaining], eastAsianWidthOptions);
            }
            return width;
          }
          if (isHangulLeadingJamo(codePoint) && isHangulVowelJamo(codePoints[index + 1])) {
            width += 2;
            index += isHangulTrailingJamo(codePoints[index + 2]) ? 2 : 1;
            continue;
          }
          width += eastAsianWidth(codePoint, eastAsianWidthOptions);
        }
        return width;
      }
      function trailingWidth(visibleSegment, eastAsianWidthOptions) {
        let extra = 0;
        let first = true;
        for (const character of visibleSegment) {
          if (first) {
            first = false;
            continue;
          }
          if (spacingMarkRegex.test(character) || character >= "\uFF00" && character <= "\uFFEF") {
            extra += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);
          }
        }
        return extra;
      }
      function stringWidth(input, options = {}) {
        if (typeof input !== "string" || input.length === 0) {
          return 0;
        }
        const {
          ambiguousIsNarrow = true,
          countAnsiEscapeCodes = false
        } = options;
        let string = input;
        if (!countAnsiEscapeCodes && (string.includes("\x1B") || string.includes("\x9B"))) {
          string = stripAnsi(string);
        }
        if (string.length === 0) {
          return 0;
        }
        if (/^[\u0020-\u007E]*$/.test(string)) {
          return string.length;
        }
        let width = 0;
        const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
        for (const { segment } of segmenter.segment(string)) {
          const visibleSegment = baseVisible(segment);
          if (visibleSegment === void 0) {
            continue;
          }
          if (rgiEmojiRegex.test(segment) || isDoubleWidthNonRgiEmojiSequence(segment)) {
            width += 2;
            continue;
          }
          const hangulWidth = hangulClusterWidth(visibleSegment, eastAsianWidthOptions);
          if (hangulWidth !== void 0) {
            width += hangulWidth;
            continue;
          }
          const codePoint = visibleSegment.codePointAt(0);
          width += eastAsianWidth(codePoint, eastAsianWidthOptions);
          width += trailingWidth(visibleSegment, eastAsianWidthOptions);
        }
        return width;
      }
      return stringWidth;
    };
  }
});

// node_modules/y18n/build/lib/platform-shims/node.js
import { readFileSync as readFileSync11, statSync as statSync5, writeFile } from "fs";
import { format as format2 } from "util";
import { resolve as resolve13 } from "path";
var node_default;
var init_node = __esm({
  "node_modules/y18n/build/lib/platform-shims/node.js"() {
    node_default = {
      fs: {
        readFileSync: readFileSync11,
        writeFile
      },
      format: format2,
      resolve: resolve13,
      exists: (file) => {
        try {
          return statSync5(file).isFile();
        } catch (err) {
          return false;
        }
      }
    };
  }
});

// node_modules/y18n/build/lib/index.js
function y18n(opts, _shim) {
  shim = _shim;
  const y18n3 = new Y18N(opts);
  return {
    __: y18n3.__.bind(y18n3),
    __n: y18n3.__n.bind(y18n3),
    setLocale: y18n3.setLocale.bind(y18n3),
    getLocale: y18n3.getLocale.bind(y18n3),
    updateLocale: y18n3.updateLocale.bind(y18n3),
    locale: y18n3.locale
  };
}
var shim, Y18N;
var init_lib3 = __esm({
  "node_modules/y18n/build/lib/index.js"() {
    Y18N = class {
      constructor(opts) {
        opts = opts || {};
        this.directory = opts.directory || "./locales";
        this.updateFiles = typeof opts.updateFiles === "boolean" ? opts.updateFiles : true;
        this.locale = opts.locale || "en";
        this.fallbackToLanguage = typeof opts.fallbackToLanguage === "boolean" ? opts.fallbackToLanguage : true;
        this.cache = /* @__PURE__ */ Object.create(null);
        this.writeQueue = [];
      }
      __(...args) {
        if (typeof arguments[0] !== "string") {
          return this._taggedLiteral(arguments[0], ...arguments);
        }
        const str = args.shift();
        let cb = function() {
        };
        if (typeof args[args.length - 1] === "function")
          cb = args.pop();
        cb = cb || function() {
        };
        if (!this.cache[this.locale])
          this._readLocaleFile();
        if (!this.cache[this.locale][str] && this.updateFiles) {
          this.cache[this.locale][str] = str;
          this._enqueueWrite({
            directory: this.directory,
            locale: this.locale,
            cb
          });
        } else {
          cb();
        }
        return shim.format.apply(shim.format, [this.cache[this.locale][str] || str].concat(args));
      }
      __n() {
        const args = Array.prototype.slice.call(arguments);
        const singular = args.shift();
        const plural2 = args.shift();
        const quantity = args.shift();
        let cb = function() {
        };
        if (typeof args[args.length - 1] === "function")
          cb = args.pop();
        if (!this.cache[this.locale])
          this._readLocaleFile();
        let str = quantity === 1 ? singular : plural2;
        if (this.cache[this.locale][singular]) {
          const entry = this.cache[this.locale][singular];
          str = entry[quantity === 1 ? "one" : "other"];
        }
        if (!this.cache[this.locale][singular] && this.updateFiles) {
          this.cache[this.locale][singular] = {
            one: singular,
            other: plural2
          };
          this._enqueueWrite({
            directory: this.directory,
            locale: this.locale,
            cb
          });
        } else {
          cb();
        }
        const values = [str];
        if (~str.indexOf("%d"))
          values.push(quantity);
        return shim.format.apply(shim.format, values.concat(args));
      }
      setLocale(locale) {
        this.locale = locale;
      }
      getLocale() {
        return this.locale;
      }
      updateLocale(obj) {
        if (!this.cache[this.locale])
          this._readLocaleFile();
        for (const key in obj) {
          if (Object.prototype.hasOwnProperty.call(obj, key)) {
            this.cache[this.locale][key] = obj[key];
          }
        }
      }
      _taggedLiteral(parts, ...args) {
        let str = "";
        parts.forEach(function(part, i) {
          const arg = args[i + 1];
          str += part;
          if (typeof arg !== "undefined") {
            str += "%s";
          }
        });
        return this.__.apply(this, [str].concat([].slice.call(args, 1)));
      }
      _enqueueWrite(work) {
        this.writeQueue.push(work);
        if (this.writeQueue.length === 1)
          this._processWriteQueue();
      }
      _processWriteQueue() {
        const _this = this;
        const work = this.writeQueue[0];
        const directory = work.directory;
        const locale = work.locale;
        const cb = work.cb;
        const languageFile = this._resolveLocaleFile(directory, locale);
        const serializedLocale = JSON.stringify(this.cache[locale], null, 2);
        shim.fs.writeFile(languageFile, serializedLocale, "utf-8", function(err) {
          _this.writeQueue.shift();
          if (_this.writeQueue.length > 0)
            _this._processWriteQueue();
          cb(err);
        });
      }
      _readLocaleFile() {
        let localeLookup = {};
        const languageFile = this._resolveLocaleFile(this.directory, this.locale);
        try {
          if (shim.fs.readFileSync) {
            localeLookup = JSON.parse(shim.fs.readFileSync(languageFile, "utf-8"));
          }
        } catch (err) {
          if (err instanceof SyntaxError) {
            err.message = "syntax error in " + languageFile;
          }
          if (err.code === "ENOENT")
            localeLookup = {};
          else
            throw err;
        }
        this.cache[this.locale] = localeLookup;
      }
      _resolveLocaleFile(directory, locale) {
        let file = shim.resolve(directory, "./", locale + ".json");
        if (this.fallbackToLanguage && !this._fileExistsSync(file) && ~locale.lastIndexOf("_")) {
          const languageFile = shim.resolve(directory, "./", locale.split("_")[0] + ".json");
          if (this._fileExistsSync(languageFile))
            file = languageFile;
        }
        return file;
      }
      _fileExistsSync(file) {
        return shim.exists(file);
      }
    };
  }
});

// node_modules/y18n/index.mjs
var y18n2, y18n_default;
var init_y18n = __esm({
  "node_modules/y18n/index.mjs"() {
    init_node();
    init_lib3();
    y18n2 = (opts) => {
      return y18n(opts, node_default);
    };
    y18n_default = y18n2;
  }
});

// node_modules/get-caller-file/index.js
var require_get_caller_file = __commonJS({
  "node_modules/get-caller-file/index.js"(exports, module) {
    "use strict";
    module.exports = function getCallerFile2(position) {
      if (position === void 0) {
        position = 2;
      }
      if (position >= Error.stackTraceLimit) {
        throw new TypeError("getCallerFile(position) requires position be less then Error.stackTraceLimit but position was: `" + position + "` and Error.stackTraceLimit was: `" + Error.stackTraceLimit + "`");
      }
      var oldPrepareStackTrace = Error.prepareStackTrace;
      Error.prepareStackTrace = function(_, stack2) {
        return stack2;
      };
      var stack = new Error().stack;
      Error.prepareStackTrace = oldPrepareStackTrace;
      if (stack !== null && typeof stack === "object") {
        return stack[position] ? stack[position].getFileName() : void 0;
      }
    };
  }
});

// node_modules/yargs/lib/platform-shims/esm.mjs
import { notStrictEqual, strictEqual } from "assert";
import { inspect } from "util";
import { fileURLToPath as fileURLToPath3 } from "url";
import { basename, dirname as dirname6, extname, relative as relative12, resolve as resolve14, join as join15 } from "path";
import { createRequire as createRequire3 } from "node:module";
import { readFileSync as readFileSync12, readdirSync as readdirSync4 } from "node:fs";
var import_get_caller_file, __dirname, mainFilename, require3, esm_default;
var init_esm = __esm({
  "node_modules/yargs/lib/platform-shims/esm.mjs"() {
    "use strict";
    init_cliui();
    init_sync();
    init_lib2();
    init_process_argv();
    init_string_width3();
    init_y18n();
    import_get_caller_file = __toESM(require_get_caller_file(), 1);
    __dirname = fileURLToPath3(import.meta.url);
    mainFilename = __dirname.substring(0, __dirname.lastIndexOf("node_modules"));
    require3 = createRequire3(import.meta.url);
    esm_default = {
      assert: {
        notStrictEqual,
        strictEqual
      },
      cliui: ui,
      findUp: sync_default,
      getEnv: (key) => {
        return process.env[key];
      },
      inspect,
      getProcessArgvBin,
      mainFilename: mainFilename || process.cwd(),
      Parser: lib_default,
      path: {
        basename,
        dirname: dirname6,
        extname,
        relative: relative12,
        resolve: resolve14,
        join: join15
      },
      process: {
        argv: () => process.argv,
        cwd: process.cwd,
        emitWarning: (warning, type) => process.emitWarning(warning, type),
        execPath: () => process.execPath,
        exit: (code) => {
          process.exit(code);
        },
        nextTick: process.nextTick,
        stdColumns: typeof process.stdout.columns !== "undefined" ? process.stdout.columns : null
      },
      readFileSync: readFileSync12,
      readdirSync: readdirSync4,
      require: require3,
      getCallerFile: () => {
        const callerFile = (0, import_get_caller_file.default)(3);
        return callerFile.match(/^file:\/\//) ? fileURLToPath3(callerFile) : callerFile;
      },
      stringWidth: lazyStringWidth3,
      y18n: y18n_default({
        directory: resolve14(__dirname, "../../../locales"),
        updateFiles: false
      })
    };
  }
});

// node_modules/yargs/build/lib/typings/common-types.js
function assertNotStrictEqual(actual, expected, shim3, message) {
  shim3.assert.notStrictEqual(actual, expected, message);
}
function assertSingleKey(actual, shim3) {
  shim3.assert.strictEqual(typeof actual, "string");
}
function objectKeys(object) {
  return Object.keys(object);
}
var init_common_types = __esm({
  "node_modules/yargs/build/lib/typings/common-types.js"() {
  }
});

// node_modules/yargs/build/lib/utils/is-promise.js
function isPromise(maybePromise) {
  return !!maybePromise && !!maybePromise.then && typeof maybePromise.then === "function";
}
var init_is_promise = __esm({
  "node_modules/yargs/build/lib/utils/is-promise.js"() {
  }
});

// node_modules/yargs/build/lib/yerror.js
var YError;
var init_yerror = __esm({
  "node_modules/yargs/build/lib/yerror.js"() {
    YError = class _YError extends Error {
      constructor(msg) {
        super(msg || "yargs error");
        this.name = "YError";
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, _YError);
        }
      }
    };
  }
});

// node_modules/yargs/build/lib/parse-command.js
function parseCommand(cmd) {
  const extraSpacesStrippedCommand = cmd.replace(/\s{2,}/g, " ");
  const splitCommand = extraSpacesStrippedCommand.split(/\s+(?![^[]*]|[^<]*>)/);
  const bregex = /\.*[\][<>]/g;
  const firstCommand = splitCommand.shift();
  if (!firstCommand)
    throw new Error(`No command found in: ${cmd}`);
  const parsedCommand = {
    cmd: firstCommand.replace(bregex, ""),
    demanded: [],
    optional: []
  };
  splitCommand.forEach((cmd2, i) => {
    let variadic = false;
    cmd2 = cmd2.replace(/\s/g, "");
    if (/\.+[\]>]/.test(cmd2) && i === splitCommand.length - 1)
      variadic = true;
    if (/^\[/.test(cmd2)) {
      parsedCommand.optional.push({
        cmd: cmd2.replace(bregex, "").split("|"),
        variadic
      });
    } else {
      parsedCommand.demanded.push({
        cmd: cmd2.replace(bregex, "").split("|"),
        variadic
      });
    }
  });
  return parsedCommand;
}
var init_parse_command = __esm({
  "node_modules/yargs/build/lib/parse-command.js"() {
  }
});

// node_modules/yargs/build/lib/argsert.js
function argsert(arg1, arg2, arg3) {
  function parseArgs() {
    return typeof arg1 === "object" ? [{ demanded: [], optional: [] }, arg1, arg2] : [
      parseCommand(`cmd ${arg1}`),
      arg2,
      arg3
    ];
  }
  try {
    let position = 0;
    const [parsed, callerArguments, _length] = parseArgs();
    const args = [].slice.call(callerArguments);
    while (args.length && args[args.length - 1] === void 0)
      args.pop();
    const length = _length || args.length;
    if (length < parsed.demanded.length) {
      throw new YError(`Not enough arguments provided. Expected ${parsed.demanded.length} but received ${args.length}.`);
    }
    const totalCommands = parsed.demanded.length + parsed.optional.length;
    if (length > totalCommands) {
      throw new YError(`Too many arguments provided. Expected max ${totalCommands} but received ${length}.`);
    }
    parsed.demanded.forEach((demanded) => {
      const arg = args.shift();
      const observedType = guessType(arg);
      const matchingTypes = demanded.cmd.filter((type) => type === observedType || type === "*");
      if (matchingTypes.length === 0)
        argumentTypeError(observedType, demanded.cmd, position);
      position += 1;
    });
    parsed.optional.forEach((optional) => {
      if (args.length === 0)
        return;
      const arg = args.shift();
      const observedType = guessType(arg);
      const matchingTypes = optional.cmd.filter((type) => type === observedType || type === "*");
      if (matchingTypes.length === 0)
        argumentTypeError(observedType, optional.cmd, position);
      position += 1;
    });
  } catch (err) {
    console.warn(err.stack);
  }
}
function guessType(arg) {
  if (Array.isArray(arg)) {
    return "array";
  } else if (arg === null) {
    return "null";
  }
  return typeof arg;
}
function argumentTypeError(observedType, allowedTypes, position) {
  throw new YError(`Invalid ${positionName[position] || "manyith"} argument. Expected ${allowedTypes.join(" or ")} but received ${observedType}.`);
}
var positionName;
var init_argsert = __esm({
  "node_modules/yargs/build/lib/argsert.js"() {
    init_yerror();
    init_parse_command();
    positionName = ["first", "second", "third", "fourth", "fifth", "sixth"];
  }
});

// node_modules/yargs/build/lib/middleware.js
function commandMiddlewareFactory(commandMiddleware) {
  if (!commandMiddleware)
    return [];
  return commandMiddleware.map((middleware) => {
    middleware.applyBeforeValidation = false;
    return middleware;
  });
}
function applyMiddleware(argv, yargs, middlewares, beforeValidation) {
  return middlewares.reduce((acc, middleware) => {
    if (middleware.applyBeforeValidation !== beforeValidation) {
      return acc;
    }
    if (middleware.mutates) {
      if (middleware.applied)
        return acc;
      middleware.applied = true;
    }
    if (isPromise(acc)) {
      return acc.then((initialObj) => Promise.all([initialObj, middleware(initialObj, yargs)])).then(([initialObj, middlewareObj]) => Object.assign(initialObj, middlewareObj));
    } else {
      const result = middleware(acc, yargs);
      return isPromise(result) ? result.then((middlewareObj) => Object.assign(acc, middlewareObj)) : Object.assign(acc, result);
    }
  }, argv);
}
var GlobalMiddleware;
var init_middleware = __esm({
  "node_modules/yargs/build/lib/middleware.js"() {
    init_argsert();
    init_is_promise();
    GlobalMiddleware = class {
      constructor(yargs) {
        this.globalMiddleware = [];
        this.frozens = [];
        this.yargs = yargs;
      }
      addMiddleware(callback, applyBeforeValidation, global = true, mutates = false) {
        argsert("<array|function> [boolean] [boolean] [boolean]", [callback, applyBeforeValidation, global], arguments.length);
        if (Array.isArray(callback)) {
          for (let i = 0; i < callback.length; i++) {
            if (typeof callback[i] !== "function") {
              throw Error("middleware must be a function");
            }
            const m = callback[i];
            m.applyBeforeValidation = applyBeforeValidation;
            m.global = global;
          }
          Array.prototype.push.apply(this.globalMiddleware, callback);
        } else if (typeof callback === "function") {
          const m = callback;
          m.applyBeforeValidation = applyBeforeValidation;
          m.global = global;
          m.mutates = mutates;
          this.globalMiddleware.push(callback);
        }
        return this.yargs;
      }
      addCoerceMiddleware(callback, option) {
        const aliases = this.yargs.getAliases();
        this.globalMiddleware = this.globalMiddleware.filter((m) => {
          const toCheck = [...aliases[option] || [], option];
          if (!m.option)
            return true;
          else
            return !toCheck.includes(m.option);
        });
        callback.option = option;
        return this.addMiddleware(callback, true, true, true);
      }
      getMiddleware() {
        return this.globalMiddleware;
      }
      freeze() {
        this.frozens.push([...this.globalMiddleware]);
      }
      unfreeze() {
        const frozen = this.frozens.pop();
        if (frozen !== void 0)
          this.globalMiddleware = frozen;
      }
      reset() {
        this.globalMiddleware = this.globalMiddleware.filter((m) => m.global);
      }
    };
  }
});

// node_modules/yargs/build/lib/utils/maybe-async-result.js
function maybeAsyncResult(getResult, resultHandler, errorHandler = (err) => {
  throw err;
}) {
  try {
    const result = isFunction(getResult) ? getResult() : getResult;
    return isPromise(result) ? result.then((result2) => resultHandler(result2)) : resultHandler(result);
  } catch (err) {
    return errorHandler(err);
  }
}
function isFunction(arg) {
  return typeof arg === "function";
}
var init_maybe_async_result = __esm({
  "node_modules/yargs/build/lib/utils/maybe-async-result.js"() {
    init_is_promise();
  }
});

// node_modules/yargs/build/lib/command.js
function command(usage2, validation2, globalMiddleware, shim3) {
  return new CommandInstance(usage2, validation2, globalMiddleware, shim3);
}
function isCommandBuilderDefinition(builder) {
  return typeof builder === "object" && !!builder.builder && typeof builder.handler === "function";
}
function isCommandAndAliases(cmd) {
  return cmd.every((c) => typeof c === "string");
}
function isCommandBuilderCallback(builder) {
  return typeof builder === "function";
}
function isCommandBuilderOptionDefinitions(builder) {
  return typeof builder === "object";
}
function isCommandHandlerDefinition(cmd) {
  return typeof cmd === "object" && !Array.isArray(cmd);
}
var DEFAULT_MARKER, CommandInstance;
var init_command = __esm({
  "node_modules/yargs/build/lib/command.js"() {
    init_common_types();
    init_is_promise();
    init_middleware();
    init_parse_command();
    init_yargs_factory();
    init_maybe_async_result();
    DEFAULT_MARKER = /(^\*)|(^\$0)/;
    CommandInstance = class {
      constructor(usage2, validation2, globalMiddleware, shim3) {
        this.requireCache = /* @__PURE__ */ new Set();
        this.handlers = {};
        this.aliasMap = {};
        this.frozens = [];
        this.shim = shim3;
        this.usage = usage2;
        this.globalMiddleware = globalMiddleware;
        this.validation = validation2;
      }
      addDirectory(dir, req, callerFile, opts) {
        opts = opts || {};
        this.requireCache.add(callerFile);
        const fullDirPath = this.shim.path.resolve(this.shim.path.dirname(callerFile), dir);
        const files = this.shim.readdirSync(fullDirPath, {
          recursive: opts.recurse ? true : false
        });
        if (!Array.isArray(opts.extensions))
          opts.extensions = ["js"];
        const visit = typeof opts.visit === "function" ? opts.visit : (o) => o;
        for (const fileb of files) {
          const file = fileb.toString();
          if (opts.exclude) {
            let exclude = false;
            if (typeof opts.exclude === "function") {
              exclude = opts.exclude(file);
            } else {
              exclude = opts.exclude.test(file);
            }
            if (exclude)
              continue;
          }
          if (opts.include) {
            let include = false;
            if (typeof opts.include === "function") {
              include = opts.include(file);
            } else {
              include = opts.include.test(file);
            }
            if (!include)
              continue;
          }
          let supportedExtension = false;
          for (const ext of opts.extensions) {
            if (file.endsWith(ext))
              supportedExtension = true;
          }
          if (supportedExtension) {
            const joined = this.shim.path.join(fullDirPath, file);
            const module = req(joined);
            const extendableModule = Object.create(null, Object.getOwnPropertyDescriptors({ ...module }));
            const visited = visit(extendableModule, joined, file);
            if (visited) {
              if (this.requireCache.has(joined))
                continue;
              else
                this.requireCache.add(joined);
              if (!extendableModule.command) {
                extendableModule.command = this.shim.path.basename(joined, this.shim.path.extname(joined));
              }
              this.addHandler(extendableModule);
            }
          }
        }
      }
      addHandler(cmd, description, builder, handler, commandMiddleware, deprecated) {
        let aliases = [];
        const middlewares = commandMiddlewareFactory(commandMiddleware);
        handler = handler || (() => {
        });
        if (Array.isArray(cmd)) {
          if (isCommandAndAliases(cmd)) {
            [cmd, ...aliases] = cmd;
          } else {
            for (const command2 of cmd) {
              this.addHandler(command2);
            }
          }
        } else if (isCommandHandlerDefinition(cmd)) {
          let command2 = Array.isArray(cmd.command) || typeof cmd.command === "string" ? cmd.command : null;
          if (command2 === null) {
            throw new Error(`No command name given for module: ${this.shim.inspect(cmd)}`);
          }
          if (cmd.aliases)
            command2 = [].concat(command2).concat(cmd.aliases);
          this.addHandler(command2, this.extractDesc(cmd), cmd.builder, cmd.handler, cmd.middlewares, cmd.deprecated);
          return;
        } else if (isCommandBuilderDefinition(builder)) {
          this.addHandler([cmd].concat(aliases), description, builder.builder, builder.handler, builder.middlewares, builder.deprecated);
          return;
        }
        if (typeof cmd === "string") {
          const parsedCommand = parseCommand(cmd);
          aliases = aliases.map((alias) => parseCommand(alias).cmd);
          let isDefault = false;
          const parsedAliases = [parsedCommand.cmd].concat(aliases).filter((c) => {
            if (DEFAULT_MARKER.test(c)) {
              isDefault = true;
              return false;
            }
            return true;
          });
          if (parsedAliases.length === 0 && isDefault)
            parsedAliases.push("$0");
          if (isDefault) {
            parsedCommand.cmd = parsedAliases[0];
            aliases = parsedAliases.slice(1);
            cmd = cmd.replace(DEFAULT_MARKER, parsedCommand.cmd);
          }
          aliases.forEach((alias) => {
            this.aliasMap[alias] = parsedCommand.cmd;
          });
          if (description !== false) {
            this.usage.command(cmd, description, isDefault, aliases, deprecated);
          }
          this.handlers[parsedCommand.cmd] = {
            original: cmd,
            description,
            handler,
            builder: builder || {},
            middlewares,
            deprecated,
            demanded: parsedCommand.demanded,
            optional: parsedCommand.optional
          };
          if (isDefault)
            this.defaultCommand = this.handlers[parsedCommand.cmd];
        }
      }
      getCommandHandlers() {
        return this.handlers;
      }
      getCommands() {
        return Object.keys(this.handlers).concat(Object.keys(this.aliasMap));
      }
      hasDefaultCommand() {
        return !!this.defaultCommand;
      }
      runCommand(command2, yargs, parsed, commandIndex, helpOnly, helpOrVersionSet) {
        const commandHandler = this.handlers[command2] || this.handlers[this.aliasMap[command2]] || this.defaultCommand;
        const currentContext = yargs.getInternalMethods().getContext();
        const parentCommands = currentContext.commands.slice();
        const isDefaultCommand = !command2;
        if (command2) {
          currentContext.commands.push(command2);
          currentContext.fullCommands.push(commandHandler.original);
        }
        const builderResult = this.applyBuilderUpdateUsageAndParse(isDefaultCommand, commandHandler, yargs, parsed.aliases, parentCommands, commandIndex, helpOnly, helpOrVersionSet);
        return isPromise(builderResult) ? builderResult.then((result) => this.applyMiddlewareAndGetResult(isDefaultCommand, commandHandler, result.innerArgv, currentContext, helpOnly, result.aliases, yargs)) : this.applyMiddlewareAndGetResult(isDefaultCommand, commandHandler, builderResult.innerArgv, currentContext, helpOnly, builderResult.aliases, yargs);
      }
      applyBuilderUpdateUsageAndParse(isDefaultCommand, commandHandler, yargs, aliases, parentCommands, commandIndex, helpOnly, helpOrVersionSet) {
        const builder = commandHandler.builder;
        let innerYargs = yargs;
        if (isCommandBuilderCallback(builder)) {
          yargs.getInternalMethods().getUsageInstance().freeze();
          const builderOutput = builder(yargs.getInternalMethods().reset(aliases), helpOrVersionSet);
          if (isPromise(builderOutput)) {
            return builderOutput.then((output) => {
              innerYargs = isYargsInstance(output) ? output : yargs;
              return this.parseAndUpdateUsage(isDefaultCommand, commandHandler, innerYargs, parentCommands, commandIndex, helpOnly);
            });
          }
        } else if (isCommandBuilderOptionDefinitions(builder)) {
          yargs.getInternalMethods().getUsageInstance().freeze();
          innerYargs = yargs.getInternalMethods().reset(aliases);
          Object.keys(commandHandler.builder).forEach((key) => {
            innerYargs.option(key, builder[key]);
          });
        }
        return this.parseAndUpdateUsage(isDefaultCommand, commandHandler, innerYargs, parentCommands, commandIndex, helpOnly);
      }
      parseAndUpdateUsage(isDefaultCommand, commandHandler, innerYargs, parentCommands, commandIndex, helpOnly) {
        if (isDefaultCommand)
          innerYargs.getInternalMethods().getUsageInstance().unfreeze(true);
        if (this.shouldUpdateUsage(innerYargs)) {
          innerYargs.getInternalMethods().getUsageInstance().usage(this.usageFromParentCommandsCommandHandler(parentCommands, commandHandler), commandHandler.description);
        }
        const innerArgv = innerYargs.getInternalMethods().runYargsParserAndExecuteCommands(null, void 0, true, commandIndex, helpOnly);
        return isPromise(innerArgv) ? innerArgv.then((argv) => ({
          aliases: innerYargs.parsed.aliases,
          innerArgv: argv
        })) : {
          aliases: innerYargs.parsed.aliases,
          innerArgv
        };
      }
      shouldUpdateUsage(yargs) {
        return !yargs.getInternalMethods().getUsageInstance().getUsageDisabled() && yargs.getInternalMethods().getUsageInstance().getUsage().length === 0;
      }
      usageFromParentCommandsCommandHandler(parentCommands, commandHandler) {
        const c = DEFAULT_MARKER.test(commandHandler.original) ? commandHandler.original.replace(DEFAULT_MARKER, "").trim() : commandHandler.original;
        const pc = parentCommands.filter((c2) => {
          return !DEFAULT_MARKER.test(c2);
        });
        pc.push(c);
        return `$0 ${pc.join(" ")}`;
      }
      handleValidationAndGetResult(isDefaultCommand, commandHandler, innerArgv, currentContext, aliases, yargs, middlewares, positionalMap) {
        if (!yargs.getInternalMethods().getHasOutput()) {
          const validation2 = yargs.getInternalMethods().runValidation(aliases, positionalMap, yargs.parsed.error, isDefaultCommand);
          innerArgv = maybeAsyncResult(innerArgv, (result) => {
            validation2(result);
            return result;
          });
        }
        if (commandHandler.handler && !yargs.getInternalMethods().getHasOutput()) {
          yargs.getInternalMethods().setHasOutput();
          const populateDoubleDash = !!yargs.getOptions().configuration["populate--"];
          yargs.getInternalMethods().postProcess(innerArgv, populateDoubleDash, false, false);
          innerArgv = applyMiddleware(innerArgv, yargs, middlewares, false);
          innerArgv = maybeAsyncResult(innerArgv, (result) => {
            const handlerResult = commandHandler.handler(result);
            return isPromise(handlerResult) ? handlerResult.then(() => result) : result;
          });
          if (!isDefaultCommand) {
            yargs.getInternalMethods().getUsageInstance().cacheHelpMessage();
          }
          if (isPromise(innerArgv) && !yargs.getInternalMethods().hasParseCallback()) {
            innerArgv.catch((error) => {
              try {
                yargs.getInternalMethods().getUsageInstance().fail(null, error);
              } catch (_err) {
              }
            });
          }
        }
        if (!isDefaultCommand) {
          currentContext.commands.pop();
          currentContext.fullCommands.pop();
        }
        return innerArgv;
      }
      applyMiddlewareAndGetResult(isDefaultCommand, commandHandler, innerArgv, currentContext, helpOnly, aliases, yargs) {
        let positionalMap = {};
        if (helpOnly)
          return innerArgv;
        if (!yargs.getInternalMethods().getHasOutput()) {
          positionalMap = this.populatePositionals(commandHandler, innerArgv, currentContext, yargs);
        }
        const middlewares = this.globalMiddleware.getMiddleware().slice(0).concat(commandHandler.middlewares);
        const maybePromiseArgv = applyMiddleware(innerArgv, yargs, middlewares, true);
        return isPromise(maybePromiseArgv) ? maybePromiseArgv.then((resolvedInnerArgv) => this.handleValidationAndGetResult(isDefaultCommand, commandHandler, resolvedInnerArgv, currentContext, aliases, yargs, middlewares, positionalMap)) : this.handleValidationAndGetResult(isDefaultCommand, commandHandler, maybePromiseArgv, currentContext, aliases, yargs, middlewares, positionalMap);
      }
      populatePositionals(commandHandler, argv, context, yargs) {
        argv._ = argv._.slice(context.commands.length);
        const demanded = commandHandler.demanded.slice(0);
        const optional = commandHandler.optional.slice(0);
        const positionalMap = {};
        this.validation.positionalCount(demanded.length, argv._.length);
        while (demanded.length) {
          const demand = demanded.shift();
          this.populatePositional(demand, argv, positionalMap);
        }
        while (optional.length) {
          const maybe = optional.shift();
          this.populatePositional(maybe, argv, positionalMap);
        }
        argv._ = context.commands.concat(argv._.map((a) => "" + a));
        this.postProcessPositionals(argv, positionalMap, this.cmdToParseOptions(commandHandler.original), yargs);
        return positionalMap;
      }
      populatePositional(positional, argv, positionalMap) {
        const cmd = positional.cmd[0];
        if (positional.variadic) {
          positionalMap[cmd] = argv._.splice(0).map(String);
        } else {
          if (argv._.length)
            positionalMap[cmd] = [String(argv._.shift())];
        }
      }
      cmdToParseOptions(cmdString) {
        const parseOptions = {
          array: [],
          default: {},
          alias: {},
          demand: {}
        };
        const parsed = parseCommand(cmdString);
        parsed.demanded.forEach((d) => {
          const [cmd, ...aliases] = d.cmd;
          if (d.variadic) {
            parseOptions.array.push(cmd);
            parseOptions.default[cmd] = [];
          }
          parseOptions.alias[cmd] = aliases;
          parseOptions.demand[cmd] = true;
        });
        parsed.optional.forEach((o) => {
          const [cmd, ...aliases] = o.cmd;
          if (o.variadic) {
            parseOptions.array.push(cmd);
            parseOptions.default[cmd] = [];
          }
          parseOptions.alias[cmd] = aliases;
        });
        return parseOptions;
      }
      postProcessPositionals(argv, positionalMap, parseOptions, yargs) {
        const options = Object.assign({}, yargs.getOptions());
        options.default = Object.assign(parseOptions.default, options.default);
        for (const key of Object.keys(parseOptions.alias)) {
          options.alias[key] = (options.alias[key] || []).concat(parseOptions.alias[key]);
        }
        options.array = options.array.concat(parseOptions.array);
        options.config = {};
        const unparsed = [];
        Object.keys(positionalMap).forEach((key) => {
          positionalMap[key].map((value) => {
            if (options.configuration["unknown-options-as-args"])
              options.key[key] = true;
            unparsed.push(`--${key}`);
            unparsed.push(value);
          });
        });
        if (!unparsed.length)
          return;
        const config = Object.assign({}, options.configuration, {
          "populate--": false
        });
        const parsed = this.shim.Parser.detailed(unparsed, Object.assign({}, options, {
          configuration: config
        }));
        if (parsed.error) {
          yargs.getInternalMethods().getUsageInstance().fail(parsed.error.message, parsed.error);
        } else {
          const positionalKeys = Object.keys(positionalMap);
          Object.keys(positionalMap).forEach((key) => {
            positionalKeys.push(...parsed.aliases[key]);
          });
          Object.keys(parsed.argv).forEach((key) => {
            if (positionalKeys.includes(key)) {
              if (!positionalMap[key])
                positionalMap[key] = parsed.argv[key];
              if (!this.isInConfigs(yargs, key) && !this.isDefaulted(yargs, key) && Object.prototype.hasOwnProperty.call(argv, key) && Object.prototype.hasOwnProperty.call(parsed.argv, key) && (Array.isArray(argv[key]) || Array.isArray(parsed.argv[key]))) {
                argv[key] = [].concat(argv[key], parsed.argv[key]);
              } else {
                argv[key] = parsed.argv[key];
              }
            }
          });
        }
      }
      isDefaulted(yargs, key) {
        const { default: defaults } = yargs.getOptions();
        return Object.prototype.hasOwnProperty.call(defaults, key) || Object.prototype.hasOwnProperty.call(defaults, this.shim.Parser.camelCase(key));
      }
      isInConfigs(yargs, key) {
        const { configObjects } = yargs.getOptions();
        return configObjects.some((c) => Object.prototype.hasOwnProperty.call(c, key)) || configObjects.some((c) => Object.prototype.hasOwnProperty.call(c, this.shim.Parser.camelCase(key)));
      }
      runDefaultBuilderOn(yargs) {
        if (!this.defaultCommand)
          return;
        if (this.shouldUpdateUsage(yargs)) {
          const commandString = DEFAULT_MARKER.test(this.defaultCommand.original) ? this.defaultCommand.original : this.defaultCommand.original.replace(/^[^[\]<>]*/, "$0 ");
          yargs.getInternalMethods().getUsageInstance().usage(commandString, this.defaultCommand.description);
        }
        const builder = this.defaultCommand.builder;
        if (isCommandBuilderCallback(builder)) {
          return builder(yargs, true);
        } else if (!isCommandBuilderDefinition(builder)) {
          Object.keys(builder).forEach((key) => {
            yargs.option(key, builder[key]);
          });
        }
        return void 0;
      }
      extractDesc({ describe, description, desc }) {
        for (const test of [describe, description, desc]) {
          if (typeof test === "string" || test === false)
            return test;
          assertNotStrictEqual(test, true, this.shim);
        }
        return false;
      }
      freeze() {
        this.frozens.push({
          handlers: this.handlers,
          aliasMap: this.aliasMap,
          defaultCommand: this.defaultCommand
        });
      }
      unfreeze() {
        const frozen = this.frozens.pop();
        assertNotStrictEqual(frozen, void 0, this.shim);
        ({
          handlers: this.handlers,
          aliasMap: this.aliasMap,
          defaultCommand: this.defaultCommand
        } = frozen);
      }
      reset() {
        this.handlers = {};
        this.aliasMap = {};
        this.defaultCommand = void 0;
        this.requireCache = /* @__PURE__ */ new Set();
        return this;
      }
    };
  }
});

// node_modules/yargs/build/lib/utils/obj-filter.js
function objFilter(original = {}, filter = () => true) {
  const obj = {};
  objectKeys(original).forEach((key) => {
    if (filter(key, original[key])) {
      obj[key] = original[key];
    }
  });
  return obj;
}
var init_obj_filter = __esm({
  "node_modules/yargs/build/lib/utils/obj-filter.js"() {
    init_common_types();
  }
});

// node_modules/yargs/build/lib/utils/set-blocking.js
function setBlocking(blocking) {
  if (typeof process === "undefined")
    return;
  [process.stdout, process.stderr].forEach((_stream) => {
    const stream = _stream;
    if (stream._handle && stream.isTTY && typeof stream._handle.setBlocking === "function") {
      stream._handle.setBlocking(blocking);
    }
  });
}
var init_set_blocking = __esm({
  "node_modules/yargs/build/lib/utils/set-blocking.js"() {
  }
});

// node_modules/yargs/build/lib/usage.js
function isBoolean(fail5) {
  return typeof fail5 === "boolean";
}
function usage(yargs, shim3) {
  const __ = shim3.y18n.__;
  const self = {};
  const fails = [];
  self.failFn = function failFn(f) {
    fails.push(f);
  };
  let failMessage = null;
  let globalFailMessage = null;
  let showHelpOnFail = true;
  self.showHelpOnFail = function showHelpOnFailFn(arg1 = true, arg2) {
    const [enabled, message] = typeof arg1 === "string" ? [true, arg1] : [arg1, arg2];
    if (yargs.getInternalMethods().isGlobalContext()) {
      globalFailMessage = message;
    }
    failMessage = message;
    showHelpOnFail = enabled;
    return self;
  };
  let failureOutput = false;
  self.fail = function fail5(msg, err) {
    const logger = yargs.getInternalMethods().getLoggerInstance();
    if (fails.length) {
      for (let i = fails.length - 1; i >= 0; --i) {
        const fail6 = fails[i];
        if (isBoolean(fail6)) {
          if (err)
            throw err;
          else if (msg)
            throw Error(msg);
        } else {
          fail6(msg, err, self);
        }
      }
    } else {
      if (yargs.getExitProcess())
        setBlocking(true);
      if (!failureOutput) {
        failureOutput = true;
        if (showHelpOnFail) {
          yargs.showHelp("error");
          logger.error();
        }
        if (msg || err)
          logger.error(msg || err);
        const globalOrCommandFailMessage = failMessage || globalFailMessage;
        if (globalOrCommandFailMessage) {
          if (msg || err)
            logger.error("");
          logger.error(globalOrCommandFailMessage);
        }
      }
      err = err || new YError(msg);
      if (yargs.getExitProcess()) {
        return yargs.exit(1);
      } else if (yargs.getInternalMethods().hasParseCallback()) {
        return yargs.exit(1, err);
      } else {
        throw err;
      }
    }
  };
  let usages = [];
  let usageDisabled = false;
  self.usage = (msg, description) => {
    if (msg === null) {
      usageDisabled = true;
      usages = [];
      return self;
    }
    usageDisabled = false;
    usages.push([msg, description || ""]);
    return self;
  };
  self.getUsage = () => {
    return usages;
  };
  self.getUsageDisabled = () => {
    return usageDisabled;
  };
  self.getPositionalGroupName = () => {
    return __("Positionals:");
  };
  let examples = [];
  self.example = (cmd, description) => {
    examples.push([cmd, description || ""]);
  };
  let commands = [];
  self.command = function command2(cmd, description, isDefault, aliases, deprecated = false) {
    if (isDefault) {
      commands = commands.map((cmdArray) => {
        cmdArray[2] = false;
        return cmdArray;
      });
    }
    commands.push([cmd, description || "", isDefault, aliases, deprecated]);
  };
  self.getCommands = () => commands;
  let descriptions = {};
  self.describe = function describe(keyOrKeys, desc) {
    if (Array.isArray(keyOrKeys)) {
      keyOrKeys.forEach((k) => {
        self.describe(k, desc);
      });
    } else if (typeof keyOrKeys === "object") {
      Object.keys(keyOrKeys).forEach((k) => {
        self.describe(k, keyOrKeys[k]);
      });
    } else {
      descriptions[keyOrKeys] = desc;
    }
  };
  self.getDescriptions = () => descriptions;
  let epilogs = [];
  self.epilog = (msg) => {
    epilogs.push(msg);
  };
  let wrapSet = false;
  let wrap;
  self.wrap = (cols) => {
    wrapSet = true;
    wrap = cols;
  };
  self.getWrap = () => {
    if (shim3.getEnv("YARGS_DISABLE_WRAP")) {
      return null;
    }
    if (!wrapSet) {
      wrap = windowWidth();
      wrapSet = true;
    }
    return wrap;
  };
  const deferY18nLookupPrefix = "__yargsString__:";
  self.deferY18nLookup = (str) => deferY18nLookupPrefix + str;
  self.help = function help() {
    if (cachedHelpMessage)
      return cachedHelpMessage;
    normalizeAliases();
    const base$0 = yargs.customScriptName ? yargs.$0 : shim3.path.basename(yargs.$0);
    const demandedOptions = yargs.getDemandedOptions();
    const demandedCommands = yargs.getDemandedCommands();
    const deprecatedOptions = yargs.getDeprecatedOptions();
    const groups = yargs.getGroups();
    const options = yargs.getOptions();
    let keys = [];
    keys = keys.concat(Object.keys(descriptions));
    keys = keys.concat(Object.keys(demandedOptions));
    keys = keys.concat(Object.keys(demandedCommands));
    keys = keys.concat(Object.keys(options.default));
    keys = keys.filter(filterHiddenOptions);
    keys = Object.keys(keys.reduce((acc, key) => {
      if (key !== "_")
        acc[key] = true;
      return acc;
    }, {}));
    const theWrap = self.getWrap();
    const ui2 = shim3.cliui({
      width: theWrap,
      wrap: !!theWrap
    });
    if (!usageDisabled) {
      if (usages.length) {
        usages.forEach((usage2) => {
          ui2.div({ text: `${usage2[0].replace(/\$0/g, base$0)}` });
          if (usage2[1]) {
            ui2.div({ text: `${usage2[1]}`, padding: [1, 0, 0, 0] });
          }
        });
        ui2.div();
      } else if (commands.length) {
        let u = null;
        if (demandedCommands._) {
          u = `${base$0} <${__("command")}>
`;
        } else {
          u = `${base$0} [${__("command")}]
`;
        }
        ui2.div(`${u}`);
      }
    }
    if (commands.length > 1 || commands.length === 1 && !commands[0][2]) {
      ui2.div(__("Commands:"));
      const context = yargs.getInternalMethods().getContext();
      const parentCommands = context.commands.length ? `${context.commands.join(" ")} ` : "";
      if (yargs.getInternalMethods().getParserConfiguration()["sort-commands"] === true) {
        commands = commands.sort((a, b) => a[0].localeCompare(b[0]));
      }
      const prefix = base$0 ? `${base$0} ` : "";
      commands.forEach((command2) => {
        const commandString = `${prefix}${parentCommands}${command2[0].replace(/^\$0 ?/, "")}`;
        ui2.span({
          text: commandString,
          padding: [0, 2, 0, 2],
          width: maxWidth(commands, theWrap, `${base$0}${parentCommands}`) + 4
        }, { text: command2[1] });
        const hints = [];
        if (command2[2])
          hints.push(`[${__("default")}]`);
        if (command2[3] && command2[3].length) {
          hints.push(`[${__("aliases:")} ${command2[3].join(", ")}]`);
        }
        if (command2[4]) {
          if (typeof command2[4] === "string") {
            hints.push(`[${__("deprecated: %s", command2[4])}]`);
          } else {
            hints.push(`[${__("deprecated")}]`);
          }
        }
        if (hints.length) {
          ui2.div({
            text: hints.join(" "),
            padding: [0, 0, 0, 2],
            align: "right"
          });
        } else {
          ui2.div();
        }
      });
      ui2.div();
    }
    const aliasKeys = (Object.keys(options.alias) || []).concat(Object.keys(yargs.parsed.newAliases) || []);
    keys = keys.filter((key) => !yargs.parsed.newAliases[key] && aliasKeys.every((alias) => (options.alias[alias] || []).indexOf(key) === -1));
    const defaultGroup = __("Options:");
    if (!groups[defaultGroup])
      groups[defaultGroup] = [];
    addUngroupedKeys(keys, options.alias, groups, defaultGroup);
    const isLongSwitch = (sw) => /^--/.test(getText(sw));
    const displayedGroups = Object.keys(groups).filter((groupName) => groups[groupName].length > 0).map((groupName) => {
      const normalizedKeys = groups[groupName].filter(filterHiddenOptions).map((key) => {
        if (aliasKeys.includes(key))
          return key;
        for (let i = 0, aliasKey; (aliasKey = aliasKeys[i]) !== void 0; i++) {
          if ((options.alias[aliasKey] || []).includes(key))
            return aliasKey;
        }
        return key;
      });
      return { groupName, normalizedKeys };
    }).filter(({ normalizedKeys }) => normalizedKeys.length > 0).map(({ groupName, normalizedKeys }) => {
      const switches = normalizedKeys.reduce((acc, key) => {
        acc[key] = [key].concat(options.alias[key] || []).map((sw) => {
          if (groupName === self.getPositionalGroupName())
            return sw;
          else {
            return (/^[0-9]$/.test(sw) ? options.boolean.includes(key) ? "-" : "--" : sw.length > 1 ? "--" : "-") + sw;
          }
        }).sort((sw1, sw2) => isLongSwitch(sw1) === isLongSwitch(sw2) ? 0 : isLongSwitch(sw1) ? 1 : -1).join(", ");
        return acc;
      }, {});
      return { groupName, normalizedKeys, switches };
    });
    const shortSwitchesUsed = displayedGroups.filter(({ groupName }) => groupName !== self.getPositionalGroupName()).some(({ normalizedKeys, switches }) => !normalizedKeys.every((key) => isLongSwitch(switches[key])));
    if (shortSwitchesUsed) {
      displayedGroups.filter(({ groupName }) => groupName !== self.getPositionalGroupName()).forEach(({ normalizedKeys, switches }) => {
        normalizedKeys.forEach((key) => {
          if (isLongSwitch(switches[key])) {
            switches[key] = addIndentation(switches[key], "-x, ".length);
          }
        });
      });
    }
    displayedGroups.forEach(({ groupName, normalizedKeys, switches }) => {
      ui2.div(groupName);
      normalizedKeys.forEach((key) => {
        const kswitch = switches[key];
        let desc = descriptions[key] || "";
        let type = null;
        if (desc.includes(deferY18nLookupPrefix))
          desc = __(desc.substring(deferY18nLookupPrefix.length));
        if (options.boolean.includes(key))
          type = `[${__("boolean")}]`;
        if (options.count.includes(key))
          type = `[${__("count")}]`;
        if (options.string.includes(key))
          type = `[${__("string")}]`;
        if (options.normalize.includes(key))
          type = `[${__("string")}]`;
        if (options.array.includes(key))
          type = `[${__("array")}]`;
        if (options.number.includes(key))
          type = `[${__("number")}]`;
        const deprecatedExtra = (deprecated) => typeof deprecated === "string" ? `[${__("deprecated: %s", deprecated)}]` : `[${__("deprecated")}]`;
        const extra = [
          key in deprecatedOptions ? deprecatedExtra(deprecatedOptions[key]) : null,
          type,
          key in demandedOptions ? `[${__("required")}]` : null,
          options.choices && options.choices[key] ? `[${__("choices:")} ${self.stringifiedValues(options.choices[key])}]` : null,
          defaultString(options.default[key], options.defaultDescription[key])
        ].filter(Boolean).join(" ");
        ui2.span({
          text: getText(kswitch),
          padding: [0, 2, 0, 2 + getIndentation(kswitch)],
          width: maxWidth(switches, theWrap) + 4
        }, desc);
        const shouldHideOptionExtras = yargs.getInternalMethods().getUsageConfiguration()["hide-types"] === true;
        if (extra && !shouldHideOptionExtras)
          ui2.div({ text: extra, padding: [0, 0, 0, 2], align: "right" });
        else
          ui2.div();
      });
      ui2.div();
    });
    if (examples.length) {
      ui2.div(__("Examples:"));
      examples.forEach((example) => {
        example[0] = example[0].replace(/\$0/g, base$0);
      });
      examples.forEach((example) => {
        if (example[1] === "") {
          ui2.div({
            text: example[0],
            padding: [0, 2, 0, 2]
          });
        } else {
          ui2.div({
            text: example[0],
            padding: [0, 2, 0, 2],
            width: maxWidth(examples, theWrap) + 4
          }, {
            text: example[1]
          });
        }
      });
      ui2.div();
    }
    if (epilogs.length > 0) {
      const e = epilogs.map((epilog) => epilog.replace(/\$0/g, base$0)).join("\n");
      ui2.div(`${e}
`);
    }
    return ui2.toString().replace(/\s*$/, "");
  };
  function maxWidth(table, theWrap, modifier) {
    let width = 0;
    if (!Array.isArray(table)) {
      table = Object.values(table).map((v) => [v]);
    }
    table.forEach((v) => {
      width = Math.max(shim3.stringWidth(modifier ? `${modifier} ${getText(v[0])}` : getText(v[0])) + getIndentation(v[0]), width);
    });
    if (theWrap)
      width = Math.min(width, parseInt((theWrap * 0.5).toString(), 10));
    return width;
  }
  function normalizeAliases() {
    const demandedOptions = yargs.getDemandedOptions();
    const options = yargs.getOptions();
    (Object.keys(options.alias) || []).forEach((key) => {
      options.alias[key].forEach((alias) => {
        if (descriptions[alias])
          self.describe(key, descriptions[alias]);
        if (alias in demandedOptions)
          yargs.demandOption(key, demandedOptions[alias]);
        if (options.boolean.includes(alias))
          yargs.boolean(key);
        if (options.count.includes(alias))
          yargs.count(key);
        if (options.string.includes(alias))
          yargs.string(key);
        if (options.normalize.includes(alias))
          yargs.normalize(key);
        if (options.array.includes(alias))
          yargs.array(key);
        if (options.number.includes(alias))
          yargs.number(key);
      });
    });
  }
  let cachedHelpMessage;
  self.cacheHelpMessage = function() {
    cachedHelpMessage = this.help();
  };
  self.clearCachedHelpMessage = function() {
    cachedHelpMessage = void 0;
  };
  self.hasCachedHelpMessage = function() {
    return !!cachedHelpMessage;
  };
  function addUngroupedKeys(keys, aliases, groups, defaultGroup) {
    let groupedKeys = [];
    let toCheck = null;
    Object.keys(groups).forEach((group) => {
      groupedKeys = groupedKeys.concat(groups[group]);
    });
    keys.forEach((key) => {
      toCheck = [key].concat(aliases[key]);
      if (!toCheck.some((k) => groupedKeys.indexOf(k) !== -1)) {
        groups[defaultGroup].push(key);
      }
    });
    return groupedKeys;
  }
  function filterHiddenOptions(key) {
    return yargs.getOptions().hiddenOptions.indexOf(key) < 0 || yargs.parsed.argv[yargs.getOptions().showHiddenOpt];
  }
  self.showHelp = (level) => {
    const logger = yargs.getInternalMethods().getLoggerInstance();
    if (!level)
      level = "error";
    const emit = typeof level === "function" ? level : logger[level];
    emit(self.help());
  };
  self.functionDescription = (fn) => {
    const description = fn.name ? shim3.Parser.decamelize(fn.name, "-") : __("generated-value");
    return ["(", description, ")"].join("");
  };
  self.stringifiedValues = function stringifiedValues(values, separator) {
    let string = "";
    const sep2 = separator || ", ";
    const array = [].concat(values);
    if (!values || !array.length)
      return string;
    array.forEach((value) => {
      if (string.length)
        string += sep2;
      string += JSON.stringify(value);
    });
    return string;
  };
  function defaultString(value, defaultDescription) {
    let string = `[${__("default:")} `;
    if (value === void 0 && !defaultDescription)
      return null;
    if (defaultDescription) {
      string += defaultDescription;
    } else {
      switch (typeof value) {
        case "string":
          string += `"${value}"`;
          break;
        case "object":
          string += JSON.stringify(value);
          break;
        default:
          string += value;
      }
    }
    return `${string}]`;
  }
  function windowWidth() {
    const maxWidth2 = 80;
    if (shim3.process.stdColumns) {
      return Math.min(maxWidth2, shim3.process.stdColumns);
    } else {
      return maxWidth2;
    }
  }
  let version = null;
  self.version = (ver) => {
    version = ver;
  };
  self.showVersion = (level) => {
    const logger = yargs.getInternalMethods().getLoggerInstance();
    if (!level)
      level = "error";
    const emit = typeof level === "function" ? level : logger[level];
    emit(version);
  };
  self.reset = function reset(localLookup) {
    failMessage = null;
    failureOutput = false;
    usages = [];
    usageDisabled = false;
    epilogs = [];
    examples = [];
    commands = [];
    descriptions = objFilter(descriptions, (k) => !localLookup[k]);
    return self;
  };
  const frozens = [];
  self.freeze = function freeze() {
    frozens.push({
      failMessage,
      failureOutput,
      usages,
      usageDisabled,
      epilogs,
      examples,
      commands,
      descriptions
    });
  };
  self.unfreeze = function unfreeze(defaultCommand = false) {
    const frozen = frozens.pop();
    if (!frozen)
      return;
    if (defaultCommand) {
      descriptions = { ...frozen.descriptions, ...descriptions };
      commands = [...frozen.commands, ...commands];
      usages = [...frozen.usages, ...usages];
      examples = [...frozen.examples, ...examples];
      epilogs = [...frozen.epilogs, ...epilogs];
    } else {
      ({
        failMessage,
        failureOutput,
        usages,
        usageDisabled,
        epilogs,
        examples,
        commands,
        descriptions
      } = frozen);
    }
  };
  return self;
}
function isIndentedText(text) {
  return typeof text === "object";
}
function addIndentation(text, indent) {
  return isIndentedText(text) ? { text: text.text, indentation: text.indentation + indent } : { text, indentation: indent };
}
function getIndentation(text) {
  return isIndentedText(text) ? text.indentation : 0;
}
function getText(text) {
  return isIndentedText(text) ? text.text : text;
}
var init_usage = __esm({
  "node_modules/yargs/build/lib/usage.js"() {
    init_obj_filter();
    init_yerror();
    init_set_blocking();
  }
});

// node_modules/yargs/build/lib/completion-templates.js
var completionShTemplate, completionZshTemplate, completionFishTemplate;
var init_completion_templates = __esm({
  "node_modules/yargs/build/lib/completion-templates.js"() {
    completionShTemplate = `###-begin-{{app_name}}-completions-###
#
# yargs command completion script
#
# Installation: {{app_path}} {{completion_command}} >> ~/.bashrc
#    or {{app_path}} {{completion_command}} >> ~/.bash_profile on OSX.
#
_{{app_name}}_yargs_completions()
{
    local cur_word args type_list

    cur_word="\${COMP_WORDS[COMP_CWORD]}"
    args=("\${COMP_WORDS[@]}")

    # ask yargs to generate completions.
    # see https://stackoverflow.com/a/40944195/7080036 for the spaces-handling awk
    mapfile -t type_list < <({{app_path}} --get-yargs-completions "\${args[@]}")
    mapfile -t COMPREPLY < <(compgen -W "$( printf '%q ' "\${type_list[@]}" )" -- "\${cur_word}" |
        awk '/ / { print "\\""$0"\\"" } /^[^ ]+$/ { print $0 }')

    # if no match was found, fall back to filename completion
    if [ \${#COMPREPLY[@]} -eq 0 ]; then
      COMPREPLY=()
    fi

    return 0
}
complete -o bashdefault -o default -F _{{app_name}}_yargs_completions {{app_name}}
###-end-{{app_name}}-completions-###
`;
    completionZshTemplate = `#compdef {{app_name}}
###-begin-{{app_name}}-completions-###
#
# yargs command completion script
#
# Installation: {{app_path}} {{completion_command}} >> ~/.zshrc
#    or {{app_path}} {{completion_command}} >> ~/.zprofile on OSX.
#
_{{app_name}}_yargs_completions()
{
  local reply
  local si=$IFS
  IFS=$'
' reply=($(COMP_CWORD="$((CURRENT-1))" COMP_LINE="$BUFFER" COMP_POINT="$CURSOR" {{app_path}} --get-yargs-completions "\${words[@]}"))
  IFS=$si
  if [[ \${#reply} -gt 0 ]]; then
    _describe 'values' reply
  else
    _default
  fi
}
if [[ "\${zsh_eval_context[-1]}" == "loadautofunc" ]]; then
  _{{app_name}}_yargs_completions "$@"
else
  compdef _{{app_name}}_yargs_completions {{app_name}}
fi
###-end-{{app_name}}-completions-###
`;
    completionFishTemplate = `###-begin-{{app_name}}-completions-###
#
# yargs command completion script
#
# Installation: {{app_path}} {{completion_command}} > ~/.config/fish/completions/{{app_name}}.fish
#
complete -f -c {{app_name}} -a '({{app_path}} --get-yargs-completions (commandline -o)[2..-1])'
###-end-{{app_name}}-completions-###
`;
  }
});

// node_modules/yargs/build/lib/completion.js
function completion(yargs, usage2, command2, shim3) {
  return new Completion(yargs, usage2, command2, shim3);
}
function isSyncCompletionFunction(completionFunction) {
  return completionFunction.length < 3;
}
function isFallbackCompletionFunction(completionFunction) {
  return completionFunction.length > 3;
}
var Completion;
var init_completion2 = __esm({
  "node_modules/yargs/build/lib/completion.js"() {
    init_command();
    init_common_types();
    init_completion_templates();
    init_is_promise();
    init_parse_command();
    Completion = class {
      constructor(yargs, usage2, command2, shim3) {
        var _a2, _b2, _c2, _d, _e;
        this.yargs = yargs;
        this.usage = usage2;
        this.command = command2;
        this.shim = shim3;
        this.completionKey = "get-yargs-completions";
        this.aliases = null;
        this.customCompletionFunction = null;
        this.indexAfterLastReset = 0;
        this.zshShell = (_c2 = ((_a2 = this.shim.getEnv("SHELL")) === null || _a2 === void 0 ? void 0 : _a2.includes("zsh")) || ((_b2 = this.shim.getEnv("ZSH_NAME")) === null || _b2 === void 0 ? void 0 : _b2.includes("zsh"))) !== null && _c2 !== void 0 ? _c2 : false;
        this.fishShell = (_e = (_d = this.shim.getEnv("SHELL")) === null || _d === void 0 ? void 0 : _d.includes("fish")) !== null && _e !== void 0 ? _e : false;
      }
      defaultCompletion(args, argv, current, done) {
        const handlers = this.command.getCommandHandlers();
        for (let i = 0, ii = args.length; i < ii; ++i) {
          if (handlers[args[i]] && handlers[args[i]].builder) {
            const builder = handlers[args[i]].builder;
            if (isCommandBuilderCallback(builder)) {
              this.indexAfterLastReset = i + 1;
              const y = this.yargs.getInternalMethods().reset();
              builder(y, true);
              return y.argv;
            }
          }
        }
        const completions = [];
        this.commandCompletions(completions, args, current);
        this.optionCompletions(completions, args, argv, current);
        this.choicesFromOptionsCompletions(completions, args, argv, current);
        this.choicesFromPositionalsCompletions(completions, args, argv, current);
        done(null, completions);
      }
      commandCompletions(completions, args, current) {
        const parentCommands = this.yargs.getInternalMethods().getContext().commands;
        if (!current.match(/^-/) && parentCommands[parentCommands.length - 1] !== current && !this.previousArgHasChoices(args)) {
          this.usage.getCommands().forEach((usageCommand) => {
            const commandName = parseCommand(usageCommand[0]).cmd;
            if (args.indexOf(commandName) === -1) {
              const desc = usageCommand[1] || "";
              if (this.fishShell) {
                completions.push(commandName + "	" + desc);
              } else if (this.zshShell) {
                completions.push(commandName.replace(/:/g, "\\:") + ":" + desc);
              } else {
                completions.push(commandName);
              }
            }
          });
        }
      }
      optionCompletions(completions, args, argv, current) {
        if ((current.match(/^-/) || current === "" && completions.length === 0) && !this.previousArgHasChoices(args)) {
          const options = this.yargs.getOptions();
          const positionalKeys = this.yargs.getGroups()[this.usage.getPositionalGroupName()] || [];
          Object.keys(options.key).forEach((key) => {
            const negable = !!options.configuration["boolean-negation"] && options.boolean.includes(key);
            const isPositionalKey = positionalKeys.includes(key);
            if (!isPositionalKey && !options.hiddenOptions.includes(key) && !this.argsContainKey(args, key, negable)) {
              this.completeOptionKey(key, completions, current, negable && !!options.default[key]);
            }
          });
        }
      }
      choicesFromOptionsCompletions(completions, args, argv, current) {
        if (this.previousArgHasChoices(args)) {
          const choices = this.getPreviousArgChoices(args);
          if (choices && choices.length > 0) {
            if (this.fishShell) {
              completions.push(...choices);
            } else {
              completions.push(...choices.map((c) => c.replace(/:/g, "\\:")));
            }
          }
        }
      }
      choicesFromPositionalsCompletions(completions, args, argv, current) {
        if (current === "" && completions.length > 0 && this.previousArgHasChoices(args)) {
          return;
        }
        const positionalKeys = this.yargs.getGroups()[this.usage.getPositionalGroupName()] || [];
        const offset = Math.max(this.indexAfterLastReset, this.yargs.getInternalMethods().getContext().commands.length + 1);
        const positionalKey = positionalKeys[argv._.length - offset - 1];
        if (!positionalKey) {
          return;
        }
        const choices = this.yargs.getOptions().choices[positionalKey] || [];
        for (const choice of choices) {
          if (choice.startsWith(current)) {
            if (this.fishShell) {
              completions.push(choice);
            } else {
              completions.push(choice.replace(/:/g, "\\:"));
            }
          }
        }
      }
      getPreviousArgChoices(args) {
        if (args.length < 1)
          return;
        let previousArg = args[args.length - 1];
        let filter = "";
        if (!previousArg.startsWith("-") && args.length > 1) {
          filter = previousArg;
          previousArg = args[args.length - 2];
        }
        if (!previousArg.startsWith("-"))
          return;
        const previousArgKey = previousArg.replace(/^-+/, "");
        const options = this.yargs.getOptions();
        const possibleAliases = [
          previousArgKey,
          ...this.yargs.getAliases()[previousArgKey] || []
        ];
        let choices;
        for (const possibleAlias of possibleAliases) {
          if (Object.prototype.hasOwnProperty.call(options.key, possibleAlias) && Array.isArray(options.choices[possibleAlias])) {
            choices = options.choices[possibleAlias];
            break;
          }
        }
        if (choices) {
          return choices.filter((choice) => !filter || choice.startsWith(filter));
        }
      }
      previousArgHasChoices(args) {
        const choices = this.getPreviousArgChoices(args);
        return choices !== void 0 && choices.length > 0;
      }
      argsContainKey(args, key, negable) {
        const argsContains = (s) => args.indexOf((/^[^0-9]$/.test(s) ? "-" : "--") + s) !== -1;
        if (argsContains(key))
          return true;
        if (negable && argsContains(`no-${key}`))
          return true;
        if (this.aliases) {
          for (const alias of this.aliases[key]) {
            if (argsContains(alias))
              return true;
          }
        }
        return false;
      }
      completeOptionKey(key, completions, current, negable) {
        var _a2, _b2, _c2, _d;
        let keyWithDesc = key;
        if (this.zshShell || this.fishShell) {
          const descs = this.usage.getDescriptions();
          const aliasKey = (_b2 = (_a2 = this === null || this === void 0 ? void 0 : this.aliases) === null || _a2 === void 0 ? void 0 : _a2[key]) === null || _b2 === void 0 ? void 0 : _b2.find((alias) => {
            const desc2 = descs[alias];
            return typeof desc2 === "string" && desc2.length > 0;
          });
          const descFromAlias = aliasKey ? descs[aliasKey] : void 0;
          const desc = (_d = (_c2 = descs[key]) !== null && _c2 !== void 0 ? _c2 : descFromAlias) !== null && _d !== void 0 ? _d : "";
          const cleanedDesc = desc.replace("__yargsString__:", "").replace(/(\r\n|\n|\r)/gm, " ");
          if (this.fishShell) {
            keyWithDesc = `${key}	${cleanedDesc}`;
          } else {
            keyWithDesc = `${key.replace(/:/g, "\\:")}:${cleanedDesc}`;
          }
        }
        const startsByTwoDashes = (s) => /^--/.test(s);
        const isShortOption = (s) => /^[^0-9]$/.test(s);
        const dashes = !startsByTwoDashes(current) && isShortOption(key) ? "-" : "--";
        completions.push(dashes + keyWithDesc);
        if (negable) {
          completions.push(dashes + "no-" + keyWithDesc);
        }
      }
      customCompletion(args, argv, current, done) {
        assertNotStrictEqual(this.customCompletionFunction, null, this.shim);
        if (isSyncCompletionFunction(this.customCompletionFunction)) {
          const result = this.customCompletionFunction(current, argv);
          if (isPromise(result)) {
            return result.then((list) => {
              this.shim.process.nextTick(() => {
                done(null, list);
              });
            }).catch((err) => {
              this.shim.process.nextTick(() => {
                done(err, void 0);
              });
            });
          }
          return done(null, result);
        } else if (isFallbackCompletionFunction(this.customCompletionFunction)) {
          return this.customCompletionFunction(current, argv, (onCompleted = done) => this.defaultCompletion(args, argv, current, onCompleted), (completions) => {
            done(null, completions);
          });
        } else {
          return this.customCompletionFunction(current, argv, (completions) => {
            done(null, completions);
          });
        }
      }
      getCompletion(args, done) {
        const current = args.length ? args[args.length - 1] : "";
        const argv = this.yargs.parse(args, true);
        const completionFunction = this.customCompletionFunction ? (argv2) => this.customCompletion(args, argv2, current, done) : (argv2) => this.defaultCompletion(args, argv2, current, done);
        return isPromise(argv) ? argv.then(completionFunction) : completionFunction(argv);
      }
      generateCompletionScript($0, cmd) {
        let script;
        if (this.zshShell) {
          script = completionZshTemplate;
        } else if (this.fishShell) {
          script = completionFishTemplate;
        } else {
          script = completionShTemplate;
        }
        const name = this.shim.path.basename($0);
        if ($0.match(/\.js$/))
          $0 = `./${$0}`;
        script = script.replace(/{{app_name}}/g, name);
        script = script.replace(/{{completion_command}}/g, cmd);
        return script.replace(/{{app_path}}/g, $0);
      }
      registerFunction(fn) {
        this.customCompletionFunction = fn;
      }
      setParsed(parsed) {
        this.aliases = parsed.aliases;
      }
    };
  }
});

// node_modules/yargs/build/lib/utils/levenshtein.js
function levenshtein(a, b) {
  if (a.length === 0)
    return b.length;
  if (b.length === 0)
    return a.length;
  const matrix = [];
  let i;
  for (i = 0; i <= b.length; i++) {
    matrix[i] = [i];
  }
  let j;
  for (j = 0; j <= a.length; j++) {
    matrix[0][j] = j;
  }
  for (i = 1; i <= b.length; i++) {
    for (j = 1; j <= a.length; j++) {
      if (b.charAt(i - 1) === a.charAt(j - 1)) {
        matrix[i][j] = matrix[i - 1][j - 1];
      } else {
        if (i > 1 && j > 1 && b.charAt(i - 2) === a.charAt(j - 1) && b.charAt(i - 1) === a.charAt(j - 2)) {
          matrix[i][j] = matrix[i - 2][j - 2] + 1;
        } else {
          matrix[i][j] = Math.min(matrix[i - 1][j - 1] + 1, Math.min(matrix[i][j - 1] + 1, matrix[i - 1][j] + 1));
        }
      }
    }
  }
  return matrix[b.length][a.length];
}
var init_levenshtein = __esm({
  "node_modules/yargs/build/lib/utils/levenshtein.js"() {
  }
});

// node_modules/yargs/build/lib/validation.js
function validation(yargs, usage2, shim3) {
  const __ = shim3.y18n.__;
  const __n = shim3.y18n.__n;
  const self = {};
  self.nonOptionCount = function nonOptionCount(argv) {
    const demandedCommands = yargs.getDemandedCommands();
    const positionalCount = argv._.length + (argv["--"] ? argv["--"].length : 0);
    const _s = positionalCount - yargs.getInternalMethods().getContext().commands.length;
    if (demandedCommands._ && (_s < demandedCommands._.min || _s > demandedCommands._.max)) {
      if (_s < demandedCommands._.min) {
        if (demandedCommands._.minMsg !== void 0) {
          usage2.fail(demandedCommands._.minMsg ? demandedCommands._.minMsg.replace(/\$0/g, _s.toString()).replace(/\$1/, demandedCommands._.min.toString()) : null);
        } else {
          usage2.fail(__n("Not enough non-option arguments: got %s, need at least %s", "Not enough non-option arguments: got %s, need at least %s", _s, _s.toString(), demandedCommands._.min.toString()));
        }
      } else if (_s > demandedCommands._.max) {
        if (demandedCommands._.maxMsg !== void 0) {
          usage2.fail(demandedCommands._.maxMsg ? demandedCommands._.maxMsg.replace(/\$0/g, _s.toString()).replace(/\$1/, demandedCommands._.max.toString()) : null);
        } else {
          usage2.fail(__n("Too many non-option arguments: got %s, maximum of %s", "Too many non-option arguments: got %s, maximum of %s", _s, _s.toString(), demandedCommands._.max.toString()));
        }
      }
    }
  };
  self.positionalCount = function positionalCount(required, observed) {
    if (observed < required) {
      usage2.fail(__n("Not enough non-option arguments: got %s, need at least %s", "Not enough non-option arguments: got %s, need at least %s", observed, observed + "", required + ""));
    }
  };
  self.requiredArguments = function requiredArguments(argv, demandedOptions) {
    let missing = null;
    for (const key of Object.keys(demandedOptions)) {
      if (!Object.prototype.hasOwnProperty.call(argv, key) || typeof argv[key] === "undefined") {
        missing = missing || {};
        missing[key] = demandedOptions[key];
      }
    }
    if (missing) {
      const customMsgs = [];
      for (const key of Object.keys(missing)) {
        const msg = missing[key];
        if (msg && customMsgs.indexOf(msg) < 0) {
          customMsgs.push(msg);
        }
      }
      const customMsg = customMsgs.length ? `
${customMsgs.join("\n")}` : "";
      usage2.fail(__n("Missing required argument: %s", "Missing required arguments: %s", Object.keys(missing).length, Object.keys(missing).join(", ") + customMsg));
    }
  };
  self.unknownArguments = function unknownArguments(argv, aliases, positionalMap, isDefaultCommand, checkPositionals = true) {
    var _a2;
    const commandKeys = yargs.getInternalMethods().getCommandInstance().getCommands();
    const unknown = [];
    const currentContext = yargs.getInternalMethods().getContext();
    Object.keys(argv).forEach((key) => {
      if (!specialKeys.includes(key) && !Object.prototype.hasOwnProperty.call(positionalMap, key) && !Object.prototype.hasOwnProperty.call(yargs.getInternalMethods().getParseContext(), key) && !self.isValidAndSomeAliasIsNotNew(key, aliases)) {
        unknown.push(key);
      }
    });
    if (checkPositionals && (currentContext.commands.length > 0 || commandKeys.length > 0 || isDefaultCommand)) {
      argv._.slice(currentContext.commands.length).forEach((key) => {
        if (!commandKeys.includes("" + key)) {
          unknown.push("" + key);
        }
      });
    }
    if (checkPositionals) {
      const demandedCommands = yargs.getDemandedCommands();
      const maxNonOptDemanded = ((_a2 = demandedCommands._) === null || _a2 === void 0 ? void 0 : _a2.max) || 0;
      const expected = currentContext.commands.length + maxNonOptDemanded;
      if (expected < argv._.length) {
        argv._.slice(expected).forEach((key) => {
          key = String(key);
          if (!currentContext.commands.includes(key) && !unknown.includes(key)) {
            unknown.push(key);
          }
        });
      }
    }
    if (unknown.length) {
      usage2.fail(__n("Unknown argument: %s", "Unknown arguments: %s", unknown.length, unknown.map((s) => s.trim() ? s : `"${s}"`).join(", ")));
    }
  };
  self.unknownCommands = function unknownCommands(argv) {
    const commandKeys = yargs.getInternalMethods().getCommandInstance().getCommands();
    const unknown = [];
    const currentContext = yargs.getInternalMethods().getContext();
    if (currentContext.commands.length > 0 || commandKeys.length > 0) {
      argv._.slice(currentContext.commands.length).forEach((key) => {
        if (!commandKeys.includes("" + key)) {
          unknown.push("" + key);
        }
      });
    }
    if (unknown.length > 0) {
      usage2.fail(__n("Unknown command: %s", "Unknown commands: %s", unknown.length, unknown.join(", ")));
      return true;
    } else {
      return false;
    }
  };
  self.isValidAndSomeAliasIsNotNew = function isValidAndSomeAliasIsNotNew(key, aliases) {
    if (!Object.prototype.hasOwnProperty.call(aliases, key)) {
      return false;
    }
    const newAliases = yargs.parsed.newAliases;
    return [key, ...aliases[key]].some((a) => !Object.prototype.hasOwnProperty.call(newAliases, a) || !newAliases[key]);
  };
  self.limitedChoices = function limitedChoices(argv) {
    const options = yargs.getOptions();
    const invalid = {};
    if (!Object.keys(options.choices).length)
      return;
    Object.keys(argv).forEach((key) => {
      if (specialKeys.indexOf(key) === -1 && Object.prototype.hasOwnProperty.call(options.choices, key)) {
        [].concat(argv[key]).forEach((value) => {
          if (options.choices[key].indexOf(value) === -1 && value !== void 0) {
            invalid[key] = (invalid[key] || []).concat(value);
          }
        });
      }
    });
    const invalidKeys = Object.keys(invalid);
    if (!invalidKeys.length)
      return;
    let msg = __("Invalid values:");
    invalidKeys.forEach((key) => {
      msg += `
  ${__("Argument: %s, Given: %s, Choices: %s", key, usage2.stringifiedValues(invalid[key]), usage2.stringifiedValues(options.choices[key]))}`;
    });
    usage2.fail(msg);
  };
  let implied = {};
  self.implies = function implies(key, value) {
    argsert("<string|object> [array|number|string]", [key, value], arguments.length);
    if (typeof key === "object") {
      Object.keys(key).forEach((k) => {
        self.implies(k, key[k]);
      });
    } else {
      yargs.global(key);
      if (!implied[key]) {
        implied[key] = [];
      }
      if (Array.isArray(value)) {
        value.forEach((i) => self.implies(key, i));
      } else {
        assertNotStrictEqual(value, void 0, shim3);
        implied[key].push(value);
      }
    }
  };
  self.getImplied = function getImplied() {
    return implied;
  };
  function keyExists(argv, val) {
    const num = Number(val);
    val = isNaN(num) ? val : num;
    if (typeof val === "number") {
      val = argv._.length >= val;
    } else if (val.match(/^--no-.+/)) {
      val = val.match(/^--no-(.+)/)[1];
      val = !Object.prototype.hasOwnProperty.call(argv, val);
    } else {
      val = Object.prototype.hasOwnProperty.call(argv, val);
    }
    return val;
  }
  self.implications = function implications(argv) {
    const implyFail = [];
    Object.keys(implied).forEach((key) => {
      const origKey = key;
      (implied[key] || []).forEach((value) => {
        let key2 = origKey;
        const origValue = value;
        key2 = keyExists(argv, key2);
        value = keyExists(argv, value);
        if (key2 && !value) {
          implyFail.push(` ${origKey} -> ${origValue}`);
        }
      });
    });
    if (implyFail.length) {
      let msg = `${__("Implications failed:")}
`;
      implyFail.forEach((value) => {
        msg += value;
      });
      usage2.fail(msg);
    }
  };
  let conflicting = {};
  self.conflicts = function conflicts(key, value) {
    argsert("<string|object> [array|string]", [key, value], arguments.length);
    if (typeof key === "object") {
      Object.keys(key).forEach((k) => {
        self.conflicts(k, key[k]);
      });
    } else {
      yargs.global(key);
      if (!conflicting[key]) {
        conflicting[key] = [];
      }
      if (Array.isArray(value)) {
        value.forEach((i) => self.conflicts(key, i));
      } else {
        conflicting[key].push(value);
      }
    }
  };
  self.getConflicting = () => conflicting;
  self.conflicting = function conflictingFn(argv) {
    Object.keys(argv).forEach((key) => {
      if (conflicting[key]) {
        conflicting[key].forEach((value) => {
          if (value && argv[key] !== void 0 && argv[value] !== void 0) {
            usage2.fail(__("Arguments %s and %s are mutually exclusive", key, value));
          }
        });
      }
    });
    if (yargs.getInternalMethods().getParserConfiguration()["strip-dashed"]) {
      Object.keys(conflicting).forEach((key) => {
        conflicting[key].forEach((value) => {
          if (value && argv[shim3.Parser.camelCase(key)] !== void 0 && argv[shim3.Parser.camelCase(value)] !== void 0) {
            usage2.fail(__("Arguments %s and %s are mutually exclusive", key, value));
          }
        });
      });
    }
  };
  self.recommendCommands = function recommendCommands(cmd, potentialCommands) {
    const threshold = 3;
    potentialCommands = potentialCommands.sort((a, b) => b.length - a.length);
    let recommended = null;
    let bestDistance = Infinity;
    for (let i = 0, candidate; (candidate = potentialCommands[i]) !== void 0; i++) {
      const d = levenshtein(cmd, candidate);
      if (d <= threshold && d < bestDistance) {
        bestDistance = d;
        recommended = candidate;
      }
    }
    if (recommended)
      usage2.fail(__("Did you mean %s?", recommended));
  };
  self.reset = function reset(localLookup) {
    implied = objFilter(implied, (k) => !localLookup[k]);
    conflicting = objFilter(conflicting, (k) => !localLookup[k]);
    return self;
  };
  const frozens = [];
  self.freeze = function freeze() {
    frozens.push({
      implied,
      conflicting
    });
  };
  self.unfreeze = function unfreeze() {
    const frozen = frozens.pop();
    assertNotStrictEqual(frozen, void 0, shim3);
    ({ implied, conflicting } = frozen);
  };
  return self;
}
var specialKeys;
var init_validation = __esm({
  "node_modules/yargs/build/lib/validation.js"() {
    init_argsert();
    init_common_types();
    init_levenshtein();
    init_obj_filter();
    specialKeys = ["$0", "--", "_"];
  }
});

// node_modules/yargs/build/lib/utils/apply-extends.js
function applyExtends(config, cwd, mergeExtends, _shim) {
  shim2 = _shim;
  let defaultConfig = {};
  if (Object.prototype.hasOwnProperty.call(config, "extends")) {
    if (typeof config.extends !== "string")
      return defaultConfig;
    const isPath2 = /\.json|\..*rc$/.test(config.extends);
    let pathToDefault = null;
    if (!isPath2) {
      try {
        pathToDefault = import.meta.resolve(config.extends);
      } catch (_err) {
        return config;
      }
    } else {
      pathToDefault = getPathToDefaultConfig(cwd, config.extends);
    }
    checkForCircularExtends(pathToDefault);
    previouslyVisitedConfigs.push(pathToDefault);
    defaultConfig = isPath2 ? JSON.parse(shim2.readFileSync(pathToDefault, "utf8")) : _shim.require(config.extends);
    delete config.extends;
    defaultConfig = applyExtends(defaultConfig, shim2.path.dirname(pathToDefault), mergeExtends, shim2);
  }
  previouslyVisitedConfigs = [];
  return mergeExtends ? mergeDeep(defaultConfig, config) : Object.assign({}, defaultConfig, config);
}
function checkForCircularExtends(cfgPath) {
  if (previouslyVisitedConfigs.indexOf(cfgPath) > -1) {
    throw new YError(`Circular extended configurations: '${cfgPath}'.`);
  }
}
function getPathToDefaultConfig(cwd, pathToExtend) {
  return shim2.path.resolve(cwd, pathToExtend);
}
function mergeDeep(config1, config2) {
  const target = {};
  function isObject(obj) {
    return obj && typeof obj === "object" && !Array.isArray(obj);
  }
  Object.assign(target, config1);
  for (const key of Object.keys(config2)) {
    if (key === "__proto__")
      continue;
    if (isObject(config2[key]) && isObject(target[key])) {
      target[key] = mergeDeep(config1[key], config2[key]);
    } else {
      target[key] = config2[key];
    }
  }
  return target;
}
var previouslyVisitedConfigs, shim2;
var init_apply_extends = __esm({
  "node_modules/yargs/build/lib/utils/apply-extends.js"() {
    init_yerror();
    previouslyVisitedConfigs = [];
  }
});

// node_modules/yargs/build/lib/yargs-factory.js
function YargsFactory(_shim) {
  return (processArgs = [], cwd = _shim.process.cwd(), parentRequire) => {
    const yargs = new YargsInstance(processArgs, cwd, parentRequire, _shim);
    Object.defineProperty(yargs, "argv", {
      get: () => {
        return yargs.parse();
      },
      enumerable: true
    });
    yargs.help();
    yargs.version();
    return yargs;
  };
}
function isYargsInstance(y) {
  return !!y && typeof y.getInternalMethods === "function";
}
var __classPrivateFieldSet, __classPrivateFieldGet, _YargsInstance_command, _YargsInstance_cwd, _YargsInstance_context, _YargsInstance_completion, _YargsInstance_completionCommand, _YargsInstance_defaultShowHiddenOpt, _YargsInstance_exitError, _YargsInstance_detectLocale, _YargsInstance_emittedWarnings, _YargsInstance_exitProcess, _YargsInstance_frozens, _YargsInstance_globalMiddleware, _YargsInstance_groups, _YargsInstance_hasOutput, _YargsInstance_helpOpt, _YargsInstance_isGlobalContext, _YargsInstance_logger, _YargsInstance_output, _YargsInstance_options, _YargsInstance_parentRequire, _YargsInstance_parserConfig, _YargsInstance_parseFn, _YargsInstance_parseContext, _YargsInstance_pkgs, _YargsInstance_preservedGroups, _YargsInstance_processArgs, _YargsInstance_recommendCommands, _YargsInstance_shim, _YargsInstance_strict, _YargsInstance_strictCommands, _YargsInstance_strictOptions, _YargsInstance_usage, _YargsInstance_usageConfig, _YargsInstance_versionOpt, _YargsInstance_validation, kCopyDoubleDash, kCreateLogger, kDeleteFromParserHintObject, kEmitWarning, kFreeze, kGetDollarZero, kGetParserConfiguration, kGetUsageConfiguration, kGuessLocale, kGuessVersion, kParsePositionalNumbers, kPkgUp, kPopulateParserHintArray, kPopulateParserHintSingleValueDictionary, kPopulateParserHintArrayDictionary, kPopulateParserHintDictionary, kSanitizeKey, kSetKey, kUnfreeze, kValidateAsync, kGetCommandInstance, kGetContext, kGetHasOutput, kGetLoggerInstance, kGetParseContext, kGetUsageInstance, kGetValidationInstance, kHasParseCallback, kIsGlobalContext, kPostProcess, kRebase, kReset, kRunYargsParserAndExecuteCommands, kRunValidation, kSetHasOutput, kTrackManuallySetKeys, DEFAULT_LOCALE, YargsInstance;
var init_yargs_factory = __esm({
  "node_modules/yargs/build/lib/yargs-factory.js"() {
    init_command();
    init_common_types();
    init_yerror();
    init_usage();
    init_argsert();
    init_completion2();
    init_validation();
    init_obj_filter();
    init_apply_extends();
    init_middleware();
    init_is_promise();
    init_maybe_async_result();
    init_set_blocking();
    __classPrivateFieldSet = function(receiver, state, value, kind, f) {
      if (kind === "m") throw new TypeError("Private method is not writable");
      if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
      if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
      return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
    };
    __classPrivateFieldGet = function(receiver, state, kind, f) {
      if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
      if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
      return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
    };
    kCopyDoubleDash = Symbol("copyDoubleDash");
    kCreateLogger = Symbol("copyDoubleDash");
    kDeleteFromParserHintObject = Symbol("deleteFromParserHintObject");
    kEmitWarning = Symbol("emitWarning");
    kFreeze = Symbol("freeze");
    kGetDollarZero = Symbol("getDollarZero");
    kGetParserConfiguration = Symbol("getParserConfiguration");
    kGetUsageConfiguration = Symbol("getUsageConfiguration");
    kGuessLocale = Symbol("guessLocale");
    kGuessVersion = Symbol("guessVersion");
    kParsePositionalNumbers = Symbol("parsePositionalNumbers");
    kPkgUp = Symbol("pkgUp");
    kPopulateParserHintArray = Symbol("populateParserHintArray");
    kPopulateParserHintSingleValueDictionary = Symbol("populateParserHintSingleValueDictionary");
    kPopulateParserHintArrayDictionary = Symbol("populateParserHintArrayDictionary");
    kPopulateParserHintDictionary = Symbol("populateParserHintDictionary");
    kSanitizeKey = Symbol("sanitizeKey");
    kSetKey = Symbol("setKey");
    kUnfreeze = Symbol("unfreeze");
    kValidateAsync = Symbol("validateAsync");
    kGetCommandInstance = Symbol("getCommandInstance");
    kGetContext = Symbol("getContext");
    kGetHasOutput = Symbol("getHasOutput");
    kGetLoggerInstance = Symbol("getLoggerInstance");
    kGetParseContext = Symbol("getParseContext");
    kGetUsageInstance = Symbol("getUsageInstance");
    kGetValidationInstance = Symbol("getValidationInstance");
    kHasParseCallback = Symbol("hasParseCallback");
    kIsGlobalContext = Symbol("isGlobalContext");
    kPostProcess = Symbol("postProcess");
    kRebase = Symbol("rebase");
    kReset = Symbol("reset");
    kRunYargsParserAndExecuteCommands = Symbol("runYargsParserAndExecuteCommands");
    kRunValidation = Symbol("runValidation");
    kSetHasOutput = Symbol("setHasOutput");
    kTrackManuallySetKeys = Symbol("kTrackManuallySetKeys");
    DEFAULT_LOCALE = "en_US";
    YargsInstance = class {
      constructor(processArgs = [], cwd, parentRequire, shim3) {
        this.customScriptName = false;
        this.parsed = false;
        _YargsInstance_command.set(this, void 0);
        _YargsInstance_cwd.set(this, void 0);
        _YargsInstance_context.set(this, { commands: [], fullCommands: [] });
        _YargsInstance_completion.set(this, null);
        _YargsInstance_completionCommand.set(this, null);
        _YargsInstance_defaultShowHiddenOpt.set(this, "show-hidden");
        _YargsInstance_exitError.set(this, null);
        _YargsInstance_detectLocale.set(this, true);
        _YargsInstance_emittedWarnings.set(this, {});
        _YargsInstance_exitProcess.set(this, true);
        _YargsInstance_frozens.set(this, []);
        _YargsInstance_globalMiddleware.set(this, void 0);
        _YargsInstance_groups.set(this, {});
        _YargsInstance_hasOutput.set(this, false);
        _YargsInstance_helpOpt.set(this, null);
        _YargsInstance_isGlobalContext.set(this, true);
        _YargsInstance_logger.set(this, void 0);
        _YargsInstance_output.set(this, "");
        _YargsInstance_options.set(this, void 0);
        _YargsInstance_parentRequire.set(this, void 0);
        _YargsInstance_parserConfig.set(this, {});
        _YargsInstance_parseFn.set(this, null);
        _YargsInstance_parseContext.set(this, null);
        _YargsInstance_pkgs.set(this, {});
        _YargsInstance_preservedGroups.set(this, {});
        _YargsInstance_processArgs.set(this, void 0);
        _YargsInstance_recommendCommands.set(this, false);
        _YargsInstance_shim.set(this, void 0);
        _YargsInstance_strict.set(this, false);
        _YargsInstance_strictCommands.set(this, false);
        _YargsInstance_strictOptions.set(this, false);
        _YargsInstance_usage.set(this, void 0);
        _YargsInstance_usageConfig.set(this, {});
        _YargsInstance_versionOpt.set(this, null);
        _YargsInstance_validation.set(this, void 0);
        __classPrivateFieldSet(this, _YargsInstance_shim, shim3, "f");
        __classPrivateFieldSet(this, _YargsInstance_processArgs, processArgs, "f");
        __classPrivateFieldSet(this, _YargsInstance_cwd, cwd, "f");
        __classPrivateFieldSet(this, _YargsInstance_parentRequire, parentRequire, "f");
        __classPrivateFieldSet(this, _YargsInstance_globalMiddleware, new GlobalMiddleware(this), "f");
        this.$0 = this[kGetDollarZero]();
        this[kReset]();
        __classPrivateFieldSet(this, _YargsInstance_command, __classPrivateFieldGet(this, _YargsInstance_command, "f"), "f");
        __classPrivateFieldSet(this, _YargsInstance_usage, __classPrivateFieldGet(this, _YargsInstance_usage, "f"), "f");
        __classPrivateFieldSet(this, _YargsInstance_validation, __classPrivateFieldGet(this, _YargsInstance_validation, "f"), "f");
        __classPrivateFieldSet(this, _YargsInstance_options, __classPrivateFieldGet(this, _YargsInstance_options, "f"), "f");
        __classPrivateFieldGet(this, _YargsInstance_options, "f").showHiddenOpt = __classPrivateFieldGet(this, _YargsInstance_defaultShowHiddenOpt, "f");
        __classPrivateFieldSet(this, _YargsInstance_logger, this[kCreateLogger](), "f");
        __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.setLocale(DEFAULT_LOCALE);
      }
      addHelpOpt(opt, msg) {
        const defaultHelpOpt = "help";
        argsert("[string|boolean] [string]", [opt, msg], arguments.length);
        if (__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")) {
          this[kDeleteFromParserHintObject](__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f"));
          __classPrivateFieldSet(this, _YargsInstance_helpOpt, null, "f");
        }
        if (opt === false && msg === void 0)
          return this;
        __classPrivateFieldSet(this, _YargsInstance_helpOpt, typeof opt === "string" ? opt : defaultHelpOpt, "f");
        this.boolean(__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f"));
        this.describe(__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f"), msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Show help"));
        return this;
      }
      help(opt, msg) {
        return this.addHelpOpt(opt, msg);
      }
      addShowHiddenOpt(opt, msg) {
        argsert("[string|boolean] [string]", [opt, msg], arguments.length);
        if (opt === false && msg === void 0)
          return this;
        const showHiddenOpt = typeof opt === "string" ? opt : __classPrivateFieldGet(this, _YargsInstance_defaultShowHiddenOpt, "f");
        this.boolean(showHiddenOpt);
        this.describe(showHiddenOpt, msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Show hidden options"));
        __classPrivateFieldGet(this, _YargsInstance_options, "f").showHiddenOpt = showHiddenOpt;
        return this;
      }
      showHidden(opt, msg) {
        return this.addShowHiddenOpt(opt, msg);
      }
      alias(key, value) {
        argsert("<object|string|array> [string|array]", [key, value], arguments.length);
        this[kPopulateParserHintArrayDictionary](this.alias.bind(this), "alias", key, value);
        return this;
      }
      array(keys) {
        argsert("<array|string>", [keys], arguments.length);
        this[kPopulateParserHintArray]("array", keys);
        this[kTrackManuallySetKeys](keys);
        return this;
      }
      boolean(keys) {
        argsert("<array|string>", [keys], arguments.length);
        this[kPopulateParserHintArray]("boolean", keys);
        this[kTrackManuallySetKeys](keys);
        return this;
      }
      check(f, global) {
        argsert("<function> [boolean]", [f, global], arguments.length);
        this.middleware((argv, _yargs) => {
          return maybeAsyncResult(() => {
            return f(argv, _yargs.getOptions());
          }, (result) => {
            if (!result) {
              __classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(__classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.__("Argument check failed: %s", f.toString()));
            } else if (typeof result === "string" || result instanceof Error) {
              __classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(result.toString(), result);
            }
            return argv;
          }, (err) => {
            __classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(err.message ? err.message : err.toString(), err);
            return argv;
          });
        }, false, global);
        return this;
      }
      choices(key, value) {
        argsert("<object|string|array> [string|array]", [key, value], arguments.length);
        this[kPopulateParserHintArrayDictionary](this.choices.bind(this), "choices", key, value);
        return this;
      }
      coerce(keys, value) {
        argsert("<object|string|array> [function]", [keys, value], arguments.length);
        if (Array.isArray(keys)) {
          if (!value) {
            throw new YError("coerce callback must be provided");
          }
          for (const key of keys) {
            this.coerce(key, value);
          }
          return this;
        } else if (typeof keys === "object") {
          for (const key of Object.keys(keys)) {
            this.coerce(key, keys[key]);
          }
          return this;
        }
        if (!value) {
          throw new YError("coerce callback must be provided");
        }
        const coerceKey = keys;
        __classPrivateFieldGet(this, _YargsInstance_options, "f").key[coerceKey] = true;
        __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").addCoerceMiddleware((argv, yargs) => {
          var _a2;
          const coerceKeyAliases = (_a2 = yargs.getAliases()[coerceKey]) !== null && _a2 !== void 0 ? _a2 : [];
          const argvKeys = [coerceKey, ...coerceKeyAliases].filter((key) => Object.prototype.hasOwnProperty.call(argv, key));
          if (argvKeys.length === 0) {
            return argv;
          }
          return maybeAsyncResult(() => {
            return value(argv[argvKeys[0]]);
          }, (result) => {
            argvKeys.forEach((key) => {
              argv[key] = result;
            });
            return argv;
          }, (err) => {
            throw new YError(err.message);
          });
        }, coerceKey);
        return this;
      }
      conflicts(key1, key2) {
        argsert("<string|object> [string|array]", [key1, key2], arguments.length);
        __classPrivateFieldGet(this, _YargsInstance_validation, "f").conflicts(key1, key2);
        return this;
      }
      config(key = "config", msg, parseFn) {
        argsert("[object|string] [string|function] [function]", [key, msg, parseFn], arguments.length);
        if (typeof key === "object" && !Array.isArray(key)) {
          key = applyExtends(key, __classPrivateFieldGet(this, _YargsInstance_cwd, "f"), this[kGetParserConfiguration]()["deep-merge-config"] || false, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
          __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects = (__classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects || []).concat(key);
          return this;
        }
        if (typeof msg === "function") {
          parseFn = msg;
          msg = void 0;
        }
        this.describe(key, msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Path to JSON config file"));
        (Array.isArray(key) ? key : [key]).forEach((k) => {
          __classPrivateFieldGet(this, _YargsInstance_options, "f").config[k] = parseFn || true;
        });
        return this;
      }
      completion(cmd, desc, fn) {
        argsert("[string] [string|boolean|function] [function]", [cmd, desc, fn], arguments.length);
        if (typeof desc === "function") {
          fn = desc;
          desc = void 0;
        }
        __classPrivateFieldSet(this, _YargsInstance_completionCommand, cmd || __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f") || "completion", "f");
        if (!desc && desc !== false) {
          desc = "generate completion script";
        }
        this.command(__classPrivateFieldGet(this, _YargsInstance_completionCommand, "f"), desc);
        if (fn)
          __classPrivateFieldGet(this, _YargsInstance_completion, "f").registerFunction(fn);
        return this;
      }
      command(cmd, description, builder, handler, middlewares, deprecated) {
        argsert("<string|array|object> [string|boolean] [function|object] [function] [array] [boolean|string]", [cmd, description, builder, handler, middlewares, deprecated], arguments.length);
        __classPrivateFieldGet(this, _YargsInstance_command, "f").addHandler(cmd, description, builder, handler, middlewares, deprecated);
        return this;
      }
      commands(cmd, description, builder, handler, middlewares, deprecated) {
        return this.command(cmd, description, builder, handler, middlewares, deprecated);
      }
      commandDir(dir, opts) {
        argsert("<string> [object]", [dir, opts], arguments.length);
        const req = __classPrivateFieldGet(this, _YargsInstance_parentRequire, "f") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").require;
        __classPrivateFieldGet(this, _YargsInstance_command, "f").addDirectory(dir, req, __classPrivateFieldGet(this, _YargsInstance_shim, "f").getCallerFile(), opts);
        return this;
      }
      count(keys) {
        argsert("<array|string>", [keys], arguments.length);
        this[kPopulateParserHintArray]("count", keys);
        this[kTrackManuallySetKeys](keys);
        return this;
      }
      default(key, value, defaultDescription) {
        argsert("<object|string|array> [*] [string]", [key, value, defaultDescription], arguments.length);
        if (defaultDescription) {
          assertSingleKey(key, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
          __classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key] = defaultDescription;
        }
        if (typeof value === "function") {
          assertSingleKey(key, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
          if (!__classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key])
            __classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key] = __classPrivateFieldGet(this, _YargsInstance_usage, "f").functionDescription(value);
          value = value.call();
        }
        this[kPopulateParserHintSingleValueDictionary](this.default.bind(this), "default", key, value);
        return this;
      }
      defaults(key, value, defaultDescription) {
        return this.default(key, value, defaultDescription);
      }
      demandCommand(min = 1, max, minMsg, maxMsg) {
        argsert("[number] [number|string] [string|null|undefined] [string|null|undefined]", [min, max, minMsg, maxMsg], arguments.length);
        if (typeof max !== "number") {
          minMsg = max;
          max = Infinity;
        }
        this.global("_", false);
        __classPrivateFieldGet(this, _YargsInstance_options, "f").demandedCommands._ = {
          min,
          max,
          minMsg,
          maxMsg
        };
        return this;
      }
      demand(keys, max, msg) {
        if (Array.isArray(max)) {
          max.forEach((key) => {
            assertNotStrictEqual(msg, true, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
            this.demandOption(key, msg);
          });
          max = Infinity;
        } else if (typeof max !== "number") {
          msg = max;
          max = Infinity;
        }
        if (typeof keys === "number") {
          assertNotStrictEqual(msg, true, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
          this.demandCommand(keys, max, msg, msg);
        } else if (Array.isArray(keys)) {
          keys.forEach((key) => {
            assertNotStrictEqual(msg, true, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
            this.demandOption(key, msg);
          });
        } else {
          if (typeof msg === "string") {
            this.demandOption(keys, msg);
          } else if (msg === true || typeof msg === "undefined") {
            this.demandOption(keys);
          }
        }
        return this;
      }
      demandOption(keys, msg) {
        argsert("<object|string|array> [string]", [keys, msg], arguments.length);
        this[kPopulateParserHintSingleValueDictionary](this.demandOption.bind(this), "demandedOptions", keys, msg);
        return this;
      }
      deprecateOption(option, message) {
        argsert("<string> [string|boolean]", [option, message], arguments.length);
        __classPrivateFieldGet(this, _YargsInstance_options, "f").deprecatedOptions[option] = message;
        return this;
      }
      describe(keys, description) {
        argsert("<object|string|array> [string]", [keys, description], arguments.length);
        this[kSetKey](keys, true);
        __classPrivateFieldGet(this, _YargsInstance_usage, "f").describe(keys, description);
        return this;
      }
      detectLocale(detect) {
        argsert("<boolean>", [detect], arguments.length);
        __classPrivateFieldSet(this, _YargsInstance_detectLocale, detect, "f");
        return this;
      }
      env(prefix) {
        argsert("[string|boolean]", [prefix], arguments.length);
        if (prefix === false)
          delete __classPrivateFieldGet(this, _YargsInstance_options, "f").envPrefix;
        else
          __classPrivateFieldGet(this, _YargsInstance_options, "f").envPrefix = prefix || "";
        return this;
      }
      epilogue(msg) {
        argsert("<string>", [msg], arguments.length);
        __classPrivateFieldGet(this, _YargsInstance_usage, "f").epilog(msg);
        return this;
      }
      epilog(msg) {
        return this.epilogue(msg);
      }
      example(cmd, description) {
        argsert("<string|array> [string]", [cmd, description], arguments.length);
        if (Array.isArray(cmd)) {
          cmd.forEach((exampleParams) => this.example(...exampleParams));
        } else {
          __classPrivateFieldGet(this, _YargsInstance_usage, "f").example(cmd, description);
        }
        return this;
      }
      exit(code, err) {
        __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
        __classPrivateFieldSet(this, _YargsInstance_exitError, err, "f");
        if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"))
          __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.exit(code);
      }
      exitProcess(enabled = true) {
        argsert("[boolean]", [enabled], arguments.length);
        __classPrivateFieldSet(this, _YargsInstance_exitProcess, enabled, "f");
        return this;
      }
      fail(f) {
        argsert("<function|boolean>", [f], arguments.length);
        if (typeof f === "boolean" && f !== false) {
          throw new YError("Invalid first argument. Expected function or boolean 'false'");
        }
        __classPrivateFieldGet(this, _YargsInstance_usage, "f").failFn(f);
        return this;
      }
      getAliases() {
        return this.parsed ? this.parsed.aliases : {};
      }
      async getCompletion(args, done) {
        argsert("<array> [function]", [args, done], arguments.length);
        if (!done) {
          return new Promise((resolve15, reject) => {
            __classPrivateFieldGet(this, _YargsInstance_completion, "f").getCompletion(args, (err, completions) => {
              if (err)
                reject(err);
              else
                resolve15(completions);
            });
          });
        } else {
          return __classPrivateFieldGet(this, _YargsInstance_completion, "f").getCompletion(args, done);
        }
      }
      getDemandedOptions() {
        argsert([], 0);
        return __classPrivateFieldGet(this, _YargsInstance_options, "f").demandedOptions;
      }
      getDemandedCommands() {
        argsert([], 0);
        return __classPrivateFieldGet(this, _YargsInstance_options, "f").demandedCommands;
      }
      getDeprecatedOptions() {
        argsert([], 0);
        return __classPrivateFieldGet(this, _YargsInstance_options, "f").deprecatedOptions;
      }
      getDetectLocale() {
        return __classPrivateFieldGet(this, _YargsInstance_detectLocale, "f");
      }
      getExitProcess() {
        return __classPrivateFieldGet(this, _YargsInstance_exitProcess, "f");
      }
      getGroups() {
        return Object.assign({}, __classPrivateFieldGet(this, _YargsInstance_groups, "f"), __classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f"));
      }
      getHelp() {
        __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
        if (!__classPrivateFieldGet(this, _YargsInstance_usage, "f").hasCachedHelpMessage()) {
          if (!this.parsed) {
            const parse2 = this[kRunYargsParserAndExecuteCommands](__classPrivateFieldGet(this, _YargsInstance_processArgs, "f"), void 0, void 0, 0, true);
            if (isPromise(parse2)) {
              return parse2.then(() => {
                return __classPrivateFieldGet(this, _YargsInstance_usage, "f").help();
              });
            }
          }
          const builderResponse = __classPrivateFieldGet(this, _YargsInstance_command, "f").runDefaultBuilderOn(this);
          if (isPromise(builderResponse)) {
            return builderResponse.then(() => {
              return __classPrivateFieldGet(this, _YargsInstance_usage, "f").help();
            });
          }
        }
        return Promise.resolve(__classPrivateFieldGet(this, _YargsInstance_usage, "f").help());
      }
      getOptions() {
        return __classPrivateFieldGet(this, _YargsInstance_options, "f");
      }
      getStrict() {
        return __classPrivateFieldGet(this, _YargsInstance_strict, "f");
      }
      getStrictCommands() {
        return __classPrivateFieldGet(this, _YargsInstance_strictCommands, "f");
      }
      getStrictOptions() {
        return __classPrivateFieldGet(this, _YargsInstance_strictOptions, "f");
      }
      global(globals, global) {
        argsert("<string|array> [boolean]", [globals, global], arguments.length);
        globals = [].concat(globals);
        if (global !== false) {
          __classPrivateFieldGet(this, _YargsInstance_options, "f").local = __classPrivateFieldGet(this, _YargsInstance_options, "f").local.filter((l) => globals.indexOf(l) === -1);
        } else {
          globals.forEach((g) => {
            if (!__classPrivateFieldGet(this, _YargsInstance_options, "f").local.includes(g))
              __classPrivateFieldGet(this, _YargsInstance_options, "f").local.push(g);
          });
        }
        return this;
      }
      group(opts, groupName) {
        argsert("<string|array> <string>", [opts, groupName], arguments.length);
        const existing = __classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f")[groupName] || __classPrivateFieldGet(this, _YargsInstance_groups, "f")[groupName];
        if (__classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f")[groupName]) {
          delete __classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f")[groupName];
        }
        const seen = {};
        __classPrivateFieldGet(this, _YargsInstance_groups, "f")[groupName] = (existing || []).concat(opts).filter((key) => {
          if (seen[key])
            return false;
          return seen[key] = true;
        });
        return this;
      }
      hide(key) {
        argsert("<string>", [key], arguments.length);
        __classPrivateFieldGet(this, _YargsInstance_options, "f").hiddenOptions.push(key);
        return this;
      }
      implies(key, value) {
        argsert("<string|object> [number|string|array]", [key, value], arguments.length);
        __classPrivateFieldGet(this, _YargsInstance_validation, "f").implies(key, value);
        return this;
      }
      locale(locale) {
        argsert("[string]", [locale], arguments.length);
        if (locale === void 0) {
          this[kGuessLocale]();
          return __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.getLocale();
        }
        __classPrivateFieldSet(this, _YargsInstance_detectLocale, false, "f");
        __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.setLocale(locale);
        return this;
      }
      middleware(callback, applyBeforeValidation, global) {
        return __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").addMiddleware(callback, !!applyBeforeValidation, global);
      }
      nargs(key, value) {
        argsert("<string|object|array> [number]", [key, value], arguments.length);
        this[kPopulateParserHintSingleValueDictionary](this.nargs.bind(this), "narg", key, value);
        return this;
      }
      normalize(keys) {
        argsert("<array|string>", [keys], arguments.length);
        this[kPopulateParserHintArray]("normalize", keys);
        return this;
      }
      number(keys) {
        argsert("<array|string>", [keys], arguments.length);
        this[kPopulateParserHintArray]("number", keys);
        this[kTrackManuallySetKeys](keys);
        return this;
      }
      option(key, opt) {
        argsert("<string|object> [object]", [key, opt], arguments.length);
        if (typeof key === "object") {
          Object.keys(key).forEach((k) => {
            this.options(k, key[k]);
          });
        } else {
          if (typeof opt !== "object") {
            opt = {};
          }
          this[kTrackManuallySetKeys](key);
          if (__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f") && (key === "version" || (opt === null || opt === void 0 ? void 0 : opt.alias) === "version")) {
            this[kEmitWarning]([
              '"version" is a reserved word.',
              "Please do one of the following:",
              '- Disable version with `yargs.version(false)` if using "version" as an option',
              "- Use the built-in `yargs.version` method instead (if applicable)",
              "- Use a different option key",
              "https://yargs.js.org/docs/#api-reference-version"
            ].join("\n"), void 0, "versionWarning");
          }
          __classPrivateFieldGet(this, _YargsInstance_options, "f").key[key] = true;
          if (opt.alias)
            this.alias(key, opt.alias);
          const deprecate = opt.deprecate || opt.deprecated;
          if (deprecate) {
            this.deprecateOption(key, deprecate);
          }
          const demand = opt.demand || opt.required || opt.require;
          if (demand) {
            this.demand(key, demand);
          }
          if (opt.demandOption) {
            this.demandOption(key, typeof opt.demandOption === "string" ? opt.demandOption : void 0);
          }
          if (opt.conflicts) {
            this.conflicts(key, opt.conflicts);
          }
          if ("default" in opt) {
            this.default(key, opt.default);
          }
          if (opt.implies !== void 0) {
            this.implies(key, opt.implies);
          }
          if (opt.nargs !== void 0) {
            this.nargs(key, opt.nargs);
          }
          if (opt.config) {
            this.config(key, opt.configParser);
          }
          if (opt.normalize) {
            this.normalize(key);
          }
          if (opt.choices) {
            this.choices(key, opt.choices);
          }
          if (opt.coerce) {
            this.coerce(key, opt.coerce);
          }
          if (opt.group) {
            this.group(key, opt.group);
          }
          if (opt.boolean || opt.type === "boolean") {
            this.boolean(key);
            if (opt.alias)
              this.boolean(opt.alias);
          }
          if (opt.array || opt.type === "array") {
            this.array(key);
            if (opt.alias)
              this.array(opt.alias);
          }
          if (opt.number || opt.type === "number") {
            this.number(key);
            if (opt.alias)
              this.number(opt.alias);
          }
          if (opt.string || opt.type === "string") {
            this.string(key);
            if (opt.alias)
              this.string(opt.alias);
          }
          if (opt.count || opt.type === "count") {
            this.count(key);
          }
          if (typeof opt.global === "boolean") {
            this.global(key, opt.global);
          }
          if (opt.defaultDescription) {
            __classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key] = opt.defaultDescription;
          }
          if (opt.skipValidation) {
            this.skipValidation(key);
          }
          const desc = opt.describe || opt.description || opt.desc;
          const descriptions = __classPrivateFieldGet(this, _YargsInstance_usage, "f").getDescriptions();
          if (!Object.prototype.hasOwnProperty.call(descriptions, key) || typeof desc === "string") {
            this.describe(key, desc);
          }
          if (opt.hidden) {
            this.hide(key);
          }
          if (opt.requiresArg) {
            this.requiresArg(key);
          }
        }
        return this;
      }
      options(key, opt) {
        return this.option(key, opt);
      }
      parse(args, shortCircuit, _parseFn) {
        argsert("[string|array] [function|boolean|object] [function]", [args, shortCircuit, _parseFn], arguments.length);
        this[kFreeze]();
        if (typeof args === "undefined") {
          args = __classPrivateFieldGet(this, _YargsInstance_processArgs, "f");
        }
        if (typeof shortCircuit === "object") {
          __classPrivateFieldSet(this, _YargsInstance_parseContext, shortCircuit, "f");
          shortCircuit = _parseFn;
        }
        if (typeof shortCircuit === "function") {
          __classPrivateFieldSet(this, _YargsInstance_parseFn, shortCircuit, "f");
          shortCircuit = false;
        }
        if (!shortCircuit)
          __classPrivateFieldSet(this, _YargsInstance_processArgs, args, "f");
        if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f"))
          __classPrivateFieldSet(this, _YargsInstance_exitProcess, false, "f");
        const parsed = this[kRunYargsParserAndExecuteCommands](args, !!shortCircuit);
        const tmpParsed = this.parsed;
        __classPrivateFieldGet(this, _YargsInstance_completion, "f").setParsed(this.parsed);
        if (isPromise(parsed)) {
          return parsed.then((argv) => {
            if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f"))
              __classPrivateFieldGet(this, _YargsInstance_parseFn, "f").call(this, __classPrivateFieldGet(this, _YargsInstance_exitError, "f"), argv, __classPrivateFieldGet(this, _YargsInstance_output, "f"));
            return argv;
          }).catch((err) => {
            if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f")) {
              __classPrivateFieldGet(this, _YargsInstance_parseFn, "f")(err, this.parsed.argv, __classPrivateFieldGet(this, _YargsInstance_output, "f"));
            }
            throw err;
          }).finally(() => {
            this[kUnfreeze]();
            this.parsed = tmpParsed;
          });
        } else {
          if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f"))
            __classPrivateFieldGet(this, _YargsInstance_parseFn, "f").call(this, __classPrivateFieldGet(this, _YargsInstance_exitError, "f"), parsed, __classPrivateFieldGet(this, _YargsInstance_output, "f"));
          this[kUnfreeze]();
          this.parsed = tmpParsed;
        }
        return parsed;
      }
      parseAsync(args, shortCircuit, _parseFn) {
        const maybePromise = this.parse(args, shortCircuit, _parseFn);
        return !isPromise(maybePromise) ? Promise.resolve(maybePromise) : maybePromise;
      }
      parseSync(args, shortCircuit, _parseFn) {
        const maybePromise = this.parse(args, shortCircuit, _parseFn);
        if (isPromise(maybePromise)) {
          throw new YError(".parseSync() must not be used with asynchronous builders, handlers, or middleware");
        }
        return maybePromise;
      }
      parserConfiguration(config) {
        argsert("<object>", [config], arguments.length);
        __classPrivateFieldSet(this, _YargsInstance_parserConfig, config, "f");
        return this;
      }
      pkgConf(key, rootPath) {
        argsert("<string> [string]", [key, rootPath], arguments.length);
        let conf = null;
        const obj = this[kPkgUp](rootPath || __classPrivateFieldGet(this, _YargsInstance_cwd, "f"));
        if (obj[key] && typeof obj[key] === "object") {
          conf = applyExtends(obj[key], rootPath || __classPrivateFieldGet(this, _YargsInstance_cwd, "f"), this[kGetParserConfiguration]()["deep-merge-config"] || false, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
          __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects = (__classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects || []).concat(conf);
        }
        return this;
      }
      positional(key, opts) {
        argsert("<string> <object>", [key, opts], arguments.length);
        const supportedOpts = [
          "default",
          "defaultDescription",
          "implies",
          "normalize",
          "choices",
          "conflicts",
          "coerce",
          "type",
          "describe",
          "desc",
          "description",
          "alias"
        ];
        opts = objFilter(opts, (k, v) => {
          if (k === "type" && !["string", "number", "boolean"].includes(v))
            return false;
          return supportedOpts.includes(k);
        });
        const fullCommand = __classPrivateFieldGet(this, _YargsInstance_context, "f").fullCommands[__classPrivateFieldGet(this, _YargsInstance_context, "f").fullCommands.length - 1];
        const parseOptions = fullCommand ? __classPrivateFieldGet(this, _YargsInstance_command, "f").cmdToParseOptions(fullCommand) : {
          array: [],
          alias: {},
          default: {},
          demand: {}
        };
        objectKeys(parseOptions).forEach((pk) => {
          const parseOption = parseOptions[pk];
          if (Array.isArray(parseOption)) {
            if (parseOption.indexOf(key) !== -1)
              opts[pk] = true;
          } else {
            if (parseOption[key] && !(pk in opts))
              opts[pk] = parseOption[key];
          }
        });
        this.group(key, __classPrivateFieldGet(this, _YargsInstance_usage, "f").getPositionalGroupName());
        return this.option(key, opts);
      }
      recommendCommands(recommend = true) {
        argsert("[boolean]", [recommend], arguments.length);
        __classPrivateFieldSet(this, _YargsInstance_recommendCommands, recommend, "f");
        return this;
      }
      required(keys, max, msg) {
        return this.demand(keys, max, msg);
      }
      require(keys, max, msg) {
        return this.demand(keys, max, msg);
      }
      requiresArg(keys) {
        argsert("<array|string|object> [number]", [keys], arguments.length);
        if (typeof keys === "string" && __classPrivateFieldGet(this, _YargsInstance_options, "f").narg[keys]) {
          return this;
        } else {
          this[kPopulateParserHintSingleValueDictionary](this.requiresArg.bind(this), "narg", keys, NaN);
        }
        return this;
      }
      showCompletionScript($0, cmd) {
        argsert("[string] [string]", [$0, cmd], arguments.length);
        $0 = $0 || this.$0;
        __classPrivateFieldGet(this, _YargsInstance_logger, "f").log(__classPrivateFieldGet(this, _YargsInstance_completion, "f").generateCompletionScript($0, cmd || __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f") || "completion"));
        return this;
      }
      showHelp(level) {
        argsert("[string|function]", [level], arguments.length);
        __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
        if (!__classPrivateFieldGet(this, _YargsInstance_usage, "f").hasCachedHelpMessage()) {
          if (!this.parsed) {
            const parse2 = this[kRunYargsParserAndExecuteCommands](__classPrivateFieldGet(this, _YargsInstance_processArgs, "f"), void 0, void 0, 0, true);
            if (isPromise(parse2)) {
              parse2.then(() => {
                __classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelp(level);
              });
              return this;
            }
          }
          const builderResponse = __classPrivateFieldGet(this, _YargsInstance_command, "f").runDefaultBuilderOn(this);
          if (isPromise(builderResponse)) {
            builderResponse.then(() => {
              __classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelp(level);
            });
            return this;
          }
        }
        __classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelp(level);
        return this;
      }
      scriptName(scriptName) {
        this.customScriptName = true;
        this.$0 = scriptName;
        return this;
      }
      showHelpOnFail(enabled, message) {
        argsert("[boolean|string] [string]", [enabled, message], arguments.length);
        __classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelpOnFail(enabled, message);
        return this;
      }
      showVersion(level) {
        argsert("[string|function]", [level], arguments.length);
        __classPrivateFieldGet(this, _YargsInstance_usage, "f").showVersion(level);
        return this;
      }
      skipValidation(keys) {
        argsert("<array|string>", [keys], arguments.length);
        this[kPopulateParserHintArray]("skipValidation", keys);
        return this;
      }
      strict(enabled) {
        argsert("[boolean]", [enabled], arguments.length);
        __classPrivateFieldSet(this, _YargsInstance_strict, enabled !== false, "f");
        return this;
      }
      strictCommands(enabled) {
        argsert("[boolean]", [enabled], arguments.length);
        __classPrivateFieldSet(this, _YargsInstance_strictCommands, enabled !== false, "f");
        return this;
      }
      strictOptions(enabled) {
        argsert("[boolean]", [enabled], arguments.length);
        __classPrivateFieldSet(this, _YargsInstance_strictOptions, enabled !== false, "f");
        return this;
      }
      string(keys) {
        argsert("<array|string>", [keys], arguments.length);
        this[kPopulateParserHintArray]("string", keys);
        this[kTrackManuallySetKeys](keys);
        return this;
      }
      terminalWidth() {
        argsert([], 0);
        return __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.stdColumns;
      }
      updateLocale(obj) {
        return this.updateStrings(obj);
      }
      updateStrings(obj) {
        argsert("<object>", [obj], arguments.length);
        __classPrivateFieldSet(this, _YargsInstance_detectLocale, false, "f");
        __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.updateLocale(obj);
        return this;
      }
      usage(msg, description, builder, handler) {
        argsert("<string|null|undefined> [string|boolean] [function|object] [function]", [msg, description, builder, handler], arguments.length);
        if (description !== void 0) {
          assertNotStrictEqual(msg, null, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
          if ((msg || "").match(/^\$0( |$)/)) {
            return this.command(msg, description, builder, handler);
          } else {
            throw new YError(".usage() description must start with $0 if being used as alias for .command()");
          }
        } else {
          __classPrivateFieldGet(this, _YargsInstance_usage, "f").usage(msg);
          return this;
        }
      }
      usageConfiguration(config) {
        argsert("<object>", [config], arguments.length);
        __classPrivateFieldSet(this, _YargsInstance_usageConfig, config, "f");
        return this;
      }
      version(opt, msg, ver) {
        const defaultVersionOpt = "version";
        argsert("[boolean|string] [string] [string]", [opt, msg, ver], arguments.length);
        if (__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f")) {
          this[kDeleteFromParserHintObject](__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f"));
          __classPrivateFieldGet(this, _YargsInstance_usage, "f").version(void 0);
          __classPrivateFieldSet(this, _YargsInstance_versionOpt, null, "f");
        }
        if (arguments.length === 0) {
          ver = this[kGuessVersion]();
          opt = defaultVersionOpt;
        } else if (arguments.length === 1) {
          if (opt === false) {
            return this;
          }
          ver = opt;
          opt = defaultVersionOpt;
        } else if (arguments.length === 2) {
          ver = msg;
          msg = void 0;
        }
        __classPrivateFieldSet(this, _YargsInstance_versionOpt, typeof opt === "string" ? opt : defaultVersionOpt, "f");
        msg = msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Show version number");
        __classPrivateFieldGet(this, _YargsInstance_usage, "f").version(ver || void 0);
        this.boolean(__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f"));
        this.describe(__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f"), msg);
        return this;
      }
      wrap(cols) {
        argsert("<number|null|undefined>", [cols], arguments.length);
        __classPrivateFieldGet(this, _YargsInstance_usage, "f").wrap(cols);
        return this;
      }
      [(_YargsInstance_command = /* @__PURE__ */ new WeakMap(), _YargsInstance_cwd = /* @__PURE__ */ new WeakMap(), _YargsInstance_context = /* @__PURE__ */ new WeakMap(), _YargsInstance_completion = /* @__PURE__ */ new WeakMap(), _YargsInstance_completionCommand = /* @__PURE__ */ new WeakMap(), _YargsInstance_defaultShowHiddenOpt = /* @__PURE__ */ new WeakMap(), _YargsInstance_exitError = /* @__PURE__ */ new WeakMap(), _YargsInstance_detectLocale = /* @__PURE__ */ new WeakMap(), _YargsInstance_emittedWarnings = /* @__PURE__ */ new WeakMap(), _YargsInstance_exitProcess = /* @__PURE__ */ new WeakMap(), _YargsInstance_frozens = /* @__PURE__ */ new WeakMap(), _YargsInstance_globalMiddleware = /* @__PURE__ */ new WeakMap(), _YargsInstance_groups = /* @__PURE__ */ new WeakMap(), _YargsInstance_hasOutput = /* @__PURE__ */ new WeakMap(), _YargsInstance_helpOpt = /* @__PURE__ */ new WeakMap(), _YargsInstance_isGlobalContext = /* @__PURE__ */ new WeakMap(), _YargsInstance_logger = /* @__PURE__ */ new WeakMap(), _YargsInstance_output = /* @__PURE__ */ new WeakMap(), _YargsInstance_options = /* @__PURE__ */ new WeakMap(), _YargsInstance_parentRequire = /* @__PURE__ */ new WeakMap(), _YargsInstance_parserConfig = /* @__PURE__ */ new WeakMap(), _YargsInstance_parseFn = /* @__PURE__ */ new WeakMap(), _YargsInstance_parseContext = /* @__PURE__ */ new WeakMap(), _YargsInstance_pkgs = /* @__PURE__ */ new WeakMap(), _YargsInstance_preservedGroups = /* @__PURE__ */ new WeakMap(), _YargsInstance_processArgs = /* @__PURE__ */ new WeakMap(), _YargsInstance_recommendCommands = /* @__PURE__ */ new WeakMap(), _YargsInstance_shim = /* @__PURE__ */ new WeakMap(), _YargsInstance_strict = /* @__PURE__ */ new WeakMap(), _YargsInstance_strictCommands = /* @__PURE__ */ new WeakMap(), _YargsInstance_strictOptions = /* @__PURE__ */ new WeakMap(), _YargsInstance_usage = /* @__PURE__ */ new WeakMap(), _YargsInstance_usageConfig = /* @__PURE__ */ new WeakMap(), _YargsInstance_versionOpt = /* @__PURE__ */ new WeakMap(), _YargsInstance_validation = /* @__PURE__ */ new WeakMap(), kCopyDoubleDash)](argv) {
        if (!argv._ || !argv["--"])
          return argv;
        argv._.push.apply(argv._, argv["--"]);
        try {
          delete argv["--"];
        } catch (_err) {
        }
        return argv;
      }
      [kCreateLogger]() {
        return {
          log: (...args) => {
            if (!this[kHasParseCallback]())
              console.log(...args);
            __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
            if (__classPrivateFieldGet(this, _YargsInstance_output, "f").length)
              __classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + "\n", "f");
            __classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + args.join(" "), "f");
          },
          error: (...args) => {
            if (!this[kHasParseCallback]())
              console.error(...args);
            __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
            if (__classPrivateFieldGet(this, _YargsInstance_output, "f").length)
              __classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + "\n", "f");
            __classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + args.join(" "), "f");
          }
        };
      }
      [kDeleteFromParserHintObject](optionKey) {
        objectKeys(__classPrivateFieldGet(this, _YargsInstance_options, "f")).forEach((hintKey) => {
          if (/* @__PURE__ */ ((key) => key === "configObjects")(hintKey))
            return;
          const hint = __classPrivateFieldGet(this, _YargsInstance_options, "f")[hintKey];
          if (Array.isArray(hint)) {
            if (hint.includes(optionKey))
              hint.splice(hint.indexOf(optionKey), 1);
          } else if (typeof hint === "object") {
            delete hint[optionKey];
          }
        });
        delete __classPrivateFieldGet(this, _YargsInstance_usage, "f").getDescriptions()[optionKey];
      }
      [kEmitWarning](warning, type, deduplicationId) {
        if (!__classPrivateFieldGet(this, _YargsInstance_emittedWarnings, "f")[deduplicationId]) {
          __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.emitWarning(warning, type);
          __classPrivateFieldGet(this, _YargsInstance_emittedWarnings, "f")[deduplicationId] = true;
        }
      }
      [kFreeze]() {
        __classPrivateFieldGet(this, _YargsInstance_frozens, "f").push({
          options: __classPrivateFieldGet(this, _YargsInstance_options, "f"),
          configObjects: __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects.slice(0),
          exitProcess: __classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"),
          groups: __classPrivateFieldGet(this, _YargsInstance_groups, "f"),
          strict: __classPrivateFieldGet(this, _YargsInstance_strict, "f"),
          strictCommands: __classPrivateFieldGet(this, _YargsInstance_strictCommands, "f"),
          strictOptions: __classPrivateFieldGet(this, _YargsInstance_strictOptions, "f"),
          completionCommand: __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f"),
          output: __classPrivateFieldGet(this, _YargsInstance_output, "f"),
          exitError: __classPrivateFieldGet(this, _YargsInstance_exitError, "f"),
          hasOutput: __classPrivateFieldGet(this, _YargsInstance_hasOutput, "f"),
          parsed: this.parsed,
          parseFn: __classPrivateFieldGet(this, _YargsInstance_parseFn, "f"),
          parseContext: __classPrivateFieldGet(this, _YargsInstance_parseContext, "f")
        });
        __classPrivateFieldGet(this, _YargsInstance_usage, "f").freeze();
        __classPrivateFieldGet(this, _YargsInstance_validation, "f").freeze();
        __classPrivateFieldGet(this, _YargsInstance_command, "f").freeze();
        __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").freeze();
      }
      [kGetDollarZero]() {
        let $0 = "";
        let default$0;
        if (/\b(node|iojs|electron|bun)(\.exe)?$/.test(__classPrivateFieldGet(this, _YargsInstance_shim, "f").process.argv()[0])) {
          default$0 = __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.argv().slice(1, 2);
        } else {
          default$0 = __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.argv().slice(0, 1);
        }
        $0 = default$0.map((x) => {
          const b = this[kRebase](__classPrivateFieldGet(this, _YargsInstance_cwd, "f"), x);
          return x.match(/^(\/|([a-zA-Z]:)?\\)/) && b.length < x.length ? b : x;
        }).join(" ").trim();
        if (__classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("_") && __classPrivateFieldGet(this, _YargsInstance_shim, "f").getProcessArgvBin() === __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("_")) {
          $0 = __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("_").replace(`${__classPrivateFieldGet(this, _YargsInstance_shim, "f").path.dirname(__classPrivateFieldGet(this, _YargsInstance_shim, "f").process.execPath())}/`, "");
        }
        return $0;
      }
      [kGetParserConfiguration]() {
        return __classPrivateFieldGet(this, _YargsInstance_parserConfig, "f");
      }
      [kGetUsageConfiguration]() {
        return __classPrivateFieldGet(this, _YargsInstance_usageConfig, "f");
      }
      [kGuessLocale]() {
        if (!__classPrivateFieldGet(this, _YargsInstance_detectLocale, "f"))
          return;
        const locale = __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LC_ALL") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LC_MESSAGES") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LANG") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LANGUAGE") || "en_US";
        this.locale(locale.replace(/[.:].*/, ""));
      }
      [kGuessVersion]() {
        const obj = this[kPkgUp]();
        return obj.version || "unknown";
      }
      [kParsePositionalNumbers](argv) {
        const args = argv["--"] ? argv["--"] : argv._;
        for (let i = 0, arg; (arg = args[i]) !== void 0; i++) {
          if (__classPrivateFieldGet(this, _YargsInstance_shim, "f").Parser.looksLikeNumber(arg) && Number.isSafeInteger(Math.floor(parseFloat(`${arg}`)))) {
            args[i] = Number(arg);
          }
        }
        return argv;
      }
      [kPkgUp](rootPath) {
        const npath = rootPath || "*";
        if (__classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath])
          return __classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath];
        let obj = {};
        try {
          let startDir = rootPath || __classPrivateFieldGet(this, _YargsInstance_shim, "f").mainFilename;
          if (__classPrivateFieldGet(this, _YargsInstance_shim, "f").path.extname(startDir)) {
            startDir = __classPrivateFieldGet(this, _YargsInstance_shim, "f").path.dirname(startDir);
          }
          const pkgJsonPath = __classPrivateFieldGet(this, _YargsInstance_shim, "f").findUp(startDir, (dir, names) => {
            if (names.includes("package.json")) {
              return "package.json";
            } else {
              return void 0;
            }
          });
          assertNotStrictEqual(pkgJsonPath, void 0, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
          obj = JSON.parse(__classPrivateFieldGet(this, _YargsInstance_shim, "f").readFileSync(pkgJsonPath, "utf8"));
        } catch (_noop) {
        }
        __classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath] = obj || {};
        return __classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath];
      }
      [kPopulateParserHintArray](type, keys) {
        keys = [].concat(keys);
        keys.forEach((key) => {
          key = this[kSanitizeKey](key);
          __classPrivateFieldGet(this, _YargsInstance_options, "f")[type].push(key);
        });
      }
      [kPopulateParserHintSingleValueDictionary](builder, type, key, value) {
        this[kPopulateParserHintDictionary](builder, type, key, value, (type2, key2, value2) => {
          __classPrivateFieldGet(this, _YargsInstance_options, "f")[type2][key2] = value2;
        });
      }
      [kPopulateParserHintArrayDictionary](builder, type, key, value) {
        this[kPopulateParserHintDictionary](builder, type, key, value, (type2, key2, value2) => {
          __classPrivateFieldGet(this, _YargsInstance_options, "f")[type2][key2] = (__classPrivateFieldGet(this, _YargsInstance_options, "f")[type2][key2] || []).concat(value2);
        });
      }
      [kPopulateParserHintDictionary](builder, type, key, value, singleKeyHandler) {
        if (Array.isArray(key)) {
          key.forEach((k) => {
            builder(k, value);
          });
        } else if (/* @__PURE__ */ ((key2) => typeof key2 === "object")(key)) {
          for (const k of objectKeys(key)) {
            builder(k, key[k]);
          }
        } else {
          singleKeyHandler(type, this[kSanitizeKey](key), value);
        }
      }
      [kSanitizeKey](key) {
        if (key === "__proto__")
          return "___proto___";
        return key;
      }
      [kSetKey](key, set) {
        this[kPopulateParserHintSingleValueDictionary](this[kSetKey].bind(this), "key", key, set);
        return this;
      }
      [kUnfreeze]() {
        var _a2, _b2, _c2, _d, _e, _f, _g, _h, _j, _k, _l, _m;
        const frozen = __classPrivateFieldGet(this, _YargsInstance_frozens, "f").pop();
        assertNotStrictEqual(frozen, void 0, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
        let configObjects;
        _a2 = this, _b2 = this, _c2 = this, _d = this, _e = this, _f = this, _g = this, _h = this, _j = this, _k = this, _l = this, _m = this, {
          options: { set value(_o) {
            __classPrivateFieldSet(_a2, _YargsInstance_options, _o, "f");
          } }.value,
          configObjects,
          exitProcess: { set value(_o) {
            __classPrivateFieldSet(_b2, _YargsInstance_exitProcess, _o, "f");
          } }.value,
          groups: { set value(_o) {
            __classPrivateFieldSet(_c2, _YargsInstance_groups, _o, "f");
          } }.value,
          output: { set value(_o) {
            __classPrivateFieldSet(_d, _YargsInstance_output, _o, "f");
          } }.value,
          exitError: { set value(_o) {
            __classPrivateFieldSet(_e, _YargsInstance_exitError, _o, "f");
          } }.value,
          hasOutput: { set value(_o) {
            __classPrivateFieldSet(_f, _YargsInstance_hasOutput, _o, "f");
          } }.value,
          parsed: this.parsed,
          strict: { set value(_o) {
            __classPrivateFieldSet(_g, _YargsInstance_strict, _o, "f");
          } }.value,
          strictCommands: { set value(_o) {
            __classPrivateFieldSet(_h, _YargsInstance_strictCommands, _o, "f");
          } }.value,
          strictOptions: { set value(_o) {
            __classPrivateFieldSet(_j, _YargsInstance_strictOptions, _o, "f");
          } }.value,
          completionCommand: { set value(_o) {
            __classPrivateFieldSet(_k, _YargsInstance_completionCommand, _o, "f");
          } }.value,
          parseFn: { set value(_o) {
            __classPrivateFieldSet(_l, _YargsInstance_parseFn, _o, "f");
          } }.value,
          parseContext: { set value(_o) {
            __classPrivateFieldSet(_m, _YargsInstance_parseContext, _o, "f");
          } }.value
        } = frozen;
        __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects = configObjects;
        __classPrivateFieldGet(this, _YargsInstance_usage, "f").unfreeze();
        __classPrivateFieldGet(this, _YargsInstance_validation, "f").unfreeze();
        __classPrivateFieldGet(this, _YargsInstance_command, "f").unfreeze();
        __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").unfreeze();
      }
      [kValidateAsync](validation2, argv) {
        return maybeAsyncResult(argv, (result) => {
          validation2(result);
          return result;
        });
      }
      getInternalMethods() {
        return {
          getCommandInstance: this[kGetCommandInstance].bind(this),
          getContext: this[kGetContext].bind(this),
          getHasOutput: this[kGetHasOutput].bind(this),
          getLoggerInstance: this[kGetLoggerInstance].bind(this),
          getParseContext: this[kGetParseContext].bind(this),
          getParserConfiguration: this[kGetParserConfiguration].bind(this),
          getUsageConfiguration: this[kGetUsageConfiguration].bind(this),
          getUsageInstance: this[kGetUsageInstance].bind(this),
          getValidationInstance: this[kGetValidationInstance].bind(this),
          hasParseCallback: this[kHasParseCallback].bind(this),
          isGlobalContext: this[kIsGlobalContext].bind(this),
          postProcess: this[kPostProcess].bind(this),
          reset: this[kReset].bind(this),
          runValidation: this[kRunValidation].bind(this),
          runYargsParserAndExecuteCommands: this[kRunYargsParserAndExecuteCommands].bind(this),
          setHasOutput: this[kSetHasOutput].bind(this)
        };
      }
      [kGetCommandInstance]() {
        return __classPrivateFieldGet(this, _YargsInstance_command, "f");
      }
      [kGetContext]() {
        return __classPrivateFieldGet(this, _YargsInstance_context, "f");
      }
      [kGetHasOutput]() {
        return __classPrivateFieldGet(this, _YargsInstance_hasOutput, "f");
      }
      [kGetLoggerInstance]() {
        return __classPrivateFieldGet(this, _YargsInstance_logger, "f");
      }
      [kGetParseContext]() {
        return __classPrivateFieldGet(this, _YargsInstance_parseContext, "f") || {};
      }
      [kGetUsageInstance]() {
        return __classPrivateFieldGet(this, _YargsInstance_usage, "f");
      }
      [kGetValidationInstance]() {
        return __classPrivateFieldGet(this, _YargsInstance_validation, "f");
      }
      [kHasParseCallback]() {
        return !!__classPrivateFieldGet(this, _YargsInstance_parseFn, "f");
      }
      [kIsGlobalContext]() {
        return __classPrivateFieldGet(this, _YargsInstance_isGlobalContext, "f");
      }
      [kPostProcess](argv, populateDoubleDash, calledFromCommand, runGlobalMiddleware) {
        if (calledFromCommand)
          return argv;
        if (isPromise(argv))
          return argv;
        if (!populateDoubleDash) {
          argv = this[kCopyDoubleDash](argv);
        }
        const parsePositionalNumbers = this[kGetParserConfiguration]()["parse-positional-numbers"] || this[kGetParserConfiguration]()["parse-positional-numbers"] === void 0;
        if (parsePositionalNumbers) {
          argv = this[kParsePositionalNumbers](argv);
        }
        if (runGlobalMiddleware) {
          argv = applyMiddleware(argv, this, __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").getMiddleware(), false);
        }
        return argv;
      }
      [kReset](aliases = {}) {
        __classPrivateFieldSet(this, _YargsInstance_options, __classPrivateFieldGet(this, _YargsInstance_options, "f") || {}, "f");
        const tmpOptions = {};
        tmpOptions.local = __classPrivateFieldGet(this, _YargsInstance_options, "f").local || [];
        tmpOptions.configObjects = __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects || [];
        const localLookup = {};
        tmpOptions.local.forEach((l) => {
          localLookup[l] = true;
          (aliases[l] || []).forEach((a) => {
            localLookup[a] = true;
          });
        });
        Object.assign(__classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f"), Object.keys(__classPrivateFieldGet(this, _YargsInstance_groups, "f")).reduce((acc, groupName) => {
          const keys = __classPrivateFieldGet(this, _YargsInstance_groups, "f")[groupName].filter((key) => !(key in localLookup));
          if (keys.length > 0) {
            acc[groupName] = keys;
          }
          return acc;
        }, {}));
        __classPrivateFieldSet(this, _YargsInstance_groups, {}, "f");
        const arrayOptions = [
          "array",
          "boolean",
          "string",
          "skipValidation",
          "count",
          "normalize",
          "number",
          "hiddenOptions"
        ];
        const objectOptions = [
          "narg",
          "key",
          "alias",
          "default",
          "defaultDescription",
          "config",
          "choices",
          "demandedOptions",
          "demandedCommands",
          "deprecatedOptions"
        ];
        arrayOptions.forEach((k) => {
          tmpOptions[k] = (__classPrivateFieldGet(this, _YargsInstance_options, "f")[k] || []).filter((k2) => !localLookup[k2]);
        });
        objectOptions.forEach((k) => {
          tmpOptions[k] = objFilter(__classPrivateFieldGet(this, _YargsInstance_options, "f")[k], (k2) => !localLookup[k2]);
        });
        tmpOptions.envPrefix = __classPrivateFieldGet(this, _YargsInstance_options, "f").envPrefix;
        __classPrivateFieldSet(this, _YargsInstance_options, tmpOptions, "f");
        __classPrivateFieldSet(this, _YargsInstance_usage, __classPrivateFieldGet(this, _YargsInstance_usage, "f") ? __classPrivateFieldGet(this, _YargsInstance_usage, "f").reset(localLookup) : usage(this, __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
        __classPrivateFieldSet(this, _YargsInstance_validation, __classPrivateFieldGet(this, _YargsInstance_validation, "f") ? __classPrivateFieldGet(this, _YargsInstance_validation, "f").reset(localLookup) : validation(this, __classPrivateFieldGet(this, _YargsInstance_usage, "f"), __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
        __classPrivateFieldSet(this, _YargsInstance_command, __classPrivateFieldGet(this, _YargsInstance_command, "f") ? __classPrivateFieldGet(this, _YargsInstance_command, "f").reset() : command(__classPrivateFieldGet(this, _YargsInstance_usage, "f"), __classPrivateFieldGet(this, _YargsInstance_validation, "f"), __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f"), __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
        if (!__classPrivateFieldGet(this, _YargsInstance_completion, "f"))
          __classPrivateFieldSet(this, _YargsInstance_completion, completion(this, __classPrivateFieldGet(this, _YargsInstance_usage, "f"), __classPrivateFieldGet(this, _YargsInstance_command, "f"), __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
        __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").reset();
        __classPrivateFieldSet(this, _YargsInstance_completionCommand, null, "f");
        __classPrivateFieldSet(this, _YargsInstance_output, "", "f");
        __classPrivateFieldSet(this, _YargsInstance_exitError, null, "f");
        __classPrivateFieldSet(this, _YargsInstance_hasOutput, false, "f");
        this.parsed = false;
        return this;
      }
      [kRebase](base, dir) {
        return __classPrivateFieldGet(this, _YargsInstance_shim, "f").path.relative(base, dir);
      }
      [kRunYargsParserAndExecuteCommands](args, shortCircuit, calledFromCommand, commandIndex = 0, helpOnly = false) {
        var _a2, _b2, _c2, _d;
        let skipValidation = !!calledFromCommand || helpOnly;
        args = args || __classPrivateFieldGet(this, _YargsInstance_processArgs, "f");
        __classPrivateFieldGet(this, _YargsInstance_options, "f").__ = __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.__;
        __classPrivateFieldGet(this, _YargsInstance_options, "f").configuration = this[kGetParserConfiguration]();
        const populateDoubleDash = !!__classPrivateFieldGet(this, _YargsInstance_options, "f").configuration["populate--"];
        const config = Object.assign({}, __classPrivateFieldGet(this, _YargsInstance_options, "f").configuration, {
          "populate--": true
        });
        const parsed = __classPrivateFieldGet(this, _YargsInstance_shim, "f").Parser.detailed(args, Object.assign({}, __classPrivateFieldGet(this, _YargsInstance_options, "f"), {
          configuration: { "parse-positional-numbers": false, ...config }
        }));
        const argv = Object.assign(parsed.argv, __classPrivateFieldGet(this, _YargsInstance_parseContext, "f"));
        let argvPromise = void 0;
        const aliases = parsed.aliases;
        let helpOptSet = false;
        let versionOptSet = false;
        Object.keys(argv).forEach((key) => {
          if (key === __classPrivateFieldGet(this, _YargsInstance_helpOpt, "f") && argv[key]) {
            helpOptSet = true;
          } else if (key === __classPrivateFieldGet(this, _YargsInstance_versionOpt, "f") && argv[key]) {
            versionOptSet = true;
          }
        });
        argv.$0 = this.$0;
        this.parsed = parsed;
        if (commandIndex === 0) {
          __classPrivateFieldGet(this, _YargsInstance_usage, "f").clearCachedHelpMessage();
        }
        try {
          this[kGuessLocale]();
          if (shortCircuit) {
            return this[kPostProcess](argv, populateDoubleDash, !!calledFromCommand, false);
          }
          if (__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")) {
            const helpCmds = [__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")].concat(aliases[__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")] || []).filter((k) => k.length > 1);
            if (helpCmds.includes("" + argv._[argv._.length - 1])) {
              argv._.pop();
              helpOptSet = true;
            }
          }
          __classPrivateFieldSet(this, _YargsInstance_isGlobalContext, false, "f");
          const handlerKeys = __classPrivateFieldGet(this, _YargsInstance_command, "f").getCommands();
          const requestCompletions = ((_a2 = __classPrivateFieldGet(this, _YargsInstance_completion, "f")) === null || _a2 === void 0 ? void 0 : _a2.completionKey) ? [
            (_b2 = __classPrivateFieldGet(this, _YargsInstance_completion, "f")) === null || _b2 === void 0 ? void 0 : _b2.completionKey,
            ...(_d = this.getAliases()[(_c2 = __classPrivateFieldGet(this, _YargsInstance_completion, "f")) === null || _c2 === void 0 ? void 0 : _c2.completionKey]) !== null && _d !== void 0 ? _d : []
          ].some((key) => Object.prototype.hasOwnProperty.call(argv, key)) : false;
          const skipRecommendation = helpOptSet || requestCompletions || helpOnly;
          if (argv._.length) {
            if (handlerKeys.length) {
              let firstUnknownCommand;
              for (let i = commandIndex || 0, cmd; argv._[i] !== void 0; i++) {
                cmd = String(argv._[i]);
                if (handlerKeys.includes(cmd) && cmd !== __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f")) {
                  const innerArgv = __classPrivateFieldGet(this, _YargsInstance_command, "f").runCommand(cmd, this, parsed, i + 1, helpOnly, helpOptSet || versionOptSet || helpOnly);
                  return this[kPostProcess](innerArgv, populateDoubleDash, !!calledFromCommand, false);
                } else if (!firstUnknownCommand && cmd !== __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f")) {
                  firstUnknownCommand = cmd;
                  break;
                }
              }
              if (!__classPrivateFieldGet(this, _YargsInstance_command, "f").hasDefaultCommand() && __classPrivateFieldGet(this, _YargsInstance_recommendCommands, "f") && firstUnknownCommand && !skipRecommendation) {
                __classPrivateFieldGet(this, _YargsInstance_validation, "f").recommendCommands(firstUnknownCommand, handlerKeys);
              }
            }
            if (__classPrivateFieldGet(this, _YargsInstance_completionCommand, "f") && argv._.includes(__classPrivateFieldGet(this, _YargsInstance_completionCommand, "f")) && !requestCompletions) {
              if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"))
                setBlocking(true);
              this.showCompletionScript();
              this.exit(0);
            }
          }
          if (__classPrivateFieldGet(this, _YargsInstance_command, "f").hasDefaultCommand() && !skipRecommendation) {
            const innerArgv = __classPrivateFieldGet(this, _YargsInstance_command, "f").runCommand(null, this, parsed, 0, helpOnly, helpOptSet || versionOptSet || helpOnly);
            return this[kPostProcess](innerArgv, populateDoubleDash, !!calledFromCommand, false);
          }
          if (requestCompletions) {
            if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"))
              setBlocking(true);
            args = [].concat(args);
            const completionArgs = args.slice(args.indexOf(`--${__classPrivateFieldGet(this, _YargsInstance_completion, "f").completionKey}`) + 1);
            __classPrivateFieldGet(this, _YargsInstance_completion, "f").getCompletion(completionArgs, (err, completions) => {
              if (err)
                throw new YError(err.message);
              (completions || []).forEach((completion2) => {
                __classPrivateFieldGet(this, _YargsInstance_logger, "f").log(completion2);
              });
              this.exit(0);
            });
            return this[kPostProcess](argv, !populateDoubleDash, !!calledFromCommand, false);
          }
          if (!__classPrivateFieldGet(this, _YargsInstance_hasOutput, "f")) {
            if (helpOptSet) {
              if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"))
                setBlocking(true);
              skipValidation = true;
              this.showHelp((message) => {
                __classPrivateFieldGet(this, _YargsInstance_logger, "f").log(message);
                this.exit(0);
              });
            } else if (versionOptSet) {
              if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"))
                setBlocking(true);
              skipValidation = true;
              __classPrivateFieldGet(this, _YargsInstance_usage, "f").showVersion("log");
              this.exit(0);
            }
          }
          if (!skipValidation && __classPrivateFieldGet(this, _YargsInstance_options, "f").skipValidation.length > 0) {
            skipValidation = Object.keys(argv).some((key) => __classPrivateFieldGet(this, _YargsInstance_options, "f").skipValidation.indexOf(key) >= 0 && argv[key] === true);
          }
          if (!skipValidation) {
            if (parsed.error)
              throw new YError(parsed.error.message);
            if (!requestCompletions) {
              const validation2 = this[kRunValidation](aliases, {}, parsed.error);
              if (!calledFromCommand) {
                argvPromise = applyMiddleware(argv, this, __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").getMiddleware(), true);
              }
              argvPromise = this[kValidateAsync](validation2, argvPromise !== null && argvPromise !== void 0 ? argvPromise : argv);
              if (isPromise(argvPromise) && !calledFromCommand) {
                argvPromise = argvPromise.then(() => {
                  return applyMiddleware(argv, this, __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").getMiddleware(), false);
                });
              }
            }
          }
        } catch (err) {
          if (err instanceof YError)
            __classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(err.message, err);
          else
            throw err;
        }
        return this[kPostProcess](argvPromise !== null && argvPromise !== void 0 ? argvPromise : argv, populateDoubleDash, !!calledFromCommand, true);
      }
      [kRunValidation](aliases, positionalMap, parseErrors, isDefaultCommand) {
        const demandedOptions = { ...this.getDemandedOptions() };
        return (argv) => {
          if (parseErrors)
            throw new YError(parseErrors.message);
          __classPrivateFieldGet(this, _YargsInstance_validation, "f").nonOptionCount(argv);
          __classPrivateFieldGet(this, _YargsInstance_validation, "f").requiredArguments(argv, demandedOptions);
          let failedStrictCommands = false;
          if (__classPrivateFieldGet(this, _YargsInstance_strictCommands, "f")) {
            failedStrictCommands = __classPrivateFieldGet(this, _YargsInstance_validation, "f").unknownCommands(argv);
          }
          if (__classPrivateFieldGet(this, _YargsInstance_strict, "f") && !failedStrictCommands) {
            __classPrivateFieldGet(this, _YargsInstance_validation, "f").unknownArguments(argv, aliases, positionalMap, !!isDefaultCommand);
          } else if (__classPrivateFieldGet(this, _YargsInstance_strictOptions, "f")) {
            __classPrivateFieldGet(this, _YargsInstance_validation, "f").unknownArguments(argv, aliases, {}, false, false);
          }
          __classPrivateFieldGet(this, _YargsInstance_validation, "f").limitedChoices(argv);
          __classPrivateFieldGet(this, _YargsInstance_validation, "f").implications(argv);
          __classPrivateFieldGet(this, _YargsInstance_validation, "f").conflicting(argv);
        };
      }
      [kSetHasOutput]() {
        __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
      }
      [kTrackManuallySetKeys](keys) {
        if (typeof keys === "string") {
          __classPrivateFieldGet(this, _YargsInstance_options, "f").key[keys] = true;
        } else {
          for (const k of keys) {
            __classPrivateFieldGet(this, _YargsInstance_options, "f").key[k] = true;
          }
        }
      }
    };
  }
});

// node_modules/yargs/index.mjs
var yargs_exports = {};
__export(yargs_exports, {
  default: () => yargs_default,
  "module.exports": () => Yargs
});
var Yargs, yargs_default;
var init_yargs = __esm({
  "node_modules/yargs/index.mjs"() {
    "use strict";
    init_esm();
    init_yargs_factory();
    Yargs = YargsFactory(esm_default);
    yargs_default = Yargs;
  }
});

// src/action/index.ts
init_io();
init_write_output();

// src/action/run-action.ts
import { appendFileSync, readFileSync as readFileSync13 } from "node:fs";
import { isAbsolute as isAbsolute2, join as join16 } from "node:path";

// src/cli/main.ts
init_errors();
init_exit_codes();
init_io();
init_options();

// src/cli/fast-path.ts
init_options();
var fastPath = (argv, io) => {
  if (argv[0] === "staged") {
    const args = parseSimpleOptions(argv.slice(1), COMMON_OPTIONS);
    if (!args) return void 0;
    return async () => {
      const { stagedCommand: stagedCommand2 } = await Promise.resolve().then(() => (init_git_scans(), git_scans_exports));
      return stagedCommand2(io, readCommonOptions(args));
    };
  }
  if (argv[0] === "scan") {
    const args = parseSimpleOptions(argv.slice(1), [...COMMON_OPTIONS, IGNORE_OPTION], true);
    if (!args) return void 0;
    return async () => {
      const { scanCommand: scanCommand2 } = await Promise.resolve().then(() => (init_scan(), scan_exports));
      return scanCommand2(io, { ...readCommonOptions(args), paths: args["paths"], ignore: args["ignore"] });
    };
  }
  return void 0;
};

// src/cli/main.ts
init_escape_control();

// src/cli/redact-flag.ts
init_errors();
var YES = /* @__PURE__ */ new Set(["", "true", "yes", "on"]);
var percentFor = (value) => {
  if (YES.has(value.toLowerCase())) return 100;
  const n = /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
  if (n >= 1 && n <= 100) return n;
  throw new LeakgateError("usage", `--redact=${value}: give the percent of each secret to mask, 1 to 100 (100 when no value is given); only --no-redact shows secrets`);
};
var normalizeRedactFlag = (argv) => {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      out.push(...argv.slice(i));
      break;
    }
    let value;
    if (arg.startsWith("--redact=")) value = arg.slice("--redact=".length);
    else if (arg === "--redact" && (argv[i + 1] === "true" || argv[i + 1] === "false")) value = argv[++i];
    else if (arg.startsWith("--no-redact=")) throw new LeakgateError("usage", `${arg}: --no-redact takes no value`);
    if (value === void 0) out.push(arg);
    else out.push("--redact", `--redact-percent=${percentFor(value)}`);
  }
  return out;
};

// src/cli/gitleaks-flags.ts
init_errors();
var SCANNING = /* @__PURE__ */ new Set(["scan", "staged", "history", "baseline"]);
var MIB = 1024 * 1024;
var wholeNumber = (flag, value, max) => {
  if (value === void 0 || !/^\d+$/.test(value) || Number(value) > max) throw new LeakgateError("usage", `${flag} needs a whole number from 0 to ${max} (got ${value ?? "nothing"})`);
  return Number(value);
};
var megabytes = (value) => {
  const n = wholeNumber("--max-target-megabytes", value, 1024 * 1024);
  return n === 0 ? Number.MAX_SAFE_INTEGER : n * MIB;
};
var exitCodeOf = (value) => {
  const code = wholeNumber("--exit-code", value, 255);
  if (code === 2) throw new LeakgateError("usage", "--exit-code 2: 2 is leakgate's code for an error (bad input, config, git); choose another code for findings");
  return code;
};
var logOptsToArgs = (text) => {
  const words = text.trim().split(/\s+/).filter((word) => word !== "");
  const out = [];
  const ranges = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const since = /^--(since|after)(?:=(.*))?$/.exec(word);
    if (since) {
      const date = since[2] ?? words[++i];
      if (date === void 0 || date === "") throw new LeakgateError("usage", `--log-opts: ${word} needs a date`);
      out.push("--since", date);
    } else if (word === "--all") continue;
    else if (word.startsWith("-")) throw new LeakgateError("usage", `--log-opts: "${word}" is not supported: give a range (A..B), --all or --since=DATE`);
    else ranges.push(word);
  }
  if (ranges.length > 1) throw new LeakgateError("usage", `--log-opts: one range only (got ${ranges.join(" ")}): use A..B`);
  return [...ranges, ...out];
};
var readGitleaksFlags = (given) => {
  const command2 = given[0] ?? "";
  if (!SCANNING.has(command2)) return { argv: [...given], exitCode: void 0 };
  const argv = [];
  let exitCode;
  for (let i = 0; i < given.length; i++) {
    const arg = given[i];
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, void 0];
    const value = () => inline ?? given[++i];
    if (arg === "--") {
      argv.push(...given.slice(i));
      break;
    }
    if (flag === "--exit-code") exitCode = exitCodeOf(value());
    else if (arg === "--no-banner" || arg === "--banner=false") continue;
    else if (arg === "-v") argv.push("--verbose");
    else if (arg === "-b") argv.push(`--baseline-path=${value() ?? ""}`);
    else if (arg === "-r") argv.push(`--output=${value() ?? ""}`);
    else if (flag === "--max-target-megabytes") argv.push(`--max-file-size=${megabytes(value())}`);
    else if (flag === "--report-path") argv.push(`--output=${value() ?? ""}`);
    else if (flag === "--report-format") argv.push(`--format=${value() ?? ""}`);
    else if (flag === "--log-opts") {
      if (command2 !== "history") throw new LeakgateError("usage", "--log-opts applies to `leakgate history` (git history)");
      argv.push(...logOptsToArgs(value() ?? ""));
    } else argv.push(arg);
  }
  return { argv, exitCode };
};

// src/cli/main.ts
init_usage_errors();
init_version();
var restoreStdin = (paths) => paths.map((path) => path === STDIN_ARG ? "-" : path);
var pathsOf = (args) => restoreStdin([...args.paths, ...args._.slice(1).map(String)]);
var oneLine = (text) => escapeControl(text.replace(/\s*\n\s*/g, " ").trim());
var buildParser = (yargs, io, select, argv) => yargs().scriptName("leakgate").usage("leakgate <command> [options]\n\nFinds secrets in files, staged changes and git history.").strict().exitProcess(false).version(toolVersion()).help().wrap(Math.min(100, io.stdout.columns ?? 100)).fail((message, error) => {
  throw error ?? new LeakgateError("usage", usageMessage(oneLine(message), argv));
}).command(
  "scan [paths..]",
  'scan files and directories ("-" reads stdin)',
  (y) => withCommonOptions(y).positional("paths", { type: "string", array: true, default: [], describe: "files or directories (default: .)" }).option("ignore", { type: "boolean", default: IGNORE_OPTION.default, describe: IGNORE_OPTION.describe }),
  (args) => select(async () => {
    const { scanCommand: scanCommand2 } = await Promise.resolve().then(() => (init_scan(), scan_exports));
    return scanCommand2(io, { ...readCommonOptions(args), paths: pathsOf(args), ignore: args.ignore });
  })
).command(
  "staged",
  "scan what is staged for commit (the pre-commit hook)",
  (y) => withCommonOptions(y),
  (args) => select(async () => {
    const { stagedCommand: stagedCommand2 } = await Promise.resolve().then(() => (init_git_scans(), git_scans_exports));
    return stagedCommand2(io, readCommonOptions(args));
  })
).command(
  "history [range]",
  "scan git history: every ref by default, or a range such as origin/main..HEAD",
  (y) => withCommonOptions(y).positional("range", { type: "string", describe: "A..B, A...B or a single ref (default: all refs)" }).option("since", { type: "string", describe: "only commits newer than this date (git log --since)" }).option("route", {
    choices: ["auto", "diff", "blobs"],
    default: "auto",
    describe: "how a full-history scan reads git: diff = each commit's added lines (git log -p), blobs = each unique blob once (git cat-file) with a git log --raw attribution pass"
  }),
  (args) => select(async () => {
    const { historyCommand: historyCommand2 } = await Promise.resolve().then(() => (init_git_scans(), git_scans_exports));
    return historyCommand2(io, { ...readCommonOptions(args), range: args.range, since: args.since, route: args.route });
  })
).command(
  "baseline [paths..]",
  "record the current findings as known, so that only new ones fail a scan",
  (y) => withCommonOptions(y).positional("paths", { type: "string", array: true, default: [] }).option("history", { type: "boolean", default: false, describe: "baseline what a history audit finds" }).option("range", { type: "string", describe: "with --history: only this range" }).option("prune", { type: "boolean", default: false, describe: "drop entries this kind of scan found before and no longer finds (reviewed ones are kept)" }).option("prune-reviewed", { type: "boolean", default: false, describe: "prune reviewed entries too (verdicts recorded by audit)" }).option("ignore", { type: "boolean", default: true, describe: "honour .gitignore" }).option("import", { type: "string", describe: "carry over a detect-secrets .secrets.baseline (the findings whose secret matches its SHA-1)" }),
  (args) => select(async () => {
    const { baselineCommand: baselineCommand2 } = await Promise.resolve().then(() => (init_baseline2(), baseline_exports));
    return baselineCommand2(io, { ...readCommonOptions(args), paths: pathsOf(args), history: args.history, range: args.range, prune: args.prune, pruneReviewed: args.pruneReviewed, ignore: args.ignore, import: args.import });
  })
).command(
  "audit",
  "review baseline entries one by one on a terminal: false positive, accepted, or must fix",
  (y) => withCommonOptions(y).option("history", { type: "boolean", default: false, describe: "review entries from a history baseline" }).option("all", { type: "boolean", default: false, describe: "review entries that already have a verdict too" }),
  (args) => select(async () => {
    const { auditCommand: auditCommand2 } = await Promise.resolve().then(() => (init_audit(), audit_exports));
    return auditCommand2(io, { ...readCommonOptions(args), history: args.history, all: args.all });
  })
).command(
  "init",
  "write .leakgate.toml and install the pre-commit hook",
  (y) => y.option("husky", { type: "boolean", default: false, describe: "add leakgate to .husky/pre-commit" }).option("git", { type: "boolean", default: false, describe: "write .git/hooks/pre-commit (the default)" }).option("pre-commit", { type: "boolean", default: false, describe: "add leakgate to .pre-commit-config.yaml" }).option("lefthook", { type: "boolean", default: false, describe: "add leakgate to lefthook.yml" }).option("force", { type: "boolean", default: false, describe: "replace a pre-commit hook that is not leakgate's" }),
  (args) => select(async () => {
    const { initCommand: initCommand2 } = await Promise.resolve().then(() => (init_init(), init_exports));
    const managers = ["husky", "git", "pre-commit", "lefthook"].filter((name) => args[name] === true);
    return initCommand2(io, managers, args.force);
  })
).command(
  "rules <action> [file]",
  "list the rules, or check a rules file (compile, examples, negatives, unique ids)",
  (y) => y.positional("action", { choices: ["list", "check"], describe: "list (the rules in use) | check FILE (check a rules file)" }).positional("file", { type: "string", describe: "the rules file to check" }).option("format", { alias: "f", choices: ["text", "json"], default: "text" }).option("config", { type: "string", describe: "config file whose rules to list" }),
  (args) => select(async () => {
    const { rulesCheck: rulesCheck2, rulesList: rulesList2 } = await Promise.resolve().then(() => (init_rules(), rules_exports));
    if (args.action === "list") return rulesList2(io, args.format, args.config);
    if (args.file === void 0) throw new LeakgateError("usage", "rules check needs a file: leakgate rules check rules/my-rules.toml");
    return rulesCheck2(io, args.file);
  })
).command("version", "print leakgate's version", (y) => y, () => select(() => {
  io.stdout.write(`${toolVersion()}
`);
  return ExitCode.Clean;
})).command(
  "completion <shell>",
  "print a shell completion script: leakgate completion bash >> ~/.bashrc (zsh: ~/.zshrc; fish: ~/.config/fish/completions/leakgate.fish)",
  (y) => y.positional("shell", { choices: ["bash", "zsh", "fish"], describe: "bash | zsh | fish" }),
  (args) => select(async () => {
    const { completionScript: completionScript2 } = await Promise.resolve().then(() => (init_completion(), completion_exports));
    io.stdout.write(completionScript2(args.shell));
    return ExitCode.Clean;
  })
).demandCommand(1, "name a command: scan, staged, history, baseline, audit, init, rules, version or completion (see leakgate --help)");
var POOLED = /* @__PURE__ */ new Set(["scan", "history", "baseline"]);
var wantsPool = (argv) => POOLED.has(argv[0] ?? "") && !argv.some((arg) => arg === "--help" || arg === "-h" || arg === "--version");
var main = async (given, io = processIo()) => {
  let run;
  try {
    if (wantsPool(given)) (await Promise.resolve().then(() => (init_pool_prestart(), pool_prestart_exports))).prestartPool();
    const { argv, exitCode } = readGitleaksFlags(normalizeRedactFlag(given));
    const finish = (code) => code === ExitCode.Findings && exitCode !== void 0 ? exitCode : code;
    const fast = fastPath(argv, io);
    if (fast) return finish(await fast());
    let output = "";
    const { default: yargs } = await Promise.resolve().then(() => (init_yargs(), yargs_exports));
    await buildParser(yargs, io, (chosen) => {
      run = chosen;
    }, argv).parseAsync(argv.map((arg) => arg === "-" ? STDIN_ARG : arg), {}, (_error, _args, text) => {
      output = text;
    });
    if (run === void 0) {
      io.stdout.write(output.endsWith("\n") ? output : `${output}
`);
      return ExitCode.Clean;
    }
    return finish(await run());
  } catch (error) {
    if (isLeakgateError(error)) {
      io.stderr.write(`leakgate: ${oneLine(error.message)}
`);
      return ExitCode.Error;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`leakgate: internal error: ${oneLine(message)} (please report this)
`);
    return ExitCode.Error;
  }
};

// src/action/run-action.ts
init_write_output();
init_errors();
init_escape_control();
init_github();
init_sarif();
init_repo();

// src/action/ensure-history.ts
init_errors();
init_git();
init_repo();
var FIX = "set `fetch-depth: 0` on actions/checkout (or fetch the base commit before this step)";
var tryFetch = async (root2, args) => {
  try {
    await git(["fetch", "--no-tags", "--quiet", ...args], root2);
    return true;
  } catch {
    return false;
  }
};
var ensureHistory = async (root2, plan) => {
  const notes = [];
  if (plan.kind === "none") return notes;
  if (await isShallow(root2)) {
    if (await tryFetch(root2, ["--unshallow", "origin"])) notes.push("the checkout was shallow: fetched the full history");
    else if (plan.kind === "full") throw new LeakgateError("git", `the checkout is shallow and its history could not be fetched: ${FIX}`);
  }
  const needed = plan.kind === "range" ? [plan.base, plan.head] : plan.kind === "branch" ? [plan.head] : [];
  for (const commit of needed) {
    if (await hasCommit(root2, commit)) continue;
    await tryFetch(root2, ["origin", commit]);
    if (!await hasCommit(root2, commit)) {
      throw new LeakgateError("git", `commit ${commit.slice(0, 12)} is not in the checkout and could not be fetched: ${FIX}`);
    }
  }
  if (plan.kind === "range" && await isShallow(root2)) {
    throw new LeakgateError("git", `the checkout is still shallow, so ${plan.base.slice(0, 7)}..${plan.head.slice(0, 7)} may be cut short: ${FIX}`);
  }
  return notes;
};
var rangeOf = async (root2, plan) => {
  if (plan.kind === "range") return `${plan.base}..${plan.head}`;
  if (plan.kind === "branch") {
    const base = `refs/remotes/origin/${plan.defaultBranch}`;
    return await hasCommit(root2, base) ? `${base}..${plan.head}` : plan.head;
  }
  return void 0;
};

// src/action/job-summary.ts
init_text();
var cell = (text) => text.replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ");
var jobSummary = (report, scope) => {
  const count = report.findings.length;
  const lines = [
    count === 0 ? "## leakgate: no new secrets" : `## leakgate: ${count} new secret${count === 1 ? "" : "s"} found`,
    "",
    `Scanned ${scope}: ${report.commits} commit${report.commits === 1 ? "" : "s"}, ${report.rules.length} rules.`
  ];
  const suppressed = suppressionLine(report);
  if (suppressed) lines.push(`Suppressed: ${cell(suppressed)}.`);
  for (const note of report.notes) lines.push(`> ${cell(note)}`);
  if (count > 0) {
    lines.push("", "| Severity | Rule | Location | Secret | Commit | Author |", "|---|---|---|---|---|---|");
    for (const f of report.findings) {
      lines.push(`| ${f.severity} (${f.confidence}) | ${cell(f.ruleId)} | \`${cell(f.file)}:${f.line}\` | \`${cell(f.secret)}\` | ${f.commit ? `\`${f.commit.sha.slice(0, 12)}\`` : ""} | ${cell(f.commit?.author ?? "")} |`);
    }
    lines.push("", "Remove each secret **and rotate it** (it is in git history now). If one is not a secret, mark its line with `leakgate:allow` or add it to the baseline (`leakgate baseline --history`).");
  }
  return `${lines.join("\n")}
`;
};

// src/action/scan-plan.ts
init_errors();
var ZERO = /^0+$/;
var SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
var field2 = (value, path) => path.reduce((node, key) => typeof node === "object" && node !== null ? node[key] : void 0, value);
var sha = (payload, path, event) => {
  const value = field2(payload, path);
  if (typeof value !== "string" || !SHA.test(value)) {
    throw new LeakgateError("usage", `the ${event} event payload has no valid ${path.join(".")}`);
  }
  return value;
};
var planFromEvent = (event, payload) => {
  if (event === "pull_request" || event === "pull_request_target") {
    const base = sha(payload, ["pull_request", "base", "sha"], event);
    const head = sha(payload, ["pull_request", "head", "sha"], event);
    return { kind: "range", base, head, why: `pull request: every commit in ${base.slice(0, 7)}..${head.slice(0, 7)}` };
  }
  if (event === "push") {
    if (field2(payload, ["deleted"]) === true) return { kind: "none", why: "push deleted a branch: nothing to scan" };
    const after = sha(payload, ["after"], event);
    const before2 = field2(payload, ["before"]);
    if (typeof before2 === "string" && SHA.test(before2) && !ZERO.test(before2)) {
      return { kind: "range", base: before2, head: after, why: `push: every commit in ${before2.slice(0, 7)}..${after.slice(0, 7)}` };
    }
    const defaultBranch = field2(payload, ["repository", "default_branch"]);
    return {
      kind: "branch",
      head: after,
      defaultBranch: typeof defaultBranch === "string" ? defaultBranch : "main",
      why: "push of a new branch: the commits not on the default branch"
    };
  }
  return { kind: "full", why: `${event || "manual"} run: full history of every ref` };
};

// src/action/run-action.ts
var escapeCommand = (text) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var splitArgs = (text) => [...(text ?? "").matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
var readEvent = (path) => {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync13(path, "utf8"));
  } catch (error) {
    throw new LeakgateError("usage", `cannot read the event payload ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
};
var appendTo = (file, text) => {
  if (file) appendFileSync(file, text);
};
var runAction = async (env3, io) => {
  const input = (name) => env3[`INPUT_${name.toUpperCase()}`]?.trim() || void 0;
  const workspace = env3["GITHUB_WORKSPACE"] ?? io.cwd;
  try {
    const plan = planFromEvent(env3["GITHUB_EVENT_NAME"] ?? "", readEvent(env3["GITHUB_EVENT_PATH"]));
    io.stdout.write(`leakgate: ${plan.why}
`);
    if (plan.kind === "none") {
      appendTo(env3["GITHUB_OUTPUT"], "findings=0\n");
      return 0;
    }
    const root2 = await repoRoot(workspace);
    for (const note of await ensureHistory(root2, plan)) io.stdout.write(`leakgate: ${note}
`);
    const range = await rangeOf(root2, plan);
    const config = input("config");
    const baseline = input("baseline");
    const args = [
      "history",
      ...range ? [range] : [],
      ...config ? ["--config", config] : [],
      ...baseline ? ["--baseline", baseline] : [],
      ...splitArgs(input("args")),
      "--format",
      "text"
    ];
    let report;
    const code = await main(args, { ...io, cwd: root2, onReport: (emitted) => report = emitted });
    if (code === 2 || report === void 0) throw new LeakgateError("internal", "the scan did not complete (see the message above)");
    const sarifInput = input("sarif") ?? "leakgate.sarif";
    const sarif = isAbsolute2(sarifInput) ? sarifInput : join16(workspace, sarifInput);
    writeFileAtomic(sarif, formatSarif(report));
    io.stdout.write(formatGithub(report));
    appendTo(env3["GITHUB_STEP_SUMMARY"], jobSummary(report, plan.why));
    appendTo(env3["GITHUB_OUTPUT"], `findings=${report.findings.length}
sarif=${sarif}
`);
    const fail5 = (input("fail") ?? "true").toLowerCase() !== "false";
    return code === 1 && fail5 ? 1 : 0;
  } catch (error) {
    const message = isLeakgateError(error) || error instanceof Error ? error.message : String(error);
    io.stdout.write(`::error title=leakgate::${escapeControl(escapeCommand(message))}
`);
    appendTo(env3["GITHUB_STEP_SUMMARY"], `## leakgate: scan failed

${message}
`);
    return 2;
  }
};

// src/action/index.ts
installSignalCleanup();
process.exitCode = await runAction(process.env, processIo());

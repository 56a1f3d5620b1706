// Command-line arguments of the project's scripts, read with node:util's parseArgs: an unknown option
// or a missing value is a usage error (exit 2) with the script's usage text.
import { parseArgs } from 'node:util';

/**
 * Parses `argv` against parseArgs `options`; prints `usage` for --help (exit 0) and for any error
 * (exit 2, after "NAME: message").
 */
export function parseScriptArgs(name, usage, argv, options) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  } catch (error) {
    usageError(name, usage, error.message);
  }
  if (parsed.values.help) {
    process.stdout.write(usage);
    process.exit(0);
  }
  const count = (option, value, min) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) usageError(name, usage, `--${option} needs an integer ≥ ${min}, got ${JSON.stringify(value)}`);
    return n;
  };
  return { values: parsed.values, positionals: parsed.positionals, count, fail: (message) => usageError(name, usage, message) };
}

function usageError(name, usage, message) {
  process.stderr.write(`${name}: ${message}\n\n${usage}`);
  process.exit(2);
}

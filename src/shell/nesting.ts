/**
 * How deeply the PowerShell and cmd readers follow nested blocks and groups. The readers are
 * recursive descent parsers; without a bound, ~1,000 nested parentheses in PowerShell or ~3,000 in
 * cmd overflowed the stack (issue 16). Real scripts nest a handful of levels; past this bound the
 * script is not read at all and unparseable-script reports it at `high`, so the gate cannot pass
 * over what was never checked. (bash scripts have the same kind of bound: MAX_TREE_DEPTH.)
 */
export const MAX_SCRIPT_NESTING = 100;

/** Thrown by a reader that met more nesting than MAX_SCRIPT_NESTING; the message is shown in the finding. */
export class ScriptNestingError extends Error {
  constructor(what: string) {
    super(`${what} nested more than ${MAX_SCRIPT_NESTING} levels deep`);
  }
}

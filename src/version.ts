export const TOOL_NAME = 'silent-failure-audit';
/** Kept in step with package.json by a test. */
export const TOOL_VERSION = '0.1.0';
export const DOCS_BASE = 'https://github.com/silent-failure-audit/silent-failure-audit/blob/main/docs/rules';

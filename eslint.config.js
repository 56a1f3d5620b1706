import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'build/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    // The CommonJS shim through which the bundler inlines web-tree-sitter (see src/shell/parser.ts).
    files: ['**/*.cjs', '**/*.d.cts'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Rules read the model; they never touch reporters or the Actions toolkit (DESIGN §4).
    files: ['src/rules/**/*.ts', 'src/model/**/*.ts', 'src/shell/**/*.ts', 'src/load/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*', '../report/*', '../main.js', '../cli.js'],
              message: 'Keep I/O and reporting out of the analysis layers.',
            },
          ],
        },
      ],
    },
  },
);

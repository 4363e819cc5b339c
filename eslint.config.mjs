// Flat ESLint config: TypeScript's recommended rules, the Office add-in rules (batched syncs,
// loads before reads) on all office.js code, React hooks in the pane, and the layering the design asks
// for: the engine never reaches for a host, and pane components never call Office directly.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';

const officeRules = Object.fromEntries(Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, 'error']));

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'scratch/', 'bench/out/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The Office rules read every `x.y` as an office.js proxy; they apply where office.js is used.
    files: ['src/hosts/excel/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: officeRules,
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['fs', 'path', 'os', 'child_process', 'exceljs', 'react', 'react-dom', '@fluentui/*', '**/hosts/**', '**/taskpane/**', '**/cli/**'] }],
      'no-restricted-globals': ['error', 'Excel', 'Office', 'window', 'document', 'process', 'require'],
    },
  },
  {
    files: ['src/taskpane/components/**/*.tsx', 'src/taskpane/use-checker.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'Excel', message: 'Components talk to a WorkbookHost.' }, { name: 'Office', message: 'Components talk to a WorkbookHost.' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/hosts/excel/**', '**/hosts/file/**', 'exceljs'], message: 'Components talk to a WorkbookHost.' }] }],
    },
  },
  {
    files: ['**/*.{js,cjs}', 'bin/**'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
